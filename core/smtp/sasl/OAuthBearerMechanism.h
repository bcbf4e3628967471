// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthMechanism.h"

namespace stamp::sasl {

// OAUTHBEARER (RFC 7628) without channel binding. `secret` is the access
// token; the host and port name the server it is meant for (§3.1).
class OAuthBearerMechanism : public OAuthMechanism
{
public:
    OAuthBearerMechanism(const Credentials &credentials, const QString &host, quint16 port);

    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }

protected:
    QByteArray clientMessage() const override;
    QByteArray errorAcknowledgement() const override;

private:
    QString m_host;
    quint16 m_port = 0;
};

} // namespace stamp::sasl
