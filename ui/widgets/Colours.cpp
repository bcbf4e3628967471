// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Colours.h"

#include <QGuiApplication>
#include <QPalette>

namespace stamp::ui::colours {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor problem()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor warning()
{
    return darkPalette() ? QColor(0xff, 0xd1, 0x66) : QColor(0x7a, 0x52, 0x00);
}

QColor success()
{
    return darkPalette() ? QColor(0x8e, 0xd8, 0x9a) : QColor(0x14, 0x6c, 0x31);
}

QString problemStyle()
{
    return QStringLiteral("color: %1;").arg(problem().name());
}

}  // namespace stamp::ui::colours
