#!/usr/bin/env python3
"""Development aid: GSR sentences whose detected events of the gold category miss the gold actor or target
country (as score.py gsr judges: any event of the category with the gold code).
Usage: python3 tools/gsr_diff.py [GSR.jsonl] [--bin PATH] [--all]"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if "--bin" in sys.argv:
    args.remove(sys.argv[sys.argv.index("--bin") + 1])
path = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "gsr", "arabic-gsr-dev.jsonl")
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else "./target/release/rasd"
recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
inp = [{"id": r["id"], "text": r["text"]} for r in recs]
out, *_ = score.run_extract(binary, inp)
part = lambda p: f"{(p or {}).get('text')}/{(p or {}).get('country')}/{(p or {}).get('role')}"
for r in recs:
    g = r["events"][0]
    mine = [e for e in (out.get(r["id"]) or {}).get("events") or [] if e["type"] == r["category"]]
    if not mine:
        continue
    bad = []
    if g.get("source_country") and not any((e.get("actor") or {}).get("country") == g["source_country"] for e in mine):
        bad.append(f"actor≠{g.get('source_text')}/{g['source_country']}")
    if g.get("target_country") and not any((e.get("recipient") or {}).get("country") == g["target_country"] for e in mine):
        bad.append(f"recip≠{g.get('target_text')}/{g['target_country']}")
    if bad or "--all" in sys.argv:
        print(f"{r['category'][:4]} {'; '.join(bad)}")
        for e in mine:
            print(f"     [{e['trigger']['text']}] A={part(e.get('actor'))} R={part(e.get('recipient'))}")
        print(f"     :: {r['text'][:220]}")
