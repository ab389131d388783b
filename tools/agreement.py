#!/usr/bin/env python3
"""Agreement between the two independent annotations of eval/news (ann/a and ann/b), per measure, for all
double-annotated articles, the locked test ones and the train ones: the reference scorer's `agree` (b scored
against a). Prints a Markdown table. No extractor is run."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(ROOT, "eval", "news")
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
MEASURES = [("event F1", "events_prf", 2), ("tuple F1", "event_tuples_prf", 2), ("entity F1", "entities_prf", 2),
            ("status accuracy", "status_acc", None), ("non-asserted recall", "non_asserted_recall", None),
            ("date accuracy", "date_acc", None), ("actor / recipient country", None, None),
            ("quote F1", "quotes_prf", 2), ("quote speaker", "quote_speaker_acc", None)]


def agree(ids, tmp):
    dirs = []
    for side in ("a", "b"):
        d = os.path.join(tmp, side)
        os.makedirs(d)
        for i in ids:
            shutil.copy(os.path.join(NEWS, "ann", side, i + ".json"), d)
        dirs.append(d)
    out = subprocess.run([sys.executable, SCORER, "agree", os.path.join(NEWS, "articles.jsonl"), *dirs],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main():
    rows = [l.split("\t") for l in open(os.path.join(NEWS, "split.tsv"), encoding="utf-8").read().splitlines()[1:]]
    have = lambda i: all(os.path.exists(os.path.join(NEWS, "ann", s, i + ".json")) for s in "ab")
    groups = {"all double": [r[0] for r in rows if r[2] == "yes" and have(r[0])]}
    groups["locked test"] = [r[0] for r in rows if r[2] == "yes" and r[1] == "test" and have(r[0])]
    groups["train"] = [r[0] for r in rows if r[2] == "yes" and r[1] == "train" and have(r[0])]
    results = {}
    for name, ids in groups.items():
        with tempfile.TemporaryDirectory() as tmp:
            results[name] = agree(ids, tmp) if ids else {}
    print("| measure | " + " | ".join(f"{n} ({len(groups[n])} articles)" for n in groups) + " |")
    print("| --- |" + " --- |" * len(groups))
    for label, key, idx in MEASURES:
        cells = []
        for n in groups:
            r = results[n]
            if not r:
                cells.append("-")
            elif key is None:
                cells.append(f"{r['actor_country_acc']:.3f} / {r['recipient_country_acc']:.3f}")
            else:
                v = r[key][idx] if idx is not None else r[key]
                cells.append(f"{v:.3f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print(f"| gold events (a) | " + " | ".join(str(results[n].get("gold_events", "-")) for n in groups) + " |")


if __name__ == "__main__":
    main()
