"""Shared by tools/date_errors.py and tools/date_error_kinds.py: their arguments (ARTICLES GOLD_DIR [--bin PATH |
--out EXTRACT.jsonl] [-v]), the articles and rasd's output for them, and ISO day parsing."""
import datetime, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402


def load(argv):
    """(articles by id, gold directory, verbose, rasd's records by id) from the command line `argv`."""
    opt = lambda n: argv[argv.index(n) + 1] if n in argv else None
    arts = {a["id"]: a for a in score.load_articles(argv[0])}
    if opt("--out"):
        out = {json.loads(l)["id"]: json.loads(l) for l in open(opt("--out"), encoding="utf-8")}
    else:
        out, *_ = score.run_extract(opt("--bin") or "./target/release/rasd", [score.as_input(a) for a in arts.values()])
    return arts, argv[1], "-v" in argv, out


def day(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
