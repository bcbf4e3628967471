// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SaslMechanism.h"

namespace stamp::sasl {

// CRAM-MD5 (RFC 2195): the password never crosses the wire, but the server
// is not authenticated and the mechanism rests on MD5, so it is the last
// choice of chooseAutomatically().
class CramMd5Mechanism : public SaslMechanism
{
public:
    explicit CramMd5Mechanism(const Credentials &credentials);

    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    Step respond(const QByteArray &challenge) override;
    // RFC 2195 §2: one challenge, one answer.
    bool clientDone() const override { return m_answered; }

private:
    Credentials m_credentials;
    bool m_answered = false;

    Q_DISABLE_COPY(CramMd5Mechanism)
};

} // namespace stamp::sasl
