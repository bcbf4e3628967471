#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""An SMTP server that speaks only an outdated TLS version (1.0 or 1.1).

Qt's server side on Debian's OpenSSL 3 will not offer those versions, so
this peer uses Python's ssl module with the security level lowered for this
one process. Usage:

    legacy_tls_peer.py CERT KEY tls1|tls1_1 implicit|starttls

It serves one connection on 127.0.0.1 (the port it prints first): with
"implicit" the TLS handshake starts at once (port 465 style), with
"starttls" it greets, offers STARTTLS and agrees to it first (RFC 3207).
Then it prints how the handshake ended ("handshake-failed: <reason>" or
"handshake-ok <version>") and anything the client sent after, and exits.
"""
import socket
import ssl
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # TLSVersion.TLSv1 is the point here

cert, key, version, mode = sys.argv[1:5]
versions = {"tls1": ssl.TLSVersion.TLSv1, "tls1_1": ssl.TLSVersion.TLSv1_1}
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.minimum_version = versions[version]
context.maximum_version = versions[version]
# Debian's default security level refuses TLS < 1.2 and SHA-1 signatures.
context.set_ciphers("ALL:@SECLEVEL=0")
context.load_cert_chain(cert, key)

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
print(server.getsockname()[1], flush=True)
server.settimeout(60)
conn, _ = server.accept()
conn.settimeout(10)


def read_line(sock):
    line = b""
    while not line.endswith(b"\n"):
        chunk = sock.recv(1)
        if not chunk:
            break
        line += chunk
    return line


if mode == "starttls":
    conn.sendall(b"220 legacy.test ESMTP\r\n")
    read_line(conn)  # EHLO
    conn.sendall(b"250-legacy.test\r\n250 STARTTLS\r\n")
    command = read_line(conn)
    if command.strip().upper() != b"STARTTLS":
        print("unexpected: %r" % command, flush=True)
        sys.exit(0)
    conn.sendall(b"220 2.0.0 Ready to start TLS\r\n")

try:
    tls = context.wrap_socket(conn, server_side=True)
except (ssl.SSLError, OSError) as error:
    print("handshake-failed: %s" % error, flush=True)
    sys.exit(0)
print("handshake-ok %s" % tls.version(), flush=True)
if mode == "implicit":
    tls.sendall(b"220 legacy.test ESMTP\r\n")
try:
    data = tls.recv(4096)
except (ssl.SSLError, OSError):
    data = b""
print("after-tls: %r" % data, flush=True)
