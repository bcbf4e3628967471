#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp check`: connects, negotiates TLS, reads the capabilities and
// optionally logs in; sends no mail.
class CheckCommand
{
public:
    int run(const QStringList &arguments);
};

}  // namespace stamp::cli
