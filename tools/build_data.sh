#!/usr/bin/env bash
# Rebuild every derived runtime file in data/ from ../shared (or the folder given as $1). Deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
python3 tools/build_text_lexicon.py "$SHARED"
python3 tools/build_kb.py "$SHARED"
python3 tools/build_lexicon.py check "$SHARED"
python3 tools/build_ner_lists.py "$SHARED"
cargo run --release -q -p rasd -- train ner --shared "$SHARED" --out data/ner
