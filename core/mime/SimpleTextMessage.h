// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Message.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

namespace stamp {

// A plain-text message from address texts as typed, for the places that
// only need that (the compose window, the connection check's test
// message). It builds a Message and leaves all encoding to MessageWriter;
// new code should use those directly.
class SimpleTextMessage
{
public:
    QString from;
    QStringList to;
    QStringList cc; // Bcc is never written into the message
    QString subject;
    QString body;
    QDateTime date = QDateTime::currentDateTime();

    // Empty when the message can be written; otherwise every problem, one
    // sentence each: an address that cannot be read (with where), a line
    // break in the subject (header injection)...
    QString validate() const;
    // Writes the whole message with CRLF line ends; UTF-8 headers only when
    // an address has a non-ASCII local part. Returns false on any problem.
    bool write(QIODevice *out) const;

    Message toMessage() const;
};

} // namespace stamp
