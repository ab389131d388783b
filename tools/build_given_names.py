#!/usr/bin/env python3
"""Candidate given names for crates/entities/data/given_names.tsv, mined from the tagger's own people on unseen ANT.

A word is a candidate when it starts a person of two or more words at least MIN times and does so in at least RATIO of
all its occurrences in the text (so common nouns and adjectives that are also names, تركي "Turkish", drop out).
The shipped list is this output checked by hand (surnames, parts of Korean names, group names and clitic-joined
words removed). Usage:
  python3 tools/date_ant_diff.py --input /tmp/ant-all.jsonl --n 17336 --seed 1   # unannotated ANT only
  target/release/rasd extract < /tmp/ant-all.jsonl > /tmp/ant-all-out.jsonl
  python3 tools/build_given_names.py /tmp/ant-all.jsonl /tmp/ant-all-out.jsonl [MIN=8] [RATIO=0.7]"""
import collections, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

arts, outp = sys.argv[1], sys.argv[2]
MIN = int(sys.argv[3]) if len(sys.argv) > 3 else 8
RATIO = float(sys.argv[4]) if len(sys.argv) > 4 else 0.7
tok = re.compile(r"[\u0600-\u06FF]+")
total, surf = collections.Counter(), collections.defaultdict(collections.Counter)
for line in open(arts, encoding="utf-8"):
    for m in tok.finditer(json.loads(line)["text"]):
        k = score.norm(m.group())
        total[k] += 1
        surf[k][m.group()] += 1
first = collections.Counter()
for line in open(outp, encoding="utf-8"):
    for e in json.loads(line).get("entities") or []:
        ws = e["text"].split()
        if e["type"] == "PER" and len(ws) >= 2:
            first[score.norm(ws[0])] += 1
rows = sorted(((c, total[k], k) for k, c in first.items() if c >= MIN and total[k] and c / total[k] >= RATIO and len(k) >= 3), reverse=True)
for c, t, k in rows:
    print(f"{surf[k].most_common(1)[0][0] if surf[k] else k}\t{c}/{t}")
