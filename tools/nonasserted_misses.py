#!/usr/bin/env python3
"""Development aid: where the non-asserted (planned, claimed, denied, negated, hypothetical) required gold events are
lost, by status: found at the gold trigger, found elsewhere in the sentence, a drop of their type at the trigger
(by stage) or in the sentence, an event or a drop of another type at the trigger, coded but matched to another gold
event, or no lexicon hit at all (nolex). --all counts asserted events too; --list CAT prints the events of a
category (a prefix: nolex, drop:, wrongtype ...) with their sentence.
Usage: python3 tools/nonasserted_misses.py ARTICLES GOLD_DIR BIN [--list CAT] [--all]"""
import collections, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__)); sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score, gold_match
args = sys.argv[1:]
arts = score.load_articles(args[0]); gold_dir = args[1]; binary = args[2]
show = args[args.index("--list") + 1] if "--list" in args else None
allst = "--all" in args
inp = "".join(json.dumps(score.as_input(a), ensure_ascii=False) + "\n" for a in arts)
p = subprocess.run([binary, "extract"], input=inp.encode(), capture_output=True, env={**os.environ, "RASD_TRACE": "drops"})
if p.returncode != 0:
    tail = "\n".join(p.stderr.decode(errors="replace").splitlines()[-20:])
    sys.exit(f"{binary} extract failed (exit {p.returncode}):\n{tail}")
out = {json.loads(l)["id"]: json.loads(l) for l in p.stdout.decode().splitlines()}
drops = collections.defaultdict(list)
for line in p.stderr.decode().splitlines():
    if line.startswith("RASD_DROP\t"):
        _, i, s, e, t, stage = line.split("\t"); drops[i].append((int(s), int(e), t, stage))
tot = collections.Counter(); cat = collections.Counter(); bystat = collections.defaultdict(collections.Counter)
for a, g in gold_match.with_gold(arts, gold_dir):
    text = a["text"]; pevs = out.get(a["id"], {}).get("events") or []; ds = drops.get(a["id"], [])
    for _, ge, (ss, se), span, best in gold_match.match_events(text, g["events"], pevs):
        if ge.get("optional"): continue
        st = ge["status"]
        if st == "asserted" and not allst: continue
        tot[st] += 1
        tr = ge.get("trigger") or ""
        k = text.find(tr, span[0], span[1]) if tr else -1
        tspan = (k, k + len(tr)) if k >= 0 else None
        ov = lambda s, e: tspan and s < tspan[1] and tspan[0] < e
        if best is not None:
            pe = pevs[best]
            c = "found@trigger" if ov(pe["trigger"]["start"], pe["trigger"]["end"]) else "found-elsewhere"
        else:
            at = [pe for pe in pevs if ov(pe["trigger"]["start"], pe["trigger"]["end"])]
            same_drop = [d for d in ds if d[2] == ge["type"] and ov(d[0], d[1])]
            other_drop = [d for d in ds if ov(d[0], d[1])]
            sent_drop = [d for d in ds if d[2] == ge["type"] and ss <= d[0] < se]
            if tspan is None: c = "no-trigger-in-evidence"
            elif any(pe["type"] == ge["type"] for pe in at): c = "coded-other-gold"
            elif same_drop: c = "drop:" + same_drop[0][3]
            elif at: c = "wrongtype:" + at[0]["type"]
            elif other_drop: c = "dropother:" + other_drop[0][3] + ":" + other_drop[0][2]
            elif sent_drop: c = "dropsent:" + sent_drop[0][3]
            else: c = "nolex"
        cat[c] += 1; bystat[st][c.split(":")[0]] += 1
        if show and (c.startswith(show)):
            s0, s1 = score.sentence_span(text, span[0])
            print(f"{c:30} {st:9} {ge['type']:9} [{tr}] {text[s0:s1].strip()[:200]}")
print(tot, sum(tot.values()))
for c, n in cat.most_common(): print(f"{c:45} {n}")
for st, cc in bystat.items(): print(st, dict(cc.most_common()))
