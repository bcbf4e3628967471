// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stamp {

// What the person was writing, kept so nothing is lost when the composer
// closes or the app dies: the fields as typed, and attachments as paths
// (the files are captured only when the message is sent).
struct Draft
{
    QString id;  // empty until first saved
    QDateTime savedAt;
    QString from;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString text;
    QString html;  // set when the rich text mode was on
    QStringList attachments;
    // The composer's Options: delivery report (RFC 3461), read receipt (RFC 8098).
    // No value: a draft saved before the option existed, which then takes
    // the account's default like a new message.
    std::optional<bool> deliveryReport;
    bool readReceipt = false;

    bool isEmpty() const;
};

// Drafts as one JSON file each, written durably (DurableFile: a crash at
// any moment leaves the previous version or the new one, never a torn
// file), under the app's data folder.
class DraftStore
{
public:
    explicit DraftStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();

    // Saves (assigning an id the first time); empty string on success.
    // `extra` adds keys of the caller's next to the draft's (a template's
    // name), read back through load()'s `stored`.
    QString save(Draft &draft, const QJsonObject &extra = {});
    QList<Draft> list() const;  // newest first; unreadable files are skipped
    // `stored`, when given, receives the whole JSON object as stored.
    std::optional<Draft> load(const QString &id, QJsonObject *stored = nullptr) const;
    bool remove(const QString &id);
    // The ids of the files in the folder, readable or not.
    QStringList ids() const;
    const QString &directory() const { return m_directory; }

private:
    QString pathFor(const QString &id) const;

    QString m_directory;
};

}  // namespace stamp
