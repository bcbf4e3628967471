#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp send`: submits one message and reports per recipient.
class SendCommand
{
public:
    int run(const QStringList &arguments);
};

}  // namespace stamp::cli
