// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MsmtpExport.h"

#include "SecretStore.h"

#include <QRegularExpression>
#include <QStringList>

namespace stamp {

namespace {
// msmtp strips one pair of double quotes around an argument and reads the
// inside as it is (it knows no escapes): quote what has blanks, is empty or
// could lose quotes of its own.
QString quoted(const QString &value)
{
    static const QRegularExpression blank(QStringLiteral("\\s"));
    if (!value.isEmpty() && !value.contains(blank) && !value.startsWith(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString line(const char *command, const QString &value)
{
    return QLatin1String(command) + QLatin1Char(' ') + quoted(value) + QLatin1Char('\n');
}

// msmtp's spelling of the fingerprint: upper-case pairs with colons.
QString colonPairs(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString msmtpAuth(sasl::AuthMethod method)
{
    switch (method) {
    case sasl::AuthMethod::None:
        return QStringLiteral("off");
    case sasl::AuthMethod::Auto:
        return QStringLiteral("on");
    default:
        return sasl::methodId(method); // plain, login, cram-md5, scram-sha-1, scram-sha-256: msmtp's names too
    }
}
} // namespace

QString MsmtpExport::passwordCommand(const Account &account, const QString &keychainService)
{
    return QStringLiteral("secret-tool lookup server %1 user %2")
        .arg(keychainService, SecretStore::keyFor(account.id, SecretStore::Kind::Password));
}

QString MsmtpExport::accountBlock(const Account &account, const QString &keychainService, QString *error)
{
    if (account.signsInWithOAuth()) {
        // msmtp can send an OAuth access token (passwordeval printing it),
        // but the keychain holds only the refresh token, and turning it into
        // an access token needs the provider's token endpoint and Stamp's app
        // registration every hour or so; msmtp has neither.
        *error = tr("The account \"%1\" signs in with %2 instead of a password. msmtp could only use a short-lived "
                    "access token that something renews for it, and Stamp keeps only the sign-in itself, so no "
                    "working msmtp configuration can be written. Use an app password with msmtp, where the "
                    "provider offers one.")
                     .arg(account.name, account.oauthIssuer);
        return {};
    }
    QString text;
    text += QStringLiteral("# Exported from Stamp, account \"%1\".\n").arg(account.name);
    if (account.authMethod != sasl::AuthMethod::None)
        text += QStringLiteral("# The password stays in the keychain: msmtp asks for it with secret-tool.\n");
    text += line("account", account.name);
    text += line("host", account.host);
    text += line("port", QString::number(account.serverSettings().effectivePort()));
    text += line("tls", account.security == SecurityMode::None ? QStringLiteral("off") : QStringLiteral("on"));
    if (account.security != SecurityMode::None)
        text += line("tls_starttls",
            account.security == SecurityMode::StartTls ? QStringLiteral("on") : QStringLiteral("off"));
    if (!account.pinnedSha256.isEmpty()) {
        // msmtp then trusts exactly this certificate, as Stamp does.
        text += line("tls_fingerprint", colonPairs(account.pinnedSha256));
    } else if (!account.caFile.isEmpty()) {
        text += QStringLiteral("# Stamp trusts these CAs besides the system's; msmtp trusts only them.\n");
        text += line("tls_trust_file", account.caFile);
    }
    text += line("auth", msmtpAuth(account.authMethod));
    if (account.authMethod != sasl::AuthMethod::None) {
        text += line("user", account.username);
        text += line("passwordeval", passwordCommand(account, keychainService));
    }
    text += line("from", account.email);
    if (!account.heloName.isEmpty())
        text += line("domain", account.heloName);
    if (account.timeoutSeconds > 0)
        text += line("timeout", QString::number(account.timeoutSeconds));
    return text;
}

} // namespace stamp
