// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthMechanism.h"

namespace stamp::sasl {

// XOAUTH2, Google's and Microsoft's pre-standard form of OAUTHBEARER
// (https://developers.google.com/gmail/imap/xoauth2-protocol). `secret` is
// the access token.
class XOAuth2Mechanism : public OAuthMechanism
{
public:
    explicit XOAuth2Mechanism(const Credentials &credentials);

    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }

protected:
    QByteArray clientMessage() const override;
    QByteArray errorAcknowledgement() const override;
};

} // namespace stamp::sasl
