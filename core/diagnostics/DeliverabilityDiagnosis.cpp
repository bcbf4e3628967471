// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The diagnosis of the connection doctor's deliverability step: the server
// takes the mail, but receivers judge the sending domain by what it
// publishes in DNS (SPF, RFC 7208; DKIM, RFC 6376; DMARC, RFC 7489), and
// since 2024 the large ones junk or refuse mail from domains that lack it.

#include "DiagnosticsCatalog.h"

namespace stamp {

Diagnosis DiagnosticsCatalog::deliverability(const QString &domain, bool recordsShown, Surface surface)
{
    Diagnosis d;
    d.id = QStringLiteral("domain.deliverability");
    d.title = tr("Mail from %1 may be junked or refused").arg(domain);
    d.explanation
        = tr("Receiving servers check what %1 publishes in DNS (SPF, DKIM, DMARC), and it does not "
             "publish all they look for. Gmail, Yahoo, Microsoft and others may put its mail in the "
             "junk folder or refuse it, even though your server sends it.")
              .arg(domain);
    const QString publish = recordsShown
        ? tr("Publish the records listed under this step where the DNS of %1 is managed (the domain "
             "registrar or DNS host), or ask whoever manages it.")
              .arg(domain)
        : tr("Fix what is listed under this step where the DNS of %1 is managed (the domain registrar or "
             "DNS host), or ask whoever manages it.")
              .arg(domain);
    // Each front end names its own way to see every check in full.
    const QString more = surface == Surface::Desktop
        ? tr("The Deliverability tab of the account's settings shows every check and explains it.")
        : tr("Run 'stamp domain check %1' to see every check and explain it.").arg(domain);
    d.remedy = publish + QLatin1Char(' ') + more;
    return d;
}

} // namespace stamp
