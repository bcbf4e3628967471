// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HostNameCheck.h"

#include <QHostAddress>
#include <QUrl>

namespace stamp {

namespace {
// Compared in their ASCII (A-label) form, case-insensitively, without a
// trailing dot (RFC 6125 §6.4.1, §6.4.2).
QString canonical(const QString &name)
{
    QString ace = QString::fromLatin1(QUrl::toAce(name));
    if (ace.isEmpty())
        ace = name;
    if (ace.endsWith(QLatin1Char('.')))
        ace.chop(1);
    return ace.toLower();
}
}  // namespace

bool HostNameCheck::nameMatches(const QString &presented, const QString &host)
{
    const QString p = canonical(presented);
    const QString h = canonical(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (!p.contains(QLatin1Char('*')))
        return p == h;
    // Only "*.rest": a wildcard that is the whole left-most label, over at
    // least two further labels, standing for exactly one label of the host.
    if (!p.startsWith(QLatin1String("*.")) || p.count(QLatin1Char('*')) != 1)
        return false;
    const QString rest = p.mid(2);
    if (rest.count(QLatin1Char('.')) < 1)
        return false;
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    return dot > 0 && h.mid(dot + 1) == rest;
}

bool HostNameCheck::matches(const QSslCertificate &certificate, const QString &host)
{
    if (QHostAddress(host).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return true;
    const QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty())
        return true;
    for (const QString &name : names) {
        if (nameMatches(name, host))
            return true;
    }
    return false;
}

}  // namespace stamp
