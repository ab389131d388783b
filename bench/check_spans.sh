#!/usr/bin/env bash
# Every span in `rasd extract` output gives back its text: runs the full pipeline over the ANT corpus (or
# $CORPUS) and checks every object with start/end/text, every sentence and quote content range. Prints counts;
# exits 1 on any mismatch.
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
cargo build --release -q -p rasd
./target/release/rasd extract "$CORPUS" 2>/dev/null | python3 -c '
import json, sys
docs = spans = bad = 0
def walk(v, t):
    global spans, bad
    if isinstance(v, dict):
        s, e, x = v.get("start"), v.get("end"), v.get("text")
        if isinstance(s, int) and isinstance(e, int):
            spans += 1
            if not (0 <= s <= e <= len(t)) or (isinstance(x, str) and t[s:e] != x):
                bad += 1
        for k, y in v.items():
            if k != "text":
                walk(y, t)
    elif isinstance(v, list):
        for y in v:
            walk(y, t)
for line in sys.stdin:
    d = json.loads(line)
    if "error" in d:
        continue
    docs += 1
    t = d["text"]
    for k in ("sentences", "entities", "events", "quotes", "times", "quantities"):
        walk(d[k], t)
print(json.dumps({"documents": docs, "spans_checked": spans, "mismatches": bad}))
sys.exit(1 if bad else 0)
'
