// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImapResponse.h"

namespace stamp::imap {

bool ImapItem::isAtom(const char *upperName) const
{
    return type == Type::Atom && text.toUpper() == upperName;
}

bool ImapResponse::isData(const char *upperName) const
{
    return kind == Kind::Untagged && status == Status::None && !data.isEmpty()
        && data.first().isAtom(upperName);
}

QByteArray ImapResponse::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QByteArrayLiteral("OK");
    case Status::No:
        return QByteArrayLiteral("NO");
    case Status::Bad:
        return QByteArrayLiteral("BAD");
    case Status::Bye:
        return QByteArrayLiteral("BYE");
    case Status::Preauth:
        return QByteArrayLiteral("PREAUTH");
    case Status::None:
        break;
    }
    return {};
}

} // namespace stamp::imap
