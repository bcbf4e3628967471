// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Autoconfig XML (Thunderbird's config-v1.1.xml plus Stamp's namespace), as
// the provider catalogue and Autodetect read it from files and servers.

#include "FuzzSupport.h"
#include "providers/AutoconfigParser.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<stamp::ProviderPreset> preset
        = stamp::AutoconfigParser::parse(stamp::fuzz::bytes(data, size), QStringLiteral("fuzz.xml"), &error);
    if (!preset)
        return 0;
    // What the wizard and Autodetect ask of a preset.
    (void)preset->oauthOnly();
    (void)preset->supportsOAuth();
    (void)preset->matchesDomain(QStringLiteral("example.com"));
    for (const QString &domain : preset->domains)
        (void)preset->matchesDomain(domain);
    for (const stamp::ServerPreset &server : preset->servers) {
        (void)server.acceptsPassword();
        (void)server.usernameFor(QStringLiteral("jane.doe@example.com"));
    }
    (void)preset->oauth.isValid();
    return 0;
}
