#include "QueueFlush.h"

#include "accounts/CredentialSource.h"
#include "SecretInput.h"

#include "CommandLine.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"

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

std::optional<ServerSettings> QueueFlush::serverFor(const OutboxRecord &sample, QString *error)
{
    if (sample.account.isEmpty())
        return sample.server;
    AccountStore store;
    if (!store.load()) {
        *error = store.error();
        return std::nullopt;
    }
    // The same rule as the desktop app: the account's stable id first.
    const std::optional<Account> account = store.findFor(sample.accountId, sample.account);
    if (!account) {
        *error = tr("the account \"%1\" these messages were queued for no longer exists.").arg(sample.account);
        return std::nullopt;
    }
    m_accounts.insert(sample.account, *account);
    return account->serverSettings();
}

QString QueueFlush::authFor(const QCommandLineParser &parser, const OutboxRecord &sample, AuthSettings *auth)
{
    if (sample.account.isEmpty()) {
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
    // serverFor() found it just before, for this same group.
    const Account account = m_accounts.value(sample.account);
    *auth = account.authSettings({});
    if (auth->method == sasl::AuthMethod::None)
        return {};
    if (parser.isSet(m_passwordEnv) || parser.isSet(m_passwordStdin)) {
        auth->credentials.secret = givenSecret(parser);
        return auth->credentials.secret.isEmpty() ? tr("The password is empty.") : QString();
    }
    // The keychain's password, or for an account that signs in with OAuth a
    // current access token (refreshed when due): the same source as `send`.
    SecretStore secrets;
    CredentialSource source(&secrets);
    const CredentialSource::Result result = source.credentialsNow(account);
    if (!result.ok()) {
        if (result.status == CredentialSource::Result::Status::NoSecret)
            return tr("No password is saved for the account \"%1\"; give one with --password-stdin.")
                .arg(account.name);
        return result.message;
    }
    *auth = result.auth;
    m_transcript.setSecrets({result.auth.credentials.secret});
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
    // The same orchestration as the desktop app's (OutboxService), run once.
    SentStore sent;
    OutboxService service(outbox);
    service.setSentStore(&sent);
    // Known to be on line, a name that does not resolve is a failure like
    // any other; otherwise it defers as offline (RetryPolicy::isOffline).
    service.setNetworkWatch(NetworkWatch::createDefault(&service));
    service.setServerLookup([this](const OutboxRecord &first, QString *error) { return serverFor(first, error); });
    // Synchronous: the password comes from the command line or the keychain.
    service.setCredentialsProvider([this, &parser](const OutboxRecord &first,
                                                   const OutboxService::CredentialsReply &reply) {
        AuthSettings auth;
        const QString problem = authFor(parser, first, &auth);
        if (problem.isEmpty())
            reply(auth, {});
        else
            reply(std::nullopt, problem);
        auth.credentials.secret.fill(QLatin1Char('\0'));
    });
    QObject::connect(&service, &OutboxService::credentialsProblem, &service,
                     [&err](const QString &, const QString &problem) { err << "stamp outbox: " << problem << '\n'; });
    QObject::connect(&service, &OutboxService::transcript, &service,
                     [this](const TranscriptEvent &event) { m_transcript.write(event); });
    QObject::connect(&service, &OutboxService::recordChanged, &service, [&out](const OutboxRecord &record) {
        out << record.id << ": " << OutboxRecord::stateTitle(record.state);
        if (!record.reason.isEmpty() && record.state != OutboxRecord::State::Sent)
            out << " - " << record.reason;
        out << '\n';
        out.flush();
    });
    OutboxService::FlushSummary summary;
    QEventLoop loop;
    QObject::connect(&service, &OutboxService::flushFinished, &loop,
                     [&](const OutboxService::FlushSummary &s) {
                         summary = s;
                         loop.quit();
                     });
    service.flushNow();
    loop.exec();
    m_secret.fill(QLatin1Char('\0'));
    if (summary.busy > 0)
        out << tr("%1 message(s) skipped: another process is sending them.").arg(summary.busy) << '\n';
    else if (summary.sent + summary.partial + summary.notSent + summary.skipped == 0)
        out << tr("Nothing is due in the outbox.") << '\n';
    // The exit statuses of `stamp send`: 0 all sent, 1 some, 3 none.
    if (summary.partial + summary.notSent + summary.skipped == 0)
        return ExitSent;
    return summary.sent + summary.partial > 0 ? ExitPartial : ExitNotSent;
}

}  // namespace stamp::cli
