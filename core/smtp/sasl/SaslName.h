// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp::sasl {

// A name placed in a GS2 header or a SCRAM "n=" attribute (RFC 5801 §4,
// RFC 5802 §5.1): UTF-8 with ',' written as "=2C" and '=' as "=3D", because
// both are syntax in those messages.
QByteArray encodeSaslName(const QString &name);

} // namespace stamp::sasl
