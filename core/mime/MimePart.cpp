#include "MimePart.h"

#include "QuotedPrintableStream.h"

#include <QCoreApplication>
#include <QFile>

namespace stamp {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageWriter", text);
}

bool put(QIODevice *out, const QByteArray &bytes, QString *error)
{
    if (out->write(bytes) == bytes.size())
        return true;
    *error = tr("Cannot write the message: %1.").arg(out->errorString());
    return false;
}
} // namespace

bool MimePart::write(QIODevice *out, QString *error) const
{
    if (!put(out, headers + "\r\n", error))
        return false;
    if (!boundary.isEmpty()) {
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (!put(out, (i == 0 ? QByteArray() : QByteArray("\r\n")) + "--" + boundary + "\r\n", error)
                || !children.at(i).write(out, error))
                return false;
        }
        return put(out, "\r\n--" + boundary + "--", error);
    }
    if (!filePath.isEmpty())
        return writeFile(out, error);
    return put(out, content, error);
}

bool MimePart::writeFile(QIODevice *out, QString *error) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the attachment \"%1\": %2.").arg(filePath, file.errorString());
        return false;
    }
    // 57 octets make one 76-character base64 line (RFC 2045 §6.8), so
    // chunks of a multiple of 57 give whole lines; a few hundred kilobytes
    // at a time keeps memory flat for any file size.
    constexpr qint64 kChunk = 57 * 4096;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    QByteArray carry;
    QuotedPrintableStream quotedPrintable;
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), kChunk);
        if (n < 0) {
            *error = tr("Cannot read the attachment \"%1\": %2.").arg(filePath, file.errorString());
            return false;
        }
        if (n == 0)
            break;
        total += n;
        if (fileEncoding == TransferEncoding::QuotedPrintable) {
            if (!put(out, quotedPrintable.encode(QByteArrayView(chunk.constData(), n)), error))
                return false;
            continue;
        }
        carry.append(chunk.constData(), n);
        const qsizetype whole = carry.size() - carry.size() % 57;
        if (!put(out, ContentEncoder::base64Lines(carry.left(whole)), error))
            return false;
        carry.remove(0, whole);
    }
    if (!carry.isEmpty() && !put(out, ContentEncoder::base64Lines(carry), error))
        return false;
    if (fileEncoding == TransferEncoding::QuotedPrintable && !put(out, quotedPrintable.finish(), error))
        return false;
    // The size was promised to the server (RFC 1870) before this pass.
    if (total != fileSize) {
        *error = tr("The attachment \"%1\" changed while the message was being written.").arg(filePath);
        return false;
    }
    return true;
}

bool MimePart::contentContains(const QByteArray &text) const
{
    if (content.contains(text))
        return true;
    for (const MimePart &child : children) {
        if (child.contentContains(text))
            return true;
    }
    return false;
}

} // namespace stamp
