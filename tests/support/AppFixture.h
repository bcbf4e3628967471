// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeyringSession.h"

#include <QString>
#include <QTemporaryDir>

namespace stamp::test {

// What every test of the desktop app needs before its first widget, in one
// place: a private keychain (gnome-keyring on a private session bus, so
// secrets land where the test can look and nowhere else), throwaway config
// and data folders (settings, accounts, outbox, Sent items, drafts), its
// own application name, and the translations the app installs.
class AppFixture
{
public:
    // Empty on success, else what went wrong. Call from initTestCase(),
    // before anything touches the session bus or QSettings.
    QString start(const QString &applicationName);
    void stop();

    QTemporaryDir &dirs() { return m_dirs; }
    KeyringSession &keyring() { return m_keyring; }
    QString configDir() const { return m_dirs.filePath(QStringLiteral("config")); }
    QString dataDir() const { return m_dirs.filePath(QStringLiteral("data")); }

private:
    QTemporaryDir m_dirs;
    KeyringSession m_keyring;
};

}  // namespace stamp::test
