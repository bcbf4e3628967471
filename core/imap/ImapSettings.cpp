// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImapSettings.h"

namespace stamp::imap {

bool ImapSettings::operator==(const ImapSettings &other) const
{
    return enabled == other.enabled && host == other.host && port == other.port && security == other.security
        && username == other.username && sentFolder == other.sentFolder && caFile == other.caFile
        && pinnedSha256 == other.pinnedSha256 && timeoutMs == other.timeoutMs;
}

quint16 ImapSettings::defaultPort(SecurityMode mode)
{
    // RFC 8314 §3.3 / RFC 9051 §1: imaps on 993, imap on 143.
    return mode == SecurityMode::ImplicitTls ? 993 : 143;
}

} // namespace stamp::imap
