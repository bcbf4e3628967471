// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SaslMechanism.h"

namespace stamp::sasl {

// PLAIN (RFC 4616): the password in clear, so only ever over TLS, which the
// session enforces. Client-first: everything goes in the initial response.
class PlainMechanism : public SaslMechanism
{
public:
    explicit PlainMechanism(const Credentials &credentials);

    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    // RFC 4616 §2: one message, the whole of the mechanism.
    bool clientDone() const override { return m_sentInitially || m_answered; }

private:
    QByteArray message() const;

    Credentials m_credentials;
    QString m_problem; // why these credentials cannot be sent at all
    bool m_sentInitially = false;
    bool m_answered = false;

    Q_DISABLE_COPY(PlainMechanism)
};

} // namespace stamp::sasl
