#!/usr/bin/env python3
"""Development aid: false alarms that lie inside a missed gold event of another type (matching as score.py).
For each unmatched prediction whose trigger starts in the sentence(s) of an unmatched required gold event of another
type: the pair (system type -> gold type), and whether the gold trigger is the same word (a sense choice) or another
word of the sentence (which act is the trigger). Usage: python3 tools/type_confusion.py ARTICLES GOLD_DIR [--bin PATH]
[--out FILE.jsonl] [--show]"""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402
import gold_match  # noqa: E402

arts = score.load_articles(sys.argv[1])
gold_dir = sys.argv[2]
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else "./target/release/rasd"
out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
pairs = collections.Counter()
kinds = collections.Counter()
lemmas = collections.defaultdict(collections.Counter)
rows = []
n_fp = 0
for a, g in gold_match.with_gold(arts, gold_dir):
    text = a["text"]
    pevs = out[a["id"]].get("events") or []
    matches = gold_match.match_events(text, g["events"], pevs)
    taken = {best for *_, best in matches if best is not None}
    found = {gi for gi, *_, best in matches if best is not None}
    spans = {gi: (ss, se, span) for gi, _, (ss, se), span, _ in matches}
    used_gold = set()
    for i, pe in enumerate(pevs):
        if i in taken:
            continue
        n_fp += 1
        ts, te = pe["trigger"]["start"], pe["trigger"]["end"]
        cands = []
        for gi, ge in enumerate(g["events"]):
            if gi in found or gi not in spans or ge.get("optional") or ge["type"] == pe["type"]:
                continue
            ss, se, span = spans[gi]
            if ss <= ts < se:
                ev = ge["evidence"]
                tb = ev.find(ge.get("trigger") or "\0")
                gts = span[0] + tb if tb >= 0 else None
                gte = gts + len(ge["trigger"]) if gts is not None else None
                same = gts is not None and gts < te and ts < gte
                cands.append((not same, gi, ge, same))
        if not cands:
            continue
        cands.sort(key=lambda c: (c[0], c[1] in used_gold))
        _, gi, ge, same = cands[0]
        used_gold.add(gi)
        k = "same_word" if same else "other_word"
        pairs[(pe["type"], ge["type"], k)] += 1
        kinds[k] += 1
        lemmas[(pe["type"], ge["type"])][(pe["trigger"]["text"], ge["trigger"], k[0])] += 1
        ss, se = score.sentence_span(text, ts)
        rows.append({"id": a["id"], "sys": pe["type"], "gold": ge["type"], "kind": k, "sys_trigger": pe["trigger"]["text"],
                     "gold_trigger": ge["trigger"], "status": pe["status"], "sentence": text[ss:se].strip()})
print(f"{n_fp} false alarms; {len(rows)} inside a missed gold event of another type: {dict(kinds)}")
byp = collections.Counter()
for (s, gt, k), n in pairs.items():
    byp[(s, gt)] += n
for (s, gt), n in byp.most_common():
    same = pairs[(s, gt, "same_word")]
    top = ", ".join(f"{a}->{b}({c}){n}" for (a, b, c), n in lemmas[(s, gt)].most_common(6))
    print(f"{s:9} -> {gt:9} {n:4}  same word {same:3}  {top}")
if "--out" in sys.argv:
    with open(sys.argv[sys.argv.index("--out") + 1], "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
