// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SubmissionSession.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// Runs a SubmissionSession to the end on the current event loop and returns
// what it reported, plus every transcript line it produced.
struct SessionRun
{
    SessionReport report;
    QList<TranscriptEvent> events;
    QList<qint64> progress;
    bool finished = false;
    QString transcriptText() const;
};
SessionRun runSession(const ServerSettings &server, const AuthSettings &auth, const QList<OutgoingMessage> &messages,
                      int maxWaitMs = 60000, std::function<void(SubmissionSession &)> tweak = {});

// A real Postfix submission server on loopback, configured and started by
// tests/support/postfix-testbed.sh in a private directory.
class PostfixTestbed
{
public:
    ~PostfixTestbed();
    // Empty on success, else what went wrong (the script's output).
    QString start();
    void stop();
    // An outage: stops the server but keeps its ports and configuration,
    // so connections are refused until resume(). Empty on success.
    QString pause();
    QString resume();
    QString value(const QString &key) const { return m_env.value(key); }
    quint16 port(const QString &key) const { return static_cast<quint16>(m_env.value(key).toUInt()); }
    QString maillog() const;
    // Waits until the maillog has a line matching `pattern` (bounded).
    bool waitForLog(const QString &pattern, int maxWaitMs = 15000) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_env;
    bool m_running = false;
};

// smtp-sink (from Postfix) as a fault injector on a free loopback port.
class SmtpSink
{
public:
    ~SmtpSink();
    // Options as smtp-sink takes them, e.g. {"-f", "rcpt"}. Empty on success.
    QString start(const QStringList &options);
    void stop();
    quint16 port() const { return m_port; }
    QString dumpDir() const { return m_dump ? m_dump->path() : QString(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dump;
};

// A real authoritative DNS server (Knot DNS) on port 53 of a loopback
// address, run by tests/support/dns-testbed.sh as this process's child.
// Port 53, hence root: Qt 6.4's QDnsLookup cannot ask another port.
class DnsTestbed
{
public:
    // 127.0.0.153 stays clear of systemd-resolved (127.0.0.53 and .54).
    explicit DnsTestbed(const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.153")));
    ~DnsTestbed();
    // The zone for `origin` ("test", "fmhosted.com"), in zone-file syntax;
    // takes effect at the next start().
    void setZone(const QString &origin, const QByteArray &zoneText);
    // Checks the zones, starts the server and waits until it answers. Empty
    // on success, else why not, in words that say what to fix (a zone
    // error, not root, the address busy).
    QString start(int maxWaitMs = 10000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QHostAddress address() const { return m_address; }
    // From start() to the first answer, in milliseconds.
    qint64 startMilliseconds() const { return m_startMs; }
    // A fresh RSA public key as a DKIM p= value (base64 SubjectPublicKeyInfo,
    // RFC 6376 §3.6.1), made by openssl; empty when that failed.
    static QByteArray dkimKey(int bits);

private:
    QHostAddress m_address;
    QMap<QString, QByteArray> m_zones;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    qint64 m_startMs = -1;
};

// The `stamp` executable, run as a user would run it.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runStamp(const QStringList &arguments, const QByteArray &stdinData = {},
                const QHash<QString, QString> &environment = {}, int maxWaitMs = 60000);

quint16 freeLoopbackPort();

}  // namespace stamp::test
