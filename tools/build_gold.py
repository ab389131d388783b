#!/usr/bin/env python3
"""Assemble eval/news/gold/: for each article, the adjudicated annotation (eval/news/adjudicated/<id>.json) where
one exists, else the first annotation (eval/news/ann/a/<id>.json). Run after annotating or adjudicating."""
import os
import shutil

NEWS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval", "news")


def main():
    gold = os.path.join(NEWS, "gold")
    os.makedirs(gold, exist_ok=True)
    counts = {"adjudicated": 0, "single": 0}
    for f in sorted(os.listdir(os.path.join(NEWS, "ann", "a"))):
        adj = os.path.join(NEWS, "adjudicated", f)
        src = adj if os.path.exists(adj) else os.path.join(NEWS, "ann", "a", f)
        counts["adjudicated" if src == adj else "single"] += 1
        shutil.copyfile(src, os.path.join(gold, f))
    print(f"eval/news/gold: {counts['adjudicated']} adjudicated, {counts['single']} from the first annotation")


if __name__ == "__main__":
    main()
