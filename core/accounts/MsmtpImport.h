// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>
#include <QString>

namespace stamp {

class MsmtpConfig;

// Reads msmtp's accounts into an import plan: one Stamp account per msmtp
// account, with defaults and inheritance applied as msmtp applies them.
// `password` and `passwordeval` are noted, never read or run: the person
// gives the password once, to the keychain. Settings Stamp has no
// counterpart for are listed in the notes.
class MsmtpImport
{
    Q_DECLARE_TR_FUNCTIONS(MsmtpImport)

public:
    // The file msmtp itself reads for this person: ~/.msmtprc, else
    // $XDG_CONFIG_HOME/msmtp/config (~/.config when unset). Empty if neither.
    static QString locateConfig(const QString &home, const QString &xdgConfigHome);

    // `path` empty: locateConfig() for this person. Not yet finished
    // (ImportPlanner::finish).
    static ImportPlan read(const QString &path);
    // `home` expands a leading ~ in file names, as msmtp does.
    static ImportPlan fromConfig(const MsmtpConfig &config, const QString &home);
};

} // namespace stamp
