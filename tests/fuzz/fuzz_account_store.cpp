// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The account file (accounts.json), loaded by AccountStore from a file in a
// temporary folder as the application loads it from its config folder.
// Every account that loads is written back and must load again unchanged.

#include "FuzzSupport.h"
#include "accounts/AccountStore.h"

#include <QFile>
#include <QTemporaryDir>

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        __builtin_trap();
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    stamp::AccountStore store(path);
    const bool loaded = store.load();
    if (!store.backupPath().isEmpty())
        QFile::remove(store.backupPath()); // the copy of a broken file, kept for the person
    if (!loaded)
        return 0;

    for (const stamp::Account &account : store.accounts()) {
        (void)account.validate();
        (void)account.signsInWithOAuth();
        (void)account.serverSettings();
        // The secret only ever comes from the keychain; any text will do here.
        (void)account.authSettings(QStringLiteral("secret"));

        const QJsonObject saved = account.toJson();
        QString why;
        const std::optional<stamp::Account> again = stamp::Account::fromJson(saved, &why);
        if (!again || !(*again == account))
            __builtin_trap(); // an account the store wrote would not read back as it was
    }
    return 0;
}
