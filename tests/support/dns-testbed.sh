#!/bin/bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stamp test peer: a real authoritative DNS server (Knot DNS) on loopback.
#
#   dns-testbed.sh run DIR [ADDRESS]   serve every DIR/zones/<origin>.zone, in
#                                      the foreground (exec knotd), until SIGTERM
#   dns-testbed.sh wait ADDRESS ORIGIN [SECONDS]
#                                      wait until ADDRESS answers for ORIGIN (dig)
#   dns-testbed.sh dkim-key BITS       print a fresh RSA public key as a DKIM p=
#                                      value (base64 SubjectPublicKeyInfo)
#
# ADDRESS defaults to 127.0.0.153: port 53 is the only port Qt 6.4's
# QDnsLookup can ask (setNameserver() takes no port before Qt 6.6), and
# systemd-resolved desktops hold 127.0.0.53 and 127.0.0.54. Binding port 53
# needs root (or CAP_NET_BIND_SERVICE).
#
# "run" checks every zone first (knotc zone-check) and refuses to start on a
# bad one; it then replaces itself with knotd, so the caller's child process
# IS the server: killing it stops the server, nothing is left behind. knotd
# exits at once when the address is busy. Its log goes to stdout/stderr.
set -euo pipefail

PROG=${0##*/}
PATH=/usr/sbin:/sbin:$PATH
DEFAULT_ADDRESS=127.0.0.153

die() { echo "$PROG: error: $*" >&2; exit 1; }

need() {
    local t
    for t in "$@"; do
        command -v "$t" >/dev/null 2>&1 || die "$t is missing (Debian: apt-get install knot dnsutils)"
    done
}

cmd_run() {
    local dir=$1 address=${2:-$DEFAULT_ADDRESS}
    need knotd knotc
    [[ $dir = /* ]] || die "DIR must be an absolute path"
    [ -d "$dir/zones" ] || die "$dir/zones is missing"
    if [ "$(id -u)" -ne 0 ] && ! capsh --has-p=cap_net_bind_service 2>/dev/null; then
        die "binding $address port 53 needs root (or CAP_NET_BIND_SERVICE); run the tests as root"
    fi
    if command -v ss >/dev/null && ss -Hlnu "sport = :53" | awk '{print $4}' | grep -qxF "$address:53"; then
        die "$address port 53 is already in use: $(ss -Hlnup "sport = :53" | grep -F "$address:53" | head -1)"
    fi

    mkdir -p "$dir/db"
    # No "user:" line: the server keeps running as the caller (root), so it
    # can read DIR wherever it is.
    {
        echo "server:"
        echo "    listen: $address@53"
        echo "    rundir: $dir"
        echo "log:"
        echo "  - target: stderr"
        echo "    any: warning"
        echo "database:"
        echo "    storage: $dir/db"
        echo "zone:"
        local zone origin count=0
        for zone in "$dir"/zones/*.zone; do
            [ -e "$zone" ] || continue
            origin=$(basename "$zone" .zone)
            echo "  - domain: $origin"
            echo "    file: $zone"
            count=$((count + 1))
        done
        [ $count -gt 0 ] || die "no zone files in $dir/zones"
    } >"$dir/knot.conf"

    knotc -c "$dir/knot.conf" conf-check >/dev/null || die "bad configuration $dir/knot.conf"
    # Every zone, so a typo in a test's zone text fails here with knot's
    # reason instead of as a puzzling answer later.
    local out
    if ! out=$(knotc -c "$dir/knot.conf" zone-check 2>&1); then
        die "zone check failed:"$'\n'"$out"
    fi
    exec knotd -c "$dir/knot.conf"
}

cmd_wait() {
    local address=$1 origin=$2 seconds=${3:-10}
    need dig
    local deadline=$((SECONDS + seconds))
    until dig @"$address" +tries=1 +time=1 +norecurse SOA "$origin" 2>/dev/null | grep -q 'status: NOERROR'; do
        [ $SECONDS -lt $deadline ] || die "$address did not answer for $origin within $seconds s"
        sleep 0.01
    done
}

cmd_dkim_key() {
    local bits=$1
    need openssl base64
    openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$bits" 2>/dev/null \
        | openssl pkey -pubout -outform DER | base64 -w0
    echo
}

case ${1:-} in
    run) [ $# -ge 2 ] || die "usage: $PROG run DIR [ADDRESS]"; cmd_run "$2" "${3:-}" ;;
    wait) [ $# -ge 3 ] || die "usage: $PROG wait ADDRESS ORIGIN [SECONDS]"; cmd_wait "$2" "$3" "${4:-10}" ;;
    dkim-key) [ $# -eq 2 ] || die "usage: $PROG dkim-key BITS"; cmd_dkim_key "$2" ;;
    *) echo "usage: $PROG run DIR [ADDRESS] | wait ADDRESS ORIGIN [SECONDS] | dkim-key BITS" >&2; exit 2 ;;
esac
