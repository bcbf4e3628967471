// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConnectionCheck.h"

#include "AccountsLogging.h"
#include "dns/DnsResolver.h"
#include "ServerFacts.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "domain/DomainCheck.h"
#include "mime/SimpleTextMessage.h"
#include "providers/ProviderCatalog.h"
#include "smtp/ProxySettings.h"
#include "smtp/SubmissionSession.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

namespace stamp {

namespace {

NetworkFault faultOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return NetworkFault::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return NetworkFault::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return NetworkFault::Timeout;
    case QAbstractSocket::NetworkError:
        return NetworkFault::NetworkUnreachable;
    case QAbstractSocket::RemoteHostClosedError:
        return NetworkFault::RemoteClosed;
    default:
        return NetworkFault::Other;
    }
}
} // namespace

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
{ }

ConnectionCheck::~ConnectionCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    // Before the resolver it asks goes (members die before children).
    delete m_domainCheck;
    m_secret.fill(QLatin1Char('\0'));
    delete m_message;
}

void ConnectionCheck::setAccount(const Account &account)
{
    m_account = account;
    m_server = account.serverSettings();
}

CheckReport ConnectionCheck::runNow()
{
    QEventLoop loop;
    CheckReport out;
    connect(this, &ConnectionCheck::finished, &loop, [&](const CheckReport &report) {
        out = report;
        loop.quit();
    });
    start();
    if (m_running)
        loop.exec();
    return out;
}

void ConnectionCheck::start()
{
    m_report = CheckReport();
    m_report.accountName = m_account.name;
    m_report.host = m_server.host;
    m_report.port = m_server.effectivePort();
    m_report.security = m_server.security;
    m_states.clear();
    m_running = true;
    m_smtpDone = false;
    m_domainStep.reset();
    m_clock.start();
    // First, so the DNS questions are on their way while the SMTP steps run.
    if (m_checkDomain)
        startDomainCheck();
    lookUp();
}

void ConnectionCheck::cancel()
{
    if (!m_running)
        return;
    if (m_session)
        m_session->cancel();
    if (m_socket)
        m_socket->abort();
    if (m_domainCheck && m_domainCheck->isRunning()) {
        m_domainCheck->cancel();
        m_domainStep = skippedDeliverability(tr("Not reached"));
    }
    skipRest({ QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("starttls-downgrade"),
        QStringLiteral("tls"), QStringLiteral("ehlo"), QStringLiteral("auth"),
        QStringLiteral("test-message") });
    if (m_smtpDone)
        complete(); // the SMTP steps were done, the domain check was not
    else
        finish();
}

Diagnosis ConnectionCheck::diagnose(Phase phase, NetworkFault fault, const QString &detail) const
{
    Failure failure;
    failure.phase = phase;
    failure.fault = fault;
    failure.host = m_server.host;
    failure.message = detail;
    return diagnose(failure);
}

Diagnosis ConnectionCheck::diagnose(const Failure &failure) const
{
    DiagnosisCircumstances circumstances;
    circumstances.signsInWithOAuth = m_account.signsInWithOAuth();
    circumstances.surface = m_surface;
    return DiagnosticsCatalog::diagnose(failure, circumstances);
}

void ConnectionCheck::addStep(CheckStep step)
{
    if (m_report.step(step.id))
        return;
    m_report.steps << step;
    emit stepFinished(step);
}

void ConnectionCheck::skipRest(const QStringList &ids)
{
    for (const QString &id : ids) {
        CheckStep step;
        step.id = id;
        step.title = tr("Not reached");
        step.status = CheckStep::Status::Skipped;
        addStep(step);
    }
}

void ConnectionCheck::lookUp()
{
    m_stepClock.start();
    if (m_server.proxy.type() != QNetworkProxy::NoProxy
        && m_server.proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability)) {
        // The name goes to the proxy as it is (socks5h, HTTP CONNECT): what
        // this computer's DNS says about it does not matter, and may be
        // nothing at all (a name only the proxy's side knows).
        CheckStep step;
        step.id = QStringLiteral("dns");
        step.title = tr("Look up %1").arg(m_server.host);
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = 0;
        //: %1 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"
        step.details << tr("%1 looks up the name").arg(describeProxy(m_server.proxy));
        m_address = QHostAddress();
        addStep(step);
        connectTcp();
        return;
    }
    const QHostAddress literal(m_server.host);
    if (!literal.isNull()) {
        m_address = literal;
        CheckStep step;
        step.id = QStringLiteral("dns");
        step.title = tr("Look up %1").arg(m_server.host);
        step.status = CheckStep::Status::Passed;
        step.elapsedMs = 0;
        step.details << tr("an address literal: nothing to look up");
        addStep(step);
        connectTcp();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_server.host, this, &ConnectionCheck::onLookedUp);
}

void ConnectionCheck::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (!m_running)
        return;
    CheckStep step;
    step.id = QStringLiteral("dns");
    step.title = tr("Look up %1").arg(m_server.host);
    step.elapsedMs = m_stepClock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        step.status = CheckStep::Status::Failed;
        step.details << info.errorString();
        step.diagnosis = diagnose(Phase::Resolve, NetworkFault::HostNotFound, info.errorString());
        addStep(step);
        skipRest({ QStringLiteral("tcp"), QStringLiteral("starttls-downgrade"), QStringLiteral("tls"),
            QStringLiteral("ehlo"), QStringLiteral("auth") });
        finish();
        return;
    }
    step.status = CheckStep::Status::Passed;
    for (const QHostAddress &address : info.addresses())
        step.details << address.toString();
    m_address = info.addresses().first();
    addStep(step);
    connectTcp();
}

void ConnectionCheck::connectTcp()
{
    m_stepClock.start();
    m_socket = new QTcpSocket(this);
    auto *timer = new QTimer(m_socket);
    timer->setSingleShot(true);
    const quint16 port = m_server.effectivePort();
    const QString hop = describeProxy(m_server.proxy);
    // Through a proxy, the name goes to it when the proxy resolves names;
    // otherwise the address looked up here.
    const QString target = m_address.isNull() ? m_server.host : m_address.toString();
    auto done = [this, port, hop, target](bool ok, NetworkFault fault, const QString &detail) {
        CheckStep step;
        step.id = QStringLiteral("tcp");
        step.title = hop.isEmpty()
            ? tr("Connect to %1 port %2").arg(target).arg(port)
            //: %1 is a host name or address, %2 a port, %3 names the proxy, e.g. "the SOCKS5 proxy 127.0.0.1:1080"
            : tr("Connect to %1 port %2 through %3").arg(target).arg(port).arg(hop);
        step.elapsedMs = m_stepClock.elapsed();
        if (!hop.isEmpty())
            step.details << tr("through %1").arg(hop);
        step.status = ok ? CheckStep::Status::Passed : CheckStep::Status::Failed;
        if (!ok) {
            step.details << detail;
            step.diagnosis = diagnose(Phase::Connect, fault, detail);
        }
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        addStep(step);
        if (!ok) {
            skipRest({ QStringLiteral("starttls-downgrade"), QStringLiteral("tls"), QStringLiteral("ehlo"),
                QStringLiteral("auth") });
            finish();
        } else if (m_server.security == SecurityMode::StartTls) {
            probePlaintext();
        } else {
            CheckStep downgrade;
            downgrade.id = QStringLiteral("starttls-downgrade");
            downgrade.title = tr("STARTTLS offered before TLS, AUTH only after");
            downgrade.status = CheckStep::Status::Skipped;
            downgrade.details << (m_server.security == SecurityMode::ImplicitTls
                    ? tr("TLS from the first byte: there is no plaintext part to strip")
                    : tr("this account uses no TLS"));
            addStep(downgrade);
            runSession();
        }
    };
    connect(m_socket, &QTcpSocket::connected, this, [done] { done(true, NetworkFault::None, {}); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, done](QAbstractSocket::SocketError error) {
        const bool proxied = m_server.proxy.type() != QNetworkProxy::NoProxy;
        const std::optional<NetworkFault> viaProxy = proxied ? proxyFault(error, true) : std::nullopt;
        done(false, viaProxy.value_or(faultOf(error)), m_socket->errorString());
    });
    connect(timer, &QTimer::timeout, this, [this, done] {
        done(false, NetworkFault::Timeout, tr("no answer within %1 s").arg(m_server.timeouts.connect / 1000));
    });
    timer->start(m_server.timeouts.connect);
    m_socket->setProxy(m_server.proxy);
    if (m_address.isNull())
        m_socket->connectToHost(m_server.host, port);
    else
        m_socket->connectToHost(m_address, port);
}

void ConnectionCheck::probePlaintext()
{
    // What an attacker on the path could strip: is STARTTLS in the
    // plaintext EHLO at all (RFC 3207 §4), and is AUTH kept back until after
    // TLS (a server offering it in the clear invites careless clients)?
    m_stepClock.start();
    ServerSettings plain = m_server;
    plain.security = SecurityMode::None;
    auto *probe = new SubmissionSession(this);
    connect(probe, &SubmissionSession::transcript, this, &ConnectionCheck::transcript);
    probe->setServer(plain);
    probe->setAuth({});
    connect(probe, &SubmissionSession::finished, this, [this, probe](const SessionReport &report) {
        probe->deleteLater();
        CheckStep step;
        step.id = QStringLiteral("starttls-downgrade");
        step.title = tr("STARTTLS offered before TLS, AUTH only after");
        step.elapsedMs = m_stepClock.elapsed();
        const Capabilities &caps = report.capabilities;
        const bool reached = !caps.greetingDomain().isEmpty();
        m_preTlsAuth = caps.auth();
        if (!reached) {
            step.status = CheckStep::Status::Failed;
            step.details << (report.failure ? report.failure->message : tr("no EHLO reply"));
            if (report.failure)
                step.diagnosis = diagnose(*report.failure);
        } else if (!caps.startTls()) {
            step.status = CheckStep::Status::Failed;
            step.details << tr("the plaintext EHLO reply does not offer STARTTLS: %1").arg(caps.describe());
            step.diagnosis = diagnose(Phase::Ehlo, NetworkFault::StartTlsMissing, caps.describe());
        } else {
            step.status = m_preTlsAuth ? CheckStep::Status::Warning : CheckStep::Status::Passed;
            step.details << tr("STARTTLS offered: yes");
            step.details << (m_preTlsAuth
                    ? tr("AUTH offered before TLS: yes (Stamp never uses it there, but the "
                         "server would accept a password in the clear)")
                    : tr("AUTH offered before TLS: no"));
        }
        addStep(step);
        if (step.status == CheckStep::Status::Failed) {
            skipRest({ QStringLiteral("tls"), QStringLiteral("ehlo"), QStringLiteral("auth") });
            finish();
            return;
        }
        runSession();
    });
    probe->start({});
}

void ConnectionCheck::runSession()
{
    m_stepClock.start();
    auto *session = new SubmissionSession(this);
    connect(session, &SubmissionSession::transcript, this, &ConnectionCheck::transcript);
    m_session = session;
    session->setServer(m_server);
    session->setAuth(m_account.authSettings(m_secret));
    connect(session, &SubmissionSession::stateChanged, this,
        [this](SubmissionSession::State state) { m_states << qMakePair(int(state), m_stepClock.elapsed()); });
    connect(session, &SubmissionSession::finished, this, &ConnectionCheck::onSessionFinished);
    QList<OutgoingMessage> messages;
    if (m_sendTest) {
        SimpleTextMessage text;
        text.from = m_account.email;
        text.to = { m_account.email };
        text.subject = tr("Stamp connection check");
        text.body = tr("This message was sent by Stamp's connection check for the account \"%1\". "
                       "It arrived, so sending works.")
                        .arg(m_account.name);
        m_message = new QTemporaryFile;
        if (m_message->open() && text.write(m_message) && m_message->seek(0)) {
            OutgoingMessage message;
            message.from = m_account.email;
            message.recipients = { m_account.email };
            message.body = m_message;
            messages << message;
        }
    }
    session->start(messages);
}

qint64 ConnectionCheck::timeIn(const QList<int> &states) const
{
    qint64 total = 0;
    for (int i = 0; i < m_states.size(); ++i) {
        if (!states.contains(m_states.at(i).first))
            continue;
        const qint64 end = i + 1 < m_states.size() ? m_states.at(i + 1).second : m_stepClock.elapsed();
        total += end - m_states.at(i).second;
    }
    return total;
}

void ConnectionCheck::onSessionFinished(const SessionReport &report)
{
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    if (m_session)
        m_session->deleteLater();
    m_report.tls = report.tls;
    m_report.capabilities = report.capabilities;
    addStep(tlsStep(report));
    addStep(ehloStep(report));
    addStep(authStep(report));
    if (m_sendTest)
        addStep(messageStep(report));
    finish();
}

void ConnectionCheck::finish()
{
    if (!m_running || m_smtpDone)
        return;
    m_smtpDone = true;
    // The domain check, still asking DNS, completes the report when done.
    if (m_checkDomain && !m_domainStep)
        return;
    complete();
}

void ConnectionCheck::complete()
{
    if (!m_running)
        return;
    if (m_domainStep)
        addStep(*m_domainStep);
    m_running = false;
    m_report.elapsedMs = m_clock.elapsed();
    // What the check learnt of the server serves the composer and the
    // retry policy too.
    ServerFacts::learn(m_report.host, m_report.port, m_report.capabilities);
    qCDebug(lcAccounts) << "connection check" << m_report.host << (m_report.passed() ? "passed" : "failed");
    const CheckReport report = m_report;
    QTimer::singleShot(0, this, [this, report] { emit finished(report); });
}

} // namespace stamp
