#!/usr/bin/env python3
"""participant_diff.py BASE NEW [--sample N] [--seed S] [--side recipient|actor|both]: development aid; the events (same id,
type and trigger start)
whose actor or recipient country changed between two rasd outputs, with the sentence."""
import json, sys, random
a = sys.argv[1:]
opt = lambda k, d=None: a[a.index(k) + 1] if k in a else d
n, seed, side = int(opt("--sample", "40")), int(opt("--seed", "7")), opt("--side", "both")
def load(p):
    out = {}
    for l in open(p, encoding="utf-8"):
        d = json.loads(l); out[d["id"]] = d
    return out
b, c = load(a[0]), load(a[1])
cf = lambda p: (p or {}).get("country")
desc = lambda p: "-" if not p else f"{p.get('text')}/{p.get('country')}/{p.get('country_from')}"
rows = []
for i, dn in c.items():
    db = b.get(i)
    if not db: continue
    be = {(e["type"], e["trigger"]["start"]): e for e in db.get("events") or []}
    for e in dn.get("events") or []:
        o = be.get((e["type"], e["trigger"]["start"]))
        if not o: continue
        sides = ["actor", "recipient"] if side == "both" else [side]
        ch = [s for s in sides if cf(o.get(s)) != cf(e.get(s))]
        if not ch: continue
        sents = dn.get("sentences") or []
        st = sents[e["sentence"]] if isinstance(sents, list) and e.get("sentence") is not None and e["sentence"] < len(sents) else None
        text = dn["text"][st["start"]:st["end"]] if isinstance(st, dict) else ""
        rows.append(f"{i} {e['type']} [{e['trigger']['text']}] cameo={e.get('cameo')} " + " ".join(f"{s}: {desc(o.get(s))} -> {desc(e.get(s))}" for s in ch) + f"\n    {text[:300]}")
print(len(rows), "events changed")
random.seed(seed); random.shuffle(rows)
print("\n".join(rows[:n]))
