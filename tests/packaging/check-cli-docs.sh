#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks stamp(1) and the shell completions the build wrote
# (packaging/linux/cli-docs.cmake) against the built stamp itself.
#   check-cli-docs.sh STAMP DOCS_DIR manpage|drift|bash|syntax|reproducible
set -uo pipefail

stamp=$1
docs=$2
check=$3
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Every help screen a person can ask for, found the way a person would:
# the commands `stamp --help` lists, and the sub-commands a command's
# --help lists under "Sub-commands:".
helps() {
    local command sub
    for command in $("$stamp" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p'); do
        echo "$command"
        for sub in $("$stamp" "$command" --help | sed -n '/^Sub-commands:/,/^$/s/^  \([a-z-]*\).*/\1/p'); do
            echo "$command $sub"
        done
    done
}

# The long options one help screen prints.
options_of() {
    # shellcheck disable=SC2086
    "$stamp" $1 --help | sed -n 's/^  \(-[A-Za-z0-9], \)\{0,1\}--\([A-Za-z0-9][A-Za-z0-9-]*\).*/\2/p'
}

case $check in
manpage)
    # groff's own warnings (-ww) and man(1)'s, on the page as installed.
    out=$(groff -man -ww -z "$docs/stamp.1" 2>&1) || fail "groff failed"
    [ -z "$out" ] || fail "groff warns: $out"
    out=$(MANWIDTH=80 man --warnings -l "$docs/stamp.1.gz" 2>&1 >/dev/null) || fail "man failed"
    [ -z "$out" ] || fail "man warns: $out"
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS '"EXIT STATUS"' FILES ENVIRONMENT SECURITY '"SEE ALSO"'; do
        grep -qx ".SH $section" "$docs/stamp.1" || fail "no section $section"
    done
    grep -q 'msmtp' "$docs/stamp.1" || fail "SEE ALSO does not name msmtp(1)"
    # The exit statuses `stamp --help` documents are the page's.
    for code in 0 1 2 3; do
        grep -qx ".B $code" "$docs/stamp.1" || fail "exit status $code is not described"
    done
    # Paths relative to the XDG directories, not the builder's home.
    grep -q "$HOME" "$docs/stamp.1" && fail "the page names the build's home directory"
    grep -q 'XDG_CONFIG_HOME/Stamp/stamp/accounts.json' "$docs/stamp.1" || fail "FILES lacks the accounts file"
    ;;
drift)
    # A command or option that --help shows and the page or a completion
    # misses means the generator no longer reads the command line.
    count=0
    while read -r path; do
        word=${path##* }
        grep -qF "stamp ${path//-/\\-}" "$docs/stamp.1" || fail "man page lacks '$path'"
        for script in stamp.bash _stamp stamp.fish; do
            grep -qw -- "$word" "$docs/$script" || fail "$script lacks '$path'"
        done
        for option in $(options_of "$path"); do
            count=$((count + 1))
            grep -qF -- "\\-\\-${option//-/\\-}" "$docs/stamp.1" || fail "man page lacks $path --$option"
            grep -qE -- "(^|[ '|(,])--$option([ '|=)]|$)" "$docs/stamp.bash" || fail "bash completion lacks $path --$option"
            grep -qE -- "(^|[ '|{,])--$option([ '=,\[}]|$)" "$docs/_stamp" || fail "zsh completion lacks $path --$option"
            grep -qE -- " -l $option( |$)" "$docs/stamp.fish" || fail "fish completion lacks $path --$option"
        done
    done < <(helps)
    [ "$count" -gt 50 ] || fail "only $count options found in the help screens"
    echo "$count options checked"
    ;;
bash)
    # Complete as bash does: the words typed so far, the cursor in the last.
    complete_words() {
        bash --norc --noprofile -c '
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
            COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _stamp stamp "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf "%s\n" "${COMPREPLY[@]}"' check "$docs/stamp.bash" "$@" | sort | tr '\n' ' ' | sed 's/ $//'
    }
    expect() {
        local want=$1
        shift
        local got
        got=$(complete_words "$@")
        [ "$got" = "$want" ] || fail "'$*' completes to '$got', not '$want'"
    }
    expect "send" stamp se
    expect "completion" stamp compl
    expect "compose" stamp compo
    expect "--security" stamp send --sec
    expect "none starttls tls" stamp send --security ""
    expect "tls" stamp check --security t
    expect "scram-sha-1 scram-sha-256" stamp send --auth scram
    expect "oauth" stamp account add NAME --auth oa
    expect "high" stamp send --priority h
    expect "set-password show sign-in" stamp account s
    expect "--oauth-mechanism" stamp account add x --oauth-m
    expect "remove retry" stamp outbox re
    expect "--account" stamp outbox sent --acc
    expect "bash" stamp completion ba
    # A file option completes files.
    tmp=$(mktemp -d)
    touch "$tmp/message.eml"
    expect "$tmp/message.eml" stamp send --eml "$tmp/mess"
    expect "$tmp/message.eml" stamp send --ca-file "$tmp/m"
    # Saved account names come from `stamp account list`.
    export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data PATH=$(dirname "$stamp"):$PATH
    "$stamp" account add work --email me@example.invalid --host localhost --auth none >/dev/null ||
        fail "cannot save an account to complete"
    expect "work" stamp send --account w
    expect "work" stamp account show ""
    expect "" stamp account add ""
    rm -r "$tmp"
    # Every option, every command: an option offered where it is valid.
    for word in $("$stamp" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p'); do
        expect "$word" stamp "$word"
    done
    ;;
syntax)
    bash -n "$docs/stamp.bash" || fail "bash: syntax"
    if command -v zsh >/dev/null; then zsh -n "$docs/_stamp" || fail "zsh: syntax"; else fail "zsh is not installed (packaging/linux/deps.sh test)"; fi
    if command -v fish >/dev/null; then fish --no-execute "$docs/stamp.fish" || fail "fish: syntax"; else fail "fish is not installed (packaging/linux/deps.sh test)"; fi
    # And they load: zsh registers the function, fish the completions.
    if command -v zsh >/dev/null; then
        out=$(zsh -f -c 'autoload -U compinit && compinit -u -D && source "$1" && whence -w _stamp' check "$docs/_stamp" 2>&1)
        [[ $out == "_stamp: function" ]] || fail "zsh: the script does not load: $out"
    fi
    if command -v zsh >/dev/null; then
        here=$(cd "$(dirname "$0")" && pwd)
        cases=("send:stamp se" "--security:stamp send --secu" "none starttls tls:stamp send --security "
               "oauth:stamp account add x --auth oa" "set-password show sign-in:stamp account s"
               "remove retry:stamp outbox re" "bash:stamp completion ba")
        mapfile -t got < <(zsh -f "$here/zsh-complete.zsh" "$docs" "${cases[@]#*:}")
        for i in "${!cases[@]}"; do
            want=${cases[i]%%:*}
            [ "${got[i]-}" = "$want" ] || fail "zsh: '${cases[i]#*:}' completes to '${got[i]-}', not '$want'"
        done
    fi
    if command -v fish >/dev/null; then
        out=$(fish --no-config -c "source '$docs/stamp.fish'; complete -C 'stamp send --secu'" 2>&1)
        [[ $out == --security* ]] || fail "fish: 'stamp send --secu' completes to '$out'"
        out=$(fish --no-config -c "source '$docs/stamp.fish'; complete -C 'stamp send --security '" 2>&1 | cut -f1 | sort | tr '\n' ' ')
        [[ $out == "none starttls tls " ]] || fail "fish: 'stamp send --security ' completes to '$out'"
        out=$(fish --no-config -c "source '$docs/stamp.fish'; complete -C 'stamp account s'" 2>&1 | cut -f1 | sort | tr '\n' ' ')
        [[ $out == "set-password show sign-in " ]] || fail "fish: 'stamp account s' completes to '$out'"
    fi
    ;;
reproducible)
    # The command and the build write the same scripts, and the page depends
    # on nothing but the sources and SOURCE_DATE_EPOCH.
    for shell in bash:stamp.bash zsh:_stamp fish:stamp.fish; do
        "$stamp" completion "${shell%%:*}" | cmp -s - "$docs/${shell#*:}" || fail "'stamp completion ${shell%%:*}' differs from the installed script"
    done
    a=$(SOURCE_DATE_EPOCH=1700000000 HOME=/nonexistent XDG_CONFIG_HOME=/a XDG_DATA_HOME=/b STAMP_OUTBOX_DIR=/x "$stamp" manpage)
    b=$(SOURCE_DATE_EPOCH=1700000000 "$stamp" manpage)
    [ "$a" = "$b" ] || fail "the man page depends on the environment"
    grep -q '^\.TH STAMP 1 "2023-11-14"' <<<"$a" || fail "the man page's date is not SOURCE_DATE_EPOCH's"
    gzip -dc "$docs/stamp.1.gz" | cmp -s - "$docs/stamp.1" || fail "stamp.1.gz is not stamp.1"
    [ "$(od -An -tu1 -j4 -N4 "$docs/stamp.1.gz" | tr -d ' ')" = 0000 ] || fail "stamp.1.gz carries a time stamp"
    "$stamp" --help | grep -q 'completion' || fail "'stamp --help' does not mention the completion command"
    "$stamp" --help | grep -q 'manpage' && fail "'stamp --help' lists the hidden manpage command"
    ;;
*)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
[ "$failures" -eq 0 ]
