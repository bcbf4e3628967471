#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks messages rendered by Stamp against what was composed, with GMime
3 (the MIME library of Evolution, Balsa, mu and notmuch) through its
GObject bindings: a second parser, independent of Python's and of ours.

Needs the Debian package gir1.2-gmime-3.0 (and python3-gi).
Usage: mime_check_gmime.py MANIFEST.json (the manifest of mime_check_email.py)
"""

import json
import sys

try:
    import gi
    gi.require_version("GMime", "3.0")
    from gi.repository import GMime
except (ImportError, ValueError) as error:
    print("GMime 3 is not available (%s): install gir1.2-gmime-3.0 (packaging/linux/deps.sh test)" % error)
    sys.exit(2)


def mailboxes(address_list):
    result = []
    if address_list is None:
        return result
    for i in range(address_list.length()):
        address = address_list.get_address(i)
        if isinstance(address, GMime.InternetAddressGroup):
            result.extend(mailboxes(address.get_members()))
        else:
            result.append([address.get_name() or "", address.get_addr()])
    return result


def unicode_form(triples):
    # GMime shows internationalised domains as Unicode, whatever was written.
    return [[t[0], t[2]] for t in triples]


def part_bytes(part):
    stream = GMime.StreamMem.new()
    part.get_content().write_to_stream(stream)
    return bytes(stream.get_byte_array())


def walk(obj, found):
    if isinstance(obj, GMime.Multipart):
        for i in range(obj.get_count()):
            walk(obj.get_part(i), found)
    elif isinstance(obj, GMime.MessagePart):
        walk(obj.get_message().get_mime_part(), found)
    elif isinstance(obj, GMime.Part):
        found.append(obj)


def check(raw, expect, problems):
    def same(what, got, want):
        if got != want:
            problems.append("%s: got %r, expected %r" % (what, got, want))

    parser = GMime.Parser.new_with_stream(GMime.StreamMem.new_with_buffer(raw))
    msg = parser.construct_message(None)
    if msg is None:
        problems.append("GMime could not parse the message")
        return
    same("Subject", msg.get_subject() or "", expect["subject"])
    same("From", mailboxes(msg.get_from()), unicode_form([expect["from"]]))
    same("To", mailboxes(msg.get_to()), unicode_form(expect.get("to", [])))
    same("Cc", mailboxes(msg.get_cc()), unicode_form(expect.get("cc", [])))
    same("Reply-To", mailboxes(msg.get_reply_to()), unicode_form(expect.get("reply_to", [])))
    same("Bcc", mailboxes(msg.get_bcc()), [])
    for name, value in expect.get("headers", []):
        same(name, msg.get_header(name), value)

    parts = []
    walk(msg.get_mime_part(), parts)
    texts = {"plain": None, "html": None}
    attachments = []
    for part in parts:
        if part.is_attachment():
            attachments.append(part)
            continue
        content_type = part.get_content_type()
        subtype = content_type.get_media_subtype()
        if content_type.get_media_type() == "text" and subtype in texts and texts[subtype] is None:
            texts[subtype] = part_bytes(part).decode("utf-8").replace("\r\n", "\n")
    same("text body", texts["plain"], expect.get("text"))
    same("HTML body", texts["html"], expect.get("html"))

    wanted = expect.get("attachments", [])
    same("number of attachments", len(attachments), len(wanted))
    for part, want in zip(attachments, wanted):
        same("attachment file name", part.get_filename(), want["filename"])
        with open(want["path"], "rb") as original:
            data = original.read()
        got = part_bytes(part)
        if got != data:
            problems.append("attachment %r: %d octets came back, %d were sent, or they differ"
                            % (want["filename"], len(got), len(data)))


def main():
    GMime.init()
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    failures = 0
    for case in manifest["cases"]:
        problems = []
        with open(case["eml"], "rb") as f:
            check(f.read(), case["expect"], problems)
        for problem in problems:
            print("FAIL %s: %s" % (case["name"], problem))
        failures += bool(problems)
    print("GMime %d.%d.%d: %d cases, %d failed" % (GMime.MAJOR_VERSION, GMime.MINOR_VERSION, GMime.MICRO_VERSION,
                                                  len(manifest["cases"]), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
