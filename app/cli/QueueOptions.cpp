// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QueueOptions.h"

#include "CommandLine.h"
#include "SessionOptions.h"
#include "client/SentCopier.h"
#include "accounts/AccountStore.h"
#include "providers/ProviderCatalog.h"
#include "outbox/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/SendingQuota.h"
#include "outbox/SentStore.h"
#include "smtp/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueOptions)
};

}  // namespace

// As it is on the wire: an RFC 2047 encoded word stays encoded.
QString QueueOptions::subjectOf(QIODevice *body)
{
    const qint64 start = body->pos();
    const QByteArray head = body->peek(64 * 1024);
    body->seek(start);
    const int end = head.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = head.left(end < 0 ? head.size() : end).split('\n');
    QByteArray subject;
    bool inSubject = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (inSubject && (line.startsWith(' ') || line.startsWith('\t'))) {
            subject += line;  // RFC 5322 §2.2.3: unfolding
            continue;
        }
        inSubject = line.toLower().startsWith("subject:");
        if (inSubject)
            subject = line.mid(8).trimmed();
    }
    return QString::fromUtf8(subject.simplified());
}

QueueOptions::QueueOptions(QCommandLineParser &parser)
    : m_queue(QStringLiteral("queue"),
              Text::tr("Put the message into the outbox and return at once; 'stamp outbox flush' sends it."))
    , m_at(QStringLiteral("at"),
           Text::tr("Put the message into the outbox to be sent at TIME (2030-01-02T09:30, 09:30, +10m, +2h)."),
           QStringLiteral("TIME"))
{
    parser.addOptions({m_queue, m_at});
}

bool QueueOptions::requested(const QCommandLineParser &parser) const
{
    return parser.isSet(m_queue) || parser.isSet(m_at);
}

QDateTime QueueOptions::parseTime(const QString &text, const QDateTime &now)
{
    const QString t = text.trimmed();
    static const QRegularExpression relative(QStringLiteral("^\\+(\\d+)([smhd])$"));
    if (const QRegularExpressionMatch m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 secs = unit == QLatin1Char('s') ? n : unit == QLatin1Char('m') ? n * 60 : unit == QLatin1Char('h') ? n * 3600 : n * 86400;
        return now.addSecs(secs);
    }
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (const QRegularExpressionMatch m = clock.match(t); m.hasMatch()) {
        const QDateTime local = now.toLocalTime();
        QDateTime at(local.date(), QTime(m.captured(1).toInt(), m.captured(2).toInt()));
        if (!at.isValid())
            return {};
        if (at <= local)
            at = at.addDays(1);
        return at.toUTC();
    }
    QString iso = t;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

int QueueOptions::enqueue(const QCommandLineParser &parser, const SessionOptions &session,
                          const QList<OutgoingMessage> &messages) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QDateTime now = SystemClock::instance().now();
    QDateTime at;
    if (parser.isSet(m_at)) {
        at = parseTime(parser.value(m_at), now);
        if (!at.isValid()) {
            err << "stamp send: " << Text::tr("--at: cannot read the time \"%1\".").arg(parser.value(m_at)) << '\n';
            return ExitUsage;
        }
    }
    Outbox outbox;
    int queued = 0;
    for (const OutgoingMessage &message : messages) {
        OutboxRecord draft;
        draft.from = message.from;
        draft.smtpUtf8 = message.smtpUtf8;
        draft.dsn = message.dsn;
        for (const QString &address : message.recipients)
            draft.recipients.append({address, OutboxRecord::Recipient::Status::Pending, std::nullopt});
        draft.notBefore = at;
        // The server as it was when queued, for an account too: it says
        // which server's history (ServerFacts) explains a later failure.
        draft.server = session.server;
        if (session.account) {
            draft.account = session.account->name;
            draft.accountId = session.account->id;
        } else {
            draft.authMethod = session.auth.method;
            draft.username = session.auth.credentials.username;
        }
        draft.subject = subjectOf(message.body);
        QString problem;
        const std::optional<OutboxRecord> record = outbox.enqueueCopy(draft, message.body, now, &problem);
        if (!record) {
            err << "stamp send: " << problem << '\n';
            return queued ? ExitPartial : ExitNotSent;
        }
        ++queued;
        out << (at.isValid() ? Text::tr("%1 queued, to be sent at %2.")
                                   .arg(record->id, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                             : Text::tr("%1 queued.").arg(record->id))
            << '\n';
    }
    if (!session.account && session.auth.method != sasl::AuthMethod::None)
        out << Text::tr("The password was not stored: give it again to 'stamp outbox flush' with --password-env or "
                  "--password-stdin.")
            << '\n';
    return ExitSent;
}

void QueueOptions::warnAboutLimits(const SessionOptions &session, int recipients, QTextStream &err)
{
    if (!session.account)
        return;
    const SendingQuota::Assessment quota = SendingQuota::forAccount(
        *session.account, SentStore(), ProviderCatalog::standard(), recipients, SystemClock::instance().now());
    for (const QString &warning : quota.warnings)
        err << "stamp send: " << Text::tr("warning: %1").arg(warning) << '\n';
}

void QueueOptions::warnAboutHygiene(const SessionOptions &session, const QList<SendingHygiene::Send> &sends,
                                    QTextStream &err)
{
    const ProviderCatalog catalog = ProviderCatalog::standard();
    SendingHygiene hygiene;
    if (session.account) {
        hygiene = SendingHygiene::forAccount(*session.account, catalog);
    } else if (const QString login = session.auth.credentials.username; login.contains(QLatin1Char('@'))) {
        hygiene = SendingHygiene(login, catalog.matchDomain(login), catalog);
    }
    QStringList said;
    for (const SendingHygiene::Send &send : sends) {
        for (const QString &text :
             SendingHygiene::texts(hygiene.check(send, SendingHygiene::Audience::CommandLine))) {
            if (said.contains(text))
                continue;
            said << text;
            err << "stamp send: " << Text::tr("warning: %1").arg(text) << '\n';
        }
    }
}

QStringList QueueOptions::keepSent(const SessionOptions &session, const QList<OutgoingMessage> &messages,
                                   const SessionReport &report)
{
    QStringList kept;
    if (!session.account)
        return kept;
    SentStore sent;
    // "Copy pending" is in the item's first write, as for the outbox's sends.
    const Account sender = *session.account;
    sent.setCopyPolicy([sender](const OutboxRecord &) {
        return sender.copiesToSent() ? sender.sentCopySettings().host : QString();
    });
    const QDateTime now = SystemClock::instance().now();
    for (int i = 0; i < messages.size() && i < report.messages.size(); ++i) {
        const SendResult &result = report.messages.at(i);
        const OutgoingMessage &message = messages.at(i);
        if (result.status != SendResult::Status::Sent || !message.body || !message.body->seek(0))
            continue;
        OutboxRecord record;
        record.id = Outbox::newId(now);
        record.state = OutboxRecord::State::Sent;
        record.created = now;
        record.updated = now;
        record.attempts = 1;
        record.from = message.from;
        record.smtpUtf8 = message.smtpUtf8;
        record.dsn = message.dsn;
        for (const RecipientResult &r : result.recipients)
            record.recipients.append({r.address, OutboxRecord::Recipient::Status::Accepted, r.reply});
        record.account = session.account->name;
        record.accountId = session.account->id;
        record.subject = subjectOf(message.body);
        record.size = message.body->size();
        record.lastResult = ReportJson::sendResult(result);
        const QString note = Text::tr("(Sent directly with 'stamp send'; its transcript is where --log put it.)");
        if (const QString problem = sent.add(record, message.body, note + QLatin1Char('\n'), now);
            !problem.isEmpty())
            QTextStream(stderr) << "stamp send: " << problem << '\n';
        else
            kept << record.id;
    }
    return kept;
}

QList<SentItem> QueueOptions::copyToSent(SessionOptions &session, const QStringList &ids)
{
    QList<SentItem> outcomes;
    if (!session.account || !session.account->copiesToSent() || ids.isEmpty())
        return outcomes;
    SentStore sent;
    AccountStore accounts;
    accounts.load();
    SentCopier copier(sent, accounts);
    // The same login as the submission that just succeeded (RFC 9051 §6.2.2
    // AUTHENTICATE with the same SASL mechanism and secret).
    const AuthSettings &auth = session.auth;
    copier.setLoginProvider([&auth](const Account &account, SentCopier::LoginReply reply) {
        imap::ImapLogin login = account.sentCopyLogin(auth.credentials.secret);
        reply(login, {}, false);
        login.credentials.secret.fill(QLatin1Char('\0'));
    });
    QObject::connect(&copier, &SentCopier::transcript, &copier,
                     [&session](const TranscriptEvent &event) { session.transcript().write(event); });
    QObject::connect(&copier, &SentCopier::copyFinished, &copier, [&outcomes, &ids](const SentItem &item) {
        if (ids.contains(item.id()))
            outcomes << item;
    });
    QEventLoop loop;
    QObject::connect(&copier, &SentCopier::idle, &loop, &QEventLoop::quit);
    copier.run(true, session.account->id);
    if (copier.isBusy())
        loop.exec();
    return outcomes;
}

}  // namespace stamp::cli
