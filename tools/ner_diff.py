#!/usr/bin/env python3
"""Gold vs predicted entity spans on an ANERcorp CoNLL file, with score.py's NER matching rules, for error analysis.

  python3 tools/ner_diff.py ../shared/data/ner/anercorp-dev.conll [--bin CMD] [--tagger CMD]

Prints per-sentence misses (-) and false alarms (+) of `rasd extract`, each with a class: `span` when a prediction of
the same type overlaps (wrong boundaries), `type` when one of another type has the same span or overlaps, `miss` /
`spurious` otherwise. CMD is run with its words split on spaces: --bin is run with `extract` appended (default
target/release/rasd; the `ner_jsonl` example of rasd-entities answers the same way from the entity stage alone);
with --tagger (e.g. "target/release/examples/ner_jsonl tagger") each line also says whether the
tagger alone got it right (T+) or wrong (T-), and the totals say what the entity stage gained and lost.
Python 3 standard library only.
"""
import collections, importlib.util, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_score(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval", "score.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def run(cmd, inp):
    p = subprocess.run(cmd, input=inp.encode(), capture_output=True)
    out = {}
    for line in p.stdout.decode().splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        out[d["id"]] = {("LOC" if e["type"] == "GPE" else e["type"], e["start"], e["end"]) for e in d.get("entities") or []
                        if e.get("type") in ("PER", "LOC", "ORG", "GPE")}
    return out


def match(gold, pred, sc):
    """(matched gold, matched pred) under score.py's rule."""
    used, hit = set(), set()
    for g in sorted(gold):
        t, a, b, tok = g
        m = next((p for p in sorted(pred) if p not in used and p[0] == t and p[2] == b and p[1] in sc.starts_allowed(a, tok)), None)
        if m:
            used.add(m)
            hit.add(g)
    return hit, used


def main():
    args = sys.argv[1:]
    path = args[0]
    binary = args[args.index("--bin") + 1] if "--bin" in args else os.path.join(ROOT, "target/release/rasd")
    tagger = args[args.index("--tagger") + 1] if "--tagger" in args else None
    shared = os.path.join(ROOT, "..", "shared")
    sc = load_score(shared)
    sents = sc.read_conll(path)
    texts, golds = {}, {}
    for i, s in enumerate(sents):
        texts[str(i)], golds[str(i)] = sc.conll_gold(s)
    inp = "".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in texts.items())
    pred = run(binary.split() + ["extract"], inp)
    tag = run(tagger.split(), inp) if tagger else None
    classes = collections.Counter()
    tot = {"rasd": [0, 0, 0], "tagger": [0, 0, 0]}
    for k, text in texts.items():
        gold, p = golds[k], pred.get(k, set())
        hit, used = match(gold, p, sc)
        thit, tused = match(gold, tag.get(k, set()), sc) if tag is not None else (set(), set())
        for name, h, u, pp in (("rasd", hit, used, p), ("tagger", thit, tused, tag.get(k, set()) if tag else set())):
            tot[name][0] += len(h)
            tot[name][1] += len(pp) - len(u)
            tot[name][2] += len(gold) - len(h)
        lines = []
        for g in sorted(gold - hit, key=lambda g: g[1]):
            over = sorted(q for q in p if q[1] < g[2] and g[1] < q[2])
            c = "span" if any(q[0] == g[0] for q in over) else "type" if over else "miss"
            tt = "" if tag is None else (" T+" if g in thit else " T-")
            classes[f"- {g[0]} {c}{tt}"] += 1
            lines.append(f"  - {g[0]} {c}{tt}\t{text[g[1]:g[2]]}" + "".join(f"\t[{q[0]} {text[q[1]:q[2]]}]" for q in over))
        for q in sorted(p - used, key=lambda q: q[1]):
            over = sorted(g for g in gold if q[1] < g[2] and g[1] < q[2])
            c = "span" if any(g[0] == q[0] for g in over) else "type" if over else "spurious"
            tt = ""
            if tag is not None:
                tt = " T+" if not any(t == q for t in tag.get(k, set()) - tused) else " T-"
            classes[f"+ {q[0]} {c}{tt}"] += 1
            lines.append(f"  + {q[0]} {c}{tt}\t{text[q[1]:q[2]]}" + "".join(f"\t[{g[0]} {text[g[1]:g[2]]}]" for g in over))
        if lines:
            print(f"#{k} {text}")
            print("\n".join(lines))
    for name, v in tot.items():
        if name == "rasd" or tag is not None:
            print(f"# {name}: tp {v[0]} fp {v[1]} fn {v[2]} P/R/F1 {sc.prf(*v)}")
    print("\n# totals (T+: the tagger alone was right, T-: it was wrong too)")
    for c, n in sorted(classes.items(), key=lambda x: -x[1]):
        print(f"{n:5d}  {c}")


if __name__ == "__main__":
    main()
