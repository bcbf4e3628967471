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

class QHostInfo;
class QTcpSocket;
class QTemporaryFile;

namespace stamp {

class SubmissionSession;

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
//  7. optionally, a test message to the account's own address.
// Steps 4-7 run through SubmissionSession, the same engine that sends.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void setAccount(const Account &account);
    // The secret for the AUTH step (from SecretStore); wiped after use.
    void setSecret(const QString &secret) { m_secret = secret; }
    void setServerOverride(const ServerSettings &server) { m_server = server; }
    void setSendTestMessage(bool send) { m_sendTest = send; }
    // The front end that shows the steps' diagnoses (the command line by default).
    void setSurface(Surface surface) { m_surface = surface; }

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
    void finish();
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
};

} // namespace stamp
