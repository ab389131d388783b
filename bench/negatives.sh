#!/usr/bin/env bash
# False alarms: the sport, technology and culture articles of the ANT corpus, scored by the reference scorer's
# `negatives` suite (events and conflict events per article). Writes the articles under target/ (../shared is
# read-only in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
cargo build --release -q -p rasd
mkdir -p target/bench
python3 - "$CORPUS" target/bench/negatives.jsonl <<'PY'
import gzip, json, sys
n = 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        r = json.loads(line)
        if r.get("category") in ("sport", "technology", "culture") and (r.get("text") or "").strip():
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
print(f"{n} articles -> {sys.argv[2]}", file=sys.stderr)
PY
python3 ../shared/eval/score.py negatives target/bench/negatives.jsonl
