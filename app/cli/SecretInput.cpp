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
