#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A minimal SMTP peer that tells how the client closed the connection.

It serves one plaintext session on 127.0.0.1 (the port it prints first),
accepts one message, answers QUIT with 221 after a moment (a client that
closed before it arrived is "closed-before-221"), and then watches the socket:
a client that read the 221 and closed (FIN) gives an empty read ("fin");
one that exited with the 221 unread makes its kernel answer with a reset
("reset") - what Exim and other servers log as a TLS or connection reset.
It prints the outcome and exits.
"""
import socket
import sys
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
print(server.getsockname()[1], flush=True)
server.settimeout(60)
conn, _ = server.accept()
conn.settimeout(10)
reader = conn.makefile("rb")


def send(line):
    conn.sendall(line + b"\r\n")


send(b"220 observer ESMTP")
in_data = False
outcome = "no-quit"
while True:
    line = reader.readline()
    if not line:
        break
    if in_data:
        if line in (b".\r\n", b".\n"):
            in_data = False
            send(b"250 2.0.0 Ok: queued")
        continue
    verb = line[:4].upper()
    if verb == b"EHLO":
        send(b"250-observer")
        send(b"250 8BITMIME")
    elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
        send(b"250 2.0.0 Ok")
    elif verb == b"DATA":
        in_data = True
        send(b"354 End data with <CR><LF>.<CR><LF>")
    elif verb == b"QUIT":
        # A moment before the 221, as a busy server takes: a client that
        # does not wait for it has closed by then ("closed-before-221").
        time.sleep(0.3)
        conn.setblocking(False)
        try:
            early = conn.recv(1, socket.MSG_PEEK)
        except BlockingIOError:
            early = None
        except ConnectionResetError:
            early = b""
        conn.setblocking(True)
        conn.settimeout(10)
        if early == b"":
            outcome = "closed-before-221"
            break
        send(b"221 2.0.0 Bye")
        try:
            rest = conn.recv(1)
            outcome = "fin" if rest == b"" else "more-data"
        except ConnectionResetError:
            outcome = "reset"
        except socket.timeout:
            outcome = "still-open"
        break
    else:
        send(b"502 5.5.2 Not implemented")
print(outcome, flush=True)
