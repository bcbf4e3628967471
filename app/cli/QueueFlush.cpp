#include "QueueFlush.h"
#include "SecretInput.h"

#include "CommandLine.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "outbox/Clock.h"
#include "outbox/Dispatcher.h"
#include "outbox/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <iostream>
#include <string>

namespace stamp::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("QueueFlush", text);
}
}  // namespace

QueueFlush::QueueFlush(QCommandLineParser &parser)
    : m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("flush: the password for messages queued for an ad-hoc server, from standard input."))
    , m_passwordEnv(QStringLiteral("password-env"),
                    tr("flush: the password for messages queued for an ad-hoc server, from this variable."),
                    QStringLiteral("VAR"))
    , m_log(QStringLiteral("log"), tr("flush: write the live transcript to FILE, or to standard error with -."),
            QStringLiteral("FILE"))
{
    parser.addOptions({m_passwordStdin, m_passwordEnv, m_log});
}

QString QueueFlush::givenSecret(const QCommandLineParser &parser)
{
    if (m_secretRead)
        return m_secret;
    m_secretRead = true;
    if (parser.isSet(m_passwordEnv)) {
        m_secret = qEnvironmentVariable(parser.value(m_passwordEnv).toLocal8Bit().constData());
    } else if (parser.isSet(m_passwordStdin)) {
        m_secret = readSecretLine();
    }
    if (!m_secret.isEmpty())
        m_transcript.setSecrets({m_secret});
    return m_secret;
}

QString QueueFlush::settingsFor(const QCommandLineParser &parser, const OutboxRecord &sample, ServerSettings *server,
                                AuthSettings *auth)
{
    if (sample.account.isEmpty()) {
        *server = sample.server;
        auth->method = sample.authMethod;
        auth->credentials.username = sample.username;
        if (auth->method == sasl::AuthMethod::None)
            return {};
        auth->credentials.secret = givenSecret(parser);
        if (auth->credentials.secret.isEmpty())
            return tr("the messages for %1 (user %2) need the password again: give it with --password-env VAR or "
                      "--password-stdin (the outbox never stores it).")
                .arg(sample.server.host, sample.username);
        return {};
    }
    AccountStore store;
    if (!store.load())
        return store.error();
    const std::optional<Account> account = store.find(sample.account);
    if (!account)
        return tr("the account \"%1\" these messages were queued for no longer exists.").arg(sample.account);
    *server = account->serverSettings();
    *auth = account->authSettings({});
    if (auth->method == sasl::AuthMethod::None)
        return {};
    if (parser.isSet(m_passwordEnv) || parser.isSet(m_passwordStdin)) {
        auth->credentials.secret = givenSecret(parser);
        return auth->credentials.secret.isEmpty() ? tr("The password is empty.") : QString();
    }
    SecretStore secrets;
    const SecretStore::Result result = secrets.readNow(account->id, SecretStore::Kind::Password);
    if (!result.ok())
        return result.message.isEmpty()
                   ? tr("No password is saved for the account \"%1\"; give one with --password-stdin.").arg(account->name)
                   : result.message;
    auth->credentials.secret = result.secret;
    m_transcript.setSecrets({result.secret});
    return {};
}

int QueueFlush::run(const QCommandLineParser &parser, Outbox &outbox, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(m_passwordEnv) && parser.isSet(m_passwordStdin)) {
        err << "stamp outbox: " << tr("use either --password-stdin or --password-env, not both.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(m_log)) {
        if (const QString problem = m_transcript.open(parser.value(m_log)); !problem.isEmpty()) {
            err << "stamp outbox: " << problem << '\n';
            return ExitUsage;
        }
    }
    const Clock &clock = SystemClock::instance();
    // Messages a killed process left `sending` are settled first.
    outbox.recoverAll(clock.now());
    QMap<QString, OutboxRecord> samples;
    const QMap<QString, QStringList> groups = Dispatcher::dueGroups(outbox, clock.now(), &samples);
    int sent = 0;
    int notSent = 0;
    int partial = 0;  // delivered to some recipients only
    int busy = 0;     // locked by another process (or just settled by one)
    int skipped = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        ServerSettings server;
        AuthSettings auth;
        if (const QString problem = settingsFor(parser, samples.value(it.key()), &server, &auth); !problem.isEmpty()) {
            err << "stamp outbox: " << problem << '\n';
            skipped += int(it.value().size());
            continue;
        }
        Dispatcher dispatcher(outbox);
        QObject::connect(&dispatcher, &Dispatcher::transcript, &dispatcher,
                         [this](const TranscriptEvent &event) { m_transcript.write(event); });
        QObject::connect(&dispatcher, &Dispatcher::recorded, &dispatcher, [&](const OutboxRecord &record) {
            out << record.id << ": " << OutboxRecord::stateTitle(record.state);
            if (!record.reason.isEmpty() && record.state != OutboxRecord::State::Sent)
                out << " - " << record.reason;
            out << '\n';
            out.flush();
            const bool someone = !record.recipients.isEmpty()
                                 && record.pendingRecipients().size() < record.recipients.size();
            (record.state == OutboxRecord::State::Sent ? sent : someone ? partial : notSent) += 1;
        });
        QEventLoop loop;
        QObject::connect(&dispatcher, &Dispatcher::finished, &loop, &QEventLoop::quit);
        busy += int(it.value().size()) - dispatcher.start(it.value(), server, auth);
        loop.exec();
        auth.credentials.secret.fill(QLatin1Char('\0'));
    }
    m_secret.fill(QLatin1Char('\0'));
    if (busy > 0)
        out << tr("%1 message(s) skipped: another process is sending them.").arg(busy) << '\n';
    else if (sent + partial + notSent + skipped == 0)
        out << tr("Nothing is due in the outbox.") << '\n';
    // The exit statuses of `stamp send`: 0 all sent, 1 some, 3 none.
    if (partial + notSent + skipped == 0)
        return ExitSent;
    return sent + partial > 0 ? ExitPartial : ExitNotSent;
}

}  // namespace stamp::cli
