// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KeyringSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>

namespace stamp::test {

KeyringSession::~KeyringSession()
{
    stop();
}

QHash<QString, QString> KeyringSession::environment() const
{
    return { { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address }, { QStringLiteral("HOME"), home() } };
}

void KeyringSession::useInThisProcess() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

QString KeyringSession::start()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/stamp-keyring-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary directory");
    QDir().mkpath(home() + QStringLiteral("/.local/share/keyrings"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));

    // --nofork keeps the bus our child, so stop() ends exactly it.
    m_bus.setProcessEnvironment(env);
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nosyslog"),
            QStringLiteral("--print-address=1") });
    if (!m_bus.waitForStarted(5000))
        return QStringLiteral("cannot start dbus-daemon: %1").arg(m_bus.errorString());
    QElapsedTimer timer;
    timer.start();
    while (!m_bus.canReadLine() && timer.elapsed() < 10000)
        m_bus.waitForReadyRead(200);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return QStringLiteral("dbus-daemon printed no address");

    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(5000))
        return QStringLiteral("cannot start gnome-keyring-daemon: %1").arg(m_keyring.errorString());
    m_keyring.write("stamp-test-keyring-unlock");
    m_keyring.closeWriteChannel();

    // Ready once the daemon has created the unlocked "login" collection
    // (its file appears) and the Secret Service answers on the bus. Asking
    // before that point makes gnome-keyring start without the collection.
    const QString loginKeyring = home() + QStringLiteral("/.local/share/keyrings/login.keyring");
    timer.restart();
    while (timer.elapsed() < 15000) {
        if (m_keyring.state() != QProcess::Running)
            return QStringLiteral("gnome-keyring-daemon exited: ")
                + QString::fromLocal8Bit(m_keyring.readAll());
        if (QFile::exists(loginKeyring)) {
            QProcess probe;
            probe.setProcessEnvironment(env);
            probe.start(QStringLiteral("secret-tool"),
                { QStringLiteral("search"), QStringLiteral("stamp-probe"), QStringLiteral("none") });
            if (probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit
                && !probe.readAllStandardError().contains("rror"))
                return {};
        }
        m_keyring.waitForReadyRead(100);
    }
    return QStringLiteral("the Secret Service did not come up: ")
        + QString::fromLocal8Bit(m_keyring.readAll());
}

void KeyringSession::stop()
{
    for (QProcess *process : { &m_keyring, &m_bus }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
}

QString KeyringSession::lookup(const QString &service, const QString &key) const
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    tool.setProcessEnvironment(env);
    // QtKeychain's libsecret backend files an entry under these attributes.
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key });
    if (!tool.waitForFinished(10000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace stamp::test
