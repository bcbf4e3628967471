// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MimeParameter.h"

#include "HeaderBuilder.h"

#include <QList>

namespace stamp {

namespace {
// Each section's value stays short enough that "name*12*=" and the value
// fit a 78-octet line.
constexpr qsizetype kSectionLength = 56;

bool isPlain(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray quoted(const QString &value)
{
    QByteArray text = value.toLatin1();
    text.replace('\\', "\\\\");
    text.replace('"', "\\\"");
    return '"' + text + '"';
}

// RFC 2231 §7 attribute-char: a token character other than "*", "'" and "%".
bool isAttributeChar(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$&+-.^_`|~").contains(static_cast<char>(c));
}

QByteArray percentEncode(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : utf8) {
        const auto c = static_cast<uchar>(ch);
        if (isAttributeChar(c))
            out += ch;
        else
            out += '%' + QByteArray(1, hex[c >> 4]) + hex[c & 15];
    }
    return out;
}
} // namespace

void MimeParameter::appendTo(HeaderBuilder &field, const QByteArray &name, const QString &value)
{
    field.append(";", {});
    if (isPlain(value) && value.size() <= kSectionLength) {
        field.append(name + '=' + quoted(value));
        return;
    }
    // Sections never split a character, so each one is readable on its own
    // even though RFC 2231 only requires the whole to be.
    QList<QByteArray> sections;
    const bool extended = !isPlain(value);
    QByteArray section;
    for (qsizetype i = 0; i < value.size();) {
        qsizetype length = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QString character = value.mid(i, length);
        i += length;
        const QByteArray piece
            = extended ? percentEncode(character.toUtf8()) : quoted(character).mid(1).chopped(1);
        if (!section.isEmpty() && section.size() + piece.size() > kSectionLength) {
            sections.append(section);
            section.clear();
        }
        section += piece;
    }
    sections.append(section);
    if (sections.size() == 1 && extended) {
        field.append(name + "*=UTF-8''" + sections.constFirst());
        return;
    }
    for (qsizetype k = 0; k < sections.size(); ++k) {
        if (k > 0)
            field.append(";", {});
        const QByteArray key = name + '*' + QByteArray::number(k);
        if (!extended)
            field.append(key + "=\"" + sections.at(k) + '"');
        else if (k == 0)
            field.append(key + "*=UTF-8''" + sections.at(k));
        else
            field.append(key + "*=" + sections.at(k));
    }
}

} // namespace stamp
