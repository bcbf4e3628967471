#include "OutboxExplainer.h"

#include "accounts/AccountStore.h"
#include "accounts/ServerFacts.h"
#include "diagnostics/DiagnosticsCatalog.h"

namespace stamp {

std::optional<Account> OutboxExplainer::accountOf(const OutboxRecord &record, const AccountStore &accounts)
{
    const QList<Account> all = accounts.accounts();
    if (!record.accountId.isEmpty()) {
        for (const Account &account : all) {
            if (account.id == record.accountId)
                return account;
        }
        return std::nullopt;
    }
    if (record.account.isEmpty())
        return std::nullopt;  // queued for an ad-hoc server
    for (const Account &account : all) {
        if (account.name == record.account)
            return account;
    }
    return std::nullopt;
}

std::optional<Diagnosis> OutboxExplainer::explain(const OutboxRecord &record, const AccountStore *accounts)
{
    const std::optional<Failure> failure = record.failure();
    if (!failure || record.state == OutboxRecord::State::Sent)
        return std::nullopt;
    DiagnosisCircumstances circumstances;
    if (accounts) {
        if (const std::optional<Account> account = accountOf(record, *accounts))
            circumstances.signsInWithOAuth = account->signsInWithOAuth();
    }
    circumstances.serverHasAnswered = ServerFacts::hasAnswered(record.server.host, record.server.effectivePort());
    return DiagnosticsCatalog::diagnose(*failure, circumstances);
}

}  // namespace stamp
