// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImapSession.h"

#include "MailboxName.h"
#include "smtp/HostNameCheck.h"
#include "smtp/TlsPolicy.h"
#include "smtp/VisibleText.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace stamp::imap {

namespace {

// RFC 7888 §4: LITERAL- allows non-synchronizing literals up to 4096 octets.
constexpr qsizetype kLiteralMinusLimit = 4096;
// Only politeness is at stake once LOGOUT is sent.
constexpr int kLogoutTimeoutMs = 10 * 1000;

// RFC 9051 §4.3: a quoted string, for user names and passwords in LOGIN.
QByteArray quotedString(const QByteArray &raw)
{
    QByteArray q = raw;
    q.replace('\\', "\\\\");
    q.replace('"', "\\\"");
    return '"' + q + '"';
}

} // namespace

ImapSession::ImapSession(const ImapSettings &settings, const ImapLogin &login, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_login(login)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImapSession::onTimeout);
    m_redactor.addSecret(m_login.credentials.secret);
}

ImapSession::~ImapSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool ImapSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QString ImapSession::redacted(const QByteArray &serverText) const
{
    return visibleText(m_redactor.redacted(serverText));
}

void ImapSession::emitEvent(TranscriptEvent::Kind kind, const QString &text)
{
    TranscriptEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.text = text;
    emit transcript(event);
}

void ImapSession::open()
{
    QString problem;
    if (m_settings.host.trimmed().isEmpty())
        problem = tr("No IMAP server host name was given.");
    else if (!m_settings.pinnedSha256.isEmpty()
        && TlsReport::normaliseFingerprint(m_settings.pinnedSha256).isEmpty())
        problem = tr("The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).");
    QSslConfiguration tls;
    if (problem.isEmpty())
        problem = TlsPolicy::configure(tls, m_settings.caFile);
    if (!problem.isEmpty()) {
        // Reported from the event loop, so a caller that connects after
        // open() returns still hears of it.
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(ImapStep::Connect, NetworkFault::Other, problem); },
            Qt::QueuedConnection);
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(tls);
    // Never a system-wide proxy picked up by accident.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QSslSocket::connected, this, &ImapSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapSession::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ImapSession::onDisconnected);

    const quint16 port = m_settings.effectivePort();
    TranscriptEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = TranscriptEvent::Kind::Connection;
    event.startsConnection = true;
    //: %1 is a host name, %2 a port number, %3 the security mode (starttls, tls or none)
    event.text = tr("Connecting to IMAP server %1 port %2 (%3)")
                     .arg(m_settings.host)
                     .arg(port)
                     .arg(securityModeId(m_settings.security));
    emit transcript(event);
    m_stage = Stage::Connecting;
    m_timer.start(m_settings.timeoutMs);
    if (m_settings.security == SecurityMode::ImplicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, port, m_settings.host);
    else
        m_socket->connectToHost(m_settings.host, port);
}

void ImapSession::onConnected()
{
    emitEvent(TranscriptEvent::Kind::Connection,
        //: %1 is an IP address, %2 a port number
        tr("Connected to %1 port %2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    m_timer.start(m_settings.timeoutMs);
    if (m_settings.security == SecurityMode::ImplicitTls) {
        // RFC 8314 §3.3: TLS first, the greeting comes over it.
        m_stage = Stage::ImplicitHandshake;
        m_tls.attempted = true;
        return;
    }
    m_stage = Stage::Greeting;
}

void ImapSession::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        if (!m_tls.errors.contains(error.error())) {
            m_tls.errors << error.error();
            m_tls.errorTexts << error.errorString();
        }
    }
    const QSslCertificate peer = m_socket->peerCertificate();
    m_tls.peer = CertificateSummary::of(peer);
    m_tls.chain.clear();
    for (const QSslCertificate &cert : m_socket->peerCertificateChain())
        m_tls.chain << CertificateSummary::of(cert);
    if (TlsPolicy::pinMatches(peer, m_settings.pinnedSha256)) {
        // Exactly these errors, for exactly this certificate.
        m_socket->ignoreSslErrors(errors);
        m_tls.acceptedByPin = true;
        emitEvent(TranscriptEvent::Kind::Tls,
            //: %1 lists the certificate errors; %2 is the certificate's SHA-256 fingerprint
            tr("Certificate not verified (%1), but it is the pinned certificate %2")
                .arg(m_tls.errorTexts.join(QStringLiteral("; ")), m_tls.peer.sha256Display()));
        return;
    }
    emitEvent(TranscriptEvent::Kind::Tls,
        //: %1 lists the certificate errors
        tr("Certificate verification failed: %1").arg(m_tls.errorTexts.join(QStringLiteral("; "))));
}

void ImapSession::recordTls()
{
    m_tls.attempted = true;
    m_tls.encrypted = m_socket->isEncrypted();
    m_tls.protocol = TlsReport::protocolName(m_socket->sessionProtocol());
    m_tls.cipher = m_socket->sessionCipher().name();
    m_tls.peer = CertificateSummary::of(m_socket->peerCertificate());
    m_tls.chain.clear();
    for (const QSslCertificate &cert : m_socket->peerCertificateChain())
        m_tls.chain << CertificateSummary::of(cert);
}

void ImapSession::onEncrypted()
{
    recordTls();
    const ImapStep step = ImapStep::Tls;
    if (!m_settings.pinnedSha256.isEmpty()
        && !TlsPolicy::pinMatches(m_socket->peerCertificate(), m_settings.pinnedSha256)) {
        fail(step, NetworkFault::PinMismatch,
            //: %1 is the certificate's SHA-256 fingerprint
            tr("The server's certificate (SHA-256 %1) is not the pinned one.")
                .arg(m_tls.peer.sha256Display()));
        return;
    }
    // RFC 6125 §6.4.4 (see HostNameCheck); a pinned certificate is trusted
    // as exactly itself.
    if (!m_tls.acceptedByPin && !HostNameCheck::matches(m_socket->peerCertificate(), m_settings.host)) {
        m_tls.errors << QSslError::HostNameMismatch;
        m_tls.errorTexts << QSslError(QSslError::HostNameMismatch).errorString();
        fail(step, NetworkFault::CertificateRejected,
            //: %1 is a host name
            tr("The certificate does not name %1 among its DNS names.").arg(m_settings.host));
        return;
    }
    emitEvent(TranscriptEvent::Kind::Tls,
        //: TLS summary in the log: %1 is the TLS version, %2 the cipher, %3 and %4 the certificate's subject
        //: and issuer, %5 "trusted by pin" or "verified"
        tr("%1, %2; certificate %3, issued by %4; %5")
            .arg(m_tls.protocol, m_tls.cipher, m_tls.peer.subject, m_tls.peer.issuer,
                m_tls.acceptedByPin ? tr("trusted by pin") : tr("verified")));
    if (m_stage == Stage::ImplicitHandshake) {
        m_stage = Stage::Greeting;
        m_timer.start(m_settings.timeoutMs);
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        return;
    }
    // RFC 9051 §6.2.1: after STARTTLS the client discards what it knew of
    // the server's capabilities and asks again.
    m_stage = Stage::Working;
    askCapabilities();
}

void ImapSession::onReadyRead()
{
    if (!m_socket || m_stage == Stage::Done || m_stage == Stage::ImplicitHandshake
        || m_stage == Stage::StartTlsHandshake)
        return;
    m_reader.feed(m_socket->readAll());
    while (m_stage != Stage::Done && m_stage != Stage::StartTlsHandshake) {
        const std::optional<ImapResponse> response = m_reader.next();
        if (!response)
            break;
        handle(*response);
    }
    if (m_stage != Stage::Done && m_reader.hasError()) {
        const ImapStep step = m_pending ? m_pending->step : ImapStep::Greeting;
        fail(step, NetworkFault::ProtocolViolation, m_reader.errorString());
    }
}

void ImapSession::handle(const ImapResponse &response)
{
    emitEvent(TranscriptEvent::Kind::Server, redacted(response.display));
    if (m_stage == Stage::Greeting) {
        onGreeting(response);
        return;
    }
    switch (response.kind) {
    case ImapResponse::Kind::Continuation:
        if (!m_pending || !m_pending->waitsForContinuation) {
            fail(m_pending ? m_pending->step : ImapStep::Capability, NetworkFault::ProtocolViolation,
                tr("The server asked for more data where none was due."));
            return;
        }
        onContinuation(response);
        return;
    case ImapResponse::Kind::Untagged:
        if (response.status == ImapResponse::Status::Bye) {
            // RFC 9051 §7.1.5: the server is closing; expected only after LOGOUT.
            if (m_stage != Stage::LoggingOut)
                fail(m_pending ? m_pending->step : ImapStep::Capability, NetworkFault::RemoteClosed,
                    tr("The server closed the session."), &response);
            return;
        }
        if (response.isData("CAPABILITY"))
            takeCapabilities(response.data, 1);
        else
            takeCapabilityCode(response);
        if (m_pending)
            m_pending->untagged << response;
        return;
    case ImapResponse::Kind::Tagged:
        break;
    }
    if (!m_pending || response.tag != m_pending->tag) {
        fail(m_pending ? m_pending->step : ImapStep::Capability, NetworkFault::ProtocolViolation,
            //: %1 is an IMAP command tag such as A001
            tr("The server answered a command that was not sent (tag %1).")
                .arg(QString::fromLatin1(response.tag.left(32))));
        return;
    }
    if (response.status == ImapResponse::Status::Ok)
        takeCapabilityCode(response);
    Pending done = std::move(*m_pending);
    m_pending.reset();
    m_timer.stop();
    done.done(response, done.untagged);
}

void ImapSession::onGreeting(const ImapResponse &response)
{
    // RFC 9051 §7.1: the greeting is an untagged OK, PREAUTH or BYE.
    if (response.kind != ImapResponse::Kind::Untagged || response.status == ImapResponse::Status::None
        || response.status == ImapResponse::Status::No || response.status == ImapResponse::Status::Bad) {
        fail(ImapStep::Greeting, NetworkFault::ProtocolViolation,
            tr("The server's greeting is not an IMAP greeting."), &response);
        return;
    }
    if (response.status == ImapResponse::Status::Bye) {
        fail(
            ImapStep::Greeting, NetworkFault::RemoteClosed, tr("The server refused the session."), &response);
        return;
    }
    m_timer.stop();
    m_stage = Stage::Working;
    if (response.status == ImapResponse::Status::Preauth) {
        // RFC 9051 §6.2.1: a PREAUTH greeting on a connection that must
        // still switch to TLS leaves no way to do so; close it.
        if (m_settings.security == SecurityMode::StartTls && !isEncrypted()) {
            fail(ImapStep::StartTls, NetworkFault::StartTlsMissing,
                tr("The server logged the session in before STARTTLS, so it cannot be protected."),
                &response);
            return;
        }
        m_preauth = true;
    }
    takeCapabilityCode(response);
    if (m_capabilitiesKnown)
        afterCapabilities();
    else
        askCapabilities();
}

void ImapSession::takeCapabilities(const QList<ImapItem> &items, int from)
{
    m_capabilities.clear();
    for (int i = from; i < items.size(); ++i)
        m_capabilities.insert(items.at(i).text.toUpper());
    m_capabilitiesKnown = true;
}

void ImapSession::takeCapabilityCode(const ImapResponse &response)
{
    if (response.code != "CAPABILITY")
        return;
    m_capabilities.clear();
    for (const QByteArray &name : response.codeArguments)
        m_capabilities.insert(name.toUpper());
    m_capabilitiesKnown = true;
}

void ImapSession::askCapabilities()
{
    m_capabilities.clear();
    m_capabilitiesKnown = false;
    send("CAPABILITY", ImapStep::Capability, [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
        if (tagged.status != ImapResponse::Status::Ok || !m_capabilitiesKnown) {
            fail(ImapStep::Capability, NetworkFault::ProtocolViolation,
                tr("The server did not list its capabilities."), &tagged);
            return;
        }
        afterCapabilities();
    });
}

void ImapSession::afterCapabilities()
{
    if (!m_loginMethod.isEmpty()) {
        emit ready();
        return;
    }
    if (m_settings.security == SecurityMode::StartTls && !isEncrypted()) {
        // "NO STARTTLS" case 1 (docs/SECURITY.md): never go on in plaintext.
        if (!hasCapability("STARTTLS")) {
            fail(ImapStep::StartTls, NetworkFault::StartTlsMissing,
                tr("The IMAP server does not offer STARTTLS, which this account requires."));
            return;
        }
        startTls();
        return;
    }
    if (m_preauth) {
        m_loginMethod = QByteArrayLiteral("PREAUTH");
        emit ready();
        return;
    }
    login();
}

void ImapSession::startTls()
{
    send("STARTTLS", ImapStep::StartTls, [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
        if (tagged.status != ImapResponse::Status::Ok) {
            fail(ImapStep::StartTls, NetworkFault::StartTlsRefused, tr("The server refused STARTTLS."),
                &tagged);
            return;
        }
        if (m_reader.hasBufferedData() || m_socket->bytesAvailable() > 0) {
            // Response injection (CVE-2011-0411 class): whatever followed the
            // tagged OK was sent in plaintext and must never be read as if
            // it came over TLS (RFC 9051 §6.2.1). Shown, escaped, then dropped.
            const QByteArray injected = m_reader.unreadBytes() + m_socket->readAll();
            emitEvent(TranscriptEvent::Kind::Error,
                //: %1 is the data the server sent
                tr("Sent after the STARTTLS reply, before TLS (discarded): \"%1\"")
                    .arg(visibleText(injected.left(512))));
            fail(ImapStep::StartTls, NetworkFault::StartTlsInjection,
                tr("The server sent unexpected data right after agreeing to STARTTLS."));
            return;
        }
        m_reader.reset();
        m_capabilities.clear();
        m_capabilitiesKnown = false;
        m_stage = Stage::StartTlsHandshake;
        m_tls.attempted = true;
        m_timer.start(m_settings.timeoutMs);
        m_socket->startClientEncryption();
    });
}

bool ImapSession::peerIsLoopback() const
{
    return m_socket && m_socket->peerAddress().isLoopback();
}

void ImapSession::login()
{
    // Credentials never travel in the clear beyond this machine.
    if (!isEncrypted() && !peerIsLoopback()) {
        fail(ImapStep::Login, NetworkFault::PlaintextAuthRefused,
            tr("The connection is not encrypted, so the password is not sent."));
        return;
    }
    const sasl::AuthMethod method = m_login.method;
    if (method == sasl::AuthMethod::None) {
        fail(ImapStep::Login, NetworkFault::AuthNotOffered, tr("No login was given for the IMAP server."));
        return;
    }
    if (method == sasl::AuthMethod::Auto || method == sasl::AuthMethod::Plain) {
        if (hasCapability("AUTH=PLAIN")) {
            authenticate(sasl::AuthMethod::Plain);
            return;
        }
        // RFC 9051 §6.2.3: LOGIN, but only inside TLS and not where the
        // server has disabled it.
        if (isEncrypted() && !hasCapability("LOGINDISABLED")) {
            loginCommand();
            return;
        }
        fail(ImapStep::Login, NetworkFault::AuthNotOffered,
            tr("The IMAP server offers no way to log in with a password here."));
        return;
    }
    const QByteArray name = sasl::mechanismName(method);
    if (!hasCapability("AUTH=" + name)) {
        fail(ImapStep::Login, NetworkFault::AuthNotOffered,
            //: %1 is a login mechanism such as XOAUTH2
            tr("The IMAP server does not offer the %1 login.").arg(QString::fromLatin1(name)));
        return;
    }
    authenticate(method);
}

void ImapSession::authenticate(sasl::AuthMethod method)
{
    m_mechanism
        = sasl::createMechanism(method, m_login.credentials, m_settings.host, m_settings.effectivePort());
    const QByteArray name = m_mechanism->name();
    QByteArray line = "AUTHENTICATE " + name;
    QByteArray shown = line;
    std::optional<QByteArray> initial = m_mechanism->initialResponse();
    if (initial)
        m_redactor.addPayload(*initial);
    bool initialSent = false;
    if (initial && hasCapability("SASL-IR")) {
        // RFC 4959 §3: the initial response on the command line; "=" for an
        // empty one.
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += " [" + tr("redacted").toUtf8() + ']';
        initialSent = true;
    }
    send(
        line, ImapStep::Login,
        [this, name](const ImapResponse &tagged, const QList<ImapResponse> &) {
            m_mechanism.reset();
            if (tagged.status != ImapResponse::Status::Ok) {
                fail(ImapStep::Login, NetworkFault::None, tr("The server refused the login."), &tagged, true);
                return;
            }
            m_loginMethod = name;
            loggedIn(tagged);
        },
        shown);
    if (!m_pending)
        return;
    m_pending->waitsForContinuation = true;
    m_pending->sasl = true;
    if (initial && !initialSent)
        m_pending->literal = *initial; // sent on the first, empty challenge
    else
        m_pending->literal.clear();
    m_saslInitialPending = initial && !initialSent;
}

void ImapSession::loginCommand()
{
    const QByteArray user = m_login.credentials.username.toUtf8();
    const QByteArray secret = m_login.credentials.secret.toUtf8();
    if (user.contains('\r') || user.contains('\n') || secret.contains('\r') || secret.contains('\n')
        || secret.contains('\0')) {
        fail(ImapStep::Login, NetworkFault::Other, tr("The user name or password holds a line break."));
        return;
    }
    send(
        "LOGIN " + quotedString(user) + ' ' + quotedString(secret), ImapStep::Login,
        [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != ImapResponse::Status::Ok) {
                fail(ImapStep::Login, NetworkFault::None, tr("The server refused the login."), &tagged, true);
                return;
            }
            m_loginMethod = QByteArrayLiteral("LOGIN");
            loggedIn(tagged);
        },
        "LOGIN " + quotedString(user) + " [" + tr("password redacted").toUtf8() + ']');
}

void ImapSession::onContinuation(const ImapResponse &response)
{
    Pending &pending = *m_pending;
    if (!pending.sasl) {
        // RFC 9051 §4.3: the server is ready for the synchronizing literal.
        pending.waitsForContinuation = false;
        const QByteArray literal = std::exchange(pending.literal, QByteArray());
        write(literal + "\r\n");
        //: %1 is a number of bytes
        emitEvent(TranscriptEvent::Kind::Data, tr("[%1 bytes of message]").arg(literal.size()));
        return;
    }
    if (m_saslInitialPending) {
        m_saslInitialPending = false;
        const QByteArray initial = std::exchange(pending.literal, QByteArray());
        write(initial.toBase64() + "\r\n");
        emitEvent(TranscriptEvent::Kind::Client, QLatin1Char('[') + tr("redacted") + QLatin1Char(']'));
        return;
    }
    const auto challenge
        = QByteArray::fromBase64Encoding(response.text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    sasl::SaslMechanism::Step step;
    if (!challenge || !m_mechanism) {
        step.ok = false;
    } else {
        step = m_mechanism->respond(challenge.decoded);
    }
    if (!step.ok) {
        // RFC 9051 §6.2.2: "*" cancels the exchange; the server answers BAD.
        write("*\r\n");
        emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("*"));
        return;
    }
    m_redactor.addPayload(step.response);
    write(step.response.toBase64() + "\r\n");
    emitEvent(TranscriptEvent::Kind::Client, QLatin1Char('[') + tr("redacted") + QLatin1Char(']'));
}

void ImapSession::loggedIn(const ImapResponse &tagged)
{
    emitEvent(TranscriptEvent::Kind::Info,
        //: %1 is a login mechanism such as PLAIN
        tr("Logged in with %1").arg(QString::fromLatin1(m_loginMethod)));
    // RFC 9051 §6.2.2: capabilities may change with the login; a server
    // that lists them in its OK saves the round trip.
    if (tagged.code == "CAPABILITY")
        emit ready();
    else
        askCapabilities();
}

void ImapSession::command(const QByteArray &line, ImapStep step, Done done)
{
    send(line, step, std::move(done));
}

void ImapSession::append(const QString &mailbox, const QByteArray &message, Done done)
{
    const qsizetype size = message.size();
    const bool nonSync
        = hasCapability("LITERAL+") || (hasCapability("LITERAL-") && size <= kLiteralMinusLimit);
    const QByteArray line = "APPEND " + MailboxName::quoted(mailbox) + " (\\Seen) {"
        + QByteArray::number(size) + (nonSync ? "+}" : "}");
    send(line, ImapStep::Append, std::move(done));
    if (!m_pending)
        return;
    if (nonSync) {
        // RFC 7888 §3: the literal follows at once, no "+" awaited.
        write(message + "\r\n");
        emitEvent(TranscriptEvent::Kind::Data, tr("[%1 bytes of message]").arg(size));
        return;
    }
    m_pending->literal = message;
    m_pending->waitsForContinuation = true;
}

void ImapSession::send(const QByteArray &line, ImapStep step, Done done, const QByteArray &shown)
{
    if (m_stage != Stage::Working && m_stage != Stage::LoggingOut)
        return;
    Pending pending;
    pending.tag = 'A' + QByteArray::number(m_nextTag++).rightJustified(3, '0');
    pending.step = step;
    pending.done = std::move(done);
    emitEvent(TranscriptEvent::Kind::Client,
        QString::fromUtf8(pending.tag + ' ' + (shown.isEmpty() ? line : shown)));
    const QByteArray bytes = pending.tag + ' ' + line + "\r\n";
    m_pending = std::move(pending);
    m_timer.start(m_stage == Stage::LoggingOut ? kLogoutTimeoutMs : m_settings.timeoutMs);
    write(bytes);
}

void ImapSession::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void ImapSession::logout()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_stage != Stage::Working) {
        finishClose();
        return;
    }
    m_stage = Stage::LoggingOut;
    send("LOGOUT", ImapStep::Logout,
        [this](const ImapResponse &, const QList<ImapResponse> &) { finishClose(); });
}

void ImapSession::abort()
{
    m_stage = Stage::Done;
    m_timer.stop();
    m_pending.reset();
    if (m_socket)
        m_socket->abort();
}

void ImapSession::finishClose()
{
    if (m_closed)
        return;
    m_closed = true;
    m_stage = Stage::Done;
    m_timer.stop();
    m_pending.reset();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->disconnectFromHost();
    emitEvent(TranscriptEvent::Kind::Connection, tr("Connection closed"));
    emit closed();
}

void ImapSession::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_stage == Stage::LoggingOut) {
        finishClose();
        return;
    }
    if (m_stage == Stage::Done)
        return;
    ImapStep step = m_pending ? m_pending->step : ImapStep::Greeting;
    if (m_stage == Stage::Connecting)
        step = ImapStep::Connect;
    else if (m_stage == Stage::ImplicitHandshake || m_stage == Stage::StartTlsHandshake)
        step = ImapStep::Tls;
    NetworkFault fault = NetworkFault::Other;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fault = NetworkFault::ConnectionRefused;
        break;
    case QAbstractSocket::HostNotFoundError:
        fault = NetworkFault::HostNotFound;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fault = step == ImapStep::Tls ? NetworkFault::TlsHandshake : NetworkFault::RemoteClosed;
        break;
    case QAbstractSocket::SocketTimeoutError:
        fault = NetworkFault::Timeout;
        break;
    case QAbstractSocket::NetworkError:
        fault = NetworkFault::NetworkUnreachable;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        fault = (!m_tls.errors.isEmpty() && !m_tls.acceptedByPin) ? NetworkFault::CertificateRejected
                                                                  : NetworkFault::TlsHandshake;
        break;
    default:
        break;
    }
    fail(step, fault, m_socket->errorString());
}

void ImapSession::onDisconnected()
{
    if (m_stage == Stage::LoggingOut) {
        finishClose();
        return;
    }
    if (m_stage == Stage::Done)
        return;
    fail(m_pending ? m_pending->step : ImapStep::Greeting, NetworkFault::RemoteClosed,
        tr("The server closed the connection."));
}

void ImapSession::onTimeout()
{
    if (m_stage == Stage::LoggingOut) {
        finishClose();
        return;
    }
    ImapStep step = m_pending ? m_pending->step : ImapStep::Greeting;
    if (m_stage == Stage::Connecting)
        step = ImapStep::Connect;
    else if (m_stage == Stage::ImplicitHandshake || m_stage == Stage::StartTlsHandshake)
        step = ImapStep::Tls;
    //: %1 is a number of seconds
    fail(step, NetworkFault::Timeout,
        tr("No answer from the server within %1 seconds.").arg(m_settings.timeoutMs / 1000));
}

void ImapSession::fail(ImapStep step, NetworkFault fault, const QString &detail, const ImapResponse *response,
    bool keepConnection)
{
    if (m_failed || m_stage == Stage::Done)
        return;
    m_failed = true;
    ImapFailure failure;
    failure.step = step;
    failure.fault = fault;
    failure.detail = detail;
    failure.tlsErrors = m_tls.errors;
    failure.offersPin = fault == NetworkFault::PinMismatch
        || (fault == NetworkFault::CertificateRejected && m_tls.offersPin());
    if (response) {
        failure.status = response->status;
        failure.code = response->code;
        failure.serverText = redacted(response->text);
    }
    QString shown = detail;
    if (!failure.serverText.isEmpty())
        shown += QStringLiteral(" (") + failure.serverText + QLatin1Char(')');
    emitEvent(TranscriptEvent::Kind::Error, shown);
    m_timer.stop();
    m_pending.reset();
    if (keepConnection) {
        // The server refused and is still listening: the caller may end
        // the session politely with logout().
        emit failed(failure);
        return;
    }
    m_stage = Stage::Done;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit failed(failure);
}

} // namespace stamp::imap
