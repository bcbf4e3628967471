#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A real SMTP server (aiosmtpd) that stops answering after the greeting.

It greets every connection and then never answers EHLO, the way an
overloaded server or a broken filter in front of one behaves. It prints
its port first, then one "connection" line per client connection, so a
test can tell how many connections the client spent and how long it
waited. It runs until it is killed.
"""
import asyncio
import sys

from aiosmtpd.smtp import SMTP


class StallAfterGreeting:
    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        await asyncio.sleep(3600)
        return responses

    async def handle_HELO(self, server, session, envelope, hostname):
        await asyncio.sleep(3600)
        return "250 never"


class CountingSMTP(SMTP):
    def connection_made(self, transport):
        print("connection", flush=True)
        super().connection_made(transport)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: CountingSMTP(StallAfterGreeting(), hostname="stalling.test"), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
