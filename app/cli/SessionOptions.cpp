// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionOptions.h"

#include "providers/ProviderCatalog.h"
#include "SecretInput.h"

#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "smtp/SubmissionBatch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <algorithm>
#include <QTimer>
#include <QFile>
#include <QTextStream>
#include <iostream>
#include <string>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionOptions)
};
} // namespace

SessionOptions::SessionOptions(QCommandLineParser &parser)
    : m_account(QStringLiteral("account"),
        Text::tr("Use the saved account NAME (see 'stamp account'): its server, login and the password in "
           "the keychain."),
        QStringLiteral("NAME"))
    , m_host(QStringLiteral("host"), Text::tr("SMTP server host name."), QStringLiteral("H"))
    , m_port(QStringLiteral("port"), Text::tr("Server port (default: 587 starttls, 465 tls, 25 none)."),
          QStringLiteral("N"))
    , m_security(QStringLiteral("security"), Text::tr("starttls (default), tls (implicit, port 465) or none."),
          QStringLiteral("MODE"), QStringLiteral("starttls"))
    , m_user(QStringLiteral("user"), Text::tr("Log in as this user name."), QStringLiteral("U"))
    , m_passwordStdin(
          QStringLiteral("password-stdin"), Text::tr("Read the password (first line) from standard input."))
    , m_passwordEnv(QStringLiteral("password-env"), Text::tr("Read the password from this environment variable."),
          QStringLiteral("VAR"))
    , m_auth(QStringLiteral("auth"),
          Text::tr("auto (default), plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer. "
             "For the OAuth mechanisms the secret is the access token."),
          QStringLiteral("MECH"), QStringLiteral("auto"))
    , m_caFile(QStringLiteral("ca-file"), Text::tr("Also trust the CA certificates in this PEM file."),
          QStringLiteral("PEM"))
    , m_pin(QStringLiteral("pin-sha256"),
          Text::tr("Accept exactly the server certificate with this SHA-256 fingerprint, and no other."),
          QStringLiteral("HEX"))
    , m_helo(QStringLiteral("helo"), Text::tr("Name to announce in EHLO (default: our address literal)."),
          QStringLiteral("NAME"))
    , m_timeout(QStringLiteral("timeout"),
          Text::tr("Give up when the server is silent this long, and when it is not ready for the message in one and a "
             "half times that, counting every connection (default: 60 s and 90 s; RFC 5321's times once the "
             "message is on its way)."),
          QStringLiteral("SECS"))
    , m_allowPlaintextAuth(QStringLiteral("allow-plaintext-auth"),
          Text::tr("Allow logging in without TLS to a host that is not this machine."))
    , m_log(QStringLiteral("log"),
          Text::tr("Write the live transcript (passwords redacted) to FILE, or to standard error with -."),
          QStringLiteral("FILE"))
    , m_proxy(QStringLiteral("proxy"),
          Text::tr("Connect through this proxy: socks5://[user@]host:port, socks5h://... (the proxy resolves the "
             "server's name), http://[user@]host:port (HTTP CONNECT), system (default) or none. The proxy's "
             "password comes from the environment variable STAMP_PROXY_PASSWORD or the keychain."),
          QStringLiteral("URL"))
{
    parser.addOptions({ m_account, m_host, m_port, m_security, m_user, m_passwordStdin, m_passwordEnv, m_auth,
        m_caFile, m_pin, m_helo, m_timeout, m_allowPlaintextAuth, m_log, m_proxy });
}

QString SessionOptions::readProxy(const QCommandLineParser &parser, std::optional<ProxySettings> *proxy) const
{
    if (!parser.isSet(m_proxy))
        return {};
    QString error;
    *proxy = ProxySettings::fromUrl(parser.value(m_proxy), &error);
    if (!*proxy)
        return QStringLiteral("--proxy: ") + error;
    return {};
}

QString SessionOptions::readProxyPassword()
{
    if (server.proxy.user().isEmpty())
        return {};
    // For this run, like --password-env; it wins over the keychain.
    if (qEnvironmentVariableIsSet("STAMP_PROXY_PASSWORD")) {
        auth.proxyPassword = qEnvironmentVariable("STAMP_PROXY_PASSWORD");
    } else if (auth.proxyPassword.isEmpty() && account) {
        const SecretStore::Result read = m_secrets.readNow(account->id, SecretStore::Kind::ProxyPassword);
        if (read.ok())
            auth.proxyPassword = read.secret;
        else if (read.status != SecretStore::Result::Status::NotFound)
            return read.message;
    }
    if (auth.proxyPassword.isEmpty())
        //: %1 is a user name
        return Text::tr("The proxy login %1 needs a password: set the environment variable STAMP_PROXY_PASSWORD "
                        "(or save it with the account in the desktop app).")
            .arg(server.proxy.user());
    m_transcript.addSecret(auth.proxyPassword);
    return {};
}

QString SessionOptions::readTimeout(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_timeout))
        return {};
    bool ok = false;
    const double secs = parser.value(m_timeout).toDouble(&ok);
    if (!ok || secs <= 0 || secs > 3600)
        return Text::tr("--timeout must be a number of seconds between 0 and 3600.");
    server.timeouts = Timeouts::cappedAt(static_cast<int>(secs * 1000));
    return {};
}

SessionReport SessionOptions::runOnce(const QList<OutgoingMessage> &messages)
{
    // A batch even for one message: several --eml files share connections,
    // and a server that closes early gets a fresh one for the rest.
    auto batch = std::make_unique<SubmissionBatch>();
    SubmissionBatch &smtp = *batch;
    smtp.setServer(server);
    smtp.setAuth(auth);
    QObject::connect(&smtp, &SubmissionBatch::transcript, &smtp,
        [this](const TranscriptEvent &event) { m_transcript.write(event); });
    QEventLoop loop;
    SessionReport report;
    QObject::connect(&smtp, &SubmissionBatch::finished, &loop, [&](const SessionReport &r) {
        report = r;
        loop.quit();
    });
    smtp.start(messages);
    loop.exec();
    // Reported now; its connection closes while the result is printed.
    if (smtp.isClosing())
        m_closing.push_back(std::move(batch));
    return report;
}

SessionOptions::~SessionOptions()
{
    closeConnections();
}

void SessionOptions::closeConnections(int msecs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto stillOpen = [this] {
        return std::any_of(m_closing.cbegin(), m_closing.cend(), [](const auto &b) { return b->isClosing(); });
    };
    for (const auto &batch : m_closing)
        QObject::connect(batch.get(), &SubmissionBatch::closed, &loop, [&] {
            if (!stillOpen())
                loop.quit();
        });
    if (stillOpen()) {
        deadline.start(msecs);
        loop.exec();
    }
    m_closing.clear();
}

SessionReport SessionOptions::run(const QList<OutgoingMessage> &messages,
                                  const std::function<void(const SessionReport &)> &whileLoggedIn)
{
    SessionReport report = runOnce(messages);
    // A refused access token may have been revoked early or expired on the
    // server's clock: renew it once and try again. Nothing was sent, since
    // the login comes before every message.
    bool attempted = false;
    for (const SendResult &result : report.messages)
        attempted = attempted || result.attempted;
    if (m_managedToken && !attempted && report.failure
        && CredentialSource::isTokenRejection(*account, *report.failure)) {
        QString problem;
        if (renewToken(&problem)) {
            TranscriptEvent note;
            note.time = QDateTime::currentDateTimeUtc();
            note.kind = TranscriptEvent::Kind::Info;
            note.text = Text::tr("The server refused the access token; trying once more with a renewed one.");
            m_transcript.write(note);
            report = runOnce(messages);
        } else if (report.failure) {
            report.failure->message += QLatin1Char(' ') + problem;
        }
    }
    if (whileLoggedIn)
        whileLoggedIn(report);
    auth.credentials.secret.fill(QLatin1Char('\0'));
    auth.proxyPassword.fill(QLatin1Char('\0'));
    return report;
}

bool SessionOptions::renewToken(QString *problem)
{
    if (!m_managedToken || !account) {
        *problem = Text::tr("The account does not sign in with OAuth.");
        return false;
    }
    const CredentialSource::Result renewed = m_credentials.renewAfterRejectionNow(*account);
    if (!renewed.ok()) {
        *problem = explain(renewed);
        return false;
    }
    auth.credentials.secret.fill(QLatin1Char('\0'));
    const QString proxyPassword = auth.proxyPassword;  // may come from STAMP_PROXY_PASSWORD
    auth = renewed.auth;
    auth.proxyPassword = proxyPassword;
    m_transcript.addSecret(auth.credentials.secret);
    return true;
}

QString SessionOptions::explain(const CredentialSource::Result &result) const
{
    using Status = CredentialSource::Result::Status;
    switch (result.status) {
    case Status::Ok:
        return {};
    case Status::NoSecret:
        return Text::tr("No password is saved for the account \"%1\". Save one with 'stamp account set-password %1 "
                  "--password-stdin', or give it for this run with --password-stdin.")
            .arg(account->name);
    case Status::SignInRequired:
        return result.message + QLatin1Char(' ')
            + Text::tr("Sign in again with: stamp account sign-in %1").arg(account->name);
    case Status::KeychainUnavailable:
        return result.message + QLatin1Char(' ')
            + (account->signsInWithOAuth()
                    ? Text::tr("Give an access token for this run with --password-stdin or --password-env.")
                    : Text::tr("Give the password for this run with --password-stdin or --password-env."));
    default:
        return result.message;
    }
}

QString SessionOptions::readSecret(const QCommandLineParser &parser, QString *secret) const
{
    if (parser.isSet(m_passwordEnv)) {
        const QByteArray name = parser.value(m_passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return Text::tr("--password-env: the environment variable %1 is not set.")
                .arg(parser.value(m_passwordEnv));
        *secret = qEnvironmentVariable(name.constData());
    } else {
        *secret = readSecretLine();
    }
    if (secret->isEmpty())
        return Text::tr("The password is empty.");
    return {};
}

QString SessionOptions::readAccount(const QCommandLineParser &parser)
{
    // The account decides where and how to log in; mixing in parts of
    // another server's settings would only produce surprises.
    for (const QCommandLineOption *option : { &m_host, &m_port, &m_security, &m_user, &m_auth, &m_pin }) {
        if (parser.isSet(*option))
            return Text::tr("--account already gives the server and login; --%1 cannot be combined with it "
                      "(change the account with 'stamp account' instead).")
                .arg(option->names().first());
    }
    if (parser.isSet(m_passwordStdin) && parser.isSet(m_passwordEnv))
        return Text::tr("use either --password-stdin or --password-env, not both.");
    AccountStore store;
    if (!store.load())
        return store.error();
    owner = parser.isSet(m_account) ? store.find(parser.value(m_account))
                                    : SenderPolicy::ownerOf(m_fromAddress, store.accounts());
    if (!owner)
        return Text::tr("There is no account named \"%1\". 'stamp account list' shows the saved ones.")
            .arg(parser.value(m_account));
    // The identity may send through another account's server (SenderPolicy).
    QString routeProblem;
    route = SenderPolicy::route(*owner, m_fromAddress.isEmpty() ? owner->email : m_fromAddress, store.accounts(),
                                ProviderCatalog::standard(), &routeProblem);
    if (!route)
        return routeProblem;
    account = route->transport;
    std::optional<ProxySettings> proxy;
    if (const QString problem = readProxy(parser, &proxy); !problem.isEmpty())
        return problem;
    if (proxy)
        account->proxy = *proxy;
    server = account->serverSettings();
    auth = account->authSettings({});
    if (auth.method == sasl::AuthMethod::None)
        return {};
    if (parser.isSet(m_passwordStdin) || parser.isSet(m_passwordEnv)) {
        // Given for this run: used once, kept nowhere.
        return readSecret(parser, &auth.credentials.secret);
    }
    const CredentialSource::Result result = m_credentials.credentialsNow(*account);
    if (!result.ok())
        return explain(result);
    auth = result.auth;
    m_managedToken = account->signsInWithOAuth();
    return {};
}

QString SessionOptions::read(const QCommandLineParser &parser)
{
    // A saved identity's address stands for its account (--host: a server given here).
    bool byFrom = false;
    if (!parser.isSet(m_account) && !parser.isSet(m_host) && !m_fromAddress.isEmpty()) {
        AccountStore store;
        byFrom = store.load() && SenderPolicy::ownerOf(m_fromAddress, store.accounts()).has_value();
    }
    if (parser.isSet(m_account) || byFrom) {
        if (const QString problem = readAccount(parser); !problem.isEmpty())
            return problem;
        if (parser.isSet(m_log)) {
            if (const QString problem = m_transcript.open(parser.value(m_log)); !problem.isEmpty())
                return problem;
        }
        if (parser.isSet(m_caFile)) {
            server.caFile = parser.value(m_caFile);
            if (!QFile::exists(server.caFile))
                return Text::tr("--ca-file: the file \"%1\" does not exist.").arg(server.caFile);
        }
        if (parser.isSet(m_helo))
            server.heloName = parser.value(m_helo).trimmed();
        server.allowPlaintextAuth = parser.isSet(m_allowPlaintextAuth);
        if (const QString problem = readTimeout(parser); !problem.isEmpty())
            return problem;
        if (!auth.credentials.secret.isEmpty())
            m_transcript.addSecret(auth.credentials.secret);
        return readProxyPassword();
    }
    server.host = parser.value(m_host).trimmed();
    if (server.host.isEmpty())
        return Text::tr("--host (or --account) is required.");
    if (parser.isSet(m_log)) {
        if (const QString problem = m_transcript.open(parser.value(m_log)); !problem.isEmpty())
            return problem;
    }
    const std::optional<SecurityMode> security = parseSecurityMode(parser.value(m_security));
    if (!security)
        return Text::tr("--security must be starttls, tls or none.");
    server.security = *security;
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Text::tr("--port must be a number from 1 to 65535.");
        server.port = static_cast<quint16>(port);
    }
    server.caFile = parser.value(m_caFile);
    if (parser.isSet(m_caFile) && !QFile::exists(server.caFile))
        return Text::tr("--ca-file: the file \"%1\" does not exist.").arg(server.caFile);
    if (parser.isSet(m_pin)) {
        server.pinnedSha256 = TlsReport::normaliseFingerprint(parser.value(m_pin));
        if (server.pinnedSha256.isEmpty())
            return Text::tr("--pin-sha256 must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.");
    }
    server.heloName = parser.value(m_helo).trimmed();
    server.allowPlaintextAuth = parser.isSet(m_allowPlaintextAuth);
    if (const QString problem = readTimeout(parser); !problem.isEmpty())
        return problem;
    std::optional<ProxySettings> proxy;
    if (const QString problem = readProxy(parser, &proxy); !problem.isEmpty())
        return problem;
    // Without --proxy, the system's proxy settings, as for a saved account.
    server.proxy = proxy.value_or(ProxySettings()).resolve(server.host, server.effectivePort());
    if (const QString problem = readProxyPassword(); !problem.isEmpty())
        return problem;

    const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(parser.value(m_auth));
    if (!method || *method == sasl::AuthMethod::None)
        return Text::tr("--auth must be one of auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, "
                  "oauthbearer.");
    const bool hasUser = parser.isSet(m_user);
    const bool fromStdin = parser.isSet(m_passwordStdin);
    const bool fromEnv = parser.isSet(m_passwordEnv);
    if (!hasUser) {
        if (fromStdin || fromEnv)
            return Text::tr("--password-stdin and --password-env need --user.");
        if (parser.isSet(m_auth) && *method != sasl::AuthMethod::Auto)
            return Text::tr("--auth needs --user.");
        auth.method = sasl::AuthMethod::None;
        return {};
    }
    if (fromStdin == fromEnv)
        return Text::tr("--user needs exactly one of --password-stdin or --password-env.");
    auth.method = *method;
    auth.credentials.username = parser.value(m_user);
    if (fromEnv) {
        const QByteArray name = parser.value(m_passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return Text::tr("--password-env: the environment variable %1 is not set.")
                .arg(parser.value(m_passwordEnv));
        auth.credentials.secret = qEnvironmentVariable(name.constData());
    } else {
        auth.credentials.secret = readSecretLine();
    }
    if (auth.credentials.secret.isEmpty())
        return Text::tr("The password is empty.");
    m_transcript.setSecrets({ auth.credentials.secret });
    if (!auth.proxyPassword.isEmpty())
        m_transcript.addSecret(auth.proxyPassword);
    return {};
}

} // namespace stamp::cli
