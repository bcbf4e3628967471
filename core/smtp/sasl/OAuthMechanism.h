// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SaslMechanism.h"

namespace stamp::sasl {

// What XOAUTH2 and OAUTHBEARER share: an access token sent in the initial
// response, and a failure reported as a JSON challenge that the client must
// answer before the server sends its error reply (RFC 7628 §3.2.3).
class OAuthMechanism : public SaslMechanism
{
public:
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;

    // The decoded JSON of the server's error challenge, e.g.
    // {"status":"invalid_token",...}; empty when there was none.
    QByteArray serverError() const override { return m_serverError; }

protected:
    explicit OAuthMechanism(const Credentials &credentials);

    const Credentials &credentials() const { return m_credentials; }
    // The whole client response, token included.
    virtual QByteArray clientMessage() const = 0;
    // The response to an error challenge that lets the server finish.
    virtual QByteArray errorAcknowledgement() const = 0;

private:
    Credentials m_credentials;
    QString m_problem; // why these credentials cannot be sent at all
    QByteArray m_serverError;
    bool m_sentOnRequest = false;
    bool m_errorReceived = false;

    Q_DISABLE_COPY(OAuthMechanism)
};

} // namespace stamp::sasl
