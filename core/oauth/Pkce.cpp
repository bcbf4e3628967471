// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace stamp::oauth {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the OS's cryptographic source.
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : raw)
        c = static_cast<char>(random->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    // RFC 7636 §7.1: 32 random octets give the recommended 256 bits of entropy
    // and a 43-character verifier, the shortest §4.1 allows.
    Pkce pkce;
    pkce.verifier = randomUrlSafe(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace stamp::oauth
