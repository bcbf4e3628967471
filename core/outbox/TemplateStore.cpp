// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateStore.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
};

const QString kName = QStringLiteral("name");
const QString kAccount = QStringLiteral("account");
constexpr int kMaxName = 200;
}  // namespace

QStringList Template::missingAttachments() const
{
    QStringList missing;
    for (const QString &path : content.attachments) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable())
            missing << path;
    }
    return missing;
}

TemplateStore::TemplateStore(const QString &directory)
    : m_files(directory)
{
}

QString TemplateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

bool TemplateStore::sameName(const QString &a, const QString &b)
{
    // Upper-casing first applies the full mappings (ß to SS) that case
    // folding alone leaves out: "STRASSE" and "straße" are one name.
    const auto key = [](const QString &name) { return name.trimmed().toUpper().toCaseFolded(); };
    return key(a) == key(b);
}

QString TemplateStore::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("A template needs a name.");
    if (trimmed.size() > kMaxName)
        return Text::tr("A template's name can have at most %n characters.", nullptr, kMaxName);
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Text::tr("A template's name cannot contain line breaks or tabs.");
    return {};
}

std::optional<Template> TemplateStore::load(const QString &id) const
{
    QJsonObject file;
    const std::optional<Draft> draft = m_files.load(id, &file);
    if (!draft)
        return std::nullopt;
    Template t;
    t.name = file.value(kName).toString().trimmed();
    // A draft's file put here by hand has no name: its subject serves.
    if (t.name.isEmpty())
        t.name = draft->subject.trimmed();
    if (!nameProblem(t.name).isEmpty())
        return std::nullopt;
    t.accountId = file.value(kAccount).toString();
    t.content = *draft;
    return t;
}

QList<Template> TemplateStore::list(QStringList *unreadable) const
{
    QList<Template> templates;
    for (const QString &id : m_files.ids()) {
        if (std::optional<Template> t = load(id))
            templates << *t;
        else if (unreadable)
            *unreadable << m_files.directory() + QLatin1Char('/') + id + QStringLiteral(".json");
    }
    QCollator collator;  // the user's alphabet, "b" between "A" and "C"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(templates.begin(), templates.end(),
              [&collator](const Template &a, const Template &b) { return collator.compare(a.name, b.name) < 0; });
    return templates;
}

std::optional<Template> TemplateStore::find(const QString &name) const
{
    for (const Template &t : list()) {
        if (sameName(t.name, name))
            return t;
    }
    return std::nullopt;
}

QString TemplateStore::save(Template &t, Existing existing)
{
    t.name = t.name.trimmed();
    if (const QString problem = nameProblem(t.name); !problem.isEmpty())
        return problem;
    if (const std::optional<Template> other = find(t.name); other && other->content.id != t.content.id) {
        if (existing == Existing::Keep)
            return Text::tr("A template named \"%1\" exists already.").arg(other->name);
        t.content.id = other->content.id;
    }
    return m_files.save(t.content, QJsonObject{{kName, t.name}, {kAccount, t.accountId}});
}

QString TemplateStore::rename(const QString &name, const QString &newName)
{
    std::optional<Template> t = find(name);
    if (!t)
        return Text::tr("There is no template named \"%1\".").arg(name);
    t->name = newName;
    return save(*t, Existing::Keep);
}

QString TemplateStore::remove(const QString &name)
{
    const std::optional<Template> t = find(name);
    if (!t)
        return Text::tr("There is no template named \"%1\".").arg(name);
    if (!m_files.remove(t->content.id))
        return Text::tr("The template \"%1\" could not be deleted from %2.").arg(t->name, m_files.directory());
    return {};
}

}  // namespace stamp
