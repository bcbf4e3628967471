// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailboxName.h"

#include <QCoreApplication>

namespace stamp::imap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailboxName)
};

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

QByteArray shifted(const QString &run)
{
    QByteArray utf16;
    for (const QChar c : run) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
    b64.replace('/', ',');
    return '&' + b64 + '-';
}

} // namespace

QByteArray MailboxName::encode(const QString &name)
{
    QByteArray out;
    QString run;
    for (const QChar c : name) {
        if (isDirect(c.unicode())) {
            if (!run.isEmpty()) {
                out += shifted(run);
                run.clear();
            }
            out += c == u'&' ? QByteArrayLiteral("&-") : QByteArray(1, char(c.unicode()));
        } else {
            run += c;
        }
    }
    if (!run.isEmpty())
        out += shifted(run);
    return out;
}

std::optional<QString> MailboxName::decode(const QByteArray &wire, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString out;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (!isDirect(static_cast<unsigned char>(c)))
            return fail(Text::tr("The mailbox name holds a byte that modified UTF-7 does not allow."));
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0)
            return fail(Text::tr("The mailbox name has an unterminated \"&\" sequence."));
        if (end == i + 1) {
            out += u'&';
            i = end;
            continue;
        }
        QByteArray b64 = wire.mid(i + 1, end - i - 1);
        if (b64.contains('/') || b64.contains('='))
            return fail(Text::tr("The mailbox name is not in modified UTF-7."));
        b64.replace(',', '/');
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() % 2 != 0)
            return fail(Text::tr("The mailbox name is not in modified UTF-7."));
        QString run;
        for (qsizetype k = 0; k < decoded.decoded.size(); k += 2) {
            const char16_t unit
                = char16_t((uchar(decoded.decoded.at(k)) << 8) | uchar(decoded.decoded.at(k + 1)));
            // §5.1.3: printable ASCII must stand for itself, never be shifted.
            if (isDirect(unit))
                return fail(Text::tr("The mailbox name is not in modified UTF-7."));
            run += QChar(unit);
        }
        out += run;
        i = end;
    }
    return out;
}

QByteArray MailboxName::quoted(const QString &name)
{
    QByteArray wire = encode(name);
    wire.replace('\\', "\\\\");
    wire.replace('"', "\\\"");
    return '"' + wire + '"';
}

} // namespace stamp::imap
