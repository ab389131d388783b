#!/usr/bin/env python3
"""Event dates changed between two `rasd extract` outputs of the same articles: a date rule checked on unseen text
(tools/ant_diff.py compares the events themselves; an event whose type and trigger stay and whose date moves is not
in its output). Usage:
  date_ant_diff.py --input OUT.jsonl [--n N] [--seed S]   write N (3000) ANT news articles (middleEast,
      internationalNews), none of eval/news (any split) or news-dev, as `rasd extract` input
  date_ant_diff.py BEFORE.jsonl AFTER.jsonl [--sample N] [--seed S]   each changed date: the event, the old and the
      new value, the new date's text, and the event's sentence with the two before it (where a date carried from an
      earlier sentence comes from); then the count, and how many new dates lie in an earlier sentence
Judge the sample by hand: which date did the text give the event?"""
import gzip, json, os, random, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SHARED = os.path.join(ROOT, "..", "shared")
args = sys.argv[1:]
opt = lambda n, d=None: args[args.index(n) + 1] if n in args else d


def write_input(path, n, seed):
    split = os.path.join(ROOT, "eval", "news", "split.tsv")
    held = {l.split("\t")[0] for l in open(split, encoding="utf-8").read().splitlines()[1:]}
    dev = os.path.join(SHARED, "data", "news-dev", "articles.jsonl")
    held |= {json.loads(l)["id"] for l in open(dev, encoding="utf-8")}
    rows = []
    with gzip.open(os.path.join(SHARED, "data", "news", "ant-multisource.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] not in held and r.get("category") in ("middleEast", "internationalNews") and (r.get("text") or "").strip():
                rows.append({"id": r["id"], "text": r["text"], "published": r["published"]})
    random.Random(seed).shuffle(rows)
    with open(path, "w", encoding="utf-8") as o:
        o.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:n])
    print(f"{min(n, len(rows))} of {len(rows)} unannotated ANT news articles -> {path}", file=sys.stderr)


def load(path):
    return {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}


def sentence_of(d, pos):
    return next((k for k, s in enumerate(d["sentences"]) if s["start"] <= pos < s["end"]), -1)


def diff(before, after, sample, seed):
    a_docs, b_docs = load(before), load(after)
    rows, earlier = [], 0
    for i, b in b_docs.items():
        olds = {(e["type"], e["trigger"]["start"]): e for e in (a_docs.get(i) or {}).get("events") or []}
        S = b.get("sentences") or []
        ctx = lambda k: b["text"][S[k]["start"]:S[k]["end"]].replace("\n", " ")[:240] if 0 <= k < len(S) else ""
        for e in b.get("events") or []:
            o = olds.get((e["type"], e["trigger"]["start"]))
            old, new = ((o or {}).get("date") or {}), (e.get("date") or {})
            if o is None or old.get("value") == new.get("value"):
                continue
            s = e["sentence"]
            earlier += new.get("start") is not None and sentence_of(b, new["start"]) < s
            rows.append(f"## {i} pub={b['published'][:10]} {e['type']} [{e['status']}] «{e['trigger']['text']}» "
                        f"{old.get('value')} -> {new.get('value')} ({new.get('text')})\n"
                        f"  -2: {ctx(s - 2)}\n  -1: {ctx(s - 1)}\n  E:  {ctx(s)}")
    random.Random(seed).shuffle(rows)
    print("\n".join(rows[:sample]))
    print(f"{len(rows)} dates changed, {earlier} now from an earlier sentence", file=sys.stderr)


if "--input" in args:
    write_input(opt("--input"), int(opt("--n", "3000")), int(opt("--seed", "9")))
else:
    diff(args[0], args[1], int(opt("--sample", "25")), int(opt("--seed", "1")))
