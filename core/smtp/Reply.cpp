// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Reply.h"

#include "VisibleText.h"

namespace stamp {

namespace {
// Reads 1-3 digits at `pos`; returns -1 when there are none.
int readNumber(const QByteArray &text, int &pos)
{
    const int start = pos;
    int value = 0;
    while (pos < text.size() && pos - start < 3 && text.at(pos) >= '0' && text.at(pos) <= '9')
        value = value * 10 + (text.at(pos++) - '0');
    return pos == start ? -1 : value;
}
}  // namespace

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

int EnhancedStatus::parse(const QByteArray &text, EnhancedStatus *out)
{
    // RFC 3463 §2: class "." subject "." detail, class in {2,4,5},
    // subject 1-3 digits, detail 1-3 digits, followed by a space or the end.
    int pos = 0;
    if (text.isEmpty() || (text.at(0) != '2' && text.at(0) != '4' && text.at(0) != '5'))
        return 0;
    EnhancedStatus status;
    status.klass = text.at(0) - '0';
    pos = 1;
    if (pos >= text.size() || text.at(pos) != '.')
        return 0;
    ++pos;
    status.subject = readNumber(text, pos);
    if (status.subject < 0 || pos >= text.size() || text.at(pos) != '.')
        return 0;
    ++pos;
    status.detail = readNumber(text, pos);
    if (status.detail < 0)
        return 0;
    if (pos < text.size() && text.at(pos) != ' ')
        return 0;
    if (out)
        *out = status;
    while (pos < text.size() && text.at(pos) == ' ')
        ++pos;
    return pos;
}

QString Reply::text() const
{
    QStringList parts;
    for (const QByteArray &line : lines) {
        // Shown on terminals, in logs and windows: no control characters.
        const QString part = visibleText(line).trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

QString Reply::summary() const
{
    QString result = QString::number(code);
    if (enhanced.isValid())
        result += QLatin1Char(' ') + enhanced.toString();
    const QString words = text();
    if (!words.isEmpty())
        result += QLatin1Char(' ') + words;
    return result;
}

}  // namespace stamp
