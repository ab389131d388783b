#!/usr/bin/env python3
"""Development aid: where the document tuples of ../shared/eval/score.py (type, actor country, recipient country of
asserted/claimed events) go wrong, by the shape of the predicted tuple and where its recipient country came from.
Usage: python3 tools/tuple_shapes.py ARTICLES GOLD_DIR [--bin PATH]
Shapes: pair (two different countries), self (recipient = actor's country), r-none (no recipient country), a-none
(no actor country), both-none. Sources: rtext (the recipient has words), r-sentence / r-report (a context
country with no words, `country_from`), rnone (no recipient). Per shape and source: tuples right (TP), wrong (FP)
and precision; then the false positives and misses against the document's gold tuples of the same type (same
actor other recipient, same recipient other actor, swapped, no gold tuple of that type, ...). A shape whose
precision is under half the tuple F1 costs F1 as it stands; but turning one shape into another (a recipient
nulled, a context country filled) only helps if the new tuple is right more often (measure before you build)."""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

args = sys.argv[1:]
binary = args[args.index("--bin") + 1] if "--bin" in args else "./target/release/rasd"
arts = score.load_articles(args[0])
out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
c = lambda p: (p or {}).get("country")
shapes, kinds = collections.Counter(), collections.Counter()
for a in arts:
    p = os.path.join(args[1], a["id"] + ".json")
    if not os.path.exists(p):
        continue
    g, d = json.load(open(p, encoding="utf-8")), out.get(a["id"], {})
    tup = lambda e: (e.get("type"), c(e.get("actor")), c(e.get("recipient")))
    gt = {tup(e) for e in g["events"] if e.get("status") in ("asserted", "claimed") and not e.get("optional")}
    neutral = {tup(e) for e in g["events"] if e.get("optional")} - gt
    pt = {}
    for e in d.get("events") or []:
        if e.get("status") not in ("asserted", "claimed", None):
            continue
        r = e.get("recipient") or {}
        src = "rtext" if r.get("text") else ("r-" + str(r.get("country_from")) if r.get("country") else "rnone")
        pt.setdefault(tup(e), set()).add(src)
    pt = {k: v for k, v in pt.items() if k not in neutral}
    for (t, x, y), srcs in pt.items():
        shape = "both-none" if x is None and y is None else "a-none" if x is None else "r-none" if y is None else "self" if x == y else "pair"
        shapes[(shape, "rtext" if "rtext" in srcs else sorted(srcs)[0], (t, x, y) in gt)] += 1
    for side, mine, theirs in (("FP", set(pt), gt), ("FN", gt, set(pt))):
        for (t, x, y) in mine - theirs:
            same = [u for u in theirs if u[0] == t]
            k = ("no tuple of the type" if not same else "same actor, other recipient" if any(u[1] == x for u in same)
                 else "same recipient, other actor" if any(u[2] == y for u in same) else "swapped" if any((u[1], u[2]) == (y, x) for u in same)
                 else "both other")
            kinds[(side, k + (" (ours none)" if side == "FP" and y is None and "other recipient" in k else ""))] += 1
print(f"{'shape':10} {'source':12} {'TP':>5} {'FP':>5} {'prec':>5}")
for sh, src in sorted({k[:2] for k in shapes}):
    tp, fp = shapes[(sh, src, True)], shapes[(sh, src, False)]
    print(f"{sh:10} {src:12} {tp:5} {fp:5} {tp / max(1, tp + fp):5.2f}")
print()
for (side, k), n in sorted(kinds.items(), key=lambda kv: (kv[0][0], -kv[1])):
    print(f"{side} {n:5} {k}")
