// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenResponse.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace stamp::cli {

// The browser sign-in of `stamp account add --auth oauth` and
// `stamp account sign-in`: prints the address to open, waits on the
// loopback listener (bounded by --sign-in-timeout; Ctrl+C cancels) and
// returns the tokens, or prints why there are none.
class AccountSignIn
{
public:
    // Adds --sign-in-timeout and --redirect-port to `parser`.
    explicit AccountSignIn(QCommandLineParser &parser);

    // Reads the options; an empty string when usable, else the usage error.
    QString read(const QCommandLineParser &parser);

    // Runs the flow for `account` against `client`. nullopt when it did not
    // succeed; the reason has been printed on standard error.
    std::optional<oauth::TokenSet> run(const Account &account, const oauth::OAuthClient &client);

private:
    QCommandLineOption m_timeout;
    QCommandLineOption m_port;
    int m_timeoutSeconds = 300;
    quint16 m_fixedPort = 0;
};

} // namespace stamp::cli
