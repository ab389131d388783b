#!/usr/bin/env python3
"""Events added or removed between two `rasd extract` outputs of the same articles (a lexicon change checked on
unseen text). Usage: ant_diff.py BEFORE.jsonl AFTER.jsonl [--type T] [--sample N] [--seed S]
Prints, for each changed event, +/- type, trigger and the sentence around it; then counts by type."""
import json, random, sys, collections

def events(path):
    out = {}
    for l in open(path, encoding="utf-8"):
        d = json.loads(l)
        sents = d.get("sentences") or []
        for e in d.get("events") or []:
            t = e["trigger"]
            k = (d["id"], e["type"], t["start"], t["end"])
            s = next((x for x in sents if x["start"] <= t["start"] < x["end"]), None)
            ctx = d["text"][s["start"]:s["end"]] if s else d["text"][max(0, t["start"] - 80):t["end"] + 80]
            out[k] = (t["text"], e["status"], ctx.replace("\n", " ")[:260])
    return out

args = sys.argv[1:]
opt = lambda n, d=None: args[args.index(n) + 1] if n in args else d
before, after = events(args[0]), events(args[1])
rows = [("+",) + k + v for k, v in after.items() if k not in before] + [("-",) + k + v for k, v in before.items() if k not in after]
if opt("--type"):
    rows = [r for r in rows if r[2] == opt("--type")]
counts = collections.Counter((r[0], r[2]) for r in rows)
if opt("--sample"):
    random.Random(int(opt("--seed", "1"))).shuffle(rows)
    rows = rows[: int(opt("--sample"))]
for r in rows:
    print(f"{r[0]} {r[2]:<10} [{r[5]}] {r[6]} :: {r[7]}  ({r[1]})")
print(dict(sorted(counts.items())), file=sys.stderr)
