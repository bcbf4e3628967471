// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LaunchRequest.h"

#include "mime/MailtoLink.h"

#include <algorithm>

namespace stamp {

LaunchRequest LaunchRequest::fromArguments(const QStringList &arguments)
{
    LaunchRequest request;
    if (arguments.size() < 2)
        return request;
    const bool composeCommand = arguments.at(1) == QLatin1String("compose");
    const QStringList links = arguments.mid(composeCommand ? 2 : 1);
    // Anything but links (an option, a typo) is the command line's to
    // explain; `stamp compose --help` prints the command's help there.
    const bool onlyLinks = std::all_of(links.cbegin(), links.cend(), &MailtoLink::isMailto);
    if ((composeCommand || !links.isEmpty()) && onlyLinks) {
        request.kind = Kind::Compose;
        request.links = links;
    } else {
        request.kind = Kind::CommandLine;
    }
    return request;
}

} // namespace stamp
