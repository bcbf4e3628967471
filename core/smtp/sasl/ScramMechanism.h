// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SaslMechanism.h"

#include <QCryptographicHash>

namespace stamp::sasl {

// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel
// binding. Unlike the other password mechanisms SCRAM authenticates the
// server as well: successProblem() names a problem unless the server proved, with its
// signature in the server-final message, that it knows the password.
class ScramMechanism : public SaslMechanism
{
public:
    // `algorithm` is Sha1 or Sha256. `clientNonce` exists so tests can replay
    // the RFC examples; empty means a fresh random one.
    ScramMechanism(QCryptographicHash::Algorithm algorithm, const Credentials &credentials,
        const QByteArray &clientNonce = {});
    ~ScramMechanism() override;

    QByteArray name() const override;
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    QString successProblem() const override;
    // Only once the server signature is verified: the empty answer to the
    // server-final message is the last thing the client sends.
    bool clientDone() const override { return m_state == State::Verified; }
    QByteArray serverError() const override { return m_serverError; }

    QByteArray clientNonce() const { return m_clientNonce; }

private:
    enum class State {
        AwaitingServerFirst,
        AwaitingServerFinal,
        Verified,
        Failed,
    };

    QByteArray clientFirstMessage() const;
    Step handleServerFirst(const QByteArray &message);
    Step handleServerFinal(const QByteArray &message);
    Step fail(const QString &why);
    void forgetSecrets();

    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_password; // SASLprep'd UTF-8; wiped once the proof is made
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_clientNonce;
    QByteArray m_expectedServerSignature;
    QByteArray m_serverError;
    State m_state = State::AwaitingServerFirst;
    bool m_sentClientFirstOnRequest = false;

    Q_DISABLE_COPY(ScramMechanism)
};

} // namespace stamp::sasl
