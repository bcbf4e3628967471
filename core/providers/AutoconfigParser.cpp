// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AutoconfigParser.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace stamp {

namespace {
// A domain as the catalogue keys it: lower-case A-labels (RFC 5890), so
// "bücher.example" in a file and "xn--bcher-kva.example" typed by a person meet.
QString normalisedDomain(const QString &text)
{
    const QByteArray ace = QUrl::toAce(text.trimmed().toLower());
    return ace.isEmpty() ? text.trimmed().toLower() : QString::fromLatin1(ace);
}

std::optional<SecurityMode> securityFromSocketType(const QString &type)
{
    if (type.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        return SecurityMode::ImplicitTls;
    if (type.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        return SecurityMode::StartTls;
    if (type.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        return SecurityMode::None;
    return std::nullopt;
}
} // namespace

QString AutoconfigParser::stampNamespace()
{
    return QStringLiteral("https://stamp.invalid/ns/provider/1");
}

std::optional<ProviderPreset> AutoconfigParser::parse(
    const QByteArray &xml, const QString &sourceName, QString *error)
{
    QXmlStreamReader reader(xml);
    ProviderPreset preset;
    preset.sourceName = sourceName;
    QString problem;
    qint64 problemLine = 0;
    auto complain = [&](const QString &text) {
        if (problem.isEmpty()) {
            problem = text;
            problemLine = reader.lineNumber();
        }
    };
    const QString ours = stampNamespace();

    auto readServer = [&]() {
        ServerPreset server;
        QString socketType;
        QString port;
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("hostname"))
                server.host = reader.readElementText().trimmed();
            else if (name == QLatin1String("port"))
                port = reader.readElementText().trimmed();
            else if (name == QLatin1String("socketType"))
                socketType = reader.readElementText().trimmed();
            else if (name == QLatin1String("username"))
                server.usernameTemplate = reader.readElementText().trimmed();
            else if (name == QLatin1String("authentication"))
                server.authentication << reader.readElementText().trimmed();
            else
                reader.skipCurrentElement();
        }
        bool ok = false;
        const uint number = port.toUInt(&ok);
        const std::optional<SecurityMode> security = securityFromSocketType(socketType);
        if (server.host.isEmpty())
            complain(tr("an outgoingServer has no hostname"));
        else if (!ok || number == 0 || number > 65535)
            complain(tr("outgoingServer %1 has no valid port").arg(server.host));
        else if (!security)
            complain(tr("outgoingServer %1 has an unknown socketType \"%2\"").arg(server.host, socketType));
        else {
            server.port = static_cast<quint16>(number);
            server.security = *security;
            preset.servers << server;
        }
    };

    // <oAuth2> may sit at the top level of clientConfig (Thunderbird's
    // ISPDB) or inside emailProvider (some autoconfig servers); both count.
    auto readOAuth = [&]() {
        OAuthSettings oauth;
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("issuer"))
                oauth.issuer = reader.readElementText().trimmed();
            else if (name == QLatin1String("scope"))
                oauth.scopes = reader.readElementText().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            else if (name == QLatin1String("authURL"))
                oauth.authUrl = QUrl(reader.readElementText().trimmed(), QUrl::StrictMode);
            else if (name == QLatin1String("tokenURL"))
                oauth.tokenUrl = QUrl(reader.readElementText().trimmed(), QUrl::StrictMode);
            else
                reader.skipCurrentElement();
        }
        // Sign-in is optional: an incomplete element leaves the provider
        // usable with passwords rather than rejecting the whole file.
        if (!oauth.isValid() || oauth.authUrl.isRelative() || oauth.tokenUrl.isRelative())
            return;
        oauth.mechanism = preset.oauth.mechanism; // may have been read already
        preset.oauth = oauth;
    };

    auto readProvider = [&]() {
        preset.id = reader.attributes().value(QLatin1String("id")).toString();
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            const bool isOurs = reader.namespaceUri() == ours;
            if (isOurs && name == QLatin1String("mxDomain")) {
                preset.mxDomains << normalisedDomain(reader.readElementText());
            } else if (isOurs && name == QLatin1String("appPassword")) {
                preset.appPasswordUrl = reader.attributes().value(QLatin1String("url")).toString();
                preset.appPasswordRequired
                    = reader.attributes().value(QLatin1String("required")) == QLatin1String("true");
                preset.appPasswordText = reader.readElementText().simplified();
            } else if (isOurs && name == QLatin1String("note")) {
                preset.note = reader.readElementText().simplified();
            } else if (isOurs && name == QLatin1String("sendingLimit")) {
                SendingLimit limit;
                limit.perDay = reader.attributes().value(QLatin1String("perDay")).toInt();
                limit.recipientsPerMessage
                    = reader.attributes().value(QLatin1String("recipientsPerMessage")).toInt();
                limit.account = reader.attributes().value(QLatin1String("account")).toString();
                limit.source = reader.attributes().value(QLatin1String("source")).toString();
                preset.limits << limit;
                reader.skipCurrentElement();
            } else if (isOurs && name == QLatin1String("oauthMechanism")) {
                const QString text = reader.readElementText().trimmed();
                const std::optional<sasl::AuthMethod> method = sasl::parseAuthMethod(text);
                if (method == sasl::AuthMethod::XOAuth2 || method == sasl::AuthMethod::OAuthBearer)
                    preset.oauth.mechanism = *method;
                else
                    complain(tr("stamp:oauthMechanism must be xoauth2 or oauthbearer, not \"%1\"").arg(text));
            } else if (isOurs) {
                reader.skipCurrentElement(); // a later version's addition
            } else if (name == QLatin1String("domain")) {
                preset.domains << normalisedDomain(reader.readElementText());
            } else if (name == QLatin1String("displayName")) {
                preset.displayName = reader.readElementText().simplified();
            } else if (name == QLatin1String("displayShortName")) {
                preset.shortName = reader.readElementText().simplified();
            } else if (name == QLatin1String("outgoingServer")) {
                if (reader.attributes().value(QLatin1String("type")) == QLatin1String("smtp"))
                    readServer();
                else
                    reader.skipCurrentElement();
            } else if (name == QLatin1String("oAuth2")) {
                readOAuth();
            } else if (name == QLatin1String("enable")) {
                preset.enableUrl = reader.attributes().value(QLatin1String("visiturl")).toString();
                reader.skipCurrentElement();
            } else {
                reader.skipCurrentElement(); // incomingServer, documentation, ...
            }
        }
    };

    if (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("clientConfig")) {
            complain(tr("the root element is <%1>, not <clientConfig>").arg(reader.name().toString()));
        } else {
            bool sawProvider = false;
            while (reader.readNextStartElement()) {
                // One provider per file; Thunderbird reads the first too.
                if (reader.name() == QLatin1String("emailProvider") && !sawProvider) {
                    sawProvider = true;
                    readProvider();
                } else if (reader.name() == QLatin1String("oAuth2")) {
                    readOAuth();
                } else {
                    reader.skipCurrentElement();
                }
            }
            if (!sawProvider)
                complain(tr("no <emailProvider> element"));
        }
    }
    if (reader.hasError()) {
        problem = reader.errorString();
        problemLine = reader.lineNumber();
    } else if (problem.isEmpty() && preset.servers.isEmpty()) {
        complain(tr("no usable <outgoingServer type=\"smtp\">"));
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(sourceName).arg(problemLine).arg(problem);
        return std::nullopt;
    }
    if (preset.id.isEmpty())
        preset.id = preset.domains.value(0, sourceName);
    if (preset.displayName.isEmpty())
        preset.displayName = preset.id;
    if (preset.shortName.isEmpty())
        preset.shortName = preset.displayName;
    return preset;
}

} // namespace stamp
