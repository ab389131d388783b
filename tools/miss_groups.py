#!/usr/bin/env python3
"""Development aid: group the train misses with no trigger at all (`tools/drop_trace.py ... --list none` output) by
what the lexicon holds for the gold trigger's first word: A a single-word entry of the gold type (the word was read,
so something else lost it), B only the first word of longer frames of the gold type (a frame that did not fit: gap
too long, apposition commas, object pronoun), C a word sharing a loose root (affixes off) with an entry of the gold
type (a candidate missing inflection: check by hand, the root match is loose), D/E the same for entries of other
types only, F nothing related (a missing lemma). Prints the counts, then the rows of the groups named in LETTERS.
Usage: python3 tools/drop_trace.py ARTICLES GOLD --bin BIN --list none > NONE; python3 tools/miss_groups.py NONE [LETTERS]"""
import collections, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_check import key, candidates, expand_form, read_tsv, strip_article
PRE=["", "ي","ت","ن","ا","م","است","مست","ان","ات","مت"]
SUF=sorted(["ون","ين","وا","تا","تم","ان","ات","تان","تين","ت","ه","ن","ي","و","ا","تما","تن","يه","ية"], key=len, reverse=True)
def core(w):
    out=set()
    for p in PRE:
        if p and not w.startswith(p): continue
        r=w[len(p):]
        for s in [""]+SUF:
            if s and not r.endswith(s): continue
            c=r[:len(r)-len(s)] if s else r
            if len(c)>=3: out.add(c)
    return out
single=collections.defaultdict(set); first=collections.defaultdict(set); cores=collections.defaultdict(set); lt={}
for ln, cols in read_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "events", "triggers.tsv")):
    typ=cols[1]; lt[ln]=(typ,cols[0][:50])
    for f in cols[0].split(","):
        f=f.strip()
        if not f: continue
        for g in expand_form(f):
            ws=[strip_article(w) for w in key(g).split() if w!="…"]
            (single if len(ws)==1 else first)[ws[0]].add(ln)
            for c in core(ws[0]): cores[c].add(ln)
cnt=collections.Counter(); rows=collections.defaultdict(list)
for l in open(sys.argv[1]):
    m=re.match(r"NONE no trigger found\s+(\S+)\s+\[([^\]]*)\] (.*)", l)
    if not m: continue
    typ,tr,sent=m.groups()
    ws=key(tr).split()
    if not ws: continue
    cands=[c for c,_,_ in candidates(ws[0], tr.split()[0].endswith("ة"))]
    same=lambda lns: [x for x in lns if lt[x][0]==typ]
    s1=[x for c in cands for x in single.get(c,())]
    f1=[x for c in cands for x in first.get(c,())]
    cl=set()
    for c in cands:
        for cc in core(c): cl|=cores.get(cc,set())
    if same(s1): g="A listed-single-sametype(?)"
    elif same(f1): g="B frame-only-sametype"
    elif same(cl): g="C inflection-sametype"
    elif s1 or f1: g="D listed-other-type"
    elif cl: g="E related-other-type"
    else: g="F lemma-missing"
    who=sorted(set(same(s1) or same(f1) or same(cl) or s1 or f1 or cl))[:2]
    cnt[g]+=1; rows[g].append(f"{typ:9} [{tr}] {[lt[w] for w in who]} :: {sent[:100]}")
for g in sorted(cnt): print(g,cnt[g])
for g in sorted(rows):
    if len(sys.argv) > 2 and g[0] in sys.argv[2]:
        print("=====",g)
        for r in sorted(rows[g]): print(r)
