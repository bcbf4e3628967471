// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "VisibleText.h"

#include <QStringDecoder>

namespace stamp {

namespace {
bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

QString escaped(char32_t c)
{
    switch (c) {
    case '\r':
        return QStringLiteral("\\r");
    case '\n':
        return QStringLiteral("\\n");
    case '\t':
        return QStringLiteral("\\t");
    default:
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
}
}  // namespace

QString visibleText(const QString &text)
{
    // The common case: nothing to replace, no copy.
    bool clean = true;
    for (const QChar ch : text)
        clean = clean && !isControl(ch.unicode()) && ch != QChar::ReplacementCharacter;
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        if (isControl(ch.unicode()))
            out += escaped(ch.unicode());
        else
            out += ch;
    }
    return out;
}

QString visibleText(const QByteArray &bytes)
{
    // Decoded piece by piece so an invalid byte shows as itself (\xNN)
    // rather than as an anonymous replacement character.
    QString out;
    qsizetype start = 0;
    while (start < bytes.size()) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        qsizetype end = start;
        // The longest valid run from `start`: UTF-8 sequences are at most 4 bytes.
        QString run;
        while (end < bytes.size()) {
            const uchar b = uchar(bytes.at(end));
            const int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
            if (length == 0 || end + length > bytes.size())
                break;
            const QString piece = decoder.decode(QByteArrayView(bytes.constData() + end, length));
            if (decoder.hasError() || piece.contains(QChar::ReplacementCharacter))
                break;
            run += piece;
            end += length;
        }
        out += visibleText(run);
        // Stopped on a byte that starts no valid sequence: shown as itself.
        if (end == start) {
            out += QStringLiteral("\\x%1").arg(uint(uchar(bytes.at(end))), 2, 16, QLatin1Char('0'));
            ++end;
        }
        start = end;
    }
    return out;
}

}  // namespace stamp
