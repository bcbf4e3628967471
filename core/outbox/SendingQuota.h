// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SentStore.h"
#include "providers/ProviderPreset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace stamp {

struct Account;
class ProviderCatalog;

// How close an account is to its provider's published sending limits
// (ProviderPreset::limits), counted from Sent items over the last 24 hours,
// so the person hears about it before the provider starts refusing (often
// for a whole day). Advice only: it never stops a message.
class SendingQuota
{
    Q_DECLARE_TR_FUNCTIONS(SendingQuota)

public:
    struct Assessment
    {
        SentStore::Usage usage;             // the last 24 hours
        std::optional<SendingLimit> limit;  // the one compared with, when published
        QString providerName;
        QStringList warnings;  // for a person, one sentence each; empty: all is well
        bool exceeds = false;  // this message would go over a published limit

        // "12 of 500 messages in the last 24 hours (Gmail, personal
        // accounts)" or "12 messages in the last 24 hours".
        QString summary() const;
    };

    // Warns from this share of the daily limit on.
    static constexpr double kWarnShare = 0.8;
    static constexpr qint64 kWindowSecs = 24 * 60 * 60;

    // The core of it, without any disk: `usage` before this message,
    // `recipients` in this message (0: only the day's count is of interest).
    static Assessment assess(const QList<SendingLimit> &limits, const QString &providerName,
                             const SentStore::Usage &usage, int recipients);

    // For a saved account: its preset (Account::providerId) from `catalog`,
    // its Sent items since now - 24 h.
    static Assessment forAccount(const Account &account, const SentStore &sent, const ProviderCatalog &catalog,
                                 int recipients, const QDateTime &now);

    // When a preset publishes several (free and paid accounts), the
    // strictest daily one: Stamp does not know which kind the account is,
    // and an early warning costs less than a refusal.
    static std::optional<SendingLimit> strictest(const QList<SendingLimit> &limits);
};

}  // namespace stamp
