// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::domain {
struct DomainReport;
}

namespace stamp::cli {

// `stamp domain check ADDRESS|DOMAIN`: what the domain publishes in DNS
// for mail from it to arrive (MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT), with
// the record to publish where one is missing or wrong. Asks DNS only.
class DomainCommand
{
public:
    int run(const QStringList &arguments);

private:
    int check(const QStringList &arguments);
    static QString describe(const domain::DomainReport &report, const QString &providerName);
};

} // namespace stamp::cli
