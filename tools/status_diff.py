#!/usr/bin/env python3
"""Development aid: status changes between two `rasd extract` outputs on the same events (same record id, trigger start
and type), counted by old -> new status, with a random sample for judging by hand (e.g. /tmp/keep/ant4k-base.out
against a new run on /tmp/keep/ant4k.jsonl). Events added or removed are only counted: tools/ant_diff.py lists them.
Usage: python3 tools/status_diff.py BASE NEW ARTICLES [--sample N] [--seed S]"""
import json, sys, random, collections
def load(p):
    d = {}
    for l in open(p, encoding="utf-8"):
        r = json.loads(l)
        for e in r.get("events") or []:
            d[(r["id"], e["trigger"]["start"], e["type"])] = (e["status"], e["trigger"]["end"])
    return d
a, b = load(sys.argv[1]), load(sys.argv[2])
texts = {}
for l in open(sys.argv[3], encoding="utf-8"):
    r = json.loads(l); texts[r["id"]] = r["text"]
ch = [(k, a[k][0], b[k][0], b[k][1]) for k in a if k in b and a[k][0] != b[k][0]]
print("changed", len(ch), collections.Counter((x[1], x[2]) for x in ch).most_common(), "added", len(set(b)-set(a)), "removed", len(set(a)-set(b)))
n = int(sys.argv[sys.argv.index("--sample")+1]) if "--sample" in sys.argv else len(ch)
random.seed(int(sys.argv[sys.argv.index("--seed")+1]) if "--seed" in sys.argv else 1)
for (i, s, t), x, y, e in sorted(random.sample(ch, min(n, len(ch)))):
    tx = texts[i]
    s0 = max(tx.rfind(".", 0, s), tx.rfind("\n", 0, s), s - 160) + 1
    print(f"{i}\t{t}\t{x}->{y}\t{tx[s0:s]}[[{tx[s:e]}]]{tx[e:e+60]}".replace("\n", " "))
