// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Greeting.h"

#include <QTextStream>

int main()
{
    QTextStream(stdout) << Greeting().text() << '\n';
    return 0;
}
