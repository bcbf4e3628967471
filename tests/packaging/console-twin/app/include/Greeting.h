// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

// A QObject so that the twin needs AUTOMOC like the original.
class Greeting : public QObject
{
    Q_OBJECT
public:
    QString text() const { return QStringLiteral(TOOL_GREETING); }
};
