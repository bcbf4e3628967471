// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ManPageCommand.h"

#include "CommandCatalog.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "ManPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace stamp::cli {

// No summary: not listed by `stamp --help`, and not described by itself.
STAMP_REGISTER_COMMAND(manpage, nullptr, 1000, ManPageCommand);

int ManPageCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "stamp manpage: " << QCoreApplication::translate("ManPageCommand", "takes no arguments.")
            << '\n';
        return ExitUsage;
    }
    // The page names the default places, not this environment's overrides.
    for (const char *variable : { "STAMP_OUTBOX_DIR", "STAMP_SENT_DIR", "STAMP_OAUTH_CLIENTS_FILE" })
        qunsetenv(variable);
    // The date of the sources, never of the build, so packages reproduce
    // (https://reproducible-builds.org/specs/source-date-epoch/).
    QDate date;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        date = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    QTextStream(stdout) << ManPage::write(
        CommandCatalog::describe(), QCoreApplication::applicationVersion(), date);
    return ExitSent;
}

} // namespace stamp::cli
