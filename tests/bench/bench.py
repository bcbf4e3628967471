#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Stamp's submission benchmark: round trips, big messages, many messages.

Runs against a private Postfix (tests/support/postfix-testbed.sh) on
loopback, with a delay proxy (delay-proxy.py) for the round-trip figures,
and compares `stamp send` with msmtp, swaks --pipeline, curl and Python's
smtplib in the same run. Prints a Markdown table; see docs/BENCHMARKS.md.

Usage: bench.py STAMP_BINARY [--rtt-ms 100] [--repeats 3] [--big-mb 100] [--huge-mb 200] [--small 200]
                [--parts round-trips,logins,big,memory,many] [--baseline OTHER_STAMP_BINARY]

--parts runs only the named tables (all by default); --baseline adds the
rows of another Stamp build (e.g. main before a change) to the login table.
"""
import argparse
import base64
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTBED = os.path.join(HERE, "..", "support", "postfix-testbed.sh")
RECIPIENTS = ["one@example.net", "two@example.net", "three@example.net"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Testbed:
    def __init__(self, size_limit):
        self.dir = tempfile.mkdtemp(prefix="stamp-bench-")
        os.chmod(self.dir, 0o755)
        env = dict(os.environ, STAMP_TESTBED_SIZE_LIMIT=str(size_limit))
        subprocess.run(["bash", TESTBED, "start", self.dir], check=True, env=env, stdout=subprocess.DEVNULL)
        self.env = {}
        with open(os.path.join(self.dir, "testbed.env")) as f:
            for line in f:
                if "=" in line:
                    key, value = line.strip().split("=", 1)
                    self.env[key] = value

    def stop(self):
        subprocess.run(["bash", TESTBED, "stop", self.dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


class Proxy:
    def __init__(self, target_port, rtt_ms):
        self.port = free_port()
        self.process = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "delay-proxy.py"), str(self.port),
                                          str(target_port), str(rtt_ms)], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def stop(self):
        self.process.terminate()
        self.process.wait(5)


def timed(command, env=None, stdin_path=None):
    """Runs a command; returns (seconds, peak RSS in KiB, exit code, stderr)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        started = time.monotonic()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, env=env, stdin=stdin,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.monotonic() - started
        if stdin_path:
            stdin.close()
        lines = [l for l in open(report.name).read().split("\n") if l.strip().isdigit()]
        peak = int(lines[-1]) if lines else 0
        return elapsed, peak, done.returncode, done.stderr.decode(errors="replace")


def write_small_message(path, sender, tag="bench"):
    with open(path, "wb") as f:
        f.write(("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s-%s@stamp.test>\r\n\r\n"
                 % (sender, ", ".join(RECIPIENTS), tag, tag, os.urandom(6).hex())).encode())
        f.write(b"A short message for the benchmark.\r\n" * 20)


def write_big_message(path, sender, megabytes):
    """A message whose base64 attachment makes it `megabytes` MB in all."""
    with open(path, "wb") as f:
        f.write(("From: %s\r\nTo: %s\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
                 "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
                 "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Disposition: attachment; filename=data.bin\r\n\r\n" % (sender, RECIPIENTS[0])).encode())
        target = megabytes * 1000 * 1000
        block = os.urandom(57 * 1024)
        while f.tell() < target:
            encoded = base64.b64encode(block)
            f.write(b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76)) + b"\r\n")
        f.write(b"--b--\r\n")


class Clients:
    def __init__(self, stamp, bed, message):
        self.stamp = stamp
        self.bed = bed
        self.message = message
        self.env = dict(os.environ, BENCH_PW=bed["PASSWORD"])
        self.smtplib = os.path.join(tempfile.gettempdir(), "stamp-bench-smtplib.py")
        with open(self.smtplib, "w") as f:
            f.write(SMTPLIB_CLIENT)

    def command(self, client, mode, port, recipients=None, message=None, auth="plain", stamp=None):
        """`auth`: Stamp's --auth value ("auto", "scram-sha-256", ...); for
        msmtp "auto" means its own default, --auth=on."""
        bed, message = self.bed, message or self.message
        recipients = recipients or RECIPIENTS
        user, ca = bed["USER"], bed["CA_FILE"]
        if client == "stamp":
            return [stamp or self.stamp, "send", "--host", "localhost", "--port", str(port), "--security", mode,
                    "--ca-file", ca, "--user", user, "--password-env", "BENCH_PW", "--auth", auth, "--from", user,
                    "--to", ",".join(recipients), "--eml", message], None
        if client == "msmtp":
            return ["msmtp", "-C", "/dev/null", "--host=localhost", "--port=%d" % port,
                    "--auth=" + ("on" if auth == "auto" else auth), "--user=" + user,
                    "--passwordeval=printf %s \"$BENCH_PW\"", "--tls=on",
                    "--tls-starttls=" + ("on" if mode == "starttls" else "off"), "--tls-trust-file=" + ca,
                    "--from=" + user] + recipients, message
        if client == "swaks --pipeline":
            return ["swaks", "--server", "localhost:%d" % port, "--tls" if mode == "starttls" else "--tls-on-connect",
                    "--auth", "PLAIN", "--auth-user", user, "--auth-password", bed["PASSWORD"], "--from", user,
                    "--to", ",".join(recipients), "--data", message, "--pipeline", "--silent", "2"], None
        if client == "curl":
            scheme = "smtp" if mode == "starttls" else "smtps"
            command = ["curl", "-sS", "--url", "%s://localhost:%d" % (scheme, port), "--ssl-reqd", "--cacert", ca,
                       "--user", "%s:%s" % (user, bed["PASSWORD"]), "--login-options", "AUTH=PLAIN",
                       "--mail-from", user, "--upload-file", message]
            for r in recipients:
                command += ["--mail-rcpt", r]
            return command, None
        if client == "smtplib":
            return ["/usr/bin/python3", self.smtplib, mode, str(port), ca, user, ",".join(recipients), message], None
        raise ValueError(client)

    def run(self, client, mode, port, **kwargs):
        command, stdin = self.command(client, mode, port, **kwargs)
        return timed(command, env=self.env, stdin_path=stdin)


SMTPLIB_CLIENT = r'''
import os, smtplib, ssl, sys
mode, port, ca, user, rcpts, path = sys.argv[1:7]
context = ssl.create_default_context(cafile=ca)
if mode == "starttls":
    s = smtplib.SMTP("localhost", int(port))
    s.starttls(context=context)
else:
    s = smtplib.SMTP_SSL("localhost", int(port), context=context)
s.ehlo_or_helo_if_needed()
s.user, s.password = user, os.environ["BENCH_PW"]
s.auth("PLAIN", s.auth_plain)
with open(path, "rb") as f:
    s.sendmail(user, rcpts.split(","), f.read())
s.quit()
'''

CLIENTS = ["stamp", "msmtp", "swaks --pipeline", "curl", "smtplib"]
# Login mechanisms compared, as --auth values; "auto" is Stamp's default
# (for msmtp: --auth=on, its default choice).
LOGIN_METHODS = ["auto", "scram-sha-256", "scram-sha-1", "plain", "login", "cram-md5"]
PARTS = ["round-trips", "logins", "big", "memory", "many"]


def sasl_method_since(maillog, offset, timeout=3.0):
    """The SASL mechanism Postfix logged for the first message queued after
    `offset` in its log (smtpd logs it with the client= line)."""
    deadline = time.monotonic() + timeout
    while True:
        with open(maillog, errors="replace") as f:
            f.seek(offset)
            found = re.search(r"sasl_method=([A-Z0-9-]+)", f.read())
        if found or time.monotonic() > deadline:
            return found.group(1) if found else "?"
        time.sleep(0.1)


def login_round_trips(clients, bed, rtt_ms, repeats, baseline=None):
    """Round trips of one whole send over STARTTLS for every login
    mechanism both clients support and Postfix offers."""
    offered = {m.lower() for m in bed["MECHS"].split(",")}
    methods = [m for m in LOGIN_METHODS if m == "auto" or m in offered]
    runners = [("stamp", "stamp", None)]
    if baseline:
        runners.append(("stamp (baseline)", "stamp", baseline))
    runners.append(("msmtp", "msmtp", None))
    rtt = rtt_ms / 1000.0
    target = int(bed["STARTTLS_PORT"])
    maillog = bed["MAILLOG"]
    proxy = Proxy(target, rtt_ms)
    rows = []
    try:
        for label, client, binary in runners:
            for method in methods:
                delayed, direct, failure, used = [], [], "", "?"
                for i in range(repeats):
                    offset = os.path.getsize(maillog)
                    seconds, _, code, err = clients.run(client, "starttls", proxy.port, auth=method, stamp=binary)
                    if code != 0:
                        failure = err.strip().splitlines()[-1] if err.strip() else "exit %d" % code
                        break
                    if i == 0:
                        used = sasl_method_since(maillog, offset)
                    delayed.append(seconds)
                    seconds, _, code, _ = clients.run(client, "starttls", target, auth=method, stamp=binary)
                    direct.append(seconds)
                shown = "on (default)" if client == "msmtp" and method == "auto" else method
                if failure:
                    rows.append((label, shown, used, None, None, failure))
                    continue
                d, b = statistics.median(delayed), statistics.median(direct)
                rows.append((label, shown, used, d / rtt, (d - b) / rtt, ""))
    finally:
        proxy.stop()
    return rows


def round_trips(clients, bed, rtt_ms, repeats):
    rows = []
    rtt = rtt_ms / 1000.0
    for mode, port_key in (("starttls", "STARTTLS_PORT"), ("tls", "TLS_PORT")):
        target = int(bed[port_key])
        proxy = Proxy(target, rtt_ms)
        try:
            for client in CLIENTS:
                delayed, direct, failure = [], [], ""
                for _ in range(repeats):
                    seconds, _, code, err = clients.run(client, mode, proxy.port)
                    if code != 0:
                        failure = err.strip().splitlines()[-1] if err.strip() else "exit %d" % code
                        break
                    delayed.append(seconds)
                    seconds, _, code, _ = clients.run(client, mode, target)
                    direct.append(seconds)
                if failure:
                    rows.append((mode, client, None, None, failure))
                    continue
                d, b = statistics.median(delayed), statistics.median(direct)
                rows.append((mode, client, d / rtt, (d - b) / rtt, ""))
        finally:
            proxy.stop()
    return rows


def big_message(clients, bed, work, args):
    print()
    print("## A %d MB message through implicit TLS on loopback, no added delay" % args.big_mb)
    print()
    big = os.path.join(work, "big.eml")
    write_big_message(big, bed["USER"], args.big_mb)
    size = os.path.getsize(big)
    print("| client | seconds | MB/s | peak RSS (MiB) |")
    print("|---|---|---|---|")
    tls_port = int(bed["TLS_PORT"])
    for client in ("stamp", "msmtp"):
        seconds, peak, code, err = clients.run(client, "tls", tls_port, recipients=RECIPIENTS[:1], message=big)
        if code != 0:
            print("| %s | failed: %s | | |" % (client, err.strip()[-200:]))
            continue
        print("| %s | %.2f | %.1f | %.1f |" % (client, seconds, size / seconds / 1e6, peak / 1024))
    os.unlink(big)
    sys.stdout.flush()


def flat_memory(clients, bed, work, args):
    tls_port = int(bed["TLS_PORT"])
    print()
    print("## Memory stays flat: Stamp's peak RSS for a 1 KB and a %d MB message" % args.huge_mb)
    print()
    tiny = os.path.join(work, "tiny.eml")
    with open(tiny, "wb") as f:
        f.write(("From: %s\r\nSubject: tiny\r\n\r\n" % bed["USER"]).encode() + b"x" * 1000 + b"\r\n")
    huge = os.path.join(work, "huge.eml")
    write_big_message(huge, bed["USER"], args.huge_mb)
    _, small_peak, c1, e1 = clients.run("stamp", "tls", tls_port, recipients=RECIPIENTS[:1], message=tiny)
    seconds, huge_peak, c2, e2 = clients.run("stamp", "tls", tls_port, recipients=RECIPIENTS[:1], message=huge)
    os.unlink(huge)
    if c1 or c2:
        print("failed: %s %s" % (e1[-200:], e2[-200:]))
    else:
        print("| message | peak RSS (MiB) |")
        print("|---|---|")
        print("| 1 KB | %.1f |" % (small_peak / 1024))
        print("| %d MB | %.1f |" % (args.huge_mb, huge_peak / 1024))
        print()
        print("Difference: %.1f MiB (target: under 64 MiB); %d MB sent in %.2f s." % (
            (huge_peak - small_peak) / 1024, args.huge_mb, seconds))
    sys.stdout.flush()


def many_messages(clients, bed, work, args):
    print()
    print("## %d small messages over STARTTLS + AUTH PLAIN, no added delay" % args.small)
    print()
    paths = []
    for i in range(args.small):
        path = os.path.join(work, "small-%03d.eml" % i)
        write_small_message(path, bed["USER"], "small%d" % i)
        paths.append(path)
    starttls_port = int(bed["STARTTLS_PORT"])
    command, _ = clients.command("stamp", "starttls", starttls_port, recipients=RECIPIENTS[:1], message=paths[0])
    command = command[:-2]
    for path in paths:
        command += ["--eml", path]
    started = time.monotonic()
    done = subprocess.run(command, env=clients.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stamp_seconds = time.monotonic() - started
    started = time.monotonic()
    msmtp_ok = True
    for path in paths:
        seconds, _, code, err = clients.run("msmtp", "starttls", starttls_port, recipients=RECIPIENTS[:1],
                                            message=path)
        msmtp_ok = msmtp_ok and code == 0
    msmtp_seconds = time.monotonic() - started
    print("| client | how | seconds | messages/s |")
    print("|---|---|---|---|")
    if done.returncode == 0:
        print("| stamp | one process, connections reused | %.2f | %.1f |" % (stamp_seconds, args.small / stamp_seconds))
    else:
        print("| stamp | failed: %s | | |" % done.stderr.decode()[-200:])
    if msmtp_ok:
        print("| msmtp | one process per message | %.2f | %.1f |" % (msmtp_seconds, args.small / msmtp_seconds))
    else:
        print("| msmtp | failed | | |")
    if done.returncode == 0 and msmtp_ok:
        print()
        print("Stamp / msmtp: %.1f times the messages per second." % (msmtp_seconds / stamp_seconds))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stamp")
    parser.add_argument("--rtt-ms", type=float, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--big-mb", type=int, default=100)
    parser.add_argument("--huge-mb", type=int, default=200)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated, of: " + ", ".join(PARTS))
    parser.add_argument("--baseline", help="another Stamp binary, added to the login table")
    args = parser.parse_args()
    stamp = os.path.abspath(args.stamp)
    parts = args.parts.split(",")
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        parser.error("unknown parts: %s" % ", ".join(unknown))
    baseline = os.path.abspath(args.baseline) if args.baseline else None

    work = tempfile.mkdtemp(prefix="stamp-bench-msgs-")
    bed_handle = Testbed(size_limit=(max(args.big_mb, args.huge_mb) + 50) * 1000 * 1000)
    bed = bed_handle.env
    try:
        message = os.path.join(work, "three.eml")
        write_small_message(message, bed["USER"])
        clients = Clients(stamp, bed, message)

        print("# Stamp submission benchmark")
        print()
        print("Machine: %s, %d cores, %s; Python %s; date %s" % (
            platform.platform(), os.cpu_count(), platform.machine(), platform.python_version(),
            time.strftime("%Y-%m-%d")))
        if "round-trips" in parts:
            print()
            print("## Round trips per message (3 recipients, %g ms added round trip, median of %d)" % (
                args.rtt_ms, args.repeats))
            print()
            print("| security | client | elapsed / RTT | (elapsed - same run without delay) / RTT |")
            print("|---|---|---|---|")
            for mode, client, raw, net, failure in round_trips(clients, bed, args.rtt_ms, args.repeats):
                label = "STARTTLS + AUTH PLAIN" if mode == "starttls" else "implicit TLS + AUTH PLAIN"
                if failure:
                    print("| %s | %s | failed: %s | |" % (label, client, failure))
                else:
                    print("| %s | %s | %.2f | %.2f |" % (label, client, raw, net))
            sys.stdout.flush()

        if "logins" in parts:
            print()
            print("## Round trips per login mechanism (STARTTLS, 3 recipients, %g ms added round trip, median of %d)"
                  % (args.rtt_ms, args.repeats))
            print()
            print("| client | --auth | mechanism used | elapsed / RTT | (elapsed - same run without delay) / RTT |")
            print("|---|---|---|---|---|")
            for label, method, used, raw, net, failure in login_round_trips(clients, bed, args.rtt_ms, args.repeats,
                                                                             baseline):
                if failure:
                    print("| %s | %s | %s | failed: %s | |" % (label, method, used, failure))
                else:
                    print("| %s | %s | %s | %.2f | %.2f |" % (label, method, used, raw, net))
            sys.stdout.flush()

        if "big" in parts:
            big_message(clients, bed, work, args)
        if "memory" in parts:
            flat_memory(clients, bed, work, args)
        if "many" in parts:
            many_messages(clients, bed, work, args)
    finally:
        bed_handle.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

