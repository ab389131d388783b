#!/usr/bin/env python3
"""Print the seed report's entities and events as `rasd extract` gives them, as Markdown tables (for the README).
Usage: python3 tools/seed_table.py [--bin PATH]"""
import json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else os.path.join(root, "target", "release", "rasd")
d = json.loads(subprocess.run([binary, "extract", "--published", "2023-09-21", os.path.join(root, "examples", "karabakh.txt")],
                              capture_output=True, check=True).stdout)


def who(p):
    if not p:
        return ""
    return f"{p['text']} ({p.get('country') or '-'}/{p.get('role') or '-'})"


print("| # | type | trigger | status | actor | recipient | place | date | dead |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for e in d["events"]:
    loc = (e.get("location") or {}).get("name") or ""
    dead = (e.get("fatalities") or {}).get("text") or ""
    print(f"| {e['sentence']} | {e['type']} | {e['trigger']['text']} | {e['status']} | {who(e.get('actor'))} | "
          f"{who(e.get('recipient'))} | {loc} | {(e.get('date') or {}).get('value') or ''} | {dead} |")
print()
print("| entity | type | name | country | role | geo |")
print("| --- | --- | --- | --- | --- | --- |")
seen = set()
for e in d["entities"]:
    k = (e["text"], e["type"])
    if k in seen:
        continue
    seen.add(k)
    g = e.get("geo")
    geo = f"{g['name']} {g['lat']:.2f},{g['lon']:.2f}" if g else ""
    print(f"| {e['text']} | {e['type']} | {e.get('name') or ''} | {e.get('country') or ''} | {e.get('role') or ''} | {geo} |")
