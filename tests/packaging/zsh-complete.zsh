#!/usr/bin/env zsh

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Completes a command line in an interactive zsh on a pseudo-terminal, as a
# person pressing Tab would, and prints the matches offered (compadd is
# wrapped to report them), sorted, one line for each command line given.
# One shell for all of them: compinit alone takes seconds.
#   zsh-complete.zsh DIRECTORY_WITH__stamp "stamp send --security " "stamp se" ...
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits; builtin compadd -A __hits "$@"; local r=$?
  (( $#__hits )) && print -n -- "<m>${(j:<m>:)__hits}" >&2
  return r
}'
zpty -w z 'zstyle ":completion:*" list-prompt ""; zstyle ":completion:*" select-prompt ""; exec 2>&1; PROMPT="%% "'
zpty -w z 'print -- "<ready>"'
zpty -r z line '*<ready>*'
for line in "${@[2,-1]}"; do
    zpty -n -w z "$line"$'\t'
    # Typed after the Tab, so it runs once the completion is done; quoted
    # so its echo does not match.
    zpty -w z $'\C-u'"print -- '<do''ne>'"
    zpty -r z out '*<done>*'
    print -r -- "$out" | tr -d '\r' | grep -o '<m>[^<[:cntrl:]]*' | sed 's/<m>//' | sort -u | tr '\n' ' ' | sed 's/ $//'
    print
done
zpty -d z
