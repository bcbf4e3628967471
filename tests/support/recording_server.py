#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A real SMTP server (aiosmtpd) that records each envelope it accepts.

aiosmtpd offers no DSN in its EHLO reply and refuses MAIL and RCPT
parameters it does not know (555), as RFC 5321 §4.1.1.11 lets a server do,
so it shows whether a client sends DSN parameters only where they are
offered. It prints its port first, then one JSON line per accepted message:
the sender, its MAIL parameters, the recipients, their RCPT parameters and
the message's header block. It runs until it is killed or stdin closes.
"""
import asyncio
import json
import sys

from aiosmtpd.smtp import SMTP


class Recorder:
    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or b""
        head = content.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        print(json.dumps({
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": envelope.rcpt_options,
            "head": head,
        }), flush=True)
        return "250 2.0.0 Ok: recorded"


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(Recorder(), hostname="recorder.test", decode_data=False), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    # Ends with the test that started it, even if that test crashed.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
