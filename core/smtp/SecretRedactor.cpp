// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretRedactor.h"

#include <algorithm>

namespace stamp {

namespace {
const QByteArray kMark = QByteArrayLiteral("[redacted]");
}

void SecretRedactor::add(const QByteArray &needle)
{
    if (needle.size() < kMinLength || m_needles.contains(needle))
        return;
    m_needles.append(needle);
    std::stable_sort(m_needles.begin(), m_needles.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void SecretRedactor::addSecret(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    add(utf8);
    add(utf8.toBase64());
    add(utf8.toBase64(QByteArray::OmitTrailingEquals));
}

void SecretRedactor::addPayload(const QByteArray &raw)
{
    add(raw);
    add(raw.toBase64());
    add(raw.toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray SecretRedactor::redacted(QByteArray text) const
{
    for (const QByteArray &needle : m_needles)
        text.replace(needle, kMark);
    return text;
}

void SecretRedactor::redact(Reply &reply) const
{
    if (m_needles.isEmpty())
        return;
    for (QByteArray &line : reply.lines)
        line = redacted(line);
}

}  // namespace stamp
