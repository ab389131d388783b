#!/usr/bin/env python3
"""Development aid: the gold events of one status (default claimed) that a run left asserted, from the train split
of eval/news (never the locked test), read from `tools/status_cv.py --dump PATH` output (cross-validated, so the
events are unseen by the model that decided them). Prints each miss with the text before its trigger, then a table
by where the event stands: inside a quote whose speaker is linked to an entity or named (`quote:known`), a quote
with a speaker (`quote:spk`), one without (`quote:nospk`) or no quote; and whether its type is one the
reported-speech rule claims (ASSAULT, COERCE, THREATEN, MOBILIZE: `rtype`). Beside each cell's misses, how many of
the events left asserted in that cell have the status and how many do not: a cell where the status is rare among
them needs evidence no cell-wide feature gives (session 15: claimed is about one in ten in every cell).
Usage: python3 tools/status_misses.py DUMP [--status claimed] [--table]"""
import collections, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(root, "..", "shared", "eval"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402
import gold_match  # noqa: E402

news = os.path.join(root, "eval", "news")
dump = json.load(open(sys.argv[1], encoding="utf-8"))
want = sys.argv[sys.argv.index("--status") + 1] if "--status" in sys.argv else "claimed"
test = {l.split("\t")[0] for l in open(os.path.join(news, "split.tsv"), encoding="utf-8").read().splitlines()[1:] if l.split("\t")[1].strip().startswith("test")}
arts = {a["id"]: a for a in score.load_articles(os.path.join(news, "articles.jsonl")) if a["id"] not in test}
RULE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}
miss, cell_has, cell_not = collections.Counter(), collections.Counter(), collections.Counter()
for aid, rec in dump.items():
    if aid not in arts:
        continue
    text = arts[aid]["text"]
    gold = json.load(open(os.path.join(news, "gold", aid + ".json"), encoding="utf-8"))
    pevs = rec.get("events") or []
    for _, ge, _, _, best in gold_match.match_events(text, gold["events"], pevs):
        if best is None or pevs[best]["status"] != "asserted":
            continue
        pe = pevs[best]
        t = pe["trigger"]["start"]
        q = next((q for q in rec.get("quotes") or [] if q["content"]["start"] <= t < q["content"]["end"]), None)
        sp = (q or {}).get("speaker") or {}
        where = "noquote" if q is None else "quote:known" if sp.get("entity") or sp.get("name") else "quote:spk" if sp else "quote:nospk"
        cell = (where, "rtype" if pe["type"] in RULE_TYPES else "other")
        if ge["status"] == want:
            cell_has[cell] += 1
            miss[cell] += 1
            if "--table" not in sys.argv:
                line_start = text.rfind("\n", 0, t) + 1
                print(f"{aid}\t{pe['type']}\t{where}\t{text[max(line_start, t - 110):t]}[[{pe['trigger']['text']}]]")
        else:
            cell_not[cell] += 1
print(f"\n{want} left asserted, by cell: misses / other statuses left asserted there")
for cell in sorted(set(cell_has) | set(cell_not)):
    print(f"  {cell[0]:12} {cell[1]:6} {miss[cell]:4} / {cell_not[cell]:5}")
