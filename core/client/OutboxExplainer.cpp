// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutboxExplainer.h"

#include "SandboxAccount.h"

#include "accounts/AccountStore.h"
#include "accounts/ServerFacts.h"
#include "diagnostics/DiagnosticsCatalog.h"

namespace stamp {

std::optional<Account> OutboxExplainer::accountOf(const OutboxRecord &record, const AccountStore &accounts)
{
    if (SandboxAccount::owns(record))
        return SandboxAccount::make(record.server.port);
    return accounts.findFor(record.accountId, record.account);
}

std::optional<Diagnosis> OutboxExplainer::explain(
    const OutboxRecord &record, const AccountStore *accounts, Surface surface)
{
    const std::optional<Failure> failure = record.failure();
    if (!failure || record.state == OutboxRecord::State::Sent)
        return std::nullopt;
    DiagnosisCircumstances circumstances;
    circumstances.surface = surface;
    AccountStore saved;
    if (!accounts && (!record.accountId.isEmpty() || !record.account.isEmpty())) {
        saved.load();  // a few small files, read only when a failure is shown
        accounts = &saved;
    }
    if (accounts) {
        if (const std::optional<Account> account = accountOf(record, *accounts))
            circumstances.signsInWithOAuth = account->signsInWithOAuth();
    }
    circumstances.serverHasAnswered = ServerFacts::hasAnswered(record.server.host, record.server.effectivePort());
    return DiagnosticsCatalog::diagnose(*failure, circumstances);
}

}  // namespace stamp
