// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MsmtpConfig.h"

#include <QRegularExpression>

namespace stamp {

namespace {
// The argument as msmtp 1.8 reads it: the rest of the line, trimmed; when it
// is wrapped in double quotes (to hold blanks, or to be empty) the outer
// pair goes and the inside is taken as it is: no escapes, so `\"` stays
// `\"` (a passwordeval command hands it to the shell unchanged).
QString unquote(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        return text.mid(1, text.size() - 2);
    return text;
}
} // namespace

MsmtpConfig MsmtpConfig::parse(const QString &text)
{
    MsmtpConfig config;
    Settings defaults;
    Section *current = nullptr;
    bool ignoring = false; // inside an account that is not kept
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype blank = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString command = blank < 0 ? line : line.left(blank);
        const QString value = unquote(blank < 0 ? QString() : line.mid(blank + 1));
        const QString *argument = &value;
        if (command == QLatin1String("defaults")) {
            current = nullptr;
            ignoring = false;
            continue;
        }
        if (command == QLatin1String("account")) {
            ignoring = true; // until it proves usable
            Section section;
            section.line = n + 1;
            const qsizetype colon = argument->indexOf(QLatin1Char(':'));
            section.name = argument->left(colon).trimmed();
            if (colon >= 0) {
                for (const QString &parent : argument->mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    section.parents << parent.trimmed();
            }
            section.defaults = defaults;
            if (section.name.isEmpty()) {
                config.m_problems << tr("line %1: an account without a name").arg(n + 1);
                current = nullptr;
                continue;
            }
            if (config.find(section.name)) {
                // msmtp refuses the file; keep the first so the rest can still come over.
                config.m_problems << tr("line %1: the account \"%2\" is defined a second time; the first one is used")
                                         .arg(n + 1)
                                         .arg(section.name);
                current = nullptr;
                continue;
            }
            config.m_accounts << section;
            current = &config.m_accounts.last();
            ignoring = false;
            continue;
        }
        if (ignoring)
            continue;
        if (current) {
            current->own.insert(command, *argument);
        } else {
            defaults.insert(command, *argument);
            config.m_allDefaults.insert(command, *argument);
        }
    }
    return config;
}

const MsmtpConfig::Section *MsmtpConfig::find(const QString &name) const
{
    for (const Section &section : m_accounts) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

std::optional<MsmtpConfig::Settings> MsmtpConfig::resolve(const QString &name, QString *problem) const
{
    QStringList chain;
    return resolve(name, chain, problem);
}

std::optional<MsmtpConfig::Settings> MsmtpConfig::resolve(
    const QString &name, QStringList &chain, QString *problem) const
{
    const Section *section = find(name);
    if (!section) {
        *problem = tr("it inherits from \"%1\", which is not defined").arg(name);
        return std::nullopt;
    }
    if (chain.contains(name)) {
        *problem = tr("its settings inherit in a circle (%1)").arg((chain << name).join(QStringLiteral(" → ")));
        return std::nullopt;
    }
    chain << name;
    Settings settings = section->defaults;
    for (const QString &parent : section->parents) {
        const std::optional<Settings> inherited = resolve(parent, chain, problem);
        if (!inherited)
            return std::nullopt;
        for (auto it = inherited->cbegin(); it != inherited->cend(); ++it)
            settings.insert(it.key(), it.value());
    }
    for (auto it = section->own.cbegin(); it != section->own.cend(); ++it)
        settings.insert(it.key(), it.value());
    chain.removeLast();
    return settings;
}

} // namespace stamp
