#!/usr/bin/env python3
"""Development aid: event precision by (event type, trigger form) on an annotated split.

Runs `rasd extract` on ARTICLES, matches its events to the gold annotations in GOLD_DIR with the scorer's rule
(tools/gold_match.py: each required gold event takes the first unmatched prediction of its type whose trigger starts
in the sentence(s) of its evidence), and counts per (type, normalised trigger form) the predictions that match a
required gold event ("right") and those that match none ("false"); a prediction absorbed by an optional gold event is
neither, as in score.py, so the overall precision printed first is the scorer's event precision. The trigger form is normalised by
dropping diacritics and tatweel, unifying alef forms (أ إ آ → ا) and final ى → ي, ة → ه, and stripping one proclitic
(و ف) and one of (ب ل ك) and the article ال — a rough lemma: يجب، ويجب and fused forms count together.

Usage: python3 tools/trigger_precision.py ARTICLES GOLD_DIR [--bin PATH] [--top N] [--min-false K]
                                          [--show TYPE:FORM] [--out PATH.jsonl]
  --top N         print the N groups with most false predictions (default 40), as: false right type form P
  --show T:F      also print every prediction of that group with its sentence (F = normalised form), R/F marked
  --out PATH      reuse / save the extract output (JSONL), so repeated runs do not re-extract
Example: python3 tools/trigger_precision.py target/train/articles.jsonl target/train/gold \
             --bin target/release-tests/rasd --show REQUEST:يجب"""
import collections, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402
import gold_match  # noqa: E402

DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")


def norm(form):
    w = DIAC.sub("", form)
    w = re.sub("[أإآ]", "ا", w).replace("ى", "ي").replace("ة", "ه")
    words = w.split()
    if not words:
        return w
    h = words[0]
    if len(h) > 3 and h[0] in "وف":
        h = h[1:]
    if len(h) > 3 and h[0] in "بلك":
        h = h[1:]
    if len(h) > 4 and h.startswith("ال"):
        h = h[2:]
    elif len(h) > 3 and h.startswith("ل") and h[:2] != "لل":
        pass
    if h.startswith("لل") and len(h) > 4:
        h = h[2:]
    return " ".join([h] + words[1:])


def main():
    args = sys.argv[1:]
    opt = lambda n, d=None: args[args.index(n) + 1] if n in args else d
    arts = score.load_articles(args[0])
    gold_dir = args[1]
    binary = opt("--bin", "./target/release/rasd")
    cache = opt("--out")
    if cache and os.path.exists(cache):
        out = {d["id"]: d for d in map(json.loads, open(cache, encoding="utf-8"))}
    else:
        out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
        if cache:
            with open(cache, "w", encoding="utf-8") as f:
                for d in out.values():
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = collections.defaultdict(lambda: [0, 0])
    shown = collections.defaultdict(list)
    show = set(opt("--show", "").split(",")) - {""}
    for a, g in gold_match.with_gold(arts, gold_dir):
        text = a["text"]
        pevs = out[a["id"]].get("events") or []
        rows = gold_match.match_events(text, g["events"], pevs)
        taken = {best for _, ge, _, _, best in rows if best is not None and not ge.get("optional")}
        neutral = {best for _, ge, _, _, best in rows if best is not None and ge.get("optional")}
        for i, pe in enumerate(pevs):
            if i in neutral:
                continue
            key = (pe["type"], norm(pe["trigger"]["text"]))
            ok = i in taken
            counts[key][0 if ok else 1] += 1
            if f"{key[0]}:{key[1]}" in show:
                s, e = score.sentence_span(text, pe["trigger"]["start"])
                shown[key].append(f"{'R' if ok else 'F'} {pe['status']:9} [{pe['trigger']['text']}] {a['id']} :: "
                                  + text[s:e].replace("\n", " ")[:240])
    right = sum(c[0] for c in counts.values())
    false = sum(c[1] for c in counts.values())
    print(f"# {right} right, {false} false, precision {right / max(1, right + false):.3f}")
    rows = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[1][0]))
    for (t, f), (r, w) in rows[: int(opt("--top", "40"))]:
        if w >= int(opt("--min-false", "1")):
            print(f"{w:4} {r:4}  {t:10} {f}  P={r / (r + w):.2f}")
    for key, lines in shown.items():
        print(f"\n## {key[0]} {key[1]}")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
