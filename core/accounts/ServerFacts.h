#pragma once

#include <QString>

namespace stamp {
class Capabilities;
}

namespace stamp::ui {

// What the app has learnt about servers from earlier sessions (sends and
// connection checks), kept in the settings so the composer can show the
// attachments' total against the server's real limit before anything is
// sent. Only public facts a server announces to anyone; never a secret.
class ServerFacts
{
public:
    // The server's SIZE (RFC 1870 §4), in bytes; 0 when not known or when
    // the server announced no limit.
    static qint64 sizeLimit(const QString &host, quint16 port);
    // Records what a session's EHLO reply said.
    static void learn(const QString &host, quint16 port, const Capabilities &capabilities);
};

}  // namespace stamp::ui
