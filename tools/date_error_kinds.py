#!/usr/bin/env python3
"""Development aid (session 23): the wrong event dates of `rasd extract` against a gold directory, sorted by what went
wrong rather than by where the gold date stands (tools/date_errors.py does that). Events are matched as score.py
matches them. Usage: python3 tools/date_error_kinds.py ARTICLES GOLD_DIR [--bin PATH | --out EXTRACT.jsonl] [-v]

Kinds (first that applies): precision:coarser (rasd a month/year holding the gold day: the scorer rejects it);
background-month (gold a month not named in the sentence, rasd a day of another month); own:other-expression (rasd
took one of the sentence's expressions, gold is another); own:ignored (the sentence names the gold date, rasd took
none of its expressions); own:weekday-resolved (rasd's weekday is the gold's weekday in another week); own:borrowed-
weekday / own:relday / own:month-noyear / own:since (the sentence's own expression of that kind, gold another day:
mostly the reporting verb's day given to the reported act, not a misread expression); own:other-year (a year or month
named in the sentence, gold another year); background (gold a year or month, no expression of the sentence chosen);
pub-1 (gold the day before publication, the sentence names no time); future (gold after publication); notime (gold a
day, rasd another sentence's day or publication). With -v, every error with the sentence's times and text."""
import collections, datetime, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402
import gold_match  # noqa: E402

args = sys.argv[1:]
opt = lambda n: args[args.index(n) + 1] if n in args else None
arts = {a["id"]: a for a in score.load_articles(args[0])}
gold_dir, verbose = args[1], "-v" in args
if opt("--out"):
    out = {json.loads(l)["id"]: json.loads(l) for l in open(opt("--out"), encoding="utf-8")}
else:
    out, *_ = score.run_extract(opt("--bin") or "./target/release/rasd", [score.as_input(a) for a in arts.values()])
WEEKDAY = "السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
MONTH = ("يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|"
         "أيار|حزيران|تموز|آب|أيلول|تشرين")


def day(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def expression_kind(t):
    if re.search("محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة", t):
        return "hijri"
    if "منذ" in t:
        return "since"
    if "الأسبوع" in t or "الاسبوع" in t:
        return "week"
    if re.search(WEEKDAY, t) and not re.search(r"\d", t):
        return "weekday"
    if re.search("أمس|اليوم|غدا|الليلة|البارحة|قبل يوم", t):
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
        if gd.startswith(pd):
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
