#!/usr/bin/env python3
"""Development aid: which coder stage dropped the triggers that would have found missed gold events.
Runs `rasd extract` with RASD_TRACE=drops (every trigger the coder found and left out, with the stage that left it
out: a veto of code_events, a merge of a sentence's events, the occurrence filter, the sense choice ...), matches
the output to the gold as ../shared/eval/score.py does, and gives each missed required gold event the first
unused dropped trigger of its type in its sentence(s), preferring one on the gold trigger, then one inside the
evidence. Counts per stage: gold events lost (at the trigger / elsewhere in the evidence / elsewhere in the
sentence) and the stage's other drops (false alarms it removed, or repeats of events found).
A miss with no dropped trigger of its type is told apart by what stands at its gold trigger: an event of its type
matched to another gold event of the sentence, an event of another type, a trigger dropped as another type, or no
trigger at all (the lexicon does not know the word there, or a frame of it does not fit: every coder stage that
drops a trigger names itself, so such a miss is a lexicon gap, not a silent drop). --list none lists them.
Usage: python3 tools/drop_trace.py ARTICLES GOLD_DIR [--bin PATH] [--list STAGE|none]"""
import collections, json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402
import gold_match  # noqa: E402

args = sys.argv[1:]
arts = score.load_articles(args[0])
gold_dir = args[1]
binary = args[args.index("--bin") + 1] if "--bin" in args else "./target/release/rasd"
show = args[args.index("--list") + 1] if "--list" in args else None
inp = "".join(json.dumps(score.as_input(a), ensure_ascii=False) + "\n" for a in arts)
p = subprocess.run([binary, "extract"], input=inp.encode(), capture_output=True, env={**os.environ, "RASD_TRACE": "drops"})
out = {}
for line in p.stdout.decode().splitlines():
    d = json.loads(line)
    out[d["id"]] = d
drops = collections.defaultdict(list)
for line in p.stderr.decode().splitlines():
    if line.startswith("RASD_DROP\t"):
        _, i, s, e, t, stage = line.split("\t")
        drops[i].append((int(s), int(e), t, stage))

lost = collections.Counter()  # (stage, where)
other = collections.Counter()
nothing = collections.Counter()  # why no dropped trigger of its type
missed = 0
for a, g in gold_match.with_gold(arts, gold_dir):
    text = a["text"]
    pevs = out.get(a["id"], {}).get("events") or []
    ds = drops.get(a["id"], [])
    used = set()
    for _, ge, (ss, se), span, best in gold_match.match_events(text, g["events"], pevs):
        if best is not None or ge.get("optional"):
            continue
        missed += 1
        tr = ge.get("trigger") or ""
        k = text.find(tr, span[0], span[1]) if tr else -1
        tspan = (k, k + len(tr)) if k >= 0 else None

        def rank(d):
            if tspan and d[0] < tspan[1] and tspan[0] < d[1]:
                return 0
            return 1 if span[0] <= d[0] < span[1] else 2
        cands = [(rank(d), j) for j, d in enumerate(ds) if j not in used and d[2] == ge["type"] and ss <= d[0] < se]
        if not cands:
            # No drop of its type: say what stands at the gold trigger instead.
            at = [pe for pe in pevs if tspan and pe["trigger"]["start"] < tspan[1] and tspan[0] < pe["trigger"]["end"]]
            other_drop = [d for d in ds if tspan and d[0] < tspan[1] and tspan[0] < d[1]]
            if any(pe["type"] == ge["type"] for pe in at):
                why = "coded, matched to another gold event"
            elif at:
                why = "coded as another type"
            elif other_drop:
                why = f"dropped as another type ({other_drop[0][3]})"
            else:
                why = "no trigger found"
            nothing[why.split(" (")[0]] += 1
            lost[("-", "none")] += 1
            if show == "none":
                s0, s1 = score.sentence_span(text, span[0])
                print(f"NONE {why:40} {ge['type']:9} [{tr}] {text[s0:s1].strip()[:140]}")
            continue
        r, j = min(cands)
        used.add(j)
        where = ("trigger", "evidence", "sentence")[r]
        lost[(ds[j][3], where)] += 1
        if show and ds[j][3] == show:
            s0, s1 = score.sentence_span(text, ds[j][0])
            print(f"LOST {where:8} {ge['type']:9} [{text[ds[j][0]:ds[j][1]]}] {text[s0:s1].strip()[:160]}")
    for j, d in enumerate(ds):
        if j not in used:
            other[d[3]] += 1
            if show and d[3] == show and "--fp" in args:
                s0, s1 = score.sentence_span(text, d[0])
                print(f"DROP {d[2]:9} [{text[d[0]:d[1]]}] {text[s0:s1].strip()[:160]}")

stages = sorted({s for s, _ in lost} | set(other), key=lambda s: (-sum(v for (x, _), v in lost.items() if x == s), -other[s], s))
print(f"{missed} missed required gold events; by the stage that dropped a trigger of their type in their sentence(s):")
print(f"{'stage':28} {'trigger':>8} {'evidence':>8} {'sentence':>8} {'other drops':>11}")
for s in stages:
    if s == "-":
        continue
    print(f"{s:28} {lost[(s, 'trigger')]:8} {lost[(s, 'evidence')]:8} {lost[(s, 'sentence')]:8} {other[s]:11}")
print(f"{'no dropped trigger':28} {lost[('-', 'none')]:8}")
for why, n in nothing.most_common():
    print(f"  {why:40} {n:6}")
