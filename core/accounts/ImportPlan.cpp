// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportPlan.h"

#include "AccountStore.h"
#include "SentCopyDefaults.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>

#include <algorithm>

namespace stamp {

namespace {
bool usesOAuthMechanism(const Account &account)
{
    return account.authMethod == sasl::AuthMethod::XOAuth2 || account.authMethod == sasl::AuthMethod::OAuthBearer;
}

// "Already there" is the server and the login, not the name: the same
// mailbox under another name is still the same account.
bool sameLogin(const Account &a, const Account &b)
{
    if (a.host.compare(b.host, Qt::CaseInsensitive) != 0)
        return false;
    if (a.username.isEmpty() && b.username.isEmpty())
        return a.email.compare(b.email, Qt::CaseInsensitive) == 0;
    return a.username == b.username;
}

bool hasIdentity(const Account &account, const QString &address)
{
    return account.identityFor(address).has_value();
}

const ServerPreset *matchingServer(const ProviderPreset &preset, const QString &host)
{
    for (const ServerPreset &server : preset.servers) {
        if (server.host.compare(host, Qt::CaseInsensitive) == 0)
            return &server;
    }
    return nullptr;
}
} // namespace

bool ImportItem::needsPassword() const
{
    return account.authMethod != sasl::AuthMethod::None && !account.signsInWithOAuth();
}

bool ImportItem::needsSignIn() const
{
    return account.signsInWithOAuth();
}

int ImportPlan::createCount() const
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(), [](const ImportItem &i) { return i.creates(); }));
}

QJsonObject ImportPlan::toJson() const
{
    QJsonArray list;
    for (const ImportItem &item : items) {
        QJsonObject account = item.account.toJson();
        account.remove(QStringLiteral("id"));
        QJsonObject o;
        o[QStringLiteral("action")] = item.creates() ? QStringLiteral("create") : QStringLiteral("skip");
        o[QStringLiteral("origin")] = item.origin;
        o[QStringLiteral("default")] = item.isDefault;
        o[QStringLiteral("login")] = item.needsSignIn() ? QStringLiteral("sign-in")
            : item.needsPassword()                      ? QStringLiteral("password")
                                                        : QStringLiteral("none");
        o[QStringLiteral("notes")] = QJsonArray::fromStringList(item.notes);
        o[QStringLiteral("account")] = account;
        list.append(o);
    }
    QJsonObject o;
    o[QStringLiteral("source")] = source;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(notes);
    o[QStringLiteral("accounts")] = list;
    if (!error.isEmpty())
        o[QStringLiteral("error")] = error;
    return o;
}

QString ImportPlanner::uniqueName(const QString &wanted, const QStringList &taken)
{
    // Account names are what the command line and keychain keys take
    // (Account::isValidName): fold accents away ("Büro" -> "Buro") and turn
    // anything else into a dash.
    QString name;
    for (const QChar c : wanted.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
        const QChar next = plain ? c : QChar(u'-');
        if (next == u'-' && (name.isEmpty() || name.endsWith(u'-')))
            continue;
        name += next;
    }
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    name = name.left(56);
    while (name.endsWith(u'-') || name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("imported");
    const auto isTaken = [&](const QString &candidate) {
        return std::any_of(taken.cbegin(), taken.cend(),
            [&](const QString &t) { return t.compare(candidate, Qt::CaseInsensitive) == 0; });
    };
    QString candidate = name;
    for (int n = 2; isTaken(candidate); ++n)
        candidate = name + QLatin1Char('-') + QString::number(n);
    return candidate;
}

void ImportPlanner::finish(ImportPlan &plan, const QList<Account> &existing, const ProviderCatalog &catalog)
{
    QStringList taken;
    for (const Account &account : existing)
        taken << account.name;

    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        ImportItem &item = plan.items[i];
        Account &a = item.account;
        a.host = a.host.trimmed();
        a.email = a.email.trimmed();
        const bool wantedOAuth = usesOAuthMechanism(a);

        const ServerPreset *server = nullptr;
        for (const ProviderPreset &preset : catalog.presets()) {
            server = matchingServer(preset, a.host);
            if (!server)
                continue;
            a.providerId = preset.id;
            // What the other client did with sent mail is not in its files
            // we read: the preset's default, as for an account added here.
            a.sentCopy = SentCopyDefaults::fromPreset(preset);
            if ((wantedOAuth || preset.oauthOnly()) && preset.supportsOAuth()) {
                a.authMethod = preset.oauth.mechanism;
                a.oauthIssuer = preset.oauth.issuer;
                if (!wantedOAuth)
                    item.notes << tr("%1 accepts only its own sign-in page: sign in once after the import.")
                                      .arg(preset.displayName);
            } else if (wantedOAuth) {
                a.authMethod = sasl::AuthMethod::Auto;
                item.notes << tr("Stamp knows no OAuth sign-in for %1: it will log in with a password (an app "
                                 "password, where the provider offers them).")
                                  .arg(preset.displayName);
            }
            break;
        }
        if (!server && wantedOAuth && a.oauthIssuer.isEmpty()) {
            a.authMethod = sasl::AuthMethod::Auto;
            item.notes << tr("The account signed in with OAuth, which Stamp offers only for the providers it knows; "
                             "it will log in with a password instead.");
        }
        if (a.authMethod == sasl::AuthMethod::None)
            a.username.clear();
        else if (a.username.isEmpty())
            a.username = server ? server->usernameFor(a.email) : a.email;

        if (!item.creates()) {
            a.name = uniqueName(a.name, {});
            continue;
        }
        for (const Account &saved : existing) {
            if (sameLogin(saved, a)) {
                item.action = ImportItem::Action::Skip;
                item.notes << tr("Not imported: the account \"%1\" already uses this server with this user name.")
                                  .arg(saved.name);
                break;
            }
        }
        for (qsizetype j = 0; item.creates() && j < i; ++j) {
            ImportItem &earlier = plan.items[j];
            if (!earlier.creates() || !sameLogin(earlier.account, a))
                continue;
            item.action = ImportItem::Action::Skip;
            // The same login under another From address is what identities
            // are for: keep the address, not a second copy of the server.
            for (const Identity &identity : a.identities) {
                if (!hasIdentity(earlier.account, identity.address))
                    earlier.account.identities << identity;
            }
            item.notes << tr("Not imported: same server and user name as %1; its address is added to that "
                             "account as an identity.")
                              .arg(earlier.origin);
        }
        if (!item.creates()) {
            a.name = uniqueName(a.name, {});
            continue;
        }
        a.name = uniqueName(a.name, taken);
        a.id = Account::newId();
        if (const QString problem = a.validate(); !problem.isEmpty()) {
            item.action = ImportItem::Action::Skip;
            item.notes << tr("Not imported: %1").arg(problem);
            continue;
        }
        taken << a.name;
    }
}

QList<Account> ImportPlanner::apply(const ImportPlan &plan, AccountStore &store, QStringList *problems)
{
    QList<Account> saved;
    for (const ImportItem &item : plan.items) {
        if (!item.creates())
            continue;
        if (const QString problem = store.add(item.account); !problem.isEmpty()) {
            if (problems)
                *problems << tr("%1: %2").arg(item.account.name, problem);
            continue;
        }
        saved << item.account;
    }
    return saved;
}

} // namespace stamp
