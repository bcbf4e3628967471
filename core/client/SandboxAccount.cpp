// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxAccount.h"

#include "smtp/TlsReport.h"

#include <QSettings>

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

Account SandboxAccount::make(quint16 port, SandboxBehaviour::Mode mode)
{
    Account account;
    account.id = id();
    account.name = name();
    account.displayName = tr("Sandbox (on this computer)");
    account.email = address();
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    // Loopback to our own server: nothing to encrypt against, no login;
    // the TLS modes exist to show what encryption looks like, so there the
    // account asks for it as a real one would.
    switch (mode) {
    case SandboxBehaviour::Mode::StartTls:
        account.security = SecurityMode::StartTls;
        break;
    case SandboxBehaviour::Mode::ImplicitTls:
        account.security = SecurityMode::ImplicitTls;
        break;
    default:
        account.security = SecurityMode::None;
        break;
    }
    if (account.security != SecurityMode::None)
        account.pinnedSha256 = trustedSha256();
    account.authMethod = auth(mode).method;
    account.username = auth(mode).credentials.username;
    return account;
}

QString SandboxAccount::trustedSha256()
{
    return QSettings().value(QStringLiteral("sandbox/pinnedSha256")).toString();
}

QString SandboxAccount::trust(const QString &sha256)
{
    const QString pin = TlsReport::normaliseFingerprint(sha256);
    if (pin.isEmpty())
        return tr("\"%1\" is not a SHA-256 fingerprint.").arg(sha256);
    QSettings settings;
    settings.setValue(QStringLiteral("sandbox/pinnedSha256"), pin);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("The settings could not be saved.");
    return {};
}

AuthSettings SandboxAccount::auth(SandboxBehaviour::Mode mode)
{
    AuthSettings settings;
    // The wrong-password mode refuses whatever is sent, so a person sees
    // the real 535 and what Stamp says about it; nothing here is a secret.
    if (mode == SandboxBehaviour::Mode::BadPassword) {
        settings.method = sasl::AuthMethod::Plain;
        settings.credentials.username = address();
        settings.credentials.secret = QStringLiteral("sandbox");
    }
    return settings;
}

}  // namespace stamp
