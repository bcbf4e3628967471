// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerCandidate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerCandidate)
};
} // namespace

QString ServerCandidate::sourceId(Source source)
{
    switch (source) {
    case Source::Catalogue:
        return QStringLiteral("catalogue");
    case Source::Autoconfig:
        return QStringLiteral("autoconfig");
    case Source::WellKnown:
        return QStringLiteral("well-known");
    case Source::Mx:
        return QStringLiteral("mx");
    case Source::Srv:
        return QStringLiteral("srv");
    case Source::Probe:
        return QStringLiteral("probe");
    }
    return {};
}

QString ServerCandidate::sourceDescription() const
{
    switch (source) {
    case Source::Catalogue:
        return Text::tr("the %1 preset").arg(providerName);
    case Source::Autoconfig:
    case Source::WellKnown:
        return Text::tr("the domain's autoconfig file (%1)").arg(detail);
    case Source::Mx:
        return Text::tr("the domain's MX record (%1, the %2 preset)").arg(detail, providerName);
    case Source::Srv:
        return Text::tr("the domain's SRV record %1 (check it before you log in: DNS answers can be forged)")
            .arg(detail);
    case Source::Probe:
        return Text::tr("probing %1 (%2)").arg(host, detail);
    }
    return {};
}

QJsonObject ServerCandidate::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("host")] = host;
    o[QStringLiteral("port")] = port;
    o[QStringLiteral("security")] = securityModeId(security);
    o[QStringLiteral("username")] = username;
    o[QStringLiteral("authentication")] = QJsonArray::fromStringList(authentication);
    o[QStringLiteral("source")] = sourceId(source);
    o[QStringLiteral("detail")] = detail;
    if (!providerId.isEmpty()) {
        o[QStringLiteral("provider")] = providerId;
        o[QStringLiteral("providerName")] = providerName;
    }
    if (!note.isEmpty())
        o[QStringLiteral("note")] = note;
    o[QStringLiteral("score")] = score;
    return o;
}

QJsonObject AutodetectResult::toJson() const
{
    QJsonArray list;
    for (const ServerCandidate &candidate : candidates)
        list.append(candidate.toJson());
    QJsonArray stepList;
    for (const DiscoveryStep &step : steps) {
        QJsonObject s;
        s[QStringLiteral("step")] = step.name;
        s[QStringLiteral("found")] = step.found;
        s[QStringLiteral("outcome")] = step.outcome;
        s[QStringLiteral("ms")] = step.elapsedMs;
        stepList.append(s);
    }
    QJsonObject o;
    o[QStringLiteral("address")] = address;
    o[QStringLiteral("domain")] = domain;
    o[QStringLiteral("candidates")] = list;
    o[QStringLiteral("steps")] = stepList;
    o[QStringLiteral("cancelled")] = cancelled;
    o[QStringLiteral("ms")] = elapsedMs;
    return o;
}

} // namespace stamp
