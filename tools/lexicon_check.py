#!/usr/bin/env python3
"""Coverage checker for the event lexicon in data/events/, with a Python prototype of the trigger matcher.

Usage: python3 tools/lexicon_check.py [SHARED] [--ant-limit N] [--show N] [--json]
  SHARED defaults to ../shared relative to the repository root.

The matcher is the reference for crates/events (the Rust coder implements the same rules):
  1. Tokens are runs of Arabic letters (with their diacritics), Latin letters and digits.
  2. Every token and every word of a lexicon form is folded as rasd_text::key folds (NFKC, alef variants -> ا,
     ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, no diacritics/tatweel, ASCII digits, lowercase Latin).
  3. Lexicon words lose a leading ال (when 2+ letters remain), twice when the word itself starts with alef-lam
     after folding (إلكترونية -> كترونيه; so الإلكترونية and إلكترونية meet). A text token yields candidate stems: itself, then
     with proclitics off (و/ف, then ب/ل/ك or the future س before ي/ت/ن/ا, then ال; لل = ل + ال), each remainder
     2+ letters; then each of those with an enclitic pronoun off (ه ها هم هما هن كم كما كن نا ني; not ك (هناك =
     هنا + ك) nor ي (nisba: الاجتماعي); not ه when the raw word ends in ة; 3+ letters remain), restoring ة (ت+enclitic -> ه), the alif of the plural (و -> وا) and ى (ا -> ي); then a final
     tanween alif off (هجوما -> هجوم, 3+ letters remain).
  4. Longest match over words, left to right: at each token the longest lexicon sequence (triggers and
     not_triggers together) whose every word equals one candidate of its token wins; on a tie the entry reached
     with fewer stripped letters wins. After a form's first word, عن، من، مع with a pronoun attached (عنه، منها)
     also read as the bare preposition (particle_with_pronoun). A not_trigger match consumes its words and codes nothing.
Figures: GSR dev recall (ASSAULT, PROTEST) and other-category rate, strong and strong+weak; strong conflict
triggers per sport/technology/culture ANT article with the top offending words; news-dev and seed per-type recall
of gold events (a match of the right type starting in the sentence that holds the gold evidence, as score.py
matches events) and the matches outside every gold sentence.
"""
import collections, gzip, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "events")
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CONFLICT = ("ASSAULT", "PROTEST", "COERCE", "THREATEN", "MOBILIZE", "SANCTION")

# ---------------------------------------------------------------- folding (mirror of rasd_text::key)
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ە": "ه",
         "ة": "ه", "ؤ": "و", "ئ": "ي"}
_DROP = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u08D3-\u08FF\u200B-\u200F\u202A-\u202E\u2060-\u2064"
                   "\u2066-\u2069\uFEFF\u061C\u00AD\u180E]")


def key(s):
    s = _DROP.sub("", unicodedata.normalize("NFKC", s))
    out = []
    for c in s:
        c = _FOLD.get(c, c)
        if "\u0660" <= c <= "\u0669":
            c = chr(ord("0") + ord(c) - 0x0660)
        elif "\u06F0" <= c <= "\u06F9":
            c = chr(ord("0") + ord(c) - 0x06F0)
        out.append(c.lower() if c.isascii() else c)
    return " ".join("".join(out).split())


TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06F0-\u06F9\u064B-\u065F\u0670\u0640A-Za-z0-9]+")


def strip_article(w):
    # twice: the article before a word that itself starts with alef-lam after folding (الإلكترونية, الألغام)
    for _ in range(2):
        if w.startswith("ال") and len(w) >= 4:
            w = w[2:]
    return w


# ---------------------------------------------------------------- candidates
# No ك (2nd person singular: rare in news, and هناك = هنا + ك) and no ي ("my": rare outside quotes, and it would
# take the nisba adjective for a pronoun: الاجتماعي is not اجتماع + ي).
ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه")


def particle_with_pronoun(k):
    """A frame word after the first: عن، من، مع with a pronoun attached (عنه، منها، معهم) reads as the bare
    preposition, which candidates() keeps from (3 letters must remain after an enclitic). As lexicon.rs."""
    return [(p, len(k) - 2, False) for p in ("عن", "من", "مع") if k.startswith(p) and k[2:] in ENCLITICS]


def candidates(tok, taa=False):
    """Candidate stems of a folded token, least stripped first: [(stem, stripped_letters, future)].
    taa: the raw token ended in ة, which folds to ه but is no enclitic pronoun (وزارة is not وزار + ه)."""
    out, seen = [], set()

    def add(s, n, fut):
        if s not in seen:
            seen.add(s)
            out.append((s, n, fut))

    bases = [(tok, 0, False)]
    for conj in ("", "و", "ف"):
        if conj and not tok.startswith(conj):
            continue
        r1 = tok[len(conj):]
        for prep in ("", "ب", "ل", "ك", "س"):
            if prep and not r1.startswith(prep):
                continue
            r2 = r1[len(prep):]
            if prep == "س" and not (r2[:1] in ("ي", "ت", "ن", "ا")):
                continue
            opts = [(r2, False)]
            if prep != "س" and r2.startswith("ال"):
                opts.append((r2[2:], True))
                if r2[2:].startswith("ال") and len(r2) >= 6:
                    opts.append((r2[4:], True))
            if prep == "ل" and r2.startswith("ل"):  # لل = ل + ال with the alif dropped
                opts.append((r2[1:], True))
            for r, _art in opts:
                if len(r) >= 2 and (conj or prep or _art):
                    bases.append((r, len(tok) - len(r), prep == "س"))
    bases.sort(key=lambda b: b[1])
    for s, n, fut in bases:
        add(s, n, fut)
    for s, n, fut in list(out):
        for e in ENCLITICS:
            if taa and e == "ه":
                continue
            if s.endswith(e) and len(s) - len(e) >= 3:
                r = s[: -len(e)]
                add(r, n + len(e), fut)
                if r.endswith("ت"):
                    add(r[:-1] + "ه", n + len(e), fut)
                if r.endswith("و"):
                    add(r + "ا", n + len(e), fut)
                if r.endswith("ا"):
                    add(r[:-1] + "ي", n + len(e), fut)
    for s, n, fut in list(out):
        if s.endswith("ا") and len(s) >= 4:
            add(s[:-1], n + 1, fut)
    return out


# ---------------------------------------------------------------- lexicon
def read_tsv(path):
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield ln, line.split("\t")


def expand_form(form):
    """The surface forms of one `forms` entry of triggers.tsv, as crates/events/src/lexicon.rs expand_form: a plain
    form is itself; `v:PAST/IMPERFECT [frame]`, `n:NOUN [frame]` and `p:PARTICIPLE [frame]` generate the first
    word's inflections (see the triggers.tsv header). Raises ValueError on a malformed marker."""
    if ":" not in form:
        return [form]
    marker, rest = form.split(":", 1)
    head, _, tail = rest.partition(" ")
    tail = " " + tail if tail else ""
    arabic = lambda w: bool(w) and all("\u0621" <= c <= "\u064a" for c in w)
    heads = []
    if marker == "v":
        if "/" not in head:
            raise ValueError(f"verb {head!r} needs PAST/IMPERFECT")
        past, imperf = head.split("/", 1)
        if not (arabic(past) and arabic(imperf) and imperf.startswith("ي") and len(imperf) >= 3):
            raise ValueError(f"verb {head!r}: PAST and IMPERFECT must be Arabic, the imperfect starting with ي")
        body = imperf[1:]
        base = past[:-1] if past[-1] in "ىا" else None
        heads.append(past)
        for suf in ["ت", "وا", "تا", "تم"]:
            if base is not None:
                if suf != "تم":
                    heads.append(base + suf)
            else:
                heads.append(past + suf)
        weak = body[:-1] if body[-1] in "ويى" else None
        long = body[:-1] + "ي" if body.endswith("ى") else body
        heads += [pre + body for pre in "يتنأ"]
        for pre in "يت":
            heads += [pre + long + "ان", pre + long + "ن"]
            heads += [pre + (weak or body) + suf for suf in ["ون", "ين", "وا"]]
    elif marker in ("n", "p"):
        if not arabic(head):
            raise ValueError(f"{head!r} is no Arabic word")
        heads.append(head)
        if head.endswith("ة"):
            heads += [head[:-1] + s for s in ["ات", "تان", "تين", "تا", "تي"]]
        elif marker == "n":
            heads += [head + s for s in ["ات", "ان", "ين"]]
        else:
            heads += [head + s for s in ["ة", "ات", "ان", "ين", "ون", "تان", "تين", "و", "ي"]]
    else:
        raise ValueError(f"form {form!r}: marker {marker!r} is none of v: n: p:")
    out = []
    for h in heads:
        if h + tail not in out:
            out.append(h + tail)
    return out


def form_key(form):
    return tuple(strip_article(w) for w in key(form).split())


class Lexicon:
    def __init__(self, data=DATA):
        self.entries = []  # dicts: type, mode, cameo, strength, form, line
        self.index = {}    # key tuple -> entry (first wins; build_lexicon.py check reports conflicts)
        self.first = collections.defaultdict(set)  # first word -> lengths
        for ln, cols in read_tsv(os.path.join(data, "triggers.tsv")):
            forms, typ, mode, cameo, strength = cols[:5]
            for f in forms.split(","):
                f = f.strip()
                for g in expand_form(f) if f else []:
                    self._add(dict(type=typ, mode=mode, cameo=cameo, strength=strength, form=g, line=ln))
        for ln, cols in read_tsv(os.path.join(data, "not_triggers.tsv")):
            self._add(dict(type=None, mode="-", cameo="-", strength="none", form=cols[0].strip(), line=ln))

    def _add(self, e):
        k = form_key(e["form"])
        if not k:
            return
        self.entries.append(e)
        self.index.setdefault(k, e)
        self.first[k[0]].add(len(k))

    def match(self, text):
        """Yield (start, end, entry, future) over code point offsets of text."""
        toks, cands = [], []
        for m in TOKEN.finditer(text):
            k = key(m.group())
            toks.append((m.start(), m.end(), k))
            cands.append(candidates(k, _DROP.sub("", m.group()).endswith("ة")))
        i = 0
        while i < len(toks):
            best = None  # (length, -stripped, entry, future)
            for s0, n0, fut in cands[i]:
                lens = self.first.get(s0)
                if not lens:
                    continue
                for L in sorted(lens, reverse=True):
                    if i + L > len(toks) or (best and L < best[0]):
                        continue
                    e, strip = self._walk(i, L, s0, n0, cands)
                    if e is not None:
                        cand = (L, -strip, e, fut)
                        if best is None or cand[:2] > best[:2]:
                            best = cand
            if best:
                L, _, e, fut = best
                yield toks[i][0], toks[i + L - 1][1], e, fut
                i += L
            else:
                i += 1

    def _walk(self, i, L, s0, n0, cands):
        # depth-first over candidate combinations; L is small (<= 6)
        best = (None, 10 ** 6)

        def rec(j, acc, strip):
            nonlocal best
            if j == i + L:
                e = self.index.get(tuple(acc))
                if e is not None and strip < best[1]:
                    best = (e, strip)
                return
            for s, n, _ in cands[j] + particle_with_pronoun(cands[j][0][0] if cands[j] else ""):
                rec(j + 1, acc + [s], strip + n)

        if L == 1:
            e = self.index.get((s0,))
            return (e, n0) if e else (None, 0)
        rec(i + 1, [s0], n0)
        return best if best[0] is not None else (None, 0)


def sentence_span(text, pos):  # as score.py
    s = max(text.rfind(c, 0, pos) for c in ".!?؟\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".!?؟\n") if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, e


# ---------------------------------------------------------------- reports
def types_in(lex, text, strengths):
    return {e["type"] for _, _, e, _ in lex.match(text) if e["type"] and e["strength"] in strengths}


def gsr_report(lex, path, show):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    res, misses = {}, collections.defaultdict(list)
    for label, strengths in (("strong", {"strong"}), ("strong+weak", {"strong", "weak"})):
        r = {}
        for cat, other in (("ASSAULT", "PROTEST"), ("PROTEST", "ASSAULT")):
            sents = [d for d in rows if d["category"] == cat]
            hit = oth = 0
            for d in sents:
                t = types_in(lex, d["text"], strengths)
                hit += cat in t
                oth += other in t
                if cat not in t:
                    misses[label].append((cat, d["text"]))
            r[cat] = {"n": len(sents), "recall": round(hit / len(sents), 3), "other_rate": round(oth / len(sents), 3)}
        res[label] = r
    return res, {k: v[:show] for k, v in misses.items()}


def ant_report(lex, path, limit, show):
    n, hits, words, per_cat = 0, 0, collections.Counter(), collections.Counter()
    weak_words = collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("category") not in ("sport", "technology", "culture"):
                continue
            n += 1
            per_cat[d["category"]] += 1
            text = (d.get("title") or "") + "\n" + (d.get("text") or "")
            for s, e, ent, _ in lex.match(text):
                if ent["type"] in CONFLICT:
                    if ent["strength"] == "strong":
                        hits += 1
                        words[(ent["form"], ent["type"])] += 1
                    else:
                        weak_words[(ent["form"], ent["type"])] += 1
            if limit and n >= limit:
                break
    return ({"articles": n, "by_category": dict(per_cat), "strong_conflict_per_article": round(hits / max(n, 1), 3),
             "weak_conflict_per_article": round(sum(weak_words.values()) / max(n, 1), 3)},
            [f"{w} {t} {c}" for (w, t), c in words.most_common(show)],
            [f"{w} {t} {c}" for (w, t), c in weak_words.most_common(show)])


def gold_report(lex, articles, gold_dir, show):
    per = {t: [0, 0, 0] for t in TYPES}  # found strong, found any, total
    outside = collections.Counter()
    outside_strong = 0
    outside_n = 0
    missed = []
    for a in articles:
        gp = os.path.join(gold_dir, a["id"] + ".json")
        if not os.path.exists(gp):
            continue
        gold = json.load(open(gp, encoding="utf-8"))
        text = a["text"]
        ms = [(s, e, ent) for s, e, ent, _ in lex.match(text) if ent["type"]]
        spans = []
        for ev in gold.get("events", []):
            p = text.find(ev["evidence"])
            if p < 0:
                continue
            ss, _ = sentence_span(text, p)
            _, se = sentence_span(text, p + len(ev["evidence"]) - 1)
            spans.append((ss, se))
            if ev.get("optional"):
                continue
            t = ev["type"]
            inside = [ent for s, e, ent in ms if ss <= s < se and ent["type"] == t]
            per[t][2] += 1
            per[t][1] += bool(inside)
            per[t][0] += any(x["strength"] == "strong" for x in inside)
            if not inside:
                missed.append(f"{t}\t{ev['trigger']}\t{ev['evidence']}")
        for s, e, ent in ms:
            if not any(ss <= s < se for ss, se in spans):
                outside_n += 1
                outside_strong += ent["strength"] == "strong"
                outside[(ent["form"], ent["type"], ent["strength"])] += 1
    tot = sum(v[2] for v in per.values())
    return ({"events": tot,
             "recall_strong": round(sum(v[0] for v in per.values()) / max(tot, 1), 3),
             "recall_any": round(sum(v[1] for v in per.values()) / max(tot, 1), 3),
             "per_type": {t: f"{v[0]}/{v[1]}/{v[2]}" for t, v in per.items() if v[2]},
             "matches_outside_gold_sentences": outside_n, "of_which_strong": outside_strong},
            missed[:show], [f"{w} {t} {s} {c}" for (w, t, s), c in outside.most_common(show)])


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a.lstrip("-").split("=", 1) if "=" in a else (a.lstrip("-"), "1") for a in argv if a.startswith("--"))
    shared = args[0] if args else os.path.join(ROOT, "..", "shared")
    show = int(opts.get("show", 15))
    if "kwic" in opts:
        return kwic(shared, set(opts["kwic"].split(",")), int(opts.get("limit", 25)))
    lex = Lexicon()
    d = os.path.join(shared, "data")
    report = {"entries": sum(1 for e in lex.entries if e["type"]),
              "not_triggers": sum(1 for e in lex.entries if not e["type"])}
    report["gsr"], gsr_miss = gsr_report(lex, os.path.join(d, "gsr", "arabic-gsr-dev.jsonl"), show)
    arts = [json.loads(l) for l in open(os.path.join(d, "news-dev", "articles.jsonl"), encoding="utf-8") if l.strip()]
    report["news_dev"], nd_missed, nd_out = gold_report(lex, arts, os.path.join(d, "news-dev", "gold"), show)
    seed = json.loads(open(os.path.join(d, "seed", "karabakh.jsonl"), encoding="utf-8").readline())
    report["seed"], sd_missed, sd_out = gold_report(lex, [seed], os.path.join(d, "seed", "gold"), show)
    if opts.get("ant-limit") != "0":
        report["ant_negatives"], ant_top, ant_weak = ant_report(
            lex, os.path.join(d, "news", "ant-multisource.jsonl.gz"), int(opts.get("ant-limit", 0)), show)
    else:
        ant_top = ant_weak = []
    if "json" in opts:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(json.dumps(report, ensure_ascii=False, indent=1))
    print("\n# GSR misses (strong+weak):")
    for c, t in gsr_miss.get("strong+weak", []):
        print(" ", c, t[:160])
    print("\n# ANT negatives, top strong conflict words:", *ant_top, sep="\n  ")
    print("\n# ANT negatives, top weak conflict words:", *ant_weak, sep="\n  ")
    print("\n# news-dev missed gold events:", *nd_missed, sep="\n  ")
    print("\n# news-dev matches outside gold sentences:", *nd_out, sep="\n  ")
    print("\n# seed missed gold events:", *sd_missed, sep="\n  ")




def kwic(shared, forms, limit=25, cats=("sport", "technology", "culture")):
    """Print contexts of matches whose lexicon form is in `forms` (a debugging aid: --kwic=هجوم,قتل)."""
    lex = Lexicon()
    shown = collections.Counter()
    with gzip.open(os.path.join(shared, "data", "news", "ant-multisource.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("category") not in cats:
                continue
            text = d.get("text") or ""
            for s, e, ent, _ in lex.match(text):
                if ent["form"] in forms and shown[ent["form"]] < limit:
                    shown[ent["form"]] += 1
                    print(f"{ent['form']}\t{d['category']}\t{text[max(0, s - 50):s]}[[{text[s:e]}]]{text[e:e + 40]}"
                          .replace("\n", " "))
            if all(shown[x] >= limit for x in forms):
                break


if __name__ == "__main__":
    main(sys.argv[1:])
