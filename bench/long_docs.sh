#!/usr/bin/env bash
# Cost of long records (issue 17): the same text as one record and as separate articles, at 4 sizes up to the
# 2 MiB limit, for four kinds of text: the seed report repeated (paragraphs, full stops), one run-on paragraph
# with no full stop («قال الرئيس إن المحادثات ستستمر و» repeated), one of dated attacks («هاجم الجيش القرية يوم
# الاثنين و») and a disaster report (an earthquake and its dead, repeated). One core (--threads 1). Prints the seconds of
# each run (CPU time, user + system, the best of REPEAT runs, default 3: a shared machine blurs wall time) and the
# ratio one record / separate records; the target is a ratio ≤ 1.5 and ≤ 3 s for the 2 MiB record.
# Usage: bench/long_docs.sh [RASD_BINARY]   (from anywhere; builds the release binary when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then BIN=$1; else cargo build --release -q -p rasd; BIN=./target/release/rasd; fi
SEED=${SEED:-../shared/data/seed/karabakh.txt}
[ -f "$SEED" ] || SEED=examples/karabakh.txt
python3 - "$BIN" "$SEED" <<'PY'
import json, os, resource, subprocess, sys, tempfile
binary, seed_path = sys.argv[1], sys.argv[2]
LIMIT = 2 * 1024 * 1024
seed = open(seed_path, encoding="utf-8").read().strip() + "\n\n"
runon = "قال الرئيس إن المحادثات ستستمر و "
# A clause with an act and its own date: every event weighs the dates and acts around it (session 14 found each
# event scanning the whole record's events and dates here, 7.7 s for 1.9 MB).
dated = "هاجم الجيش القرية يوم الاثنين و "
# Units a record is made of: the run-on paragraphs are split into articles of 200 clauses (about 6.6 KB).
# A disaster report: every death asks whether the article is about a disaster (session 14: 378 s for 1 MB before
# that answer was kept per record).
disaster = "وقع زلزال قوي في المدينة. وقتل خمسة أشخاص وأصيب عشرة آخرون. "
kinds = {"seed report": (seed, 1), "run-on paragraph": (runon, 200), "dated run-on": (dated, 200),
         "disaster report": (disaster, 100)}

def run(path):
    return min(run_once(path) for _ in range(int(os.environ.get("REPEAT", "3"))))

def run_once(path):
    # CPU seconds (user + system) of the child: the machine may be shared, and one thread is one core.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([binary, "extract", "--threads", "1", "--published", "2023-09-21", path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    secs = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.exit(f"{binary} failed on {path}: {p.stderr.decode()[:300]}")
    return secs

with tempfile.TemporaryDirectory() as tmp:
    print(f"{'text':<18} {'size':>9} {'one record s':>13} {'articles s':>11} {'ratio':>6}")
    for kind, (unit, per_article) in kinds.items():
        unit_bytes = len(unit.encode())
        for frac in (8, 4, 2, 1):
            copies = (LIMIT // frac) // unit_bytes
            one = os.path.join(tmp, "one.jsonl")
            many = os.path.join(tmp, "many.jsonl")
            with open(one, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": "long", "text": unit * copies}, ensure_ascii=False) + "\n")
            with open(many, "w", encoding="utf-8") as f:
                for i in range(0, copies, per_article):
                    n = min(per_article, copies - i)
                    f.write(json.dumps({"id": f"a{i}", "text": unit * n}, ensure_ascii=False) + "\n")
            s1, s2 = run(one), run(many)
            size = len((unit * copies).encode())
            print(f"{kind:<18} {size / 1e6:>7.2f}MB {s1:>13.2f} {s2:>11.2f} {s1 / s2:>6.2f}", flush=True)
PY
