// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppFixture.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>

namespace stamp::test {

QString AppFixture::start(const QString &applicationName)
{
    if (!m_dirs.isValid())
        return QStringLiteral("no temporary folder: %1").arg(m_dirs.errorString());
    // The keychain first: nothing may touch the session bus before.
    if (const QString problem = m_keyring.start(); !problem.isEmpty())
        return problem;
    m_keyring.useInThisProcess();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configDir()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataDir()));
    QCoreApplication::setOrganizationName(QStringLiteral("StampTest"));
    QCoreApplication::setApplicationName(applicationName);
    installTranslations(*QCoreApplication::instance());
    return {};
}

void AppFixture::stop()
{
    m_keyring.stop();
}

}  // namespace stamp::test
