// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace stamp {

// The preferences in a Mozilla prefs.js (or user.js): statements of the form
// `user_pref("name", value);` where the value is a JavaScript string, an
// integer or true/false. The file is not run, only read: anything else is
// ignored, and a statement that does not parse is reported and skipped.
class ThunderbirdPrefs
{
public:
    static ThunderbirdPrefs parse(const QString &text);

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString string(const QString &name) const;
    // nullopt when missing or not a number.
    std::optional<int> integer(const QString &name) const;
    // A comma-separated list ("smtp1,smtp2"), blanks dropped.
    QStringList list(const QString &name) const;
    QVariant value(const QString &name) const { return m_values.value(name); }
    int size() const { return static_cast<int>(m_values.size()); }
    // "line N: what", for statements that were skipped.
    QStringList problems() const { return m_problems; }

private:
    QHash<QString, QVariant> m_values;
    QStringList m_problems;
};

} // namespace stamp
