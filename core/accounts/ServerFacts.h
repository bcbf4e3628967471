// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace stamp {
class Capabilities;

// What the app has learnt about servers from earlier sessions (sends,
// outbox flushes and connection checks alike), kept in the settings: the
// composer shows the attachments' total against the server's real limit
// before anything is sent, and the retry policy tells an outage (a server
// that has answered before) from settings that never worked. Only public
// facts a server announces to anyone; never a secret.
class ServerFacts
{
public:
    // The server's SIZE (RFC 1870 §4), in bytes; 0 when not known or when
    // the server announced no limit.
    static qint64 sizeLimit(const QString &host, quint16 port);
    // When a session last got as far as the server's EHLO reply; null
    // when it never has.
    static QDateTime lastAnswered(const QString &host, quint16 port);
    static bool hasAnswered(const QString &host, quint16 port) { return lastAnswered(host, port).isValid(); }
    // Records what a session's EHLO reply said (nothing when it never came).
    static void learn(const QString &host, quint16 port, const Capabilities &capabilities);
};

}  // namespace stamp
