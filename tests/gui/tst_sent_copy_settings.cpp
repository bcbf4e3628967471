// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The account settings' "Sent folder" tab (SentCopySettingsGroup): filled
// from the account's copy-to-Sent settings, or from its preset's IMAP server
// when it has none; switching it off is saved as off (the preset never turns
// it back on); edits reach the AccountStore's file, with the CA file and the
// trusted certificate kept; problems are said in words next to the fields.
// "Check" talks to a REAL Dovecot on loopback (tests/support/DovecotBed)
// with the password typed on the Password tab: the folder found and left
// empty, a wrong password, and an untrusted certificate reviewed and
// trusted through the certificate dialog.

#include "AccountSettingsDialog.h"
#include "AppFixture.h"
#include "CertificateDialog.h"
#include "DovecotBed.h"
#include "SentCopySettingsGroup.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "screenshots/Screenshots.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace stamp;
using namespace stamp::ui;
using stamp::test::DovecotBed;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// The settings' fields, found by name.
struct Fields
{
    explicit Fields(QWidget *dialog)
        : group(child<QGroupBox>(dialog, "sentCopyGroup"))
        , host(child<QLineEdit>(dialog, "sentCopyHostEdit"))
        , port(child<QLineEdit>(dialog, "sentCopyPortEdit"))
        , security(child<QComboBox>(dialog, "sentCopySecurityCombo"))
        , user(child<QLineEdit>(dialog, "sentCopyUserEdit"))
        , folder(child<QLineEdit>(dialog, "sentCopyFolderEdit"))
        , check(child<QPushButton>(dialog, "sentCopyCheckButton"))
        , review(child<QPushButton>(dialog, "sentCopyReviewCertificateButton"))
        , result(child<QLabel>(dialog, "sentCopyResult"))
        , error(child<QLabel>(dialog, "sentCopyError"))
        , note(child<QLabel>(dialog, "sentCopyProviderNote"))
        , save(child<QPushButton>(dialog, "saveButton"))
    { }
    bool complete() const
    {
        return group && host && port && security && user && folder && check && review && result && error
            && note && save;
    }
    SecurityMode securityMode() const { return SecurityMode(security->currentData().toInt()); }

    QGroupBox *group;
    QLineEdit *host;
    QLineEdit *port;
    QComboBox *security;
    QLineEdit *user;
    QLineEdit *folder;
    QPushButton *check;
    QPushButton *review;
    QLabel *result;
    QLabel *error;
    QLabel *note;
    QPushButton *save;
};

} // namespace

class TestSentCopySettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabIsNamedAndReachable();
    void prefillFromTheAccount();
    void prefillFromThePreset();
    void presetThatFilesTheCopyItself();
    void nothingToGuess();
    void turnedOffIsSavedAsOff();
    void editsAreSaved();
    void problemsInWords();
    void checkFindsTheFolderAndLeavesItEmpty();
    void checkWithAWrongPassword();
    void checkReviewsAndTrustsTheCertificate();
    void screenshot();

private:
    Account account() const;
    Account bedAccount() const;
    AccountStore *freshStore(const Account &account);
    QString startBed();

    test::AppFixture m_app;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    DovecotBed m_bed;
    bool m_bedUp = false;
    int m_stores = 0;
};

void TestSentCopySettings::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-sent-copy-settings-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    m_secrets = std::make_unique<SecretStore>();
}

void TestSentCopySettings::cleanupTestCase()
{
    m_store.reset();
    m_secrets.reset();
    if (m_bedUp)
        m_bed.stop();
    m_app.stop();
}

Account TestSentCopySettings::account() const
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("copies");
    a.displayName = QStringLiteral("Some One");
    a.email = QStringLiteral("someone@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.username = a.email;
    a.authMethod = sasl::AuthMethod::Plain;
    a.identities = { Identity { a.displayName, a.email, {}, {} } };
    return a;
}

AccountStore *TestSentCopySettings::freshStore(const Account &account)
{
    m_store = std::make_unique<AccountStore>(
        m_app.dirs().filePath(QStringLiteral("accounts-%1.json").arg(++m_stores)));
    const QString problem = m_store->add(account);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return m_store.get();
}

QString TestSentCopySettings::startBed()
{
    if (m_bedUp)
        return {};
    const QString problem = m_bed.start();
    m_bedUp = problem.isEmpty();
    return problem;
}

// An account whose copy goes to the test bed's Dovecot, its user the login's.
Account TestSentCopySettings::bedAccount() const
{
    Account a = account();
    a.username = m_bed.file(QStringLiteral("user"));
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("localhost"); // the name in the test certificate
    a.sentCopy.port = m_bed.imap();
    a.sentCopy.security = SecurityMode::StartTls;
    a.sentCopy.caFile = m_bed.path(QStringLiteral("ca.pem"));
    return a;
}

void TestSentCopySettings::tabIsNamedAndReachable()
{
    const Account a = account();
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    auto *tabs = child<QTabWidget>(&dialog, "accountSettingsTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(AccountSettingsDialog::SentFolderTab), QStringLiteral("Sent &folder"));
    // No other tab answers to Alt+F.
    for (int i = 0; i < tabs->count(); ++i) {
        if (i != AccountSettingsDialog::SentFolderTab)
            QVERIFY2(!tabs->tabText(i).contains(QStringLiteral("&f"), Qt::CaseInsensitive),
                qPrintable(tabs->tabText(i)));
    }
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(AccountSettingsDialog::SentFolderTab));
    Fields f(&dialog);
    QVERIFY(f.complete());
    for (QWidget *w : std::initializer_list<QWidget *> {
             f.group, f.host, f.port, f.security, f.user, f.folder, f.check, f.review })
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    QCOMPARE(f.user->placeholderText(), QStringLiteral("Same as for sending"));
    QCOMPARE(f.folder->placeholderText(), QStringLiteral("Found automatically"));
    // Alt+C switches the copy on, as a click on the group's box does.
    QVERIFY(!f.group->isChecked());
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QVERIFY(f.group->isChecked());
}

void TestSentCopySettings::prefillFromTheAccount()
{
    Account a = account();
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("imap.example.org");
    a.sentCopy.port = 1993;
    a.sentCopy.security = SecurityMode::StartTls;
    a.sentCopy.username = QStringLiteral("mailbox-owner");
    a.sentCopy.sentFolder = QStringLiteral("Gesendet");
    a.sentCopy.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
    a.sentCopy.pinnedSha256 = QStringLiteral("ab").repeated(32);
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    Fields f(&dialog);
    QVERIFY(f.complete());
    QVERIFY(f.group->isChecked());
    QCOMPARE(f.host->text(), QStringLiteral("imap.example.org"));
    QCOMPARE(f.port->text(), QStringLiteral("1993"));
    QCOMPARE(f.securityMode(), SecurityMode::StartTls);
    QCOMPARE(f.user->text(), QStringLiteral("mailbox-owner"));
    QCOMPARE(f.folder->text(), QStringLiteral("Gesendet"));
    QVERIFY(f.error->text().isEmpty());
    // What is not shown is kept.
    QCOMPARE(dialog.editedAccount().sentCopy, a.sentCopy);
    QCOMPARE(dialog.sentCopySettings()->pinnedCertificate(), a.sentCopy.pinnedSha256);
    auto *pin = child<QLabel>(&dialog, "sentCopyPinnedCertificateLabel");
    auto *forget = child<QPushButton>(&dialog, "sentCopyForgetPinButton");
    QVERIFY(pin && forget);
    QVERIFY2(pin->text().startsWith(QStringLiteral("SHA-256 AB:AB:")), qPrintable(pin->text()));
    QVERIFY(!forget->isHidden());
    QVERIFY(!forget->accessibleName().isEmpty());

    // Forgotten on request: the next copy verifies the certificate again.
    forget->click();
    QCOMPARE(pin->text(), QStringLiteral("None"));
    QVERIFY(forget->isHidden());
    QVERIFY(dialog.editedAccount().sentCopy.pinnedSha256.isEmpty());
    QCOMPARE(dialog.editedAccount().sentCopy.caFile, a.sentCopy.caFile);

    // The usual port is the empty field's, and follows the security.
    f.port->clear();
    QCOMPARE(f.port->placeholderText(), QStringLiteral("Usual port (143)"));
    f.security->setCurrentIndex(f.security->findData(int(SecurityMode::ImplicitTls)));
    QCOMPARE(f.port->placeholderText(), QStringLiteral("Usual port (993)"));
    QCOMPARE(dialog.editedAccount().sentCopy.port, quint16(0));
    QCOMPARE(dialog.editedAccount().sentCopy.effectivePort(), quint16(993));
}

void TestSentCopySettings::prefillFromThePreset()
{
    Account a = account();
    a.providerId = QStringLiteral("fastmail");
    a.email = QStringLiteral("someone@fastmail.com");
    a.identities.first().address = a.email;
    QCOMPARE(a.sentCopy, Account::noSentCopy());
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    Fields f(&dialog);
    QVERIFY(f.complete());
    // The preset's server as a start, switched off until a person turns it on.
    QVERIFY(!f.group->isChecked());
    QCOMPARE(f.host->text(), QStringLiteral("imap.fastmail.com"));
    QCOMPARE(f.securityMode(), SecurityMode::ImplicitTls);
    QVERIFY2(f.note->text().contains(QStringLiteral("Fastmail does not")), qPrintable(f.note->text()));
    // Left alone, the account is saved as it was.
    QCOMPARE(dialog.editedAccount().sentCopy, Account::noSentCopy());

    f.group->setChecked(true);
    const imap::ImapSettings on = dialog.editedAccount().sentCopy;
    QVERIFY(on.enabled);
    QCOMPARE(on.host, QStringLiteral("imap.fastmail.com"));
    QVERIFY(dialog.editedAccount().copiesToSent());
    QVERIFY(f.save->isEnabled());
}

void TestSentCopySettings::presetThatFilesTheCopyItself()
{
    Account a = account();
    a.providerId = QStringLiteral("gmail");
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    Fields f(&dialog);
    QVERIFY(f.complete());
    QVERIFY(!f.group->isChecked());
    QCOMPARE(f.host->text(), QStringLiteral("imap.gmail.com"));
    QVERIFY2(f.note->text().contains(QStringLiteral("Gmail does, so its preset leaves this off.")),
        qPrintable(f.note->text()));
}

void TestSentCopySettings::nothingToGuess()
{
    const Account a = account();
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    Fields f(&dialog);
    QVERIFY(f.complete());
    QVERIFY(!f.group->isChecked());
    QVERIFY(f.host->text().isEmpty());
    QVERIFY(f.port->text().isEmpty());
    QVERIFY(f.user->text().isEmpty());
    QVERIFY(f.folder->text().isEmpty());
    QVERIFY(!f.note->text().contains(QStringLiteral("so this is off")));
    QCOMPARE(dialog.editedAccount().sentCopy, Account::noSentCopy());
}

void TestSentCopySettings::turnedOffIsSavedAsOff()
{
    Account a = account();
    a.providerId = QStringLiteral("fastmail");
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("imap.fastmail.com");
    a.sentCopy.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
    AccountStore *store = freshStore(a);
    {
        AccountSettingsDialog dialog(a, store, m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountSettingsDialog::SentFolderTab);
        Fields f(&dialog);
        QVERIFY(f.complete());
        QVERIFY(f.group->isChecked());
        // The keyboard way: the group's box is the tab's first stop.
        f.group->setFocus();
        QTest::keyClick(f.group, Qt::Key_Space);
        QVERIFY(!f.group->isChecked());
        QTest::mouseClick(f.save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // Read back from the file: off, and said so (not "never set up"), so
    // the preset's default cannot turn it back on; the rest is kept.
    AccountStore reread(store->path());
    QVERIFY(reread.load());
    const std::optional<Account> saved = reread.find(a.name);
    QVERIFY(saved);
    QVERIFY(!saved->sentCopy.enabled);
    QVERIFY(!saved->copiesToSent());
    QCOMPARE(saved->sentCopy.host, QStringLiteral("imap.fastmail.com"));
    QCOMPARE(saved->sentCopy.caFile, QStringLiteral("/etc/ssl/company-ca.pem"));
    QFile file(store->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonObject copy = QJsonDocument::fromJson(json)
                                 .object()
                                 .value(QStringLiteral("accounts"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("sentCopy"))
                                 .toObject();
    QVERIFY2(copy.contains(QStringLiteral("enabled")), json.constData());
    QCOMPARE(copy.value(QStringLiteral("enabled")), QJsonValue(false));

    // Opened again: still off, with the server shown as it was saved.
    AccountSettingsDialog again(*saved, &reread, m_secrets.get());
    Fields f(&again);
    QVERIFY(!f.group->isChecked());
    QCOMPARE(f.host->text(), QStringLiteral("imap.fastmail.com"));
    QCOMPARE(again.editedAccount().sentCopy, saved->sentCopy);
}

void TestSentCopySettings::editsAreSaved()
{
    Account a = account();
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("imap.example.org");
    a.sentCopy.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
    a.sentCopy.pinnedSha256 = QStringLiteral("cd").repeated(32);
    AccountStore *store = freshStore(a);
    {
        AccountSettingsDialog dialog(a, store, m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountSettingsDialog::SentFolderTab);
        Fields f(&dialog);
        QVERIFY(f.complete());
        f.host->selectAll();
        QTest::keyClicks(f.host, QStringLiteral("mail.example.net"));
        QTest::keyClicks(f.port, QStringLiteral("10993"));
        f.security->setCurrentIndex(f.security->findData(int(SecurityMode::StartTls)));
        QTest::keyClicks(f.user, QStringLiteral("archive@example.net"));
        f.folder->setText(QStringLiteral("Éléments envoyés")); // keyClicks takes Latin-1 only
        QVERIFY(f.error->text().isEmpty());
        QVERIFY(f.save->isEnabled());
        QTest::mouseClick(f.save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AccountStore reread(store->path());
    QVERIFY(reread.load());
    const std::optional<Account> saved = reread.find(a.name);
    QVERIFY(saved);
    QVERIFY(saved->copiesToSent());
    QCOMPARE(saved->sentCopy.host, QStringLiteral("mail.example.net"));
    QCOMPARE(saved->sentCopy.port, quint16(10993));
    QCOMPARE(saved->sentCopy.security, SecurityMode::StartTls);
    QCOMPARE(saved->sentCopy.username, QStringLiteral("archive@example.net"));
    QCOMPARE(saved->sentCopy.sentFolder, QStringLiteral("Éléments envoyés"));
    // Never dropped on save: the CA file and the trusted certificate.
    QCOMPARE(saved->sentCopy.caFile, QStringLiteral("/etc/ssl/company-ca.pem"));
    QCOMPARE(saved->sentCopy.pinnedSha256, QStringLiteral("cd").repeated(32));
}

void TestSentCopySettings::problemsInWords()
{
    Account a = account();
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("imap.example.org");
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(AccountSettingsDialog::SentFolderTab);
    Fields f(&dialog);
    QVERIFY(f.complete());
    QVERIFY(f.save->isEnabled());
    QVERIFY(!f.error->isVisible());

    f.host->clear();
    QVERIFY(f.error->isVisible());
    QCOMPARE(
        f.error->text(), QStringLiteral("Enter the IMAP server's host name, for example imap.example.com."));
    QVERIFY(!f.save->isEnabled());
    QVERIFY(!f.check->isEnabled());

    QTest::keyClicks(f.host, QStringLiteral("imap.example.org"));
    QVERIFY(f.save->isEnabled());
    QTest::keyClicks(f.port, QStringLiteral("70000"));
    QCOMPARE(f.error->text(),
        QStringLiteral("The port must be a number from 1 to 65535, or empty for the usual one."));
    QVERIFY(!f.save->isEnabled());
    f.port->setText(QStringLiteral("99x"));
    QVERIFY(!f.save->isEnabled());
    f.port->clear();
    QVERIFY(f.save->isEnabled());

    // No plaintext login across the network (loopback only, as on the Server tab).
    f.security->setCurrentIndex(f.security->findData(int(SecurityMode::None)));
    QVERIFY2(f.error->text().contains(QStringLiteral("Choose STARTTLS or TLS")), qPrintable(f.error->text()));
    QVERIFY(!f.save->isEnabled());
    f.host->setText(QStringLiteral("localhost"));
    QVERIFY(f.save->isEnabled());

    // Off, the fields ask for nothing.
    f.host->clear();
    QVERIFY(!f.save->isEnabled());
    f.group->setChecked(false);
    QVERIFY(f.save->isEnabled());
    QVERIFY(!f.error->isVisible());
}

void TestSentCopySettings::checkFindsTheFolderAndLeavesItEmpty()
{
    const QString problem = startBed();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
    const Account a = bedAccount();
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The password typed on the Password tab, not the keychain's.
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    QVERIFY(password);
    dialog.showTab(AccountSettingsDialog::PasswordTab);
    QTest::keyClicks(password, m_bed.file(QStringLiteral("password")));
    dialog.showTab(AccountSettingsDialog::SentFolderTab);
    Fields f(&dialog);
    QVERIFY(f.complete());
    // The port as the bed has it: a number the person would type.
    QCOMPARE(f.port->text(), QString::number(m_bed.imap()));
    QVERIFY(f.check->isEnabled());
    QTest::mouseClick(f.check, Qt::LeftButton);
    // Busy: no second check until this one ends.
    QVERIFY(!f.check->isEnabled());
    QVERIFY(dialog.sentCopySettings()->isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sentCopySettings()->isChecking(), 30000);
    QCOMPARE(f.result->text(), QStringLiteral("Found the Sent folder \"Sent\" on localhost."));
    QCOMPARE(f.result->accessibleName(), f.result->text());
    QVERIFY(f.check->isEnabled());
    QVERIFY(!f.review->isVisible());
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
    QVERIFY(!f.result->text().contains(password->text()));
}

void TestSentCopySettings::checkWithAWrongPassword()
{
    const QString problem = startBed();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Account a = bedAccount();
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("not-the-Password-42"));
    dialog.showTab(AccountSettingsDialog::SentFolderTab);
    Fields f(&dialog);
    QVERIFY(f.complete());
    QTest::mouseClick(f.check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sentCopySettings()->isChecking(), 30000);
    QCOMPARE(f.result->text(),
        QStringLiteral(
            "The IMAP server localhost refused the login of %1. Check the password (or app password) "
            "in the account's settings.")
            .arg(a.username));
    QVERIFY(!dialog.sentCopySettings()->lastResult()->ok);
    QVERIFY(!f.review->isVisible());

    // Closing the window during a check ends it; nothing is reported later.
    QTest::mouseClick(f.check, Qt::LeftButton);
    QVERIFY(dialog.sentCopySettings()->isChecking());
    dialog.reject();
    QVERIFY(!dialog.sentCopySettings()->isChecking());
    QTest::qWait(300);
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
}

void TestSentCopySettings::checkReviewsAndTrustsTheCertificate()
{
    const QString problem = startBed();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Account a = bedAccount();
    a.sentCopy.caFile.clear(); // the test CA unknown: the certificate cannot be verified
    a.sentCopy.security = SecurityMode::ImplicitTls;
    a.sentCopy.port = m_bed.imaps();
    AccountStore *store = freshStore(a);
    AccountSettingsDialog dialog(a, store, m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(m_bed.file(QStringLiteral("password")));
    dialog.showTab(AccountSettingsDialog::SentFolderTab);
    Fields f(&dialog);
    QVERIFY(f.complete());
    QTest::mouseClick(f.check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sentCopySettings()->isChecking(), 30000);
    QCOMPARE(f.result->text(),
        QStringLiteral(
            "The certificate of the IMAP server localhost is not trusted, so no copy was saved. Check "
            "the certificate in the account's settings and trust it only if it is the right one."));
    QVERIFY(f.review->isVisible());
    QVERIFY(dialog.editedAccount().sentCopy.pinnedSha256.isEmpty());

    // The certificate dialog, trusted: its fingerprint is pinned and the
    // check runs again, now through.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<CertificateDialog *>(QApplication::activeModalWidget()));
        auto *certificate = qobject_cast<CertificateDialog *>(QApplication::activeModalWidget());
        sawDialog = true;
        QCOMPARE(certificate->fingerprint(), m_bed.file(QStringLiteral("server-cert.sha256")));
        certificate->trustButton()->click();
    });
    QTest::mouseClick(f.review, Qt::LeftButton);
    QVERIFY(sawDialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sentCopySettings()->isChecking(), 30000);
    QCOMPARE(f.result->text(), QStringLiteral("Found the Sent folder \"Sent\" on localhost."));
    QCOMPARE(dialog.editedAccount().sentCopy.pinnedSha256, m_bed.file(QStringLiteral("server-cert.sha256")));
    QVERIFY(!f.review->isVisible());
    auto *pin = child<QLabel>(&dialog, "sentCopyPinnedCertificateLabel");
    QVERIFY(pin && pin->text().startsWith(QStringLiteral("SHA-256 ")));
    QVERIFY(child<QPushButton>(&dialog, "sentCopyForgetPinButton")->isVisible());

    // Saved once the typed password is in the keychain.
    QTest::mouseClick(f.save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    AccountStore reread(store->path());
    QVERIFY(reread.load());
    QCOMPARE(reread.find(a.name)->sentCopy.pinnedSha256, m_bed.file(QStringLiteral("server-cert.sha256")));
    // The SMTP server's trust is its own.
    QVERIFY(reread.find(a.name)->pinnedSha256.isEmpty());
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
}

void TestSentCopySettings::screenshot()
{
    Account a = account();
    a.providerId = QStringLiteral("fastmail");
    a.email = QStringLiteral("someone@fastmail.com");
    a.identities.first().address = a.email;
    a.host = QStringLiteral("smtp.fastmail.com");
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("imap.fastmail.com");
    AccountSettingsDialog dialog(a, freshStore(a), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(AccountSettingsDialog::SentFolderTab);
    Fields f(&dialog);
    QVERIFY(f.complete());
    // At the dialog's own size every field and the note are whole.
    for (QWidget *w : std::initializer_list<QWidget *> { f.note, f.group, f.host, f.folder, f.check }) {
        QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
        QVERIFY2(w->height() >= w->minimumSizeHint().height(), qPrintable(w->objectName()));
        QVERIFY2(dialog.rect().contains(QRect(w->mapTo(&dialog, QPoint(0, 0)), w->size())),
            qPrintable(w->objectName()));
    }
    test::saveShots(&dialog, QStringLiteral("account-sent-folder"),
        dialog.findChild<QWidget *>(QStringLiteral("sentFolderTab")));
}

QTEST_MAIN(TestSentCopySettings)
#include "tst_sent_copy_settings.moc"
