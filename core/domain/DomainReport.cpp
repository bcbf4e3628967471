// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DomainReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stamp::domain {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DomainFinding)
};
} // namespace

QString SuggestedRecord::zoneLine() const
{
    QString data = value;
    if (type == QLatin1String("TXT")) {
        // Each character-string holds at most 255 bytes; cut between
        // characters so no UTF-8 sequence is split.
        QStringList pieces;
        QString piece;
        for (const QChar c : value) {
            const QString next = piece + c;
            if (next.toUtf8().size() > 255) {
                pieces << piece;
                piece = c;
            } else {
                piece = next;
            }
        }
        pieces << piece;
        for (QString &p : pieces) {
            p.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            p.replace(QLatin1Char('"'), QLatin1String("\\\""));
            p = QLatin1Char('"') + p + QLatin1Char('"');
        }
        data = pieces.join(QLatin1Char(' '));
    } else if (!data.endsWith(QLatin1Char('.'))) {
        data += QLatin1Char('.');
    }
    return QStringLiteral("%1. 3600 IN %2 %3").arg(name, type, data);
}

QString DomainFinding::statusId(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Info:
        break;
    }
    return QStringLiteral("info");
}

QString DomainFinding::checkName(const QString &id)
{
    // The protocol names stay (they are what DNS consoles and guides call
    // the records); MX and TLS-RPT say what they are about too.
    if (id == QLatin1String("mx"))
        return Text::tr("Mail servers (MX)");
    if (id == QLatin1String("spf"))
        return Text::tr("SPF");
    if (id == QLatin1String("dkim"))
        return Text::tr("DKIM");
    if (id == QLatin1String("dmarc"))
        return Text::tr("DMARC");
    if (id == QLatin1String("mta-sts"))
        return Text::tr("MTA-STS");
    if (id == QLatin1String("tls-rpt"))
        return Text::tr("TLS reporting (TLS-RPT)");
    return id;
}

QJsonObject DomainFinding::toJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"), statusId(status) },
        { QStringLiteral("title"), title },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("records"), QJsonArray::fromStringList(records) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
    };
    if (suggested) {
        object.insert(QStringLiteral("suggested"),
            QJsonObject { { QStringLiteral("name"), suggested->name },
                { QStringLiteral("type"), suggested->type }, { QStringLiteral("value"), suggested->value } });
    } else {
        object.insert(QStringLiteral("suggested"), QJsonValue::Null);
    }
    return object;
}

bool DomainReport::hasFailure() const
{
    for (const DomainFinding &finding : checks) {
        if (finding.status == DomainFinding::Status::Fail)
            return true;
    }
    return false;
}

const DomainFinding *DomainReport::finding(const QString &id) const
{
    for (const DomainFinding &finding : checks) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

QJsonObject DomainReport::toJson() const
{
    QJsonArray list;
    for (const DomainFinding &finding : checks)
        list.append(finding.toJson());
    return QJsonObject {
        { QStringLiteral("domain"), domain },
        { QStringLiteral("provider"),
            providerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(providerId) },
        { QStringLiteral("consumerDomain"), consumerDomain },
        { QStringLiteral("dnsUnavailable"), dnsUnavailable },
        { QStringLiteral("checks"), list },
    };
}

} // namespace stamp::domain
