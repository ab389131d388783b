#!/usr/bin/env bash
# Load on `rasd serve` from a second process: oha at a fixed 200 requests/s against the list endpoints of a
# synthetic database of 100,000 events (the store's synth example), on loopback only: the event and story lists
# (filters, sorts, deep offsets) and what the dashboard's overview and map call. Prints p50/p99 per endpoint.
#   bash bench/serve_load.sh [EVENTS] [SECONDS]
# Needs oha (cargo install oha). The server and oha share this machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-100000}
seconds=${2:-15}
rate=200
dir=${TMPDIR:-/tmp}/rasd-serve-bench
db=$dir/synth-$events.db
mkdir -p "$dir"
command -v oha >/dev/null || { echo "oha is needed: cargo install oha" >&2; exit 2; }
cargo build --release -q -p rasd
cargo build --release -q -p rasd-store --example synth
if [ ! -s "$db" ]; then
    ./target/release/examples/synth "$db" "$events" >/dev/null
else
    ./target/release/examples/synth "$db" 0 2>/dev/null   # adds nothing; opening migrates an older schema
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
RUST_LOG=warn ./target/release/rasd serve --db "$db" --addr "127.0.0.1:$port" 2>"$dir/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null 2>&1 && break
    sleep 0.1
done
base="http://127.0.0.1:$port"
echo "database: $db ($(curl -s "$base/api/stats" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["events"], "events,", d["stories"], "stories")'))"
printf '%-58s %8s %8s %8s %8s %6s\n' endpoint "req/s" "p50 ms" "p99 ms" "max ms" "ok%"
for path in \
    "/api/events?limit=50" \
    "/api/events?type=ASSAULT&country=SYR&limit=50" \
    "/api/events?from=2024-03-01&to=2024-03-31&sort=-goldstein&limit=50" \
    "/api/events?offset=5000&limit=50&sort=day" \
    "/api/stories?limit=50" \
    "/api/stories?type=PROTEST&limit=50" \
    "/api/stories?offset=20000&limit=50&sort=-mentions" \
    "/api/events?offset=90000&limit=50" \
    "/api/events?country=EGY&sort=-confidence&limit=50" \
    "/api/events?sort=-mentions&offset=1000&limit=50" \
    "/api/stats" \
    "/api/counts?by=type" \
    "/api/counts?by=day_quad" \
    "/api/counts?by=country&type=ASSAULT" \
    "/api/top/actors?limit=10" \
    "/api/top/places?limit=10" \
    "/api/map?zoom=1" \
    "/api/map?zoom=8&type=PROTEST"; do
    oha --no-tui --output-format json -z "${seconds}s" -q "$rate" -c 16 "$base$path" >"$dir/oha.json" 2>/dev/null
    python3 - "$path" "$dir/oha.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[2]))
s, p = d["summary"], d["latencyPercentiles"]
codes = d.get("statusCodeDistribution", {})
ok = 100.0 * codes.get("200", 0) / max(1, sum(codes.values()))
ms = lambda x: float("nan") if x is None else x * 1000
print(f"{sys.argv[1]:<58} {s['requestsPerSec']:8.1f} {ms(p['p50']):8.2f} {ms(p['p99']):8.2f} {ms(s['slowest']):8.2f} {ok:6.1f}", flush=True)
PY
done
