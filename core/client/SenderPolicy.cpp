// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SenderPolicy.h"

#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <algorithm>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SenderPolicy)
};
}  // namespace

bool SenderPolicy::sameAddress(const QString &a, const QString &b)
{
    // RFC 5321 §2.4 lets a local part be case-sensitive, but no provider
    // treats one login's "Ann" and "ann" as different owners.
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<SendRoute> SenderPolicy::route(const Account &owner, const QString &fromAddress,
                                             const QList<Account> &accounts, const ProviderCatalog &catalog,
                                             QString *error, const QString &explicitSender)
{
    SendRoute route;
    route.transport = owner;
    const std::optional<Identity> identity = owner.identityFor(fromAddress);
    if (identity && !identity->sendVia.isEmpty() && identity->sendVia != owner.id) {
        const auto via = std::find_if(accounts.cbegin(), accounts.cend(),
                                      [&](const Account &a) { return a.id == identity->sendVia; });
        if (via == accounts.cend()) {
            if (error)
                *error = Text::tr("The identity %1 sends through an account that no longer exists: choose "
                                  "another in its settings.")
                             .arg(fromAddress);
            return std::nullopt;
        }
        route.transport = *via;
        route.throughOtherAccount = true;
    }
    const Account &transport = route.transport;
    const bool ownAddress = sameAddress(fromAddress, transport.email);
    route.mailFrom = transport.envelopeSender == EnvelopeSender::AccountAddress ? transport.email : fromAddress;
    route.mailFrom = route.mailFrom.trimmed();
    if (!explicitSender.trimmed().isEmpty()) {
        route.sender = explicitSender.trimmed();
    } else if (!ownAddress) {
        const std::optional<ProviderPreset> preset = transport.providerId.isEmpty()
                                                         ? catalog.matchDomain(transport.email)
                                                         : catalog.byId(transport.providerId);
        if (!preset || !preset->providerMarksSender)
            route.sender = transport.email;
    }
    // A Sender equal to From says nothing (RFC 5322 §3.6.2: SHOULD NOT).
    if (sameAddress(route.sender, fromAddress))
        route.sender.clear();
    return route;
}

std::optional<Account> SenderPolicy::ownerOf(const QString &address, const QList<Account> &accounts)
{
    for (const Account &account : accounts) {
        if (sameAddress(account.email, address))
            return account;
    }
    for (const Account &account : accounts) {
        if (account.identityFor(address))
            return account;
    }
    return std::nullopt;
}

}  // namespace stamp
