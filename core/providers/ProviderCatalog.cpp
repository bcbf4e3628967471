// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProviderCatalog.h"

#include "ProvidersLogging.h"
#include "AutoconfigParser.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace stamp {

namespace {
QString normalised(const QString &domain)
{
    QString text = domain.trimmed().toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1); // a fully qualified DNS answer ends in a dot
    const QByteArray ace = QUrl::toAce(text);
    return ace.isEmpty() ? text : QString::fromLatin1(ace);
}

// "mx1.mail.example.co.uk" -> "example.co.uk" and "mail.example.co.uk".
// Without a public-suffix list, a two-letter country code under one of the
// usual generic second levels ("co.uk", "com.au") is taken as one suffix.
QStringList baseDomains(const QString &host)
{
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    int keep = 2;
    static const QStringList genericSecondLevels = { QStringLiteral("co"), QStringLiteral("com"),
        QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("ac"), QStringLiteral("gov"),
        QStringLiteral("edu"), QStringLiteral("ne"), QStringLiteral("or"), QStringLiteral("go") };
    if (labels.size() >= 3 && labels.last().size() == 2
        && genericSecondLevels.contains(labels.at(labels.size() - 2)))
        keep = 3;
    QStringList result;
    if (labels.size() >= keep)
        result << labels.mid(labels.size() - keep).join(QLatin1Char('.'));
    if (labels.size() > keep)
        result << labels.mid(labels.size() - keep - 1).join(QLatin1Char('.'));
    return result;
}
} // namespace

ProviderCatalog ProviderCatalog::standard()
{
    ProviderCatalog catalog;
    catalog.loadFolder(QStringLiteral(":/providers"));
    for (const QString &folder : dropInFolders())
        catalog.loadFolder(folder);
    return catalog;
}

QStringList ProviderCatalog::dropInFolders()
{
    // standardLocations() lists the user's folder first; load it last so it wins.
    QStringList folders;
    const QStringList locations = QStandardPaths::standardLocations(QStandardPaths::AppDataLocation);
    for (auto it = locations.crbegin(); it != locations.crend(); ++it)
        folders << *it + QStringLiteral("/providers");
    return folders;
}

void ProviderCatalog::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors << QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            continue;
        }
        QString error;
        const std::optional<ProviderPreset> preset
            = AutoconfigParser::parse(file.readAll(), file.fileName(), &error);
        if (!preset) {
            qCWarning(lcProviders).noquote() << "provider preset skipped:" << error;
            m_errors << error;
            continue;
        }
        add(*preset);
    }
}

void ProviderCatalog::add(const ProviderPreset &preset)
{
    for (ProviderPreset &existing : m_presets) {
        if (existing.id == preset.id) {
            existing = preset;
            return;
        }
    }
    m_presets << preset;
}

std::optional<ProviderPreset> ProviderCatalog::byId(const QString &id) const
{
    for (const ProviderPreset &preset : m_presets) {
        if (preset.id.compare(id, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderCatalog::matchDomain(const QString &domainOrAddress) const
{
    const qsizetype at = domainOrAddress.lastIndexOf(QLatin1Char('@'));
    const QString domain = normalised(at >= 0 ? domainOrAddress.mid(at + 1) : domainOrAddress);
    if (domain.isEmpty())
        return std::nullopt;
    for (const ProviderPreset &preset : m_presets) {
        if (preset.domains.contains(domain))
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderCatalog::matchMxHost(const QString &mxHost) const
{
    const QString host = normalised(mxHost);
    if (host.isEmpty())
        return std::nullopt;
    const ProviderPreset *best = nullptr;
    qsizetype bestLength = 0;
    for (const ProviderPreset &preset : m_presets) {
        for (const QString &suffix : preset.mxDomains) {
            const bool matches = host == suffix || host.endsWith(QLatin1Char('.') + suffix);
            if (matches && suffix.size() > bestLength) {
                best = &preset;
                bestLength = suffix.size();
            }
        }
    }
    if (best)
        return *best;
    // The next sub-domain first: it is the more specific of the two.
    QStringList candidates = baseDomains(host);
    std::reverse(candidates.begin(), candidates.end());
    for (const QString &domain : candidates) {
        if (std::optional<ProviderPreset> preset = matchDomain(domain))
            return preset;
    }
    return std::nullopt;
}

} // namespace stamp
