// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "imap/ImapSettings.h"

namespace stamp {

struct Account;
class ProviderCatalog;
struct ProviderPreset;

// Where a new account's copy of each sent message goes, from its provider's
// preset: the preset's first IMAP server, on unless the provider files a
// copy in Sent by itself (then a copy from Stamp would be a second one).
// The login stays the account's own (an empty user name in the settings).
class SentCopyDefaults
{
public:
    // Off when the preset names no IMAP server (sending-only services).
    static imap::ImapSettings fromPreset(const ProviderPreset &preset);
    // Sets `account.sentCopy` from the preset its providerId names; off
    // when it names none, or one without an IMAP server.
    static void apply(Account &account, const ProviderCatalog &catalog);
};

} // namespace stamp
