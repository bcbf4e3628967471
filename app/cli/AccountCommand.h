// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

namespace stamp::cli {

// `stamp account add|list|show|remove|set-password|sign-in|import|export`:
// the saved accounts (AccountStore) and their passwords or OAuth refresh
// tokens (SecretStore, the keychain only). import and export, which bring
// accounts from and to other clients, are in AccountTransfer.cpp.
class AccountCommand
{
public:
    int run(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int setPassword(const QStringList &arguments);
    int signIn(const QStringList &arguments);
    int importAccounts(const QStringList &arguments);
    int exportAccount(const QStringList &arguments);
};

// The streams every `stamp account` action writes to: one of each for the
// whole process, so that what two source files print comes out in order.
QTextStream &accountOut();
QTextStream &accountErr();
// Prints the usage error of `stamp account COMMAND` and returns ExitUsage.
int accountUsage(const QString &command, const QString &message);

} // namespace stamp::cli
