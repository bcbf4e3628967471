// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "outbox/OutboxRecord.h"

#include <QCoreApplication>

namespace stamp {

// The sandbox as an account: messages for it go through the outbox like
// any other (undo period, retry, Sent items that outlive the run), under
// one fixed id no generated account id can take (those are UUIDs). Its
// server is the sandbox of the running app, whose port changes every run,
// so a queued record's port means nothing: the port comes from the
// running sandbox when the message leaves.
class SandboxAccount
{
    Q_DECLARE_TR_FUNCTIONS(SandboxAccount)

public:
    static QString id();
    // The account name the outbox and Sent items record.
    static QString name();
    static QString address();
    static bool owns(const OutboxRecord &record) { return record.accountId == id(); }
    // Sends to 127.0.0.1:`port` in clear text (loopback) without a login.
    static Account make(quint16 port);
};

}  // namespace stamp
