// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/Transcript.h"

#include "Account.h"
#include "CheckReport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QHostInfo;
class QTcpSocket;
class QTemporaryFile;

namespace stamp {

class DnsResolver;
class ProviderCatalog;
class SubmissionSession;
namespace domain {
class DomainCheck;
struct DomainReport;
} // namespace domain

// The connection doctor: checks an account step by step and says, for each
// step, whether it passed, how long it took, what it saw, and (on failure)
// the diagnostics catalogue's explanation:
//  1. DNS: the host name resolves;
//  2. TCP: the port accepts a connection;
//  3. STARTTLS downgrade: on a STARTTLS account, a plaintext EHLO must offer
//     STARTTLS (RFC 3207 §4), and should not offer AUTH before TLS;
//  4. TLS: version, cipher, certificate chain, expiry, host-name match
//     (RFC 6125), or the pin;
//  5. EHLO after TLS: SIZE, PIPELINING, CHUNKING, SMTPUTF8, AUTH mechanisms;
//  6. AUTH with the stored secret (a real login);
//  7. optionally, a test message to the account's own address;
//  8. deliverability: what the account's email domain publishes in DNS
//     (SPF, DKIM, DMARC...) for its mail to arrive (domain::DomainCheck).
// Steps 4-7 run through SubmissionSession, the same engine that sends.
// Step 8 runs alongside steps 1-7 from the start, so it adds no waiting in
// the usual case, and is reported last. It never fails the check: a domain
// that lacks SPF does not stop the server from taking its mail, so it
// warns at most (receivers may junk the mail, the server still sends it).
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void setAccount(const Account &account);
    // The secret for the AUTH step (from SecretStore); wiped after use.
    void setSecret(const QString &secret) { m_secret = secret; }
    // The password of the account's proxy, when it has one with a login.
    void setProxyPassword(const QString &password) { m_server.proxy.setPassword(password); }
    void setServerOverride(const ServerSettings &server) { m_server = server; }
    void setSendTestMessage(bool send) { m_sendTest = send; }
    // The front end that shows the steps' diagnoses (the command line by default).
    void setSurface(Surface surface) { m_surface = surface; }
    // The deliverability step (on by default).
    void setCheckDomain(bool check) { m_checkDomain = check; }
    // Where the deliverability step asks DNS; not owned. Default: the
    // system's resolver.
    void setDnsResolver(DnsResolver *resolver) { m_resolver = resolver; }
    // The presets the account's provider is found in; not owned. Default:
    // ProviderCatalog::standard().
    void setProviderCatalog(const ProviderCatalog *catalog) { m_catalog = catalog; }

    void start();
    void cancel();
    CheckReport runNow();

signals:
    // Every line of every session the check runs (the plaintext probe and
    // the real one), already redacted by the engine, as it happens.
    void transcript(const stamp::TranscriptEvent &event);
    void stepFinished(const stamp::CheckStep &step);
    void finished(const stamp::CheckReport &report);

private:
    void lookUp();
    void onLookedUp(const QHostInfo &info);
    void connectTcp();
    void probePlaintext();
    void runSession();
    void onSessionFinished(const SessionReport &report);
    void addStep(CheckStep step);
    void skipRest(const QStringList &ids);
    // The SMTP steps are done; the report follows once the domain check is.
    void finish();
    void complete();
    void startDomainCheck();
    void onDomainChecked(const domain::DomainReport &report);
    CheckStep deliverabilityStep(const domain::DomainReport &report) const;
    CheckStep skippedDeliverability(const QString &reason) const;
    QString domainTitle() const;
    qint64 timeIn(const QList<int> &states) const;
    CheckStep tlsStep(const SessionReport &report) const;
    CheckStep ehloStep(const SessionReport &report) const;
    CheckStep authStep(const SessionReport &report) const;
    CheckStep messageStep(const SessionReport &report) const;
    Diagnosis diagnose(Phase phase, NetworkFault fault, const QString &detail) const;
    Diagnosis diagnose(const Failure &failure) const;

    Account m_account;
    ServerSettings m_server;
    QString m_secret;
    bool m_sendTest = false;
    Surface m_surface = Surface::CommandLine;
    CheckReport m_report;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    QHostAddress m_address;
    int m_lookupId = -1;
    QPointer<QTcpSocket> m_socket;
    QPointer<SubmissionSession> m_session;
    QTemporaryFile *m_message = nullptr;
    QList<QPair<int, qint64>> m_states; // SubmissionSession::State entered, at ms
    bool m_running = false;
    bool m_preTlsAuth = false;

    bool m_checkDomain = true;
    DnsResolver *m_resolver = nullptr;
    std::unique_ptr<DnsResolver> m_systemResolver;
    const ProviderCatalog *m_catalog = nullptr;
    std::unique_ptr<ProviderCatalog> m_standardCatalog;
    QPointer<domain::DomainCheck> m_domainCheck;
    std::optional<CheckStep> m_domainStep;
    QElapsedTimer m_domainClock;
    bool m_smtpDone = false;
};

} // namespace stamp
