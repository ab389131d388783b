#!/usr/bin/env python3
"""Development aid: the quotes that differ between two `rasd extract` outputs of the same articles (e.g. unseen ANT
text before and after a change), each with its sentence, to be judged by hand. A quote is keyed by its content span;
a quote whose content is the same in both but whose speaker moved is listed as SPK, one only in the first as DEL,
one only in the second as ADD. Usage:
  python3 tools/quote_ant_diff.py BEFORE.out AFTER.out [--sample N] [--seed S] [--only SPK|ADD|DEL] [--cue REGEX]"""
import json, random, re, sys


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        out[d["id"]] = d
    return out


def sentence(d, pos):
    for s in d.get("sentences", []):
        if s["start"] <= pos < s["end"]:
            return d["text"][s["start"]:s["end"]].replace("\n", " ")
    return ""


def spk(q):
    s = q.get("speaker") or {}
    return s.get("text")


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    arg = lambda k, d=None: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
    only, cue_re = arg("--only"), arg("--cue")
    rows = []
    for i, d in b.items():
        if i not in a:
            continue
        before = {(q["content"]["start"], q["content"]["end"]): q for q in a[i].get("quotes") or []}
        after = {(q["content"]["start"], q["content"]["end"]): q for q in d.get("quotes") or []}
        for k in sorted(set(before) | set(after)):
            qa, qb = before.get(k), after.get(k)
            if qa and qb:
                if spk(qa) == spk(qb):
                    continue
                kind = "SPK"
            else:
                kind = "ADD" if qb else "DEL"
            q = qb or qa
            cue = (q.get("cue") or {}).get("text") or ""
            if only and kind != only or cue_re and not re.search(cue_re, cue):
                continue
            rows.append((kind, i, k, cue, spk(qa) if qa else None, spk(qb) if qb else None, d["text"][k[0]:k[1]], sentence(d, k[0])))
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    n = int(arg("--sample", "0"))
    if n and n < len(rows):
        random.Random(int(arg("--seed", "1"))).shuffle(rows)
        rows = sorted(rows[:n], key=lambda r: (r[1], r[2]))
    for kind, i, k, cue, sa, sb, content, sent in rows:
        print(f"{kind} {i} cue={cue!r} before={sa!r} after={sb!r}\n   c: {content[:160]}\n   s: {sent[:400]}")
    print(counts, file=sys.stderr)


if __name__ == "__main__":
    main()
