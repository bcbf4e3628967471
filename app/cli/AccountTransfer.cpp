// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp account import` and `stamp account export`: accounts from and to
// other clients (core/accounts/ImportPlan, ThunderbirdImport, MsmtpImport,
// MsmtpExport). Import shows what it would create and changes nothing until
// confirmed; neither direction ever reads or writes a password.

#include "AccountCommand.h"

#include "CommandLine.h"
#include "SecretInput.h"
#include "accounts/AccountStore.h"
#include "accounts/ImportPlan.h"
#include "accounts/MsmtpExport.h"
#include "accounts/MsmtpImport.h"
#include "accounts/SecretStore.h"
#include "accounts/ThunderbirdImport.h"
#include "providers/ProviderCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <stdio.h>
#endif

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
};

QTextStream &out()
{
    return accountOut();
}

QTextStream &err()
{
    return accountErr();
}

int usage(const QString &command, const QString &message)
{
    return accountUsage(command, message);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

// Keeps a typed password off the screen while it is read from a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    Q_DISABLE_COPY(EchoOff)

private:
#ifdef Q_OS_UNIX
    termios m_saved {};
#endif
    bool m_active = false;
};

QString loginText(const ImportItem &item)
{
    if (item.needsSignIn())
        return Text::tr("signs in with %1").arg(item.account.oauthIssuer);
    if (!item.needsPassword())
        return Text::tr("no login");
    return Text::tr("login %1").arg(item.account.username);
}

void printPlan(const ImportPlan &plan)
{
    out() << Text::tr("Read %1").arg(QDir::toNativeSeparators(plan.path)) << '\n';
    for (const ImportItem &item : plan.items) {
        const Account &a = item.account;
        if (item.creates()) {
            out() << "  + "
                  << Text::tr("%1: %2 via %3 port %4 (%5), %6")
                         .arg(a.name, a.email, a.host)
                         .arg(a.serverSettings().effectivePort())
                         .arg(securityModeId(a.security), loginText(item));
            if (item.isDefault)
                out() << ' ' << Text::tr("[default]");
            out() << '\n';
            for (const Identity &identity : a.identities) {
                if (identity.address.compare(a.email, Qt::CaseInsensitive) != 0)
                    out() << "      " << Text::tr("also sends as %1").arg(identity.address) << '\n';
            }
        } else {
            out() << "  - " << Text::tr("%1: skipped").arg(item.origin) << '\n';
        }
        for (const QString &note : item.notes)
            out() << "      " << note << '\n';
    }
    for (const QString &note : plan.notes)
        out() << Text::tr("Note: %1").arg(note) << '\n';
    out().flush();
}

bool confirmed(int count)
{
    // Questions go to the terminal's error stream, so --json output stays JSON.
    err() << Text::tr("Create %n account(s)? [y/N] ", nullptr, count);
    err().flush();
    const QString answer = readSecretLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == Text::tr("y")
        || answer == Text::tr("yes");
}

// After saving: each account's password once, into the keychain, when a
// person is at the terminal; otherwise how to give it later. `info` is
// standard error when standard output carries JSON.
void askForSecrets(const QList<Account> &created, bool interactive, QTextStream &info)
{
    SecretStore secrets;
    for (const Account &account : created) {
        if (account.signsInWithOAuth()) {
            info << Text::tr("%1: sign in with: stamp account sign-in %1").arg(account.name) << '\n';
            continue;
        }
        if (account.authMethod == sasl::AuthMethod::None)
            continue;
        if (!interactive) {
            info << Text::tr("%1: give its password with: stamp account set-password %1 --password-stdin")
                         .arg(account.name)
                  << '\n';
            continue;
        }
        err() << Text::tr("Password for %1 (%2 at %3), or Enter to give it later: ")
                     .arg(account.name, account.username, account.host);
        err().flush();
        QString secret;
        {
            const EchoOff quiet;
            secret = readSecretLine();
        }
        err() << '\n';
        err().flush();
        if (secret.isEmpty()) {
            info << Text::tr("%1: give its password later with: stamp account set-password %1 --password-stdin")
                         .arg(account.name)
                  << '\n';
            continue;
        }
        const SecretStore::Result result = secrets.writeNow(account.id, SecretStore::Kind::Password, secret);
        secret.fill(QLatin1Char('\0'));
        if (result.ok())
            info << Text::tr("%1: password saved in the keychain.").arg(account.name) << '\n';
        else
            err() << Text::tr("%1: the password was not saved: %2").arg(account.name, result.message) << '\n';
    }
    info.flush();
    err().flush();
}
} // namespace

int AccountCommand::importAccounts(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Bring accounts over from Thunderbird (a profile's outgoing servers and identities) or msmtp "
                 "(its accounts, with defaults and inheritance). Shows what would be created first; nothing "
                 "changes until you confirm. Saved passwords are never read: you give each password once, for "
                 "the keychain."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), Text::tr("thunderbird or msmtp."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        Text::tr("A Thunderbird profile folder or its prefs.js, or an msmtp configuration file (default: where "
                 "the program keeps it)."),
        QStringLiteral("[PATH]"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), Text::tr("Only show what would be created; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the preview as JSON."));
    const QCommandLineOption yes(
        QStringLiteral("yes"), Text::tr("Create the accounts without asking (needed without a terminal)."));
    parser.addOptions({ dryRun, json, yes });
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, QStringLiteral("account import"));
        return ExitSent;
    }
    const QStringList positionals = parser.positionalArguments();
    if (positionals.isEmpty() || positionals.size() > 2)
        return usage(command, Text::tr("name the source (thunderbird or msmtp) and, if you like, a PATH."));
    const QString source = positionals.first().toLower();
    if (source != QLatin1String("thunderbird") && source != QLatin1String("msmtp"))
        return usage(command, Text::tr("the source must be thunderbird or msmtp, not \"%1\".").arg(positionals.first()));
    const QString path = positionals.value(1);

    AccountStore store;
    if (!store.load()) {
        err() << "stamp account import: " << store.error() << '\n';
        return ExitNotSent;
    }
    ImportPlan plan = source == QLatin1String("thunderbird") ? ThunderbirdImport::read(path) : MsmtpImport::read(path);
    if (!plan.ok()) {
        if (parser.isSet(json))
            out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        err() << "stamp account import: " << plan.error << '\n';
        return ExitNotSent;
    }
    ImportPlanner::finish(plan, store.accounts(), ProviderCatalog::standard());

    const bool interactive = stdinIsTerminal();
    if (parser.isSet(json) && parser.isSet(dryRun)) {
        out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    if (!parser.isSet(json))
        printPlan(plan);
    if (parser.isSet(dryRun)) {
        out() << Text::tr("Nothing was changed (--dry-run).") << '\n';
        return ExitSent;
    }
    if (plan.createCount() == 0) {
        if (parser.isSet(json))
            out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        else
            out() << Text::tr("There is nothing to import.") << '\n';
        return ExitSent;
    }
    if (!parser.isSet(yes)) {
        if (!interactive)
            return usage(command, Text::tr("confirm with --yes, or run it in a terminal to be asked."));
        if (!confirmed(plan.createCount())) {
            out() << Text::tr("Nothing was changed.") << '\n';
            return ExitNotSent;
        }
    }

    QStringList problems;
    const QList<Account> created = ImportPlanner::apply(plan, store, &problems);
    for (const QString &problem : std::as_const(problems))
        err() << Text::tr("Not saved: %1").arg(problem) << '\n';
    err().flush();
    if (parser.isSet(json)) {
        QJsonObject o = plan.toJson();
        QJsonArray names;
        for (const Account &account : created)
            names.append(account.name);
        o[QStringLiteral("created")] = names;
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        out() << Text::tr("%n account(s) created.", nullptr, static_cast<int>(created.size())) << '\n';
    }
    askForSecrets(created, interactive, parser.isSet(json) ? err() : out());
    return problems.isEmpty() ? ExitSent : ExitNotSent;
}

int AccountCommand::exportAccount(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write an account's settings for another program. msmtp gets an account block that fetches the "
                 "password from the keychain with secret-tool (Linux); the password is never written."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The account."));
    const QCommandLineOption format(
        QStringLiteral("format"), Text::tr("What to write: msmtp (required)."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
        Text::tr("Write to this new file (readable by you only) instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({ format, output });
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, QStringLiteral("account export"));
        return ExitSent;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(command, Text::tr("give exactly one account NAME."));
    if (parser.value(format) != QLatin1String("msmtp"))
        return usage(command, Text::tr("--format msmtp is required (the only format so far)."));

    AccountStore store;
    if (!store.load()) {
        err() << "stamp account export: " << store.error() << '\n';
        return ExitNotSent;
    }
    const std::optional<Account> account = store.find(parser.positionalArguments().first());
    if (!account)
        return usage(command, Text::tr("there is no account \"%1\".").arg(parser.positionalArguments().first()));
    SecretStore secrets;
    QString problem;
    const QString block = MsmtpExport::accountBlock(*account, secrets.serviceName(), &problem);
    if (block.isEmpty()) {
        err() << "stamp account export: " << problem << '\n';
        return ExitNotSent;
    }
#ifndef Q_OS_LINUX
    err() << Text::tr("Note: passwordeval uses secret-tool, which is Linux's; replace it with a command that "
                      "prints the password from this system's keychain.")
          << '\n';
#endif
    if (account->authMethod != sasl::AuthMethod::None) {
        SecretStore::Result saved = secrets.readNow(account->id, SecretStore::Kind::Password);
        saved.secret.fill(QLatin1Char('\0'));
        if (saved.status == SecretStore::Result::Status::NotFound)
            err() << Text::tr("Note: no password is saved for \"%1\" yet, so msmtp will find none. Save it with: "
                              "stamp account set-password %1 --password-stdin")
                         .arg(account->name)
                  << '\n';
    }
    err().flush();
    if (!parser.isSet(output)) {
        out() << block;
        return ExitSent;
    }
    const QString file = parser.value(output);
    // Never over another file: an existing msmtprc holds other accounts.
    if (QFileInfo::exists(file))
        return usage(command, Text::tr("%1 already exists; choose a new file and copy the block into your "
                                       "configuration.")
                                  .arg(QDir::toNativeSeparators(file)));
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(block.toUtf8()) < 0
        || !save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !save.commit()) {
        err() << "stamp account export: " << Text::tr("%1 cannot be written: %2").arg(file, save.errorString()) << '\n';
        return ExitNotSent;
    }
    out() << Text::tr("Account \"%1\" written to %2 for msmtp.").arg(account->name, QDir::toNativeSeparators(file))
          << '\n';
    return ExitSent;
}

} // namespace stamp::cli
