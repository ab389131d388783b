#!/usr/bin/env python3
"""Write the committed seed corpora of the fuzz targets (fuzz/seeds/<target>/): ANT sentences and paragraphs,
the seed report, and bad inputs (the reader's and the records' error cases). Deterministic; a few hundred KB.
Usage: python3 fuzz/make_seeds.py [ANT.jsonl.gz]   (default ../shared/data/news/ant-multisource.jsonl.gz)"""
import gzip, json, os, random, re, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
ant = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "news", "ant-multisource.jsonl.gz")
rng = random.Random(17)
texts = []
with gzip.open(ant, "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % 97 == 0:
            t = json.loads(line).get("text") or ""
            if t.strip():
                texts.append(t)
        if len(texts) >= 320:
            break
sentences = [s for t in texts for s in re.split(r"(?<=[.!؟?])\s+", t) if 20 <= len(s) <= 400]
rng.shuffle(sentences)
seed_report = open(os.path.join(root, "examples", "karabakh.txt"), encoding="utf-8").read()

def write(target, name, data):
    d = os.path.join(here, "seeds", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

shutil.rmtree(os.path.join(here, "seeds"), ignore_errors=True)
odd = [
    "", " ", "\n\n", "\u200f\u200e", "ـــ", "ًٌٍَُِّْ", "ﻻ ﺑ ﷲ ﷺ", "٣٫٥ ١٬٥٠٠ ۴۵ 3.5", "«»\"\"''", "(((", "...؟!",
    "قال: «", "قال الرئيس إن المحادثات ستستمر و " * 30, "\r\nقال\rالرئيس\r\n", "\ufeffقال", "ا" * 700,
    "في 3 سبتمبر/أيلول 2023 قتل 5 أشخاص", "مقتل أكثر من 6500 شخص عام 2020", "A B C NATO الناتو",
]
for i, s in enumerate(sentences[:160] + odd):
    write("text", f"seed-{i:03}", s)
for i, t in enumerate(texts[:50]):
    write("pipeline", f"seed-{i:03}", bytes([i % 4]) + t[:1500].encode("utf-8"))
write("pipeline", "seed-report", b"\x01" + seed_report.encode("utf-8"))
for i, s in enumerate(odd):
    write("pipeline", f"seed-odd-{i:02}", bytes([i % 4]) + s.encode("utf-8"))
# The reader: first byte = format (0 JSON Lines, 1 plain text, 2 gzip of the rest, 3 the rest named *.gz) plus
# 4 x the size-limit choice (64, 1 KB, 64 KB, 2 MB).
jl = "\n".join(json.dumps({"id": f"a{i}", "text": t[:300], "published": "2023-09-21"}, ensure_ascii=False) for i, t in enumerate(texts[:5]))
bad = [
    '{"id": 1, "text": ""}', '{"title": "x"}', '{"text": "abc"', "[1,2]", '{"text": 5}', '{"text": null}',
    '{"id": {"a": 1}, "text": "قال"}', '{"text": "قال\\u2028 نعم", "published": "last week"}', '{"text": "\\ud800"}',
]
write("reader", "seed-jsonl", b"\x0c" + jl.encode("utf-8"))
write("reader", "seed-jsonl-small-limit", b"\x04" + jl.encode("utf-8"))
write("reader", "seed-plain", b"\x0d" + seed_report.encode("utf-8"))
write("reader", "seed-gzip", b"\x0e" + jl.encode("utf-8"))
write("reader", "seed-gzip-plain", b"\x0e" + seed_report[:2000].encode("utf-8"))
write("reader", "seed-bad-gzip", b"\x0f\x1f\x8b\x08\x00garbage")
write("reader", "seed-bad-records", b"\x0c" + "\n".join(bad).encode("utf-8"))
write("reader", "seed-bad-utf8", b"\x0c" + b'{"id": "x", "text": "\xff\xfe"}\n{"text": "ok"}')
write("reader", "seed-bad-utf8-plain", b"\x0d\xd9\x82\xd8\xa7\xff\xd9\x84")
write("reader", "seed-bom", b"\x0c\xef\xbb\xbf" + jl.encode("utf-8"))
write("reader", "seed-utf16", b"\x0d\xff\xfe" + "قال الرئيس".encode("utf-16-le"))
write("reader", "seed-crlf", b"\x0c" + jl.replace("\n", "\r\n").encode("utf-8"))
write("reader", "seed-blank-lines", b"\x0c\n\n  \n" + jl.encode("utf-8") + b"\n\n")
write("reader", "seed-long-line", b"\x04" + json.dumps({"text": "ب" * 500}).encode())
write("reader", "seed-empty", b"\x0d")
