// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stamp {

class ThunderbirdPrefs;

struct ThunderbirdProfile
{
    QString name;
    QString path; // absolute folder
    bool isDefault = false;
};

// Reads a Thunderbird profile's outgoing servers and identities (prefs.js)
// into an import plan: one Stamp account per outgoing server, carrying the
// identities that send through it. Passwords Thunderbird saved are never
// read (logins.json is encrypted with the profile's key, and taking them
// is not ours to do): the person gives each password once, to the keychain.
class ThunderbirdImport
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdImport)

public:
    // Where Thunderbird keeps its profiles for a person with this home
    // folder and (on Windows) %APPDATA%: the native package, the snap, the
    // Flatpak, Windows and macOS. Only folders that exist.
    static QStringList profileRoots(const QString &home, const QString &appData);
    // The profiles a profiles.ini in `root` lists; the one Thunderbird opens
    // first is marked default (the install's choice, else Default=1).
    static QList<ThunderbirdProfile> profilesIn(const QString &root);

    // The prefs.js for `path`: the file itself, a profile folder, or a folder
    // with profiles.ini (its default profile). An empty path looks in the
    // usual places. Empty with `error` set when there is none; `notes`
    // names other profiles that were not chosen.
    static QString locatePrefs(const QString &path, const QString &home, const QString &appData, QStringList *notes,
        QString *error);

    // locatePrefs() for this person, then fromPrefs(). Not yet finished
    // (ImportPlanner::finish).
    static ImportPlan read(const QString &path);
    static ImportPlan fromPrefs(const ThunderbirdPrefs &prefs);
};

} // namespace stamp
