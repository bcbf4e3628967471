// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QueueFlush.h"

#include "CommandLine.h"
#include "SecretInput.h"
#include "client/MailClient.h"
#include "client/SentCopier.h"
#include "outbox/OutboxService.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <iostream>
#include <string>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueFlush)
};
}  // namespace

QueueFlush::QueueFlush(QCommandLineParser &parser)
    : m_passwordStdin(QStringLiteral("password-stdin"),
                      Text::tr("flush: the password for messages queued for an ad-hoc server, from standard input."))
    , m_passwordEnv(QStringLiteral("password-env"),
                    Text::tr("flush: the password for messages queued for an ad-hoc server, from this variable."),
                    QStringLiteral("VAR"))
    , m_log(QStringLiteral("log"), Text::tr("flush: write the live transcript to FILE, or to standard error with -."),
            QStringLiteral("FILE"))
{
    parser.addOptions({m_passwordStdin, m_passwordEnv, m_log});
}

QString QueueFlush::givenSecret(const QCommandLineParser &parser)
{
    if (parser.isSet(m_passwordEnv))
        return qEnvironmentVariable(parser.value(m_passwordEnv).toLocal8Bit().constData());
    return readSecretLine();
}

int QueueFlush::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(m_passwordEnv) && parser.isSet(m_passwordStdin)) {
        err << "stamp outbox: " << Text::tr("use either --password-stdin or --password-env, not both.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(m_log)) {
        if (const QString problem = m_transcript.open(parser.value(m_log)); !problem.isEmpty()) {
            err << "stamp outbox: " << problem << '\n';
            return ExitUsage;
        }
    }
    // The desktop app's core, for one run: the same account for each
    // message, the same login, the same rule for a refused token.
    MailClient client;
    const MailClient::OpenProblems problems = client.open();
    if (!problems.outbox.isEmpty()) {
        err << "stamp outbox: " << problems.outbox << '\n';
        return ExitNotSent;
    }
    if (!problems.accounts.isEmpty())
        err << "stamp outbox: " << problems.accounts << '\n';
    // Known to be on line, a name that does not resolve is a failure like
    // any other; otherwise it defers as offline (RetryPolicy::isOffline).
    client.watchNetwork();
    const bool given = parser.isSet(m_passwordEnv) || parser.isSet(m_passwordStdin);
    if (given)
        client.setGivenPassword([this, &parser] { return givenSecret(parser); });
    client.setSecretObserver([this](const QString &secret) { m_transcript.addSecret(secret); });
    OutboxService &service = *client.service();
    QObject::connect(&service, &OutboxService::credentialsProblem, &service,
                     [&err](const QString &, const QString &problem) {
                         err << "stamp outbox: " << problem << '\n';
                     });
    QObject::connect(&client, &MailClient::signInRequired, &client, [&err](const Account &account, const QString &why) {
        err << "stamp outbox: " << why << ' '
            << Text::tr("Sign in again with: stamp account sign-in %1").arg(account.name) << '\n';
    });
    QObject::connect(&service, &OutboxService::transcript, &service,
                     [this](const TranscriptEvent &event) { m_transcript.write(event); });
    // Each message's last word decides the exit status (a message retried
    // with a renewed token counts by its second outcome).
    QHash<QString, OutboxRecord> outcome;
    QObject::connect(&service, &OutboxService::recordChanged, &service,
                     [&out, &err, &outcome](const OutboxRecord &record) {
        outcome.insert(record.id, record);
        out << record.id << ": " << OutboxRecord::stateTitle(record.state);
        if (!record.reason.isEmpty() && record.state != OutboxRecord::State::Sent)
            out << " - " << record.reason;
        out << '\n';
        out.flush();
        // As `stamp send` says it: a report asked for that the server could
        // not take (no DSN in its EHLO, RFC 3461 §4) must be heard.
        if (record.state == OutboxRecord::State::Sent
            && record.lastResult.value(QStringLiteral("dsnDropped")).toBool()) {
            err << "stamp outbox: "
                << Text::tr("warning: %1")
                       .arg(Text::tr("The server does not offer delivery reports; the message was sent without "
                                     "asking for one."))
                << '\n';
            err.flush();
        }
    });
    // One line per copy to Sent made or tried in this run; a copy never
    // changes the exit status: the message is sent whatever becomes of it.
    SentCopier &copier = *client.copier();
    QObject::connect(&copier, &SentCopier::copyFinished, &copier, [&out](const SentItem &item) {
        out << item.id() << ": " << item.copyText() << '\n';
        out.flush();
    });
    QObject::connect(&copier, &SentCopier::transcript, &copier,
                     [this](const TranscriptEvent &event) { m_transcript.write(event); });
    int busy = 0;
    int skipped = 0;
    QEventLoop loop;
    const auto quitWhenSettled = [&] {
        if (!service.isFlushing() && !client.isRenewingTokens())
            loop.quit();
    };
    QObject::connect(&service, &OutboxService::flushFinished, &loop,
                     [&](const OutboxService::FlushSummary &summary) {
                         busy += summary.busy;
                         skipped += summary.skipped;
                         QMetaObject::invokeMethod(&loop, quitWhenSettled, Qt::QueuedConnection);
                     });
    QObject::connect(&client, &MailClient::renewalFailed, &loop, quitWhenSettled);
    service.flushNow();
    loop.exec();
    // Then the copies still pending, due or not (the person asked now):
    // those just sent, those an earlier run left waiting, and those that
    // stopped for a person, who may have mended the cause since.
    QEventLoop copies;
    QObject::connect(&copier, &SentCopier::idle, &copies, &QEventLoop::quit);
    copier.tryAgain();
    copier.run(true);
    if (copier.isBusy())
        copies.exec();
    int sent = 0;
    int partial = 0;
    int notSent = 0;
    for (const OutboxRecord &record : std::as_const(outcome)) {
        // Some recipients have it (the others wait or were refused): partly sent.
        const auto accepted = std::count_if(record.recipients.cbegin(), record.recipients.cend(), [](const auto &r) {
            return r.status == OutboxRecord::Recipient::Status::Accepted;
        });
        if (record.state == OutboxRecord::State::Sent && accepted == record.recipients.size())
            ++sent;
        else if (accepted > 0)
            ++partial;
        else
            ++notSent;
    }
    if (busy > 0)
        out << Text::tr("%1 message(s) skipped: another process is sending them.").arg(busy) << '\n';
    else if (outcome.isEmpty() && skipped == 0)
        out << Text::tr("Nothing is due in the outbox.") << '\n';
    if (skipped > 0 && !given)
        err << "stamp outbox: "
            << Text::tr("messages queued for a server outside your accounts take their password with --password-env VAR "
                  "or --password-stdin.")
            << '\n';
    // The exit statuses of `stamp send`: 0 all sent, 1 some, 3 none.
    if (partial + notSent + skipped == 0)
        return ExitSent;
    return sent + partial > 0 ? ExitPartial : ExitNotSent;
}

}  // namespace stamp::cli
