#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Test doubles for OAuth sign-in, on loopback, in one process:

- an authorization server (RFC 6749 with PKCE, RFC 7636) over HTTP:
  GET /authorize redirects the "browser" back to the client's loopback
  redirect_uri with a code and the state; POST /token redeems codes (checking
  client_id, client_secret when the client has one, redirect_uri and the
  S256 verifier) and refresh tokens; GET /control changes its behaviour and
  reports what happened;
- an SMTP submission server (aiosmtpd) that offers only XOAUTH2 and
  OAUTHBEARER and accepts exactly the access tokens this authorization server
  issued and that have not expired, answering others with the providers'
  JSON error challenge and then 535 5.7.8.

Start: oauth-doubles.py --client ID[:SECRET] ...; the first line on
standard output is {"http": PORT, "smtp": PORT}. Runs until killed.
"""

import argparse
import base64
import hashlib
import json
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

LOCK = threading.Lock()
STATE = {
    "mode": "ok",  # ok | deny | wrong-state | error-page
    "expires_in": 3600,
    "rotate": False,  # issue a new refresh token on each refresh
    "smtp_reject_next": 0,  # refuse this many valid tokens at AUTH
    "clients": {},  # client_id -> secret ("" for public clients)
    "codes": {},  # code -> request details
    "access": {},  # access token -> expiry (epoch seconds)
    "refresh": {},  # refresh token -> client_id, for live ones
    "issued": [],  # every token issued, for leak checks
    "stats": {"authorize": 0, "exchanges": 0, "refreshes": 0, "refused_refreshes": 0,
              "smtp_auth_ok": 0, "smtp_auth_refused": 0},
    "messages": [],
    "last_authorize": {},
}


def s256(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def issue_tokens(client_id, with_refresh=True):
    access = "at-" + secrets.token_urlsafe(24)
    STATE["access"][access] = time.time() + STATE["expires_in"]
    reply = {"access_token": access, "token_type": "Bearer", "expires_in": STATE["expires_in"],
             "scope": "mail"}
    STATE["issued"].append(access)
    if with_refresh:
        refresh = "rt-" + secrets.token_urlsafe(24)
        STATE["refresh"][refresh] = client_id
        STATE["issued"].append(refresh)
        reply["refresh_token"] = refresh
    return reply


class AuthServer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass  # quiet: tokens must not end up in any log either

    def send(self, status, body, content_type="application/json", headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def token_error(self, code, description, status=400):
        self.send(status, json.dumps({"error": code, "error_description": description}))

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        if url.path == "/authorize":
            return self.authorize(query)
        if url.path == "/control":
            return self.control(query)
        self.send(404, "not found", "text/plain")

    def authorize(self, q):
        with LOCK:
            STATE["stats"]["authorize"] += 1
            STATE["last_authorize"] = q
            mode = STATE["mode"]
            client_ok = q.get("client_id") in STATE["clients"]
        redirect = q.get("redirect_uri", "")
        if not client_ok or not redirect.startswith("http://127.0.0.1:"):
            return self.send(400, "<p>unknown client or redirect_uri</p>", "text/html")
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256" \
                or not q.get("code_challenge") or not q.get("state"):
            return self.send(400, "<p>bad request</p>", "text/html")
        if mode == "error-page":
            return self.send(500, "<p>The provider is having a bad day.</p>", "text/html")
        params = {"state": q["state"]}
        if mode == "deny":
            params = {"error": "access_denied", "error_description": "The user denied the request",
                      "state": q["state"]}
        else:
            code = "code-" + secrets.token_urlsafe(16)
            with LOCK:
                STATE["codes"][code] = {"client_id": q["client_id"], "redirect_uri": redirect,
                                        "challenge": q["code_challenge"]}
            params["code"] = code
            if mode == "wrong-state":
                params["state"] = "not-the-state-you-sent"
        self.send(302, "", "text/plain",
                  [("Location", redirect + "?" + urllib.parse.urlencode(params))])

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("ascii")))
        if url.path != "/token":
            return self.send(404, "not found", "text/plain")
        with LOCK:
            client_id = form.get("client_id", "")
            if client_id not in STATE["clients"]:
                return self.token_error("invalid_client", "Unknown client", 401)
            secret = STATE["clients"][client_id]
            if secret and form.get("client_secret") != secret:
                return self.token_error("invalid_client", "The client secret is wrong", 401)
            grant = form.get("grant_type")
            if grant == "authorization_code":
                details = STATE["codes"].pop(form.get("code", ""), None)  # one use only
                if details is None:
                    return self.token_error("invalid_grant", "Unknown or used code")
                if details["client_id"] != client_id or details["redirect_uri"] != form.get("redirect_uri"):
                    return self.token_error("invalid_grant", "Code issued to another client or redirect")
                if s256(form.get("code_verifier", "")) != details["challenge"]:
                    return self.token_error("invalid_grant", "PKCE verification failed")
                STATE["stats"]["exchanges"] += 1
                return self.send(200, json.dumps(issue_tokens(client_id)))
            if grant == "refresh_token":
                refresh = form.get("refresh_token", "")
                if STATE["refresh"].get(refresh) != client_id:
                    STATE["stats"]["refused_refreshes"] += 1
                    return self.token_error("invalid_grant", "Token has been expired or revoked.")
                STATE["stats"]["refreshes"] += 1
                reply = issue_tokens(client_id, with_refresh=STATE["rotate"])
                if STATE["rotate"]:
                    del STATE["refresh"][refresh]
                return self.send(200, json.dumps(reply))
            return self.token_error("unsupported_grant_type", "grant_type " + str(grant))

    def control(self, q):
        with LOCK:
            if "mode" in q:
                STATE["mode"] = q["mode"]
            if "expires_in" in q:
                STATE["expires_in"] = int(q["expires_in"])
            if "rotate" in q:
                STATE["rotate"] = q["rotate"] == "1"
            if "smtp_reject_next" in q:
                STATE["smtp_reject_next"] = int(q["smtp_reject_next"])
            if q.get("revoke") == "all":
                STATE["refresh"].clear()
            if q.get("expire") == "all":
                for token in STATE["access"]:
                    STATE["access"][token] = 0
            report = {"mode": STATE["mode"], "stats": STATE["stats"], "messages": STATE["messages"],
                      "issued": STATE["issued"], "last_authorize": STATE["last_authorize"]}
            self.send(200, json.dumps(report))


class SmtpHandler:
    """XOAUTH2 and OAUTHBEARER, each accepting only live tokens."""

    def check(self, token):
        with LOCK:
            expiry = STATE["access"].get(token)
            if expiry is None or expiry < time.time():
                STATE["stats"]["smtp_auth_refused"] += 1
                return False
            if STATE["smtp_reject_next"] > 0:
                STATE["smtp_reject_next"] -= 1
                STATE["stats"]["smtp_auth_refused"] += 1
                return False
            STATE["stats"]["smtp_auth_ok"] += 1
            return True

    async def initial(self, server, args):
        if len(args) > 1:
            try:
                return base64.b64decode(args[1], validate=True)
            except ValueError:
                return None
        blob = await server.challenge_auth("")
        return blob if isinstance(blob, bytes) else None

    async def refuse(self, server, error_json):
        # Google and RFC 7628 §3.2.2: an error challenge, the client's
        # (empty or ^A) answer, then the failure reply.
        await server.challenge_auth(json.dumps(error_json))
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")

    @staticmethod
    def fields(message, start):
        out = {}
        for part in message[start:].split(b"\x01"):
            if b"=" in part:
                key, _, value = part.partition(b"=")
                out[key.decode()] = value.decode()
        return out

    async def auth_XOAUTH2(self, server, args):
        message = await self.initial(server, args)
        if message is None:
            return AuthResult(success=False, handled=False)
        f = self.fields(message, 0)
        token = f.get("auth", "").removeprefix("Bearer ")
        if not f.get("user") or not self.check(token):
            return await self.refuse(server, {"status": "400", "schemes": "Bearer", "scope": "mail"})
        server.session.oauth_mechanism = "XOAUTH2"
        return AuthResult(success=True, auth_data=f["user"])

    async def auth_OAUTHBEARER(self, server, args):
        message = await self.initial(server, args)
        if message is None or not message.startswith(b"n,"):
            return AuthResult(success=False, handled=False)
        header_end = message.find(b"\x01")
        f = self.fields(message, header_end + 1)
        token = f.get("auth", "").removeprefix("Bearer ")
        if not f.get("host") or not self.check(token):
            return await self.refuse(server, {"status": "invalid_token", "scope": "mail"})
        server.session.oauth_mechanism = "OAUTHBEARER"
        return AuthResult(success=True, auth_data=message[:header_end].decode())

    async def handle_DATA(self, server, session, envelope):
        with LOCK:
            STATE["messages"].append({"mechanism": getattr(session, "oauth_mechanism", ""),
                                      "from": envelope.mail_from, "to": envelope.rcpt_tos,
                                      "size": len(envelope.content)})
        return "250 2.0.0 OK queued"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", action="append", default=[], help="ID or ID:SECRET")
    options = parser.parse_args()
    for client in options.client:
        client_id, _, secret = client.partition(":")
        STATE["clients"][client_id] = secret

    smtp_port = free_port()
    controller = Controller(SmtpHandler(), hostname="127.0.0.1", port=smtp_port, auth_require_tls=False,
                            auth_exclude_mechanism=["PLAIN", "LOGIN"])
    controller.start()
    http = ThreadingHTTPServer(("127.0.0.1", 0), AuthServer)
    print(json.dumps({"http": http.server_address[1], "smtp": smtp_port}), flush=True)
    try:
        http.serve_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
