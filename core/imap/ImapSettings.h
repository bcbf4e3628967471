// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QString>

namespace stamp::imap {

// Where an account's copies of sent mail go: the IMAP server and its Sent
// folder. A value; it will live in Account. The secret never lives here:
// it comes with ImapLogin from the credential source.
struct ImapSettings
{
    bool enabled = true;
    QString host;
    quint16 port = 0; // 0: the security mode's default (993 or 143)
    // The same modes as submission: implicit TLS (RFC 8314 §3.3, port 993),
    // STARTTLS required (RFC 9051 §6.2.1), or none (loopback test servers).
    SecurityMode security = SecurityMode::ImplicitTls;
    QString username;
    QString sentFolder; // empty: found automatically (SPECIAL-USE, then the usual names)
    QString caFile; // extra trusted CA certificates (PEM)
    QString pinnedSha256; // when set, only that exact certificate is accepted
    int timeoutMs = 60 * 1000; // per response, like the submission stages before the message

    static quint16 defaultPort(SecurityMode mode); // 993, 143, 143
    quint16 effectivePort() const { return port ? port : defaultPort(security); }
    bool operator==(const ImapSettings &other) const;
    bool operator!=(const ImapSettings &other) const { return !(*this == other); }
};

// How to log in: the method (Plain, XOAuth2 or OAuthBearer; Auto means
// Plain) and the credentials, whose secret is a password, an app password
// or an OAuth access token.
struct ImapLogin
{
    sasl::AuthMethod method = sasl::AuthMethod::Auto;
    sasl::Credentials credentials;
};

} // namespace stamp::imap
