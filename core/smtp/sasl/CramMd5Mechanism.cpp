// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CramMd5Mechanism.h"

#include <QMessageAuthenticationCode>
#include <QCoreApplication>

namespace stamp::sasl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)
};
} // namespace

CramMd5Mechanism::CramMd5Mechanism(const Credentials &credentials)
    : m_credentials(credentials)
{ }

SaslMechanism::Step CramMd5Mechanism::respond(const QByteArray &challenge)
{
    if (m_answered)
        return { false, {}, Text::tr("server sent a second CRAM-MD5 challenge") };
    // RFC 2195 §2: the server's challenge is what gets signed; without one
    // there is nothing to answer.
    if (challenge.isEmpty())
        return { false, {}, Text::tr("server sent an empty CRAM-MD5 challenge") };
    m_answered = true;

    // RFC 2195 §2: user name, a space, and HMAC-MD5(password, challenge) as
    // 32 lower-case hex digits.
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, m_credentials.secret.toUtf8(), QCryptographicHash::Md5);
    return { true, m_credentials.username.toUtf8() % ' ' % digest.toHex(), {} };
}

} // namespace stamp::sasl
