"""Events of `rasd extract` matched to a gold annotation as ../shared/eval/score.py matches them, for the development
aids (event_diff.py, type_confusion.py, date_errors.py): one copy of the scorer's event-matching rule."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402


def with_gold(articles, gold_dir):
    """Each article that has a gold annotation in `gold_dir`, with that annotation."""
    for a in articles:
        path = os.path.join(gold_dir, a["id"] + ".json")
        if os.path.exists(path):
            yield a, json.load(open(path, encoding="utf-8"))


def match_events(text, gold_events, pevs):
    """Required gold events first, each takes the first unmatched prediction of its type whose trigger starts in the
    sentence(s) of its evidence, preferring one whose trigger lies inside the evidence. A list of
    (gold index, gold event, (sentence start, sentence end), evidence span, prediction index or None), in that order;
    gold events whose evidence is not in the text are left out."""
    taken, rows = set(), []
    for gi, ge in sorted(enumerate(gold_events), key=lambda x: bool(x[1].get("optional"))):
        span = score.locate(text, ge.get("evidence"))
        if not span:
            continue
        ss, _ = score.sentence_span(text, span[0])
        _, se = score.sentence_span(text, max(span[1] - 1, span[0]))
        best = None
        for i, pe in enumerate(pevs):
            if i in taken or pe["type"] != ge["type"]:
                continue
            ts = pe["trigger"]["start"]
            if ss <= ts < se:
                best = i
                if span[0] <= ts < span[1]:
                    break
        if best is not None:
            taken.add(best)
        rows.append((gi, ge, (ss, se), span, best))
    return rows
