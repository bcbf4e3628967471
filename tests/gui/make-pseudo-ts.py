#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes stamp_pseudo.ts: every text of Stamp "translated" into a pseudo
language that looks foreign, runs about 40 % longer than English and is
bracketed, so a cut-off text shows as a missing bracket and an untranslated
one (a text that bypasses tr()) shows as plain English.

    make-pseudo-ts.py LIST.ts ENGLISH_PLURALS.ts OUT.ts

LIST.ts (stamp_de.ts) is the list of messages by context; ENGLISH_PLURALS.ts
(stamp_en.ts) gives the English singular and plural of each %n text, so both
pseudo forms read naturally. Placeholders (%1, %n, %L1), HTML tags, entities
and the one '&' accelerator are kept as they are; the accelerator's letter
too, so Alt+letter stays the same key. A few of Qt's own texts (dialog and
wizard buttons) are added, so Qt's buttons are measured with long text too.
"""

import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçðéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"))

# What must reach the program unchanged: placeholders (QString::arg and
# tr()'s %n), HTML tags, entities, an escaped ampersand, and the
# accelerator with its letter; web and mail addresses, which examples
# show as they are typed.
PROTECTED = re.compile(
    r"%L?(?:n|\d{1,2})"
    r"|<[^<>]*>"
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"
    r"|&&"
    r"|&[^&\s]"
    r"|https?://\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Qt's own texts Stamp's windows show (QPlatformTheme: dialog buttons;
# QWizard: the wizard's buttons), as qtbase writes them.
QT_TEXTS = {
    "QPlatformTheme": ["OK", "&OK", "Cancel", "Close", "Apply", "Save", "Help", "Discard", "Reset",
                       "Restore Defaults", "Open", "Yes", "No", "&Yes", "&No", "Abort", "Retry", "Ignore",
                       "Save All", "Yes to &All", "N&o to All", "Don't Save", "Close without Saving"],
    "QWizard": ["< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Help", "Commit", "Go Back", "Continue",
                "Done"],
}


def visible_length(text):
    return len(re.sub(r"<[^<>]*>|&(?:[A-Za-z]+|#\d+);", "x", text).replace("&", ""))


def pseudo(text):
    if not text.strip():
        return text
    out = []
    pos = 0
    for match in PROTECTED.finditer(text):
        out.append("".join(ACCENTED.get(c, c) for c in text[pos:match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append("".join(ACCENTED.get(c, c) for c in text[pos:]))
    body = "".join(out)
    # 140 % of the English length: the brackets and a run of tildes.
    length = visible_length(text)
    padding = max(1, math.ceil(length * 1.4) - length - 3)
    # In words of at most five, so wrapped text breaks as real words do.
    tail = " " + " ".join("~" * min(5, padding - i) for i in range(0, padding, 5))
    if "\n" in body:
        # Multi-line texts get the padding on their longest line, where
        # it widens the text as a longer translation would.
        lines = body.split("\n")
        longest = max(range(len(lines)), key=lambda i: visible_length(lines[i]))
        lines[longest] += tail
        return "[" + "\n".join(lines) + "]"
    return "[" + body + tail + "]"


def main(list_ts, plural_ts, out_ts):
    plurals = {}
    for context in ET.parse(plural_ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms:
                plurals[(name, message.findtext("source"))] = forms

    root = ET.Element("TS", version="2.1", language="en")
    contexts = {}

    def add(context_name, source, numerus, comment=None):
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        message = ET.SubElement(context, "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment is not None:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if numerus:
            # English has two forms; both are pseudo-translated.
            forms = plurals.get((context_name, source), [source, source])
            for form in forms[:2] + [forms[-1]] * (2 - len(forms)):
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(source)

    for context in ET.parse(list_ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            add(name, message.findtext("source") or "", message.get("numerus") == "yes",
                message.findtext("comment"))
    for name, sources in QT_TEXTS.items():
        for source in sources:
            add(name, source, False)

    ET.indent(root)
    with open(out_ts, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
