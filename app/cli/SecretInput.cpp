// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretInput.h"

#include <algorithm>
#include <iostream>
#include <string>

namespace stamp::cli {

QString readSecretLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString secret = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

}  // namespace stamp::cli
