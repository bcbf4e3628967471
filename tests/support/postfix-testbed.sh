#!/bin/bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stamp integration-test peer: a private Postfix instance on loopback.
#
#   postfix-testbed.sh start DIR   create (afresh) and start an instance under DIR
#   postfix-testbed.sh stop DIR    stop it (no error if it is not running)
#   postfix-testbed.sh pause DIR   stop it but keep its configuration, ports and mail log (an outage)
#   postfix-testbed.sh resume DIR  start a paused instance again on the same ports
#
# DIR must be an absolute path. It is created if missing; an existing DIR must
# be empty or have been made by this script (marker file .stamp-postfix-testbed).
# Needs root (Postfix's master runs as root and drops to the "postfix" user).
#
# After "start", DIR/testbed.env holds shell-sourceable facts about the instance:
#   HOST             always "localhost" (the only name in the server certificate)
#   STARTTLS_PORT    submission; STARTTLS required before AUTH and MAIL
#   TLS_PORT         implicit TLS (TLS from the first byte)
#   PLAIN_PORT       no TLS at all, AUTH offered in the clear (loopback only)
#   TRUSTING_PORT    like PLAIN_PORT, but relays for its own network without a
#                    login (permit_mynetworks), as internal relays do: a refused
#                    login does not stop the mail that follows it
#   CA_FILE          test CA that signed the server certificate (DNS:localhost only,
#                    no IP address, so "127.0.0.1" is a host-name mismatch)
#   SERVER_CERT_FILE the server certificate itself (PEM)
#   OTHER_CA_FILE    an unrelated self-signed CA certificate (negative tests);
#                    OTHER_KEY_FILE is its key
#   CERT_SHA256      SHA-256 of the server certificate's DER, lower-case hex
#   REALM USER PASSWORD USER2 PASSWORD2   SASL accounts (log in as user@realm)
#   MAILLOG          Postfix's log of this instance
#   SIZE_LIMIT       message_size_limit in bytes
#   REFUSED_RCPT     recipient refused with 550 5.1.1 at RCPT
#   TEMPFAIL_RCPT    recipient refused with 450 4.2.0 at RCPT
#   REFUSED_SENDER   sender refused with 553 5.7.1 at MAIL
#   TEST_HEADER      a header name; with the value REJECT_HEADER_VALUE the
#                    message is refused after the final dot (550 5.7.1), with
#                    TEMPFAIL_HEADER_VALUE with a 4xx reply
#   MECHS            the SASL mechanisms offered, comma-separated
# Values never contain spaces or quotes: the file is also easy to parse as
# plain KEY=VALUE lines.
# Every accepted message is discarded (never relayed or delivered).
set -euo pipefail

PROG=${0##*/}
PATH=/usr/sbin:/sbin:$PATH
MAIN_CF=/etc/postfix/main.cf
LOCK_FILE=/run/lock/stamp-postfix-testbed.lock
PY=/usr/bin/python3
MARKER=.stamp-postfix-testbed
REALM=stamp.test
USER1=alice
PASS1='Corr3ct-Horse!'
USER2=bob
PASS2='B0b-Batt3ry-Stapl3'
# The benchmark raises it (STAMP_TESTBED_SIZE_LIMIT) to send 100 MB messages.
SIZE_LIMIT=${STAMP_TESTBED_SIZE_LIMIT:-1048576}
MECHS='PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256'
START_TIMEOUT=20   # seconds to wait for the three listeners

# Postfix re-reads a configuration file (main.cf, texthash maps) until its mtime
# is at least two seconds old (protection against half-written files), which
# adds up to 2 s per file just written. Date fresh files back instead.
backdate() { touch -c -d "@$(( $(date +%s) - 10 ))" "$@"; }

die() { echo "$PROG: error: $*" >&2; exit 1; }
note() { echo "$PROG: $*" >&2; }

usage() {
    echo "usage: $PROG start|stop DIR   (DIR: absolute path)" >&2
    exit 2
}

need_tools() {
    local missing=() t
    for t in postfix postconf saslpasswd2 openssl flock runuser sha256sum; do
        command -v "$t" >/dev/null 2>&1 || missing+=("$t")
    done
    [ -x "$PY" ] || missing+=("$PY")
    if [ ${#missing[@]} -gt 0 ]; then
        die "missing: ${missing[*]} (install the test dependencies first: packaging/linux/deps.sh;" \
            "Debian packages: postfix sasl2-bin libsasl2-modules openssl python3)"
    fi
    local plugin
    for plugin in libsasldb libplain liblogin libcrammd5 libscram; do
        compgen -G "/usr/lib/*/sasl2/$plugin.so*" >/dev/null \
            || die "Cyrus SASL plug-in $plugin not found: install libsasl2-modules"
    done
}

# All edits of the shared /etc/postfix/main.cf happen under this lock.
take_lock() {
    mkdir -p "${LOCK_FILE%/*}"
    exec 9>>"$LOCK_FILE"
    flock -w 60 9 || die "could not lock $LOCK_FILE within 60 s"
}

ensure_main_cf() {
    if [ ! -e "$MAIN_CF" ]; then
        # Debian's "No configuration" install leaves no main.cf; postfix -c and
        # postconf need one, if only to list the alternate directories.
        printf '# Created by Stamp tests/support/%s: holds only the list of private test instances.\n' \
            "$PROG" >"$MAIN_CF"
        chmod 644 "$MAIN_CF"
    fi
}

# Current alternate_config_directories entries, one per line.
alt_dirs() {
    postconf -c /etc/postfix -h alternate_config_directories 2>/dev/null | tr ', \t' '\n' | sed '/^$/d'
}

# Rewrite alternate_config_directories (entries on stdin) as a single line,
# in place; drop the line when no entry is left.
set_alt_dirs() {
    local joined
    joined=$(paste -sd, - | sed 's/,/, /g')
    if [ "$(grep -c '^[[:space:]]*alternate_config_directories[[:space:]]*=' "$MAIN_CF")" -gt 1 ]; then
        # Several definitions (only the last one counts): collapse them into one.
        postconf -c /etc/postfix -X alternate_config_directories 2>/dev/null
    fi
    if [ -n "$joined" ]; then
        postconf -c /etc/postfix -e "alternate_config_directories = $joined" \
            || die "could not edit $MAIN_CF"
    elif grep -q '^[[:space:]]*alternate_config_directories[[:space:]]*=' "$MAIN_CF"; then
        postconf -c /etc/postfix -X alternate_config_directories
    fi
    backdate "$MAIN_CF"
}

alt_add() {
    ensure_main_cf
    # Merge every existing definition (a later line would override an earlier one).
    { grep -E '^[[:space:]]*alternate_config_directories[[:space:]]*=' "$MAIN_CF" \
          | sed -E 's/^[^=]*=//' | tr ', \t' '\n' | sed '/^$/d' || true
      alt_dirs; echo "$1"; } | awk '!seen[$0]++' | set_alt_dirs
}

alt_remove() {
    [ -e "$MAIN_CF" ] || return 0
    alt_dirs | awk -v d="$1" '$0 != d' | set_alt_dirs
}

master_pid() {
    local f="$1/queue/pid/master.pid" pid
    [ -r "$f" ] || return 1
    pid=$(tr -dc 0-9 <"$f")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    # Only if it still is a Postfix master (pids get reused).
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q '/master' || return 1
    echo "$pid"
}

# Stop the instance in $1 if one runs. Caller holds the lock and has DIR in
# alternate_config_directories.
stop_instance() {
    local dir="$1" pid
    pid=$(master_pid "$dir") || return 0
    # What "postfix stop" does, minus its one-second polling.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    note "master $pid of $dir did not stop within 10 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    # Its children exit on their own once the master is gone.
    sleep 0.5
}

check_dir_arg() {
    local dir="$1"
    case "$dir" in
        /*) ;;
        *) die "DIR must be an absolute path: $dir" ;;
    esac
    case "$dir" in
        *[[:space:],]*) die "DIR must not contain white space or commas: $dir" ;;
    esac
    [ "$dir" != / ] || die "refusing to use / as DIR"
}

canon_dir() {
    # Normalise (no trailing slash, no ..), without requiring that it exists.
    realpath -m -- "$1"
}

# Three distinct free loopback ports: hold all three sockets until all are
# chosen. Runs under the lock, so two instances never pick the same ones.
pick_ports() {
    "$PY" - <<'EOF'
import socket
socks = []
for _ in range(4):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
}

make_certs() {
    local dir="$1" t
    t=$(mktemp -d)
    cat >"$t/ca.ext" <<'EOF'
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF
    cat >"$t/server.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
    cat >"$t/other.ext" <<'EOF'
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost
subjectKeyIdentifier = hash
EOF
    {
        # Test CA
        openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/ca-key.pem" \
            -subj "/O=Stamp tests/CN=Stamp Testbed CA" -out "$t/ca.csr"
        openssl x509 -req -in "$t/ca.csr" -signkey "$dir/ca-key.pem" -days 3650 \
            -sha256 -extfile "$t/ca.ext" -out "$dir/ca.pem"
        # Server certificate for DNS:localhost only
        openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/server-key.pem" \
            -subj "/O=Stamp tests/CN=localhost" -out "$t/server.csr"
        openssl x509 -req -in "$t/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca-key.pem" \
            -set_serial "0x$(openssl rand -hex 8)" -days 825 -sha256 \
            -extfile "$t/server.ext" -out "$dir/server-cert.pem"
        # Unrelated self-signed certificate (never trusted by anything here)
        openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/other-key.pem" \
            -subj "/O=Stamp tests/CN=Stamp Other CA" -out "$t/other.csr"
        openssl x509 -req -in "$t/other.csr" -signkey "$dir/other-key.pem" -days 3650 \
            -sha256 -extfile "$t/other.ext" -out "$dir/other-ca.pem"
    } >"$t/log" 2>&1 || { cat "$t/log" >&2; rm -rf "$t"; die "openssl failed"; }
    rm -rf "$t"
    chmod 644 "$dir"/ca.pem "$dir"/server-cert.pem "$dir"/other-ca.pem
    chmod 600 "$dir"/ca-key.pem "$dir"/server-key.pem "$dir"/other-key.pem
    openssl x509 -in "$dir/server-cert.pem" -outform DER | sha256sum | cut -d' ' -f1 \
        >"$dir/server-cert.sha256"
}

make_sasl() {
    local sasl="$1/etc/sasl" db="$1/etc/sasl/sasldb2"
    mkdir -p "$sasl"
    cat >"$sasl/smtpd.conf" <<EOF
pwcheck_method: auxprop
auxprop_plugin: sasldb
sasldb_path: $db
mech_list: $MECHS
EOF
    printf '%s' "$PASS1" | saslpasswd2 -p -f "$db" -c -u "$REALM" "$USER1" \
        || die "saslpasswd2 failed for $USER1"
    printf '%s' "$PASS2" | saslpasswd2 -p -f "$db" -c -u "$REALM" "$USER2" \
        || die "saslpasswd2 failed for $USER2"
    # smtpd runs as postfix and must read these (root-owned, as "postfix check"
    # wants everything under the configuration directory).
    chown -R root:postfix "$sasl"
    chmod 750 "$sasl"
    chmod 640 "$sasl"/*
}

write_config() {
    local dir="$1" p_starttls="$2" p_tls="$3" p_plain="$4" token="$5" p_trusting="$6" cf="$1/etc"

    cat >"$cf/recipient_access" <<'EOF'
refused@example.net     550 5.1.1 User unknown
reject@stamp.test       550 5.1.1 User unknown
later@example.net       450 4.2.0 Mailbox busy, try again later
EOF
    cat >"$cf/sender_access" <<'EOF'
refused-sender@example.net  553 5.7.1 Sender not allowed here
EOF
    cat >"$cf/header_checks" <<'EOF'
/^X-Stamp-Testbed: reject-data/     REJECT 5.7.1 Message content rejected by testbed
/^X-Stamp-Testbed: tempfail-data/   REJECT 4.7.1 Message content deferred by testbed
EOF

    cat >"$cf/main.cf" <<EOF
# Private Postfix instance for Stamp's integration tests (generated by $PROG).
compatibility_level = 3.6
config_directory = $cf
queue_directory = $dir/queue
data_directory = $dir/data
maillog_file = $dir/maillog
maillog_file_prefixes = $dir
# Skip the reverse lookup of 127.0.0.1 (no DNS needed on CI machines).
smtpd_peername_lookup = no
myhostname = localhost
mydomain = $REALM
myorigin = \$mydomain
mydestination =
relay_domains =
local_recipient_maps =
alias_maps =
alias_database =
inet_interfaces = loopback-only
inet_protocols = ipv4
smtpd_banner = \$myhostname ESMTP Stamp testbed $token
biff = no
append_dot_mydomain = no
readme_directory = no
smtputf8_enable = yes

# Everything accepted is thrown away.
default_transport = discard:testbed
relay_transport = discard:testbed
local_transport = discard:testbed
virtual_transport = discard:testbed

message_size_limit = $SIZE_LIMIT

# TLS (per-listener levels in master.cf)
smtpd_tls_cert_file = $dir/server-cert.pem
smtpd_tls_key_file = $dir/server-key.pem
smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes

# SASL via Cyrus sasldb in $cf/sasl
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
cyrus_sasl_config_path = $cf/sasl
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous
smtpd_sasl_authenticated_header = no

# Relaying only after AUTH; some addresses are refused on purpose.
smtpd_delay_reject = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access texthash:$cf/recipient_access
smtpd_sender_login_maps = texthash:$cf/sender_login
smtpd_sender_restrictions = check_sender_access texthash:$cf/sender_access,
    reject_known_sender_login_mismatch
header_checks = regexp:$cf/header_checks

# Tests provoke errors on purpose: no tar-pit delays.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 100
EOF
    # Each account may use only its own address as MAIL FROM (others are free).
    printf '%s@%s %s@%s\n%s@%s %s@%s\n' "$USER1" "$REALM" "$USER1" "$REALM" \
        "$USER2" "$REALM" "$USER2" "$REALM" >"$cf/sender_login"

    cat >"$cf/master.cf" <<EOF
# Private Postfix instance for Stamp's integration tests (generated by $PROG).
# service type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:$p_starttls inet n - n - - smtpd
  -o syslog_name=postfix/starttls
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$p_tls inet n - n - - smtpd
  -o syslog_name=postfix/tls
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$p_plain inet n - n - - smtpd
  -o syslog_name=postfix/plain
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$p_trusting inet n - n - - smtpd
  -o syslog_name=postfix/trusting
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
  -o smtpd_sasl_auth_enable=yes
  -o mynetworks=127.0.0.0/8
  -o smtpd_relay_restrictions=permit_mynetworks,permit_sasl_authenticated,reject_unauth_destination
pickup     unix  n - n 60 1 pickup
cleanup    unix  n - n -  0 cleanup
qmgr       unix  n - n 300 1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n -  - trivial-rewrite
bounce     unix  - - n -  0 bounce
defer      unix  - - n -  0 bounce
trace      unix  - - n -  0 bounce
verify     unix  - - n -  1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n -  - proxymap
proxywrite unix  - - n -  1 proxymap
smtp       unix  - - n -  - smtp
relay      unix  - - n -  - smtp
showq      unix  n - n -  - showq
error      unix  - - n -  - error
retry      unix  - - n -  - error
discard    unix  - - n -  - discard
local      unix  - n n -  - local
virtual    unix  - n n -  - virtual
lmtp       unix  - - n -  - lmtp
anvil      unix  - - n -  1 anvil
scache     unix  - - n -  1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
    chmod 644 "$cf"/main.cf "$cf"/master.cf "$cf"/recipient_access "$cf"/sender_access \
        "$cf"/sender_login "$cf"/header_checks
    backdate "$cf"/main.cf "$cf"/master.cf "$cf"/recipient_access "$cf"/sender_access \
        "$cf"/sender_login "$cf"/header_checks "$cf"/sasl/*
}

# Wait until all three listeners greet with this instance's token.
wait_ready() {
    local dir="$1" p_starttls="$2" p_tls="$3" p_plain="$4" token="$5" p_trusting="$6"
    "$PY" - "$p_starttls" "$p_tls" "$p_plain" "$token" "$dir/ca.pem" "$START_TIMEOUT" "$p_trusting" <<'EOF'
import socket, ssl, sys, time
p_starttls, p_tls, p_plain, token, ca, limit, p_trusting = sys.argv[1:8]
deadline = time.monotonic() + float(limit)
ctx = ssl.create_default_context(cafile=ca)
def greets(port, tls):
    try:
        s = socket.create_connection(("127.0.0.1", int(port)), timeout=2)
    except OSError:
        return False
    try:
        if tls:
            s = ctx.wrap_socket(s, server_hostname="localhost")
        data = b""
        while b"\n" not in data:
            chunk = s.recv(1024)
            if not chunk:
                return False
            data += chunk
        ok = data.startswith(b"220 ") and token.encode() in data
        s.sendall(b"QUIT\r\n")
        return ok
    except (OSError, ssl.SSLError):
        return False
    finally:
        s.close()
pending = [(p_starttls, False), (p_tls, True), (p_plain, False), (p_trusting, False)]
while pending:
    pending = [p for p in pending if not greets(*p)]
    if not pending:
        break
    if time.monotonic() > deadline:
        print("not ready: " + ", ".join(p for p, _ in pending), file=sys.stderr)
        sys.exit(1)
    time.sleep(0.1)
EOF
}

START_DIR=
start_failed() {
    local rc=$?
    [ "$rc" -ne 0 ] && [ -n "$START_DIR" ] || return 0
    stop_instance "$START_DIR" || true
    alt_remove "$START_DIR/etc" || true
    exit "$rc"
}

cmd_start() {
    local dir="$1" ports p_starttls p_tls p_plain p_trusting token t0
    t0=$(date +%s.%N)
    if [ -e "$dir" ]; then
        [ -d "$dir" ] || die "$dir exists and is not a directory"
        if [ ! -e "$dir/$MARKER" ] && [ -n "$(ls -A "$dir")" ]; then
            die "$dir is not empty and was not made by $PROG; refusing to reuse it"
        fi
    fi
    mkdir -p "$dir"
    # smtpd (user postfix) must reach the certificates and the sasldb.
    chmod 755 "$dir"
    touch "$dir/$MARKER"
    runuser -u postfix -- test -x "$dir" \
        || die "user postfix cannot enter $dir (make its parent directories world-searchable)"

    take_lock
    alt_add "$dir/etc"
    # From here on, a failure stops what may run and drops the entry again.
    START_DIR=$dir
    trap start_failed EXIT
    stop_instance "$dir"
    # Start afresh: remove what an earlier run left behind.
    rm -rf "${dir:?}/etc" "${dir:?}/queue" "${dir:?}/data"
    rm -f "$dir"/maillog "$dir"/testbed.env "$dir"/*.pem "$dir"/server-cert.sha256
    mkdir -p "$dir/etc" "$dir/data" "$dir/queue"
    chmod 755 "$dir/etc" "$dir/queue"
    chown postfix:postfix "$dir/data"

    make_certs "$dir"
    make_sasl "$dir"
    ports=$(pick_ports) || die "could not pick free loopback ports"
    read -r p_starttls p_tls p_plain p_trusting <<<"$ports"
    token="($(openssl rand -hex 6))"
    echo "$token" >"$dir/banner-token"
    write_config "$dir" "$p_starttls" "$p_tls" "$p_plain" "$token" "$p_trusting"
    : >"$dir/maillog"

    runuser -u postfix -- test -r "$dir/etc/sasl/sasldb2" \
        || die "user postfix cannot read $dir/etc/sasl/sasldb2"

    local out
    # "start" first runs the checks of "postfix check", which also create the
    # queue directories with the right owners and modes.
    if ! out=$(postfix -c "$dir/etc" start 2>&1 </dev/null); then
        echo "$out" >&2
        tail -n 30 "$dir/maillog" >&2 2>/dev/null || true
        die "postfix -c $dir/etc start failed"
    fi

    if ! wait_ready "$dir" "$p_starttls" "$p_tls" "$p_plain" "$token" "$p_trusting"; then
        echo "----- problems in $dir/maillog -----" >&2
        grep -E 'fatal|panic|error|warning' "$dir/maillog" | tail -n 20 >&2 || true
        echo "----- last lines of $dir/maillog -----" >&2
        tail -n 15 "$dir/maillog" >&2 || true
        die "the listeners did not come up within $START_TIMEOUT s"
    fi

    cat >"$dir/testbed.env" <<EOF
HOST=localhost
STARTTLS_PORT=$p_starttls
TLS_PORT=$p_tls
PLAIN_PORT=$p_plain
TRUSTING_PORT=$p_trusting
CA_FILE=$dir/ca.pem
SERVER_CERT_FILE=$dir/server-cert.pem
OTHER_CA_FILE=$dir/other-ca.pem
OTHER_KEY_FILE=$dir/other-key.pem
CERT_SHA256=$(cat "$dir/server-cert.sha256")
REALM=$REALM
USER=$USER1@$REALM
PASSWORD=$PASS1
USER2=$USER2@$REALM
PASSWORD2=$PASS2
MAILLOG=$dir/maillog
SIZE_LIMIT=$SIZE_LIMIT
REFUSED_RCPT=refused@example.net
TEMPFAIL_RCPT=later@example.net
REFUSED_SENDER=refused-sender@example.net
TEST_HEADER=X-Stamp-Testbed
REJECT_HEADER_VALUE=reject-data
TEMPFAIL_HEADER_VALUE=tempfail-data
MECHS=${MECHS// /,}
EOF
    chmod 644 "$dir/testbed.env"
    trap - EXIT
    flock -u 9
    local t1
    t1=$(date +%s.%N)
    note "started in $dir (starttls $p_starttls, tls $p_tls, plain $p_plain) in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s"
}

cmd_stop() {
    local dir="$1"
    take_lock
    stop_instance "$dir"
    alt_remove "$dir/etc"
}

# An outage: the master goes, the configuration and the ports stay, so a
# client that knew the server finds its connections refused until resume.
cmd_pause() {
    local dir="$1"
    [ -f "$dir/testbed.env" ] || die "$dir holds no started instance"
    take_lock
    stop_instance "$dir"
}

cmd_resume() {
    local dir="$1" out
    [ -f "$dir/testbed.env" ] || die "$dir holds no started instance"
    # shellcheck disable=SC1091
    . "$dir/testbed.env"
    take_lock
    if ! master_pid "$dir" >/dev/null; then
        if ! out=$(postfix -c "$dir/etc" start 2>&1 </dev/null); then
            echo "$out" >&2
            die "postfix -c $dir/etc start failed"
        fi
    fi
    wait_ready "$dir" "$STARTTLS_PORT" "$TLS_PORT" "$PLAIN_PORT" "$(cat "$dir/banner-token")" "$TRUSTING_PORT" \
        || die "the listeners did not come back within $START_TIMEOUT s"
}

[ $# -eq 2 ] || usage
[ "$(id -u)" -eq 0 ] || die "must run as root (Postfix's master needs it)"
check_dir_arg "$2"
DIR=$(canon_dir "$2")
need_tools
case "$1" in
    start) cmd_start "$DIR" ;;
    stop) cmd_stop "$DIR" ;;
    pause) cmd_pause "$DIR" ;;
    resume) cmd_resume "$DIR" ;;
    *) usage ;;
esac
