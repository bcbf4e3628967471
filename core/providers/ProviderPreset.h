// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stamp {

// One outgoingServer of an autoconfig file.
struct ServerPreset
{
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    // %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% or a literal ("apikey").
    QString usernameTemplate;
    // As in the file: "password-cleartext", "OAuth2", ... (first usable wins).
    QStringList authentication;

    // A password (or app password, API key) can log in here.
    bool acceptsPassword() const;
    QString usernameFor(const QString &email) const;
};

// A published daily sending limit, for a "near your daily limit" warning.
struct SendingLimit
{
    int perDay = 0;
    int recipientsPerMessage = 0; // 0: not published
    QString account; // which kind of account it applies to ("free", "workspace"); empty: all
    QString source;
};

// The autoconfig <oAuth2> element: where a person signs in and what access
// Stamp asks for (RFC 6749 §3.1 authorization endpoint, §3.2 token endpoint).
// Endpoints only; the client ID an app registered with the provider is
// configuration (oauth/OAuthClientConfig), never part of a preset.
struct OAuthSettings
{
    QString issuer; // names the provider's sign-in service ("accounts.google.com")
    QStringList scopes;
    QUrl authUrl;
    QUrl tokenUrl;
    // Stamp's addition (stamp:oauthMechanism): which SASL mechanism carries
    // the token to this provider's server. XOAUTH2 unless the file says otherwise.
    sasl::AuthMethod mechanism = sasl::AuthMethod::XOAuth2;

    bool isValid() const { return !issuer.isEmpty() && authUrl.isValid() && tokenUrl.isValid(); }
    bool operator==(const OAuthSettings &other) const;
};

// A DKIM selector the provider documents (stamp:dkimSelector): the key sits
// at <name>._domainkey.<domain> (RFC 6376 §3.6.2.1), published either as
// the key itself (TXT, from the provider's panel) or as a CNAME to a key the
// provider keeps and rotates.
struct DkimSelectorHint
{
    enum class Form { Txt, Cname };
    QString name;
    Form form = Form::Txt;
    // CNAME target pattern: {selector}, {domain}, {domain-dashes}
    // ("example.com" -> "example-com"). Empty when the form is TXT.
    // CNAME target pattern: {selector}, {domain}, {domain-dashes}
    // ("example.com" -> "example-com"). Empty for TXT, and for a CNAME whose
    // target only the provider's panel shows.
    QString target;

    QString recordName(const QString &domain) const;
    QString targetFor(const QString &domain) const;
};

// What Stamp knows about one provider: read from a Thunderbird autoconfig
// file (config-v1.1.xml) plus the elements in Stamp's own namespace.
struct ProviderPreset
{
    QString id;
    QString displayName;
    QString shortName;
    QStringList domains; // lower-case, ASCII (A-labels)
    QStringList mxDomains; // MX host suffixes that identify the provider (stamp:mxDomain)
    QList<ServerPreset> servers; // preferred first
    // Its IMAP servers (<incomingServer type="imap">), preferred first: where
    // the copy of each sent message goes (RFC 9051 APPEND). Empty for
    // sending-only services.
    QList<ServerPreset> imapServers;
    // The provider files a copy of what its submission server accepts in the
    // Sent folder itself (stamp:sentCopy filedByServer="true"), so Stamp's
    // own copy would be a second one. Gmail does so.
    bool serverFilesSentCopy = false;
    QString appPasswordText;
    QString appPasswordUrl;
    bool appPasswordRequired = false;
    QString enableUrl; // <enable visiturl=...>: something must be switched on first
    QString note;
    QList<SendingLimit> limits;
    OAuthSettings oauth; // empty when the provider offers no OAuth sign-in
    // For the domain check: the host a customer's SPF record includes
    // (stamp:spfInclude), the DKIM selectors it documents, and its page
    // about publishing them (stamp:deliverabilityHelp).
    QStringList spfIncludes;
    QList<DkimSelectorHint> dkimSelectors;
    QString deliverabilityHelpUrl;
    // The provider's "send mail as" marks a message sent as another verified
    // address itself (stamp:sendAs sender="provider"): Stamp writes no
    // Sender field (RFC 5322 §3.6.2) for it. Gmail does so.
    bool providerMarksSender = false;
    QString sourceName; // file it came from, for messages

    // True when no server accepts a password (OAuth2 only).
    bool oauthOnly() const;
    // True when Stamp can sign in with OAuth here: the file has a complete
    // <oAuth2> element and a server lists the OAuth2 authentication.
    bool supportsOAuth() const;
    bool matchesDomain(const QString &domain) const;
};

} // namespace stamp
