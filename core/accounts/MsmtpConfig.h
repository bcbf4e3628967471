// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp {

// An msmtp configuration file (~/.msmtprc, $XDG_CONFIG_HOME/msmtp/config)
// as msmtp(1) describes it: one command per line, `#` comment lines,
// arguments optionally in double quotes, `defaults` sections whose settings
// apply to the accounts that follow, and `account NAME [: PARENT[, ...]]`
// whose settings start as a copy of the defaults, then of each parent in
// order, then its own lines.
class MsmtpConfig
{
    Q_DECLARE_TR_FUNCTIONS(MsmtpConfig)

public:
    using Settings = QMap<QString, QString>; // command -> argument ("tls" -> "on")

    struct Section
    {
        QString name;
        int line = 0;
        QStringList parents;
        Settings defaults; // the defaults in force where the account begins
        Settings own;
    };

    static MsmtpConfig parse(const QString &text);

    QList<Section> accounts() const { return m_accounts; }
    // Every defaults section's settings, merged: for notes about the file.
    Settings allDefaults() const { return m_allDefaults; }
    // Lines that did not parse or repeat an account, "line N: what".
    QStringList problems() const { return m_problems; }

    // `name`'s settings after defaults and inheritance; nullopt with the
    // reason in `problem` when a parent is missing or the chain loops.
    std::optional<Settings> resolve(const QString &name, QString *problem) const;

    // The value as msmtp reads "on": an empty argument means on.
    static bool isOn(const QString &value) { return value.isEmpty() || value == QLatin1String("on"); }

private:
    std::optional<Settings> resolve(const QString &name, QStringList &chain, QString *problem) const;
    const Section *find(const QString &name) const;

    QList<Section> m_accounts;
    Settings m_allDefaults;
    QStringList m_problems;
};

} // namespace stamp
