#!/bin/bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stamp integration-test peer: a private Dovecot IMAP server on loopback, for
# the copy to the Sent folder (RFC 9051 APPEND). Nothing of the system's
# Dovecot is used or touched: configuration, mail, logs and sockets all live
# in DIR.
#
#   dovecot-testbed.sh start DIR [--no-special-use] [--quota-kb N]
#                                                      prints "IMAP_PORT IMAPS_PORT"
#   dovecot-testbed.sh stop DIR                        no error if not running
#   dovecot-testbed.sh pause DIR                       stop it, keep mail and ports (an outage)
#   dovecot-testbed.sh resume DIR                      start a paused instance again
#   dovecot-testbed.sh count DIR MAILBOX               how many messages MAILBOX holds
#
# DIR (absolute path, created if missing) receives:
#   DIR/ports          "IMAP_PORT IMAPS_PORT" on 127.0.0.1: IMAP with STARTTLS
#                      (no login before it) and IMAP over implicit TLS
#   DIR/user, DIR/password   the one mailbox's login (PLAIN/LOGIN)
#   DIR/ca.pem         the CA that signed the server certificate (DNS:localhost)
#   DIR/server-cert.sha256   the server certificate's SHA-256, for pinning
#   DIR/log            Dovecot's log (logins, APPENDs with their sizes)
#   DIR/mail/          the mailbox in Maildir++ form: Sent is DIR/mail/.Sent
#
# By default the Sent folder is called "Sent" and marked \Sent (RFC 6154
# SPECIAL-USE), as Dovecot's own example configuration does. With
# --no-special-use the server announces no SPECIAL-USE and the folder is
# called "Sent Items", as older servers have it: the client must be told its
# name. With --quota-kb N the mailbox holds at most N KiB: an APPEND that
# does not fit is refused with NO [OVERQUOTA] (RFC 5530 §3).
set -euo pipefail

PROG=${0##*/}
PATH=/usr/sbin:/sbin:$PATH
PY=/usr/bin/python3
START_TIMEOUT=20

die() { echo "$PROG: error: $*" >&2; exit 1; }
usage() {
    echo "usage: $PROG start DIR [--no-special-use] | stop DIR | pause DIR | resume DIR | count DIR MAILBOX" >&2
    exit 2
}

need_tools() {
    for t in dovecot doveadm openssl sha256sum; do
        command -v "$t" >/dev/null || die "$t not found (Debian packages: dovecot-imapd openssl)"
    done
}

pick_ports() {
    "$PY" - <<'EOF'
import socket
socks = []
for _ in range(2):
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
    printf '%s\n' 'basicConstraints = critical, CA:TRUE' 'keyUsage = critical, keyCertSign, cRLSign' >"$t/ca.ext"
    printf '%s\n' 'basicConstraints = critical, CA:FALSE' 'keyUsage = critical, digitalSignature, keyEncipherment' \
        'extendedKeyUsage = serverAuth' 'subjectAltName = DNS:localhost' >"$t/server.ext"
    {
        openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/ca-key.pem" \
            -subj "/O=Stamp tests/CN=Stamp IMAP Testbed CA" -out "$t/ca.csr"
        openssl x509 -req -in "$t/ca.csr" -signkey "$dir/ca-key.pem" -days 3650 -sha256 \
            -extfile "$t/ca.ext" -out "$dir/ca.pem"
        openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/server-key.pem" \
            -subj "/O=Stamp tests/CN=localhost" -out "$t/server.csr"
        openssl x509 -req -in "$t/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca-key.pem" \
            -set_serial "0x$(openssl rand -hex 8)" -days 825 -sha256 -extfile "$t/server.ext" \
            -out "$dir/server-cert.pem"
    } >"$t/log" 2>&1 || { cat "$t/log" >&2; rm -rf "$t"; die "openssl failed"; }
    rm -rf "$t"
    chmod 644 "$dir/ca.pem" "$dir/server-cert.pem"
    chmod 600 "$dir/ca-key.pem" "$dir/server-key.pem"
    openssl x509 -in "$dir/server-cert.pem" -outform DER | sha256sum | cut -d' ' -f1 >"$dir/server-cert.sha256"
}

# Dovecot refuses to deliver mail as root; as root the mailbox belongs to
# "nobody", otherwise to whoever runs the tests.
mail_owner() {
    if [ "$(id -u)" -eq 0 ]; then echo nobody; else id -un; fi
}

# The mailbox's owner must reach DIR/mail: a test's private temporary folder
# (0700, root's) is opened for passing through (o+x, not reading) when the
# mailbox belongs to "nobody".
let_owner_through() {
    local path="$1" owner="$2"
    [ "$owner" = nobody ] || return 0
    while [ "$path" != / ] && [ -n "$path" ]; do
        [ -d "$path" ] && chmod o+x "$path"
        path=$(dirname "$path")
    done
}

write_config() {
    local dir="$1" imap="$2" imaps="$3" special="$4" quota="$5" owner uid gid sent capability quota_conf=
    owner=$(mail_owner)
    uid=$(id -u "$owner")
    gid=$(id -g "$owner")
    if [ "$special" = yes ]; then
        sent='mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }'
        capability=''
    else
        sent='mailbox "Sent Items" {
    auto = subscribe
  }'
        # Dovecot's capability list without SPECIAL-USE (RFC 6154 §2).
        capability='imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE NAMESPACE UIDPLUS'
    fi
    if [ -n "$quota" ]; then
        quota_conf="mail_plugins = \$mail_plugins quota
plugin {
  quota = maildir:User quota
  quota_rule = *:storage=${quota}K
}"
    fi
    cat >"$dir/dovecot.conf" <<EOF
# Private Dovecot instance for Stamp's integration tests (generated by $PROG).
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/log
info_log_path = $dir/log
instance_name = stamp-imap-$imap
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <$dir/server-cert.pem
ssl_key = <$dir/server-key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_verbose = yes
mail_debug = no
verbose_proctitle = no
default_login_user = $owner
default_internal_user = $owner
default_internal_group = $(id -gn "$owner")
first_valid_uid = 1
mail_location = maildir:$dir/mail
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
namespace inbox {
  inbox = yes
  separator = /
  $sent
}
$capability
$quota_conf
protocol imap {
  mail_max_userip_connections = 50
}
EOF
}

wait_ready() {
    local dir="$1" imap="$2"
    "$PY" - "$imap" "$START_TIMEOUT" <<'EOF'
import socket, sys, time
port, limit = int(sys.argv[1]), float(sys.argv[2])
end = time.time() + limit
while time.time() < end:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            if s.recv(200).startswith(b"* OK"):
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
sys.exit(1)
EOF
}

run_dovecot() {
    local dir="$1" imap
    imap=$(cut -d' ' -f1 "$dir/ports")
    # Its own output goes to the log: a daemon holding the caller's stdout
    # open would keep a test that reads it waiting forever.
    dovecot -c "$dir/dovecot.conf" </dev/null >>"$dir/log" 2>&1 || { tail -20 "$dir/log" >&2 2>/dev/null; die "dovecot did not start"; }
    wait_ready "$dir" "$imap" || { tail -20 "$dir/log" >&2; die "dovecot did not answer on port $imap"; }
}

stop_dovecot() {
    local dir="$1" i
    [ -f "$dir/dovecot.conf" ] || return 0
    [ -f "$dir/run/master.pid" ] || return 0
    doveadm -c "$dir/dovecot.conf" stop >/dev/null 2>&1 || true
    for i in $(seq 50); do
        [ -f "$dir/run/master.pid" ] || return 0
        kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null || { rm -f "$dir/run/master.pid"; return 0; }
        sleep 0.1
    done
    kill -9 "$(cat "$dir/run/master.pid")" 2>/dev/null || true
    rm -f "$dir/run/master.pid"
}

start() {
    local dir="$1" special=yes quota='' ports owner
    shift
    while [ $# -gt 0 ]; do
        case "$1" in
        --no-special-use) special=no ;;
        --quota-kb) [ $# -ge 2 ] || usage; quota="$2"; shift ;;
        *) usage ;;
        esac
        shift
    done
    need_tools
    mkdir -p "$dir"
    stop_dovecot "$dir"
    rm -rf "$dir/mail" "$dir/run" "$dir/state" "$dir/log"
    mkdir -p "$dir/run" "$dir/state" "$dir/mail"
    owner=$(mail_owner)
    chown "$owner:" "$dir/mail"
    let_owner_through "$dir" "$owner"
    echo "stamp@example.test" >"$dir/user"
    openssl rand -hex 12 >"$dir/password"
    chmod 600 "$dir/password"
    printf '%s:{PLAIN}%s\n' "$(cat "$dir/user")" "$(cat "$dir/password")" >"$dir/users"
    chmod 640 "$dir/users"
    chgrp "$(id -gn "$owner")" "$dir/users" 2>/dev/null || true
    make_certs "$dir"
    ports=$(pick_ports)
    echo "$ports" >"$dir/ports"
    write_config "$dir" ${ports} "$special" "$quota"
    touch "$dir/log"
    run_dovecot "$dir"
    echo "$ports"
}

count() {
    local dir="$1" mailbox="$2"
    doveadm -c "$dir/dovecot.conf" search -u "$(cat "$dir/user")" mailbox "$mailbox" ALL 2>/dev/null | wc -l
}

[ $# -ge 2 ] || usage
cmd="$1" dir="$2"
case "$dir" in /*) ;; *) die "DIR must be an absolute path" ;; esac
shift 2
case "$cmd" in
start) start "$dir" "$@" ;;
stop) [ $# -eq 0 ] || usage; stop_dovecot "$dir" ;;
pause) [ $# -eq 0 ] || usage; stop_dovecot "$dir" ;;
resume) [ $# -eq 0 ] || usage; [ -f "$dir/dovecot.conf" ] || die "$dir holds no test instance"; run_dovecot "$dir" ;;
count) [ $# -eq 1 ] || usage; count "$dir" "$1" ;;
*) usage ;;
esac
