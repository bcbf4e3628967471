// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DkimKeyRecord.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

namespace stamp::domain {

namespace {
// A DER reader just large enough for public keys (X.690 §8.1: tag, length,
// contents; definite lengths only, as DER requires).
class DerReader
{
public:
    explicit DerReader(const QByteArray &data)
        : m_data(data)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }

    // Reads one element; false when the bytes are not one.
    bool next(quint8 *tag, QByteArray *contents)
    {
        if (m_pos + 2 > m_data.size())
            return false;
        *tag = quint8(m_data.at(m_pos++));
        qsizetype length = quint8(m_data.at(m_pos++));
        if (length & 0x80) {
            const int octets = length & 0x7f;
            if (octets == 0 || octets > 4 || m_pos + octets > m_data.size())
                return false;
            length = 0;
            for (int i = 0; i < octets; ++i)
                length = (length << 8) | quint8(m_data.at(m_pos++));
        }
        if (length > m_data.size() - m_pos)
            return false;
        *contents = m_data.mid(m_pos, length);
        m_pos += length;
        return true;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

constexpr quint8 Sequence = 0x30;
constexpr quint8 Integer = 0x02;
constexpr quint8 BitString = 0x03;

int integerBits(QByteArray value)
{
    while (!value.isEmpty() && value.at(0) == 0)
        value.remove(0, 1);
    if (value.isEmpty())
        return 0;
    int bits = int(value.size()) * 8;
    for (quint8 top = quint8(value.at(0)); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
int rsaPublicKeyBits(const QByteArray &der)
{
    DerReader outer(der);
    quint8 tag = 0;
    QByteArray body;
    if (!outer.next(&tag, &body) || tag != Sequence)
        return 0;
    DerReader inner(body);
    QByteArray modulus;
    QByteArray exponent;
    if (!inner.next(&tag, &modulus) || tag != Integer)
        return 0;
    if (!inner.next(&tag, &exponent) || tag != Integer)
        return 0;
    return integerBits(modulus);
}
} // namespace

int DkimKeyRecord::rsaModulusBits(const QByteArray &der)
{
    // SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE {...},
    //                                     subjectPublicKey BIT STRING }
    DerReader outer(der);
    quint8 tag = 0;
    QByteArray body;
    if (!outer.next(&tag, &body) || tag != Sequence)
        return 0;
    DerReader inner(body);
    QByteArray first;
    if (!inner.next(&tag, &first))
        return 0;
    if (tag == Integer)
        return rsaPublicKeyBits(der);
    QByteArray bits;
    if (tag != Sequence || !inner.next(&tag, &bits) || tag != BitString || bits.isEmpty())
        return 0;
    // The first octet counts the unused bits of the last one: 0 for a key.
    return bits.at(0) == 0 ? rsaPublicKeyBits(bits.mid(1)) : 0;
}

DkimKeyRecord DkimKeyRecord::parse(const QString &text)
{
    DkimKeyRecord record;
    record.m_text = text;
    QSet<QString> seen;
    bool sawKey = false;
    QString keyText;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            record.m_error = tr("\"%1\" is not a tag=value pair").arg(part);
            return record;
        }
        const QString tag = part.left(equals).trimmed();
        QString value = part.mid(equals + 1);
        // §3.2: whitespace may fold anywhere inside a value.
        value.remove(QLatin1Char(' '))
            .remove(QLatin1Char('\t'))
            .remove(QLatin1Char('\r'))
            .remove(QLatin1Char('\n'));
        if (seen.contains(tag)) {
            record.m_error = tr("the tag \"%1\" appears more than once").arg(tag);
            return record;
        }
        seen.insert(tag);
        if (tag == QLatin1String("v")) {
            // §3.6.1: if present, v= must be first and say DKIM1.
            if (i != 0 || value != QLatin1String("DKIM1")) {
                record.m_error = tr("\"v=\" must come first and be \"DKIM1\"");
                return record;
            }
        } else if (tag == QLatin1String("k")) {
            if (value == QLatin1String("rsa"))
                record.m_keyType = KeyType::Rsa;
            else if (value == QLatin1String("ed25519"))
                record.m_keyType = KeyType::Ed25519; // RFC 8463
            else
                record.m_keyType = KeyType::Unknown;
        } else if (tag == QLatin1String("p")) {
            sawKey = true;
            keyText = value;
        } else if (tag == QLatin1String("t")) {
            record.m_testing = value.split(QLatin1Char(':')).contains(QLatin1String("y"));
        }
    }
    if (!sawKey) {
        record.m_error = tr("the required tag \"p=\" (the public key) is missing");
        return record;
    }
    if (keyText.isEmpty()) {
        record.m_revoked = true;
        return record;
    }
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(keyText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        record.m_error = tr("the public key (p=) is not valid base64");
        return record;
    }
    switch (record.m_keyType) {
    case KeyType::Rsa:
        record.m_keyBits = rsaModulusBits(decoded.decoded);
        if (record.m_keyBits == 0)
            record.m_error = tr("the public key (p=) is not an RSA key");
        break;
    case KeyType::Ed25519:
        // RFC 8463 §4.2: the bare 32-byte key, base64.
        if (decoded.decoded.size() == 32)
            record.m_keyBits = 256;
        else
            record.m_error
                = tr("an ed25519 key must be 32 bytes, this one has %1").arg(decoded.decoded.size());
        break;
    case KeyType::Unknown:
        record.m_error = tr("the key type (k=) is neither rsa nor ed25519");
        break;
    }
    return record;
}

} // namespace stamp::domain
