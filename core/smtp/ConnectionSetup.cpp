// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SubmissionSession's first part: from connect to the capabilities that
// count (after TLS where TLS is used).

#include "ConnectionSetup.h"

#include "HostNameCheck.h"
#include "ProxySettings.h"
#include "TlsPolicy.h"
#include "VisibleText.h"

#include "AuthExchange.h"
#include "CommandQueue.h"
#include "SubmissionSession.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSetup)
};
} // namespace

ConnectionSetup::ConnectionSetup(SubmissionSession &session)
    : m_session(session)
{ }

QString ConnectionSetup::checkSettings() const
{
    const ServerSettings &server = m_session.m_server;
    if (server.host.trimmed().isEmpty())
        return Text::tr("No server host name was given.");
    if (!server.pinnedSha256.isEmpty() && TlsReport::normaliseFingerprint(server.pinnedSha256).isEmpty())
        return Text::tr("The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).");
    return {};
}

QString ConnectionSetup::buildTlsConfiguration(QSslConfiguration &tls) const
{
    return TlsPolicy::configure(tls, m_session.m_server.caFile);
}

void ConnectionSetup::connectToServer()
{
    const ServerSettings &server = m_session.m_server;
    const quint16 port = server.effectivePort();
    TranscriptEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = TranscriptEvent::Kind::Connection;
    event.startsConnection = true;
    //: %1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)
    event.text = Text::tr("Connecting to %1 port %2 (%3)")
                     .arg(server.host)
                     .arg(port)
                     .arg(securityModeId(server.security));
    emit m_session.transcript(event);
    QNetworkProxy proxy = server.proxy;
    if (!proxy.user().isEmpty() && proxy.password().isEmpty())
        proxy.setPassword(m_session.m_auth.proxyPassword);
    m_session.m_socket->setProxy(proxy);
    if (const QString hop = describeProxy(proxy); !hop.isEmpty()) {
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            //: %1 is a host name, %2 a port number, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"
            Text::tr("Connecting to %1:%2 through %3").arg(server.host).arg(port).arg(hop));
    }
    m_session.setState(SubmissionSession::State::Connecting);
    m_session.m_commands->setPhase(Phase::Resolve);
    m_session.armFor(server.timeouts.connect);
    if (server.security == SecurityMode::ImplicitTls)
        m_session.m_socket->connectToHostEncrypted(server.host, port, server.host);
    else
        m_session.m_socket->connectToHost(server.host, port);
}

void ConnectionSetup::onConnected()
{
    QSslSocket *socket = m_session.m_socket;
    m_session.emitEvent(TranscriptEvent::Kind::Connection,
        //: %1 is an IP address, %2 a port number
        Text::tr("Connected to %1 port %2")
            .arg(socket->peerAddress().toString())
            .arg(socket->peerPort()));
    if (m_session.m_server.security == SecurityMode::ImplicitTls) {
        // RFC 8314 §3.3: TLS starts at once; the greeting comes after it.
        beginHandshake(Tls::ImplicitHandshake);
        return;
    }
    expectGreeting();
}

void ConnectionSetup::beginHandshake(Tls handshake)
{
    m_tls = handshake;
    m_session.m_report.tls.attempted = true;
    m_session.setState(SubmissionSession::State::TlsHandshake);
    m_session.m_commands->setPhase(Phase::Tls);
    m_session.armFor(m_session.m_server.timeouts.command);
}

void ConnectionSetup::expectGreeting()
{
    m_session.setState(SubmissionSession::State::Greeting);
    m_session.m_commands->setPhase(Phase::Greeting);
    m_session.m_commands->expect(
        { Phase::Greeting, m_session.m_server.timeouts.greeting, [this](const Reply &r) {
             // RFC 5321 §4.3.1: 220 opens the session, 554 refuses it.
             if (r.code != 220) {
                 m_session.fail(Phase::Greeting, NetworkFault::None,
                     //: %1 is the server's reply
                     Text::tr("The server refused the session: %1").arg(r.summary()), r);
                 return;
             }
             sendEhlo();
         } });
    m_session.armTimer();
}

void ConnectionSetup::onSslErrors(const QList<QSslError> &errors)
{
    TlsReport &report = m_session.m_report.tls;
    QSslSocket *socket = m_session.m_socket;
    m_sslErrors = errors;
    for (const QSslError &error : errors) {
        if (!report.errors.contains(error.error())) {
            report.errors << error.error();
            report.errorTexts << error.errorString();
        }
    }
    // Keep the certificate's details even when the handshake is about to
    // fail: that is when a person needs them to judge it.
    const CertificateSummary peer = CertificateSummary::of(socket->peerCertificate());
    report.peer = peer;
    report.chain.clear();
    for (const QSslCertificate &cert : socket->peerCertificateChain())
        report.chain << CertificateSummary::of(cert);
    const QString pin = TlsReport::normaliseFingerprint(m_session.m_server.pinnedSha256);
    if (!pin.isEmpty() && !peer.isNull() && peer.sha256 == pin) {
        // The person chose to trust exactly this certificate: accept exactly
        // these errors for it, nothing broader.
        socket->ignoreSslErrors(errors);
        report.acceptedByPin = true;
        m_session.emitEvent(TranscriptEvent::Kind::Tls,
            //: %1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint
            Text::tr("Certificate not verified (%1), but it is the pinned certificate %2")
                .arg(report.errorTexts.join(QStringLiteral("; ")), peer.sha256Display()));
        return;
    }
    m_session.emitEvent(TranscriptEvent::Kind::Tls,
        //: %1 lists the certificate errors
        Text::tr("Certificate verification failed: %1")
            .arg(report.errorTexts.join(QStringLiteral("; "))));
}

void ConnectionSetup::onEncrypted()
{
    m_session.m_timer.stop();
    recordTls();
    const TlsReport &t = m_session.m_report.tls;
    const QString pin = TlsReport::normaliseFingerprint(m_session.m_server.pinnedSha256);
    if (!pin.isEmpty() && t.peer.sha256 != pin) {
        m_session.fail(Phase::Tls, NetworkFault::PinMismatch,
            //: %1 is the certificate's SHA-256 fingerprint
            Text::tr("The server's certificate (SHA-256 %1) is not the pinned one.")
                .arg(t.peer.sha256Display()),
            {}, true);
        return;
    }
    // RFC 6125 §6.4.4: a certificate that lists DNS names vouches for
    // those only, whatever its CN says (Qt 6.4 still accepts a CN match).
    // A pinned certificate is trusted as exactly itself, name or not.
    if (!t.acceptedByPin && !HostNameCheck::matches(m_session.m_socket->peerCertificate(), m_session.m_server.host)) {
        const QSslError mismatch(QSslError::HostNameMismatch, m_session.m_socket->peerCertificate());
        m_sslErrors << mismatch;
        TlsReport &report = m_session.m_report.tls;
        report.errors << mismatch.error();
        report.errorTexts << mismatch.errorString();
        m_session.fail(Phase::Tls, NetworkFault::CertificateRejected,
            //: %1 is a host name; %2 lists the DNS names in the certificate
            Text::tr("The certificate does not name %1 among its DNS names (%2); its common name does not "
                           "count when it lists any (RFC 6125).")
                .arg(m_session.m_server.host,
                    m_session.m_socket->peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry).join(
                        QStringLiteral(", "))),
            {}, true);
        return;
    }
    const bool beforeGreeting = m_tls == Tls::ImplicitHandshake;
    m_tls = Tls::Encrypted;
    m_session.emitEvent(TranscriptEvent::Kind::Tls,
        //: TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject and issuer, %5 its expiry date, %6 "trusted by pin" or "verified"
        Text::tr("%1, %2; certificate %3, issued by %4, valid until %5; %6")
            .arg(t.protocol, t.cipher, t.peer.subject, t.peer.issuer, t.peer.notAfter.toString(Qt::ISODate),
                t.acceptedByPin ? Text::tr("trusted by pin") : Text::tr("verified")));
    if (beforeGreeting) {
        expectGreeting();
        // The greeting may have arrived in the same read as the handshake's end.
        if (m_session.m_socket->bytesAvailable() > 0)
            m_session.onReadyRead();
        return;
    }
    // RFC 3207 §4.2: after STARTTLS, everything learnt before is discarded
    // and the client must issue EHLO again.
    sendEhlo();
}

void ConnectionSetup::recordTls()
{
    TlsReport &t = m_session.m_report.tls;
    QSslSocket *socket = m_session.m_socket;
    t.attempted = true;
    t.encrypted = socket->isEncrypted();
    t.protocol = TlsReport::protocolName(socket->sessionProtocol());
    t.cipher = socket->sessionCipher().name();
    t.peer = CertificateSummary::of(socket->peerCertificate());
    t.chain.clear();
    for (const QSslCertificate &cert : socket->peerCertificateChain())
        t.chain << CertificateSummary::of(cert);
}

QString ConnectionSetup::heloName() const
{
    if (!m_session.m_server.heloName.isEmpty())
        return m_session.m_server.heloName;
    // RFC 5321 §4.1.4: a client without a meaningful domain name sends an
    // address literal of its end of the connection.
    QHostAddress local
        = m_session.m_socket ? m_session.m_socket->localAddress() : QHostAddress(QHostAddress::LocalHost);
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("[%1]").arg(QHostAddress(v4).toString());
    local.setScopeId(QString());
    return QStringLiteral("[IPv6:%1]").arg(local.toString());
}

void ConnectionSetup::sendEhlo()
{
    m_session.setState(SubmissionSession::State::Ehlo);
    m_session.m_commands->queue("EHLO " + heloName().toUtf8(), Phase::Ehlo,
        m_session.m_server.timeouts.command, [this](const Reply &r) { onEhloReply(r); });
}

void ConnectionSetup::onEhloReply(const Reply &reply)
{
    if (reply.code == 250) {
        m_session.m_report.capabilities = Capabilities::fromEhlo(reply);
        m_session.emitEvent(TranscriptEvent::Kind::Info,
            //: %1 lists the SMTP extensions the server announced
            Text::tr("Server offers: %1").arg(m_session.m_report.capabilities.describe()));
        afterCapabilities();
        return;
    }
    // RFC 5321 §4.1.4 / §3.2: a server that does not know EHLO answers 500
    // or 502 (some 501/504/550); fall back to HELO, but never after TLS,
    // where a server that spoke ESMTP a moment ago has no excuse.
    if (reply.isPermanent() && !isEncrypted()) {
        m_session.emitEvent(TranscriptEvent::Kind::Info, Text::tr("EHLO refused; trying HELO"));
        m_session.m_commands->queue("HELO " + heloName().toUtf8(), Phase::Ehlo,
            m_session.m_server.timeouts.command, [this](const Reply &r) { onHeloReply(r); });
        return;
    }
    m_session.fail(Phase::Ehlo, NetworkFault::None,
        Text::tr("The server refused EHLO: %1").arg(reply.summary()), reply);
}

void ConnectionSetup::onHeloReply(const Reply &reply)
{
    if (reply.code != 250) {
        m_session.fail(Phase::Ehlo, NetworkFault::None,
            Text::tr("The server refused HELO: %1").arg(reply.summary()), reply);
        return;
    }
    m_session.m_report.capabilities = Capabilities::fromHelo(reply);
    m_session.emitEvent(
        TranscriptEvent::Kind::Info, Text::tr("Server speaks plain SMTP (no extensions)"));
    afterCapabilities();
}

void ConnectionSetup::afterCapabilities()
{
    if (m_session.m_server.security == SecurityMode::StartTls && !isEncrypted()) {
        if (!m_session.m_report.capabilities.startTls()) {
            // "NO STARTTLS" case 1: never continue in plaintext.
            m_session.fail(Phase::StartTls, NetworkFault::StartTlsMissing,
                Text::tr("The server does not offer STARTTLS, which this account requires."), {}, true);
            return;
        }
        startTls();
        return;
    }
    m_session.m_authExchange->authenticate();
}

void ConnectionSetup::startTls()
{
    m_session.setState(SubmissionSession::State::StartTls);
    m_session.m_commands->queue(
        "STARTTLS", Phase::StartTls, m_session.m_server.timeouts.command, [this](const Reply &r) {
            if (r.code != 220) {
                // "NO STARTTLS" case 2: any other reply ends the session.
                m_session.fail(Phase::StartTls, NetworkFault::StartTlsRefused,
                    Text::tr("The server refused STARTTLS: %1").arg(r.summary()), r, true);
                return;
            }
            if (m_session.m_parser.hasBufferedData() || m_session.m_socket->bytesAvailable() > 0) {
                // "NO STARTTLS" case 3 (response injection, CVE-2011-0411 class):
                // any byte after the 220 line, even an empty or malformed line,
                // was sent before the handshake and must not be read as if it
                // had arrived over TLS (RFC 3207 §4.2). The bytes go into the
                // transcript, visibly escaped, so the attack can be seen.
                const QByteArray injected = m_session.m_parser.unreadBytes() + m_session.m_socket->readAll();
                m_session.emitEvent(TranscriptEvent::Kind::Error,
                    //: %1 is the data the server sent
                    Text::tr("Sent after the 220, before TLS (discarded): \"%1\"")
                        .arg(visibleText(injected.left(512))));
                m_session.fail(Phase::StartTls, NetworkFault::StartTlsInjection,
                    Text::tr("The server sent unexpected data right after agreeing to STARTTLS."), {},
                    true);
                return;
            }
            m_session.m_parser.reset();
            m_session.m_report.capabilities = Capabilities();
            beginHandshake(Tls::StartTlsHandshake);
            m_session.m_socket->startClientEncryption();
        });
}

bool ConnectionSetup::onProxyError(QAbstractSocket::SocketError error, bool connecting)
{
    const QNetworkProxy &proxy = m_session.m_server.proxy;
    const QString hop = describeProxy(proxy);
    const std::optional<NetworkFault> fault = proxyFault(error, connecting);
    if (hop.isEmpty() || !fault)
        return false;
    const ServerSettings &server = m_session.m_server;
    const QString detail = m_session.m_socket->errorString();
    QString text;
    switch (*fault) {
    case NetworkFault::ProxyNotFound:
        //: %1 names the proxy, e.g. "the SOCKS5 proxy proxy.example:1080"
        text = Text::tr("The host name of %1 could not be found.").arg(hop);
        break;
    case NetworkFault::ProxyRefused:
        //: %1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"
        text = Text::tr("%1 refused the connection: is it running?").arg(hop);
        break;
    case NetworkFault::ProxyAuthFailed:
        text = proxy.user().isEmpty()
            //: %1 names the proxy
            ? Text::tr("%1 asks for a user name and password.").arg(hop)
            //: %1 names the proxy, %2 is a user name
            : Text::tr("%1 refused the login of %2.").arg(hop, proxy.user());
        break;
    case NetworkFault::ProxyDenied:
        //: %1 names the proxy, %2 a host name, %3 a port number
        text = Text::tr("%1 does not allow connections to %2 port %3.")
                   .arg(hop, server.host)
                   .arg(server.effectivePort());
        break;
    case NetworkFault::ProxyTargetUnreachable:
        //: %1 names the proxy, %2 a host name, %3 a port number, %4 what the proxy reported
        text = Text::tr("%1 could not reach %2 port %3: %4")
                   .arg(hop, server.host)
                   .arg(server.effectivePort())
                   .arg(detail);
        break;
    default:
        //: %1 names the proxy, %2 is the network library's error message
        text = Text::tr("%1 failed: %2").arg(hop, detail);
        break;
    }
    m_session.fail(Phase::Connect, *fault, text, {}, true);
    return true;
}

bool ConnectionSetup::isPeerLoopback() const
{
    return m_session.m_server.loopbackIsPrivate && m_session.m_socket
        && m_session.m_socket->peerAddress().isLoopback();
}

} // namespace stamp
