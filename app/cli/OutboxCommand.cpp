// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "QueueFlush.h"
#include "accounts/AccountStore.h"
#include "client/OutboxExplainer.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "providers/ProviderCatalog.h"
#include "outbox/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/SendingQuota.h"
#include "outbox/SentStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(outbox,
                       QT_TRANSLATE_NOOP("CommandLine",
                                         "The outbox: list, flush (send what is due), retry ID, remove ID, "
                                         "sent, transcript ID"),
                       40, OutboxCommand);
STAMP_REGISTER_SUBCOMMANDS(
    outbox,
    {{QStringLiteral("list"), "", QT_TRANSLATE_NOOP("CommandLine", "every message: state, reason, next try, per-recipient results")},
     {QStringLiteral("flush"), "", QT_TRANSLATE_NOOP("CommandLine", "send every due message now and return when done")},
     {QStringLiteral("retry"), "ID",
      QT_TRANSLATE_NOOP("CommandLine", "queue a failed, deferred or uncertain message again (refused recipients only)")},
     {QStringLiteral("remove"), "ID", QT_TRANSLATE_NOOP("CommandLine", "delete a message from the outbox")},
     {QStringLiteral("sent"), "",
      QT_TRANSLATE_NOOP("CommandLine", "sent messages kept, and each account's count for the last 24 hours")},
     {QStringLiteral("transcript"), "ID", QT_TRANSLATE_NOOP("CommandLine", "the session transcript kept with a sent message")}});

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)
};

// People read these lines: the date in their locale's form (--json keeps ISO 8601).
QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// With seconds, whatever the locale: an undo hold lasts only seconds.
QString clockTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// The account a message belongs to as it is now (renamed accounts keep
// their queue), by the same rule as the desktop app's Outbox tab.
QString accountText(const OutboxRecord &r, const AccountStore &accounts)
{
    if (const std::optional<Account> account = OutboxExplainer::accountOf(r, accounts))
        return account->name;
    return r.account;
}

void printRecord(QTextStream &out, const OutboxRecord &r, const QDateTime &now, const AccountStore &accounts)
{
    out << r.id << "  ";
    if (r.isHeld(now))
        out << Text::tr("held (undo until %1)").arg(clockTime(r.holdUntil));
    else
        out << OutboxRecord::stateTitle(r.state);
    if (r.state == OutboxRecord::State::Deferred && r.nextTry.isValid())
        out << "  " << Text::tr("next try %1").arg(localTime(r.nextTry));
    if (r.notBefore.isValid() && r.state == OutboxRecord::State::Queued)
        out << "  " << Text::tr("not before %1").arg(localTime(r.notBefore));
    out << '\n';
    out << "    " << Text::tr("from %1, subject \"%2\", %3 bytes, %4 attempt(s)")
                         .arg(r.from, r.subject)
                         .arg(r.size)
                         .arg(r.attempts)
        << '\n';
    if (const QString account = accountText(r, accounts); !account.isEmpty())
        out << "    " << Text::tr("account %1").arg(account) << '\n';
    for (const OutboxRecord::Recipient &rcpt : r.recipients) {
        const QString status = rcpt.status == OutboxRecord::Recipient::Status::Accepted ? Text::tr("accepted")
                               : rcpt.status == OutboxRecord::Recipient::Status::Refused ? Text::tr("refused")
                                                                                           : Text::tr("pending");
        out << "    " << rcpt.address << ": " << status;
        if (rcpt.reply && rcpt.reply->isValid())
            out << " (" << rcpt.reply->summary() << ')';
        out << '\n';
    }
    if (!r.reason.isEmpty())
        out << "    " << r.reason << '\n';
    const std::optional<Diagnosis> explained = OutboxExplainer::explain(r, &accounts, Surface::CommandLine);
    const QString remedy = explained ? explained->remedy : QString();
    if (!remedy.isEmpty() && r.state != OutboxRecord::State::Sent)
        out << "    " << Text::tr("What to do: %1").arg(remedy) << '\n';
}

void printSentItem(QTextStream &out, const SentItem &item)
{
    const OutboxRecord &r = item.record;
    out << item.id() << "  " << Text::tr("sent %1").arg(localTime(item.sentAt));
    if (!item.queueId.isEmpty())
        out << "  " << Text::tr("server id %1").arg(item.queueId);
    out << '\n';
    const QString via = r.account.isEmpty() ? QStringLiteral("%1:%2").arg(r.server.host).arg(r.server.effectivePort())
                                            : Text::tr("account %1").arg(r.account);
    out << "    " << Text::tr("from %1, subject \"%2\", %3 bytes, via %4").arg(r.from, r.subject).arg(r.size).arg(via)
        << '\n';
    for (const OutboxRecord::Recipient &rcpt : r.recipients) {
        out << "    " << rcpt.address;
        if (rcpt.reply && rcpt.reply->isValid())
            out << " (" << rcpt.reply->summary() << ')';
        out << '\n';
    }
    if (const QString copy = item.copyText(); !copy.isEmpty()) {
        out << "    " << copy;
        if (item.copy.isPending() && item.copy.nextTry.isValid())
            out << ' ' << Text::tr("Next try %1; 'stamp outbox flush' tries now.").arg(localTime(item.copy.nextTry));
        else if (item.copy.state == SentCopyState::State::NeedsPerson)
            out << ' ' << Text::tr("Once that is mended, 'stamp outbox flush' tries again.");
        out << '\n';
    }
}

// `stamp outbox sent`: Sent items, newest first, and per saved account the
// day's count against its provider's published limit.
int listSent(QTextStream &out, QTextStream &err, const QString &accountName, bool json)
{
    const SentStore sent;
    AccountStore accounts;
    accounts.load();  // without accounts, only the counts by name can be shown
    std::optional<Account> account;
    if (!accountName.isEmpty()) {
        account = accounts.find(accountName);
        if (!account) {
            err << "stamp outbox: " << Text::tr("there is no account \"%1\".").arg(accountName) << '\n';
            return ExitUsage;
        }
    }
    const QList<SentItem> items = sent.list();
    QList<SentItem> shown;
    for (const SentItem &item : items) {
        if (!account || item.record.accountId == account->id
            || (item.record.accountId.isEmpty() && item.record.account == account->name))
            shown << item;
    }
    const ProviderCatalog catalog = ProviderCatalog::standard();
    const QDateTime now = SystemClock::instance().now();
    QList<Account> counted;
    for (const Account &a : accounts.accounts()) {
        if (!account || a.id == account->id)
            counted << a;
    }
    if (json) {
        QJsonArray list;
        for (const SentItem &item : std::as_const(shown)) {
            QJsonObject o = item.toJson();
            o[QStringLiteral("messageFile")] = sent.messagePath(item.id());
            o[QStringLiteral("transcriptFile")] = sent.logPath(item.id());
            list.append(o);
        }
        QJsonArray today;
        for (const Account &a : std::as_const(counted)) {
            const SendingQuota::Assessment q = SendingQuota::forAccount(a, sent, catalog, 0, now);
            QJsonObject o{{QStringLiteral("account"), a.name},
                          {QStringLiteral("messages"), q.usage.messages},
                          {QStringLiteral("recipients"), q.usage.recipients}};
            if (q.limit) {
                o[QStringLiteral("limitPerDay")] = q.limit->perDay;
                o[QStringLiteral("limitSource")] = q.limit->source;
            }
            if (!q.warnings.isEmpty())
                o[QStringLiteral("warnings")] = QJsonArray::fromStringList(q.warnings);
            today.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("directory"), sent.directory()},
                                         {QStringLiteral("messages"), list},
                                         {QStringLiteral("last24Hours"), today}})
                   .toJson(QJsonDocument::Indented);
        return ExitSent;
    }
    if (shown.isEmpty())
        out << Text::tr("No sent messages are kept.") << '\n';
    for (const SentItem &item : std::as_const(shown))
        printSentItem(out, item);
    for (const Account &a : std::as_const(counted)) {
        const SendingQuota::Assessment q = SendingQuota::forAccount(a, sent, catalog, 0, now);
        out << Text::tr("account %1: %2").arg(a.name, q.summary()) << '\n';
        for (const QString &warning : q.warnings)
            out << "    " << warning << '\n';
    }
    return ExitSent;
}
}  // namespace

int OutboxCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    // The actions as the man page and completions also list them (CommandRegistry).
    QString description = Text::tr("The outbox: messages queued with 'stamp send --queue' or '--at', their state and reason.");
    for (const SubcommandEntry &entry : CommandRegistry::subcommands(QStringLiteral("outbox"))) {
        description += QStringLiteral("\n  %1 %2")
                           .arg(QStringLiteral("%1 %2").arg(entry.name, QLatin1String(entry.arguments)).leftJustified(15),
                                QCoreApplication::translate("CommandLine", entry.summary));
    }
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, flush, retry, remove, sent or transcript"));
    QueueFlush flush(parser);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("list, sent: print JSON."));
    const QCommandLineOption account(QStringLiteral("account"), Text::tr("sent: only this account's messages."),
                                     QStringLiteral("NAME"));
    parser.addOptions({json, account});
    if (!parser.parse(arguments)) {
        err << "stamp outbox: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("outbox"));
        return ExitSent;
    }
    const QStringList positional = parser.positionalArguments();
    auto usage = [&err](const QString &message) {
        err << "stamp outbox: " << message << '\n' << Text::tr("Run 'stamp outbox --help' for the actions.") << '\n';
        return ExitUsage;
    };
    if (positional.isEmpty())
        return usage(Text::tr("name an action: list, flush, retry, remove, sent or transcript."));
    const QString action = positional.first();
    Outbox outbox;
    const QDateTime now = SystemClock::instance().now();

    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return usage(Text::tr("list takes no argument."));
        QStringList corrupt;
        const QList<OutboxRecord> records = outbox.list(&corrupt);
        AccountStore accounts;
        accounts.load();  // without accounts, messages show the names they were queued with
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const OutboxRecord &r : records) {
                // The stored facts, plus what they mean now: the account's
                // current name and the failure explained.
                QJsonObject entry = r.toJson();
                entry[QStringLiteral("accountName")] = accountText(r, accounts);
                if (const std::optional<Diagnosis> explained
                    = OutboxExplainer::explain(r, &accounts, Surface::CommandLine))
                    entry[QStringLiteral("diagnosis")] = DiagnosticsCatalog::toJson(*explained);
                list.append(entry);
            }
            QJsonObject object{{QStringLiteral("directory"), outbox.directory()}, {QStringLiteral("messages"), list}};
            if (!corrupt.isEmpty())
                object[QStringLiteral("unreadable")] = QJsonArray::fromStringList(corrupt);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            if (records.isEmpty())
                out << Text::tr("The outbox is empty.") << '\n';
            for (const OutboxRecord &r : records)
                printRecord(out, r, now, accounts);
            for (const QString &name : corrupt)
                err << Text::tr("stamp outbox: cannot read %1 (left as it is).").arg(name) << '\n';
        }
        return corrupt.isEmpty() ? ExitSent : ExitPartial;
    }
    if (action == QLatin1String("sent")) {
        if (positional.size() != 1)
            return usage(Text::tr("sent takes no argument."));
        return listSent(out, err, parser.value(account), parser.isSet(json));
    }
    if (action == QLatin1String("transcript")) {
        if (positional.size() != 2)
            return usage(Text::tr("transcript needs the id of a sent message."));
        const SentStore sent;
        QString id = positional.at(1);
        if (!sent.contains(id)) {
            QStringList matches;
            for (const SentItem &item : sent.list()) {
                if (item.id().startsWith(id))
                    matches << item.id();
            }
            if (matches.size() != 1) {
                err << "stamp outbox: " << Text::tr("no single sent message matches \"%1\".").arg(id) << '\n';
                return ExitNotSent;
            }
            id = matches.first();
        }
        out << sent.transcript(id);
        return ExitSent;
    }
    if (action == QLatin1String("flush")) {
        if (positional.size() != 1)
            return usage(Text::tr("flush takes no argument."));
        return flush.run(parser, out, err);
    }
    if (action == QLatin1String("retry") || action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return usage(Text::tr("%1 needs the message id (or a unique start of it).").arg(action));
        QString problem;
        const QString id = outbox.resolve(positional.at(1), &problem);
        if (id.isEmpty()) {
            err << "stamp outbox: " << problem << '\n';
            return ExitNotSent;
        }
        problem = action == QLatin1String("retry") ? outbox.retry(id, now) : outbox.remove(id);
        if (!problem.isEmpty()) {
            err << "stamp outbox: " << problem << '\n';
            return ExitNotSent;
        }
        out << (action == QLatin1String("retry") ? Text::tr("%1 queued again; 'stamp outbox flush' sends it now.").arg(id)
                                                 : Text::tr("%1 removed.").arg(id))
            << '\n';
        return ExitSent;
    }
    return usage(Text::tr("unknown action \"%1\".").arg(action));
}

}  // namespace stamp::cli
