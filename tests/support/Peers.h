// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SubmissionSession.h"

#include <QHash>
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
