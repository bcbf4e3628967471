// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DraftStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp {

// A message kept to start new ones from: what a draft keeps (fields as
// typed, attachments as paths), a name the person chose, and the account
// it was written for.
struct Template
{
    QString name;
    QString accountId;  // the account whose identity is in content.from; empty: none (the sandbox)
    Draft content;      // content.id is the template's own id

    // The attachments whose files are not there (any more): a message
    // started from the template names them instead of dropping them.
    QStringList missingAttachments() const;
};

// Templates, stored exactly like drafts (one durable JSON file each, the
// draft's keys plus "name" and "account") in their own folder of the app's
// data. Names are unique regardless of case ("Weekly" and "weekly" are
// one), so a name on the command line finds one template.
class TemplateStore
{
public:
    explicit TemplateStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();

    // What a save does when another template has the name already.
    enum class Existing { Keep, Replace };
    // Saves `t` under its name; empty string on success. With Keep, a
    // name another template has is refused; with Replace, `t` takes that
    // template's place (and id).
    QString save(Template &t, Existing existing = Existing::Keep);
    // By name, in the user's collation. Files that cannot be read are
    // skipped and, when `unreadable` is given, named there.
    QList<Template> list(QStringList *unreadable = nullptr) const;
    std::optional<Template> find(const QString &name) const;
    // Empty string on success, else why not (no such template, the new
    // name is taken or not a name).
    QString rename(const QString &name, const QString &newName);
    QString remove(const QString &name);

    // Why `name` cannot name a template, or an empty string.
    static QString nameProblem(const QString &name);
    static bool sameName(const QString &a, const QString &b);
    const QString &directory() const { return m_files.directory(); }

private:
    std::optional<Template> load(const QString &id) const;

    DraftStore m_files;  // the same files and durable writes as drafts
};

}  // namespace stamp
