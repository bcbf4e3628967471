// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslCertificate>
#include <QString>

class QSslConfiguration;

namespace stamp {

// The TLS rules every connection of Stamp follows, SMTP submission and the
// IMAP copy to Sent alike: peer verification always on, RFC 8996's floor
// (TLS 1.2 or later), an optional extra CA file, and a pin that trusts one
// exact certificate by its SHA-256 and nothing broader.
class TlsPolicy
{
public:
    // Fills `tls` from the defaults with these rules; an error text when
    // the CA file cannot be read or holds no certificate.
    static QString configure(QSslConfiguration &tls, const QString &caFile);
    // True when `pinnedSha256` (any form normaliseFingerprint accepts) is
    // set and is exactly this certificate's SHA-256.
    static bool pinMatches(const QSslCertificate &certificate, const QString &pinnedSha256);
};

} // namespace stamp
