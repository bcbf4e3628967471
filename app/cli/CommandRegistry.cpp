// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandRegistry.h"

#include <algorithm>

namespace stamp::cli {

QList<CommandEntry> &CommandRegistry::entries()
{
    // A function-local static: safe to use from other files' static
    // initialisers, whatever order the linker runs them in.
    static QList<CommandEntry> list;
    return list;
}

const CommandEntry *CommandRegistry::find(const QString &name)
{
    for (const CommandEntry &entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QHash<QString, QList<SubcommandEntry>> &CommandRegistry::subcommandLists()
{
    static QHash<QString, QList<SubcommandEntry>> lists;
    return lists;
}

QList<SubcommandEntry> CommandRegistry::subcommands(const QString &command)
{
    return subcommandLists().value(command);
}

CommandRegistry::Registrar::Registrar(const QString &command, const QList<SubcommandEntry> &subcommands)
{
    subcommandLists()[command] += subcommands;
}

CommandRegistry::Registrar::Registrar(const QString &name, const char *summary, int order,
                                      std::function<int(const QStringList &)> run)
{
    QList<CommandEntry> &list = entries();
    list.append({name, summary, std::move(run), order});
    std::stable_sort(list.begin(), list.end(),
                     [](const CommandEntry &a, const CommandEntry &b) { return a.order < b.order; });
}

}  // namespace stamp::cli
