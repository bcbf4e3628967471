// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace stamp {

// The accounts, kept as one JSON file in the standard config location
// (QStandardPaths::AppConfigLocation/accounts.json). Writes are atomic
// (QSaveFile): a crash leaves the old file or the new one, never half of each.
//
// A file that cannot be read or parsed is never silently replaced: load()
// reports it with the line it broke at, keeps a copy next to it
// (accounts.json.corrupt-<time>), and save() refuses until the person has
// fixed or removed it. No secret is ever part of this file (Account has none).
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    // `path` empty: the standard location.
    explicit AccountStore(const QString &path = {});

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file; a missing file is an empty store. Returns false when
    // the file exists but is unusable; error() says why and where the copy is.
    bool load();
    QString error() const { return m_error; }
    QString backupPath() const { return m_backupPath; }
    bool isBroken() const { return m_broken; }

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> find(const QString &name) const;
    // The account something was made for: by its stable id, so a renamed
    // account keeps what was queued for it; by name only when no id was
    // kept (older outbox records).
    std::optional<Account> findFor(const QString &id, const QString &name) const;

    // Each returns an empty string on success, else the reason, and changes
    // nothing on failure. They save at once.
    QString add(const Account &account);
    QString update(const Account &account); // matched by id
    QString remove(const QString &name);

private:
    QString save();

    QString m_path;
    QList<Account> m_accounts;
    QString m_error;
    QString m_backupPath;
    bool m_broken = false;
};

} // namespace stamp
