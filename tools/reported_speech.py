#!/usr/bin/env python3
"""Development aid for the status guide (never runs rasd, never reads a locked-test article): lists the gold events
whose trigger sits in reported speech -- after a verb of saying/accusing in its sentence (قال، أكد، أعلن، أفاد، ذكر،
أشار، اتهم، زعم، ادعى، حمّل ...) or in a sentence attributed by وفق/بحسب/حسب/نقلا عن -- with the status, the
speaker (the gold quote of that sentence where there is one, else the words after the verb) and the speaker's
kind relative to the act: `actor` (the actor's side), `victim` (the recipient's side), `third` (another country),
`source` (agencies, monitors, unnamed sources, the outlet's correspondent), `?` (not decidable from the entities).
Usage: python3 tools/reported_speech.py train|dev|seed [--tsv FILE] [--table]"""
import json, os, re, sys
from collections import Counter, defaultdict

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
shared = os.path.join(root, "..", "shared", "data")

DIAC = re.compile("[\u064b-\u0652\u0640]")


def norm(s):
    s = DIAC.sub("", s)
    return s.translate(str.maketrans("أإآٱى", "ااااي"))


# Verbs (and their participles) of saying, reporting and accusing, normalised, without the conjunction و/ف.
SAY = set(norm(w) for w in """قال قالت يقول تقول قالوا يقولون قائلا قائلة أكد أكدت يؤكد تؤكد أكدوا مؤكدا مؤكدة
أعلن أعلنت يعلن تعلن أعلنوا معلنا أفاد أفادت يفيد تفيد أفادوا مفيدا ذكر ذكرت يذكر تذكر ذكروا أشار أشارت يشير تشير
مشيرا مشيرة أشاروا اتهم اتهمت يتهم تتهم اتهموا متهما متهمة زعم زعمت يزعم تزعم زعموا زاعما ادعى ادعت يدعي تدعي
ادعوا مدعيا حمل حملت يحمل تحمل حملوا محملا أوضح أوضحت يوضح توضح موضحا أضاف أضافت يضيف تضيف مضيفا مضيفة صرح صرحت
يصرح مصرحا نقل نقلت ينقل تنقل كشف كشفت يكشف تكشف كاشفا روى روت يروي أبلغ أبلغت أخبر أخبرت قالها أقر أقرت يقر
اعترف اعترفت يعترف معترفا وصف وصفت يصف واصفا اعتبر اعتبرت يعتبر تعتبر معتبرا رأى رأت يرى ترى أورد أوردت يورد
بين بينت أوضحوا شدد شددت يشدد مشددا لفت لفتت أدان أدانت يدين تدين أكدوا تابع تابعت متابعا""".split())
ATTRIB = [norm(w) for w in ("وفق", "وفقا", "بحسب", "حسب", "نقلا عن", "طبقا", "بناء على", "استنادا")]
SOURCE = [norm(w) for w in ("مصادر", "مصدر", "وكالة", "المرصد", "مراسل", "شهود", "ناشطون", "ناشطين", "سكان",
                            "الأمم المتحدة", "منظمة", "العفو الدولية", "هيومن رايتس", "الصليب الأحمر", "مسؤول",
                            "مسؤولون", "مسؤولين", "تقارير", "تقرير", "صحيفة", "وسائل إعلام", "التلفزيون", "قناة")]
SPEECH = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE"}
SENT = re.compile(r"[^.!?؟\n]+")


def tokens(s):
    return [norm(t) for t in re.findall(r"[\u0600-\u06ff]+", s)]


def strip_conj(t):
    return t[1:] if len(t) > 3 and t[0] in "وف" else t


def load(split):
    """(article, gold) pairs of the asked set; for train, only ids split.tsv marks train."""
    if split == "train":
        news = os.path.join(root, "eval", "news")
        rows = [l.split("\t") for l in open(os.path.join(news, "split.tsv"), encoding="utf-8").read().splitlines()[1:]]
        ids = {r[0] for r in rows if r[1].strip() == "train"}
        arts = [json.loads(l) for l in open(os.path.join(news, "articles.jsonl"), encoding="utf-8")]
        for a in arts:
            if a["id"] in ids:
                yield a, json.load(open(os.path.join(news, "gold", a["id"] + ".json"), encoding="utf-8"))
    elif split == "dev":
        d = os.path.join(shared, "news-dev")
        for l in open(os.path.join(d, "articles.jsonl"), encoding="utf-8"):
            a = json.loads(l)
            yield a, json.load(open(os.path.join(d, "gold", a["id"] + ".json"), encoding="utf-8"))
    else:
        a = json.loads(open(os.path.join(shared, "seed", "karabakh.jsonl"), encoding="utf-8").readline())
        yield a, json.load(open(os.path.join(shared, "seed", "gold", "karabakh.json"), encoding="utf-8"))


def governed(sentence, trig_at):
    """The verb of saying before the trigger in its sentence (nearest), or an attribution anywhere in it."""
    before = tokens(sentence[:trig_at])
    for t in reversed(before):
        if strip_conj(t) in SAY or t in SAY:
            return t
    ns = norm(sentence)
    for a in ATTRIB:
        if re.search(r"(^|\s)[وف]?" + a + r"(\s|$)", ns) or (" " in a and a in ns):
            return a
    return None


def speaker_country(speaker, entities):
    """The country of the longest entity the speaker text holds (or that holds it)."""
    best = None
    for e in entities:
        t = e.get("text") or ""
        if t and e.get("country") and (t in speaker or speaker in t):
            if best is None or len(t) > len(best["text"]):
                best = e
    return best["country"] if best else None


def kind(speaker, scountry, ev):
    ns = norm(speaker)
    ac, rc = (ev.get("actor") or {}).get("country"), (ev.get("recipient") or {}).get("country")
    if scountry and scountry == ac and scountry != rc:
        return "actor"
    if scountry and scountry == rc and scountry != ac:
        return "victim"
    if scountry and scountry == ac == rc:
        return "both"
    if any(s in ns for s in SOURCE):
        return "source"
    if scountry:
        return "third"
    return "?"


def rows(split):
    for a, g in load(split):
        text = a["text"]
        sents = [(m.start(), m.group()) for m in SENT.finditer(text)]
        for ev in g["events"]:
            at = text.find(ev["evidence"])
            if at < 0:
                continue
            tat = text.find(ev["trigger"], at)
            tat = at if tat < 0 else tat
            s0, sent = next(((s, t) for s, t in sents if s <= tat < s + len(t)), (at, ev["evidence"]))
            verb = governed(sent, tat - s0)
            if not verb:
                continue
            # the speaker: a gold quote whose evidence lies in this sentence, before or around the trigger
            speaker = None
            for q in g.get("quotes", []):
                qa = sent.find(q["evidence"][:20])
                if qa >= 0 and s0 + qa <= tat + len(ev["trigger"]) + 40:
                    speaker = q["speaker"]
            if speaker is None:
                m = re.search(r"(?:^|\s)[وف]?" + re.escape(verb) + r"\s+((?:\S+\s+){0,4})", norm(sent))
                speaker = (m.group(1).strip() if m else "")
            sc = speaker_country(speaker, g.get("entities", []))
            yield {"id": a["id"], "trigger": ev["trigger"], "type": ev["type"], "status": ev["status"],
                   "optional": bool(ev.get("optional")),
                   "actor": f"{(ev.get('actor') or {}).get('country')}/{(ev.get('actor') or {}).get('role')}",
                   "recipient": f"{(ev.get('recipient') or {}).get('country')}/{(ev.get('recipient') or {}).get('role')}",
                   "verb": verb, "speaker": speaker, "speaker_country": sc, "kind": kind(speaker, sc, ev),
                   "sentence": sent.strip()}


def main():
    split = sys.argv[1]
    rs = list(rows(split))
    if "--tsv" in sys.argv:
        with open(sys.argv[sys.argv.index("--tsv") + 1], "w", encoding="utf-8") as o:
            keys = list(rs[0].keys()) if rs else []
            o.write("\t".join(keys) + "\n")
            for r in rs:
                o.write("\t".join(str(r[k]).replace("\t", " ") for k in keys) + "\n")
    # speech acts (an accusation, a threat, a request said in the quote) are asserted by being said: the
    # question is the status of the acts reported inside speech
    rs = [r for r in rs if r["type"] not in SPEECH] if "--all" not in sys.argv else rs
    table = defaultdict(Counter)
    for r in rs:
        table[r["kind"]][r["status"]] += 1
    sts = ["asserted", "claimed", "denied", "planned", "negated", "hypothetical"]
    print(f"{split}: {len(rs)} events in reported speech")
    print("kind     " + " ".join(f"{s[:9]:>9}" for s in sts) + "  claimed/(asserted+claimed)")
    for k in ("actor", "victim", "both", "third", "source", "?"):
        c = table[k]
        ac = c["asserted"] + c["claimed"]
        print(f"{k:8} " + " ".join(f"{c[s]:>9}" for s in sts) + f"  {c['claimed'] / ac if ac else 0:.2f}")


if __name__ == "__main__":
    main()
