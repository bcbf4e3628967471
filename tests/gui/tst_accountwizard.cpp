// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The account wizard as a person drives it: a preset provider found with no
// network, and the Postfix test bed entered by hand, tested live, saved
// with its password in a private keychain and nowhere else. A failed test
// (Postfix refusing the password, a port nobody listens on) saves nothing
// unless the person chooses "Save anyway". Then the main window lists the
// account and sends as it.

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "AppFixture.h"
#include "CertificateDialog.h"
#include "ComposeWindow.h"
#include "ConnectionCheckPanel.h"
#include "DiscoveryDoubles.h"
#include "IdentityDialog.h"
#include "KeyringSession.h"
#include "MainWindow.h"
#include "Peers.h"
#include "Screenshots.h"
#include "SessionLogModel.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>

using namespace stamp;
using namespace stamp::ui;

namespace {
// The wizard narrow and at its usual size.
const QList<QSize> wizardSizes{QSize(560, 480), QSize(760, 600)};
} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addressValidatesAsYouType();
    void presetProviderShowsHintAndLink();
    void postfixByHandTestAndSave();
    void wrongPasswordShowsDiagnosis();
    void refusedLoginSavesOnlyWhenFixed();
    void unreachablePortSavesOnlyAnyway();
    void untrustedCertificateCanBePinned();
    void identitiesAndSignaturesEdited();
    void mainWindowListsAndUsesAccount();

private:
    template<typename T>
    T *child(QWidget *in, const char *name)
    {
        T *found = in->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    // Drives the wizard to the test page for the test bed, by hand.
    // `port` 0: the test bed's STARTTLS port.
    void fillTestbed(AccountWizard &wizard, const QString &accountName, const QString &password,
                     bool trustTestCa = true, quint16 port = 0);
    // Whether the wizard still shows the test page and the account is not saved.
    void verifyNotSaved(AccountWizard &wizard, AccountStore &store, const QString &accountName);

    test::AppFixture m_app;  // keychain, folders, settings: the shared fixture
    QTemporaryDir &m_dirs = m_app.dirs();
    test::KeyringSession &m_keyring = m_app.keyring();
    test::PostfixTestbed m_postfix;
    QString m_savedName;
};

void TestAccountWizard::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-wizard-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    // Sends from the main window go through the outbox; a short undo period.
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 1);
    const QString postfix = m_postfix.start();
    QVERIFY2(postfix.isEmpty(), qPrintable(postfix));
}

void TestAccountWizard::cleanupTestCase()
{
    m_postfix.stop();
    m_app.stop();
}

void TestAccountWizard::addressValidatesAsYouType()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *email = child<QLineEdit>(&wizard, "emailEdit");
    auto *error = child<QLabel>(&wizard, "addressError");
    QVERIFY(email && error);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(email, QStringLiteral("ann at example"));
    QVERIFY(error->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    email->clear();
    QTest::keyClicks(email, QStringLiteral("ann@example.com"));
    QVERIFY(!error->isVisible());
    QCOMPARE(child<QLineEdit>(&wizard, "accountNameEdit")->text(), QStringLiteral("example"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Every input has an accessible name.
    for (QLineEdit *edit : wizard.findChildren<QLineEdit *>())
        if (edit->isVisible())
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
}

void TestAccountWizard::presetProviderShowsHintAndLink()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    // A catalogue hit must end discovery before any network: prove it.
    test::FakeDnsResolver dns;
    wizard.autodetect()->setResolver(&dns);
    wizard.autodetect()->setAutoconfigUrls({});
    wizard.autodetect()->setProbeTargets({});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, "emailEdit"), QStringLiteral("someone@gmail.com"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "displayNameEdit"), QStringLiteral("Some One"));
    test::saveShots(&wizard, QStringLiteral("wizard-1-address"), wizardSizes);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    auto *list = child<QListWidget>(&wizard, "candidateList");
    QTRY_VERIFY(list->count() >= 2);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Preset for Gmail")),
        qPrintable(list->item(0)->text()));
    QCOMPARE(dns.lookups(), 0);
    test::saveShots(&wizard, QStringLiteral("wizard-2-discovery"), wizardSizes);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    QCOMPARE(child<QLineEdit>(&wizard, "hostEdit")->text(), QStringLiteral("smtp.gmail.com"));
    QCOMPARE(child<QLineEdit>(&wizard, "usernameEdit")->text(), QStringLiteral("someone@gmail.com"));
    QVERIFY(child<QLabel>(&wizard, "settingsSource")->text().contains(QStringLiteral("Preset for Gmail")));
    test::saveShots(&wizard, QStringLiteral("wizard-3-server"), wizardSizes);

    // Gmail signs in with Google first; its app password is the other way
    // (tests/gui/tst_oauth_wizard.cpp covers the sign-in itself).
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
    QTest::mouseClick(child<QPushButton>(&wizard, "useAppPasswordButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
    auto *hint = child<QLabel>(&wizard, "appPasswordHint");
    auto *link = child<QLabel>(&wizard, "appPasswordLink");
    QVERIFY(hint->isVisible() && hint->text().contains(QStringLiteral("app password")));
    QVERIFY(link->isVisible() && link->openExternalLinks());
    QVERIFY(link->text().contains(QStringLiteral("https://myaccount.google.com/apppasswords")));
    auto *password = child<QLineEdit>(&wizard, "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(password, QStringLiteral("abcd efgh ijkl mnop"));
    QTest::mouseClick(child<QPushButton>(&wizard, "showPasswordButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>(&wizard, "showPasswordButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    test::saveShots(&wizard, QStringLiteral("wizard-4-password"), wizardSizes);

    // The test page does nothing until Test is pressed.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    QVERIFY(!panel->isRunning());
    QVERIFY(!panel->lastReport());
}

void TestAccountWizard::fillTestbed(AccountWizard &wizard, const QString &accountName,
    const QString &password, bool trustTestCa, quint16 portNumber)
{
    // Discovery for the test bed's made-up domain: DNS that never answers,
    // and the person stops it.
    auto *dns = new test::FakeDnsResolver(&wizard);
    dns->setDelay(10 * 60 * 1000);
    wizard.autodetect()->setResolver(dns);
    wizard.autodetect()->setAutoconfigUrls({});
    wizard.autodetect()->setProbeTargets({});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, "emailEdit"), m_postfix.value(QStringLiteral("USER")));
    QTest::keyClicks(child<QLineEdit>(&wizard, "displayNameEdit"), QStringLiteral("Test Bed"));
    auto *name = child<QLineEdit>(&wizard, "accountNameEdit");
    name->clear();
    QTest::keyClicks(name, accountName);
    wizard.next();
    auto *cancel = child<QPushButton>(&wizard, "discoveryCancel");
    QVERIFY(cancel->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *list = child<QListWidget>(&wizard, "candidateList");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    list->setCurrentRow(list->count() - 1); // "I will enter the settings myself"
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));

    auto *host = child<QLineEdit>(&wizard, "hostEdit");
    QVERIFY(host->text().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(host, QStringLiteral("localhost"));
    auto *port = child<QSpinBox>(&wizard, "portSpin");
    port->setValue(portNumber ? portNumber : m_postfix.port(QStringLiteral("STARTTLS_PORT")));
    // The test bed's certificate is signed by a test CA: trust that file.
    auto *ca = child<QLineEdit>(&wizard, "caFileEdit");
    QTest::keyClicks(ca, QStringLiteral("/nonexistent.pem"));
    QVERIFY(child<QLabel>(&wizard, "serverError")->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    ca->setText(trustTestCa ? m_postfix.value(QStringLiteral("CA_FILE")) : QString());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), password);
    // The test bed's domain (stamp.test) is the person's own, so the
    // Deliverability step comes first. Its mail goes to Fastmail and it
    // publishes nothing else (no SPF, DKIM or DMARC): that step, and the
    // doctor's last one, warn while the connection itself works
    // (tests/gui/tst_deliverability.cpp checks them against a real server).
    auto *zone = new test::FakeDnsResolver(&wizard);
    zone->setAnswer(QDnsLookup::MX, QStringLiteral("stamp.test"),
        { DnsRecord { QStringLiteral("in1-smtp.messagingengine.com"), 0, 10, 0, {} } });
    wizard.setDomainResolver(zone);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DeliverabilityPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
}

void TestAccountWizard::postfixByHandTestAndSave()
{
    AccountStore store; // the standard place, under the test's config folder
    QVERIFY(store.load());
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    const QString password = m_postfix.value(QStringLiteral("PASSWORD"));
    fillTestbed(wizard, QStringLiteral("testbed"), password);

    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    auto *steps = child<QTreeWidget>(&wizard, "checkSteps");
    QSignalSpy finished(panel, &ConnectionCheckPanel::finished);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    // Steps tick off one by one: the first is done before the last.
    QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(0)->text(0).contains(QStringLiteral("Passed")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(panel->lastReport()->passed(), qPrintable(panel->lastReport()->toText()));
    // Every step passes but the last: the domain lacks what receivers check.
    QTreeWidgetItem *deliverability = steps->topLevelItem(steps->topLevelItemCount() - 1);
    QCOMPARE(deliverability->data(0, Qt::UserRole + 1).toString(), QStringLiteral("deliverability"));
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = steps->topLevelItem(i);
        QVERIFY2(row->text(0).contains(
                     row == deliverability ? QStringLiteral("Warning") : QStringLiteral("Passed")),
            qPrintable(row->text(0) + QLatin1Char(' ') + row->text(1)));
        QVERIFY(row->text(2).endsWith(QStringLiteral(" ms")));
    }
    QVERIFY2(
        deliverability->text(1).contains(QStringLiteral("stamp.test")), qPrintable(deliverability->text(1)));
    // The warning is explained, pointing to the settings' tab, not to a command.
    auto *diagnosis = child<QLabel>(&wizard, "diagnosisLabel");
    QVERIFY(diagnosis->isVisible());
    QVERIFY2(diagnosis->text().contains(QStringLiteral("Deliverability tab")), qPrintable(diagnosis->text()));
    QVERIFY2(!diagnosis->text().contains(QStringLiteral("stamp domain")), qPrintable(diagnosis->text()));
    // Each record to publish is on its own line under the step, readable at
    // the wizard's narrow size: it fits the column, or the row wraps it.
    wizard.resize(wizardSizes.first());
    QTRY_COMPARE(wizard.size(), wizardSizes.first());
    QVERIFY(deliverability->isExpanded());
    int records = 0;
    for (int i = 0; i < deliverability->childCount(); ++i) {
        QTreeWidgetItem *line = deliverability->child(i);
        if (!line->text(1).startsWith(QStringLiteral("Publish: ")))
            continue;
        ++records;
        QVERIFY2(line->text(1).contains(QStringLiteral(" 3600 IN ")), qPrintable(line->text(1)));
        const QFontMetrics metrics(steps->font());
        const auto readable = [&] {
            return metrics.horizontalAdvance(line->text(1)) <= steps->columnWidth(1)
                || steps->visualItemRect(line).height() >= 2 * metrics.lineSpacing();
        };
        QTRY_VERIFY2(readable(),
            qPrintable(QStringLiteral("%1 px of text in %2 px, row %3 px high: %4")
                           .arg(metrics.horizontalAdvance(line->text(1)))
                           .arg(steps->columnWidth(1))
                           .arg(steps->visualItemRect(line).height())
                           .arg(line->text(1))));
    }
    QVERIFY2(records > 0, qPrintable(panel->lastReport()->toText()));
    // "Copy report" holds the records whole.
    QTest::mouseClick(child<QPushButton>(&wizard, "copyReportButton"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(
        QStringLiteral("Publish: stamp.test. 3600 IN TXT \"v=spf1 ")));
    wizard.resize(wizardSizes.last());
    // The live log followed the conversation, without the password.
    auto *log = panel->findChild<SessionLogModel *>();
    log->flush();
    const QString text = log->toText();
    QVERIFY2(text.contains(QStringLiteral("STARTTLS")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("AUTH")));
    QVERIFY(!text.contains(password));
    test::saveShots(&wizard, QStringLiteral("wizard-5-test"), wizardSizes);

    QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    const Account account = saved.first().first().value<Account>();
    QCOMPARE(account.name, QStringLiteral("testbed"));
    QCOMPARE(account.host, QStringLiteral("localhost"));
    QCOMPARE(account.caFile, m_postfix.value(QStringLiteral("CA_FILE")));

    AccountStore reread;
    QVERIFY(reread.load());
    QVERIFY(reread.find(QStringLiteral("testbed")));
    QCOMPARE(m_keyring.lookup(
                 QStringLiteral("stamp"), SecretStore::keyFor(account.id, SecretStore::Kind::Password)),
        password);
    // And in no file Stamp writes.
    for (const QString &root :
        { m_dirs.filePath(QStringLiteral("config")), m_dirs.filePath(QStringLiteral("data")) }) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }
    m_savedName = account.name;
}

void TestAccountWizard::wrongPasswordShowsDiagnosis()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    fillTestbed(wizard, QStringLiteral("wrong"), QStringLiteral("not-the-password"));
    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    QSignalSpy finished(panel, &ConnectionCheckPanel::finished);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!panel->lastReport()->passed());
    const CheckStep *auth = panel->lastReport()->step(QStringLiteral("auth"));
    QVERIFY(auth && auth->status == CheckStep::Status::Failed && auth->diagnosis);
    auto *diagnosis = child<QLabel>(&wizard, "diagnosisLabel");
    QVERIFY(diagnosis->isVisible());
    QVERIFY2(
        diagnosis->text().contains(auth->diagnosis->title.toHtmlEscaped()), qPrintable(diagnosis->text()));
    QVERIFY(diagnosis->text().contains(auth->diagnosis->remedy.toHtmlEscaped()));
    test::saveShots(&wizard, QStringLiteral("wizard-6-wrong-password"), wizardSizes);
}

void TestAccountWizard::verifyNotSaved(AccountWizard &wizard, AccountStore &store, const QString &accountName)
{
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(!store.find(accountName));
    AccountStore reread(store.path());
    QVERIFY(reread.load());
    QVERIFY(!reread.find(accountName));
}

void TestAccountWizard::refusedLoginSavesOnlyWhenFixed()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/refused.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    fillTestbed(wizard, QStringLiteral("refused"), QStringLiteral("not-the-password"));
    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    auto *save = wizard.button(QWizard::FinishButton);
    QSignalSpy finished(panel, &ConnectionCheckPanel::finished);
    QSignalSpy saved(&wizard, &AccountWizard::accountSaved);

    // Save before any test: the test runs first, and Postfix refuses the login.
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QTest::qWait(200); // a save would have started by now
    QCOMPARE(saved.count(), 0);
    QVERIFY(!panel->lastReport()->passed());
    QCOMPARE(panel->lastReport()->step(QStringLiteral("auth"))->status, CheckStep::Status::Failed);
    verifyNotSaved(wizard, store, QStringLiteral("refused"));

    // Save is off; the secondary way out says what it costs.
    auto *anyway = child<QPushButton>(&wizard, "saveAnywayButton");
    auto *note = child<QLabel>(&wizard, "saveAnywayNote");
    QVERIFY(anyway && note);
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!wizard.validateCurrentPage());
    QCOMPARE(saved.count(), 0);
    QVERIFY(anyway->isVisible() && anyway->isEnabled());
    QVERIFY(!anyway->isDefault() && !anyway->autoDefault());
    QVERIFY(!anyway->accessibleName().isEmpty());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Outbox")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("until its settings work")));
    test::saveShots(&wizard, QStringLiteral("wizard-6-save-anyway"), wizardSizes);

    // Back to the password (past the Deliverability step), fixed, and
    // forward: the test runs again by itself, passes, and Save is back.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DeliverabilityPageId));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
    auto *password = child<QLineEdit>(&wizard, "passwordEdit");
    password->clear();
    QTest::keyClicks(password, m_postfix.value(QStringLiteral("PASSWORD")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DeliverabilityPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(!anyway->isVisible());
    QVERIFY(panel->isRunning());
    QVERIFY(!save->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY2(panel->lastReport()->passed(), qPrintable(panel->lastReport()->toText()));
    QVERIFY(!anyway->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(saved.count(), 0); // the re-run does not save by itself
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QVERIFY(store.find(QStringLiteral("refused")));
}

void TestAccountWizard::unreachablePortSavesOnlyAnyway()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/unreachable.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    const quint16 closed = test::freeLoopbackPort(); // nobody listens there
    QVERIFY(closed != 0);
    const QString password = m_postfix.value(QStringLiteral("PASSWORD"));
    fillTestbed(wizard, QStringLiteral("unreachable"), password, true, closed);
    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    auto *save = wizard.button(QWizard::FinishButton);
    QSignalSpy finished(panel, &ConnectionCheckPanel::finished);
    QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!panel->lastReport()->passed());
    QCOMPARE(panel->lastReport()->step(QStringLiteral("tcp"))->status, CheckStep::Status::Failed);
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!wizard.validateCurrentPage());
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    verifyNotSaved(wizard, store, QStringLiteral("unreachable"));

    // Test again changes nothing while the port stays closed.
    auto *anyway = child<QPushButton>(&wizard, "saveAnywayButton");
    QVERIFY(anyway);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QVERIFY(!anyway->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY(!save->isEnabled());
    QVERIFY(anyway->isVisible());

    // "Save anyway": the account and its password are kept as entered.
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    const Account account = saved.first().first().value<Account>();
    QCOMPARE(account.port, closed);
    QVERIFY(store.find(QStringLiteral("unreachable")));
    QTRY_COMPARE_WITH_TIMEOUT(m_keyring.lookup(QStringLiteral("stamp"),
                                  SecretStore::keyFor(account.id, SecretStore::Kind::Password)),
        password, 20000);
}

void TestAccountWizard::untrustedCertificateCanBePinned()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/pinned.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    // No CA file this time: the test bed's certificate cannot be verified.
    fillTestbed(wizard, QStringLiteral("pinned"), m_postfix.value(QStringLiteral("PASSWORD")), false);
    auto *panel = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    QSignalSpy finished(panel, &ConnectionCheckPanel::finished);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!panel->lastReport()->passed());
    QCOMPARE(panel->lastReport()->step(QStringLiteral("tls"))->status, CheckStep::Status::Failed);
    auto *review = child<QPushButton>(&wizard, "reviewCertificateButton");
    QVERIFY(review->isVisible());

    // The dialog shows the exact fingerprint; Cancel is the default and
    // changes nothing.
    const QString expected = m_postfix.value(QStringLiteral("CERT_SHA256"));
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CertificateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("certificateFingerprint"))->text();
        QCOMPARE(TlsReport::normaliseFingerprint(shown), expected);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateErrors"))->text().isEmpty());
        const auto buttons = dialog->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->isDefault() && b->objectName() != QLatin1String("trustButton");
        }));
        QVERIFY(!dialog->trustButton()->isDefault());
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(checked);
    QVERIFY(wizard.draft().pinnedSha256.isEmpty());
    QCOMPARE(finished.count(), 1);

    // Trusting it pins that fingerprint and the test runs again, passing.
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<CertificateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        test::saveShots(dialog, QStringLiteral("certificate"));
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(wizard.draft().pinnedSha256, expected);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY2(panel->lastReport()->passed(), qPrintable(panel->lastReport()->toText()));
    QVERIFY(!review->isVisible());
    QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    const Account account = saved.first().first().value<Account>();
    QCOMPARE(account.pinnedSha256, expected);
    QVERIFY(account.caFile.isEmpty());
    QCOMPARE(store.find(QStringLiteral("pinned"))->pinnedSha256, expected);
    // The settings dialog shows the pin and can forget it.
    AccountSettingsDialog settings(account, &store, &secrets);
    auto *pinLabel = child<QLabel>(&settings, "pinnedCertificateLabel");
    QVERIFY(TlsReport::normaliseFingerprint(pinLabel->text().section(QLatin1Char(' '), 1)) == expected);
    QTest::mouseClick(child<QPushButton>(&settings, "forgetPinButton"), Qt::LeftButton);
    QVERIFY(settings.editedAccount().pinnedSha256.isEmpty());
}

void TestAccountWizard::identitiesAndSignaturesEdited()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/identities.json")));
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("aliases");
    account.displayName = QStringLiteral("Ann");
    account.email = QStringLiteral("ann@example.com");
    account.identities = {Identity{account.displayName, account.email, {}, {}}};
    account.host = QStringLiteral("smtp.example.com");
    account.username = account.email;
    QVERIFY(store.add(account).isEmpty());
    SecretStore secrets;
    AccountSettingsDialog settings(account, &store, &secrets);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *signature = child<QPlainTextEdit>(&settings, "signatureEdit");
    QTest::keyClicks(signature, QStringLiteral("Ann"));
    QTest::keyClick(signature, Qt::Key_Return);
    QTest::keyClicks(signature, QStringLiteral("Example Ltd"));

    // An alias: the address is checked as typed, OK only when it is usable.
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<IdentityDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChildren<QPushButton *>().first();
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("OK")))
                ok = button;
        QTest::keyClicks(child<QLineEdit>(dialog, "identityNameEdit"), QStringLiteral("Support"));
        QTest::keyClicks(child<QLineEdit>(dialog, "identityAddressEdit"), QStringLiteral("support@"));
        QVERIFY(child<QLabel>(dialog, "identityProblem")->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "identityAddressEdit"), QStringLiteral("example.com"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "identitySignatureEdit"), QStringLiteral("The support team"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(&settings, "addAliasButton"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>(&settings, "aliasList")->item(0)->text(),
             QStringLiteral("Support <support@example.com>"));
    settings.accept();
    const std::optional<Account> saved = store.find(QStringLiteral("aliases"));
    QVERIFY(saved);
    QCOMPARE(saved->identities.size(), 2);
    QCOMPARE(saved->identities.at(0).signature, QStringLiteral("Ann\nExample Ltd"));
    QCOMPARE(saved->identities.at(1).address, QStringLiteral("support@example.com"));
    QCOMPARE(saved->identities.at(1).signature, QStringLiteral("The support team"));
}

void TestAccountWizard::mainWindowListsAndUsesAccount()
{
    QVERIFY2(!m_savedName.isEmpty(), "needs the account saved by postfixByHandTestAndSave");
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // An account exists: the work area, not the welcome page.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountCombo"));
    QVERIFY(accounts && accounts->count() == 1);
    QCOMPARE(window.currentAccountName(), m_savedName);

    // The composer opens once the password has come from the keychain, and
    // sends through the test bed as that account.
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    QVERIFY(!window.compose());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QPointer<ComposeWindow> compose = opened.first().first().value<ComposeWindow *>();
    QVERIFY(compose);
    QTest::keyClicks(
        compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), m_postfix.value(QStringLiteral("USER")));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
        QStringLiteral("From the wizard's account"));
    QSignalSpy sent(compose, &ComposeWindow::sent);
    compose->send();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 30000);
    if (compose) // it may close itself once sent
        compose->close();

    // Check connection reuses the doctor with the saved password.
    AccountSettingsDialog *settings = window.openAccountSettings(true);
    QVERIFY(settings);
    QSignalSpy checked(settings->checkPanel(), &ConnectionCheckPanel::finished);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    QVERIFY2(settings->checkPanel()->lastReport()->passed(),
        qPrintable(settings->checkPanel()->lastReport()->toText()));
    test::saveShots(settings, QStringLiteral("account-settings-check"));
    settings->reject();

    // Remove asks first, then the welcome page is back.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    window.removeAccount();
    QCOMPARE(accounts->count(), 0);
    QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
