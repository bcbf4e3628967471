// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace stamp::cli {

// Every `stamp COMMAND` registers itself here from its own .cpp file, so
// adding a command touches no shared dispatch code.
struct CommandEntry
{
    QString name;
    const char *summary;  // one line for `stamp --help`, translated at print time; null: hidden
    std::function<int(const QStringList &arguments)> run;  // arguments[0] is the command name
    int order;            // position in the help listing
};

// A word after the command that picks what it does (`stamp account add`).
// Registered next to the command, so the usage listing, the man page and
// the shell completions all read the same list.
struct SubcommandEntry
{
    QString name;
    const char *arguments;  // what follows it in the usage ("NAME", "ID"), may be empty
    const char *summary;    // one line, translated at print time (context "CommandLine")
};

class CommandRegistry
{
public:
    static QList<CommandEntry> &entries();
    static const CommandEntry *find(const QString &name);
    // In registration order; empty for a command without sub-commands.
    static QList<SubcommandEntry> subcommands(const QString &command);

    struct Registrar
    {
        Registrar(const QString &name, const char *summary, int order,
                  std::function<int(const QStringList &)> run);
        Registrar(const QString &command, const QList<SubcommandEntry> &subcommands);
    };

private:
    static QHash<QString, QList<SubcommandEntry>> &subcommandLists();
};

}  // namespace stamp::cli

// In a command's .cpp: STAMP_REGISTER_COMMAND(send, "Send a message", 10, SendCommand)
// where the class has `int run(const QStringList &arguments)`.
#define STAMP_REGISTER_COMMAND(NAME, SUMMARY, ORDER, CLASS)                                                 \
    static const ::stamp::cli::CommandRegistry::Registrar s_register_##CLASS(                             \
        QStringLiteral(#NAME), SUMMARY, ORDER, [](const QStringList &arguments) { return CLASS().run(arguments); })

// Next to it: STAMP_REGISTER_SUBCOMMANDS(account, {{QStringLiteral("add"), "NAME", QT_TRANSLATE_NOOP(...)}, ...})
#define STAMP_REGISTER_SUBCOMMANDS(NAME, ...)                                                               \
    static const ::stamp::cli::CommandRegistry::Registrar s_register_subcommands_##NAME(                  \
        QStringLiteral(#NAME), QList<::stamp::cli::SubcommandEntry> __VA_ARGS__)
