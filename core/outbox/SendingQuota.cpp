// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingQuota.h"

#include "accounts/Account.h"
#include "providers/ProviderCatalog.h"

#include <cmath>

namespace stamp {

std::optional<SendingLimit> SendingQuota::strictest(const QList<SendingLimit> &limits)
{
    std::optional<SendingLimit> best;
    for (const SendingLimit &limit : limits) {
        if (limit.perDay <= 0 && limit.recipientsPerMessage <= 0)
            continue;
        if (!best || (limit.perDay > 0 && (best->perDay <= 0 || limit.perDay < best->perDay)))
            best = limit;
    }
    return best;
}

SendingQuota::Assessment SendingQuota::assess(const QList<SendingLimit> &limits, const QString &providerName,
                                              const SentStore::Usage &usage, int recipients)
{
    Assessment a;
    a.usage = usage;
    a.providerName = providerName;
    a.limit = strictest(limits);
    if (!a.limit)
        return a;
    const SendingLimit &limit = *a.limit;
    const QString who = limit.account.isEmpty()
                            ? providerName
                            : tr("%1 (%2 accounts)").arg(providerName, limit.account);

    if (recipients > 0 && limit.recipientsPerMessage > 0 && recipients > limit.recipientsPerMessage) {
        a.exceeds = true;
        a.warnings << tr("This message has %1 recipients, and %2 accepts at most %3 per message: it will "
                         "probably be refused. Send it in smaller groups.")
                          .arg(recipients)
                          .arg(who)
                          .arg(limit.recipientsPerMessage);
    }
    if (limit.perDay > 0) {
        const int after = usage.messages + (recipients > 0 ? 1 : 0);
        const int warnFrom = int(std::ceil(limit.perDay * kWarnShare));
        if (after > limit.perDay) {
            a.exceeds = true;
            a.warnings << tr("You have sent %1 messages in the last 24 hours; %2 allows about %3 a day. This "
                             "one may be refused, and the account may be blocked from sending for a day.")
                              .arg(usage.messages)
                              .arg(who)
                              .arg(limit.perDay);
        } else if (after >= warnFrom) {
            a.warnings << tr("You have sent %1 messages in the last 24 hours; %2 allows about %3 a day, so %4 "
                             "remain.")
                              .arg(usage.messages)
                              .arg(who)
                              .arg(limit.perDay)
                              .arg(limit.perDay - usage.messages);
        }
    }
    return a;
}

SendingQuota::Assessment SendingQuota::forAccount(const Account &account, const SentStore &sent,
                                                  const ProviderCatalog &catalog, int recipients,
                                                  const QDateTime &now)
{
    // Items carry the account's id when they were queued with it; older
    // ones only its name.
    SentStore::Usage usage;
    const QDateTime since = now.addSecs(-kWindowSecs);
    for (const SentItem &item : sent.list()) {
        if (item.sentAt < since)
            break;  // newest first
        const bool mine = item.record.accountId.isEmpty() ? item.record.account == account.name
                                                          : item.record.accountId == account.id;
        if (mine) {
            usage.messages += 1;
            usage.recipients += item.acceptedRecipients();
        }
    }
    const std::optional<ProviderPreset> preset
        = account.providerId.isEmpty() ? std::nullopt : catalog.byId(account.providerId);
    if (!preset)
        return assess({}, {}, usage, recipients);
    return assess(preset->limits, preset->displayName, usage, recipients);
}

QString SendingQuota::Assessment::summary() const
{
    if (limit && limit->perDay > 0) {
        const QString who = limit->account.isEmpty()
                                ? providerName
                                : tr("%1, %2 accounts").arg(providerName, limit->account);
        return tr("%1 of %2 messages (%3 recipients) in the last 24 hours (%4)")
            .arg(usage.messages)
            .arg(limit->perDay)
            .arg(usage.recipients)
            .arg(who);
    }
    return tr("%1 messages (%2 recipients) in the last 24 hours; no published limit")
        .arg(usage.messages)
        .arg(usage.recipients);
}

}  // namespace stamp
