// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace stamp::imap {

// One token of a server response (RFC 9051 §4): an atom or number, a string
// (quoted or literal, already unescaped), NIL, or a parenthesised list.
struct ImapItem
{
    enum class Type { Atom, String, Nil, List };

    Type type = Type::Atom;
    QByteArray text; // Atom and String
    QList<ImapItem> items; // List

    bool isAtom(const char *upperName) const; // case-insensitive (RFC 9051 §9: atoms are)
};

// One complete server response: its first line plus any literals it
// carried (RFC 9051 §7). Built by ImapResponseReader; never touches a socket.
struct ImapResponse
{
    enum class Kind { Untagged, Tagged, Continuation };
    // The status of a status response (RFC 9051 §7.1); None for data such as
    // "* CAPABILITY ..." or "* 3 EXISTS".
    enum class Status { None, Ok, No, Bad, Bye, Preauth };

    Kind kind = Kind::Untagged;
    QByteArray tag; // Tagged only
    Status status = Status::None;
    QByteArray code; // response code name, upper-case: "OVERQUOTA", "CAPABILITY", "APPENDUID"
    QList<QByteArray> codeArguments; // the code's arguments split at spaces: APPENDUID's "38505 3955"
    QByteArray text; // the human-readable text after status and code (or after "+")
    // Untagged data (Status::None): the name first ("CAPABILITY", "LIST",
    // "SEARCH", or the number of "* 3 EXISTS"), then its tokens.
    QList<ImapItem> data;
    // The response as it goes into the transcript: literals shown by size.
    QByteArray display;

    bool isData(const char *upperName) const; // "* NAME ..." data response
    static QByteArray statusName(Status status);
};

} // namespace stamp::imap
