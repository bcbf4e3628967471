// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SubmissionSession's second part: AUTH (RFC 4954).

#include "AuthExchange.h"

#include "CommandQueue.h"
#include "ConnectionSetup.h"
#include "MailTransaction.h"
#include "SubmissionSession.h"
#include "sasl/LoginMechanism.h"

#include <QSet>
#include <QStringList>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthExchange)
};
} // namespace

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
            Text::tr("Refusing to send the password without encryption to %1.").arg(server.host));
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
        // Whole sentences, not fragments: word order differs between languages.
        const QString offeredText = offeredNames.join(QLatin1Char(' '));
        QString problem;
        if (auth.method == AuthMethod::Auto && offeredNames.isEmpty())
            problem = Text::tr("The server does not offer a password mechanism; it offers no authentication at all.");
        else if (auth.method == AuthMethod::Auto)
            //: %1 lists the SASL mechanism names the server offers, e.g. "XOAUTH2 OAUTHBEARER"
            problem = Text::tr("The server does not offer a password mechanism; it offers %1.").arg(offeredText);
        else if (offeredNames.isEmpty())
            //: %1 is a SASL mechanism name such as PLAIN or XOAUTH2
            problem = Text::tr("The server does not offer %1; it offers no authentication at all.")
                          .arg(QString::fromLatin1(name));
        else
            //: %1 is a SASL mechanism name such as PLAIN; %2 lists the names the server offers
            problem = Text::tr("The server does not offer %1; it offers %2.").arg(QString::fromLatin1(name), offeredText);
        m_session.fail(Phase::Auth, NetworkFault::AuthNotOffered,
            problem);
        return;
    }
    m_mechanism = sasl::createMechanism(method, auth.credentials, server.host, server.effectivePort());
    m_mechanismName = name;
    sendAuth();
}

void AuthExchange::sendAuth()
{
    QByteArray line = "AUTH " + m_mechanismName;
    QString shown = QString::fromLatin1(line);
    // RFC 4954 §4: a client-first mechanism sends its initial response on
    // the AUTH line, saving a round trip; "=" stands for an empty one.
    const std::optional<QByteArray> initial = m_mechanism->initialResponse();
    m_sentInitialResponse = initial.has_value();
    if (initial) {
        rememberPayload(*initial);
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += QStringLiteral(" [redacted]");
    }
    m_session.m_commands->queue(
        line, Phase::Auth, m_session.m_server.timeouts.command, [this](const Reply &r) { onReply(r); }, shown);
    sendTransactionIfDone();
}

void AuthExchange::sendTransactionIfDone()
{
    // RFC 4954 §4 lets AUTH lead a group when its initial response is the
    // whole exchange and no security layer follows (PLAIN); RFC 2920 §3.1
    // only asks that a command whose outcome changes what the client must
    // do next end its group. The last client message of any mechanism
    // without a security layer is in the same position as PLAIN's initial
    // response: what the server says next is the outcome, not a challenge.
    // So the first transaction (and QUIT) may follow it at once: LOGIN's
    // password, CRAM-MD5's answer, SCRAM's empty answer to the
    // server-final message - but only once the client has verified the
    // server's signature in it, so an impostor never sees the envelope.
    // Should the login fail, the server refuses MAIL, RCPT and the content
    // (RFC 4954 §6: 530 before AUTH) and the message is reported as not
    // sent. OAuth mechanisms never get here: a refused token brings a
    // challenge the client must answer (RFC 7628 §3.2.3), which a
    // pipelined MAIL would be taken for.
    const bool pipelined = m_mechanism->clientDone() && m_session.m_report.capabilities.pipelining()
        && !m_session.m_messages.isEmpty();
    if (!pipelined)
        return;
    m_afterLogin = AfterLogin::TransactionAlreadySent;
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
    if (reply.code == 334 && m_afterLogin == AfterLogin::TransactionAlreadySent) {
        // The mechanism had said its last word and the transaction followed
        // it; the server would take those commands for answers. Nothing
        // sensible can be said on this connection any more.
        m_session.fail(Phase::Auth, NetworkFault::ProtocolViolation,
            Text::tr("The server sent another authentication challenge after the last answer."), reply,
            true);
        return;
    }
    if (reply.code == 334) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reply.lines.value(0).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            cancelExchange(NetworkFault::ProtocolViolation,
                Text::tr("The server sent an authentication challenge that is not valid base64."));
            return;
        }
        const sasl::SaslMechanism::Step step = m_mechanism->respond(*decoded);
        if (!step.ok) {
            const bool scram = m_mechanismName.startsWith("SCRAM");
            cancelExchange(scram ? NetworkFault::AuthServerUnverified : NetworkFault::ProtocolViolation,
                Text::tr("Authentication stopped: %1").arg(step.error));
            return;
        }
        sendResponse(step.response);
        sendTransactionIfDone();
        return;
    }
    if (reply.code == 235) {
        if (const QString why = m_mechanism->successProblem(); !why.isEmpty()) {
            m_session.fail(Phase::Auth, NetworkFault::AuthServerUnverified,
                Text::tr("The server accepted the login but did not prove its identity: %1").arg(why),
                reply, true);
            return;
        }
        report.authenticated = true;
        report.authMechanism = QString::fromLatin1(m_mechanismName);
        m_mechanism.reset(); // drop the credentials' derived state early
        m_session.emitEvent(
            //: %1 is a SASL mechanism name such as PLAIN or XOAUTH2
            TranscriptEvent::Kind::Info, Text::tr("Authenticated with %1").arg(report.authMechanism));
        if (m_afterLogin == AfterLogin::StartTransaction)
            m_session.m_transaction->nextMessage();
        return;
    }
    // Not every server takes LOGIN's user name on the AUTH line; one that
    // calls it a syntax error (RFC 4954 §4: 501) gets the draft's order.
    if ((reply.code == 500 || reply.code == 501) && m_sentInitialResponse && m_mechanismName == "LOGIN"
        && m_afterLogin == AfterLogin::StartTransaction) {
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            Text::tr("The server refused the user name on the AUTH line; asking again without it."));
        m_mechanism = std::make_unique<sasl::LoginMechanism>(
            m_session.m_auth.credentials, sasl::LoginMechanism::Start::OnRequest);
        sendAuth();
        return;
    }
    // OAuth servers explain a refused token in a JSON challenge before the
    // 535 (RFC 7628 §3.2.2); it names the actual problem (expired, scope).
    const QString detail = m_mechanism ? QString::fromUtf8(m_mechanism->serverError()).simplified() : QString();
    //: %1 is the server's reply
    QString message = Text::tr("Authentication failed: %1").arg(reply.summary());
    if (!detail.isEmpty())
        //: %1 is the server's reply; %2 is the server's explanation of a refused token
        message = Text::tr("Authentication failed: %1 (server detail: %2)").arg(reply.summary(), detail);
    if (m_afterLogin == AfterLogin::TransactionAlreadySent) {
        // RFC 4954 §6 asks a server to refuse MAIL before a successful
        // login (530), but one that trusts the client's network (Postfix's
        // permit_mynetworks, an internal relay) takes the transaction that
        // followed the refused login. Its replies decide the message:
        // reporting as not sent a message the server took would make the
        // next try deliver it twice (MailTransaction::finishMessage).
        m_session.m_loginRefusal
            = Failure { Phase::Auth, NetworkFault::None, reply, message, m_session.m_server.host, {} };
        m_session.emitEvent(TranscriptEvent::Kind::Error, message);
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            Text::tr("The login was refused; the server's replies to the message's commands, sent with the "
                           "login, decide what happened to it."));
        return;
    }
    m_session.fail(Phase::Auth, NetworkFault::None, message, reply);
}

} // namespace stamp
