// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace stamp::imap {

// Mailbox names on the wire (RFC 3501 §5.1.3, kept by RFC 9051 §5.1 for
// servers without UTF8=ACCEPT): modified UTF-7. Printable ASCII stands for
// itself except "&", which is "&-"; anything else is UTF-16 in a modified
// base64 ("," for "/", no padding) between "&" and "-".
class MailboxName
{
public:
    static QByteArray encode(const QString &name);
    // nullopt (with the reason in `error`) for what RFC 3501 §5.1.3 forbids:
    // an unterminated or empty shift, a shift of printable ASCII, padding,
    // a raw 8-bit or control byte.
    static std::optional<QString> decode(const QByteArray &wire, QString *error = nullptr);
    // The name as an IMAP quoted string for a command (RFC 9051 §4.3).
    static QByteArray quoted(const QString &name);
};

} // namespace stamp::imap
