// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProxyTestbed.h"

#include "Peers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace stamp::test {

namespace {
// True once 127.0.0.1:port is in LISTEN state, found without connecting (a
// probe would show up in the proxy's log as a client).
bool listening(quint16 port)
{
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local
        = QStringLiteral("0100007F:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper().toLatin1();
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1) == local && fields.at(3) == "0A")
            return true;
    }
    return false;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
} // namespace

ProxyTestbed::~ProxyTestbed()
{
    stop();
}

QString ProxyTestbed::launch(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir->filePath(QStringLiteral("stdout")));
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("cannot start %1: %2 (install the test dependencies: packaging/linux/deps.sh)")
            .arg(program, m_process.errorString());
    return waitUntilListening(10000);
}

QString ProxyTestbed::waitUntilListening(int maxWaitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < maxWaitMs && m_process.state() == QProcess::Running) {
        if (m_port == 0) {
            // The script picks its own port and says which.
            QFile portFile(m_dir->filePath(QStringLiteral("port")));
            if (portFile.open(QIODevice::ReadOnly))
                m_port = static_cast<quint16>(portFile.readAll().trimmed().toUInt());
        }
        if (m_port != 0 && listening(m_port))
            return {};
        QThread::msleep(50);
    }
    QFile out(m_dir->filePath(QStringLiteral("stdout")));
    out.open(QIODevice::ReadOnly);
    return QStringLiteral("%1 did not start listening: %2")
        .arg(m_name, QString::fromLocal8Bit(out.readAll()));
}

QString ProxyTestbed::startDante()
{
    stop();
    m_name = QStringLiteral("danted");
    m_dir = std::make_unique<QTemporaryDir>();
    m_port = freeLoopbackPort();
    m_logPath = m_dir->filePath(QStringLiteral("danted.log"));
    const QString config = m_dir->filePath(QStringLiteral("danted.conf"));
    // Clients from loopback only, to anywhere; every connection logged.
    const QByteArray text = QStringLiteral("logoutput: %1\n"
                                           "internal: 127.0.0.1 port = %2\n"
                                           "external: 127.0.0.1\n"
                                           "clientmethod: none\n"
                                           "socksmethod: none\n"
                                           "user.privileged: root\n"
                                           "user.unprivileged: nobody\n"
                                           "client pass {\n"
                                           "    from: 127.0.0.0/8 to: 0.0.0.0/0\n"
                                           "    log: connect disconnect error\n"
                                           "}\n"
                                           "socks pass {\n"
                                           "    from: 127.0.0.0/8 to: 0.0.0.0/0\n"
                                           "    command: connect\n"
                                           "    log: connect disconnect error\n"
                                           "}\n")
                                .arg(m_logPath)
                                .arg(m_port)
                                .toUtf8();
    if (!writeFile(config, text))
        return QStringLiteral("cannot write %1").arg(config);
    // In the foreground (no -D), one process per client at most.
    return launch(QStringLiteral("/usr/sbin/danted"),
        { QStringLiteral("-f"), config, QStringLiteral("-p"), m_dir->filePath(QStringLiteral("danted.pid")),
            QStringLiteral("-N"), QStringLiteral("1") });
}

QString ProxyTestbed::startTinyproxy(quint16 connectPort, const QString &user, const QString &password)
{
    stop();
    m_name = QStringLiteral("tinyproxy");
    m_dir = std::make_unique<QTemporaryDir>();
    m_port = freeLoopbackPort();
    m_logPath = m_dir->filePath(QStringLiteral("tinyproxy.log"));
    const QString config = m_dir->filePath(QStringLiteral("tinyproxy.conf"));
    QByteArray text = QStringLiteral("Port %1\n"
                                     "Listen 127.0.0.1\n"
                                     "Timeout 60\n"
                                     "Allow 127.0.0.1\n"
                                     "ConnectPort %2\n"
                                     "LogFile \"%3\"\n"
                                     "LogLevel Connect\n"
                                     "PidFile \"%4\"\n")
                          .arg(m_port)
                          .arg(connectPort)
                          .arg(m_logPath, m_dir->filePath(QStringLiteral("tinyproxy.pid")))
                          .toUtf8();
    if (!user.isEmpty())
        text += QStringLiteral("BasicAuth %1 %2\n").arg(user, password).toUtf8();
    if (!writeFile(config, text))
        return QStringLiteral("cannot write %1").arg(config);
    // -d: in the foreground, so it stays this process's child.
    return launch(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), config });
}

QString ProxyTestbed::startSocksWithLogin(const QString &user, const QString &password)
{
    stop();
    m_name = QStringLiteral("socks5_auth_proxy.py");
    m_dir = std::make_unique<QTemporaryDir>();
    m_port = 0;
    m_logPath = m_dir->filePath(QStringLiteral("stdout"));
    return launch(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(STAMP_SUPPORT_DIR "/socks5_auth_proxy.py"), m_dir->filePath(QStringLiteral("port")),
            user, password });
}

void ProxyTestbed::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QString ProxyTestbed::log() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool ProxyTestbed::waitForLog(const QString &needle, int maxWaitMs) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        if (log().contains(needle))
            return true;
        QThread::msleep(50);
    } while (timer.elapsed() < maxWaitMs);
    return false;
}

} // namespace stamp::test
