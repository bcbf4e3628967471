// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace stamp {

class AccountStore;
class ProviderCatalog;

// One account another client knows, as Stamp would save it. Nothing secret
// is ever part of it: passwords stay where they were (or are asked for).
struct ImportItem
{
    enum class Action { Create, Skip };

    Action action = Action::Create;
    Account account; // id assigned by ImportPlanner::finish
    QString origin; // where it came from, in the other client's words ("smtp2", "account work")
    QStringList notes; // what was not carried over or needs a look, for a person
    bool isDefault = false; // the other client's default account

    bool creates() const { return action == Action::Create; }
    // After import the person gives a password once (into the keychain)...
    bool needsPassword() const;
    // ...or signs in with the provider in the browser.
    bool needsSignIn() const;
};

// A preview of what an import would create: made by a reader
// (ThunderbirdImport, MsmtpImport), completed by ImportPlanner::finish, shown
// to the person (a dialog, `stamp account import --dry-run`), and only then
// applied. Reading and finishing never change anything.
struct ImportPlan
{
    QString source; // "thunderbird", "msmtp"
    QString path; // the file read
    QList<ImportItem> items;
    QStringList notes; // about the file as a whole
    QString error; // set when nothing could be read; items is then empty

    bool ok() const { return error.isEmpty(); }
    int createCount() const;
    // For --json: accounts as `stamp account list --json` shows them (no id).
    QJsonObject toJson() const;
};

class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    // Completes a reader's plan against what is already saved: takes the
    // provider preset whose server matches (its id, and its sign-in when the
    // preset accepts nothing else), skips accounts that already exist (same
    // host and user) and repeats within the plan (their address becomes an
    // identity of the first), makes every name valid and unique, and skips
    // what Account::validate() refuses, each with a note.
    static void finish(ImportPlan &plan, const QList<Account> &existing, const ProviderCatalog &catalog);

    // Saves the accounts the plan creates, one by one, through the store.
    // Returns those saved; a refusal is added to `problems` and the rest go on.
    static QList<Account> apply(const ImportPlan &plan, AccountStore &store, QStringList *problems);

    // A usable, unique account name made from `wanted` ("Work Mail" -> "Work-Mail").
    static QString uniqueName(const QString &wanted, const QStringList &taken);
};

} // namespace stamp
