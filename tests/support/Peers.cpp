// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Peers.h"

#include <QCoreApplication>
#include <QDir>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QThread>

namespace stamp::test {

QString SessionRun::transcriptText() const
{
    QStringList lines;
    for (const TranscriptEvent &e : events)
        lines << e.toLogLine();
    return lines.join(QLatin1Char('\n'));
}

SessionRun runSession(const ServerSettings &server, const AuthSettings &auth, const QList<OutgoingMessage> &messages,
                      int maxWaitMs, std::function<void(SubmissionSession &)> tweak)
{
    SessionRun run;
    SubmissionSession session;
    session.setServer(server);
    session.setAuth(auth);
    QObject::connect(&session, &SubmissionSession::transcript, [&run](const TranscriptEvent &e) { run.events << e; });
    QObject::connect(&session, &SubmissionSession::progress,
                     [&run](int, qint64 sent, qint64) { run.progress << sent; });
    QEventLoop loop;
    bool closed = false;
    // Wait for the connection to close too, so a test sees everything the
    // client sent (the QUIT goes out after finished()).
    QObject::connect(&session, &SubmissionSession::finished, &loop, [&](const SessionReport &report) {
        run.report = report;
        run.finished = true;
        if (closed)
            loop.quit();
    });
    QObject::connect(&session, &SubmissionSession::connectionClosed, &loop, [&] {
        closed = true;
        if (run.finished)
            loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(maxWaitMs);
    session.start(messages);
    if (tweak)
        tweak(session);
    if (!run.finished || !closed)
        loop.exec();
    return run;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// --- Postfix -------------------------------------------------------------------

static QString supportScript(const QString &name)
{
    return QStringLiteral(STAMP_SUPPORT_DIR "/") + name;
}

PostfixTestbed::~PostfixTestbed()
{
    stop();
}

QString PostfixTestbed::start()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/stamp-postfix-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary directory");
    // Postfix's own processes run as user postfix and must enter it.
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                             | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {supportScript(QStringLiteral("postfix-testbed.sh")), QStringLiteral("start"),
                                          m_dir->path()});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return QStringLiteral("postfix-testbed.sh start failed:\n") + QString::fromLocal8Bit(script.readAll());
    m_running = true;
    QFile env(m_dir->path() + QStringLiteral("/testbed.env"));
    if (!env.open(QIODevice::ReadOnly))
        return QStringLiteral("testbed.env missing");
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            m_env.insert(QString::fromUtf8(line.left(eq)).trimmed(), value);
        }
    }
    return {};
}

void PostfixTestbed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QProcess::execute(QStringLiteral("bash"),
                      {supportScript(QStringLiteral("postfix-testbed.sh")), QStringLiteral("stop"), m_dir->path()});
}

namespace {
QString runTestbedScript(const QString &command, const QString &dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {supportScript(QStringLiteral("postfix-testbed.sh")), command, dir});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return QStringLiteral("postfix-testbed.sh %1 failed:\n").arg(command) + QString::fromLocal8Bit(script.readAll());
    return {};
}
}  // namespace

QString PostfixTestbed::pause()
{
    if (!m_running)
        return QStringLiteral("not started");
    return runTestbedScript(QStringLiteral("pause"), m_dir->path());
}

QString PostfixTestbed::resume()
{
    if (!m_running)
        return QStringLiteral("not started");
    return runTestbedScript(QStringLiteral("resume"), m_dir->path());
}

QString PostfixTestbed::maillog() const
{
    QFile log(m_env.value(QStringLiteral("MAILLOG")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll());
}

bool PostfixTestbed::waitForLog(const QString &pattern, int maxWaitMs) const
{
    const QRegularExpression re(pattern);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < maxWaitMs) {
        if (re.match(maillog()).hasMatch())
            return true;
        QTest::qWait(100);
    }
    return false;
}

// --- smtp-sink -------------------------------------------------------------------

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::start(const QStringList &options)
{
    m_dump = std::make_unique<QTemporaryDir>();
    QDir(m_dump->path()).mkpath(QStringLiteral("."));
    QFile::setPermissions(m_dump->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                              | QFile::WriteOther | QFile::ExeOther);
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        QStringList args = {QStringLiteral("-u"), QStringLiteral("nobody")};
        args << options;
        args << QStringLiteral("127.0.0.1:%1").arg(m_port) << QStringLiteral("10");
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("smtp-sink"), args);
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("cannot start smtp-sink: %1").arg(m_process.errorString());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                // Read the greeting so the probe does not count as a broken session.
                probe.waitForReadyRead(1000);
                probe.write("QUIT\r\n");
                probe.waitForBytesWritten(500);
                probe.disconnectFromHost();
                return {};
            }
            QThread::msleep(50);
        }
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    return QStringLiteral("smtp-sink did not start listening");
}

void SmtpSink::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

// --- Knot DNS -------------------------------------------------------------------

DnsTestbed::DnsTestbed(const QHostAddress &address)
    : m_address(address)
{
}

DnsTestbed::~DnsTestbed()
{
    stop();
}

void DnsTestbed::setZone(const QString &origin, const QByteArray &zoneText)
{
    m_zones.insert(origin, zoneText);
}

namespace {
// One NS query for `origin` straight to the server; true when it answered.
bool answers(const QHostAddress &server, const QString &origin)
{
    QDnsLookup lookup(QDnsLookup::NS, origin, server);
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    lookup.lookup();
    if (!lookup.isFinished())
        loop.exec();
    return lookup.isFinished() && lookup.error() == QDnsLookup::NoError;
}
}  // namespace

QString DnsTestbed::start(int maxWaitMs)
{
    stop();
    if (m_zones.isEmpty())
        return QStringLiteral("no zones to serve");
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/stamp-dns-XXXXXX"));
    if (!m_dir->isValid() || !QDir(m_dir->path()).mkpath(QStringLiteral("zones")))
        return QStringLiteral("cannot create a temporary directory");
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it) {
        QFile zone(m_dir->path() + QStringLiteral("/zones/") + it.key() + QStringLiteral(".zone"));
        if (!zone.open(QIODevice::WriteOnly) || zone.write(it.value()) != it.value().size())
            return QStringLiteral("cannot write %1").arg(zone.fileName());
    }

    // Another server already there would answer the readiness probe below
    // in place of ours.
    if (answers(m_address, m_zones.firstKey()))
        return QStringLiteral("another DNS server already answers on %1 port 53; stop it or pick another address")
            .arg(m_address.toString());

    QElapsedTimer timer;
    timer.start();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("bash"),
        { supportScript(QStringLiteral("dns-testbed.sh")), QStringLiteral("run"), m_dir->path(),
            m_address.toString() });
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("cannot run dns-testbed.sh: %1").arg(m_process.errorString());
    const QString origin = m_zones.firstKey();
    while (timer.elapsed() < maxWaitMs) {
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(10)) {
            // The script refuses a bad zone, a user who may not bind port 53
            // and a busy address; knotd itself leaves at once when it cannot
            // bind. Either way the output says which.
            return QStringLiteral("the DNS server for %1 port 53 did not start (exit status %2):\n%3")
                .arg(m_address.toString())
                .arg(m_process.exitCode())
                .arg(QString::fromLocal8Bit(m_process.readAll()));
        }
        if (answers(m_address, origin)) {
            m_startMs = timer.elapsed();
            return {};
        }
    }
    const QString output = QString::fromLocal8Bit(m_process.readAll());
    stop();
    return QStringLiteral("the DNS server on %1 port 53 did not answer for %2 within %3 ms. Its output:\n%4")
        .arg(m_address.toString(), origin)
        .arg(maxWaitMs)
        .arg(output);
}

void DnsTestbed::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QByteArray DnsTestbed::dkimKey(int bits)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
        { supportScript(QStringLiteral("dns-testbed.sh")), QStringLiteral("dkim-key"),
            QString::number(bits) });
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit
        || script.exitCode() != 0)
        return {};
    return script.readAllStandardOutput().trimmed();
}

// --- the stamp executable -----------------------------------------------------------

CliRun runStamp(const QStringList &arguments, const QByteArray &stdinData, const QHash<QString, QString> &environment,
                int maxWaitMs)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAMP_CLI_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(maxWaitMs)) {
        process.kill();
        process.waitForFinished(3000);
        run.err = "timed out";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

}  // namespace stamp::test
