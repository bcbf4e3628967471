// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace stamp::test {

// The content the draft-writer helper gives version `version` of draft
// `index`: deterministic, so a test can tell a complete version from a
// torn one, and of a size that changes from version to version (a file cut
// short, or the tail of an older, longer version, shows).
inline QString draftText(int index, int version)
{
    const int lines = 200 + (version * 7919 + index * 104729) % 1500;
    QString text;
    text.reserve(lines * 48);
    for (int line = 0; line < lines; ++line)
        text += QStringLiteral("draft %1 version %2 line %3 of %4\n").arg(index).arg(version).arg(line).arg(lines);
    return text;
}

// Fixed ids (DraftStore only accepts UUIDs), so every run writes the same drafts.
inline QString draftId(int index)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
}

inline QString draftSubject(int version)
{
    return QStringLiteral("version %1").arg(version);
}

}  // namespace stamp::test
