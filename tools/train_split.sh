#!/usr/bin/env bash
# The train split of eval/news, for tuning: target/train/articles.jsonl and target/train/gold/<id>.json (train ids
# with gold only; the locked test articles and their gold are never copied). Then, after `cargo build --release`:
#   python3 ../shared/eval/score.py gold target/train/articles.jsonl target/train/gold
#   python3 tools/event_diff.py target/train/articles.jsonl target/train/gold
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/train && mkdir -p target/train/gold
python3 - <<'PY'
import json, os, shutil
news = "eval/news"
train = [l.split("\t")[0] for l in open(f"{news}/split.tsv", encoding="utf-8").read().splitlines()[1:]
         if l.split("\t")[1] == "train"]
have = [i for i in train if os.path.exists(f"{news}/gold/{i}.json")]
for i in have:
    shutil.copy(f"{news}/gold/{i}.json", f"target/train/gold/{i}.json")
keep = set(have)
with open(f"{news}/articles.jsonl", encoding="utf-8") as f, open("target/train/articles.jsonl", "w", encoding="utf-8") as o:
    o.writelines(l for l in f if json.loads(l)["id"] in keep)
print(f"{len(have)} train articles -> target/train/")
PY
