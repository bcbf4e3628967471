// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp {

class HeaderBuilder;

// One parameter of a Content-Type or Content-Disposition field
// ("; filename=..."). Plain short ASCII values become a quoted-string;
// anything else uses RFC 2231: UTF-8 percent-encoding (§4) split into
// numbered sections (§3) so no line grows long. Control characters in a
// file name are percent-encoded too, so they can never end the field.
class MimeParameter
{
public:
    static void appendTo(HeaderBuilder &field, const QByteArray &name, const QString &value);
};

} // namespace stamp
