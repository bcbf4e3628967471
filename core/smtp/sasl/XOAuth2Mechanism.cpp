// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "XOAuth2Mechanism.h"

namespace stamp::sasl {

XOAuth2Mechanism::XOAuth2Mechanism(const Credentials &credentials)
    : OAuthMechanism(credentials)
{ }

QByteArray XOAuth2Mechanism::clientMessage() const
{
    // "user=" {User} "^Aauth=Bearer " {Access Token} "^A^A"
    return "user=" % credentials().username.toUtf8()
        % "\x01"
          "auth=Bearer "
        % credentials().secret.toLatin1() % "\x01\x01";
}

QByteArray XOAuth2Mechanism::errorAcknowledgement() const
{
    // Google's protocol page: the client answers the error challenge with an
    // empty response and the server then fails the command.
    return {};
}

} // namespace stamp::sasl
