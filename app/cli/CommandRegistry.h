// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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
    const char *summary;  // one line for `stamp --help`, translated at print time
    std::function<int(const QStringList &arguments)> run;  // arguments[0] is the command name
    int order;            // position in the help listing
};

class CommandRegistry
{
public:
    static QList<CommandEntry> &entries();
    static const CommandEntry *find(const QString &name);

    struct Registrar
    {
        Registrar(const QString &name, const char *summary, int order,
                  std::function<int(const QStringList &)> run);
    };
};

}  // namespace stamp::cli

// In a command's .cpp: STAMP_REGISTER_COMMAND(send, "Send a message", 10, SendCommand)
// where the class has `int run(const QStringList &arguments)`.
#define STAMP_REGISTER_COMMAND(NAME, SUMMARY, ORDER, CLASS)                                                 \
    static const ::stamp::cli::CommandRegistry::Registrar s_register_##CLASS(                             \
        QStringLiteral(#NAME), SUMMARY, ORDER, [](const QStringList &arguments) { return CLASS().run(arguments); })
