#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Works on Stamp's translation files (Qt Linguist .ts) without Linguist.

  ts-tool.py export stamp_de.ts OUT.json     unfinished texts, one entry per
                                             distinct source text, for a translator
  ts-tool.py apply stamp_de.ts SOURCE.json TRANSLATED.json
                                             fills the texts of SOURCE.json (as
                                             exported) with TRANSLATED.json
                                             ({"id": "text" | ["one", "other"]})
  ts-tool.py adopt stamp_de.ts OTHER.ts       fills unfinished texts with the finished
                                             translations of the same English text in
                                             OTHER.ts (e.g. another branch's copy)
  ts-tool.py check stamp_de.ts ...           fails (exit 1) on unfinished or
                                             obsolete entries, empty forms, and
                                             translations whose placeholders, HTML
                                             tags or accelerators differ from the
                                             English text

Linguist remains the comfortable way for a person; this is for batches and
for the test that keeps every language complete.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ENTITY = re.compile(r"&(amp|lt|gt|quot|nbsp|#\d+);")


def accelerators(text):
    """Counts single '&' marks (keyboard accelerators), not '&&' or entities."""
    text = ENTITY.sub("", text).replace("&&", "")
    return text.count("&")


def key(message):
    comment = message.find("comment")
    return (message.find("source").text or "", comment.text if comment is not None else None)


def write(tree, path):
    # The same shape lupdate writes, so its next run changes nothing.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def export(ts_path, out_path):
    tree = ET.parse(ts_path)
    items, seen = [], {}
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            if message.find("translation").get("type") != "unfinished":
                continue
            k = key(message)
            if k in seen:
                items[seen[k]]["contexts"].append(name)
                continue
            seen[k] = len(items)
            item = {"id": len(items), "source": k[0], "contexts": [name]}
            if k[1]:
                item["comment"] = k[1]
            note = message.find("extracomment")
            if note is not None:
                item["note"] = note.text
            if message.get("numerus") == "yes":
                item["numerus"] = True
            items.append(item)
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(items, out, ensure_ascii=False, indent=1)
    print(f"{len(items)} texts to translate written to {out_path}")


def apply(ts_path, source_path, translated_path):
    with open(source_path, encoding="utf-8") as f:
        sources = json.load(f)
    with open(translated_path, encoding="utf-8") as f:
        translated = json.load(f)
    by_key = {}
    for item in sources:
        value = translated.get(str(item["id"]))
        if value:
            by_key[(item["source"], item.get("comment"))] = value
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        value = by_key.get(key(message))
        translation = message.find("translation")
        if value is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
        del translation.attrib["type"]
        filled += 1
    write(tree, ts_path)
    print(f"{ts_path}: {filled} messages filled")


def adopt(ts_path, other_path):
    known = {}
    for message in ET.parse(other_path).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            known[key(message)] = [f.text or "" for f in translation.findall("numerusform")]
        else:
            known[key(message)] = translation.text or ""
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        value = known.get(key(message))
        if translation.get("type") != "unfinished" or not value:
            continue
        if isinstance(value, list):
            for child in list(translation):
                translation.remove(child)
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    write(tree, ts_path)
    print(f"{ts_path}: {filled} messages adopted from {other_path}")


def problems_of(ts_path):
    tree = ET.parse(ts_path)
    found = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            kind = translation.get("type")
            where = f"{name}: {source[:70]!r}"
            if kind in ("unfinished", "obsolete", "vanished"):
                found.append(f"{kind}: {where}")
                continue
            forms = ([f.text or "" for f in translation.findall("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            for form in forms:
                if not form.strip():
                    found.append(f"empty translation: {where}")
                    continue
                expected = Counter(PLACEHOLDER.findall(source))
                if message.get("numerus") == "yes":
                    # A singular form may say "one" instead of %n.
                    expected.pop("%n", None)
                got = Counter(PLACEHOLDER.findall(form))
                if message.get("numerus") == "yes":
                    got.pop("%n", None)
                if expected != got:
                    found.append(f"placeholders {sorted(got.elements())} instead of "
                                 f"{sorted(expected.elements())}: {where}")
                if Counter(TAG.findall(source)) != Counter(TAG.findall(form)):
                    found.append(f"HTML tags differ: {where}")
                if accelerators(source) != accelerators(form):
                    found.append(f"accelerator '&' differs: {where}")
    return found


def check(paths):
    failed = False
    for path in paths:
        found = problems_of(path)
        total = sum(1 for _ in ET.parse(path).iter("message"))
        print(f"{path}: {total} messages, {len(found)} problems")
        for line in found[:200]:
            print("  " + line)
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "export":
        export(*args)
    elif command == "apply":
        apply(*args)
    elif command == "adopt":
        adopt(*args)
    elif command == "check":
        sys.exit(check(args))
    else:
        sys.exit(__doc__)
