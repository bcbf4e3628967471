// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProviderPreset.h"

namespace stamp {

bool ServerPreset::acceptsPassword() const
{
    if (authentication.isEmpty())
        return true; // the format's default is password-cleartext
    for (const QString &method : authentication) {
        if (method == QLatin1String("password-cleartext") || method == QLatin1String("password-encrypted")
            || method == QLatin1String("plain"))
            return true;
    }
    return false;
}

QString ServerPreset::usernameFor(const QString &email) const
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString local = at >= 0 ? email.left(at) : email;
    const QString domain = at >= 0 ? email.mid(at + 1) : QString();
    QString name = usernameTemplate.isEmpty() ? QStringLiteral("%EMAILADDRESS%") : usernameTemplate;
    name.replace(QLatin1String("%EMAILADDRESS%"), email);
    name.replace(QLatin1String("%EMAILLOCALPART%"), local);
    name.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return name;
}

bool ProviderPreset::oauthOnly() const
{
    for (const ServerPreset &server : servers) {
        if (server.acceptsPassword())
            return false;
    }
    return !servers.isEmpty();
}

bool ProviderPreset::supportsOAuth() const
{
    if (!oauth.isValid())
        return false;
    for (const ServerPreset &server : servers) {
        if (server.authentication.contains(QLatin1String("OAuth2")))
            return true;
    }
    return false;
}

bool OAuthSettings::operator==(const OAuthSettings &other) const
{
    return issuer == other.issuer && scopes == other.scopes && authUrl == other.authUrl
        && tokenUrl == other.tokenUrl && mechanism == other.mechanism;
}

bool ProviderPreset::matchesDomain(const QString &domain) const
{
    return domains.contains(domain.toLower());
}

QString DkimSelectorHint::recordName(const QString &domain) const
{
    return name + QLatin1String("._domainkey.") + domain;
}

QString DkimSelectorHint::targetFor(const QString &domain) const
{
    QString dashes = domain;
    dashes.replace(QLatin1Char('.'), QLatin1Char('-'));
    QString result = target;
    result.replace(QLatin1String("{selector}"), name);
    result.replace(QLatin1String("{domain-dashes}"), dashes);
    result.replace(QLatin1String("{domain}"), domain);
    return result;
}

} // namespace stamp
