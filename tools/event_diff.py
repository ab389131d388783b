#!/usr/bin/env python3
"""Development aid: compare `rasd extract` events with a gold directory, event by event (matching as score.py).
Usage: python3 tools/event_diff.py ARTICLES GOLD_DIR [--bin PATH] [--fp] [--args]"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402
import gold_match  # noqa: E402

arts = score.load_articles(sys.argv[1])
gold_dir = sys.argv[2]
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else "./target/release/rasd"
out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
for a in arts:
    p = os.path.join(gold_dir, a["id"] + ".json")
    if not os.path.exists(p):
        continue
    g = json.load(open(p, encoding="utf-8"))
    text = a["text"]
    pevs = [e for e in out[a["id"]].get("events") or []]
    matches = gold_match.match_events(text, g["events"], pevs)
    taken = {best for *_, best in matches if best is not None}
    for _, ge, _, _, best in matches:
        pe = pevs[best] if best is not None else None
        tag = "OPT " if ge.get("optional") else ""
        if pe is None:
            if not ge.get("optional"):
                print(f"MISS {ge['type']:9} {ge['status']:9} [{ge['trigger']}] {ge['evidence'][:90]}")
            continue
        ga, gr = (ge.get("actor") or {}), (ge.get("recipient") or {})
        pa, pr = (pe.get("actor") or {}), (pe.get("recipient") or {})
        bad = []
        if ge["status"] != pe["status"]:
            bad.append(f"status {pe['status']}≠{ge['status']}")
        if ga.get("country") and ga.get("country") != pa.get("country"):
            bad.append(f"actor {pa.get('text')}/{pa.get('country')}≠{ga.get('text')}/{ga.get('country')}")
        if gr.get("country") and gr.get("country") != pr.get("country"):
            bad.append(f"recip {pr.get('text')}/{pr.get('country')}≠{gr.get('text')}/{gr.get('country')}")
        if "--args" in sys.argv and bad or any(b.startswith("status") for b in bad):
            print(f"{tag}HIT  {ge['type']:9} [{ge['trigger']}] {'; '.join(bad)} :: {ge['evidence'][:70]}")
    if "--fp" in sys.argv:
        for i, pe in enumerate(pevs):
            if i not in taken:
                s, e = score.sentence_span(text, pe["trigger"]["start"])
                print(f"FP   {pe['type']:9} {pe['status']:9} [{pe['trigger']['text']}] {text[s:e][:100]!r}")
