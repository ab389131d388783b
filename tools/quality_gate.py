#!/usr/bin/env python3
"""Quality gate: score the release binary with the reference scorer and fail when a figure falls below its floor.

Usage: python3 tools/quality_gate.py [--floors eval/floors.json] [--bin target/release/rasd] [--json OUT]

Runs `../shared/eval/score.py dev` (GSR, ANERcorp, seed, news-dev, date cases), `negatives` over the ANT sport,
technology and culture articles, and `gold` over the train split of eval/news (the articles whose gold exists).
The locked test split of eval/news is never scored here: it is scored only to report (tools/report_heldout.py).

eval/floors.json holds `floors` (a figure must be at least this) and `ceilings` (at most this), keyed by a dotted
path into the scorer's output (`news.events_prf.2` is news-dev event F1), and one `tolerance`. Raising a floor is
a deliberate commit; lowering one needs a reason in its commit message. Prints one table row per figure and exits
1 when any is out of bounds, 2 when a suite could not be scored at all.
"""
import gzip
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SCORER = os.path.join(SHARED, "eval", "score.py")
NEGATIVE_CATEGORIES = ("sport", "technology", "culture")


def score(binary, *args):
    p = subprocess.run([sys.executable, SCORER, *args, "--bin", binary], capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        sys.exit(f"quality gate: score.py {' '.join(args)} failed:\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return json.loads(p.stdout)


def negatives_file():
    """The ANT sport/technology/culture articles, written once under target/ (../shared is read-only in CI)."""
    out = os.path.join(ROOT, "target", "gate", "negatives.jsonl")
    if not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        corpus = os.path.join(SHARED, "data", "news", "ant-multisource.jsonl.gz")
        with gzip.open(corpus, "rt", encoding="utf-8") as f, open(out + ".tmp", "w", encoding="utf-8") as o:
            for line in f:
                r = json.loads(line)
                if r.get("category") in NEGATIVE_CATEGORIES and (r.get("text") or "").strip():
                    o.write(line)
        os.replace(out + ".tmp", out)
    return out


def train_split():
    """Articles and gold directory of the eval/news train split, limited to articles whose gold exists."""
    news = os.path.join(ROOT, "eval", "news")
    gold = os.path.join(news, "gold")
    split = os.path.join(news, "split.tsv")
    if not (os.path.isdir(gold) and os.path.exists(split)):
        return None
    train = {l.split("\t")[0] for l in open(split, encoding="utf-8").read().splitlines()[1:]
             if l.split("\t")[1] == "train"}
    have = {f[:-5] for f in os.listdir(gold) if f.endswith(".json")} & train
    if not have:
        return None
    out = os.path.join(ROOT, "target", "gate", "train.jsonl")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(os.path.join(news, "articles.jsonl"), encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        o.writelines(l for l in f if json.loads(l)["id"] in have)
    return out, gold


def lookup(results, path):
    v = results
    for part in path.split("."):
        if isinstance(v, list):
            v = v[int(part)]
        elif isinstance(v, dict) and part in v:
            v = v[part]
        else:
            return None
    return v


def main(argv):
    args = dict(zip(argv[1::2], argv[2::2]))
    floors_path = args.get("--floors", os.path.join(ROOT, "eval", "floors.json"))
    binary = args.get("--bin", os.path.join(ROOT, "target", "release", "rasd"))
    cfg = json.load(open(floors_path, encoding="utf-8"))
    results = score(binary, "dev")
    results["negatives"] = score(binary, "negatives", negatives_file())
    train = train_split()
    if train:
        results["train"] = score(binary, "gold", *train)
    if "--json" in args:
        json.dump(results, open(args["--json"], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    tol = cfg["tolerance"]
    rows, failed, missing = [], 0, 0
    for kind, bounds in (("floor", cfg.get("floors", {})), ("ceiling", cfg.get("ceilings", {}))):
        for path, bound in bounds.items():
            value = lookup(results, path)
            if not isinstance(value, (int, float)):
                ok, missing = False, missing + 1
            else:
                ok = value >= bound - tol if kind == "floor" else value <= bound + tol
            failed += not ok
            rows.append((path, ("≥ " if kind == "floor" else "≤ ") + f"{bound:g}", value, "ok" if ok else "FAIL"))
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  bound      value    verdict")
    for path, bound, value, verdict in rows:
        shown = f"{value:.3f}" if isinstance(value, (int, float)) else "missing"
        print(f"{path:<{width}}  {bound:<9}  {shown:<7}  {verdict}")
    print(f"quality gate: {len(rows) - failed} within bounds, {failed} out of bounds (tolerance {tol:g})")
    if missing:
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
