#!/usr/bin/env python3
"""Development aid: compare `rasd extract` quotes with a gold directory, quote by quote (matching as score.py).
Lines: MISS (gold quote no predicted content overlaps), SPK (matched, speaker wrong: gold | predicted), OK, and with
--fp the FP (predicted quotes that overlap no gold quote). Usage:
  python3 tools/quote_diff.py ARTICLES GOLD_DIR [--bin PATH] [--fp] [--ok] [--out FILE.jsonl]"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

arts = score.load_articles(sys.argv[1])
gold_dir = sys.argv[2]
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else "./target/release/rasd"
out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
counts = {"ok": 0, "spk": 0, "miss": 0, "fp": 0}
for a in arts:
    p = os.path.join(gold_dir, a["id"] + ".json")
    if not os.path.exists(p):
        continue
    g = json.load(open(p, encoding="utf-8"))
    text = a["text"]
    pq = out[a["id"]].get("quotes") or []
    taken = set()
    for gq in g.get("quotes", []):
        span = score.locate(text, gq.get("evidence"))
        if not span:
            continue
        m = None
        for i, q in enumerate(pq):
            c = q.get("content") or {}
            if i not in taken and (1 << 30 if c.get("start") is None else c["start"]) <= span[1] and (c.get("end") or -1) >= span[0] + 1:
                m = i
                break
        ss, se = score.sentence_span(text, span[0])
        sent = text[ss:se].strip().replace("\n", " ")
        if m is None:
            counts["miss"] += 1
            print(f"MISS {a['id']} gold={gq.get('speaker')!r}\n     ev: {gq.get('evidence')[:200]}\n     s: {sent[:300]}")
            continue
        taken.add(m)
        ps = pq[m].get("speaker") or {}
        gk, pk = score.key(gq.get("speaker")), score.key(ps.get("text"))
        ok = bool(pk) and (gk in pk or pk in gk or (ps.get("name") or "").lower() == (gq.get("speaker_name") or "").lower())
        if ok:
            counts["ok"] += 1
            if "--ok" in sys.argv:
                print(f"OK   {a['id']} {gq.get('speaker')!r}")
        else:
            counts["spk"] += 1
            cue = (pq[m].get("cue") or {}).get("text")
            print(f"SPK  {a['id']} gold={gq.get('speaker')!r} pred={ps.get('text')!r} cue={cue!r}\n     s: {sent[:300]}")
    if "--fp" in sys.argv:
        for i, q in enumerate(pq):
            if i in taken:
                continue
            counts["fp"] += 1
            c = q["content"]
            ss, se = score.sentence_span(text, c["start"])
            print(f"FP   {a['id']} spk={(q.get('speaker') or {}).get('text')!r} cue={(q.get('cue') or {}).get('text')!r}\n     c: {text[c['start']:c['end']][:200]}")
    counts["fp"] += 0
print(counts, file=sys.stderr)
