#!/usr/bin/env python3
"""The held-out report: rasd scored by the reference scorer on the eval/news train/tune split, the eval/news LOCKED
TEST split and news-dev, side by side, as a Markdown table. The locked test is scored only to report a result:
run this once a change is final, never to choose a rule, a feature or a threshold.

Usage: python3 tools/report_heldout.py [--bin target/release/rasd]"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(ROOT, "eval", "news")
SHARED = os.path.join(ROOT, "..", "shared")
SCORER = os.path.join(SHARED, "eval", "score.py")
ROWS = [("event P / R / F1", lambda r: "{:.3f} / {:.3f} / {:.3f}".format(*r["events_prf"])),
        ("tuple F1", lambda r: f"{r['event_tuples_prf'][2]:.3f}"),
        ("actor / recipient country (found events)", lambda r: f"{r['actor_country_acc']:.3f} / {r['recipient_country_acc']:.3f}"),
        ("status accuracy", lambda r: f"{r['status_acc']:.3f}"),
        ("non-asserted recall", lambda r: f"{r['non_asserted_recall']:.3f}"),
        ("date accuracy", lambda r: f"{r['date_acc']:.3f}"),
        ("quote F1, speaker accuracy", lambda r: f"{r['quotes_prf'][2]:.3f}, {r['quote_speaker_acc']:.3f}"),
        ("entity F1", lambda r: f"{r['entities_prf'][2]:.3f}"),
        ("gold events", lambda r: str(r["gold_events"]))]


def split_files(tmp, split):
    ids = [l.split("\t")[0] for l in open(os.path.join(NEWS, "split.tsv"), encoding="utf-8").read().splitlines()[1:]
           if l.split("\t")[1] == split and os.path.exists(os.path.join(NEWS, "gold", l.split("\t")[0] + ".json"))]
    arts = os.path.join(tmp, split + ".jsonl")
    with open(os.path.join(NEWS, "articles.jsonl"), encoding="utf-8") as f, open(arts, "w", encoding="utf-8") as o:
        o.writelines(l for l in f if json.loads(l)["id"] in set(ids))
    return arts, os.path.join(NEWS, "gold"), len(ids)


def score(binary, arts, gold):
    out = subprocess.run([sys.executable, SCORER, "gold", arts, gold, "--bin", binary], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv):
    binary = argv[argv.index("--bin") + 1] if "--bin" in argv else os.path.join(ROOT, "target", "release", "rasd")
    cols = {}
    with tempfile.TemporaryDirectory() as tmp:
        for split, label in (("train", "train/tune"), ("test", "locked test (held out)")):
            arts, gold, n = split_files(tmp, split)
            cols[f"{label}, {n} articles"] = score(binary, arts, gold)
    cols["news-dev, 20 articles"] = score(binary, os.path.join(SHARED, "data", "news-dev", "articles.jsonl"), os.path.join(SHARED, "data", "news-dev", "gold"))
    print("| measure | " + " | ".join(cols) + " |")
    print("| --- |" + " --- |" * len(cols))
    for label, fmt in ROWS:
        print(f"| {label} | " + " | ".join(fmt(r) for r in cols.values()) + " |")


if __name__ == "__main__":
    main(sys.argv)
