// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslCertificate>
#include <QString>

namespace stamp {

// RFC 6125 §6.4: which names a server certificate vouches for. When it
// lists DNS names in its subjectAltName, those are the only identifiers
// that count; its subject CN must not (§6.4.4), although Qt 6.4's own
// check still accepts a CN match. A wildcard counts only as the whole
// left-most label and stands for exactly one label (§6.4.3).
class HostNameCheck
{
public:
    // True when `host` is named by the certificate's DNS subjectAltNames,
    // or when the certificate has none, or `host` is an IP address (then
    // Qt's verification, which checks IP subjectAltNames, decides alone).
    static bool matches(const QSslCertificate &certificate, const QString &host);
    // One reference identifier against one presented DNS name.
    static bool nameMatches(const QString &presented, const QString &host);
};

}  // namespace stamp
