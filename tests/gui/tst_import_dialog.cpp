// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Import from another app" as a person uses it: a Thunderbird profile in
// the usual place and an msmtp file chosen by hand (tests/data/import),
// the preview with its notes, nothing saved before the import button, the
// accounts saved after it, each password once into the (private) keychain,
// duplicates skipped on a second run, and the ways in: the welcome page's
// button and the Account menu.

#include "AccountSettingsDialog.h"
#include "AppFixture.h"
#include "ImportAccountsDialog.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Screenshots.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMultiHash>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

using namespace stamp;
using namespace stamp::ui;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(STAMP_SOURCE_DIR "/tests/data/import/") + name;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// Alt+letter reaches exactly one control: the letters of every button and
// buddied label under `root`, with the texts that share one.
QString mnemonicClashes(const QWidget *root, int *count)
{
    QMultiHash<QChar, QString> keys;
    const auto collect = [&keys](const QString &text) {
        static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
        const QRegularExpressionMatch match = mnemonic.match(QString(text).remove(QStringLiteral("&&")));
        if (match.hasMatch())
            keys.insert(match.captured(1).at(0).toLower(), text);
    };
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isHidden())
            collect(button->text());
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            collect(label->text());
    }
    *count = int(keys.size());
    QStringList clashes;
    for (const QChar key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            clashes << QStringLiteral("Alt+%1: ").arg(key) + keys.values(key).join(QStringLiteral(", "));
    }
    return clashes.join(QLatin1Char('\n'));
}

// The next widget Tab reaches from `w`.
QWidget *nextTabStop(QWidget *w)
{
    for (QWidget *next = w->nextInFocusChain(); next && next != w; next = next->nextInFocusChain()) {
        if (next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus)
            && !next->focusProxy())
            return next;
    }
    return nullptr;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcomeButtonAndMenuOpenIt(); // first: before any account exists
    void previewChangesNothing();
    void msmtpFileChosenByHand();
    void missingSourceIsSaidPlainly();
    void confirmingSavesAndAsksPasswords();
    void secondImportSkipsDuplicates();

private:
    test::AppFixture m_app;
    QTemporaryDir m_home;
};

void TestImportDialog::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-import-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_home.isValid());
    // Thunderbird where its native package keeps it; no msmtp file, so
    // msmtp's own places are empty and a file is chosen by hand.
    QVERIFY(copyTree(data(QStringLiteral("thunderbird")), m_home.filePath(QStringLiteral(".thunderbird"))));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(QDir::homePath(), QDir::cleanPath(m_home.path()));
}

void TestImportDialog::cleanupTestCase()
{
    m_app.stop();
}

void TestImportDialog::welcomeButtonAndMenuOpenIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("importAccountsButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(button->text().contains(QLatin1Char('&')));
    QVERIFY(!button->toolTip().isEmpty());
    // The welcome page's buttons: one letter each, in the order they stand.
    int count = 0;
    const QString clashes
        = mnemonicClashes(window.findChild<QWidget *>(QStringLiteral("welcomePage")), &count);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    QCOMPARE(count, 3);
    auto *add = window.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
    QCOMPARE(nextTabStop(add), button);

    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window.findChild<ImportAccountsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ImportAccountsDialog *>()); // deleted on close

    // The Account menu: "Import accounts...", its letter its own.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("accountMenu"));
    auto *action = window.findChild<QAction *>(QStringLiteral("importAccountsAction"));
    QVERIFY(menu && action && menu->actions().contains(action));
    QVERIFY(action->isEnabled());
    QMultiHash<QChar, QString> letters;
    for (const QAction *entry : menu->actions()) {
        const int at = entry->text().indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < entry->text().size())
            letters.insert(entry->text().at(at + 1).toLower(), entry->text());
    }
    for (const QChar key : letters.uniqueKeys())
        QVERIFY2(letters.count(key) == 1, qPrintable(letters.values(key).join(QStringLiteral(", "))));
    action->trigger();
    dialog = window.findChild<ImportAccountsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestImportDialog::previewChangesNothing()
{
    AccountStore store;
    QVERIFY(store.load());
    QVERIFY(store.accounts().isEmpty());
    SecretStore secrets;
    ImportAccountsDialog dialog(&store, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Thunderbird is chosen first and found in ~/.thunderbird: the profile
    // the installation opens, not the one marked Default=1.
    auto *thunderbird = dialog.findChild<QRadioButton *>(QStringLiteral("thunderbirdSource"));
    QVERIFY(thunderbird && thunderbird->isChecked());
    auto *location = dialog.findChild<QLabel *>(QStringLiteral("importLocation"));
    QVERIFY2(location->text().contains(QStringLiteral("~/.thunderbird/Profiles/k2x8w1.default-release")),
        qPrintable(location->text()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importError"))->isVisible());

    const QString preview = dialog.findChild<QTextBrowser *>(QStringLiteral("importPreview"))->toPlainText();
    for (const QString &expected : {
             // what will be created: name, address, server, security, login, identities
             QStringLiteral("Work-Mail, Alice \"Al\" Example <alice@example.com>"),
             QStringLiteral("Server mail.example.com:587, STARTTLS"),
             QStringLiteral("sends as 3 address"), // "addresses" once English plurals are filled in
             QStringLiteral("asks for its password once"),
             QStringLiteral("Server smtp.gmail.com:465, TLS from the start"),
             QStringLiteral("signs in with Google in the browser"),
             QStringLiteral("relay.lan.example:587, no encryption"),
             QStringLiteral("(the default in Thunderbird)"),
             QStringLiteral("was written in HTML"),
             // what is skipped, each with its reason
             QStringLiteral("Skipped (3):"),
             QStringLiteral("the outgoing server has no host name"),
             QStringLiteral("no identity sends through this server"),
             // about the file as a whole
             QStringLiteral("Another Thunderbird profile was not read"),
             QStringLiteral("Passwords saved in Thunderbird are not read"),
         })
        QVERIFY2(preview.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + preview));
    // Notes are text in the list, not only tooltips.
    QVERIFY(preview.contains(QStringLiteral("New accounts (4):")));

    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import && import->isEnabled());
    QVERIFY2(import->text().contains(QLatin1Char('4')), qPrintable(import->text()));
    QCOMPARE(dialog.plan().createCount(), 4);

    int count = 0;
    const QString clashes = mnemonicClashes(&dialog, &count);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    QVERIFY(count >= 5);
    // Tab order: the source, Choose..., the preview, then the buttons.
    auto *msmtp = dialog.findChild<QRadioButton *>(QStringLiteral("msmtpSource"));
    auto *choose = dialog.findChild<QPushButton *>(QStringLiteral("chooseImportLocation"));
    auto *view = dialog.findChild<QTextBrowser *>(QStringLiteral("importPreview"));
    // The two sources are one stop where the platform makes an exclusive
    // group one (arrows move between them), else two, in that order.
    QCOMPARE(thunderbird->nextInFocusChain(), msmtp);
    QWidget *afterSources = nextTabStop(thunderbird);
    if (afterSources == msmtp)
        afterSources = nextTabStop(msmtp);
    QCOMPARE(afterSources, choose);
    QCOMPARE(nextTabStop(choose), view);
    QCOMPARE(nextTabStop(view), import);
    for (QWidget *w : QList<QWidget *> { thunderbird, msmtp, choose, view })
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    test::saveShots(&dialog, QStringLiteral("import-preview"));

    // Looking changed nothing: no account saved, no file written.
    dialog.reject();
    AccountStore reread;
    QVERIFY(reread.load());
    QVERIFY(reread.accounts().isEmpty());
    QVERIFY(!QFile::exists(reread.path()));
}

void TestImportDialog::msmtpFileChosenByHand()
{
    AccountStore store;
    QVERIFY(store.load());
    SecretStore secrets;
    ImportAccountsDialog dialog(&store, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // msmtp keeps nothing in its places here: said, with the way out.
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("msmtpSource")), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("importError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Choose...")), qPrintable(error->text()));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!import->isEnabled());

    dialog.readFrom(data(QStringLiteral("msmtprc")));
    QVERIFY(!error->isVisible());
    auto *location = dialog.findChild<QLabel *>(QStringLiteral("importLocation"));
    QVERIFY2(location->text().contains(QStringLiteral("msmtprc")), qPrintable(location->text()));
    const QString preview = dialog.findChild<QTextBrowser *>(QStringLiteral("importPreview"))->toPlainText();
    for (const QString &expected : {
             QStringLiteral("base, alice@example.com"),
             QStringLiteral("sends as 3 address"), // "addresses" once English plurals are filled in
             QStringLiteral("Server smtp.legacy.example.org:465, TLS from the start"),
             QStringLiteral("signs in with Microsoft in the browser"),
             QStringLiteral("Stamp always does"), // tls_certcheck off
             QStringLiteral("account loop1"),
             QStringLiteral("inherit in a circle"),
             QStringLiteral("its address is added to that account as an identity"),
             QStringLiteral("\"logfile\""),
         })
        QVERIFY2(preview.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + preview));
    QCOMPARE(dialog.plan().createCount(), 6);
    QVERIFY(import->isEnabled());
    QVERIFY(import->text().contains(QLatin1Char('6')));
    // Nothing is saved before the button.
    AccountStore reread;
    QVERIFY(reread.load());
    QVERIFY(reread.accounts().isEmpty());
}

void TestImportDialog::missingSourceIsSaidPlainly()
{
    AccountStore store;
    QVERIFY(store.load());
    SecretStore secrets;
    ImportAccountsDialog dialog(&store, &secrets);
    dialog.setSource(ImportAccountsDialog::Source::Msmtp);
    const QString missing = m_home.filePath(QStringLiteral("no-such-file"));
    dialog.readFrom(missing);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("importError"));
    QVERIFY(!error->isHidden());
    // A sentence naming the file, never an identifier.
    QVERIFY2(error->text().contains(QStringLiteral("no-such-file")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("ImportPlan")));
    QVERIFY(!error->text().contains(QStringLiteral("::")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(
        dialog.findChild<QTextBrowser *>(QStringLiteral("importPreview"))->toPlainText().trimmed().isEmpty());
}

void TestImportDialog::confirmingSavesAndAsksPasswords()
{
    // Through the app: the welcome page, then the From list refreshes.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(
        window.findChild<QPushButton *>(QStringLiteral("importAccountsButton")), Qt::LeftButton);
    auto *dialog = window.findChild<ImportAccountsDialog *>();
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ImportAccountsDialog::accountsImported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(imported.size(), 1);

    // Saved: in the file, as another reader sees it.
    AccountStore reread;
    QVERIFY(reread.load());
    QStringList names;
    for (const Account &account : reread.accounts())
        names << account.name;
    names.sort();
    QCOMPARE(names,
        (QStringList { QStringLiteral("Work-Mail"), QStringLiteral("gmail.com"),
            QStringLiteral("lan.example"), QStringLiteral("legacy.example.org") }));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("accountCombo"));
    QCOMPARE(combo->count(), 4);
    QVERIFY(combo->isEnabled());
    auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mainTabs"));

    // The first account with a password: typed once, into the keychain.
    PasswordDialog *ask = nullptr;
    QTRY_VERIFY((ask = dialog->findChild<PasswordDialog *>()) && ask->isVisible());
    QVERIFY(ask->windowTitle().contains(QStringLiteral("Work-Mail")));
    const QString password = QStringLiteral("tb-Imp0rt-s3cret");
    QTest::keyClicks(ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("passwordOk")), Qt::LeftButton);
    const Account work = *reread.find(QStringLiteral("Work-Mail"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app.keyring().lookup(QStringLiteral("stamp"),
                                  SecretStore::keyFor(work.id, SecretStore::Kind::Password)),
        password, 10000);
    // The second: left for later.
    QTRY_VERIFY((ask = dialog->findChild<PasswordDialog *>()) && ask->isVisible()
        && ask->windowTitle().contains(QStringLiteral("legacy.example.org")));
    ask->reject();

    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("Give the password for legacy.example.org later")));
    QVERIFY2(summary->text().contains(QStringLiteral("Passwords saved in the keychain for Work-Mail")),
        qPrintable(summary->text()));
    const Account legacy = *reread.find(QStringLiteral("legacy.example.org"));
    QVERIFY(m_app.keyring()
                .lookup(QStringLiteral("stamp"), SecretStore::keyFor(legacy.id, SecretStore::Kind::Password))
                .isEmpty());
    // The password is in no file Stamp writes.
    for (const QString &root : { m_app.configDir(), m_app.dataDir() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }

    // Gmail signs in with Google: the button opens the account's sign-in.
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("importSignInButton"));
    QVERIFY(signIn && signIn->isVisible());
    QVERIFY2(signIn->text().contains(QStringLiteral("gmail.com")), qPrintable(signIn->text()));
    int count = 0;
    const QString clashes = mnemonicClashes(dialog, &count);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    QTest::mouseClick(signIn, Qt::LeftButton);
    AccountSettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window.findChild<AccountSettingsDialog *>()) && settings->isVisible());
    QCOMPARE(window.currentAccountName(), QStringLiteral("gmail.com"));
    settings->reject();
}

void TestImportDialog::secondImportSkipsDuplicates()
{
    AccountStore store;
    QVERIFY(store.load());
    QCOMPARE(store.accounts().size(), 4);
    SecretStore secrets;
    ImportAccountsDialog dialog(&store, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.plan().createCount(), 0);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("importError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already in Stamp")), qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    const QString preview = dialog.findChild<QTextBrowser *>(QStringLiteral("importPreview"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Skipped (7):")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("\"Work-Mail\"")), qPrintable(preview));
    QVERIFY(!preview.contains(QStringLiteral("New accounts")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
