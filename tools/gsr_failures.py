#!/usr/bin/env python3
"""The failing sentences of the GSR development split, one block each: why it fails (MISS: no event of its gold
category; OTHER: an event of the other category, what `other_category_rate` counts; ACTOR: no event of its
category with the gold actor country; RECIP: none with the gold target country), the gold actor/recipient, the text,
and every event rasd finds there (type, trigger, actor and recipient as text[country/country_from], status). Rules
as ../shared/eval/score.py `gsr`. `--all` prints every sentence, failing or not.
Usage: python3 tools/gsr_failures.py [--bin PATH] [--file GSR.jsonl] [--all]"""
import json, subprocess, sys

args = sys.argv[1:]
opt = lambda n, d: args[args.index(n) + 1] if n in args else d
binary = opt("--bin", "target/release/rasd")
recs = [json.loads(l) for l in open(opt("--file", "../shared/data/gsr/arabic-gsr-dev.jsonl"), encoding="utf-8") if l.strip()]
inp = "".join(json.dumps({"id": r["id"], "text": r["text"], "published": f"{r['date'][:4]}-{r['date'][4:6]}-{r['date'][6:8]}" if len(r.get("date") or "") == 8 else None}, ensure_ascii=False) + "\n" for r in recs)
p = subprocess.run([binary, "extract"], input=inp, capture_output=True, text=True)
out = {d["id"]: d for d in map(json.loads, p.stdout.splitlines())}
if p.returncode != 0 or len(out) != len(recs):
    # A failed run would list every sentence as MISS: say so first.
    print(f"rasd extract exited {p.returncode} with {len(out)} of {len(recs)} records:\n{p.stderr[-2000:]}", file=sys.stderr)


def part(x):
    return f"{x.get('text')}[{x.get('country')}/{x.get('country_from')}]" if x else "-"


for r in recs:
    cat = r["category"]
    other = "PROTEST" if cat == "ASSAULT" else "ASSAULT"
    evs = (out.get(r["id"]) or {}).get("events") or []
    types = {e["type"] for e in evs}
    g = (r.get("events") or [{}])[0]
    mine = [e for e in evs if e["type"] == cat]
    why = ["MISS"] * (cat not in types) + ["OTHER"] * (other in types)
    if mine and g.get("source_country") and not any((e.get("actor") or {}).get("country") == g["source_country"] for e in mine):
        why.append("ACTOR")
    if mine and g.get("target_country") and not any((e.get("recipient") or {}).get("country") == g["target_country"] for e in mine):
        why.append("RECIP")
    if not why and "--all" not in args:
        continue
    print("==", cat, r["id"], " ".join(why), "| gold actor", g.get("source_text"), g.get("source_country"), "| recipient", g.get("target_text"), g.get("target_country"))
    print("  ", r["text"])
    for e in evs:
        print(f"   {e['type']} trigger={(e.get('trigger') or {}).get('text')} A={part(e.get('actor'))} R={part(e.get('recipient'))} {e.get('status')}")
