// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mime/Message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace stamp::test {

// What the independent MIME parsers (tests/support/mime_check_email.py and
// mime_check_gmime.py) must read back from a rendered message: the
// composed subject, addresses, bodies, attachment names and bytes, extra
// headers, and the Bcc addresses that must appear nowhere.
QJsonObject mimeExpectation(const Message &message, bool utf8Headers);

// One manifest case.
QJsonObject mimeCase(const QString &name, const QString &emlPath, const QJsonObject &expectation);

// Writes {"cases": [...]} to `path`; false when it cannot.
bool writeMimeManifest(const QString &path, const QJsonArray &cases);

// Runs one checker script (by file name, from tests/support) on a manifest
// with /usr/bin/python3. Returns its output; `exitCode` is 0 when every
// case came back as composed, 2 when the parser is not installed.
QString runMimeChecker(const QString &script, const QString &manifest, int *exitCode);

} // namespace stamp::test
