// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Account.h"

#include <QCoreApplication>
#include <QString>

namespace stamp {

// An account as an msmtp account block (msmtp(1), "Account commands"), for
// people who also send from scripts. The password is never written: msmtp
// fetches it from the keychain with `passwordeval`, through secret-tool,
// where Stamp's SecretStore keeps it (Linux, Secret Service).
class MsmtpExport
{
    Q_DECLARE_TR_FUNCTIONS(MsmtpExport)

public:
    // The block, or empty with the reason in `error` when msmtp could not
    // use the account as it is (an OAuth sign-in).
    static QString accountBlock(const Account &account, const QString &keychainService, QString *error);

    // The shell command that prints the account's password from the
    // keychain. QtKeychain 0.13's libsecret backend files each entry under
    // the attributes server = the service ("stamp") and user = the key
    // (SecretStore::keyFor), which is what secret-tool looks up by.
    static QString passwordCommand(const Account &account, const QString &keychainService);
};

} // namespace stamp
