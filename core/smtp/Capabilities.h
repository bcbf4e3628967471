// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"

#include <QByteArrayList>
#include <QSet>

namespace stamp {

// What a server offers, read from its EHLO reply (RFC 5321 §4.1.1.1). After
// STARTTLS this must be rebuilt from the new EHLO (RFC 3207 §4.2).
class Capabilities
{
public:
    static Capabilities fromEhlo(const Reply &reply);
    static Capabilities fromHelo(const Reply &reply);

    bool isEsmtp() const { return m_esmtp; }
    QByteArray greetingDomain() const { return m_domain; }

    bool has(const QByteArray &keyword) const;          // case-insensitive
    QByteArray parameters(const QByteArray &keyword) const;  // text after the keyword

    bool startTls() const { return has("STARTTLS"); }
    bool pipelining() const { return has("PIPELINING"); }
    bool chunking() const { return has("CHUNKING"); }
    bool eightBitMime() const { return has("8BITMIME"); }
    bool smtpUtf8() const { return has("SMTPUTF8"); }
    bool dsn() const { return has("DSN"); }
    bool enhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }
    bool size() const { return has("SIZE"); }
    // RFC 1870 §4: SIZE without a number (or 0) means no fixed limit.
    qint64 sizeLimit() const { return m_sizeLimit; }

    // Mechanisms from "AUTH ..." and the pre-standard "AUTH=..." form, upper-case.
    QSet<QByteArray> authMechanisms() const { return m_auth; }
    bool auth() const { return !m_auth.isEmpty(); }

    QByteArrayList keywords() const;  // upper-case, in the server's order
    QString describe() const;         // one line a person can read

private:
    bool m_esmtp = false;
    QByteArray m_domain;
    QList<QPair<QByteArray, QByteArray>> m_entries;  // keyword (upper), parameters
    QSet<QByteArray> m_auth;
    qint64 m_sizeLimit = 0;
};

}  // namespace stamp
