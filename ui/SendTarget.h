#pragma once

#include "smtp/SessionTypes.h"

#include <QString>

namespace stamp::ui {

// Where the composer sends: a server, how to log in, and who the mail is
// from. The sandbox is one; accounts become others.
struct SendTarget
{
    QString name;         // shown in the From list, e.g. "Sandbox (on this computer)"
    QString fromAddress;  // default sender
    ServerSettings server;
    AuthSettings auth;
};

}  // namespace stamp::ui
