// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace stamp {

// One line of the live session log. Secrets never reach an event: the
// session redacts AUTH payloads before it builds one, and message content is
// summarised as a byte count.
struct TranscriptEvent
{
    enum class Kind {
        Client,      // a command we sent ("C:")
        Server,      // a reply line we received ("S:")
        Connection,  // connect, disconnect, resolve
        Tls,         // handshake, protocol, cipher, certificate
        Data,        // message content summary ("[12345 bytes of message]")
        Error,       // why the session failed
        Info,        // anything else worth seeing
    };

    QDateTime time;  // UTC
    Kind kind = Kind::Info;
    QString text;
    // The first event of a new connection. The text is translated, so
    // whoever starts a new log per connection asks this, never the words.
    bool startsConnection = false;

    // "C:", "S:", "**", "TLS", "..", "!!", "--"
    static QString tag(Kind kind);
    // "2026-11-24T10:00:00.123Z C: EHLO [127.0.0.1]" for log files.
    QString toLogLine() const;
    // RFC 3339 time, kind id and text as a JSON object.
    QString kindId() const;
};

}  // namespace stamp

Q_DECLARE_METATYPE(stamp::TranscriptEvent)
