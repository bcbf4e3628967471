#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

namespace stamp {

// A plain-text message for `stamp send --subject/--body`: the headers every
// reader expects (RFC 5322 §3.6) and a UTF-8 body, quoted-printable when it
// is not plain short-lined ASCII (RFC 2045 §6.7). Header values with CR or
// LF are refused, never passed through: that is header injection.
class SimpleTextMessage
{
public:
    QString from;
    QStringList to;
    QStringList cc;  // Bcc is never written into the message
    QString subject;
    QString body;
    QDateTime date = QDateTime::currentDateTime();

    // Empty when the message can be written; otherwise what is wrong.
    QString validate() const;
    // Writes the whole message with CRLF line ends. Returns false on a
    // write error.
    bool write(QIODevice *out) const;

    // RFC 2047 §4.1 "B" encoded-words for a non-ASCII header text, each at
    // most 75 characters and never splitting a UTF-8 sequence, folded with
    // CRLF SP; ASCII text is returned unchanged.
    static QByteArray encodeHeaderText(const QString &text);
    static QByteArray quotedPrintable(const QByteArray &utf8);
    static QByteArray makeMessageId(const QString &fromAddress);
};

}  // namespace stamp
