// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProviderPreset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace stamp {

// Reads Thunderbird's autoconfig format (config-v1.1.xml): the files shipped
// in resources/providers, drop-ins by users and admins, and what an
// autoconfig server returns. Only the SMTP side is kept. Elements it does not
// know are skipped, as the format asks of readers, so newer files still load.
class AutoconfigParser
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigParser)

public:
    // `sourceName` names the file or URL in errors: "gmail.xml:12: ...".
    static std::optional<ProviderPreset> parse(
        const QByteArray &xml, const QString &sourceName, QString *error);

    // The XML namespace of Stamp's own additions.
    static QString stampNamespace();
};

} // namespace stamp
