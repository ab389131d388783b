#!/usr/bin/env python3
"""Development aid: the wrong event dates of `rasd extract` against a gold directory (events matched as score.py
matches them), each sorted by where the gold date stands in the article and by what rasd chose.
Usage: python3 tools/date_errors.py ARTICLES GOLD_DIR [--bin PATH | --out EXTRACT.jsonl] [-v]

Gold categories (first that applies): coarse-* (a gold year or month: in the event's sentence, in an earlier one,
or elsewhere / not written), same-sentence-time (an expression of the event's sentence other than the one chosen),
lead-day (the lead's day, see crates/extract/src/events.rs), publication, pub-1 (the day before; "(earlier-sent)"
when an earlier sentence names it), earlier-/later-sentence-time, future-unstated (after publication, not written),
within-week-unstated, other-unstated. rasd's choice: own-sentence (an expression of the event's sentence), lead,
pub (no expression: the publication date), other-sentence (the body's day); "+shift" after غداة and the like.
Tense is read from the trigger's letters (a rough guide: noun = ال or ة/ات; future = سـ + imperfect)."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from date_common import day, load  # noqa: E402
import gold_match  # noqa: E402

arts, gold_dir, verbose, out = load(sys.argv[1:])


def sentence_of(d, pos):
    return next((k for k, s in enumerate(d["sentences"]) if s["start"] <= pos < s["end"]), -1)


def tense(t):
    t = t.strip()
    if any(t.startswith(p + q) for p in ("وس", "فس", "س") for q in "يتن"):
        return "future"
    if t.startswith(("ال", "وال", "بال", "لل")) or t.endswith(("ة", "ات")):
        return "noun"
    return "present" if t[:1] in "يت" or t[:2] in ("وي", "وت", "في", "فت") else "past"


def matched(text, g, d):
    """(gold, predicted) pairs of required gold events, matched as score.py matches them."""
    pevs = d.get("events") or []
    for _, ge, _, _, best in gold_match.match_events(text, g["events"], pevs):
        if best is not None and not ge.get("optional"):
            yield ge, pevs[best]


cats, chose, cross = collections.Counter(), collections.Counter(), collections.Counter()
wrong, total = collections.Counter(), collections.Counter()
n = ok = 0
for aid, a in arts.items():
    p = os.path.join(gold_dir, aid + ".json")
    if not os.path.exists(p) or aid not in out:
        continue
    g, d, text = json.load(open(p, encoding="utf-8")), out[aid], a["text"]
    pub, times = day(d.get("published")), d.get("times") or []
    for t in times:
        t["s"] = sentence_of(d, t["start"])
    lead = next((t for t in times if t["s"] == 0 and t["precision"] == "day" and day(t["value"]) and pub and 0 <= (pub - day(t["value"])).days <= 7), None)
    for ge, pe in matched(text, g, d):
        if not ge.get("date"):
            continue
        gd, dt = ge["date"], pe.get("date") or {}
        pd, es, tn = dt.get("value") or "", pe["sentence"], tense(pe["trigger"]["text"])
        n += 1
        total[pe["type"]] += 1
        total[tn] += 1
        if pd.startswith(gd):
            ok += 1
            continue
        if dt.get("start") is None:
            c = "pub"
        else:
            s = sentence_of(d, dt["start"])
            c = "own-sentence" if s == es else ("lead" if lead and dt["start"] == lead["start"] else "other-sentence")
            if dt.get("value") != next((t["value"] for t in times if t["start"] == dt["start"]), None):
                c += "+shift"
        gdd = day(gd)
        match = [t for t in times if t["value"].startswith(gd)]
        same = [t for t in match if t["s"] == es]
        earlier = [t for t in match if 0 <= t["s"] < es]
        later = [t for t in match if t["s"] > es]
        if len(gd) < 10:
            k = "coarse-in-sentence" if same else ("coarse-earlier" if earlier else "coarse-other")
        elif same:
            k = "same-sentence-time"
        elif lead and lead["value"] == gd:
            k = "lead-day"
        elif gdd == pub:
            k = "publication"
        elif gdd and pub and (pub - gdd).days == 1:
            k = "pub-1" + ("(earlier-sent)" if earlier else "")
        elif earlier:
            k = "earlier-sentence-time"
        elif later:
            k = "later-sentence-time"
        elif gdd and pub and gdd > pub:
            k = "future-unstated"
        elif gdd and pub and (pub - gdd).days <= 7:
            k = "within-week-unstated"
        else:
            k = "other-unstated"
        cats[k] += 1
        chose[c] += 1
        cross[(k, c)] += 1
        wrong[pe["type"]] += 1
        wrong[tn] += 1
        if verbose:
            s = d["sentences"][es]
            print(f"## {aid} pub={pub} gold={gd} rasd={pd} [{c}] {k} {pe['type']} {tn} «{pe['trigger']['text']}» s={es}")
            print("   ", text[s["start"]:s["end"]][:300].replace("\n", " "))
print(f"date accuracy {ok}/{n} = {ok / max(n, 1):.3f}")
print("gold date:", ", ".join(f"{k} {v}" for k, v in cats.most_common()))
print("rasd chose:", ", ".join(f"{k} {v}" for k, v in chose.most_common()))
print("gold x rasd:", ", ".join(f"{k}/{c} {v}" for (k, c), v in cross.most_common(20)))
print("wrong/total by type:", ", ".join(f"{t} {wrong[t]}/{total[t]}" for t in sorted(total, key=lambda t: -wrong[t]) if t.isupper()))
print("wrong/total by tense:", ", ".join(f"{t} {wrong[t]}/{total[t]}" for t in ("past", "noun", "present", "future")))
