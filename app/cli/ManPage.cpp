// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ManPage.h"

#include "CommandLine.h"
#include "accounts/AccountStore.h"
#include "oauth/OAuthClientConfig.h"
#include "outbox/DraftStore.h"
#include "outbox/TemplateStore.h"
#include "outbox/Outbox.h"
#include "outbox/SentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ManPage)
};

// Text as roff reads it: backslashes escaped, and a line that would start
// with a control character ('.' or '\'') guarded (groff_man(7)).
QString text(const QString &plain)
{
    QString escaped = plain;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    QStringList lines = escaped.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// An option or command word, where '-' must be a real hyphen-minus for
// copying and searching (groff_char(7): \-).
QString literal(const QString &plain)
{
    return text(plain).replace(QLatin1Char('-'), QLatin1String("\\-"));
}

QString quoted(const QString &plain)
{
    return QLatin1Char('"') + QString(plain).replace(QLatin1Char('"'), QLatin1String("\\(dq"))
        + QLatin1Char('"');
}

// "stamp account add NAME --email ADDR [options]"
QString synopsis(const CommandSpec &spec)
{
    QString line = QStringLiteral("\\fBstamp %1\\fR").arg(literal(spec.path));
    for (const QString &word : spec.usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        line += QLatin1Char(' ');
        line += word.startsWith(QLatin1Char('-')) ? QStringLiteral("\\fB%1\\fR").arg(literal(word))
                                                  : QStringLiteral("\\fI%1\\fR").arg(text(word));
    }
    if (!spec.options.isEmpty())
        line += QStringLiteral(" [\\fIoptions\\fR]");
    return line;
}

// --help and --help-all, which every command has, are described once, under OPTIONS.
bool isHelp(const OptionSpec &option)
{
    return option.names.contains(QLatin1String("help")) || option.names.contains(QLatin1String("help-all"));
}

void writeOptions(QString &out, const QList<OptionSpec> &options, bool withHelp = false)
{
    for (const OptionSpec &option : options) {
        if (isHelp(option) && !withHelp)
            continue;
        QStringList flags;
        for (const QString &flag : option.flags())
            flags << QStringLiteral("\\fB%1\\fR").arg(literal(flag));
        out += QStringLiteral(".TP\n") + flags.join(QStringLiteral(", "));
        if (!option.valueName.isEmpty())
            out += QStringLiteral(" \\fI%1\\fR").arg(text(option.valueName));
        out += QLatin1Char('\n') + text(option.description) + QLatin1Char('\n');
    }
}

void writeArguments(QString &out, const QList<ArgumentSpec> &arguments)
{
    for (const ArgumentSpec &argument : arguments)
        out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(text(argument.name), text(argument.description));
}

// A command's description as its --help gives it; where sub-commands are
// listed there too (indented lines), the listing below replaces them.
QString description(const CommandSpec &spec)
{
    QStringList lines;
    for (const QString &line : spec.description.split(QLatin1Char('\n'))) {
        if (!spec.subcommands.isEmpty() && line.startsWith(QLatin1Char(' ')))
            continue;
        lines << line.trimmed();
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

void writeCommand(QString &out, const CommandSpec &spec)
{
    out += QStringLiteral(".SS %1\n").arg(quoted(literal(QStringLiteral("stamp ") + spec.path)));
    out += text(spec.summary) + QStringLiteral(".\n.PP\n");
    if (spec.subcommands.isEmpty()) {
        out += synopsis(spec) + QLatin1Char('\n');
    } else {
        for (const CommandSpec &sub : spec.subcommands) {
            if (&sub != &spec.subcommands.first())
                out += QStringLiteral(".br\n");
            out += synopsis(sub);
            if (sub.options.isEmpty() && !spec.options.isEmpty())
                out += QStringLiteral(" [\\fIoptions\\fR]");
            out += QLatin1Char('\n');
        }
    }
    if (const QString about = description(spec); !about.isEmpty())
        out += QStringLiteral(".PP\n") + text(about) + QLatin1Char('\n');
    // With sub-commands, the argument is the sub-command: listed below.
    if (spec.subcommands.isEmpty())
        writeArguments(out, spec.arguments);
    writeOptions(out, spec.options);
    for (const CommandSpec &sub : spec.subcommands) {
        out += QStringLiteral(".TP\n") + synopsis(sub) + QLatin1Char('\n') + text(sub.summary)
            + QLatin1Char('\n');
        if (const QString about = description(sub); !about.isEmpty())
            out += QStringLiteral(".IP\n") + text(about) + QLatin1Char('\n');
        if (sub.options.isEmpty() && sub.arguments.isEmpty())
            continue;
        out += QStringLiteral(".RS\n");
        writeArguments(out, sub.arguments);
        writeOptions(out, sub.options);
        out += QStringLiteral(".RE\n");
    }
}

void writeFile(QString &out, const QString &path, const QString &what)
{
    out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(text(ManPage::displayPath(path)), text(what));
}
} // namespace

QString ManPage::displayPath(const QString &path)
{
    const struct
    {
        QStandardPaths::StandardLocation location;
        const char *variable;
    } bases[] = { { QStandardPaths::GenericConfigLocation, "XDG_CONFIG_HOME" },
        { QStandardPaths::GenericDataLocation, "XDG_DATA_HOME" } };
    for (const auto &base : bases) {
        const QString root = QStandardPaths::writableLocation(base.location);
        if (!root.isEmpty() && path.startsWith(root + QLatin1Char('/')))
            return QLatin1Char('$') + QLatin1String(base.variable) + path.mid(root.size());
    }
    return path;
}

QString ManPage::write(const CommandSpec &top, const QString &version, const QDate &date)
{
    QString out;
    out += QStringLiteral(".\\\" Written by 'stamp manpage' from the command line's own definition.\n");
    out += QStringLiteral(".TH STAMP 1 %1 %2 %3\n")
               .arg(quoted(date.isValid() ? date.toString(Qt::ISODate) : QString()),
                   quoted(QStringLiteral("stamp ") + version), quoted(Text::tr("User Commands")));
    out += QStringLiteral(".SH NAME\nstamp \\- %1\n")
               .arg(text(Text::tr("send mail through an SMTP submission server and explain every failure")));

    out += QStringLiteral(".SH SYNOPSIS\n.B stamp\n.br\n.B stamp\n.I COMMAND\n.RI [ options ]\n");
    for (const OptionSpec &option : top.options)
        out += QStringLiteral(".br\n.B stamp %1\n").arg(literal(option.flags().constLast()));

    out += QStringLiteral(".SH DESCRIPTION\n");
    out += text(Text::tr("Stamp sends mail through your provider's SMTP submission server and explains every "
                   "failure. Started without arguments it opens its window; with a command it works on the "
                   "command line, without a display, for scripts."))
        + QLatin1Char('\n');
    out += QStringLiteral(".PP\n")
        + text(Text::tr("Every command prints its options with --help. Shell completion for bash, zsh and fish "
                  "is installed with Stamp, and printed by 'stamp completion SHELL'."))
        + QLatin1Char('\n');
    out += QStringLiteral(".SH OPTIONS\n");
    writeOptions(out, top.options, true);

    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec &command : top.subcommands)
        writeCommand(out, command);

    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    const struct
    {
        ExitCode code;
        const char *meaning;
    } statuses[] = {
        { ExitSent,
            QT_TRANSLATE_NOOP("ManPage",
                "The message was sent to every recipient, the check passed, or "
                "the command did what was asked.") },
        { ExitPartial,
            QT_TRANSLATE_NOOP("ManPage",
                "Some recipients were refused (the others accepted the "
                "message), or some outbox entries could not be read.") },
        { ExitUsage,
            QT_TRANSLATE_NOOP("ManPage",
                "The command line is wrong: an unknown option, a missing or "
                "malformed value.") },
        { ExitNotSent,
            QT_TRANSLATE_NOOP("ManPage",
                "Nothing was sent, or the check failed; the reason is printed "
                "on standard error.") },
    };
    for (const auto &status : statuses)
        out += QStringLiteral(".TP\n.B %1\n%2\n").arg(int(status.code)).arg(text(Text::tr(status.meaning)));

    out += QStringLiteral(".SH FILES\n");
    writeFile(out, AccountStore::defaultPath(), Text::tr("The saved accounts (no passwords)."));
    writeFile(
        out, oauth::OAuthClientConfig::defaultSettingsPath(), Text::tr("OAuth client registrations, if any."));
    writeFile(out, Outbox::defaultDirectory(), Text::tr("The outbox: queued messages and their state."));
    writeFile(out, SentStore::defaultDirectory(), Text::tr("Sent items and their session transcripts."));
    writeFile(out, DraftStore::defaultDirectory(), Text::tr("Drafts saved by the window."));
    writeFile(out, TemplateStore::defaultDirectory(), Text::tr("Message templates (stamp template, send --template)."));

    out += QStringLiteral(".SH ENVIRONMENT\n");
    const struct
    {
        const char *name;
        const char *meaning;
    } variables[] = {
        { "XDG_CONFIG_HOME",
            QT_TRANSLATE_NOOP("ManPage", "Where the configuration goes (default: ~/.config).") },
        { "XDG_DATA_HOME",
            QT_TRANSLATE_NOOP("ManPage",
                "Where the outbox, Sent items and drafts go (default: "
                "~/.local/share).") },
        { "STAMP_OUTBOX_DIR", QT_TRANSLATE_NOOP("ManPage", "Use this directory for the outbox instead.") },
        { "STAMP_SENT_DIR", QT_TRANSLATE_NOOP("ManPage", "Use this directory for Sent items instead.") },
        { "STAMP_OAUTH_CLIENTS_FILE",
            QT_TRANSLATE_NOOP("ManPage",
                "Read OAuth client registrations from this "
                "file instead.") },
        { "STAMP_PROXY_PASSWORD",
            QT_TRANSLATE_NOOP("ManPage", "The password for the login of the proxy given with --proxy or saved with "
                                         "the account, for one run; it wins over the keychain.") },
    };
    for (const auto &variable : variables)
        out += QStringLiteral(".TP\n.B %1\n%2\n")
                   .arg(literal(QLatin1String(variable.name)), text(Text::tr(variable.meaning)));

    out += QStringLiteral(".SH SECURITY\n");
    out += text(Text::tr(
               "Passwords and OAuth sign-ins are kept only in the system keychain (the Secret Service on "
               "Linux), never in Stamp's files. A password is never taken from an argument, which other "
               "users could read in the process list: it comes from standard input or from an environment "
               "variable named on the command line, for one run. Session transcripts show the password "
               "redacted. An unencrypted connection is only ever a choice made with --security none, never a "
               "fallback, and a password is sent without TLS only to this machine unless "
               "--allow-plaintext-auth says otherwise."))
        + QLatin1Char('\n');
    out += QStringLiteral(".SH \"SEE ALSO\"\n.BR msmtp (1),\n.BR sendmail (8)\n");
    return out;
}

} // namespace stamp::cli
