#!/usr/bin/env bash
# Full `rasd extract` over the ANT corpus: articles/s, MB/s (UTF-8 bytes of the `text` fields), peak memory.
# Usage: bench/extract.sh [--threads N] [--stage text|full]   (from the repository root; builds release first)
# Expected: exit status 1 with two error lines (two ANT records have empty text, by design).
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
cargo build --release -q -p rasd
out=$(mktemp -d)
/usr/bin/time -v ./target/release/rasd extract "$@" "$CORPUS" > "$out/out.jsonl" 2> "$out/err.txt"
code=$?
python3 - "$CORPUS" "$out" "$code" <<'PY'
import gzip, json, re, sys
corpus, out, code = sys.argv[1], sys.argv[2], int(sys.argv[3])
op = gzip.open if corpus.endswith(".gz") else open
mb = sum(len((json.loads(l).get("text") or "").encode()) for l in op(corpus, "rt", encoding="utf-8")) / 1e6
err = open(f"{out}/err.txt", encoding="utf-8").read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", err)
secs = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else float("nan")
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024
cpu = re.search(r"Percent of CPU this job got: (\d+)%", err).group(1)
docs = errors = 0
for l in open(f"{out}/out.jsonl", encoding="utf-8"):
    docs += 1
    errors += '"error"' in l[:200] and "error" in json.loads(l)
errlines = [l for l in err.splitlines() if l.startswith("rasd extract:")]
print(json.dumps({"articles": docs, "error_records": errors, "stderr_errors": len(errlines), "exit": code,
                  "seconds": round(secs, 2), "articles_per_s": round(docs / secs, 1), "MB": round(mb, 1),
                  "MB_per_s": round(mb / secs, 2), "peak_rss_MB": round(rss, 1), "cpu_percent": int(cpu)}))
PY
rm -rf "$out"
