// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthClientConfig.h"

#include "OAuthBuiltinClients.h"
#include "OAuthLogging.h"
#include "providers/ProviderCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace stamp::oauth {

namespace {
const builtin::Client *builtinFor(const QString &issuer)
{
    for (const builtin::Client &client : builtin::kClients) {
        if (issuer == QLatin1String(client.issuer))
            return &client;
    }
    return nullptr;
}

// One QSettings group per issuer; percent-encoded so an issuer that is a URL
// cannot open nested groups.
QString settingsGroup(const QString &issuer)
{
    return QStringLiteral("oauthClients/")
        + QString::fromLatin1(QUrl::toPercentEncoding(issuer, QByteArrayLiteral(".-_")));
}
} // namespace

OAuthClientConfig::OAuthClientConfig(const QString &settingsPath)
    : m_path(settingsPath.isEmpty() ? defaultSettingsPath() : settingsPath)
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: %2").arg(m_path, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_error = tr("%1 is not a JSON object (%2 at offset %3).")
                      .arg(m_path, parseError.errorString())
                      .arg(parseError.offset);
        return;
    }
    m_settings = document.object();
}

QString OAuthClientConfig::defaultSettingsPath()
{
    const QString fromEnvironment = qEnvironmentVariable("STAMP_OAUTH_CLIENTS_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/oauth-clients.json");
}

QString OAuthClientConfig::cmakeVariable(const QString &issuer)
{
    const builtin::Client *client = builtinFor(issuer);
    if (!client)
        return {};
    return QStringLiteral("STAMP_OAUTH_%1_CLIENT_ID").arg(QLatin1String(client->variable));
}

AppRegistration OAuthClientConfig::personalRegistration(const QString &issuer)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(issuer));
    return { settings.value(QStringLiteral("clientId")).toString().trimmed(),
        settings.value(QStringLiteral("clientSecret")).toString().trimmed() };
}

void OAuthClientConfig::setPersonalRegistration(const QString &issuer, const AppRegistration &registration)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(issuer));
    if (registration.clientId.trimmed().isEmpty()) {
        settings.remove(QString());
        return;
    }
    settings.setValue(QStringLiteral("clientId"), registration.clientId.trimmed());
    if (registration.clientSecret.trimmed().isEmpty())
        settings.remove(QStringLiteral("clientSecret"));
    else
        settings.setValue(QStringLiteral("clientSecret"), registration.clientSecret.trimmed());
}

bool OAuthClientConfig::requiresClientSecret(const QString &issuer)
{
    const builtin::Client *client = builtinFor(issuer);
    return client && client->secretRequired;
}

AppRegistration OAuthClientConfig::registrationFor(const QString &issuer, QString *source) const
{
    // The person's own entry first: it is the most deliberate choice, made
    // for this very provider on this computer.
    if (AppRegistration mine = personalRegistration(issuer); !mine.clientId.isEmpty()) {
        if (source)
            *source = QStringLiteral("the person's app registration");
        return mine;
    }
    const QJsonObject entry = entryFor(issuer);
    if (entry.contains(QStringLiteral("clientId"))) {
        if (source)
            *source = m_path;
        return { entry.value(QStringLiteral("clientId")).toString(),
            entry.value(QStringLiteral("clientSecret")).toString() };
    }
    if (const builtin::Client *built = builtinFor(issuer)) {
        if (source)
            *source = QStringLiteral("the built-in client");
        return { QString::fromUtf8(built->clientId), QString::fromUtf8(built->clientSecret) };
    }
    return {};
}

bool OAuthClientConfig::lacksRegistration(const QString &issuer) const
{
    const AppRegistration registration = registrationFor(issuer);
    return registration.clientId.isEmpty()
        || (requiresClientSecret(issuer) && registration.clientSecret.isEmpty());
}

QJsonObject OAuthClientConfig::entryFor(const QString &issuer) const
{
    if (m_settings.contains(issuer))
        return m_settings.value(issuer).toObject();
    if (const builtin::Client *client = builtinFor(issuer))
        return m_settings.value(QString::fromLatin1(client->variable).toLower()).toObject();
    return {};
}

std::optional<OAuthClient> OAuthClientConfig::clientFor(const ProviderPreset &preset, QString *problem) const
{
    if (!preset.oauth.isValid()) {
        if (problem)
            *problem = tr("%1 offers no OAuth sign-in that Stamp knows of.").arg(preset.displayName);
        return std::nullopt;
    }
    bool passwords = false;
    for (const ServerPreset &server : preset.servers)
        passwords = passwords || server.acceptsPassword();
    return resolve(preset.oauth.issuer, preset.oauth, preset.displayName, passwords, problem);
}

std::optional<OAuthClient> OAuthClientConfig::clientForIssuer(
    const QString &issuer, const ProviderCatalog &catalog, const QString &presetId, QString *problem) const
{
    if (const std::optional<ProviderPreset> preset = catalog.byId(presetId);
        preset && preset->oauth.issuer == issuer)
        return clientFor(*preset, problem);
    for (const ProviderPreset &preset : catalog.presets()) {
        if (preset.oauth.issuer == issuer)
            return clientFor(preset, problem);
    }
    return resolve(issuer, OAuthSettings {}, issuer, false, problem);
}

std::optional<OAuthClient> OAuthClientConfig::resolve(const QString &issuer, const OAuthSettings &preset,
    const QString &providerName, bool passwordRouteAvailable, QString *problem) const
{
    auto refuse = [&](const QString &text) -> std::optional<OAuthClient> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (!m_error.isEmpty())
        return refuse(tr("The OAuth client settings cannot be read: %1").arg(m_error));

    OAuthClient client;
    client.issuer = issuer;
    client.providerName = providerName;
    client.authUrl = preset.authUrl;
    client.tokenUrl = preset.tokenUrl;
    client.scopes = preset.scopes;
    client.mechanism = preset.mechanism;
    const builtin::Client *built = builtinFor(issuer);
    QString source;
    const AppRegistration registration = registrationFor(issuer, &source);
    client.clientId = registration.clientId;
    client.clientSecret = registration.clientSecret;
    const QJsonObject entry = entryFor(issuer);
    if (entry.contains(QStringLiteral("authUrl")))
        client.authUrl = QUrl(entry.value(QStringLiteral("authUrl")).toString(), QUrl::StrictMode);
    if (entry.contains(QStringLiteral("tokenUrl")))
        client.tokenUrl = QUrl(entry.value(QStringLiteral("tokenUrl")).toString(), QUrl::StrictMode);
    if (entry.contains(QStringLiteral("scope")))
        client.scopes
            = entry.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);

    if (client.clientId.isEmpty()) {
        QString text = tr("Stamp has no OAuth client ID for %1 (issuer %2), so it cannot sign in there.")
                           .arg(providerName, issuer);
        if (built) {
            text += QLatin1Char(' ')
                + tr("A packager sets one when building Stamp with the CMake variable %1%2; anyone can set "
                     "one "
                     "in %3 as {\"%4\": {\"clientId\": \"...\"%5}}.")
                      .arg(cmakeVariable(issuer),
                          built->secretRequired ? tr(" (and %1, which this provider requires)")
                                                      .arg(QStringLiteral("STAMP_OAUTH_%1_CLIENT_SECRET")
                                                               .arg(QLatin1String(built->variable)))
                                                : QString(),
                          m_path, issuer,
                          built->secretRequired ? QStringLiteral(", \"clientSecret\": \"...\"") : QString());
        } else {
            text += QLatin1Char(' ')
                + tr("Set one in %1 as {\"%2\": {\"clientId\": \"...\"}}.").arg(m_path, issuer);
        }
        if (passwordRouteAvailable)
            text += QLatin1Char(' ')
                + tr("%1 also accepts an app password: use that instead of signing in.").arg(providerName);
        return refuse(text);
    }
    if (built && built->secretRequired && client.clientSecret.isEmpty())
        return refuse(
            tr("%1 requires a client secret with its client ID; set STAMP_OAUTH_%2_CLIENT_SECRET when "
               "building, or \"clientSecret\" for \"%3\" in %4.")
                .arg(providerName, QLatin1String(built->variable), issuer, m_path));
    if (client.authUrl.isEmpty() || client.tokenUrl.isEmpty())
        return refuse(
            tr("No sign-in endpoints are known for %1: set \"authUrl\" and \"tokenUrl\" for \"%1\" in %2.")
                .arg(issuer, m_path));
    for (const QUrl &url : { client.authUrl, client.tokenUrl }) {
        if (!OAuthClient::isAcceptableEndpoint(url))
            return refuse(
                tr("The sign-in endpoint %1 is not usable: it must be an https address (plain http only "
                   "on this computer).")
                    .arg(url.toString()));
    }
    // Where from, never the ID or the secret themselves.
    qCDebug(lcOAuth) << "OAuth client for" << issuer << "from" << source;
    return client;
}

} // namespace stamp::oauth
