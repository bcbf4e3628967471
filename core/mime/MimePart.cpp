// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MimePart.h"

#include "QuotedPrintableStream.h"

#include <QCoreApplication>
#include <QFile>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)
};

// Empty when written, else why not (the project's convention for actions).
QString put(QIODevice *out, const QByteArray &bytes)
{
    if (out->write(bytes) == bytes.size())
        return {};
    return Text::tr("Cannot write the message: %1.").arg(out->errorString());
}
} // namespace

QString MimePart::write(QIODevice *out) const
{
    if (QString problem = put(out, headers + "\r\n"); !problem.isEmpty())
        return problem;
    if (!boundary.isEmpty()) {
        for (qsizetype i = 0; i < children.size(); ++i) {
            QString problem = put(out, (i == 0 ? QByteArray() : QByteArray("\r\n")) + "--" + boundary + "\r\n");
            if (problem.isEmpty())
                problem = children.at(i).write(out);
            if (!problem.isEmpty())
                return problem;
        }
        return put(out, "\r\n--" + boundary + "--");
    }
    if (!filePath.isEmpty())
        return writeFile(out);
    return put(out, content);
}

QString MimePart::writeFile(QIODevice *out) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("Cannot read the attachment \"%1\": %2.").arg(filePath, file.errorString());
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
        if (n < 0)
            return Text::tr("Cannot read the attachment \"%1\": %2.").arg(filePath, file.errorString());
        if (n == 0)
            break;
        total += n;
        if (fileEncoding == TransferEncoding::QuotedPrintable) {
            if (QString problem = put(out, quotedPrintable.encode(QByteArrayView(chunk.constData(), n)));
                !problem.isEmpty())
                return problem;
            continue;
        }
        carry.append(chunk.constData(), n);
        const qsizetype whole = carry.size() - carry.size() % 57;
        if (QString problem = put(out, ContentEncoder::base64Lines(carry.left(whole))); !problem.isEmpty())
            return problem;
        carry.remove(0, whole);
    }
    if (!carry.isEmpty()) {
        if (QString problem = put(out, ContentEncoder::base64Lines(carry)); !problem.isEmpty())
            return problem;
    }
    if (fileEncoding == TransferEncoding::QuotedPrintable) {
        if (QString problem = put(out, quotedPrintable.finish()); !problem.isEmpty())
            return problem;
    }
    // The size was promised to the server (RFC 1870) before this pass.
    if (total != fileSize)
        return Text::tr("The attachment \"%1\" changed while the message was being written.").arg(filePath);
    return {};
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
