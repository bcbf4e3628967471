// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"  // and AuthSettings, through it
#include "outbox/OutboxRecord.h"
#include "sandbox/SandboxBehaviour.h"

#include <QCoreApplication>
#include <QString>

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
    // Sends to 127.0.0.1:`port` in clear text (loopback) without a login,
    // unless the sandbox's mode is about logging in; in the TLS modes with
    // STARTTLS or implicit TLS, verified like any server (so its own
    // certificate is refused until the person trusts it: trust()).
    static Account make(quint16 port, SandboxBehaviour::Mode mode = SandboxBehaviour::Mode::Normal);
    // The SHA-256 of the sandbox certificate the person chose to trust,
    // kept in the settings like any account's pin (a fingerprint is no
    // secret); empty when none was.
    static QString trustedSha256();
    // Pins that certificate for the sandbox account; empty when done.
    static QString trust(const QString &sha256);
    // The login for that mode: none, or a made-up one the sandbox refuses.
    static AuthSettings auth(SandboxBehaviour::Mode mode);
};

}  // namespace stamp
