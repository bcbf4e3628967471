// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SaslMechanism.h"

#include "CramMd5Mechanism.h"
#include "LoginMechanism.h"
#include "OAuthBearerMechanism.h"
#include "PlainMechanism.h"
#include "ScramMechanism.h"
#include "XOAuth2Mechanism.h"

#include <QCryptographicHash>

namespace stamp::sasl {

namespace {
struct MethodNames
{
    AuthMethod method;
    const char *id; // command line
    const char *name; // SASL name on the AUTH line (RFC 4954 §4)
};

constexpr MethodNames kMethods[] = {
    { AuthMethod::None, "none", "" },
    { AuthMethod::Auto, "auto", "" },
    { AuthMethod::Plain, "plain", "PLAIN" },
    { AuthMethod::Login, "login", "LOGIN" },
    { AuthMethod::CramMd5, "cram-md5", "CRAM-MD5" },
    { AuthMethod::ScramSha1, "scram-sha-1", "SCRAM-SHA-1" },
    { AuthMethod::ScramSha256, "scram-sha-256", "SCRAM-SHA-256" },
    { AuthMethod::XOAuth2, "xoauth2", "XOAUTH2" },
    { AuthMethod::OAuthBearer, "oauthbearer", "OAUTHBEARER" },
};

// Strongest first. SCRAM never shows the server the password and makes the
// server prove it knows it (RFC 5802 §5.1), which TLS alone does not give
// against a mis-issued certificate or a compromised server; that is worth
// its two round trips more than PLAIN (client-final, then the server-final
// the client must verify before anything else may follow). PLAIN beats
// LOGIN only by one round trip; CRAM-MD5 comes last because it needs the
// server to store the password in a reusable form and rests on MD5.
constexpr AuthMethod kAutomaticPreference[] = {
    AuthMethod::ScramSha256,
    AuthMethod::ScramSha1,
    AuthMethod::Plain,
    AuthMethod::Login,
    AuthMethod::CramMd5,
};

const MethodNames &namesOf(AuthMethod method)
{
    for (const MethodNames &names : kMethods) {
        if (names.method == method)
            return names;
    }
    Q_UNREACHABLE();
}
} // namespace

std::optional<AuthMethod> parseAuthMethod(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const MethodNames &names : kMethods) {
        if (wanted.compare(QLatin1String(names.id), Qt::CaseInsensitive) == 0)
            return names.method;
    }
    return std::nullopt;
}

QByteArray mechanismName(AuthMethod method)
{
    return QByteArray(namesOf(method).name);
}

QString methodId(AuthMethod method)
{
    return QLatin1String(namesOf(method).id);
}

AuthMethod chooseAutomatically(const QSet<QByteArray> &offered)
{
    // SASL names are case-insensitive (RFC 4422 §3.1); accept any spelling.
    QSet<QByteArray> upper;
    for (const QByteArray &name : offered)
        upper.insert(name.toUpper());
    for (AuthMethod method : kAutomaticPreference) {
        if (upper.contains(mechanismName(method)))
            return method;
    }
    return AuthMethod::None;
}

std::unique_ptr<SaslMechanism> createMechanism(
    AuthMethod method, const Credentials &credentials, const QString &host, quint16 port)
{
    switch (method) {
    case AuthMethod::Plain:
        return std::make_unique<PlainMechanism>(credentials);
    case AuthMethod::Login:
        return std::make_unique<LoginMechanism>(credentials);
    case AuthMethod::CramMd5:
        return std::make_unique<CramMd5Mechanism>(credentials);
    case AuthMethod::ScramSha1:
        return std::make_unique<ScramMechanism>(QCryptographicHash::Sha1, credentials);
    case AuthMethod::ScramSha256:
        return std::make_unique<ScramMechanism>(QCryptographicHash::Sha256, credentials);
    case AuthMethod::XOAuth2:
        return std::make_unique<XOAuth2Mechanism>(credentials);
    case AuthMethod::OAuthBearer:
        return std::make_unique<OAuthBearerMechanism>(credentials, host, port);
    case AuthMethod::None:
    case AuthMethod::Auto:
        break;
    }
    // None means no AUTH at all and Auto must be resolved with
    // chooseAutomatically() first; neither is a mechanism.
    return nullptr;
}

} // namespace stamp::sasl
