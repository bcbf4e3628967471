// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ThunderbirdImport.h"

#include "ThunderbirdPrefs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace stamp {

namespace {
const QString kPrefs = QStringLiteral("prefs.js");
const QString kProfilesIni = QStringLiteral("profiles.ini");

// Thunderbird's nsMsgAuthMethod values (mailnews/base/public/MailNewsTypes2.idl).
enum TbAuth { TbNone = 1, TbOld = 2, TbCleartext = 3, TbEncrypted = 4, TbGssapi = 5, TbNtlm = 6, TbExternal = 7,
    TbSecure = 8, TbAnything = 9, TbOAuth2 = 10 };

QString domainOf(const QString &address)
{
    return address.mid(address.lastIndexOf(QLatin1Char('@')) + 1);
}
} // namespace

QStringList ThunderbirdImport::profileRoots(const QString &home, const QString &appData)
{
    QStringList candidates { home + QStringLiteral("/.thunderbird"),
        home + QStringLiteral("/snap/thunderbird/common/.thunderbird"),
        home + QStringLiteral("/.var/app/org.mozilla.Thunderbird/.thunderbird"),
        home + QStringLiteral("/Library/Thunderbird") };
    if (!appData.isEmpty())
        candidates << appData + QStringLiteral("/Thunderbird");
    QStringList roots;
    for (const QString &root : candidates) {
        if (QFileInfo::exists(root + QLatin1Char('/') + kProfilesIni))
            roots << QDir::cleanPath(root);
    }
    return roots;
}

QList<ThunderbirdProfile> ThunderbirdImport::profilesIn(const QString &root)
{
    QSettings ini(root + QLatin1Char('/') + kProfilesIni, QSettings::IniFormat);
    QList<ThunderbirdProfile> profiles;
    QString installDefault;
    for (const QString &group : ini.childGroups()) {
        ini.beginGroup(group);
        if (group.startsWith(QLatin1String("Install"))) {
            // Since Thunderbird 68 each installation remembers its own
            // profile; that is the one it opens, whatever Default=1 says.
            installDefault = ini.value(QStringLiteral("Default")).toString();
        } else if (group.startsWith(QLatin1String("Profile"))) {
            const QString path = ini.value(QStringLiteral("Path")).toString();
            const bool relative = ini.value(QStringLiteral("IsRelative"), 1).toInt() == 1;
            if (!path.isEmpty())
                profiles << ThunderbirdProfile { ini.value(QStringLiteral("Name")).toString(),
                    QDir::cleanPath(relative ? root + QLatin1Char('/') + path : path),
                    ini.value(QStringLiteral("Default")).toInt() == 1 };
        }
        ini.endGroup();
    }
    if (!installDefault.isEmpty()) {
        const QString chosen = QDir::cleanPath(
            QDir::isRelativePath(installDefault) ? root + QLatin1Char('/') + installDefault : installDefault);
        for (ThunderbirdProfile &profile : profiles)
            profile.isDefault = profile.path == chosen;
    }
    return profiles;
}

QString ThunderbirdImport::locatePrefs(
    const QString &path, const QString &home, const QString &appData, QStringList *notes, QString *error)
{
    QStringList roots;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isFile())
            return info.absoluteFilePath();
        if (info.isDir() && QFileInfo::exists(path + QLatin1Char('/') + kPrefs))
            return QDir(path).absoluteFilePath(kPrefs);
        if (info.isDir() && QFileInfo::exists(path + QLatin1Char('/') + kProfilesIni)) {
            roots << path;
        } else {
            *error = tr("%1 is neither a prefs.js file, a Thunderbird profile folder nor a folder with "
                        "profiles.ini.")
                         .arg(QDir::toNativeSeparators(path));
            return {};
        }
    } else {
        roots = profileRoots(home, appData);
    }
    QList<ThunderbirdProfile> all;
    for (const QString &root : roots) {
        for (const ThunderbirdProfile &profile : profilesIn(root)) {
            if (QFileInfo::exists(profile.path + QLatin1Char('/') + kPrefs))
                all << profile;
        }
    }
    if (all.isEmpty()) {
        *error = tr("No Thunderbird profile was found. Name the profile folder or its prefs.js file.");
        return {};
    }
    // The first root's default profile: the native package before the snap
    // and the Flatpak, as profileRoots() lists them.
    auto chosen = std::find_if(all.cbegin(), all.cend(), [](const ThunderbirdProfile &p) { return p.isDefault; });
    if (chosen == all.cend())
        chosen = all.cbegin();
    for (const ThunderbirdProfile &profile : all) {
        if (profile.path != chosen->path && notes)
            *notes << tr("Another Thunderbird profile was not read: \"%1\" in %2. Name its folder to import it.")
                          .arg(profile.name, QDir::toNativeSeparators(profile.path));
    }
    return chosen->path + QLatin1Char('/') + kPrefs;
}

ImportPlan ThunderbirdImport::read(const QString &path)
{
    QStringList notes;
    QString error;
    const QString prefsPath = locatePrefs(path, QDir::homePath(), qEnvironmentVariable("APPDATA"), &notes, &error);
    ImportPlan plan;
    if (!prefsPath.isEmpty()) {
        QFile file(prefsPath);
        if (file.open(QIODevice::ReadOnly)) {
            plan = fromPrefs(ThunderbirdPrefs::parse(QString::fromUtf8(file.readAll())));
        } else {
            error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(prefsPath), file.errorString());
        }
    }
    plan.source = QStringLiteral("thunderbird");
    plan.path = prefsPath;
    plan.error = error;
    plan.notes = notes + plan.notes;
    return plan;
}

ImportPlan ThunderbirdImport::fromPrefs(const ThunderbirdPrefs &prefs)
{
    ImportPlan plan;
    plan.source = QStringLiteral("thunderbird");
    for (const QString &problem : prefs.problems())
        plan.notes << tr("A line of prefs.js was not understood and was left out (%1).").arg(problem);

    const QStringList servers = prefs.list(QStringLiteral("mail.smtpservers"));
    const QString defaultServer = prefs.string(QStringLiteral("mail.smtp.defaultserver"));

    // Identities in the order the accounts list them, each under the server
    // it sends through (its own choice, else the profile's default server).
    QHash<QString, QList<Identity>> identitiesOf;
    QStringList seen;
    for (const QString &accountKey : prefs.list(QStringLiteral("mail.accountmanager.accounts"))) {
        for (const QString &id : prefs.list(QStringLiteral("mail.account.%1.identities").arg(accountKey))) {
            if (seen.contains(id))
                continue;
            seen << id;
            const QString prefix = QStringLiteral("mail.identity.%1.").arg(id);
            Identity identity;
            identity.address = prefs.string(prefix + QStringLiteral("useremail")).trimmed();
            if (identity.address.isEmpty())
                continue; // Local Folders and feeds have no address
            identity.name = prefs.string(prefix + QStringLiteral("fullName"));
            identity.replyTo = prefs.string(prefix + QStringLiteral("reply_to"));
            identity.signature = prefs.string(prefix + QStringLiteral("htmlSigText"));
            QString server = prefs.string(prefix + QStringLiteral("smtpServer"));
            if (server.isEmpty())
                server = defaultServer;
            if (!servers.contains(server)) {
                plan.notes << tr("%1 sends through an outgoing server the profile does not describe; it is left out.")
                                  .arg(identity.address);
                continue;
            }
            identitiesOf[server] << identity;
        }
    }

    for (const QString &key : servers) {
        const QString prefix = QStringLiteral("mail.smtpserver.%1.").arg(key);
        ImportItem item;
        Account &a = item.account;
        a.host = prefs.string(prefix + QStringLiteral("hostname")).trimmed();
        const QString description = prefs.string(prefix + QStringLiteral("description")).trimmed();
        item.origin = description.isEmpty() ? a.host : QStringLiteral("%1 (%2)").arg(description, a.host);
        item.isDefault = key == defaultServer;
        if (a.host.isEmpty()) {
            item.action = ImportItem::Action::Skip;
            item.origin = key;
            item.notes << tr("Not imported: the outgoing server has no host name.");
            plan.items << item;
            continue;
        }

        // try_ssl: 0 none, 1 "STARTTLS if offered" (a downgrade Stamp never
        // allows, so STARTTLS required), 2 STARTTLS, 3 SSL/TLS from the start.
        switch (prefs.integer(prefix + QStringLiteral("try_ssl")).value_or(0)) {
        case 0:
            a.security = SecurityMode::None;
            item.notes << tr("Thunderbird sent through this server without encryption. Stamp will too, but "
                             "refuses to log in that way; choose STARTTLS or TLS in the account's settings if the "
                             "server offers it.");
            break;
        case 1:
        case 2:
            a.security = SecurityMode::StartTls;
            break;
        case 3:
            a.security = SecurityMode::ImplicitTls;
            break;
        default:
            a.security = SecurityMode::StartTls;
            item.notes << tr("The connection security setting was not understood; STARTTLS is used.");
        }
        // Port 0 or none: Thunderbird's defaults, 465 for TLS and 587 otherwise.
        const int port = prefs.integer(prefix + QStringLiteral("port")).value_or(0);
        a.port = static_cast<quint16>(port > 0 && port < 65536 ? port
                : a.security == SecurityMode::ImplicitTls   ? 465
                                                            : 587);

        a.username = prefs.string(prefix + QStringLiteral("username")).trimmed();
        switch (prefs.integer(prefix + QStringLiteral("authMethod")).value_or(TbCleartext)) {
        case TbNone:
            a.authMethod = sasl::AuthMethod::None;
            break;
        case TbEncrypted:
            a.authMethod = sasl::AuthMethod::CramMd5;
            break;
        case TbOAuth2:
            a.authMethod = sasl::AuthMethod::XOAuth2; // ImportPlanner::finish finds the provider's sign-in
            break;
        case TbGssapi:
        case TbNtlm:
        case TbExternal:
            a.authMethod = sasl::AuthMethod::Auto;
            item.notes << tr("Thunderbird logged in with Kerberos, NTLM or a certificate, which Stamp does not "
                             "offer; it will log in with a password.");
            break;
        default: // old, normal password, "secure", anything
            a.authMethod = sasl::AuthMethod::Auto;
        }

        a.identities = identitiesOf.value(key);
        if (a.identities.isEmpty()) {
            if (a.username.contains(QLatin1Char('@'))) {
                a.email = a.username;
                a.identities << Identity { {}, a.email, {}, {} };
                item.notes << tr("No identity sends through this server; its user name is used as the address.");
            } else {
                item.action = ImportItem::Action::Skip;
                item.notes << tr("Not imported: no identity sends through this server, so there is no address to "
                                 "send from.");
            }
        } else {
            a.email = a.identities.first().address;
            a.displayName = a.identities.first().name;
        }
        for (const Identity &identity : std::as_const(a.identities)) {
            if (identity.signature.contains(QLatin1Char('<')))
                item.notes << tr("The signature of %1 was written in HTML; check how it looks.").arg(identity.address);
        }
        a.name = description.isEmpty() ? (a.email.isEmpty() ? a.host : domainOf(a.email)) : description;
        plan.items << item;
    }
    if (servers.isEmpty())
        plan.notes << tr("The profile has no outgoing (SMTP) server.");
    plan.notes << tr("Passwords saved in Thunderbird are not read: Stamp asks for each account's password once, "
                     "for the keychain.");
    return plan;
}

} // namespace stamp
