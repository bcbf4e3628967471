// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Proxy group on the account settings' Server tab: what is typed is
// saved with the account, the password goes to the keychain (a private
// Secret Service, see KeyringSession) and never into accounts.json, and
// the saved settings come back when the dialog is opened again. The wizard
// does not ask.

#include "AccountSettingsDialog.h"
#include "AccountSettingsServerForm.h"
#include "AppFixture.h"
#include "ConnectionCheckPanel.h"
#include "ProxyTestbed.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestAccountProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesAndLoadsWithPasswordInKeychain();
    void systemIsTheDefaultAndNeedsNoFields();
    void wizardFormDoesNotAsk();
    void checkConnectionLogsInToTheProxy_data();
    void checkConnectionLogsInToTheProxy();

private:
    Account account() const;
    test::AppFixture m_app;
};

void TestAccountProxy::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-account-proxy-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
}

void TestAccountProxy::cleanupTestCase()
{
    m_app.stop();
}

Account TestAccountProxy::account() const
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("proxied");
    a.displayName = QStringLiteral("Some One");
    a.email = QStringLiteral("someone@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.username = a.email;
    a.identities = { Identity { a.displayName, a.email, {}, {} } };
    return a;
}

void TestAccountProxy::savesAndLoadsWithPasswordInKeychain()
{
    const QString path = m_app.dirs().filePath(QStringLiteral("proxy-accounts.json"));
    AccountStore store(path);
    SecretStore secrets;
    const Account original = account();
    QVERIFY(store.add(original).isEmpty());
    const QString password = QStringLiteral("s0cks-pass");
    {
        AccountSettingsDialog dialog(original, &store, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountSettingsDialog::ServerTab);
        auto *group = child<QGroupBox>(&dialog, "proxyGroup");
        QVERIFY(group && group->isVisible());
        auto *mode = child<QComboBox>(&dialog, "proxyModeCombo");
        auto *host = child<QLineEdit>(&dialog, "proxyHostEdit");
        auto *port = child<QSpinBox>(&dialog, "proxyPortSpin");
        auto *user = child<QLineEdit>(&dialog, "proxyUserEdit");
        auto *secret = child<QLineEdit>(&dialog, "proxyPasswordEdit");
        auto *remoteDns = child<QCheckBox>(&dialog, "proxyRemoteDnsCheck");
        QVERIFY(mode && host && port && user && secret && remoteDns);
        // Every field is named for a screen reader.
        for (QWidget *w : std::initializer_list<QWidget *> { mode, host, port, user, secret })
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QCOMPARE(mode->currentData().toInt(), int(ProxySettings::Mode::System));
        QVERIFY(!host->isEnabled());

        mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Socks5)));
        QVERIFY(host->isEnabled() && remoteDns->isEnabled());
        QCOMPARE(port->value(), 1080);
        // The keyboard way, in tab order: host, port, user, password.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        host->setFocus();
        QTRY_VERIFY(host->hasFocus());
        QTest::keyClicks(host, QStringLiteral("proxy.example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() == port);
        port->setValue(9050);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() == user);
        QTest::keyClicks(user, QStringLiteral("alice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() == secret);
        QTest::keyClicks(secret, password);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        remoteDns->setChecked(true);
        dialog.accept();
        QTRY_VERIFY(!dialog.isVisible());
    }
    AccountStore reread(path);
    QVERIFY(reread.load());
    const std::optional<Account> saved = reread.find(original.name);
    QVERIFY(saved);
    QCOMPARE(saved->proxy.toUrl(), QStringLiteral("socks5h://alice@proxy.example:9050"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
    const SecretStore::Result kept = secrets.readNow(original.id, SecretStore::Kind::ProxyPassword);
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QCOMPARE(kept.secret, password);
    // Its own entry: the login's password is untouched.
    QCOMPARE(secrets.readNow(original.id, SecretStore::Kind::Password).status,
        SecretStore::Result::Status::NotFound);

    // Opened again: the settings are back, the password is not shown.
    AccountSettingsDialog again(*saved, &reread, &secrets);
    QCOMPARE(
        child<QComboBox>(&again, "proxyModeCombo")->currentData().toInt(), int(ProxySettings::Mode::Socks5));
    QCOMPARE(child<QLineEdit>(&again, "proxyHostEdit")->text(), QStringLiteral("proxy.example"));
    QCOMPARE(child<QSpinBox>(&again, "proxyPortSpin")->value(), 9050);
    QCOMPARE(child<QLineEdit>(&again, "proxyUserEdit")->text(), QStringLiteral("alice"));
    QVERIFY(child<QLineEdit>(&again, "proxyPasswordEdit")->text().isEmpty());
    QVERIFY(child<QCheckBox>(&again, "proxyRemoteDnsCheck")->isChecked());
}

void TestAccountProxy::systemIsTheDefaultAndNeedsNoFields()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("proxy-default.json")));
    SecretStore secrets;
    const Account original = account();
    QVERIFY(store.add(original).isEmpty());
    AccountSettingsDialog dialog(original, &store, &secrets);
    auto *form = child<AccountSettingsServerForm>(&dialog, "serverSettingsForm");
    QVERIFY(form->isValid());
    auto *mode = child<QComboBox>(&dialog, "proxyModeCombo");
    // An HTTP proxy without a host is not usable, and says so.
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::HttpConnect)));
    QVERIFY(!form->isValid());
    QVERIFY(form->problem().contains(QStringLiteral("proxy")));
    QVERIFY(!child<QCheckBox>(&dialog, "proxyRemoteDnsCheck")->isEnabled());
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::None)));
    QVERIFY(form->isValid());
    Account edited = original;
    form->store(&edited);
    QCOMPARE(edited.proxy.mode, ProxySettings::Mode::None);
}

void TestAccountProxy::wizardFormDoesNotAsk()
{
    AccountSettingsServerForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(!child<QGroupBox>(&form, "proxyGroup")->isVisible());
    Account a = account();
    a.proxy.mode = ProxySettings::Mode::None;
    form.load(a);
    form.store(&a);
    // What the form does not show, it leaves as it was.
    QCOMPARE(a.proxy.mode, ProxySettings::Mode::None);
}

// Check connection logs in to the proxy as sending does: with the password
// typed on the Server tab, or with the one saved in the keychain.
void TestAccountProxy::checkConnectionLogsInToTheProxy_data()
{
    QTest::addColumn<bool>("typed");
    QTest::newRow("saved in the keychain") << false;
    QTest::newRow("typed, not yet saved") << true;
}

void TestAccountProxy::checkConnectionLogsInToTheProxy()
{
    QFETCH(bool, typed);
    SandboxServer server;
    QVERIFY(server.start());
    test::ProxyTestbed proxy;
    const QString password = QStringLiteral("socks-secret");
    const QString started = proxy.startSocksWithLogin(QStringLiteral("alice"), password);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    Account a = account();
    a.name = typed ? QStringLiteral("proxied-typed") : QStringLiteral("proxied-saved");
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.port();
    a.security = SecurityMode::None;
    a.authMethod = sasl::AuthMethod::None;
    QString error;
    const std::optional<ProxySettings> viaProxy =
        ProxySettings::fromUrl(QStringLiteral("socks5://alice@127.0.0.1:%1").arg(proxy.port()), &error);
    QVERIFY2(viaProxy, qPrintable(error));
    a.proxy = *viaProxy;
    AccountStore store(m_app.dirs().filePath(QStringLiteral("check-proxy-accounts.json")));
    QVERIFY(store.add(a).isEmpty());
    SecretStore secrets;
    if (!typed)
        QVERIFY(secrets.writeNow(a.id, SecretStore::Kind::ProxyPassword, password).ok());

    AccountSettingsDialog dialog(a, &store, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (typed) {
        dialog.showTab(AccountSettingsDialog::ServerTab);
        QTest::keyClicks(child<QLineEdit>(&dialog, "proxyPasswordEdit"), password);
    }
    dialog.showTab(AccountSettingsDialog::CheckTab);
    auto *panel = dialog.findChild<ConnectionCheckPanel *>();
    QVERIFY(panel);
    panel->setCheckDomain(false);
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport().has_value(), 30000);
    QVERIFY2(panel->lastReport()->passed(), qPrintable(panel->lastReport()->toText()));
    // The message went nowhere, but the proxy did carry the connection.
    QTRY_VERIFY2(proxy.log().contains(QStringLiteral("auth-ok alice")), qPrintable(proxy.log()));
    QVERIFY2(!proxy.log().contains(QStringLiteral("auth-failed")), qPrintable(proxy.log()));
}

QTEST_MAIN(TestAccountProxy)
#include "tst_account_proxy.moc"
