// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CompletionScript.h"

namespace stamp::cli {

namespace {
const QLatin1String kHeader("Written by 'stamp completion %1' from the command line's own definition.");

// Saved account names, from the JSON listing (top-level "name" keys only:
// QJsonDocument indents them by eight spaces inside the array).
const QLatin1String kAccountNames(
    "stamp account list --json 2>/dev/null | sed -n 's/^        \"name\": \"\\(.*\\)\",\\{0,1\\}$/\\1/p'");

// Single-quoted for sh, bash, zsh.
QString shQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

// The first sentence is enough beside a completion.
QString brief(const QString &description)
{
    const qsizetype stop = description.indexOf(QLatin1String(". "));
    QString line = stop > 0 ? description.left(stop + 1) : description;
    return line.simplified();
}

QStringList allFlags(const QList<OptionSpec> &options)
{
    QStringList flags;
    for (const OptionSpec &option : options)
        flags << option.flags();
    return flags;
}

QStringList names(const QList<CommandSpec> &commands)
{
    QStringList result;
    for (const CommandSpec &command : commands)
        result << command.name();
    return result;
}

// ---- bash ----

QString bashValue(const OptionSpec &option)
{
    switch (option.completion) {
    case ValueCompletion::Choices:
        return QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))")
            .arg(shQuoted(option.choices.join(QLatin1Char(' '))));
    case ValueCompletion::File:
        return QStringLiteral("compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))");
    case ValueCompletion::Account:
        return QStringLiteral("COMPREPLY=($(compgen -W \"$(_stamp_accounts)\" -- \"$cur\"))");
    case ValueCompletion::Host:
        return QStringLiteral("COMPREPLY=($(compgen -A hostname -- \"$cur\"))");
    case ValueCompletion::Variable:
        return QStringLiteral("COMPREPLY=($(compgen -e -- \"$cur\"))");
    case ValueCompletion::None:
        break;
    }
    return QStringLiteral("COMPREPLY=()");
}

// The body for one parser: a value being typed, an option, or an argument.
void bashParser(QString &out, const CommandSpec &spec, const QString &arguments, const QString &indent)
{
    out += indent + QStringLiteral("case $prev in\n");
    for (const OptionSpec &option : spec.options) {
        if (option.valueName.isEmpty())
            continue;
        out += indent
            + QStringLiteral("%1) %2; return ;;\n")
                  .arg(option.flags().join(QLatin1Char('|')), bashValue(option));
    }
    out += indent + QStringLiteral("esac\n");
    out += indent + QStringLiteral("if [[ $cur == -* ]]; then\n");
    out += indent
        + QStringLiteral("    COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n")
              .arg(shQuoted(allFlags(spec.options).join(QLatin1Char(' '))));
    out += indent + QStringLiteral("    return\n") + indent + QStringLiteral("fi\n");
    if (!arguments.isEmpty())
        out += indent + arguments + QLatin1Char('\n');
}

QString bashArguments(const CommandSpec &spec)
{
    for (const ArgumentSpec &argument : spec.arguments) {
        if (argument.completion == ValueCompletion::Account)
            return QStringLiteral("COMPREPLY=($(compgen -W \"$(_stamp_accounts)\" -- \"$cur\"))");
    }
    return {};
}

// ---- zsh ----

QString zshEscaped(const QString &text)
{
    QString escaped = text;
    for (const char *special : { "\\", "[", "]", ":" })
        escaped.replace(QLatin1String(special), QLatin1String("\\") + QLatin1String(special));
    return escaped;
}

QString zshAction(const OptionSpec &option)
{
    switch (option.completion) {
    case ValueCompletion::Choices:
        return QStringLiteral("(%1)").arg(option.choices.join(QLatin1Char(' ')));
    case ValueCompletion::File:
        return QStringLiteral("_files");
    case ValueCompletion::Account:
        return QStringLiteral("_stamp_accounts");
    case ValueCompletion::Host:
        return QStringLiteral("_hosts");
    case ValueCompletion::Variable:
        return QStringLiteral("_parameters -g '*export*'");
    case ValueCompletion::None:
        break;
    }
    return QStringLiteral(" ");
}

// `_arguments` specs, one per line, each ending in a continuation.
QString zshSpecs(const CommandSpec &spec, const QString &indent)
{
    QString out;
    for (const OptionSpec &option : spec.options) {
        const QStringList flags = option.flags();
        // --help ends the command line; anything else may be repeated.
        const bool terminal = option.names.contains(QLatin1String("help"));
        const QString exclusions = terminal ? QStringLiteral("(- *)") : QStringLiteral("*");
        // Several names: zsh's brace expansion makes one spec for each.
        const QString name
            = flags.size() == 1 ? flags.first() : QStringLiteral("{%1}").arg(flags.join(QLatin1Char(',')));
        QString rest = QStringLiteral("[%1]").arg(zshEscaped(brief(option.description)));
        if (!option.valueName.isEmpty())
            rest += QStringLiteral(":%1:%2").arg(zshEscaped(option.valueName), zshAction(option));
        // "--opt=": the value after '=' or as the next word, as QCommandLineParser takes it.
        const bool joinable = !option.valueName.isEmpty() && flags.size() == 1
            && flags.first().startsWith(QLatin1String("--"));
        out += indent + shQuoted(exclusions) + name
            + shQuoted((joinable ? QStringLiteral("=") : QString()) + rest) + QStringLiteral(" \\\n");
    }
    for (int i = 0; i < spec.arguments.size(); ++i) {
        const ArgumentSpec &argument = spec.arguments.at(i);
        const QString action = argument.completion == ValueCompletion::Account
            ? QStringLiteral("_stamp_accounts")
            : QStringLiteral(" ");
        out += indent + shQuoted(QStringLiteral("%1:%2:%3").arg(i + 1).arg(zshEscaped(argument.name), action))
            + QStringLiteral(" \\\n");
    }
    return out;
}

QString zshDescribed(const QList<CommandSpec> &commands)
{
    QStringList items;
    for (const CommandSpec &command : commands)
        items << shQuoted(command.name() + QLatin1Char(':') + brief(command.summary));
    return items.join(QLatin1Char(' '));
}

// ---- fish ----

QString fishQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString fishValue(const OptionSpec &option)
{
    switch (option.completion) {
    case ValueCompletion::Choices:
        return QStringLiteral(" -x -a %1").arg(fishQuoted(option.choices.join(QLatin1Char(' '))));
    case ValueCompletion::File:
        return QStringLiteral(" -r -F");
    case ValueCompletion::Account:
        return QStringLiteral(" -x -a '(__stamp_accounts)'");
    case ValueCompletion::Host:
        return QStringLiteral(" -x -a '(__fish_print_hostnames)'");
    case ValueCompletion::Variable:
        return QStringLiteral(" -x -a '(set -n -x)'");
    case ValueCompletion::None:
        break;
    }
    return QStringLiteral(" -x");
}

void fishOptions(QString &out, const QList<OptionSpec> &options, const QString &condition)
{
    for (const OptionSpec &option : options) {
        out += QStringLiteral("complete -c stamp -n %1").arg(fishQuoted(condition));
        for (const QString &name : option.names)
            out += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l ")) + name;
        if (!option.valueName.isEmpty())
            out += fishValue(option);
        out += QStringLiteral(" -d %1\n").arg(fishQuoted(brief(option.description)));
    }
}
} // namespace

QStringList CompletionScript::shells()
{
    return { QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish") };
}

QString CompletionScript::write(const QString &shell, const CommandSpec &top)
{
    if (shell == QLatin1String("bash"))
        return bash(top);
    if (shell == QLatin1String("zsh"))
        return zsh(top);
    if (shell == QLatin1String("fish"))
        return fish(top);
    return {};
}

QString CompletionScript::bash(const CommandSpec &top)
{
    QString out = QStringLiteral(
        "# bash completion for stamp                                -*- shell-script -*-\n# %1\n\n")
                      .arg(QString(kHeader).arg(QStringLiteral("bash")));
    out += QStringLiteral("_stamp_accounts()\n{\n    %1\n}\n\n").arg(kAccountNames);
    out += QStringLiteral("_stamp()\n{\n"
                          "    local cur prev cword split\n"
                          "    local -a words\n"
                          "    # Without bash-completion's helpers (a bare shell), the raw words do.\n"
                          "    # -s: \"--security=tls\" completes like \"--security tls\".\n"
                          "    if declare -F _init_completion >/dev/null 2>&1; then\n"
                          "        _init_completion -s || return\n"
                          "    else\n"
                          "        words=(\"${COMP_WORDS[@]}\")\n"
                          "        cword=$COMP_CWORD\n"
                          "        cur=${COMP_WORDS[COMP_CWORD]}\n"
                          "        prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                          "    fi\n"
                          "    COMPREPLY=()\n"
                          "    if ((cword == 1)); then\n"
                          "        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
                          "        return\n"
                          "    fi\n"
                          "    local sub=\n"
                          "    if ((cword > 2)) && [[ ${words[2]} != -* ]]; then\n"
                          "        sub=${words[2]}\n"
                          "    fi\n"
                          "    case ${words[1]} in\n")
               .arg(shQuoted((names(top.subcommands) + allFlags(top.options)).join(QLatin1Char(' '))));
    for (const CommandSpec &command : top.subcommands) {
        out += QStringLiteral("    %1)\n").arg(command.name());
        if (command.subcommands.isEmpty()) {
            bashParser(out, command, bashArguments(command), QStringLiteral("        "));
            out += QStringLiteral("        ;;\n");
            continue;
        }
        const QString subNames = shQuoted(names(command.subcommands).join(QLatin1Char(' ')));
        const QString words = QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))").arg(subNames);
        if (!command.options.isEmpty()) {
            // One parser for every sub-command (outbox): its options, or the
            // sub-command while none is given yet.
            bashParser(out, command, QStringLiteral("[[ -z $sub ]] && ") + words, QStringLiteral("        "));
            out += QStringLiteral("        ;;\n");
            continue;
        }
        out += QStringLiteral("        case $sub in\n");
        for (const CommandSpec &sub : command.subcommands) {
            out += QStringLiteral("        %1)\n").arg(sub.name());
            bashParser(out, sub, bashArguments(sub), QStringLiteral("            "));
            out += QStringLiteral("            ;;\n");
        }
        // The sub-command itself is being typed.
        out += QStringLiteral("        *)\n            %1\n            ;;\n        esac\n        ;;\n")
                   .arg(words);
    }
    out += QStringLiteral("    esac\n} &&\n    complete -F _stamp stamp\n");
    return out;
}

QString CompletionScript::zsh(const CommandSpec &top)
{
    QString out = QStringLiteral("#compdef stamp\n# %1\n\n").arg(QString(kHeader).arg(QStringLiteral("zsh")));
    out += QStringLiteral("_stamp_accounts() {\n    local -a names\n    names=(${(f)\"$(%1)\"})\n"
                          "    compadd -a names\n}\n\n")
               .arg(kAccountNames);
    out += QStringLiteral(
        "_stamp() {\n    local curcontext=$curcontext state line ret=1\n    typeset -A opt_args\n"
        "    _arguments -C \\\n");
    out += zshSpecs(top, QStringLiteral("        "));
    out += QStringLiteral("        '1: :->command' \\\n        '*:: :->arguments' && ret=0\n");
    out += QStringLiteral(
        "    case $state in\n    command)\n        local -a commands\n        commands=(%1)\n"
        "        _describe -t commands 'stamp command' commands && ret=0\n        ;;\n"
        "    arguments)\n        curcontext=${curcontext%:*:*}:stamp-$words[1]:\n"
        "        case $words[1] in\n")
               .arg(zshDescribed(top.subcommands));
    for (const CommandSpec &command : top.subcommands) {
        out += QStringLiteral("        %1)\n").arg(command.name());
        const bool ownParsers = !command.subcommands.isEmpty() && command.options.isEmpty();
        if (command.subcommands.isEmpty() || !ownParsers) {
            CommandSpec spec = command;
            if (!command.subcommands.isEmpty()) {
                // One parser for every action: the action is the first argument.
                QStringList actions;
                for (const CommandSpec &sub : command.subcommands)
                    actions << QStringLiteral("%1\\:\"%2\"")
                                   .arg(sub.name(),
                                       QString(brief(sub.summary))
                                           .remove(QLatin1Char('"'))
                                           .remove(QLatin1Char('\''))
                                           .replace(QLatin1Char(':'), QLatin1String("\\:")));
                spec.arguments.clear();
                out += QStringLiteral("            _arguments -s \\\n")
                    + zshSpecs(spec, QStringLiteral("                "))
                    + QStringLiteral("                %1 \\\n                '*: : ' && ret=0\n")
                          .arg(shQuoted(
                              QStringLiteral("1:action:((%1))").arg(actions.join(QLatin1Char(' ')))));
            } else {
                out += QStringLiteral("            _arguments -s \\\n")
                    + zshSpecs(spec, QStringLiteral("                "))
                    + QStringLiteral("                && ret=0\n");
            }
            out += QStringLiteral("            ;;\n");
            continue;
        }
        out += QStringLiteral(
            "            if ((CURRENT == 2)); then\n                local -a subcommands\n"
            "                subcommands=(%1)\n"
            "                _describe -t subcommands 'stamp %2 sub-command' subcommands && ret=0\n"
            "            else\n                shift words\n                ((CURRENT--))\n"
            "                case $words[1] in\n")
                   .arg(zshDescribed(command.subcommands), command.name());
        for (const CommandSpec &sub : command.subcommands) {
            out += QStringLiteral("                %1)\n                    _arguments -s \\\n")
                       .arg(sub.name())
                + zshSpecs(sub, QStringLiteral("                        "))
                + QStringLiteral("                        && ret=0\n                    ;;\n");
        }
        out += QStringLiteral("                esac\n            fi\n            ;;\n");
    }
    out += QStringLiteral("        esac\n        ;;\n    esac\n    return ret\n}\n\n"
                          "if [ \"$funcstack[1]\" = \"_stamp\" ]; then\n    _stamp \"$@\"\nelse\n    compdef "
                          "_stamp stamp\nfi\n");
    return out;
}

QString CompletionScript::fish(const CommandSpec &top)
{
    QString out = QStringLiteral("# %1\n\n").arg(QString(kHeader).arg(QStringLiteral("fish")));
    out += QStringLiteral("function __stamp_accounts\n    stamp account list --json 2>/dev/null | "
                          "string match -r -g '^        \"name\": \"(.*)\",?$'\nend\n\n");
    out += QStringLiteral("# Only the values that are files complete as files.\ncomplete -c stamp -f\n");
    const QString noCommand = QStringLiteral("__fish_use_subcommand");
    fishOptions(out, top.options, noCommand);
    for (const CommandSpec &command : top.subcommands)
        out += QStringLiteral("complete -c stamp -n %1 -a %2 -d %3\n")
                   .arg(noCommand, command.name(), fishQuoted(brief(command.summary)));
    for (const CommandSpec &command : top.subcommands) {
        const QString in = QStringLiteral("__fish_seen_subcommand_from ") + command.name();
        out += QStringLiteral("\n");
        if (command.subcommands.isEmpty()) {
            fishOptions(out, command.options, in);
            continue;
        }
        const QString subNames = names(command.subcommands).join(QLatin1Char(' '));
        const QString noSub = in + QStringLiteral("; and not __fish_seen_subcommand_from ") + subNames;
        for (const CommandSpec &sub : command.subcommands)
            out += QStringLiteral("complete -c stamp -n %1 -a %2 -d %3\n")
                       .arg(fishQuoted(noSub), sub.name(), fishQuoted(brief(sub.summary)));
        fishOptions(out, command.options, in);
        for (const CommandSpec &sub : command.subcommands) {
            const QString inSub = in + QStringLiteral("; and __fish_seen_subcommand_from ") + sub.name();
            if (!sub.options.isEmpty())
                fishOptions(out, sub.options, inSub);
            for (const ArgumentSpec &argument : sub.arguments) {
                if (argument.completion == ValueCompletion::Account)
                    out += QStringLiteral("complete -c stamp -n %1 -a '(__stamp_accounts)'\n")
                               .arg(fishQuoted(inSub));
            }
        }
    }
    return out;
}

} // namespace stamp::cli
