#!/bin/bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stamp integration-test peer: Postfix's smtp-sink (a scriptable fault-injecting
# SMTP server, no TLS) on a free loopback port.
#
#   smtp-sink.sh start DIR [smtp-sink options...]   prints the port on stdout
#   smtp-sink.sh stop DIR                           no error if not running
#
# DIR (absolute path, created if missing) receives:
#   DIR/port   the TCP port on 127.0.0.1
#   DIR/pid    the smtp-sink process id
#   DIR/log    its stdout/stderr (with -v: the whole conversation)
#   DIR/dump/  a directory smtp-sink may write to, e.g. "-d DIR/dump/%H%M%S."
#              (one file per message, see "man smtp-sink", DUMP FILE FORMAT)
# One sink per DIR; use several DIRs for several sinks.
#
# The options are smtp-sink's own (see "man smtp-sink"). Those the tests use:
#   -r CMD,...  reply "450 4.3.0 Error: command failed" (text: -b "REPLY")
#   -f CMD,...  reply "500 5.3.0 Error: command failed" (text: -B "REPLY")
#               (-r and -f also stop announcing PIPELINING)
#   -q CMD,...  read the command, then close the connection without a reply
#   -Q CMD,...  read the command, reply "421 4.0.0 Server closing connection", close
#   -w SECS     delay the reply to DATA;  -W CMD:SECS  delay the reply to CMD
#   -A SECS     SECS after the 354 reply to DATA: "550 This violates SMTP", close
#   -p no PIPELINING, -e no ESMTP (EHLO is refused), -a no AUTH, -E no
#   ENHANCEDSTATUSCODES, -8 no 8BITMIME, -N no DSN, -h NAME greeting name,
#   -M N exit after N messages, -n N exit after N sessions.
# CMD names: CONNECT (the greeting), HELO, EHLO, MAIL, RCPT, DATA, "." (the end
# of the message data), RSET, NOOP, QUIT, ...
# Running as root, "-u nobody" is added (smtp-sink requires it).
set -euo pipefail

PROG=${0##*/}
PATH=/usr/sbin:/sbin:$PATH
PY=/usr/bin/python3

die() { echo "$PROG: error: $*" >&2; exit 1; }
usage() {
    echo "usage: $PROG start DIR [smtp-sink options...] | $PROG stop DIR   (DIR: absolute path)" >&2
    exit 2
}

sink_pid() {
    local pid
    [ -r "$1/pid" ] || return 1
    pid=$(tr -dc 0-9 <"$1/pid")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    # Only if it still is our smtp-sink (pids get reused).
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q smtp-sink || return 1
    echo "$pid"
}

free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# True once 127.0.0.1:$1 is in LISTEN state (without connecting: a probe
# connection would count as a session for -n, -q CONNECT, ...).
listening() {
    local hex
    hex=$(printf '0100007F:%04X' "$1")
    awk -v a="$hex" '$2 == a && $4 == "0A" { found = 1 } END { exit !found }' /proc/net/tcp
}

cmd_start() {
    local dir="$1" port pid user_opt=()
    shift
    command -v smtp-sink >/dev/null 2>&1 \
        || die "smtp-sink not found (Debian package postfix; install the test dependencies: packaging/linux/deps.sh)"
    [ -x "$PY" ] || die "$PY not found (Debian package python3)"
    cmd_stop "$dir"
    mkdir -p "$dir/dump"
    rm -f "$dir/port" "$dir/pid"
    if [ "$(id -u)" -eq 0 ]; then
        user_opt=(-u nobody)
        chown nobody "$dir/dump"
    fi
    # The port may be taken between choosing and binding it: retry a few times.
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        setsid smtp-sink "${user_opt[@]}" "$@" "127.0.0.1:$port" 100 \
            </dev/null >"$dir/log" 2>&1 &
        pid=$!
        for _ in $(seq 1 50); do
            if listening "$port"; then
                echo "$pid" >"$dir/pid"
                echo "$port" >"$dir/port"
                echo "$port"
                return 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    cat "$dir/log" >&2 || true
    die "smtp-sink did not start (options: $*)"
}

cmd_stop() {
    local dir="$1" pid
    pid=$(sink_pid "$dir") || { rm -f "$dir/pid"; return 0; }
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/pid"
}

[ $# -ge 2 ] || usage
case "$2" in
    /*) ;;
    *) die "DIR must be an absolute path: $2" ;;
esac
case "$1" in
    start) shift; cmd_start "$@" ;;
    stop) [ $# -eq 2 ] || usage; cmd_stop "$2" ;;
    *) usage ;;
esac
