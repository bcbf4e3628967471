// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HeaderText.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace stamp::ui::headertext {

QByteArray rawValue(const QByteArray &message, const QByteArray &name)
{
    const QByteArray wanted = name.toLower() + ':';
    QByteArray value;
    bool inHeader = false;
    // A large message's header section is near its start.
    for (QByteArray line : message.left(65536).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (inHeader && continuation) {
            // Unfolding removes the line break only (RFC 5322 §2.2.3).
            value += line;
            continue;
        }
        if (inHeader)
            break;
        if (line.toLower().startsWith(wanted)) {
            inHeader = true;
            value = line.mid(wanted.size());
        }
    }
    return value.trimmed();
}

namespace {
// One encoded word's text, or a null string when it cannot be decoded.
QString decodeWord(const QByteArray &charset, char encoding, const QByteArray &text)
{
    QByteArray bytes;
    if (encoding == 'B' || encoding == 'b') {
        const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return {};
        bytes = *result;
    } else {
        // "Q": '_' is a space, "=XX" a byte (RFC 2047 §4.2).
        for (int i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '_') {
                bytes += ' ';
            } else if (c == '=' && i + 2 < text.size()) {
                bool ok = false;
                const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
                if (!ok)
                    return {};
                bytes += char(byte);
                i += 2;
            } else if (c == '=') {
                return {};
            } else {
                bytes += c;
            }
        }
    }
    // RFC 2231 §5: "charset*language".
    const QByteArray name = charset.left(charset.indexOf('*') < 0 ? charset.size() : charset.indexOf('*'));
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return {};
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return decoded;
}
} // namespace

QString decode(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="));
    const QString text = QString::fromUtf8(value);
    QString result;
    qsizetype at = 0;
    bool lastWasEncoded = false;
    QRegularExpressionMatchIterator words = word.globalMatch(text);
    while (words.hasNext()) {
        const QRegularExpressionMatch match = words.next();
        const QString between = text.mid(at, match.capturedStart() - at);
        const QString decoded = decodeWord(
            match.captured(1).toLatin1(), match.captured(2).at(0).toLatin1(), match.captured(3).toLatin1());
        if (decoded.isNull()) {
            result += between + match.captured(0);
            lastWasEncoded = false;
        } else {
            if (!(lastWasEncoded && between.trimmed().isEmpty()))
                result += between;
            result += decoded;
            lastWasEncoded = true;
        }
        at = match.capturedEnd();
    }
    result += text.mid(at);
    return result;
}

} // namespace stamp::ui::headertext
