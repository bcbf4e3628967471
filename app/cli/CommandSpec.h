// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stamp::cli {

// What a shell can offer for a value.
enum class ValueCompletion {
    None,
    Choices, // OptionSpec::choices
    File,
    Account, // a saved account's name (`stamp account list`)
    Host,
    Variable, // an environment variable's name
};

struct OptionSpec
{
    QStringList names; // without dashes: {"h", "help"}
    QString valueName; // empty for a switch
    QString description;
    ValueCompletion completion = ValueCompletion::None;
    QStringList choices;

    // "-h", "--help"
    QStringList flags() const;
};

struct ArgumentSpec
{
    QString name;
    QString description;
    ValueCompletion completion = ValueCompletion::None;
};

// One command or sub-command as its --help describes it: the model the
// man page and the completion scripts are written from.
struct CommandSpec
{
    QString path; // "send", "account add"
    QString summary; // one line
    QString usage; // what follows "stamp PATH" in the synopsis
    QString description;
    QList<OptionSpec> options;
    QList<ArgumentSpec> arguments;
    QList<CommandSpec> subcommands;

    QString name() const { return path.section(QLatin1Char(' '), -1); }

    // Reads the layout QCommandLineParser::helpText() writes (Qt's own,
    // whatever the language): the option and argument tables at the end,
    // the description between them and the usage line. Only the layout is
    // read, never the words, so a translated help reads the same.
    static CommandSpec fromHelp(const QString &path, const QString &helpText);
};

} // namespace stamp::cli
