#include "SimpleTextMessage.h"

#include <QIODevice>
#include <QUrl>
#include <QUuid>

namespace stamp {

namespace {
bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 127)
            return false;
    }
    return true;
}

QByteArray normaliseLineEnds(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n");
    utf8.replace('\r', '\n');
    return utf8;
}
}  // namespace

QString SimpleTextMessage::validate() const
{
    if (hasLineBreak(from))
        return QStringLiteral("The sender contains a line break.");
    for (const QString &a : to + cc) {
        if (hasLineBreak(a))
            return QStringLiteral("A recipient contains a line break.");
    }
    if (hasLineBreak(subject))
        return QStringLiteral("The subject contains a line break; a subject must be a single line.");
    return {};
}

QByteArray SimpleTextMessage::encodeHeaderText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (isAscii(utf8))
        return utf8;
    // An encoded-word is at most 75 characters (RFC 2047 §2) and a line
    // should stay within 76 (§2, §5): 39 octets of UTF-8 make 52 base64
    // characters, 64 with the "=?UTF-8?B?" and "?=" around them, which fits
    // after "Subject: " too. Each further word goes on a folded line.
    constexpr int kMaxOctets = 39;
    QByteArray result;
    int pos = 0;
    while (pos < utf8.size()) {
        int end = qMin<int>(pos + kMaxOctets, utf8.size());
        // Never end a word inside a UTF-8 sequence (RFC 2047 §5 (3)):
        // back up while the next byte is a continuation byte.
        while (end < utf8.size() && end > pos && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + utf8.mid(pos, end - pos).toBase64() + "?=";
        pos = end;
    }
    return result;
}

QByteArray SimpleTextMessage::quotedPrintable(const QByteArray &utf8)
{
    // RFC 2045 §6.7: encode '=', non-printables and 8-bit octets; soft line
    // breaks keep every encoded line at most 76 characters; whitespace at
    // the end of a line is encoded so transports cannot strip it.
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 4);
    const QList<QByteArray> lines = utf8.split('\n');
    for (int l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        int column = 0;
        for (int i = 0; i < line.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, static_cast<char>(c));
            else
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (column + piece.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray SimpleTextMessage::makeMessageId(const QString &fromAddress)
{
    // RFC 5322 §3.6.4: unique, with a domain we are entitled to use: the
    // sender's own.
    QString domain = fromAddress.section(QLatin1Char('@'), -1).trimmed();
    if (domain.isEmpty() || !fromAddress.contains(QLatin1Char('@')))
        domain = QStringLiteral("stamp.invalid");
    const QByteArray ace = QUrl::toAce(domain);
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@'
           + (ace.isEmpty() ? QByteArray("stamp.invalid") : ace) + '>';
}

bool SimpleTextMessage::write(QIODevice *out) const
{
    QByteArray head;
    auto header = [&head](const QByteArray &name, const QByteArray &value) {
        head += name + ": " + value + "\r\n";
    };
    header("Date", date.toString(Qt::RFC2822Date).toLatin1());
    header("From", from.toUtf8());
    if (!to.isEmpty())
        header("To", to.join(QStringLiteral(", ")).toUtf8());
    if (!cc.isEmpty())
        header("Cc", cc.join(QStringLiteral(", ")).toUtf8());
    header("Subject", encodeHeaderText(subject));
    header("Message-ID", makeMessageId(from));
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");

    QByteArray text = normaliseLineEnds(body);
    bool plain = isAscii(text);
    for (const QByteArray &line : text.split('\n'))
        plain = plain && line.size() <= 78;
    QByteArray encoded;
    if (plain) {
        header("Content-Transfer-Encoding", "7bit");
        encoded = text.replace("\n", "\r\n");
    } else {
        header("Content-Transfer-Encoding", "quoted-printable");
        encoded = quotedPrintable(text);
    }
    if (!encoded.endsWith("\r\n"))
        encoded += "\r\n";
    return out->write(head + "\r\n") >= 0 && out->write(encoded) == encoded.size();
}

}  // namespace stamp
