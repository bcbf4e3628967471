// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Accounts from other clients: Thunderbird's prefs.js and profiles.ini,
// msmtp's configuration (defaults, inheritance, quoting), the import plan
// (presets, duplicates, names) and the msmtp export. The samples are in
// tests/data/import.

#include "accounts/AccountStore.h"
#include "accounts/ImportPlan.h"
#include "accounts/MsmtpConfig.h"
#include "accounts/MsmtpExport.h"
#include "accounts/MsmtpImport.h"
#include "accounts/ThunderbirdImport.h"
#include "accounts/ThunderbirdPrefs.h"
#include "providers/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(STAMP_SOURCE_DIR "/tests/data/import/") + name;
}

const ImportItem *itemFor(const ImportPlan &plan, const QString &origin)
{
    for (const ImportItem &item : plan.items) {
        if (item.origin == origin)
            return &item;
    }
    return nullptr;
}

QStringList addresses(const Account &account)
{
    QStringList list;
    for (const Identity &identity : account.identities)
        list << identity.address;
    return list;
}

bool anyNoteContains(const QStringList &notes, const QString &text)
{
    return std::any_of(notes.cbegin(), notes.cend(), [&](const QString &n) { return n.contains(text); });
}

ImportPlan finishedThunderbird(const QList<Account> &existing = {})
{
    ImportPlan plan = ThunderbirdImport::read(data(QStringLiteral("thunderbird/Profiles/k2x8w1.default-release")));
    ImportPlanner::finish(plan, existing, ProviderCatalog::standard());
    return plan;
}

ImportPlan finishedMsmtp(const QList<Account> &existing = {})
{
    ImportPlan plan = MsmtpImport::read(data(QStringLiteral("msmtprc")));
    ImportPlanner::finish(plan, existing, ProviderCatalog::standard());
    return plan;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}
} // namespace

class TestAccountImport : public QObject
{
    Q_OBJECT

private slots:
    void prefsValuesAndEscapes();
    void prefsBrokenStatementsAreReported();
    void thunderbirdProfilesAreFound_data();
    void thunderbirdProfilesAreFound();
    void thunderbirdChosenPaths();
    void thunderbirdServersAndIdentities();
    void thunderbirdSecurityAndPorts();
    void thunderbirdSkipsAndNotes();
    void existingAccountsAreSkippedAndNamesUnique();
    void msmtpQuotingAndInheritance();
    void msmtpPlan();
    void msmtpCycleAndMissingParent();
    void msmtpLocation();
    void uniqueNames_data();
    void uniqueNames();
    void nothingChangesUntilApplied();
    void planJsonHasNoIdAndNoSecret();
    void exportMsmtpBlock();
    void exportRefusesOAuth();
    void exportReadsBackTheSame();
};

void TestAccountImport::prefsValuesAndEscapes()
{
    const ThunderbirdPrefs prefs = ThunderbirdPrefs::parse(QStringLiteral(
        "user_pref(\"a\", \"x\\\"y\\\\z\\n\\t\\u00e9\\x41\\u{1F600}\");\n"
        "user_pref('b', 'it\\'s');  user_pref(\"c\", -42);\n"
        "/* user_pref(\"hidden\", 1); */ // user_pref(\"hidden2\", 1);\n"
        "# user_pref(\"hidden3\", 1);\n"
        "pref(\"d\", true); sticky_pref(\"e\", false);\n"
        "user_pref(\"list\", \" one, ,two ,\");\n"
        "user_pref(\"a2\", \"first\"); user_pref(\"a2\", \"second\");\n"));
    QCOMPARE(prefs.string(QStringLiteral("a")), QStringLiteral("x\"y\\z\n\t\u00e9A") + QString::fromUcs4(U"\U0001F600", 1));
    QCOMPARE(prefs.string(QStringLiteral("b")), QStringLiteral("it's"));
    QCOMPARE(prefs.integer(QStringLiteral("c")), -42);
    QCOMPARE(prefs.value(QStringLiteral("d")), QVariant(true));
    QCOMPARE(prefs.value(QStringLiteral("e")), QVariant(false));
    QCOMPARE(prefs.list(QStringLiteral("list")), (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
    QCOMPARE(prefs.string(QStringLiteral("a2")), QStringLiteral("second"));
    QVERIFY(!prefs.contains(QStringLiteral("hidden")));
    QVERIFY(!prefs.contains(QStringLiteral("hidden2")));
    QVERIFY(!prefs.contains(QStringLiteral("hidden3")));
    QVERIFY(prefs.problems().isEmpty());
    QCOMPARE(prefs.size(), 7);
}

void TestAccountImport::prefsBrokenStatementsAreReported()
{
    const ThunderbirdPrefs prefs = ThunderbirdPrefs::parse(QStringLiteral(
        "user_pref(\"ok1\", 1);\n"
        "user_pref(\"broken\", );\n"
        "user_pref(\"unterminated, 2);\n"
        "evil(\"x\", 3);\n"
        "user_pref(\"ok2\", \"fine\");\n"));
    QCOMPARE(prefs.integer(QStringLiteral("ok1")), 1);
    QCOMPARE(prefs.string(QStringLiteral("ok2")), QStringLiteral("fine"));
    QVERIFY(!prefs.contains(QStringLiteral("broken")));
    QCOMPARE(prefs.problems().size(), 3);
    QVERIFY2(prefs.problems().at(0).startsWith(QLatin1String("line 2")), qPrintable(prefs.problems().join('|')));
    QVERIFY(prefs.problems().at(2).startsWith(QLatin1String("line 4")));
}

void TestAccountImport::thunderbirdProfilesAreFound_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("native") << QStringLiteral(".thunderbird");
    QTest::newRow("snap") << QStringLiteral("snap/thunderbird/common/.thunderbird");
    QTest::newRow("flatpak") << QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird");
    QTest::newRow("macos") << QStringLiteral("Library/Thunderbird");
}

void TestAccountImport::thunderbirdProfilesAreFound()
{
    QFETCH(QString, root);
    QTemporaryDir home;
    QVERIFY(copyTree(data(QStringLiteral("thunderbird")), home.filePath(root)));
    QCOMPARE(ThunderbirdImport::profileRoots(home.path(), {}), QStringList { QDir::cleanPath(home.filePath(root)) });

    QStringList notes;
    QString error;
    const QString prefs = ThunderbirdImport::locatePrefs({}, home.path(), {}, &notes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The install's own default, not the profile marked Default=1.
    QCOMPARE(prefs, home.filePath(root + QStringLiteral("/Profiles/k2x8w1.default-release/prefs.js")));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QLatin1String("old.default")));
}

void TestAccountImport::thunderbirdChosenPaths()
{
    QStringList notes;
    QString error;
    const QString profile = data(QStringLiteral("thunderbird/Profiles/old.default"));
    QCOMPARE(ThunderbirdImport::locatePrefs(profile, {}, {}, &notes, &error), profile + QStringLiteral("/prefs.js"));
    QCOMPARE(ThunderbirdImport::locatePrefs(profile + QStringLiteral("/prefs.js"), {}, {}, &notes, &error),
        profile + QStringLiteral("/prefs.js"));
    QVERIFY(ThunderbirdImport::locatePrefs(data(QStringLiteral("thunderbird")), {}, {}, &notes, &error)
                .endsWith(QLatin1String("k2x8w1.default-release/prefs.js")));
    QVERIFY(error.isEmpty());

    QTemporaryDir empty;
    QVERIFY(ThunderbirdImport::locatePrefs({}, empty.path(), {}, &notes, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(ThunderbirdImport::locatePrefs(empty.path(), {}, {}, &notes, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // Windows keeps profiles under %APPDATA%\Thunderbird.
    QVERIFY(copyTree(data(QStringLiteral("thunderbird")), empty.filePath(QStringLiteral("AppData/Thunderbird"))));
    QCOMPARE(ThunderbirdImport::profileRoots(empty.filePath(QStringLiteral("nohome")),
                 empty.filePath(QStringLiteral("AppData"))),
        QStringList { empty.filePath(QStringLiteral("AppData/Thunderbird")) });
}

void TestAccountImport::thunderbirdServersAndIdentities()
{
    const ImportPlan plan = finishedThunderbird();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.items.size(), 7);
    QCOMPARE(plan.createCount(), 4);

    const ImportItem *work = itemFor(plan, QStringLiteral("Work Mail (mail.example.com)"));
    QVERIFY(work);
    QVERIFY(work->creates());
    QCOMPARE(work->account.name, QStringLiteral("Work-Mail"));
    QCOMPARE(work->account.email, QStringLiteral("alice@example.com"));
    QCOMPARE(work->account.displayName, QStringLiteral("Alice \"Al\" Example"));
    QCOMPARE(work->account.username, QStringLiteral("alice@example.com"));
    QCOMPARE(work->account.authMethod, sasl::AuthMethod::Auto);
    QVERIFY(work->needsPassword());
    QVERIFY(!work->account.id.isEmpty());
    // The second server with the same login became an identity, not an account.
    QCOMPARE(addresses(work->account),
        (QStringList { QStringLiteral("alice@example.com"), QStringLiteral("alias@example.com"),
            QStringLiteral("dup@example.com") }));
    const Identity alice = work->account.identities.first();
    QCOMPARE(alice.replyTo, QStringLiteral("team@example.com"));
    QCOMPARE(alice.signature, QStringLiteral("Alice\nExample Corp\t\u2014 A\\"));
    QCOMPARE(work->account.identities.at(1).name, QStringLiteral("Alias 'A'"));

    const ImportItem *gmail = itemFor(plan, QStringLiteral("smtp.gmail.com"));
    QVERIFY(gmail);
    QVERIFY(gmail->creates());
    QCOMPARE(gmail->account.name, QStringLiteral("gmail.com"));
    QCOMPARE(gmail->account.providerId, QStringLiteral("gmail"));
    QVERIFY(gmail->account.signsInWithOAuth());
    QCOMPARE(gmail->account.oauthIssuer, QStringLiteral("accounts.google.com"));
    QVERIFY(gmail->needsSignIn());
    QCOMPARE(gmail->account.displayName, QStringLiteral("Bob \u00C5berg ") + QString::fromUcs4(U"\U0001F600", 1));

    const ImportItem *legacy = itemFor(plan, QStringLiteral("legacy.example.org"));
    QVERIFY(legacy);
    QCOMPARE(legacy->account.displayName, QStringLiteral("Jürgen Müller"));
    QCOMPARE(legacy->account.username, QStringLiteral("jürgen"));
    QCOMPARE(legacy->account.authMethod, sasl::AuthMethod::CramMd5);
    QVERIFY(anyNoteContains(legacy->notes, QStringLiteral("HTML")));

    const ImportItem *lan = itemFor(plan, QStringLiteral("relay.lan.example"));
    QVERIFY(lan);
    QVERIFY(lan->isDefault); // mail.smtp.defaultserver, and the identity without a server of its own
    QCOMPARE(addresses(lan->account), QStringList { QStringLiteral("printer@lan.example") });
    QCOMPARE(lan->account.authMethod, sasl::AuthMethod::None);
    QVERIFY(lan->account.username.isEmpty());
    QVERIFY(!lan->needsPassword());
}

void TestAccountImport::thunderbirdSecurityAndPorts()
{
    const ImportPlan plan = finishedThunderbird();
    const auto check = [&](const QString &origin, SecurityMode mode, quint16 port) {
        const ImportItem *item = itemFor(plan, origin);
        QVERIFY2(item, qPrintable(origin));
        QCOMPARE(item->account.security, mode);
        QCOMPARE(item->account.port, port);
    };
    check(QStringLiteral("Work Mail (mail.example.com)"), SecurityMode::StartTls, 587); // try_ssl 2
    check(QStringLiteral("smtp.gmail.com"), SecurityMode::ImplicitTls, 465); // try_ssl 3
    check(QStringLiteral("relay.lan.example"), SecurityMode::None, 587); // try_ssl 0, no port
    check(QStringLiteral("legacy.example.org"), SecurityMode::StartTls, 587); // try_ssl 1: required, no port
    check(QStringLiteral("smtp.example.net"), SecurityMode::ImplicitTls, 465); // port -1
    QVERIFY(anyNoteContains(itemFor(plan, QStringLiteral("relay.lan.example"))->notes, QStringLiteral("encryption")));
}

void TestAccountImport::thunderbirdSkipsAndNotes()
{
    const ImportPlan plan = finishedThunderbird();
    const ImportItem *dup = itemFor(plan, QStringLiteral("MAIL.example.com"));
    QVERIFY(dup);
    QVERIFY(!dup->creates());
    QVERIFY(anyNoteContains(dup->notes, QStringLiteral("identity")));
    const ImportItem *noHost = itemFor(plan, QStringLiteral("smtp6"));
    QVERIFY(noHost);
    QVERIFY(!noHost->creates());
    const ImportItem *noAddress = itemFor(plan, QStringLiteral("smtp.example.net"));
    QVERIFY(noAddress);
    QVERIFY(!noAddress->creates());
    QVERIFY(Account::isValidName(noAddress->account.name));

    QVERIFY(anyNoteContains(plan.notes, QStringLiteral("orphan@example.net")));
    QVERIFY(anyNoteContains(plan.notes, QStringLiteral("line 65")));
    QVERIFY(anyNoteContains(plan.notes, QStringLiteral("Passwords")));
}

void TestAccountImport::existingAccountsAreSkippedAndNamesUnique()
{
    Account mine;
    mine.id = Account::newId();
    mine.name = QStringLiteral("work-mail"); // the same name in another case
    mine.email = QStringLiteral("me@elsewhere.example");
    mine.host = QStringLiteral("smtp.elsewhere.example");
    mine.username = QStringLiteral("me");
    Account same = mine;
    same.id = Account::newId();
    same.name = QStringLiteral("legacy");
    same.host = QStringLiteral("Legacy.Example.org");
    same.username = QStringLiteral("jürgen");

    const ImportPlan plan = finishedThunderbird({ mine, same });
    QCOMPARE(itemFor(plan, QStringLiteral("Work Mail (mail.example.com)"))->account.name, QStringLiteral("Work-Mail-2"));
    const ImportItem *legacy = itemFor(plan, QStringLiteral("legacy.example.org"));
    QVERIFY(!legacy->creates());
    QVERIFY(anyNoteContains(legacy->notes, QStringLiteral("\"legacy\"")));
    QCOMPARE(plan.createCount(), 3);
}

void TestAccountImport::msmtpQuotingAndInheritance()
{
    QFile file(data(QStringLiteral("msmtprc")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MsmtpConfig config = MsmtpConfig::parse(QString::fromUtf8(file.readAll()));
    QVERIFY(config.problems().isEmpty());
    QString problem;
    const std::optional<MsmtpConfig::Settings> work = config.resolve(QStringLiteral("work"), &problem);
    QVERIFY2(work, qPrintable(problem));
    QCOMPARE(work->value(QStringLiteral("host")), QStringLiteral("mail.example.com")); // from base
    QCOMPARE(work->value(QStringLiteral("port")), QStringLiteral("587"));
    QCOMPARE(work->value(QStringLiteral("from")), QStringLiteral("work@example.com")); // its own, unquoted
    QCOMPARE(work->value(QStringLiteral("tls")), QStringLiteral("on")); // from defaults
    QCOMPARE(work->value(QStringLiteral("passwordeval")), QStringLiteral("gpg --quiet --decrypt ~/.mail-pass.gpg"));
    const std::optional<MsmtpConfig::Settings> dup = config.resolve(QStringLiteral("dup"), &problem);
    // No escapes inside quotes: msmtp 1.8 takes the inside as it is.
    QCOMPARE(dup->value(QStringLiteral("from")), QStringLiteral("alias \\\"A\\\"@example.com"));

    const MsmtpConfig broken = MsmtpConfig::parse(QStringLiteral(
        "account a\nhost \"unterminated\nuser \"\"\nfrom a@example.com\naccount a\nhost again\n"));
    QCOMPARE(broken.problems().size(), 1);
    QCOMPARE(broken.accounts().first().own.value(QStringLiteral("host")), QStringLiteral("\"unterminated"));
    QVERIFY(broken.accounts().first().own.contains(QStringLiteral("user")));
    QVERIFY(broken.accounts().first().own.value(QStringLiteral("user")).isEmpty());
    QCOMPARE(broken.accounts().size(), 1);
    QCOMPARE(broken.accounts().first().own.value(QStringLiteral("from")), QStringLiteral("a@example.com"));
}

void TestAccountImport::msmtpPlan()
{
    const ImportPlan plan = finishedMsmtp();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    // default names work; it is not an account of its own.
    QVERIFY(!itemFor(plan, QStringLiteral("account default")));

    const ImportItem *base = itemFor(plan, QStringLiteral("account base"));
    QVERIFY(base && base->creates());
    QCOMPARE(base->account.name, QStringLiteral("base"));
    QCOMPARE(base->account.security, SecurityMode::StartTls);
    QCOMPARE(base->account.port, 587);
    QCOMPARE(base->account.authMethod, sasl::AuthMethod::Auto);
    QCOMPARE(base->account.caFile, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    // work and dup log in the same way: their addresses are identities of base.
    QCOMPARE(addresses(base->account),
        (QStringList { QStringLiteral("alice@example.com"), QStringLiteral("work@example.com"),
            QStringLiteral("alias \\\"A\\\"@example.com") }));
    QVERIFY(anyNoteContains(base->notes, QStringLiteral("password")));
    const ImportItem *work = itemFor(plan, QStringLiteral("account work"));
    QVERIFY(!work->creates());
    QVERIFY(work->isDefault);

    const ImportItem *legacy = itemFor(plan, QStringLiteral("account legacy"));
    QVERIFY(legacy && legacy->creates());
    QCOMPARE(legacy->account.security, SecurityMode::ImplicitTls);
    QCOMPARE(legacy->account.port, 465); // msmtp's default for TLS from the start
    QCOMPARE(legacy->account.authMethod, sasl::AuthMethod::CramMd5);
    QCOMPARE(legacy->account.username, QStringLiteral("Jürgen Müller"));
    QCOMPARE(legacy->account.pinnedSha256,
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

    const ImportItem *oldpin = itemFor(plan, QStringLiteral("account oldpin"));
    QVERIFY(oldpin->account.pinnedSha256.isEmpty()); // a SHA-1 fingerprint is never a pin
    QVERIFY(anyNoteContains(oldpin->notes, QStringLiteral("SHA-256")));
    QVERIFY(anyNoteContains(oldpin->notes, QStringLiteral("did not check")));

    const ImportItem *lan = itemFor(plan, QStringLiteral("account lan"));
    QCOMPARE(lan->account.security, SecurityMode::None);
    QCOMPARE(lan->account.port, 25);
    QCOMPARE(lan->account.authMethod, sasl::AuthMethod::None);
    QVERIFY(anyNoteContains(lan->notes, QStringLiteral("dsn_notify")));
    QVERIFY(!anyNoteContains(lan->notes, QStringLiteral("logfile"))); // said once, for the file
    QVERIFY(anyNoteContains(plan.notes, QStringLiteral("logfile")));

    const ImportItem *outlook = itemFor(plan, QStringLiteral("account outlook"));
    QCOMPARE(outlook->account.providerId, QStringLiteral("outlook.com"));
    QVERIFY(outlook->account.signsInWithOAuth()); // the preset accepts nothing else
    QVERIFY(!outlook->notes.isEmpty());
    const ImportItem *gmail = itemFor(plan, QStringLiteral("account gmail"));
    QCOMPARE(gmail->account.providerId, QStringLiteral("gmail"));
    QVERIFY(gmail->needsSignIn());

    QCOMPARE(plan.createCount(), 6);
    QVERIFY(!plan.toJson().isEmpty());
}

void TestAccountImport::msmtpCycleAndMissingParent()
{
    const ImportPlan plan = finishedMsmtp();
    for (const QString &name : { QStringLiteral("loop1"), QStringLiteral("loop2") }) {
        const ImportItem *item = itemFor(plan, QStringLiteral("account ") + name);
        QVERIFY(item);
        QVERIFY(!item->creates());
        QVERIFY2(anyNoteContains(item->notes, QStringLiteral("circle")), qPrintable(item->notes.join('|')));
    }
    const ImportItem *orphan = itemFor(plan, QStringLiteral("account orphan"));
    QVERIFY(!orphan->creates());
    QVERIFY(anyNoteContains(orphan->notes, QStringLiteral("\"nobody\"")));
}

void TestAccountImport::msmtpLocation()
{
    QTemporaryDir home;
    QVERIFY(MsmtpImport::locateConfig(home.path(), {}).isEmpty());
    QDir(home.path()).mkpath(QStringLiteral("xdg/msmtp"));
    QVERIFY(QFile::copy(data(QStringLiteral("msmtprc")), home.filePath(QStringLiteral("xdg/msmtp/config"))));
    QCOMPARE(MsmtpImport::locateConfig(home.path(), home.filePath(QStringLiteral("xdg"))),
        home.filePath(QStringLiteral("xdg/msmtp/config")));
    QVERIFY(MsmtpImport::locateConfig(home.path(), {}).isEmpty()); // ~/.config is the default, not xdg
    QVERIFY(QFile::copy(data(QStringLiteral("msmtprc")), home.filePath(QStringLiteral(".msmtprc"))));
    QCOMPARE(MsmtpImport::locateConfig(home.path(), home.filePath(QStringLiteral("xdg"))),
        home.filePath(QStringLiteral(".msmtprc")));
    const ImportPlan missing = MsmtpImport::read(home.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
}

void TestAccountImport::uniqueNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("work") << QStringList() << QStringLiteral("work");
    QTest::newRow("blanks") << QStringLiteral("Work Mail") << QStringList() << QStringLiteral("Work-Mail");
    QTest::newRow("accents") << QStringLiteral("Büro Köln") << QStringList() << QStringLiteral("Buro-Koln");
    QTest::newRow("symbols") << QStringLiteral("--@home!!") << QStringList() << QStringLiteral("home");
    QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("imported");
    QTest::newRow("only unicode") << QStringLiteral("日本") << QStringList() << QStringLiteral("imported");
    QTest::newRow("taken") << QStringLiteral("work") << QStringList { QStringLiteral("WORK"), QStringLiteral("work-2") }
                           << QStringLiteral("work-3");
    QTest::newRow("long") << QString(80, u'a') << QStringList() << QString(56, u'a');
}

void TestAccountImport::uniqueNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString name = ImportPlanner::uniqueName(wanted, taken);
    QCOMPARE(name, expected);
    QVERIFY(Account::isValidName(name));
}

void TestAccountImport::nothingChangesUntilApplied()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    QVERIFY(store.load());
    ImportPlan plan = MsmtpImport::read(data(QStringLiteral("msmtprc")));
    ImportPlanner::finish(plan, store.accounts(), ProviderCatalog::standard());
    QVERIFY(!QFile::exists(store.path()));

    QStringList problems;
    const QList<Account> created = ImportPlanner::apply(plan, store, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(created.size(), plan.createCount());
    AccountStore reread(store.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.accounts().size(), plan.createCount());
    QCOMPARE(reread.find(QStringLiteral("legacy"))->pinnedSha256, plan.items.at(2).account.pinnedSha256);

    // Importing the same file again creates nothing: every account is there.
    ImportPlan again = MsmtpImport::read(data(QStringLiteral("msmtprc")));
    ImportPlanner::finish(again, reread.accounts(), ProviderCatalog::standard());
    QCOMPARE(again.createCount(), 0);
}

void TestAccountImport::planJsonHasNoIdAndNoSecret()
{
    const ImportPlan plan = finishedMsmtp();
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("msmtp"));
    const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), plan.items.size());
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(!text.contains("secret-not-to-be-read"));
    QVERIFY(!text.contains("\"id\""));
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("password"));
}

void TestAccountImport::exportMsmtpBlock()
{
    Account a;
    a.id = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    a.name = QStringLiteral("work");
    a.email = QStringLiteral("alice@example.com");
    a.host = QStringLiteral("mail.example.com");
    a.security = SecurityMode::ImplicitTls;
    a.authMethod = sasl::AuthMethod::ScramSha256;
    a.username = QStringLiteral("Alice Example");
    a.pinnedSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    a.heloName = QStringLiteral("laptop");
    QString error;
    const QString block = MsmtpExport::accountBlock(a, QStringLiteral("stamp"), &error);
    QVERIFY(error.isEmpty());
    const QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("account work")));
    QVERIFY(lines.contains(QStringLiteral("host mail.example.com")));
    QVERIFY(lines.contains(QStringLiteral("port 465")));
    QVERIFY(lines.contains(QStringLiteral("tls on")));
    QVERIFY(lines.contains(QStringLiteral("tls_starttls off")));
    QVERIFY(lines.contains(QStringLiteral("auth scram-sha-256")));
    QVERIFY(lines.contains(QStringLiteral("user \"Alice Example\"")));
    QVERIFY(lines.contains(QStringLiteral("from alice@example.com")));
    QVERIFY(lines.contains(QStringLiteral("domain laptop")));
    QVERIFY(lines.contains(QStringLiteral("tls_fingerprint 9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:"
                                          "2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08")));
    QVERIFY(lines.contains(QStringLiteral(
        "passwordeval \"secret-tool lookup server stamp user stamp:0f0e0d0c-0000-4000-8000-000000000001:password\"")));
    QVERIFY(!block.contains(QLatin1String("\npassword ")));

    a.authMethod = sasl::AuthMethod::None;
    a.security = SecurityMode::None;
    a.pinnedSha256.clear();
    a.caFile = QStringLiteral("/etc/my ca.pem");
    const QString open = MsmtpExport::accountBlock(a, QStringLiteral("stamp"), &error);
    QVERIFY(open.contains(QLatin1String("\nauth off\n")));
    QVERIFY(open.contains(QLatin1String("\ntls off\n")));
    QVERIFY(open.contains(QLatin1String("\nport 25\n")));
    QVERIFY(!open.contains(QLatin1String("passwordeval")));
    QVERIFY(!open.contains(QLatin1String("\nuser ")));
    QVERIFY(open.contains(QLatin1String("\ntls_trust_file \"/etc/my ca.pem\"\n")));
}

void TestAccountImport::exportRefusesOAuth()
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("gmail");
    a.email = QStringLiteral("bob@gmail.com");
    a.host = QStringLiteral("smtp.gmail.com");
    a.username = a.email;
    a.authMethod = sasl::AuthMethod::XOAuth2;
    a.oauthIssuer = QStringLiteral("accounts.google.com");
    QString error;
    QVERIFY(MsmtpExport::accountBlock(a, QStringLiteral("stamp"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("accounts.google.com")));
    QVERIFY(error.contains(QLatin1String("app password")));
}

void TestAccountImport::exportReadsBackTheSame()
{
    const ImportPlan plan = finishedMsmtp();
    for (const ImportItem &item : plan.items) {
        if (!item.creates() || item.account.signsInWithOAuth())
            continue;
        QString error;
        const QString block = MsmtpExport::accountBlock(item.account, QStringLiteral("stamp"), &error);
        QVERIFY2(!block.isEmpty(), qPrintable(error));
        ImportPlan back = MsmtpImport::fromConfig(MsmtpConfig::parse(block), QDir::homePath());
        ImportPlanner::finish(back, {}, ProviderCatalog::standard());
        QCOMPARE(back.items.size(), 1);
        const Account &b = back.items.first().account;
        const Account &a = item.account;
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.host, a.host);
        QCOMPARE(b.serverSettings().effectivePort(), a.serverSettings().effectivePort());
        QCOMPARE(b.security, a.security);
        QCOMPARE(b.authMethod, a.authMethod);
        QCOMPARE(b.username, a.username);
        QCOMPARE(b.email, a.email);
        QCOMPARE(b.pinnedSha256, a.pinnedSha256);
        QCOMPARE(b.heloName, a.heloName);
        QCOMPARE(anyNoteContains(back.items.first().notes, QStringLiteral("password")),
            a.authMethod != sasl::AuthMethod::None);
    }
}

QTEST_GUILESS_MAIN(TestAccountImport)
#include "tst_account_import.moc"
