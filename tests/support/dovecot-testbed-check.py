#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks the Dovecot test bed the copy-to-Sent tests rely on: STARTTLS and
implicit TLS with the test CA, a Sent folder marked \\Sent (RFC 6154) or,
without SPECIAL-USE, called "Sent Items", APPEND landing in it, and an outage
(pause) that keeps the mail for after resume, and a full mailbox refusing an
APPEND (--quota-kb)."""

import imaplib
import os
import socket
import ssl
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dovecot-testbed.sh")
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def bed(*args):
    return subprocess.run(["bash", SCRIPT, *args], check=True, capture_output=True, text=True).stdout.strip()


def login(directory, implicit):
    imap, imaps = map(int, open(os.path.join(directory, "ports")).read().split())
    context = ssl.create_default_context(cafile=os.path.join(directory, "ca.pem"))
    if implicit:
        client = imaplib.IMAP4_SSL("localhost", imaps, ssl_context=context)
    else:
        client = imaplib.IMAP4("localhost", imap)
        check("STARTTLS" in client.capabilities, "STARTTLS offered on the plain port")
        client.starttls(context)
    client.login(open(os.path.join(directory, "user")).read().strip(),
                 open(os.path.join(directory, "password")).read().strip())
    return client


def main():
    with tempfile.TemporaryDirectory(prefix="stamp-dovecot-") as root:
        special = os.path.join(root, "special")
        bed("start", special)
        try:
            client = login(special, implicit=False)
            _, folders = client.list()
            check(any(b"\\Sent" in f and f.endswith(b" Sent") for f in folders), "Sent is marked \\Sent")
            typ, data = client.append("Sent", r"(\Seen)", None, b"Subject: one\r\n\r\nbody\r\n")
            check(typ == "OK" and b"APPENDUID" in data[0], "APPEND over STARTTLS is accepted")
            client.logout()
            client = login(special, implicit=True)
            check(client.append("Sent", None, None, b"Subject: two\r\n\r\nbody\r\n")[0] == "OK",
                  "APPEND over implicit TLS is accepted")
            client.logout()
            check(bed("count", special, "Sent") == "2", "the Sent folder holds both messages")

            bed("pause", special)
            imap = int(open(os.path.join(special, "ports")).read().split()[0])
            try:
                socket.create_connection(("127.0.0.1", imap), timeout=2).close()
                refused = False
            except OSError:
                refused = True
            check(refused, "a paused server refuses connections")
            bed("resume", special)
            check(bed("count", special, "Sent") == "2", "the mail is still there after the outage")
        finally:
            bed("stop", special)

        plain = os.path.join(root, "plain")
        bed("start", plain, "--no-special-use")
        try:
            client = login(plain, implicit=True)
            check("SPECIAL-USE" not in client.capabilities, "--no-special-use hides SPECIAL-USE")
            _, folders = client.list()
            check(not any(b"\\Sent" in f for f in folders), "no folder is marked \\Sent")
            check(client.append('"Sent Items"', None, None, b"Subject: x\r\n\r\ny\r\n")[0] == "OK",
                  "APPEND into \"Sent Items\" is accepted")
            client.logout()
            check(bed("count", plain, "Sent Items") == "1", "\"Sent Items\" holds the message")
        finally:
            bed("stop", plain)
        full = os.path.join(root, "full")
        bed("start", full, "--quota-kb", "4")
        try:
            client = login(full, implicit=True)
            check(client.append("Sent", None, None, b"Subject: s\r\n\r\nsmall\r\n")[0] == "OK",
                  "a small APPEND fits the quota")
            typ, data = client.append("Sent", None, None, b"Subject: b\r\n\r\n" + b"x" * 10000 + b"\r\n")
            check(typ == "NO" and b"[OVERQUOTA]" in data[0], "a large APPEND is refused with [OVERQUOTA]")
            client.logout()
        finally:
            bed("stop", full)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
