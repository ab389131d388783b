#!/usr/bin/env bash
# The README's anchor for the text layer, measured in one run, one core each, over the same corpus (the `text`
# fields of ANT, read into memory before timing):
#   1. rasd's text layer (`rasd_text::analyze`: normalization, sentences, words, clitic tokens, code point spans);
#   2. Hugging Face `tokenizers` (PyPI), a BERT WordPiece tokenizer (BertWordPieceTokenizer: BERT normalizer,
#      lowercasing and accent stripping, BERT pre-tokenizer, WordPiece; every token with its offsets) trained
#      in this script on the same corpus (vocabulary 30,000; no download), then `encode_batch` over all texts.
# One core: rasd's loop is one thread; tokenizers runs with RAYON_NUM_THREADS=1 (RAYON_RS_NUM_THREADS does not
# limit `encode_batch`), and its CPU/wall ratio is printed (at most 1.00 means at most one core). CORE=N also
# pins both to core N with taskset. CPU seconds are printed beside wall seconds: on a shared machine the CPU
# figure is the one that does not depend on load.
# Usage: bench/text_vs_tokenizers.sh   (needs `pip install tokenizers`; CORPUS=, CORE= to override)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/news/ant-multisource.jsonl.gz}
CORE=${CORE:-}
PIN=()
[ -n "$CORE" ] && PIN=(taskset -c "$CORE")
python3 -c 'import tokenizers' 2>/dev/null || { echo "needs Hugging Face tokenizers: pip install tokenizers" >&2; exit 2; }
cargo build --release -q -p rasd-text --example throughput
echo "== rasd text layer (one thread${PIN:+, pinned to core $CORE})"
"${PIN[@]}" ./target/release/examples/throughput "$CORPUS"
echo "== Hugging Face tokenizers $(python3 -c 'import tokenizers; print(tokenizers.__version__)') WordPiece with offsets (RAYON_NUM_THREADS=1${PIN:+, pinned to core $CORE})"
RAYON_NUM_THREADS=1 "${PIN[@]}" python3 - "$CORPUS" <<'PY'
import gzip, json, os, resource, sys, tempfile, threading, time
from tokenizers import BertWordPieceTokenizer

corpus = sys.argv[1]
op = gzip.open if corpus.endswith(".gz") else open
texts = [t for t in ((json.loads(l).get("text") or "") for l in op(corpus, "rt", encoding="utf-8"))]
mb = sum(len(t.encode()) for t in texts) / 1e6

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

t0 = time.perf_counter()
tok = BertWordPieceTokenizer()
tok.train_from_iterator(texts, vocab_size=30000, min_frequency=2, show_progress=False)
print(f"trained on the corpus in {time.perf_counter() - t0:.1f} s, vocabulary {tok.get_vocab_size()}")
tok.encode_batch(texts[:100])  # warm up outside the timed part

threads_before = threading.active_count()
w0, c0 = time.perf_counter(), cpu()
enc = tok.encode_batch(texts)
wall, cpus = time.perf_counter() - w0, cpu() - c0
tokens = sum(len(e.offsets) for e in enc)
print(f"texts {len(texts)}  MB {mb:.1f}  tokens {tokens}  seconds {wall:.2f}  MB/s {mb / wall:.1f}")
print(f"process CPU seconds {cpus:.2f}  MB/s per CPU second {mb / cpus:.1f}  (CPU/wall {cpus / wall:.2f}: 1.00 is one core)")
PY
