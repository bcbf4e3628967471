// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// A private, headless Secret Service for keychain tests: its own D-Bus
// session bus (dbus-daemon) and a gnome-keyring-daemon unlocked with a
// throwaway password, under a temporary HOME. CI has no session bus and no
// display, so each test that needs a keychain starts one of these.
// (An empty unlock password leaves no "login" collection and every write
// fails; so a non-empty one is piped in.)
class KeyringSession
{
public:
    ~KeyringSession();
    // Empty on success, else what went wrong.
    QString start();
    void stop();

    QString busAddress() const { return m_address; }
    QString home() const { return m_dir ? m_dir->path() + QStringLiteral("/home") : QString(); }
    // Variables a child process needs to reach this keychain.
    QHash<QString, QString> environment() const;
    // Points this process's future D-Bus connections at the private bus.
    // Call before anything touches the session bus.
    void useInThisProcess() const;
    // What `secret-tool` finds for a QtKeychain entry (service, key), or an empty string.
    QString lookup(const QString &service, const QString &key) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

} // namespace stamp::test
