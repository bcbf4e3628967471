// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SentCopyDefaults.h"

#include "Account.h"
#include "providers/ProviderCatalog.h"

namespace stamp {

imap::ImapSettings SentCopyDefaults::fromPreset(const ProviderPreset &preset)
{
    imap::ImapSettings settings = Account::noSentCopy();
    if (preset.imapServers.isEmpty())
        return settings;
    const ServerPreset &server = preset.imapServers.constFirst();
    settings.host = server.host;
    settings.port = server.port;
    settings.security = server.security;
    settings.enabled = !preset.serverFilesSentCopy;
    return settings;
}

void SentCopyDefaults::apply(Account &account, const ProviderCatalog &catalog)
{
    const std::optional<ProviderPreset> preset =
        account.providerId.isEmpty() ? std::nullopt : catalog.byId(account.providerId);
    account.sentCopy = preset ? fromPreset(*preset) : Account::noSentCopy();
}

} // namespace stamp
