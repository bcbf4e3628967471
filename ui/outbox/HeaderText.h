// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp::ui {

// A received header's value as a person should read it: folded lines
// joined (RFC 5322 §2.2.3) and encoded words decoded (RFC 2047), for
// display only; the raw bytes stay as they came.
namespace headertext {

// The value of the first header called `name` in `message` (the header
// section only; the name case-insensitive), unfolded, still encoded.
QByteArray rawValue(const QByteArray &message, const QByteArray &name);

// Decodes "=?charset?B|Q?...?=" words (RFC 2047 §2-§5); whitespace between
// two encoded words is dropped (§6.2); other text is read as UTF-8
// (RFC 6532). A word in an unknown charset or badly encoded stays as it is.
QString decode(const QByteArray &value);

} // namespace headertext
} // namespace stamp::ui
