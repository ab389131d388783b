#!/usr/bin/env python3
"""Derive data/text/wordfreq.tsv: frequencies of Arabic word forms in the ANT corpus, folded as rasd_text::key
folds them (alef variants, alef maqsura, taa marbuta, hamza seats, no diacritics or tatweel).

The clitic segmenter uses these counts to decide whether "واتهمت" is و + اتهمت (the remainder is a frequent word)
or whether "وليد" is one word (its remainder "ليد" is rare). Usage: python3 tools/build_text_lexicon.py [SHARED]
"""
import collections, gzip, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
MIN_COUNT = 3

DROP = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه", "ؤ": "و", "ئ": "ي"})
WORD = re.compile("[\u0621-\u064A\u0671-\u06D3]+")


def main():
    counts = collections.Counter()
    with gzip.open(os.path.join(SHARED, "data", "news", "ant-multisource.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            try:
                text = json.loads(line).get("text") or ""
            except ValueError:
                continue
            counts.update(WORD.findall(DROP.sub("", text).translate(FOLD)))
    out = os.path.join(ROOT, "data", "text", "wordfreq.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# word\tcount: ANT corpus v2.1 (Apache 2.0), folded as rasd_text::key; built by tools/build_text_lexicon.py\n")
        for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if c >= MIN_COUNT:
                f.write(f"{w}\t{c}\n")
    print(out, sum(1 for c in counts.values() if c >= MIN_COUNT), "forms")


if __name__ == "__main__":
    main()
