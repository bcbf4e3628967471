// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SaslName.h"

namespace stamp::sasl {

QByteArray encodeSaslName(const QString &name)
{
    QByteArray encoded = name.toUtf8();
    // '=' first, so the '=' of "=2C" is not escaped again.
    encoded.replace('=', "=3D");
    encoded.replace(',', "=2C");
    return encoded;
}

} // namespace stamp::sasl
