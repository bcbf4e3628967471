#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A SOCKS5 proxy with username/password authentication, for the tests.

Dante (tests/support proxy testbed) covers SOCKS5 without authentication.
Its "socksmethod: username" checks the name and password against the
system's user database (getpwnam/shadow), so testing it would mean adding a
system user to the machine running the tests; this small server does
RFC 1928 CONNECT with RFC 1929 username/password authentication instead.

    socks5_auth_proxy.py PORTFILE USER PASSWORD

Listens on a free port of 127.0.0.1, writes it to PORTFILE once listening,
and logs one line per request on standard output:
    auth-ok USER | auth-failed USER | connect HOST:PORT ok|refused|unresolved
"""

import asyncio
import os
import socket
import struct
import sys


async def read_exactly(reader, n):
    return await reader.readexactly(n)


async def handle(reader, writer, user, password):
    try:
        version, count = await read_exactly(reader, 2)
        methods = await read_exactly(reader, count)
        if version != 5 or 2 not in methods:
            writer.write(b"\x05\xff")  # RFC 1928 §3: no acceptable method
            await writer.drain()
            return
        writer.write(b"\x05\x02")
        # RFC 1929 §2: VER=1, ULEN, UNAME, PLEN, PASSWD
        _, ulen = await read_exactly(reader, 2)
        name = (await read_exactly(reader, ulen)).decode("utf-8", "replace")
        (plen,) = await read_exactly(reader, 1)
        given = (await read_exactly(reader, plen)).decode("utf-8", "replace")
        if name != user or given != password:
            print(f"auth-failed {name}", flush=True)
            writer.write(b"\x01\x01")
            await writer.drain()
            return
        print(f"auth-ok {name}", flush=True)
        writer.write(b"\x01\x00")
        # RFC 1928 §4: VER CMD RSV ATYP DST.ADDR DST.PORT
        _, cmd, _, atyp = await read_exactly(reader, 4)
        if atyp == 1:
            host = socket.inet_ntop(socket.AF_INET, await read_exactly(reader, 4))
        elif atyp == 4:
            host = socket.inet_ntop(socket.AF_INET6, await read_exactly(reader, 16))
        else:
            (length,) = await read_exactly(reader, 1)
            host = (await read_exactly(reader, length)).decode("idna")
        (port,) = struct.unpack(">H", await read_exactly(reader, 2))
        if cmd != 1:
            writer.write(b"\x05\x07\x00\x01" + bytes(6))
            await writer.drain()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(host, port)
        except socket.gaierror:
            print(f"connect {host}:{port} unresolved", flush=True)
            writer.write(b"\x05\x04\x00\x01" + bytes(6))  # host unreachable
            await writer.drain()
            return
        except OSError:
            print(f"connect {host}:{port} refused", flush=True)
            writer.write(b"\x05\x05\x00\x01" + bytes(6))  # connection refused
            await writer.drain()
            return
        print(f"connect {host}:{port} ok", flush=True)
        bound = up_writer.get_extra_info("sockname")
        writer.write(b"\x05\x00\x00\x01" + socket.inet_aton(bound[0]) + struct.pack(">H", bound[1]))
        await writer.drain()

        async def pipe(src, dst):
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer), return_exceptions=True)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    portfile, user, password = sys.argv[1:4]
    server = await asyncio.start_server(lambda r, w: handle(r, w, user, password), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(portfile + ".tmp", "w") as f:
        f.write(str(port))
    os.replace(portfile + ".tmp", portfile)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
