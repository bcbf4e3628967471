#include "SubmissionSession.h"

#include "BodyEncoder.h"
#include "DotStuffer.h"
#include "Logging.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace stamp {

namespace {
QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}
}  // namespace

SubmissionSession::SubmissionSession(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SubmissionSession::onTimeout);
}

SubmissionSession::~SubmissionSession()
{
    if (m_socket)
        m_socket->abort();
}

void SubmissionSession::setServer(const ServerSettings &server)
{
    m_server = server;
}

void SubmissionSession::setAuth(const AuthSettings &auth)
{
    m_auth = auth;
}

void SubmissionSession::start(const QList<OutgoingMessage> &messages)
{
    Q_ASSERT(m_state == State::Idle);
    m_messages = messages;
    m_report = SessionReport();

    // Everything that can be checked without the network is checked first,
    // so bad input never leaves a half-sent conversation behind.
    QString problem;
    if (m_server.host.trimmed().isEmpty())
        problem = QStringLiteral("No server host name was given.");
    if (problem.isEmpty() && !m_server.pinnedSha256.isEmpty()
        && TlsReport::normaliseFingerprint(m_server.pinnedSha256).isEmpty())
        problem = QStringLiteral("The pinned certificate fingerprint is not 64 hexadecimal digits (SHA-256).");
    for (int i = 0; problem.isEmpty() && i < m_messages.size(); ++i) {
        OutgoingMessage &message = m_messages[i];
        const EnvelopeAddress from = EnvelopeAddress::fromText(message.from, true);
        if (!from.error.isEmpty())
            problem = QStringLiteral("The sender address \"%1\" cannot be used: %2.").arg(message.from, from.error);
        if (problem.isEmpty() && message.recipients.isEmpty())
            problem = QStringLiteral("The message has no recipients.");
        for (const QString &rcpt : std::as_const(message.recipients)) {
            const EnvelopeAddress to = EnvelopeAddress::fromText(rcpt);
            if (problem.isEmpty() && !to.error.isEmpty())
                problem = QStringLiteral("The recipient address \"%1\" cannot be used: %2.").arg(rcpt, to.error);
        }
        if (problem.isEmpty() && (!message.body || !message.body->isReadable()))
            problem = QStringLiteral("The message content cannot be read.");
        // The size must be known before MAIL (RFC 1870) and the upload must
        // never stall waiting on a pipe, so the content has to be seekable.
        if (problem.isEmpty() && message.body->isSequential())
            problem = QStringLiteral("The message content must come from a file, not a stream.");
        if (problem.isEmpty() && message.messageSize < 0 && !message.body->isSequential()) {
            const qint64 pos = message.body->pos();
            const DotStuffer::Measurement m = DotStuffer::measure(message.body);
            if (!m.ok || !message.body->seek(pos)) {
                problem = QStringLiteral("The message content could not be read: %1.").arg(message.body->errorString());
            } else {
                message.messageSize = m.messageSize;
                message.wireSize = m.wireSize;
                message.eightBit = m.eightBit;
            }
        }
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // RFC 8996: TLS 1.0 and 1.1 are not to be used.
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (problem.isEmpty() && !m_server.caFile.isEmpty()) {
        QFile file(m_server.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = QStringLiteral("The CA file \"%1\" cannot be read: %2.").arg(m_server.caFile, file.errorString());
        } else {
            const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (extra.isEmpty())
                problem = QStringLiteral("The CA file \"%1\" holds no PEM certificate.").arg(m_server.caFile);
            tls.addCaCertificates(extra);
        }
    }

    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { fail(Phase::Local, NetworkFault::Other, problem, {}, true); });
        return;
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_server.host);
    // Commands are grouped by us (RFC 2920); Nagle's algorithm would only
    // hold a group's last segment back waiting for an ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QSslSocket::connected, this, &SubmissionSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SubmissionSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SubmissionSession::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SubmissionSession::onBytesWritten);
    // Encrypted bytes leaving the socket make room for more of the message.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_uploading && !m_bodyDone)
            pumpBody();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, &SubmissionSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SubmissionSession::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &SubmissionSession::onSslErrors);

    const quint16 port = m_server.effectivePort();
    emitEvent(TranscriptEvent::Kind::Connection, QStringLiteral("Connecting to %1 port %2 (%3)")
                                                     .arg(m_server.host)
                                                     .arg(port)
                                                     .arg(securityModeId(m_server.security)));
    setState(State::Connecting);
    m_phase = Phase::Resolve;
    m_timer.start(m_server.timeouts.connect);
    if (m_server.security == SecurityMode::ImplicitTls)
        m_socket->connectToHostEncrypted(m_server.host, port, m_server.host);
    else
        m_socket->connectToHost(m_server.host, port);
}

void SubmissionSession::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_report.cancelled = true;
    const bool betweenCommands = m_state != State::Connecting && m_state != State::TlsHandshake && !m_uploading;
    fail(currentPhase(), NetworkFault::Cancelled,
         QStringLiteral("Cancelled."), {}, !betweenCommands);
}

// --- socket events -----------------------------------------------------------

void SubmissionSession::onConnected()
{
    emitEvent(TranscriptEvent::Kind::Connection, QStringLiteral("Connected to %1 port %2")
                                                     .arg(m_socket->peerAddress().toString())
                                                     .arg(m_socket->peerPort()));
    if (m_server.security == SecurityMode::ImplicitTls) {
        // RFC 8314 §3.3: TLS starts at once; the greeting comes after it.
        m_report.tls.attempted = true;
        setState(State::TlsHandshake);
        m_phase = Phase::Tls;
        m_timer.start(m_server.timeouts.command);
        return;
    }
    expectGreeting();
}

void SubmissionSession::expectGreeting()
{
    setState(State::Greeting);
    m_phase = Phase::Greeting;
    m_expected.append({Phase::Greeting, m_server.timeouts.greeting, [this](const Reply &r) {
                           // RFC 5321 §4.3.1: 220 opens the session, 554 refuses it.
                           if (r.code != 220) {
                               fail(Phase::Greeting, NetworkFault::None,
                                    QStringLiteral("The server refused the session: %1").arg(r.summary()), r);
                               return;
                           }
                           m_sawGreeting = true;
                           sendEhlo();
                       }});
    armTimer();
}

void SubmissionSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    for (const QSslError &error : errors) {
        if (!m_report.tls.errors.contains(error.error())) {
            m_report.tls.errors << error.error();
            m_report.tls.errorTexts << error.errorString();
        }
    }
    // Keep the certificate's details even when the handshake is about to
    // fail: that is when a person needs them to judge it.
    const CertificateSummary peer = CertificateSummary::of(m_socket->peerCertificate());
    m_report.tls.peer = peer;
    m_report.tls.chain.clear();
    for (const QSslCertificate &cert : m_socket->peerCertificateChain())
        m_report.tls.chain << CertificateSummary::of(cert);
    const QString pin = TlsReport::normaliseFingerprint(m_server.pinnedSha256);
    if (!pin.isEmpty() && !peer.isNull() && peer.sha256 == pin) {
        // The person chose to trust exactly this certificate: accept exactly
        // these errors for it, nothing broader.
        m_socket->ignoreSslErrors(errors);
        m_report.tls.acceptedByPin = true;
        emitEvent(TranscriptEvent::Kind::Tls,
                  QStringLiteral("Certificate not verified (%1), but it is the pinned certificate %2")
                      .arg(m_report.tls.errorTexts.join(QStringLiteral("; ")), peer.sha256Display()));
        return;
    }
    emitEvent(TranscriptEvent::Kind::Tls,
              QStringLiteral("Certificate verification failed: %1").arg(m_report.tls.errorTexts.join(QStringLiteral("; "))));
}

void SubmissionSession::onEncrypted()
{
    m_timer.stop();
    recordTls();
    const QString pin = TlsReport::normaliseFingerprint(m_server.pinnedSha256);
    if (!pin.isEmpty() && m_report.tls.peer.sha256 != pin) {
        fail(Phase::Tls, NetworkFault::PinMismatch,
             QStringLiteral("The server's certificate (SHA-256 %1) is not the pinned one.")
                 .arg(m_report.tls.peer.sha256Display()),
             {}, true);
        return;
    }
    m_tlsActive = true;
    const TlsReport &t = m_report.tls;
    emitEvent(TranscriptEvent::Kind::Tls, QStringLiteral("%1, %2; certificate %3, issued by %4, valid until %5; %6")
                                              .arg(t.protocol, t.cipher, t.peer.subject, t.peer.issuer,
                                                   t.peer.notAfter.toString(Qt::ISODate),
                                                   t.acceptedByPin ? QStringLiteral("trusted by pin")
                                                                   : QStringLiteral("verified")));
    if (m_server.security == SecurityMode::ImplicitTls && !m_sawGreeting) {
        expectGreeting();
        // The greeting may have arrived in the same read as the handshake's end.
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        return;
    }
    // RFC 3207 §4.2: after STARTTLS, everything learnt before is discarded
    // and the client must issue EHLO again.
    m_ehloAfterTls = true;
    sendEhlo();
}

void SubmissionSession::recordTls()
{
    TlsReport &t = m_report.tls;
    t.attempted = true;
    t.encrypted = m_socket->isEncrypted();
    t.protocol = TlsReport::protocolName(m_socket->sessionProtocol());
    t.cipher = m_socket->sessionCipher().name();
    t.peer = CertificateSummary::of(m_socket->peerCertificate());
    t.chain.clear();
    for (const QSslCertificate &cert : m_socket->peerCertificateChain())
        t.chain << CertificateSummary::of(cert);
}

void SubmissionSession::onReadyRead()
{
    if (!m_socket || m_state == State::Finished)
        return;
    m_parser.feed(m_socket->readAll());
    while (std::optional<Reply> reply = m_parser.next()) {
        const bool secret = m_state == State::Authenticating && reply->code == 334;
        for (int i = 0; i < reply->lines.size(); ++i) {
            const bool last = i == reply->lines.size() - 1;
            QString line = QString::number(reply->code) + (last ? QLatin1Char(' ') : QLatin1Char('-'));
            if (secret)
                line += QStringLiteral("[challenge redacted]");
            else
                line += (reply->enhanced.isValid() ? reply->enhanced.toString() + QLatin1Char(' ') : QString())
                        + QString::fromUtf8(reply->lines.at(i));
            emitEvent(TranscriptEvent::Kind::Server, line);
        }
        if (m_state == State::Quitting) {
            if (reply->code == 221)
                m_socket->disconnectFromHost();
            continue;
        }
        if (m_uploading && m_expected.isEmpty()) {
            // A reply in the middle of a DATA upload: the server gave up on
            // the message (e.g. 552 early). Nothing more is sent.
            m_uploading = false;
            fail(Phase::Data, NetworkFault::None,
                 QStringLiteral("The server interrupted the upload: %1").arg(reply->summary()), reply, true);
            return;
        }
        if (m_expected.isEmpty()) {
            fail(m_phase, NetworkFault::ProtocolViolation,
                 QStringLiteral("The server sent a reply nobody asked for: %1").arg(reply->summary()), reply, true);
            return;
        }
        const Expectation expectation = m_expected.takeFirst();
        m_phase = expectation.phase;
        if (reply->code == 421) {
            // RFC 5321 §3.8: 421 means the server is closing the channel,
            // whatever command it answers; nothing else will be read.
            fail(expectation.phase, NetworkFault::None,
                 QStringLiteral("The server is closing the connection: %1").arg(reply->summary()), reply, true);
            return;
        }
        armTimer();
        expectation.handler(*reply);
        if (!m_socket || m_state == State::Finished || m_state == State::TlsHandshake)
            return;
    }
    if (m_parser.hasError()) {
        fail(m_phase, NetworkFault::ProtocolViolation, m_parser.errorString(), {}, true);
        return;
    }
    flushCommands();
}

void SubmissionSession::onBytesWritten(qint64 bytes)
{
    // Counted until the whole message has left, which may be after its last
    // chunk was queued.
    if (!m_countingProgress)
        return;
    const qint64 total = progressTotal();
    m_bodyWritten += bytes;
    if (total >= 0)
        m_bodyWritten = qMin(m_bodyWritten, total);
    emit progress(m_index, m_bodyWritten, total);
    if (total >= 0 && m_bodyWritten >= total)
        m_countingProgress = false;
    if (m_uploading && !m_bodyDone) {
        m_timer.start(m_server.timeouts.dataBlock);
        pumpBody();
    }
}

void SubmissionSession::onSocketError()
{
    if (!m_socket || m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    const bool connected = m_state != State::Connecting;
    const Phase phase = currentPhase();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(Phase::Resolve, NetworkFault::HostNotFound,
             QStringLiteral("The host name %1 could not be found: %2").arg(m_server.host, text), {}, true);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Phase::Connect, NetworkFault::ConnectionRefused,
             QStringLiteral("%1 refused the connection on port %2.").arg(m_server.host).arg(m_server.effectivePort()),
             {}, true);
        break;
    case QAbstractSocket::NetworkError:
        fail(connected ? phase : Phase::Connect,
             connected ? NetworkFault::RemoteClosed : NetworkFault::NetworkUnreachable, text, {}, true);
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(phase, NetworkFault::Timeout, text, {}, true);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(phase, NetworkFault::RemoteClosed,
             QStringLiteral("The server closed the connection %1.").arg(phaseDescription(phase)), {}, true);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(Phase::Tls, m_sslErrors.isEmpty() ? NetworkFault::TlsHandshake : NetworkFault::CertificateRejected,
             QStringLiteral("TLS handshake failed: %1").arg(text), {}, true);
        break;
    default:
        fail(phase, NetworkFault::Other, text, {}, true);
        break;
    }
}

void SubmissionSession::onDisconnected()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    const Phase phase = currentPhase();
    fail(phase, NetworkFault::RemoteClosed,
         QStringLiteral("The server closed the connection %1.").arg(phaseDescription(phase)), {}, true);
}

void SubmissionSession::onTimeout()
{
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    QString what;
    int ms = 0;
    Phase phase = m_phase;
    if (m_state == State::Connecting) {
        ms = m_server.timeouts.connect;
        what = QStringLiteral("Could not connect to %1 port %2 within %3 s.")
                   .arg(m_server.host)
                   .arg(m_server.effectivePort())
                   .arg(seconds(ms));
        phase = Phase::Connect;
    } else if (m_state == State::TlsHandshake) {
        what = QStringLiteral("The TLS handshake did not finish within %1 s.").arg(seconds(m_server.timeouts.command));
        phase = Phase::Tls;
    } else if (m_uploading) {
        what = QStringLiteral("The server accepted no message data for %1 s.").arg(seconds(m_server.timeouts.dataBlock));
        phase = Phase::Data;
    } else if (!m_expected.isEmpty()) {
        phase = m_expected.first().phase;
        what = QStringLiteral("No reply from the server within %1 s %2.")
                   .arg(seconds(m_expected.first().timeoutMs), phaseDescription(phase));
    } else {
        what = QStringLiteral("The session stalled %1.").arg(phaseDescription(phase));
    }
    fail(phase, NetworkFault::Timeout, what, {}, true);
}

// --- protocol steps ------------------------------------------------------------

QString SubmissionSession::heloName() const
{
    if (!m_server.heloName.isEmpty())
        return m_server.heloName;
    // RFC 5321 §4.1.4: a client without a meaningful domain name sends an
    // address literal of its end of the connection.
    QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress(QHostAddress::LocalHost);
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("[%1]").arg(QHostAddress(v4).toString());
    local.setScopeId(QString());
    return QStringLiteral("[IPv6:%1]").arg(local.toString());
}

void SubmissionSession::sendEhlo()
{
    setState(State::Ehlo);
    queue("EHLO " + heloName().toUtf8(), Phase::Ehlo, m_server.timeouts.command,
          [this](const Reply &r) { onEhloReply(r); });
}

void SubmissionSession::onEhloReply(const Reply &reply)
{
    if (reply.code == 250) {
        m_report.capabilities = Capabilities::fromEhlo(reply);
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("Server offers: %1").arg(m_report.capabilities.describe()));
        afterCapabilities();
        return;
    }
    // RFC 5321 §4.1.4 / §3.2: a server that does not know EHLO answers 500
    // or 502 (some 501/504/550); fall back to HELO, but never after TLS,
    // where a server that spoke ESMTP a moment ago has no excuse.
    if (reply.isPermanent() && !m_tlsActive) {
        emitEvent(TranscriptEvent::Kind::Info, QStringLiteral("EHLO refused; trying HELO"));
        queue("HELO " + heloName().toUtf8(), Phase::Ehlo, m_server.timeouts.command,
              [this](const Reply &r) { onHeloReply(r); });
        return;
    }
    fail(Phase::Ehlo, NetworkFault::None, QStringLiteral("The server refused EHLO: %1").arg(reply.summary()), reply);
}

void SubmissionSession::onHeloReply(const Reply &reply)
{
    if (reply.code != 250) {
        fail(Phase::Ehlo, NetworkFault::None, QStringLiteral("The server refused HELO: %1").arg(reply.summary()),
             reply);
        return;
    }
    m_report.capabilities = Capabilities::fromHelo(reply);
    emitEvent(TranscriptEvent::Kind::Info, QStringLiteral("Server speaks plain SMTP (no extensions)"));
    afterCapabilities();
}

void SubmissionSession::afterCapabilities()
{
    if (m_server.security == SecurityMode::StartTls && !m_tlsActive) {
        if (!m_report.capabilities.startTls()) {
            // "NO STARTTLS" case 1: never continue in plaintext.
            fail(Phase::StartTls, NetworkFault::StartTlsMissing,
                 QStringLiteral("The server does not offer STARTTLS, which this account requires."), {}, true);
            return;
        }
        startTls();
        return;
    }
    authenticate();
}

void SubmissionSession::startTls()
{
    setState(State::StartTls);
    queue("STARTTLS", Phase::StartTls, m_server.timeouts.command, [this](const Reply &r) {
        if (r.code != 220) {
            // "NO STARTTLS" case 2: any other reply ends the session.
            fail(Phase::StartTls, NetworkFault::StartTlsRefused,
                 QStringLiteral("The server refused STARTTLS: %1").arg(r.summary()), r, true);
            return;
        }
        if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
            // "NO STARTTLS" case 3 (response injection, CVE-2011-0411 class):
            // bytes sent before the handshake must not be read as if they had
            // arrived over TLS.
            fail(Phase::StartTls, NetworkFault::StartTlsInjection,
                 QStringLiteral("The server sent unexpected data right after agreeing to STARTTLS."), {}, true);
            return;
        }
        m_parser.reset();
        m_report.capabilities = Capabilities();
        m_report.tls.attempted = true;
        setState(State::TlsHandshake);
        m_phase = Phase::Tls;
        m_timer.start(m_server.timeouts.command);
        m_socket->startClientEncryption();
    });
}

bool SubmissionSession::isPeerLoopback() const
{
    return m_server.loopbackIsPrivate && m_socket && m_socket->peerAddress().isLoopback();
}

void SubmissionSession::authenticate()
{
    using sasl::AuthMethod;
    if (m_auth.method == AuthMethod::None) {
        nextMessage();
        return;
    }
    setState(State::Authenticating);
    if (!m_tlsActive && !isPeerLoopback() && !m_server.allowPlaintextAuth) {
        fail(Phase::Auth, NetworkFault::PlaintextAuthRefused,
             QStringLiteral("Refusing to send the password without encryption to %1.").arg(m_server.host));
        return;
    }
    const QSet<QByteArray> offered = m_report.capabilities.authMechanisms();
    QStringList offeredNames;
    for (const QByteArray &name : offered)
        offeredNames << QString::fromLatin1(name);
    offeredNames.sort();
    AuthMethod method = m_auth.method;
    if (method == AuthMethod::Auto)
        method = sasl::chooseAutomatically(offered);
    const QByteArray name = sasl::mechanismName(method);
    if (method == AuthMethod::None || !offered.contains(name)) {
        const QString offeredText =
            offeredNames.isEmpty() ? QStringLiteral("no authentication at all") : offeredNames.join(QLatin1Char(' '));
        const QString wanted = m_auth.method == AuthMethod::Auto ? QStringLiteral("a password mechanism")
                                                                 : QString::fromLatin1(name);
        fail(Phase::Auth, NetworkFault::AuthNotOffered,
             QStringLiteral("The server does not offer %1; it offers %2.").arg(wanted, offeredText));
        return;
    }
    m_mechanism = sasl::createMechanism(method, m_auth.credentials, m_server.host, m_server.effectivePort());
    m_mechanismName = name;
    QByteArray line = "AUTH " + name;
    QString shown = QString::fromLatin1(line);
    // RFC 4954 §4: a client-first mechanism sends its initial response on
    // the AUTH line, saving a round trip; "=" stands for an empty one.
    const std::optional<QByteArray> initial = m_mechanism->initialResponse();
    if (initial) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += QStringLiteral(" [redacted]");
    }
    queue(line, Phase::Auth, m_server.timeouts.command, [this](const Reply &r) { onAuthReply(r); }, shown);
    // RFC 4954 §4: AUTH may be followed by more commands in the same group
    // when it carries an initial response, its mechanism completes in one
    // round trip and negotiates no security layer - PLAIN is the example
    // the RFC gives. The first transaction then travels with the login.
    // Should the login fail, the server refuses those commands too, and
    // the message is reported as not sent.
    m_authPipelined = initial && method == AuthMethod::Plain && m_report.capabilities.pipelining()
                      && !m_messages.isEmpty();
    if (m_authPipelined)
        nextMessage();
}

void SubmissionSession::sendAuthResponse(const QByteArray &raw)
{
    queue(raw.toBase64(), Phase::Auth, m_server.timeouts.command, [this](const Reply &r) { onAuthReply(r); },
          QStringLiteral("[redacted]"));
}

void SubmissionSession::onAuthReply(const Reply &reply)
{
    if (reply.code == 334) {
        const auto decoded = QByteArray::fromBase64Encoding(reply.lines.value(0).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            // RFC 4954 §4: "*" cancels the exchange.
            queue("*", Phase::Auth, m_server.timeouts.command, [this](const Reply &) {
                fail(Phase::Auth, NetworkFault::ProtocolViolation,
                     QStringLiteral("The server sent an authentication challenge that is not valid base64."));
            });
            return;
        }
        const sasl::SaslMechanism::Step step = m_mechanism->respond(*decoded);
        if (!step.ok) {
            const bool scram = m_mechanismName.startsWith("SCRAM");
            const QString why = step.error;
            queue("*", Phase::Auth, m_server.timeouts.command, [this, scram, why](const Reply &) {
                fail(Phase::Auth, scram ? NetworkFault::AuthServerUnverified : NetworkFault::ProtocolViolation,
                     QStringLiteral("Authentication stopped: %1").arg(why));
            });
            return;
        }
        sendAuthResponse(step.response);
        return;
    }
    if (reply.code == 235) {
        QString why;
        if (!m_mechanism->acceptSuccess(&why)) {
            fail(Phase::Auth, NetworkFault::AuthServerUnverified,
                 QStringLiteral("The server accepted the login but did not prove its identity: %1").arg(why), reply,
                 true);
            return;
        }
        m_report.authenticated = true;
        m_report.authMechanism = QString::fromLatin1(m_mechanismName);
        m_mechanism.reset();  // drop the credentials' derived state early
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("Authenticated with %1").arg(m_report.authMechanism));
        if (!m_authPipelined)
            nextMessage();  // otherwise the first transaction is already on its way
        return;
    }
    QString message = QStringLiteral("Authentication failed: %1").arg(reply.summary());
    // OAuth servers explain a refused token in a JSON challenge before the
    // 535 (RFC 7628 §3.2.2); it names the actual problem (expired, scope).
    if (m_mechanism && !m_mechanism->serverError().isEmpty())
        message += QStringLiteral(" (server detail: %1)").arg(QString::fromUtf8(m_mechanism->serverError()).simplified());
    fail(Phase::Auth, NetworkFault::None, message, reply);
}

// --- plumbing -----------------------------------------------------------------------

Phase SubmissionSession::currentPhase() const
{
    return m_expected.isEmpty() ? m_phase : m_expected.first().phase;
}

bool SubmissionSession::canPipeline() const
{
    // RFC 2920 §3.1: only when offered, and only for MAIL, RCPT and DATA
    // (and RSET) - every other command waits for its reply.
    return m_state == State::Transaction && m_report.capabilities.pipelining();
}

void SubmissionSession::queue(const QByteArray &line, Phase phase, int timeoutMs, ReplyHandler handler,
                              const QString &shownAs)
{
    m_unsent.append({line, shownAs, {phase, timeoutMs, std::move(handler)}});
    flushCommands();
}

void SubmissionSession::flushCommands()
{
    if (!m_socket || m_state == State::Finished || m_state == State::Quitting || m_state == State::TlsHandshake)
        return;
    if (canPipeline()) {
        // One write, so the whole group travels in as few segments as possible.
        QByteArray group;
        while (!m_unsent.isEmpty()) {
            Command command = m_unsent.takeFirst();
            emitEvent(TranscriptEvent::Kind::Client,
                      command.shownAs.isEmpty() ? QString::fromUtf8(command.line) : command.shownAs);
            group += command.line + "\r\n";
            m_expected.append(command.expect);
        }
        if (!group.isEmpty()) {
            m_socket->write(group);
            armTimer();
        }
        return;
    }
    if (m_expected.isEmpty() && !m_unsent.isEmpty())
        writeCommand(m_unsent.takeFirst());
}

void SubmissionSession::writeCommand(const Command &command)
{
    emitEvent(TranscriptEvent::Kind::Client,
              command.shownAs.isEmpty() ? QString::fromUtf8(command.line) : command.shownAs);
    m_socket->write(command.line + "\r\n");
    m_expected.append(command.expect);
    m_phase = command.expect.phase;
    armTimer();
}

void SubmissionSession::armTimer()
{
    if (!m_expected.isEmpty())
        m_timer.start(m_expected.first().timeoutMs);
    else if (!m_uploading && m_state != State::TlsHandshake && m_state != State::Connecting)
        m_timer.stop();
}

void SubmissionSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSmtp) << "state" << state;
    emit stateChanged(state);
}

void SubmissionSession::emitEvent(TranscriptEvent::Kind kind, const QString &text)
{
    TranscriptEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.text = text;
    emit transcript(event);
}

void SubmissionSession::fail(Phase phase, NetworkFault fault, const QString &message,
                             const std::optional<Reply> &reply, bool closeAtOnce)
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    m_timer.stop();
    m_uploading = false;

    Failure failure{phase, fault, reply, message, m_server.host, {}};
    for (const QSslError &error : std::as_const(m_sslErrors))
        failure.tlsErrors << error.error();
    emitEvent(TranscriptEvent::Kind::Error, message);
    m_report.failure = failure;

    // The message in progress, and every message not yet attempted, share
    // the session's failure: none of them was accepted.
    const bool inTransaction = m_index >= 0 && m_index < m_messages.size()
                               && m_report.messages.size() == m_index;
    if (inTransaction) {
        m_current.failure = failure;
        m_current.status = SendResult::Status::Failed;
        // A reply (even 421) settles the outcome; only silence leaves it open.
        m_current.uncertain = m_finalDotSent && !reply;
        if (m_current.uncertain) {
            emitEvent(TranscriptEvent::Kind::Error,
                      QStringLiteral("The whole message had been sent when this happened: the server may have "
                                     "accepted it. It must not be sent again without checking."));
        }
        m_report.messages.append(m_current);
        emit messageFinished(m_index, m_current);
    }
    for (int i = m_report.messages.size(); i < m_messages.size(); ++i) {
        SendResult notSent;
        notSent.attempted = false;
        notSent.failure = failure;
        for (const QString &address : m_messages.at(i).recipients)
            notSent.recipients.append({address, false, Reply()});
        m_report.messages.append(notSent);
        emit messageFinished(i, notSent);
    }
    m_index = m_messages.size();
    m_finalDotSent = false;

    m_unsent.clear();
    m_expected.clear();
    if (!m_socket) {
        finishSession();
        return;
    }
    if (closeAtOnce || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishSession();
        return;
    }
    quit();
}

void SubmissionSession::finishSession()
{
    if (m_state == State::Finished)
        return;
    m_timer.stop();
    setState(State::Finished);
    if (m_socket) {
        // Nothing the socket reports from here on changes the outcome.
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emitEvent(TranscriptEvent::Kind::Connection, QStringLiteral("Connection closed"));
    reportFinished();
    QMetaObject::invokeMethod(this, [this] { emit connectionClosed(); }, Qt::QueuedConnection);
}

void SubmissionSession::reportFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    // Queued, so that a caller may delete the session from its slot.
    QMetaObject::invokeMethod(this, [this] { emit finished(m_report); }, Qt::QueuedConnection);
}

}  // namespace stamp
