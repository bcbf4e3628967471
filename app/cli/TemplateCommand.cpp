// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "accounts/AccountStore.h"
#include "outbox/TemplateStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(template,
                       QT_TRANSLATE_NOOP("CommandLine", "Message templates: list, show NAME, delete NAME"), 45,
                       TemplateCommand);
STAMP_REGISTER_SUBCOMMANDS(
    template,
    {{QStringLiteral("list"), "", QT_TRANSLATE_NOOP("CommandLine", "every template: name, subject, recipients")},
     {QStringLiteral("show"), "NAME", QT_TRANSLATE_NOOP("CommandLine", "a template's fields, attachments and text")},
     {QStringLiteral("delete"), "NAME", QT_TRANSLATE_NOOP("CommandLine", "delete a template")}});

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)
};

// The account's name as it is now; the stored id when it is gone.
QString accountName(const Template &t, const AccountStore &accounts)
{
    if (t.accountId.isEmpty())
        return {};
    for (const Account &account : accounts.accounts()) {
        if (account.id == t.accountId)
            return account.name;
    }
    return {};
}

QJsonObject toJson(const Template &t, const AccountStore &accounts)
{
    const Draft &d = t.content;
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("id"), d.id},
            {QStringLiteral("account"), accountName(t, accounts)},
            {QStringLiteral("accountId"), t.accountId},
            {QStringLiteral("savedAt"), d.savedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("from"), d.from},
            {QStringLiteral("to"), d.to},
            {QStringLiteral("cc"), d.cc},
            {QStringLiteral("bcc"), d.bcc},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("text"), d.text},
            {QStringLiteral("html"), d.html},
            {QStringLiteral("attachments"), QJsonArray::fromStringList(d.attachments)},
            {QStringLiteral("missingAttachments"), QJsonArray::fromStringList(t.missingAttachments())}};
}
}  // namespace

int TemplateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    QString description = Text::tr("Message templates saved in the window (\"Save as template\"). 'stamp send "
                                   "--template NAME' sends a message started from one.");
    for (const SubcommandEntry &entry : CommandRegistry::subcommands(QStringLiteral("template"))) {
        description += QStringLiteral("\n  %1 %2")
                           .arg(QStringLiteral("%1 %2").arg(entry.name, QLatin1String(entry.arguments)).leftJustified(15),
                                QCoreApplication::translate("CommandLine", entry.summary));
    }
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, show or delete"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("list, show: print JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        err << "stamp template: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("template"));
        return ExitSent;
    }
    auto usage = [&err](const QString &message) {
        err << "stamp template: " << message << '\n'
            << Text::tr("Run 'stamp template --help' for the actions.") << '\n';
        return ExitUsage;
    };
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("name an action: list, show or delete."));
    const QString action = positional.takeFirst();
    TemplateStore store;
    AccountStore accounts;
    accounts.load();  // without accounts, templates show no account name

    if (action == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usage(Text::tr("list takes no argument."));
        QStringList unreadable;
        const QList<Template> templates = store.list(&unreadable);
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Template &t : templates)
                list.append(toJson(t, accounts));
            QJsonObject object{{QStringLiteral("directory"), store.directory()},
                               {QStringLiteral("templates"), list}};
            if (!unreadable.isEmpty())
                object[QStringLiteral("unreadable")] = QJsonArray::fromStringList(unreadable);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            if (templates.isEmpty())
                out << Text::tr("There are no templates.") << '\n';
            for (const Template &t : templates) {
                out << t.name << '\n';
                out << "    " << Text::tr("subject \"%1\", to %2").arg(t.content.subject, t.content.to) << '\n';
            }
        }
        for (const QString &path : unreadable)
            err << "stamp template: " << Text::tr("cannot read %1 (left as it is).").arg(path) << '\n';
        return unreadable.isEmpty() ? ExitSent : ExitPartial;
    }
    if (action == QLatin1String("show") || action == QLatin1String("delete")) {
        // A name may have spaces; the shell may pass it as several words.
        if (positional.isEmpty())
            return usage(Text::tr("%1 needs the template's name.").arg(action));
        const QString name = positional.join(QLatin1Char(' '));
        if (action == QLatin1String("delete")) {
            if (const QString problem = store.remove(name); !problem.isEmpty()) {
                err << "stamp template: " << problem << '\n';
                return ExitNotSent;
            }
            out << Text::tr("Template \"%1\" deleted.").arg(name) << '\n';
            return ExitSent;
        }
        const std::optional<Template> t = store.find(name);
        if (!t) {
            err << "stamp template: " << Text::tr("There is no template named \"%1\".").arg(name) << '\n';
            return ExitNotSent;
        }
        if (parser.isSet(json)) {
            out << QJsonDocument(toJson(*t, accounts)).toJson(QJsonDocument::Indented);
            return ExitSent;
        }
        const Draft &d = t->content;
        const QString account = accountName(*t, accounts);
        out << Text::tr("Name: %1").arg(t->name) << '\n';
        if (!account.isEmpty())
            out << Text::tr("Account: %1").arg(account) << '\n';
        out << Text::tr("From: %1").arg(d.from) << '\n';
        out << Text::tr("To: %1").arg(d.to) << '\n';
        if (!d.cc.isEmpty())
            out << Text::tr("Cc: %1").arg(d.cc) << '\n';
        if (!d.bcc.isEmpty())
            out << Text::tr("Bcc: %1").arg(d.bcc) << '\n';
        out << Text::tr("Subject: %1").arg(d.subject) << '\n';
        const QStringList missing = t->missingAttachments();
        for (const QString &path : d.attachments) {
            out << (missing.contains(path) ? Text::tr("Attachment: %1 (missing)").arg(path)
                                           : Text::tr("Attachment: %1").arg(path))
                << '\n';
        }
        out << '\n' << d.text;
        if (!d.text.endsWith(QLatin1Char('\n')))
            out << '\n';
        return ExitSent;
    }
    return usage(Text::tr("unknown action \"%1\".").arg(action));
}

}  // namespace stamp::cli
