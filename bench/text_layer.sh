#!/usr/bin/env bash
# The text layer alone (normalization, sentences, words, clitic tokens), one core, over the ANT corpus; also
# checks that every sentence, word and token span is a valid code point range (span errors must be 0).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
cargo run --release -q -p rasd-text --example throughput -- "$CORPUS"
