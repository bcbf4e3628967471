#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks messages rendered by Stamp against what was composed, with
Python's own `email` package (policy.default): an independent MIME parser.

Usage: mime_check_email.py MANIFEST.json

The manifest (written by tests/integration/tst_mime_roundtrip.cpp) lists
cases: {"name", "eml", "expect": {...}}. Prints one line per problem and
exits 1 when there is any.
"""

import json
import re
import sys
from email import policy
from email.parser import BytesParser


def mailboxes(header):
    if header is None:
        return []
    return [[text(a.display_name), text(a.addr_spec)] for a in header.addresses]


def written(triples):
    # [name, address as written, address with Unicode domain]: Python gives
    # back what is written.
    return [[t[0], t[1]] for t in triples]


def unbreakable(line):
    """A line over 78 octets is only acceptable when it is one token (a
    long media type, a Message-ID) with no white space to fold at, after
    the field name."""
    words = line.split()
    if words and words[0].endswith(b":") and not line[:1].isspace():
        words = words[1:]
    return len(words) <= 1


def text(value):
    """Python hands back the octets of RFC 6532 UTF-8 header text as
    surrogate escapes; as UTF-8 they are the characters that were written."""
    if value is None:
        return None
    return str(value).encode("utf-8", "surrogateescape").decode("utf-8")


def check_bcc(raw, expect, problems):
    lowered = raw.lower()
    for address in expect.get("bcc", []):
        if address.lower().encode("utf-8") in lowered:
            problems.append("the Bcc address %s appears in the message" % address)


def check_wire(raw, expect, problems):
    if not raw.endswith(b"\r\n"):
        problems.append("the message does not end with CRLF")
    body = raw[:-2] if raw.endswith(b"\r\n") else raw
    for number, line in enumerate(body.split(b"\r\n"), start=1):
        if b"\r" in line or b"\n" in line:
            problems.append("line %d has a bare CR or LF" % number)
        if len(line) > 998:
            problems.append("line %d is %d octets long (RFC 5322 limit: 998)" % (number, len(line)))
        elif len(line) > 78 and not unbreakable(line):
            problems.append("line %d is %d octets long and could have been folded (RFC 5322 §2.1.1: 78)"
                            % (number, len(line)))
    if not expect.get("eight_bit", False) and any(b > 127 for b in raw):
        problems.append("the message has 8-bit octets but was written for a 7-bit server")


def text_body(msg, subtype):
    part = msg.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_type() != "text/" + subtype:
        return None
    return part.get_content().replace("\r\n", "\n")


def check_message(msg, expect, problems):
    def same(what, got, want):
        if got != want:
            problems.append("%s: got %r, expected %r" % (what, got, want))

    for part in msg.walk():
        if part.defects:
            problems.append("defects in %s: %r" % (part.get_content_type(), part.defects))
    same("Subject", text(msg["subject"]), expect["subject"])
    same("From", mailboxes(msg["from"]), written([expect["from"]]))
    for field, key in (("To", "to"), ("Cc", "cc"), ("Reply-To", "reply_to")):
        same(field, mailboxes(msg[field]), written(expect.get(key, [])))
    if expect.get("to_groups"):
        same("To groups", [text(g.display_name) for g in msg["to"].groups if g.display_name is not None],
             expect["to_groups"])
    if "bcc" in msg:
        problems.append("the message has a Bcc field")
    same("MIME-Version", str(msg["mime-version"]), "1.0")
    if msg["date"] is None or msg["date"].datetime is None:
        problems.append("Date is missing or cannot be read")
    message_id = str(msg["message-id"])
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", message_id):
        problems.append("Message-ID %r is not of the form <id@domain>" % message_id)
    elif expect.get("message_id_domain") and not message_id.endswith("@" + expect["message_id_domain"] + ">"):
        problems.append("Message-ID %r is not on the domain %s" % (message_id, expect["message_id_domain"]))
    for name, value in expect.get("headers", []):
        same(name, text(msg[name]), value)

    same("text body", text_body(msg, "plain"), expect.get("text"))
    same("HTML body", text_body(msg, "html"), expect.get("html"))

    attachments = list(msg.iter_attachments())
    wanted = expect.get("attachments", [])
    same("number of attachments", len(attachments), len(wanted))
    for part, want in zip(attachments, wanted):
        same("attachment file name", text(part.get_filename()), want["filename"])
        with open(want["path"], "rb") as original:
            data = original.read()
        got = part.get_payload(decode=True) or b""
        if got != data:
            problems.append("attachment %r: %d octets came back, %d were sent, or they differ"
                            % (want["filename"], len(got), len(data)))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    failures = 0
    for case in manifest["cases"]:
        problems = []
        with open(case["eml"], "rb") as f:
            raw = f.read()
        check_bcc(raw, case["expect"], problems)
        # A message stored by a server (smtp-sink writes LF line ends) is
        # checked for content only.
        if case["expect"].get("wire", True):
            check_wire(raw, case["expect"], problems)
        check_message(BytesParser(policy=policy.default).parsebytes(raw), case["expect"], problems)
        for problem in problems:
            print("FAIL %s: %s" % (case["name"], problem))
        failures += bool(problems)
    print("python email: %d cases, %d failed" % (len(manifest["cases"]), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
