#!/usr/bin/env python3
"""Miner and checker for the event lexicon in data/events/ (the lexicon itself is written and reviewed by hand).

Usage:
  python3 tools/build_lexicon.py check [SHARED]          validate data/events/*.tsv; exit 1 on an error
  python3 tools/build_lexicon.py mine [SHARED] [OUT]     PETRARCH Arabic verb candidates not yet in triggers.tsv
SHARED defaults to ../shared relative to the repository root; OUT defaults to target/lexicon-candidates.tsv.

check: column counts; PLOVER types; modes allowed for the type (GUIDE.md lists for ASSAULT/COERCE/CONSULT, the
PLOVER manual's tables for the others); CAMEO codes present in cameo-event-codes.tsv; strength strong/weak; the
same folded form in two trigger lines (an error when type or strength differ); not-trigger phrases that equal a
trigger form; status and speech columns. It also lists, as notes, entries whose type differs from
CAMEO2PLOVER-2021 for their code (allowed: GUIDE.md conventions win, but each should say why in its note).

mine: reads CAMEO.ar.0.5.txt (verb blocks `--- LEMMA [CODE] ---`, synonym lines, `- * object [CODE]` patterns),
maps codes to PLOVER with CAMEO2PLOVER-2021.txt and writes one candidate a line: lemma, PLOVER types with counts,
CAMEO codes, an example pattern. Entries are lemmatized (no conjugations) and noisy: a person reviews them and
writes the right forms into triggers.tsv; the miner never writes data/.
"""
import collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_check import DATA, ROOT, TYPES, expand_form, form_key, key, read_tsv  # noqa: E402

MODES = {
    "ASSAULT": "abduct beat torture sexual targeted destroy primitive firearms explosives suicide-attack aerial drone "
               "heavy-weapons crowd-control unconventional",
    "COERCE": "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber",
    "CONSULT": "phone visit third-party multilateral",
    "RETREAT": "withdraw release disarm ceasefire access resign",
    "REQUEST": "assist change yield meet",
    "REJECT": "assist change yield meet",
    "ACCUSE": "disapprove investigate allege",
    "THREATEN": "restrict arrest relations expel territory violence",
    "PROTEST": "demo riot strike hunger boycott obstruct vandalize",
    "SANCTION": "convict expel withdraw discontinue",
    "MOBILIZE": "troops weapons police militia",
}
MODES = {k: set(v.split()) for k, v in MODES.items()}
FUNCTION_WORDS = {"على", "إلى", "الى", "عن", "من", "في", "مع", "ضد", "بين", "أمام", "امام", "حول", "هوو", "نحو"}
STATUSES = {"claimed", "denied", "planned", "negated", "hypothetical"}
SCOPE = re.compile(r"^(prefix|governs-clause|before:\d+|after:\d+)$")


def load_cameo(shared):
    codes = {}
    for line in open(os.path.join(shared, "data", "ontology", "cameo-event-codes.tsv"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if c and c[0].isdigit():
            codes[c[0]] = c[1] if len(c) > 1 else ""
    return codes


def load_c2p(shared):
    m = {}
    for line in open(os.path.join(shared, "data", "ontology", "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
        g = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if g:
            m.setdefault(g.group(1), g.group(2))
    return m


def plover_of(code, c2p):
    while code:
        if code in c2p:
            return c2p[code]
        code = code[:-1]
    return None


def check(shared):
    errors, notes = [], []
    cameo, c2p = load_cameo(shared), load_c2p(shared)
    seen = {}
    for ln, cols in read_tsv(os.path.join(DATA, "triggers.tsv")):
        where = f"triggers.tsv:{ln}"
        if len(cols) < 5:
            errors.append(f"{where}: {len(cols)} columns, want 5 or 6")
            continue
        forms, typ, mode, code, strength = cols[:5]
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ}")
        if mode != "-" and mode not in MODES.get(typ, set()):
            errors.append(f"{where}: mode {mode} not allowed for {typ}")
        if code not in cameo:
            errors.append(f"{where}: CAMEO code {code} not in cameo-event-codes.tsv")
        if strength not in ("strong", "weak"):
            errors.append(f"{where}: strength {strength}")
        p = plover_of(code, c2p)
        if p and p != typ:
            notes.append(f"{where}: {typ} with CAMEO {code} (CAMEO2PLOVER: {p})"
                         + ("" if len(cols) > 5 and cols[5].strip() else "  <- no note"))
        for f in forms.split(","):
            f = f.strip()
            if not f:
                errors.append(f"{where}: empty form")
                continue
            if f != f.strip() or "  " in f:
                errors.append(f"{where}: stray spaces in {f!r}")
            try:
                generated = expand_form(f)
            except ValueError as e:
                errors.append(f"{where}: {e}")
                continue
            for g in generated:
                k = form_key(g)
                if k in seen:
                    pl, ptyp, pstr = seen[k]
                    if pl == ln:
                        continue
                    if (ptyp, pstr) != (typ, strength):
                        errors.append(f"{where}: {g} also at line {pl} as {ptyp}/{pstr} (here {typ}/{strength})")
                    else:
                        notes.append(f"{where}: {g} repeats line {pl}")
                else:
                    seen[k] = (ln, typ, strength)
    for ln, cols in read_tsv(os.path.join(DATA, "not_triggers.tsv")):
        k = form_key(cols[0])
        if len(cols) < 2:
            errors.append(f"not_triggers.tsv:{ln}: no note")
        if k in seen:
            errors.append(f"not_triggers.tsv:{ln}: {cols[0]} is also a trigger (triggers.tsv:{seen[k][0]})")
    cues = set()
    for ln, cols in read_tsv(os.path.join(DATA, "status.tsv")):
        if len(cols) < 3:
            errors.append(f"status.tsv:{ln}: {len(cols)} columns")
            continue
        if cols[1] not in STATUSES:
            errors.append(f"status.tsv:{ln}: status {cols[1]}")
        if not SCOPE.match(cols[2].removeprefix("rule-only:")):
            errors.append(f"status.tsv:{ln}: scope {cols[2]}")
        if (cols[0], cols[1]) in cues:
            errors.append(f"status.tsv:{ln}: duplicate cue {cols[0]}")
        cues.add((cols[0], cols[1]))
    forms = set()
    for ln, cols in read_tsv(os.path.join(DATA, "speech.tsv")):
        if len(cols) < 3:
            errors.append(f"speech.tsv:{ln}: {len(cols)} columns")
            continue
        if cols[1] not in ("verb", "participle", "attribution", "noun"):
            errors.append(f"speech.tsv:{ln}: kind {cols[1]}")
        if cols[2] not in ("that", "colon", "both", "np"):
            errors.append(f"speech.tsv:{ln}: introduces {cols[2]}")
        if key(cols[0]) in forms:
            errors.append(f"speech.tsv:{ln}: duplicate {cols[0]}")
        forms.add(key(cols[0]))
    by_type = collections.Counter()
    for ln, cols in read_tsv(os.path.join(DATA, "triggers.tsv")):
        if len(cols) >= 5:
            by_type[(cols[1], cols[4])] += len([f for f in cols[0].split(",") if f.strip()])
    print("forms per type (strong/weak):")
    for t in TYPES:
        print(f"  {t:10s} {by_type[(t, 'strong')]:4d} {by_type[(t, 'weak')]:4d}")
        if not by_type[(t, "strong")] + by_type[(t, "weak")]:
            errors.append(f"no entry for {t}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


def mine(shared, out):
    path = os.path.join(shared, "data", "dictionaries", "petrarch-ar", "CAMEO.ar.0.5.txt")
    c2p = load_c2p(shared)
    known = set()
    for _, cols in read_tsv(os.path.join(DATA, "triggers.tsv")):
        for f in cols[0].split(","):
            for g in expand_form(f.strip()) if f.strip() else []:
                known.update(form_key(g))
    cand = collections.defaultdict(lambda: {"types": collections.Counter(), "codes": collections.Counter(), "ex": ""})
    lemmas, in_verbs = [], False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([\d-]+)\]\s+---", line)
        if m:
            lemmas = [m.group(1).split("+")[0]]
            if m.group(2).isdigit():
                p = plover_of(m.group(2), c2p)
                if p:
                    cand[lemmas[0]]["types"][p] += 1
                    cand[lemmas[0]]["codes"][m.group(2)] += 1
            continue
        m = re.match(r"^-\s*\*?\s*(.*?)\s*\[(\d+)\]\s*(#\s*(.*))?$", line)
        if m:
            p = plover_of(m.group(2), c2p)
            syn = [s.split("+")[0].replace("_", " ") for s in (m.group(4) or "").split(",") if s.strip()]
            for lem in set(lemmas + syn):
                if p:
                    cand[lem]["types"][p] += 1
                    cand[lem]["codes"][m.group(2)] += 1
                    cand[lem]["ex"] = cand[lem]["ex"] or m.group(1)
            # the object noun of a pattern ("- * هجوم [190]") is often the better trigger (a verbal noun)
            obj = re.sub(r"[(){}]|&\w+", " ", m.group(1)).split()
            obj = [w for w in obj if re.match(r"^[\u0621-\u064A]{3,}$", w) and w not in FUNCTION_WORDS]
            if p and obj:
                o = "obj:" + " ".join(obj[:2])
                cand[o]["types"][p] += 1
                cand[o]["codes"][m.group(2)] += 1
                cand[o]["ex"] = cand[o]["ex"] or (lemmas[0] if lemmas else "")
            continue
        m = re.match(r"^(\S[^#\[]*?)\s*(\[[^\]]*\])?\s*#", line)
        if m and not line.startswith("-"):
            lemmas.append(m.group(1).split("+")[0].replace("_", " ").strip())
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rows = []
    for lem, c in cand.items():
        lem = lem.strip()
        if not lem or any(w in known for w in form_key(lem.replace("obj:", ""))):
            continue
        rows.append((sum(c["types"].values()), lem, c))
    rows.sort(key=lambda r: (-r[0], r[1]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# lemma\tplover_types\tcameo_codes\texample_object (PETRARCH pattern)\n")
        for n, lem, c in rows:
            f.write(f"{lem}\t{' '.join(f'{t}:{k}' for t, k in c['types'].most_common())}\t"
                    f"{' '.join(c['codes'])}\t{c['ex']}\n")
    print(f"{len(rows)} candidates not yet in triggers.tsv -> {out}")
    return 0


def main(argv):
    if not argv or argv[0] not in ("check", "mine"):
        print(__doc__)
        return 2
    shared = argv[1] if len(argv) > 1 else os.path.join(ROOT, "..", "shared")
    if argv[0] == "check":
        return check(shared)
    return mine(shared, argv[2] if len(argv) > 2 else os.path.join(ROOT, "target", "lexicon-candidates.tsv"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
