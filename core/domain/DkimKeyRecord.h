// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace stamp::domain {

// A DKIM public key record parsed (RFC 6376 §3.6.1), with the key's size
// read from its DER without a crypto library.
class DkimKeyRecord
{
    Q_DECLARE_TR_FUNCTIONS(DkimKeyRecord)

public:
    enum class KeyType { Rsa, Ed25519, Unknown };

    static DkimKeyRecord parse(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // for people
    KeyType keyType() const { return m_keyType; }
    // An empty p= revokes the key (§3.6.1): signatures with it fail.
    bool isRevoked() const { return m_revoked; }
    // t=y: the domain is testing DKIM; receivers treat failures as unsigned.
    bool isTesting() const { return m_testing; }
    // RSA modulus bits, 256 for ed25519, 0 when unknown or revoked.
    int keyBits() const { return m_keyBits; }

    // The modulus size of an RSA public key in DER: a SubjectPublicKeyInfo
    // (RFC 5280 §4.1, what DKIM publishes) or a bare RSAPublicKey (RFC 8017
    // §A.1.1, which some publish). 0 when it is neither.
    static int rsaModulusBits(const QByteArray &der);

private:
    QString m_text;
    QString m_error;
    KeyType m_keyType = KeyType::Rsa;
    bool m_revoked = false;
    bool m_testing = false;
    int m_keyBits = 0;
};

} // namespace stamp::domain
