// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"

#include <QList>
#include <QString>
#include <optional>

namespace stamp {

class ProviderCatalog;

// How one message with a given From address leaves: through which account's
// server and login, with which MAIL FROM, and whether a Sender field names
// the account that sends it.
struct SendRoute
{
    Account transport;   // the account whose server and login carry it
    QString mailFrom;    // RFC 5321 §4.1.1.2 reverse-path, as written in MAIL FROM
    QString sender;      // the Sender field's address; empty: none is written
    bool throughOtherAccount = false;  // the identity sends via another account
};

// The one rule the composer and `stamp send` share for identities that send
// as an address the login does not own:
//
// - the transport is the identity's `sendVia` account, else its own;
// - MAIL FROM is the From address, or the transport account's own address
//   when its envelope rule says so (servers that accept only the login's);
// - a Sender field (RFC 5322 §3.6.2: the mailbox of the agent that sends it
//   when that is not the author) holds the transport account's address
//   when From differs from it, unless the provider marks such messages
//   itself (Gmail's "send mail as"); an explicit sender always wins.
class SenderPolicy
{
public:
    // `owner`: the account the message is written in (the composer's, or
    // the one `--account` or `--from` picked). nullopt, with the reason in
    // `error`, when the identity names an account that no longer exists.
    static std::optional<SendRoute> route(const Account &owner, const QString &fromAddress,
                                          const QList<Account> &accounts, const ProviderCatalog &catalog,
                                          QString *error, const QString &explicitSender = {});

    // The account that has an identity (or its own address) `address`,
    // the account's own address first; nullopt when none does.
    static std::optional<Account> ownerOf(const QString &address, const QList<Account> &accounts);

    static bool sameAddress(const QString &a, const QString &b);
};

}  // namespace stamp
