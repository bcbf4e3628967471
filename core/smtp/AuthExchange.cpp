// SubmissionSession's second part: AUTH (RFC 4954).

#include "AuthExchange.h"

#include "CommandQueue.h"
#include "ConnectionSetup.h"
#include "MailTransaction.h"
#include "SubmissionSession.h"

#include <QSet>
#include <QStringList>

namespace stamp {

AuthExchange::AuthExchange(SubmissionSession &session)
    : m_session(session)
{ }

AuthExchange::~AuthExchange() = default;

void AuthExchange::authenticate()
{
    using sasl::AuthMethod;
    const ServerSettings &server = m_session.m_server;
    const AuthSettings &auth = m_session.m_auth;
    if (auth.method == AuthMethod::None) {
        m_session.m_transaction->nextMessage();
        return;
    }
    m_session.setState(SubmissionSession::State::Authenticating);
    if (!m_session.m_connection->isEncrypted() && !m_session.m_connection->isPeerLoopback()
        && !server.allowPlaintextAuth) {
        m_session.fail(Phase::Auth, NetworkFault::PlaintextAuthRefused,
            QStringLiteral("Refusing to send the password without encryption to %1.").arg(server.host));
        return;
    }
    const Capabilities &caps = m_session.m_report.capabilities;
    const QSet<QByteArray> offered = caps.authMechanisms();
    QStringList offeredNames;
    for (const QByteArray &name : offered)
        offeredNames << QString::fromLatin1(name);
    offeredNames.sort();
    AuthMethod method = auth.method;
    if (method == AuthMethod::Auto)
        method = sasl::chooseAutomatically(offered);
    const QByteArray name = sasl::mechanismName(method);
    if (method == AuthMethod::None || !offered.contains(name)) {
        const QString offeredText = offeredNames.isEmpty() ? QStringLiteral("no authentication at all")
                                                           : offeredNames.join(QLatin1Char(' '));
        const QString wanted = auth.method == AuthMethod::Auto ? QStringLiteral("a password mechanism")
                                                               : QString::fromLatin1(name);
        m_session.fail(Phase::Auth, NetworkFault::AuthNotOffered,
            QStringLiteral("The server does not offer %1; it offers %2.").arg(wanted, offeredText));
        return;
    }
    m_mechanism = sasl::createMechanism(method, auth.credentials, server.host, server.effectivePort());
    m_mechanismName = name;
    QByteArray line = "AUTH " + name;
    QString shown = QString::fromLatin1(line);
    // RFC 4954 §4: a client-first mechanism sends its initial response on
    // the AUTH line, saving a round trip; "=" stands for an empty one.
    const std::optional<QByteArray> initial = m_mechanism->initialResponse();
    if (initial) {
        rememberPayload(*initial);
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += QStringLiteral(" [redacted]");
    }
    m_session.m_commands->queue(
        line, Phase::Auth, server.timeouts.command, [this](const Reply &r) { onReply(r); }, shown);
    // RFC 4954 §4: AUTH may be followed by more commands in the same group
    // when it carries an initial response, its mechanism completes in one
    // round trip and negotiates no security layer - PLAIN is the example
    // the RFC gives. The first transaction then travels with the login.
    // Should the login fail, the server refuses those commands too, and
    // the message is reported as not sent.
    const bool pipelined
        = initial && method == AuthMethod::Plain && caps.pipelining() && !m_session.m_messages.isEmpty();
    m_afterLogin = pipelined ? AfterLogin::TransactionAlreadySent : AfterLogin::StartTransaction;
    if (pipelined)
        m_session.m_transaction->nextMessage();
}

void AuthExchange::rememberPayload(const QByteArray &raw)
{
    // Payloads that carry the secret (PLAIN, LOGIN's second answer, the
    // OAuth strings) are cut out of any reply that quotes them.
    const QByteArray secret = m_session.m_auth.credentials.secret.toUtf8();
    if (!secret.isEmpty() && raw.contains(secret))
        m_session.m_redactor.addPayload(raw);
}

void AuthExchange::sendResponse(const QByteArray &raw)
{
    rememberPayload(raw);
    m_session.m_commands->queue(
        raw.toBase64(), Phase::Auth, m_session.m_server.timeouts.command,
        [this](const Reply &r) { onReply(r); }, QStringLiteral("[redacted]"));
}

void AuthExchange::cancelExchange(NetworkFault fault, const QString &message)
{
    // RFC 4954 §4: "*" cancels the exchange; the server's reply to it
    // changes nothing.
    m_session.m_commands->queue("*", Phase::Auth, m_session.m_server.timeouts.command,
        [this, fault, message](const Reply &) { m_session.fail(Phase::Auth, fault, message); });
}

void AuthExchange::onReply(const Reply &reply)
{
    SessionReport &report = m_session.m_report;
    if (reply.code == 334) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reply.lines.value(0).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            cancelExchange(NetworkFault::ProtocolViolation,
                QStringLiteral("The server sent an authentication challenge that is not valid base64."));
            return;
        }
        const sasl::SaslMechanism::Step step = m_mechanism->respond(*decoded);
        if (!step.ok) {
            const bool scram = m_mechanismName.startsWith("SCRAM");
            cancelExchange(scram ? NetworkFault::AuthServerUnverified : NetworkFault::ProtocolViolation,
                QStringLiteral("Authentication stopped: %1").arg(step.error));
            return;
        }
        sendResponse(step.response);
        return;
    }
    if (reply.code == 235) {
        if (const QString why = m_mechanism->successProblem(); !why.isEmpty()) {
            m_session.fail(Phase::Auth, NetworkFault::AuthServerUnverified,
                QStringLiteral("The server accepted the login but did not prove its identity: %1").arg(why),
                reply, true);
            return;
        }
        report.authenticated = true;
        report.authMechanism = QString::fromLatin1(m_mechanismName);
        m_mechanism.reset(); // drop the credentials' derived state early
        m_session.emitEvent(
            TranscriptEvent::Kind::Info, QStringLiteral("Authenticated with %1").arg(report.authMechanism));
        if (m_afterLogin == AfterLogin::StartTransaction)
            m_session.m_transaction->nextMessage();
        return;
    }
    QString message = QStringLiteral("Authentication failed: %1").arg(reply.summary());
    // OAuth servers explain a refused token in a JSON challenge before the
    // 535 (RFC 7628 §3.2.2); it names the actual problem (expired, scope).
    if (m_mechanism && !m_mechanism->serverError().isEmpty())
        message += QStringLiteral(" (server detail: %1)")
                       .arg(QString::fromUtf8(m_mechanism->serverError()).simplified());
    m_session.fail(Phase::Auth, NetworkFault::None, message, reply);
}

} // namespace stamp
