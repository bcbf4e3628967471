// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContentEncoder.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace stamp {

// One node of the MIME tree MessageWriter builds: a multipart with its
// children, a leaf whose encoded content is in memory (a text part), or a
// leaf streamed from a file while it is written (an attachment), so
// attachments are never held in memory whatever their size.
class MimePart
{
public:
    QByteArray headers; // folded fields, each ending in CRLF
    QByteArray boundary; // set for a multipart
    QList<MimePart> children;
    QByteArray content; // an encoded leaf held in memory
    QString filePath; // a leaf read from disk while writing
    TransferEncoding fileEncoding = TransferEncoding::Base64; // or QuotedPrintable: exact bytes either way
    qint64 fileSize = 0; // what the file held when the message was prepared

    // Headers, blank line, content; a multipart's children between its
    // delimiters (RFC 2046 §5.1.1). The CRLF before a delimiter belongs to
    // the delimiter, so a part does not end with one of its own. Empty
    // when written, else why not.
    QString write(QIODevice *out) const;

    // Whether `text` holds a line that could be read as one of our
    // delimiters, checked for content written without encoding.
    bool contentContains(const QByteArray &text) const;

private:
    QString writeFile(QIODevice *out) const;
};

} // namespace stamp
