// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxAccount.h"

namespace stamp {

QString SandboxAccount::id()
{
    return QStringLiteral("sandbox");
}

QString SandboxAccount::name()
{
    return QStringLiteral("sandbox");
}

QString SandboxAccount::address()
{
    // .invalid: reserved, never a real domain (RFC 2606 §2).
    return QStringLiteral("me@sandbox.invalid");
}

Account SandboxAccount::make(quint16 port)
{
    Account account;
    account.id = id();
    account.name = name();
    account.displayName = tr("Sandbox (on this computer)");
    account.email = address();
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    // Loopback to our own server: nothing to encrypt against, no login.
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::None;
    return account;
}

}  // namespace stamp
