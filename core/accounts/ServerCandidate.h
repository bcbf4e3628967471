// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/SessionTypes.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace stamp {

// One way to reach a submission server that discovery found, with where it
// came from. Nothing is ever sent with credentials to a candidate until the
// person has confirmed it.
struct ServerCandidate
{
    enum class Source {
        Catalogue, // a preset matched the address's domain
        Autoconfig, // https://autoconfig.<domain>/mail/config-v1.1.xml
        WellKnown, // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
        Mx, // the domain's MX host belongs to a preset's provider
        Srv, // RFC 6186 _submissions._tcp / _submission._tcp
        Probe, // an EHLO (no credentials) to smtp.<domain> / mail.<domain>
    };

    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    QString username; // expanded for the address
    QStringList authentication; // autoconfig methods, or the mechanisms a probe saw
    QString providerId;
    QString providerName;
    Source source = Source::Probe;
    QString detail; // the URL, MX host, SRV name or probe outcome
    QString note; // a caution for the person ("no encryption offered", "certificate not trusted")
    int score = 0; // higher is better; the list is sorted by it

    static QString sourceId(Source source); // "catalogue", "autoconfig", ...
    QString sourceDescription() const; // for a person: "the Gmail preset", "MX record (...)"
    QJsonObject toJson() const;
};

// What one discovery step did, for the person and for tests.
struct DiscoveryStep
{
    QString name; // "catalogue", "autoconfig", "well-known", "mx", "srv", "probe smtp.x:465"
    bool found = false;
    QString outcome; // "2 servers", "timed out", "HTTP 404", ...
    qint64 elapsedMs = 0;
};

struct AutodetectResult
{
    QString address;
    QString domain;
    QList<ServerCandidate> candidates; // best first
    QList<DiscoveryStep> steps;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

} // namespace stamp

Q_DECLARE_METATYPE(stamp::AutodetectResult)
