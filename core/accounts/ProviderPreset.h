#pragma once

#include "smtp/SessionTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    QString appPasswordText;
    QString appPasswordUrl;
    bool appPasswordRequired = false;
    QString enableUrl; // <enable visiturl=...>: something must be switched on first
    QString note;
    QList<SendingLimit> limits;
    QString sourceName; // file it came from, for messages

    // True when no server accepts a password (OAuth2 only).
    bool oauthOnly() const;
    bool matchesDomain(const QString &domain) const;
};

} // namespace stamp
