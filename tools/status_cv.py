#!/usr/bin/env python3
"""Development aid: the status model (`rasd train status`) cross-validated end to end, 5 folds by article over the
train split of eval/news (never the locked test). For each fold: train on the other four folds' articles, extract
the fold with that model (RASD_STATUS_MODEL); then the five folds' outputs are scored together by
../shared/eval/score.py's own matcher. `--strip PREFIX` drops the model rows starting with PREFIX (e.g. `rs:`, the
reported-speech decision) before extracting, to measure what they add. Folds are the trainer's (every fifth
article in articles.jsonl order).
`--dump PATH` writes the five folds' extraction output (id -> record) as JSON, to compare two runs event by event.
Usage: python3 tools/status_cv.py [--bin PATH] [--strip PREFIX] [--dump PATH]"""
import json, os, shutil, sys, tempfile, subprocess

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(root, "..", "shared", "eval"))
import score  # noqa: E402

news = os.path.join(root, "eval", "news")
binary = os.path.abspath(sys.argv[sys.argv.index("--bin") + 1]) if "--bin" in sys.argv else os.path.join(root, "target", "release", "rasd")
strip = sys.argv[sys.argv.index("--strip") + 1] if "--strip" in sys.argv else None
split = [l.split("\t") for l in open(os.path.join(news, "split.tsv"), encoding="utf-8").read().splitlines()[1:]]
train = {r[0] for r in split if r[1].strip().startswith("train")}
arts = [a for a in score.load_articles(os.path.join(news, "articles.jsonl"))
        if a["id"] in train and os.path.exists(os.path.join(news, "gold", a["id"] + ".json"))]
golds = {a["id"]: json.load(open(os.path.join(news, "gold", a["id"] + ".json"), encoding="utf-8")) for a in arts}
out = {}
with tempfile.TemporaryDirectory() as tmp:
    for fold in range(5):
        held = [a for k, a in enumerate(arts) if k % 5 == fold]
        held_ids = {a["id"] for a in held}
        corpus = os.path.join(tmp, f"c{fold}")
        os.makedirs(os.path.join(corpus, "gold"))
        with open(os.path.join(corpus, "split.tsv"), "w", encoding="utf-8") as o:
            o.write("id\tsplit\n" + "".join(f"{a['id']}\ttrain\n" for a in arts if a["id"] not in held_ids))
        with open(os.path.join(corpus, "articles.jsonl"), "w", encoding="utf-8") as o:
            o.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts if a["id"] not in held_ids)
        for a in arts:
            if a["id"] not in held_ids:
                shutil.copy(os.path.join(news, "gold", a["id"] + ".json"), os.path.join(corpus, "gold"))
        model = os.path.join(tmp, f"m{fold}.tsv")
        subprocess.run([binary, "train", "status", "--corpus", corpus, "--out", model], check=True, capture_output=True, cwd=root)
        if strip:
            rows = [l for l in open(model, encoding="utf-8") if not l.startswith(strip)]
            open(model, "w", encoding="utf-8").writelines(rows)
        os.environ["RASD_STATUS_MODEL"] = model
        o, *_ = score.run_extract(binary, [score.as_input(a) for a in held])
        out.update(o)
if "--dump" in sys.argv:
    json.dump(out, open(sys.argv[sys.argv.index("--dump") + 1], "w", encoding="utf-8"), ensure_ascii=False)
r = score.score_docs(binary, arts, golds, out=out)
print(json.dumps({k: r[k] for k in ("status_acc", "non_asserted_recall", "status_recall", "events_prf")}, ensure_ascii=False))
