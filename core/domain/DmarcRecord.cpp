// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DmarcRecord.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <libpsl.h>
#include <optional>

namespace stamp::domain {

namespace {
std::optional<DmarcRecord::Policy> policyFrom(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("none"))
        return DmarcRecord::Policy::None;
    if (v == QLatin1String("quarantine"))
        return DmarcRecord::Policy::Quarantine;
    if (v == QLatin1String("reject"))
        return DmarcRecord::Policy::Reject;
    return std::nullopt;
}
} // namespace

bool DmarcRecord::looksLikeDmarc(const QString &text)
{
    static const QRegularExpression start(
        QStringLiteral("^\\s*v\\s*=\\s*dmarc"), QRegularExpression::CaseInsensitiveOption);
    return start.match(text).hasMatch();
}

bool DmarcRecord::startsWithVersion(const QString &text)
{
    // §6.4: "v" "=" "DMARC1" with optional whitespace, then ";" or the end.
    static const QRegularExpression version(QStringLiteral("^v[ \\t]*=[ \\t]*DMARC1[ \\t]*(;|$)"));
    return version.match(text).hasMatch();
}

QString DmarcRecord::policyName(Policy policy)
{
    switch (policy) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    case Policy::Missing:
        break;
    }
    return {};
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord record;
    record.m_text = text;
    if (!startsWithVersion(text)) {
        record.m_errors << tr("the record does not start with \"v=DMARC1\"");
        return record;
    }
    QSet<QString> seen;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue; // a trailing ";" is allowed (§6.4)
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            record.m_errors << tr("\"%1\" is not a tag=value pair").arg(part);
            continue;
        }
        const QString tag = part.left(equals).trimmed().toLower();
        const QString value = part.mid(equals + 1).trimmed();
        if (seen.contains(tag)) {
            record.m_errors << tr("the tag \"%1\" appears more than once").arg(tag);
            continue;
        }
        seen.insert(tag);
        if (tag == QLatin1String("p") || tag == QLatin1String("sp")) {
            const std::optional<Policy> policy = policyFrom(value);
            if (!policy)
                record.m_errors << tr("\"%1=%2\" must be none, quarantine or reject").arg(tag, value);
            else if (tag == QLatin1String("p"))
                record.m_policy = *policy;
            else
                record.m_subdomainPolicy = *policy;
        } else if (tag == QLatin1String("pct")) {
            bool ok = false;
            const int percent = value.toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                record.m_errors << tr("\"pct=%1\" must be a number from 0 to 100").arg(value);
            else
                record.m_percent = percent;
        } else if (tag == QLatin1String("adkim") || tag == QLatin1String("aspf")) {
            const QString v = value.toLower();
            if (v != QLatin1String("r") && v != QLatin1String("s")) {
                record.m_errors << tr("\"%1=%2\" must be r (relaxed) or s (strict)").arg(tag, value);
                continue;
            }
            const Alignment alignment = v == QLatin1String("s") ? Alignment::Strict : Alignment::Relaxed;
            (tag == QLatin1String("adkim") ? record.m_adkim : record.m_aspf) = alignment;
        } else if (tag == QLatin1String("rua") || tag == QLatin1String("ruf")) {
            QStringList uris;
            for (const QString &piece : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString uri = piece.trimmed();
                // §6.2: a size limit may follow the URI ("!10m").
                const qsizetype bang = uri.lastIndexOf(QLatin1Char('!'));
                if (bang > 0)
                    uri.truncate(bang);
                const QUrl url(uri, QUrl::StrictMode);
                if (!url.isValid() || url.scheme().isEmpty())
                    record.m_errors << tr("\"%1\" in %2= is not a URI (mailto:...)").arg(uri, tag);
                else
                    uris << uri;
            }
            (tag == QLatin1String("rua") ? record.m_rua : record.m_ruf) = uris;
        } else if (tag == QLatin1String("fo") || tag == QLatin1String("rf") || tag == QLatin1String("ri")) {
            // Known, and nothing the check judges.
        } else {
            record.m_warnings << tr("the tag \"%1\" is unknown and ignored").arg(tag);
        }
    }
    if (record.m_policy == Policy::Missing)
        record.m_errors << tr("the required tag \"p=\" (the policy) is missing");
    if (record.m_subdomainPolicy == Policy::Missing)
        record.m_subdomainPolicy = record.m_policy;
    return record;
}

QString DmarcRecord::organizationalDomain(const QString &domain)
{
    QString name = domain.toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // The list shipped with the system when there is one (it is newer),
    // else the one built into libpsl.
    static const psl_ctx_t *list = psl_latest(nullptr);
    if (!list)
        return name;
    QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        ace = name.toUtf8();
    // The answer points into `ace`, which lives until the return.
    const char *registrable = psl_registrable_domain(list, ace.constData());
    return registrable ? QString::fromLatin1(registrable) : name;
}

} // namespace stamp::domain
