// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandSpec.h"

#include <QRegularExpression>

namespace stamp::cli {

QStringList OptionSpec::flags() const
{
    QStringList result;
    for (const QString &name : names)
        result << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return result;
}

namespace {
// A table QCommandLineParser writes: a heading, then entries indented by
// two spaces; an entry's description continues on lines indented further
// (Qt wraps at spaces only, so one space joins them again).
struct Entry
{
    QString head; // the indented entry's first line, without the indent
    QString more; // the continuation lines, joined
};

QList<Entry> entries(const QStringList &lines)
{
    QList<Entry> result;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            result.append({ line.mid(2), {} });
        } else if (!result.isEmpty()) {
            Entry &last = result.last();
            last.more += QLatin1Char(' ') + line.trimmed();
        }
    }
    return result;
}

// Splits "--names <VALUE>   description" at the gap Qt pads with.
std::pair<QString, QString> splitHead(const QString &head, const QRegularExpression &names)
{
    const QRegularExpressionMatch match = names.match(head);
    if (!match.hasMatch())
        return { head.trimmed(), {} };
    return { match.captured(0), head.mid(match.capturedLength()).trimmed() };
}
} // namespace

CommandSpec CommandSpec::fromHelp(const QString &path, const QString &helpText)
{
    CommandSpec spec;
    spec.path = path;
    QStringList lines = helpText.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();

    // From the end: blocks separated by blank lines; Qt puts the options
    // table last, or second to last before the arguments table.
    QList<QStringList> tail;
    qsizetype end = lines.size();
    for (int block = 0; block < 2 && end > 1; ++block) {
        qsizetype start = end;
        while (start > 1 && !lines.at(start - 1).trimmed().isEmpty())
            --start;
        const QStringList blockLines = lines.mid(start, end - start);
        // A table: a heading, then entries.
        if (blockLines.size() < 2 || blockLines.first().startsWith(QLatin1Char(' '))
            || !blockLines.at(1).startsWith(QLatin1String("  ")))
            break;
        tail.prepend(blockLines);
        end = start - 1;
        if (blockLines.at(1).startsWith(QLatin1String("  -")))
            break; // the options table: the description is above it
    }

    static const QRegularExpression optionNames(
        QStringLiteral("^(-{1,2}[^\\s,]+)(, -{1,2}[^\\s,]+)*( <[^>]*>)?"));
    static const QRegularExpression argumentName(QStringLiteral("^\\S+"));
    for (const QStringList &table : std::as_const(tail)) {
        const bool options = table.at(1).startsWith(QLatin1String("  -"));
        for (const Entry &entry : entries(table.mid(1))) {
            const auto [head, text] = splitHead(entry.head, options ? optionNames : argumentName);
            const QString description = QString(text + entry.more).trimmed();
            if (!options) {
                spec.arguments.append({ head, description });
                continue;
            }
            OptionSpec option;
            QString names = head;
            if (const qsizetype angle = names.indexOf(QLatin1String(" <")); angle > 0) {
                option.valueName = names.mid(angle + 2).chopped(1);
                names.truncate(angle);
            }
            for (const QString &name : names.split(QLatin1String(", ")))
                option.names << QString(name).remove(QRegularExpression(QStringLiteral("^-+")));
            option.description = description;
            spec.options.append(option);
        }
    }

    // Line 0 is the usage; the description runs to the tables.
    QStringList description = lines.mid(1, std::max<qsizetype>(0, end - 1));
    while (!description.isEmpty() && description.last().trimmed().isEmpty())
        description.removeLast();
    spec.description = description.join(QLatin1Char('\n'));
    return spec;
}

} // namespace stamp::cli
