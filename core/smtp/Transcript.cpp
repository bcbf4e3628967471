// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Transcript.h"

namespace stamp {

QString TranscriptEvent::tag(Kind kind)
{
    switch (kind) {
    case Kind::Client:
        return QStringLiteral("C:");
    case Kind::Server:
        return QStringLiteral("S:");
    case Kind::Connection:
        return QStringLiteral("**");
    case Kind::Tls:
        return QStringLiteral("TLS");
    case Kind::Data:
        return QStringLiteral("..");
    case Kind::Error:
        return QStringLiteral("!!");
    case Kind::Info:
        return QStringLiteral("--");
    }
    return {};
}

QString TranscriptEvent::kindId() const
{
    switch (kind) {
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Data:
        return QStringLiteral("data");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString TranscriptEvent::toLogLine() const
{
    return time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + tag(kind) + QLatin1Char(' ') + text;
}

}  // namespace stamp
