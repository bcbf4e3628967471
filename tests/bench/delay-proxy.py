#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A loopback TCP proxy that adds a fixed round-trip time.

Every chunk read in either direction is forwarded half the round trip
later, in order, so a client behind it pays the added time once per
request/response exchange and not per byte. The kernel here has no netem,
hence this. Loopback only: it refuses any other target.

Usage: delay-proxy.py LISTEN_PORT TARGET_PORT RTT_MS  (prints "ready" once listening)
"""
import asyncio
import socket
import sys
import time


def wire_like(writer):
    """The proxy stands for the network: it must not hold data back (Nagle)
    nor delay its ACKs (delayed ACK), or the peers would see stalls of ~40 ms
    that no real path adds. TCP_QUICKACK is not sticky on Linux, so it is set
    again after every read."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if hasattr(socket, "TCP_QUICKACK"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


async def pump(reader, reader_writer, writer, one_way):
    queue = asyncio.Queue()

    async def read():
        while True:
            data = await reader.read(65536)
            wire_like(reader_writer)
            await queue.put((time.monotonic() + one_way, data))
            if not data:
                return

    async def write():
        while True:
            due, data = await queue.get()
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            if not data:
                try:
                    writer.write_eof()
                except (OSError, RuntimeError):
                    pass
                return
            writer.write(data)
            await writer.drain()

    try:
        await asyncio.gather(read(), write())
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def main():
    listen_port, target_port, rtt_ms = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    one_way = rtt_ms / 2000.0

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        wire_like(client_writer)
        wire_like(server_writer)
        await asyncio.gather(pump(client_reader, client_writer, server_writer, one_way),
                             pump(server_reader, server_writer, client_writer, one_way))

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
