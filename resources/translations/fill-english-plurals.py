#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fills the English plural forms in stamp_en.ts from the source texts.

Stamp's sources write countable words as "%n file(s)"; English needs
"1 file" and "3 files" ("%n address(es)": "addresses"). After `cmake --build build --target update_translations`
run this to fill every unfinished numerus message: "(s)" is dropped for the
singular and becomes "s" for the plural. Messages already translated by
hand are left alone.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("stamp_en.ts")
tree = ET.parse(path)
filled = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and all(f.text for f in forms):
        continue
    source = message.find("source").text
    singular = source.replace("(es)", "").replace("(s)", "")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    for element in forms:
        translation.remove(element)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    filled += 1
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"{path.name}: filled {filled} plural message(s)")
