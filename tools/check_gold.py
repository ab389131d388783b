#!/usr/bin/env python3
"""Validate annotation files against the article text and the annotation guide (eval/news/GUIDE.md).

Usage: python3 tools/check_gold.py ARTICLES.jsonl FILE_OR_DIR [...]

Checks, for every <id>.json: it parses; its id is an article of ARTICLES and `published` equals the article's;
every quoted field (entity text, event evidence/trigger/actor/recipient/location text, quote speaker/evidence)
is a verbatim substring of the article's text; the trigger lies inside the evidence; types, modes, statuses,
roles and country codes have the guide's forms; dates are YYYY, YYYY-MM or YYYY-MM-DD. Prints `file: problem`
per error and exits 1 if there was any. It never runs rasd: annotators may use it freely.
"""
import json
import os
import re
import sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"asserted", "claimed", "denied", "planned", "negated", "hypothetical"}
ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "UAF", "SPY", "IGO", "NGO", "MED", "BUS", "CVL",
         "REF", "REL", "EDU", "HLH", "LAB"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_articles(path):
    arts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                arts[a["id"]] = a
    return arts


def check(path, arts):
    errs = []
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # a broken file is one error, the rest goes on
        return [f"not valid JSON: {e}"]
    a = arts.get(g.get("id"))
    if a is None:
        return [f"id {g.get('id')!r} is no article of the articles file"]
    if os.path.basename(path) != g["id"] + ".json":
        errs.append("file name is not <id>.json")
    text = a["text"]
    if g.get("published") != (a.get("published") or "")[:10]:
        errs.append(f"published {g.get('published')!r} != article's {a.get('published')!r}")

    def verbatim(where, s, required=False):
        if s is None:
            if required:
                errs.append(f"{where}: missing")
            return
        if not isinstance(s, str) or not s:
            errs.append(f"{where}: not a non-empty string")
        elif s not in text:
            errs.append(f"{where}: not verbatim in the text: {s!r}")

    def code(where, v, allowed):
        if v is not None and v not in allowed:
            errs.append(f"{where}: {v!r} not one of the guide's codes")

    def country(where, v):
        if v is not None and not (isinstance(v, str) and ISO3.match(v)):
            errs.append(f"{where}: country {v!r} is not ISO3 or null")

    for i, e in enumerate(g.get("entities", [])):
        w = f"entities[{i}]"
        verbatim(w + ".text", e.get("text"), True)
        code(w + ".type", e.get("type"), ENTITY_TYPES)
        country(w, e.get("country"))
    for i, e in enumerate(g.get("events", [])):
        w = f"events[{i}]"
        verbatim(w + ".evidence", e.get("evidence"), True)
        verbatim(w + ".trigger", e.get("trigger"), True)
        ev, tr = e.get("evidence") or "", e.get("trigger") or ""
        if tr and ev and tr not in ev:
            errs.append(f"{w}: trigger {tr!r} not inside its evidence")
        if e.get("type") not in TYPES:
            errs.append(f"{w}.type: {e.get('type')!r} is no PLOVER type")
        if e.get("status") not in STATUSES:
            errs.append(f"{w}.status: {e.get('status')!r} is no status")
        for part in ("actor", "recipient"):
            p = e.get(part)
            if p is None:
                continue
            if not isinstance(p, dict):
                errs.append(f"{w}.{part}: not an object or null")
                continue
            verbatim(f"{w}.{part}.text", p.get("text"))
            country(f"{w}.{part}", p.get("country"))
            code(f"{w}.{part}.role", p.get("role"), ROLES)
        loc = e.get("location")
        if isinstance(loc, dict):
            verbatim(f"{w}.location.text", loc.get("text"))
            country(f"{w}.location", loc.get("country"))
        d = e.get("date")
        if d is not None and not (isinstance(d, str) and DATE.match(d)):
            errs.append(f"{w}.date: {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        for n in ("fatalities", "injuries"):
            v = e.get(n)
            if v is not None and not (isinstance(v, int) and v >= 0):
                errs.append(f"{w}.{n}: {v!r} is not a whole number or null")
    for i, q in enumerate(g.get("quotes", [])):
        w = f"quotes[{i}]"
        verbatim(w + ".speaker", q.get("speaker"))
        verbatim(w + ".evidence", q.get("evidence"), True)
    return errs


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    arts = load_articles(argv[1])
    files = []
    for p in argv[2:]:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".json"))
        else:
            files.append(p)
    bad = 0
    for f in files:
        for e in check(f, arts):
            print(f"{f}: {e}")
            bad += 1
    print(f"{len(files)} files, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
