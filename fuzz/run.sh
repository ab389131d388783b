#!/usr/bin/env bash
# Run each fuzz target for a bounded time: fuzz/run.sh SECONDS [TARGET ...]   (targets: text reader pipeline)
# Needs cargo-fuzz and a nightly toolchain; without them it says so and exits 0 (CI runs it only where present).
# Builds optimized with debug assertions and overflow checks (cargo-fuzz's default), no sanitizer (rasd is safe
# Rust; the budget goes to executions). New corpus entries go to fuzz/corpus/<target> (not committed) on top of
# the committed seeds in fuzz/seeds/<target>. A crash stops the run with status 1 and leaves its input in
# fuzz/artifacts/<target>/; replay it with `cargo +nightly fuzz run -s none <target> <file>`.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:?usage: fuzz/run.sh SECONDS [TARGET ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text reader pipeline)
if ! cargo fuzz --version >/dev/null 2>&1 || ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz: cargo-fuzz or the nightly toolchain is missing; skipped (cargo install cargo-fuzz)"
    exit 0
fi
cargo +nightly fuzz build -s none
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    echo "fuzz: $t for ${secs}s"
    # -max_len keeps whole-pipeline executions short; -timeout flags a slow input (a cost blow-up) as a failure.
    status=0
    cargo +nightly fuzz run -s none "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$secs" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 > "$log" 2>&1 || status=$?
    grep -E "^#[0-9]+.*(INITED|DONE)|^stat::(number_of_executed_units|peak_rss_mb)" "$log" || true
    if [ "$status" -ne 0 ]; then
        grep -E -A12 "panicked|==[0-9]+== ERROR|SUMMARY|Test unit written|deadly signal|timeout" "$log" | head -60 >&2 || tail -40 "$log" >&2
        echo "fuzz: $t FAILED (status $status; input in fuzz/artifacts/$t)" >&2
        exit 1
    fi
done
echo "fuzz: all targets ran ${secs}s without a crash"
