// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthClient.h"
#include "providers/ProviderPreset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace stamp {
class ProviderCatalog;
}

namespace stamp::oauth {

// An app registration at a provider: the client ID (and, for some
// providers' desktop clients, the client secret) the provider knows this
// app by (RFC 6749 §2). Not a user secret: an installed app cannot keep one
// (RFC 8252 §8.5); still, neither part goes to a log.
struct AppRegistration
{
    QString clientId;
    QString clientSecret;
};

// Where OAuth client IDs and endpoint overrides come from, most specific
// first:
// 1. the app registration the person entered for the provider (the wizard's
//    or the account settings' sign-in step), kept in QSettings under
//    oauthClients/<issuer>: clientId and clientSecret only;
// 2. the settings file, oauth-clients.json in the application config folder
//    (or the file named by STAMP_OAUTH_CLIENTS_FILE): one object per provider,
//    keyed by its issuer ("accounts.google.com") or its short name ("google"),
//    with any of clientId, clientSecret, authUrl, tokenUrl, scope;
// 3. the client IDs compiled in from the STAMP_OAUTH_<PROVIDER>_CLIENT_ID
//    CMake cache variables;
// 4. the endpoints and scopes of the provider preset (<oAuth2>).
// No client ID is part of the source code.
class OAuthClientConfig
{
    Q_DECLARE_TR_FUNCTIONS(OAuthClientConfig)

public:
    // Reads the settings file at once; `settingsPath` empty: the default.
    explicit OAuthClientConfig(const QString &settingsPath = {});

    static QString defaultSettingsPath();
    QString settingsPath() const { return m_path; }
    // Why the settings file could not be used; empty when it was fine or absent.
    QString error() const { return m_error; }

    // The client for a preset's provider. nullopt with `problem` in words
    // when the preset has no sign-in, or when no client ID is configured
    // (naming the setting and the CMake variable, and the app-password route
    // when the provider's servers also take passwords).
    std::optional<OAuthClient> clientFor(const ProviderPreset &preset, QString *problem) const;
    // The same for an account that knows its issuer (and maybe its preset):
    // the preset with `presetId` if it has that issuer, else the first preset
    // that does, else the settings file alone (which must then name the endpoints).
    std::optional<OAuthClient> clientForIssuer(const QString &issuer, const ProviderCatalog &catalog,
        const QString &presetId, QString *problem) const;

    // "STAMP_OAUTH_GOOGLE_CLIENT_ID" for "accounts.google.com"; empty for an issuer without one.
    static QString cmakeVariable(const QString &issuer);

    // The registration the person entered for `issuer`; empty when none.
    static AppRegistration personalRegistration(const QString &issuer);
    // Keeps it in the application's settings (an empty client ID forgets it).
    static void setPersonalRegistration(const QString &issuer, const AppRegistration &registration);
    // Whether the provider refuses installed apps without a client secret
    // (Google's desktop clients).
    static bool requiresClientSecret(const QString &issuer);
    // True when no source has a client ID for `issuer` (or lacks the secret
    // the provider requires with it): the one gap a person can fill by
    // entering an app registration.
    bool lacksRegistration(const QString &issuer) const;

private:
    std::optional<OAuthClient> resolve(const QString &issuer, const OAuthSettings &preset,
        const QString &providerName, bool passwordRouteAvailable, QString *problem) const;
    QJsonObject entryFor(const QString &issuer) const;
    // The client ID and secret from the first source that has one.
    AppRegistration registrationFor(const QString &issuer, QString *source = nullptr) const;

    QString m_path;
    QString m_error;
    QJsonObject m_settings;
};

} // namespace stamp::oauth
