// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "diagnostics/Diagnosis.h"
#include "outbox/OutboxRecord.h"

#include <optional>

namespace stamp {

class AccountStore;

// What a queued message means, decided once for every front end (the
// desktop app's composer and Outbox tab, `stamp outbox list`): the account
// it belongs to, and its stored failure explained now, in the current
// language, knowing how that account signs in and whether its server has
// ever answered.
class OutboxExplainer
{
public:
    // The one rule: by the account's stable id, so a renamed account keeps
    // its queue; by name only for records queued before ids were kept.
    static std::optional<Account> accountOf(const OutboxRecord &record, const AccountStore &accounts);

    // The last failure's diagnosis, in the words of the front end that shows
    // it; nullopt when the record holds none (never tried, or sent).
    // `accounts` null: the saved accounts are read.
    static std::optional<Diagnosis> explain(
        const OutboxRecord &record, const AccountStore *accounts, Surface surface);
};

}  // namespace stamp
