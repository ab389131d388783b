#!/usr/bin/env python3
"""Development aid: on matched events of a gold split, classify actor/recipient COUNTRY errors.
Usage: python3 tools/recip_country_errors.py ARTICLES GOLD_DIR [--bin PATH] [--side recipient|actor] [--show CAT] [--n N]
For each matched (non-optional) event where our country differs from the gold's (gold null included), a category:
  null>X   ours null, gold X;  X>null  ours X, gold null;  X>Y  ours X, gold Y
with what Y (gold) is relative to the context: act = our actor's country (or for --side actor: our recipient's),
venue = our location's country, sent = a country an entity of the sentence has, sentmost = the sentence's most named,
report = the report's most named, phrase = named by an entity inside our mention, none of these = other.
And whether our mention is the gold one (same/overlap/diff/none), to keep mention-choice errors apart."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import gold_match  # noqa: E402
import score  # noqa: E402  (gold_match put ../shared/eval on the path)

args = sys.argv[1:]
opt = lambda k, d=None: args[args.index(k) + 1] if k in args else d
binary, side = opt("--bin", "./target/release/rasd"), opt("--side", "recipient")
show, nshow = opt("--show"), int(opt("--n", "40"))
other = "actor" if side == "recipient" else "recipient"
arts = score.load_articles(args[0])
out, *_ = score.run_extract(binary, [score.as_input(a) for a in arts])
cats, ex = collections.Counter(), collections.defaultdict(list)
right = total = 0
for a, g in gold_match.with_gold(arts, args[1]):
    text, d = a["text"], out[a["id"]]
    pevs = d.get("events") or []
    ents = [e for e in d.get("entities") or [] if e.get("country")]
    rep = collections.Counter(e["country"] for e in ents)
    for _, ge, (ss, se), span, best in gold_match.match_events(text, g["events"], pevs):
        if best is None or ge.get("optional"):
            continue
        pe = pevs[best]
        gp, pp, po = ge.get(side) or {}, pe.get(side) or {}, pe.get(other) or {}
        gc, pc = gp.get("country"), pp.get("country")
        if gc:
            total += 1
            right += gc == pc
        if gc == pc:
            continue
        sent = [e for e in ents if ss <= e["start"] < se]
        sc = collections.Counter(e["country"] for e in sent)
        gt, pt = gp.get("text"), pp.get("text")
        if pt is None:
            m = "none" if gt else "none/gnone"
        elif gt and (gt == pt or gt in pt or pt in gt):
            m = "same"
        elif gt and set(gt.split()) & set(pt.split()):
            m = "overlap"
        else:
            m = "diff" if gt else "diff/gnone"
        if not gc:
            cat = f"X>null"
        else:
            rel = []
            if gc == po.get("country"): rel.append("act")
            if gc == (pe.get("location") or {}).get("country"): rel.append("venue")
            if pp.get("start") is not None and any(pp["start"] <= e["start"] < pp["end"] and e["country"] == gc for e in sent):
                rel.append("phrase")
            if sc and sc.most_common(1)[0][1] == sc[gc]: rel.append("sentmost")
            elif gc in sc: rel.append("sent")
            if rep and rep.most_common(1)[0][1] == rep[gc]: rel.append("report")
            cat = ("null>X" if not pc else "X>Y") + ":" + ("+".join(rel) or "other")
        cf = pp.get("country_from")
        key = f"{cat} m={m}" + (f" from={cf}" if cf else "")
        cats[key] += 1
        ex[key].append(f"{a['id']} [{ge['trigger']}] {ge['type']} ours {pt}/{pc}/{cf} {other}={po.get('text')}/{po.get('country')} "
                       f"loc={(pe.get('location') or {}).get('country')} | gold {gt}/{gc} | sent {dict(sc)} :: {text[ss:se][:200]}")
print(f"{side} country right {right}/{total} = {right / max(total, 1):.3f}")
coarse = collections.Counter()
for k, v in cats.items():
    coarse[k.split(":")[0].split(" ")[0] + " " + k.split(" ")[1]] += v
for k, v in coarse.most_common():
    print(f"{v:5} {k}")
print("--")
for k, v in cats.most_common():
    print(f"{v:5} {k}")
if show:
    for k in cats:
        if k.startswith(show):
            print("==", k)
            for e in ex[k][:nshow]:
                print("  ", e)
