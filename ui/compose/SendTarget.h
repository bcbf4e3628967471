// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "smtp/SessionTypes.h"

#include <QList>

#include <QString>

namespace stamp::ui {

// Where the composer sends: a server, how to log in, and who the mail is
// from. The sandbox is one; accounts become others.
struct SendTarget
{
    QString name;         // shown in the From list, e.g. "Sandbox (on this computer)"
    QString fromAddress;  // default sender, when there are no identities
    // Who the person can send as (an account's identities, main one first),
    // each with its Reply-To and signature.
    QList<Identity> identities;
    QString accountId;    // empty for the sandbox
    QString accountName;  // for messages ("the account \"work\"")
    ServerSettings server;
    AuthSettings auth;
    // The account's default for asking for delivery reports (RFC 3461).
    bool deliveryReports = false;
};

}  // namespace stamp::ui
