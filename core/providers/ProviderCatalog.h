// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProviderPreset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace stamp {

// Every provider preset Stamp knows: the files compiled in from
// resources/providers, then drop-ins (*.xml, same format) in the
// "providers" folder of each application data location, so an admin
// (/usr/share/...) or a user (~/.local/share/...) can add a provider or
// replace a shipped one with the same id. A file that does not parse is
// reported with its name and line and skipped; the others still load.
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)

public:
    // Built-in presets plus the standard drop-in folders.
    static ProviderCatalog standard();
    // The drop-in folders standard() reads, most general first.
    static QStringList dropInFolders();

    // Adds every *.xml in `folder` (a resource path like ":/providers" works).
    void loadFolder(const QString &folder);
    // Adds one preset; one with the same id is replaced (a drop-in wins).
    void add(const ProviderPreset &preset);

    QList<ProviderPreset> presets() const { return m_presets; }
    // "name.xml:12: what is wrong", one per file that failed.
    QStringList errors() const { return m_errors; }

    std::optional<ProviderPreset> byId(const QString &id) const;
    // By the address's domain (or a domain), case-insensitive, IDN-aware.
    std::optional<ProviderPreset> matchDomain(const QString &domainOrAddress) const;
    // By an MX host name: the longest stamp:mxDomain suffix that matches
    // (so "x.mail.protection.outlook.com" is Microsoft 365, not Outlook.com),
    // else the MX host's base domain or its next sub-domain among the
    // presets' own domains.
    std::optional<ProviderPreset> matchMxHost(const QString &host) const;

private:
    QList<ProviderPreset> m_presets;
    QStringList m_errors;
};

} // namespace stamp
