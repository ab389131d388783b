#!/usr/bin/env python3
"""Development aid (session 23): the wrong event dates of `rasd extract` against a gold directory, sorted by what went
wrong rather than by where the gold date stands (tools/date_errors.py does that). Events are matched as score.py
matches them. Usage: python3 tools/date_error_kinds.py ARTICLES GOLD_DIR [--bin PATH | --out EXTRACT.jsonl] [-v]

Kinds (first that applies): nodate (rasd gave the event no date); precision:coarser (rasd a month/year holding the gold day: the scorer rejects it);
background-month (gold a month not named in the sentence, rasd a day of another month); own:other-expression (rasd
took one of the sentence's expressions, gold is another); own:ignored (the sentence names the gold date, rasd took
none of its expressions); own:weekday-resolved (rasd's weekday is the gold's weekday in another week); own:borrowed-
weekday / own:relday / own:month-noyear / own:since (the sentence's own expression of that kind, gold another day:
mostly the reporting verb's day given to the reported act, not a misread expression); own:other-year (a year or month
named in the sentence, gold another year); background (gold a year or month, no expression of the sentence chosen);
pub-1 (gold the day before publication, the sentence names no time); future (gold after publication); notime (gold a
day, rasd another sentence's day or publication). With -v, every error with the sentence's times and text."""
import collections, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from date_common import day, load  # noqa: E402
import gold_match  # noqa: E402

arts, gold_dir, verbose, out = load(sys.argv[1:])
DATA = os.path.join(os.path.dirname(__file__), "..", "data", "numtime")


def fold(t):
    """Hamza seats and alif maqsura folded (أ إ آ ٱ → ا، ؤ → و، ئ ى → ي), as the patterns below are written."""
    return t.translate(str.maketrans("أإآٱؤئى", "ااااويي"))


def forms(name, skip=()):
    """The folded first column of a data/numtime file as a regex of a whole word (after و/ف/ب/ل), longest first."""
    rows = (l.split("\t")[0].strip() for l in open(os.path.join(DATA, name), encoding="utf-8") if l.strip() and not l.startswith("#"))
    alt = "|".join(sorted({re.escape(fold(f)) for f in rows if f not in skip}, key=len, reverse=True))
    return r"(?<![\u0621-\u064A])[وفبل]?(?:%s)(?![\u0621-\u064A])" % alt


WEEKDAY = forms("weekdays.tsv")
MONTH = forms("months.tsv")
# صفر is also "zero": a month only beside a number (a day or a year); ربيع and جمادى alone are no month (the data
# lists them only with their الأول/الثاني/الآخر).
HIJRI = forms("hijri_months.tsv", skip=("صفر",))
SAFAR = r"\d+\s+صفر|صفر\s+(?:عام\s+|سنة\s+)?\d"


def expression_kind(t):
    t = fold(t)
    if re.search(HIJRI, t) or re.search(SAFAR, t):
        return "hijri"
    if "منذ" in t:
        return "since"
    if "الاسبوع" in t:
        return "week"
    if re.search(WEEKDAY, t) and not re.search(r"\d", t):
        return "weekday"
    if re.search("امس|اليوم|غدا|الليلة|البارحة|قبل يوم", t):
        return "relday"
    if re.search(MONTH, t) and not re.search(r"\d{4}", t):
        return "month-noyear"
    return "year" if re.search(r"\d{4}", t) else "other"


kinds, n = collections.Counter(), 0
for aid, a in arts.items():
    p = os.path.join(gold_dir, aid + ".json")
    if not os.path.exists(p) or aid not in out:
        continue
    g, d, text = json.load(open(p, encoding="utf-8")), out[aid], a["text"]
    pub = day((d.get("published") or "")[:10])
    times = d.get("times") or []
    sent = lambda pos: next((k for k, s in enumerate(d["sentences"]) if s["start"] <= pos < s["end"]), -1)
    pevs = d.get("events") or []
    for _, ge, _, _, best in gold_match.match_events(text, g["events"], pevs):
        if best is None or ge.get("optional") or not ge.get("date"):
            continue
        pe, gd = pevs[best], ge["date"]
        dt = pe.get("date") or {}
        pd, es = dt.get("value") or "", pe["sentence"]
        n += 1
        if pd.startswith(gd):
            continue
        own = [t for t in times if sent(t["start"]) == es]
        src = "pub" if dt.get("start") is None else ("own" if sent(dt["start"]) == es else "other")
        chosen = next((t for t in times if t["start"] == dt.get("start")), None)
        ek = expression_kind(chosen["text"]) if chosen else "-"
        gdd, pdd = day(gd), day(pd)
        if not pd:
            k = "nodate"
        elif gd.startswith(pd):
            k = "precision:coarser(%s)" % ek
        elif len(gd) < 10 and len(pd) == 10 and pd[:4] == gd[:4] and not any(t["value"].startswith(gd) for t in own):
            k = "background-month(%s)" % src
        elif any(t["value"].startswith(gd) for t in own):
            k = "own:other-expression" if src == "own" else "own:ignored(%s)" % src
        elif src == "own" and ek == "weekday" and gdd and pdd and gdd.weekday() == pdd.weekday():
            k = "own:weekday-resolved"
        elif src == "own" and ek in ("weekday", "relday", "month-noyear", "since", "week", "hijri") and gd[:4] == pd[:4]:
            k = "own:%s" % ("borrowed-weekday" if ek == "weekday" else ek)
        elif src == "own":
            k = "own:other-year(%s)" % ek
        elif len(gd) < 10:
            k = "background(%s)" % src
        elif gdd and pub and (pub - gdd).days == 1 and not own:
            k = "pub-1(%s)" % src
        elif gdd and pub and gdd > pub:
            k = "future(%s)" % src
        else:
            k = "notime(%s)" % src
        kinds[k] += 1
        if verbose:
            s = d["sentences"][es]
            print(f"## {k} {aid} pub={pub} gold={gd} rasd={pd} «{dt.get('text')}» {pe['type']} {pe['status']} «{pe['trigger']['text']}» s={es}")
            print("   ", [(t["text"], t["value"]) for t in own], text[s["start"]:s["end"]][:300].replace("\n", " "))
print(f"dated events {n}, wrong {sum(kinds.values())}")
for k, v in kinds.most_common():
    print(f"{v:4d} {k}")
