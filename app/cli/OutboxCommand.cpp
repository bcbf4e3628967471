#include "OutboxCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "QueueFlush.h"
#include "outbox/Clock.h"
#include "outbox/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(outbox,
                       QT_TRANSLATE_NOOP("CommandLine",
                                         "The outbox: list, flush (send what is due), retry ID, remove ID"),
                       40, OutboxCommand);

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxCommand", text);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void printRecord(QTextStream &out, const OutboxRecord &r)
{
    out << r.id << "  " << OutboxRecord::stateTitle(r.state);
    if (r.state == OutboxRecord::State::Deferred && r.nextTry.isValid())
        out << "  " << tr("next try %1").arg(localTime(r.nextTry));
    if (r.notBefore.isValid() && r.state == OutboxRecord::State::Queued)
        out << "  " << tr("not before %1").arg(localTime(r.notBefore));
    out << '\n';
    out << "    " << tr("from %1, subject \"%2\", %3 bytes, %4 attempt(s)")
                         .arg(r.from, r.subject)
                         .arg(r.size)
                         .arg(r.attempts)
        << '\n';
    for (const OutboxRecord::Recipient &rcpt : r.recipients) {
        const QString status = rcpt.status == OutboxRecord::Recipient::Status::Accepted ? tr("accepted")
                               : rcpt.status == OutboxRecord::Recipient::Status::Refused ? tr("refused")
                                                                                           : tr("pending");
        out << "    " << rcpt.address << ": " << status;
        if (rcpt.reply && rcpt.reply->isValid())
            out << " (" << rcpt.reply->summary() << ')';
        out << '\n';
    }
    if (!r.reason.isEmpty())
        out << "    " << r.reason << '\n';
    const QString remedy = r.diagnosis.value(QStringLiteral("remedy")).toString();
    if (!remedy.isEmpty() && r.state != OutboxRecord::State::Sent)
        out << "    " << tr("What to do: %1").arg(remedy) << '\n';
}
}  // namespace

int OutboxCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The outbox: messages queued with 'stamp send --queue' or '--at', their state and reason.\n"
           "  list [--json]   every message: state, reason, next try, per-recipient results\n"
           "  flush           send every due message now and return when done\n"
           "  retry ID        queue a failed, deferred or uncertain message again (refused recipients only)\n"
           "  remove ID       delete a message from the outbox"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, flush, retry or remove"));
    QueueFlush flush(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOption(json);
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
        err << "stamp outbox: " << message << '\n' << tr("Run 'stamp outbox --help' for the actions.") << '\n';
        return ExitUsage;
    };
    if (positional.isEmpty())
        return usage(tr("name an action: list, flush, retry or remove."));
    const QString action = positional.first();
    Outbox outbox;
    const QDateTime now = SystemClock::instance().now();

    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return usage(tr("list takes no argument."));
        QStringList corrupt;
        const QList<OutboxRecord> records = outbox.list(&corrupt);
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const OutboxRecord &r : records)
                list.append(r.toJson());
            QJsonObject object{{QStringLiteral("directory"), outbox.directory()}, {QStringLiteral("messages"), list}};
            if (!corrupt.isEmpty())
                object[QStringLiteral("unreadable")] = QJsonArray::fromStringList(corrupt);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            if (records.isEmpty())
                out << tr("The outbox is empty.") << '\n';
            for (const OutboxRecord &r : records)
                printRecord(out, r);
            for (const QString &name : corrupt)
                err << tr("stamp outbox: cannot read %1 (left as it is).").arg(name) << '\n';
        }
        return corrupt.isEmpty() ? ExitSent : ExitPartial;
    }
    if (action == QLatin1String("flush")) {
        if (positional.size() != 1)
            return usage(tr("flush takes no argument."));
        return flush.run(parser, outbox, out, err);
    }
    if (action == QLatin1String("retry") || action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return usage(tr("%1 needs the message id (or a unique start of it).").arg(action));
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
        out << (action == QLatin1String("retry") ? tr("%1 queued again; 'stamp outbox flush' sends it now.").arg(id)
                                                 : tr("%1 removed.").arg(id))
            << '\n';
        return ExitSent;
    }
    return usage(tr("unknown action \"%1\".").arg(action));
}

}  // namespace stamp::cli
