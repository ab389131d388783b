#!/usr/bin/env bash
# The store's benchmarks (from the repository root; builds release first):
#   1. ingest cost: `rasd ingest` of the whole ANT corpus into a new database against plain `rasd extract`;
#   2. a synthetic database of EVENTS events (default one million), then the filtered query latency
#      (type + country + month, p50/p99) and the time of a story export of one month (GDELT and Parquet).
# Usage: bash bench/store.sh [ingest|synth|all]   (EVENTS=1000000, WORK=/tmp/rasd-bench)
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
EVENTS=${EVENTS:-1000000}
WORK=${WORK:-/tmp/rasd-bench}
what=${1:-all}
mkdir -p "$WORK"
cargo build --release -q -p rasd -p rasd-store --examples --bins

timed() { # label, command...: wall and CPU seconds
    local label=$1; shift
    /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys, peak %M KB" "$@"
}

if [[ $what == ingest || $what == all ]]; then
    rm -f "$WORK"/ant.db*
    timed "rasd extract (ANT)" ./target/release/rasd extract "$CORPUS" > /dev/null 2> "$WORK/extract.err"
    tail -1 "$WORK/extract.err"
    timed "rasd ingest (ANT, new database)" ./target/release/rasd ingest --db "$WORK/ant.db" "$CORPUS" > "$WORK/ingest.out" 2> "$WORK/ingest.err"
    tail -1 "$WORK/ingest.err"; cat "$WORK/ingest.out"
    timed "rasd ingest again (all identical)" ./target/release/rasd ingest --db "$WORK/ant.db" "$CORPUS" 2>&1 | tail -2
    ls -l "$WORK/ant.db" | awk '{printf "database: %.0f MB\n", $5 / 1e6}'
fi

if [[ $what == synth || $what == all ]]; then
    if [[ ! -f "$WORK/synth-$EVENTS.db" ]]; then
        timed "synthetic database ($EVENTS events)" ./target/release/examples/synth "$WORK/synth-$EVENTS.db" "$EVENTS"
    fi
    ./target/release/examples/query_bench "$WORK/synth-$EVENTS.db" 1000
fi
