// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Sign in with Google" in the account wizard and the account settings, as a
// person meets it: the Gmail preset found with no network, the sign-in
// played through the injected browser against tests/support/oauth-doubles.py,
// the connection test logging in with the access token, Save putting the
// refresh token in a private keychain and in no file. Then the provider
// saying no, no client ID (the page explains app registrations in plain
// words and takes the person's own, with the app-password route still there
// for Gmail), and "Sign in again" in the settings.

#include "Screenshots.h"
#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "outbox/SentStore.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "ConnectionCheckPanel.h"
#include "DiscoveryDoubles.h"
#include "AppFixture.h"
#include "KeyringSession.h"
#include "OAuthDoubles.h"
#include "OAuthSignInPanel.h"
#include "SessionLogModel.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenResponse.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSettings>
#include <QPointer>
#include <QJsonArray>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace stamp;
using namespace stamp::ui;
using State = OAuthSignInPanel::State;

class TestOAuthWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void signInTestAndSave();
    void mainWindowSendsWithTheSignIn();
    void providerRefusalShowsTryAgain();
    void cancelWhileWaiting();
    void noClientIdOffersAppPassword();
    void oauthOnlyProviderWithoutClientId();
    void enteredRegistrationSignsInAndSaves();
    void settingsTakeARegistration();
    void settingsSignInAgain();

private:
    template<typename T>
    T *child(QWidget *in, const char *name)
    {
        T *found = in->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void writeClients(const QString &path, const QJsonObject &clients);
    // Address page to the sign-in page, with the preset's server replaced
    // by the SMTP double when `useDouble`.
    void driveToSignIn(AccountWizard &wizard, const QString &address, bool useDouble);
    // The browser: remembers the address and, when `play`, visits it from
    // the event loop as a person's browser would.
    UrlOpener browser(bool play);
    void noTokenInFiles();
    // No visible text names a build setting, a file or a variable.
    void noInternalNamesShown(QWidget *window);

    test::AppFixture m_app;  // keychain, folders, settings: the shared fixture
    QTemporaryDir &m_dirs = m_app.dirs();
    test::KeyringSession &m_keyring = m_app.keyring();
    test::OAuthDoubles m_doubles;
    QString m_clients; // endpoints and client of the doubles
    QString m_noClients; // no client ID for Google nor Microsoft
    QString m_endpointsOnly; // the doubles' endpoints for Google, no client ID
    QList<QUrl> m_opened;
    Account m_saved;
};

void TestOAuthWizard::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-oauth-wizard-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    const QString doubles = m_doubles.start({ QStringLiteral("wizard-client:wizard-secret") });
    QVERIFY2(doubles.isEmpty(), qPrintable(doubles));

    m_clients = m_dirs.filePath(QStringLiteral("oauth-clients.json"));
    writeClients(m_clients,
        QJsonObject { { QStringLiteral("google"),
            QJsonObject { { QStringLiteral("clientId"), QStringLiteral("wizard-client") },
                { QStringLiteral("clientSecret"), QStringLiteral("wizard-secret") },
                { QStringLiteral("authUrl"), m_doubles.authorizeUrl().toString() },
                { QStringLiteral("tokenUrl"), m_doubles.tokenUrl().toString() } } } });
    // An empty clientId switches off one compiled in by a packager.
    m_noClients = m_dirs.filePath(QStringLiteral("no-oauth-clients.json"));
    writeClients(m_noClients,
        QJsonObject { { QStringLiteral("google"), QJsonObject { { QStringLiteral("clientId"), QString() } } },
            { QStringLiteral("microsoft"), QJsonObject { { QStringLiteral("clientId"), QString() } } } });
    // What the person's own registration is tried against: no client ID
    // from the file nor the build, only where the doubles listen.
    m_endpointsOnly = m_dirs.filePath(QStringLiteral("endpoints-only.json"));
    writeClients(m_endpointsOnly,
        QJsonObject { { QStringLiteral("google"),
            QJsonObject { { QStringLiteral("clientId"), QString() },
                { QStringLiteral("authUrl"), m_doubles.authorizeUrl().toString() },
                { QStringLiteral("tokenUrl"), m_doubles.tokenUrl().toString() } } } });
}

void TestOAuthWizard::cleanupTestCase()
{
    m_doubles.stop();
    m_app.stop();
}

void TestOAuthWizard::init()
{
    qputenv("STAMP_OAUTH_CLIENTS_FILE", m_clients.toUtf8());
    m_doubles.control(QStringLiteral("mode=ok"));
    m_opened.clear();
    // Each test starts without a registration of the person's own.
    for (const char *issuer : { "accounts.google.com", "login.microsoftonline.com" })
        oauth::OAuthClientConfig::setPersonalRegistration(QLatin1String(issuer), {});
}

void TestOAuthWizard::noInternalNamesShown(QWidget *window)
{
    QStringList shown;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible())
            shown << label->text();
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible())
            shown << button->text() << button->toolTip();
    if (auto *wizard = qobject_cast<QWizard *>(window))
        shown << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    for (const QString &text : shown)
        for (const QString &internal : { QStringLiteral("STAMP_"), QStringLiteral("CMake"),
                 QStringLiteral("oauth-clients"), QStringLiteral(".json"), QStringLiteral("--"),
                 QStringLiteral("clientId"), QStringLiteral("issuer") })
            QVERIFY2(!text.contains(internal), qPrintable(text));
}

void TestOAuthWizard::writeClients(const QString &path, const QJsonObject &clients)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(clients).toJson());
}

UrlOpener TestOAuthWizard::browser(bool play)
{
    return [this, play](const QUrl &url) {
        m_opened << url;
        if (play)
            QTimer::singleShot(0, this, [url] { test::visit(url); });
    };
}

void TestOAuthWizard::driveToSignIn(AccountWizard &wizard, const QString &address, bool useDouble)
{
    // A catalogue hit ends discovery before any network.
    auto *dns = new test::FakeDnsResolver(&wizard);
    wizard.autodetect()->setResolver(dns);
    wizard.autodetect()->setAutoconfigUrls({});
    wizard.autodetect()->setProbeTargets({});
    wizard.resize(760, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, "emailEdit"), address);
    QTest::keyClicks(child<QLineEdit>(&wizard, "displayNameEdit"), QStringLiteral("Some One"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    auto *list = child<QListWidget>(&wizard, "candidateList");
    QTRY_VERIFY(list->count() >= 2);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Preset for")), qPrintable(list->item(0)->text()));
    QCOMPARE(dns->lookups(), 0);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    if (useDouble) {
        // The preset's server, moved to the SMTP double on this machine.
        auto *host = child<QLineEdit>(&wizard, "hostEdit");
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        auto *security = child<QComboBox>(&wizard, "securityCombo");
        security->setCurrentIndex(security->findData(int(SecurityMode::None)));
        child<QSpinBox>(&wizard, "portSpin")->setValue(m_doubles.smtpPort());
    }
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Nothing has gone to the provider or the server yet.
    const int authorizeBefore = m_doubles.stat("authorize");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
    QCOMPARE(m_doubles.stat("authorize"), authorizeBefore);
}

void TestOAuthWizard::noTokenInFiles()
{
    const QStringList tokens = m_doubles.issuedTokens();
    QVERIFY(!tokens.isEmpty());
    for (const QString &root :
        { m_dirs.filePath(QStringLiteral("config")), m_dirs.filePath(QStringLiteral("data")) }) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QString &token : tokens)
                QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

void TestOAuthWizard::signInTestAndSave()
{
    AccountStore store; // the standard place, under the test's config folder
    QVERIFY(store.load());
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    AccountWizard wizard(&store, &secrets);
    wizard.setCredentialSource(&credentials);
    wizard.setUrlOpener(browser(false));
    driveToSignIn(wizard, QStringLiteral("someone@gmail.com"), true);

    auto *page = wizard.currentPage();
    QVERIFY(page->title().contains(QStringLiteral("Gmail")));
    auto *panel = child<OAuthSignInPanel>(page, "oauthSignInPanel");
    auto *signIn = child<QPushButton>(page, "signInButton");
    auto *status = child<QLabel>(page, "signInStatus");
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in with Google"));
    QVERIFY(!signIn->accessibleName().isEmpty());
    QVERIFY(signIn->isVisible() && signIn->isEnabled());
    QCOMPARE(panel->state(), State::Idle);
    // Gmail also takes app passwords: that route is one button away.
    QVERIFY(child<QPushButton>(page, "useAppPasswordButton")->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-1-ready"));

    // Pressed: the browser gets the provider's page, with the address as
    // login hint; the page waits with Cancel and the address to copy.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE(m_opened.size(), 1);
    const QUrl url = m_opened.first();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_doubles.authorizeUrl());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
        QStringLiteral("someone@gmail.com"));
    QCOMPARE(panel->state(), State::Waiting);
    QCOMPARE(status->text(), QStringLiteral("Waiting for you to finish signing in in your browser\u2026"));
    QVERIFY(child<QPushButton>(page, "cancelSignInButton")->isVisible());
    auto *link = child<QLabel>(page, "signInLink");
    QVERIFY(link->isVisible());
    QVERIFY(link->text().contains(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    auto *address = child<QLineEdit>(page, "signInAddressEdit");
    QVERIFY(address->isVisible() && address->isReadOnly());
    QCOMPARE(address->text(), url.toString(QUrl::FullyEncoded));
    QVERIFY(!address->accessibleName().isEmpty());
    // The link opens the same page again, through the same opener.
    emit link->linkActivated(link->text());
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last(), url);
    QVERIFY(child<QPushButton>(page, "copySignInAddressButton")->isVisible());
    QVERIFY(!signIn->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-2-waiting"));

    // The person signs in; the browser comes back to Stamp.
    const test::BrowserVisit visit = test::visit(url);
    QCOMPARE(visit.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), State::SignedIn, 20000);
    QVERIFY2(status->text().contains(QStringLiteral("Signed in as someone@gmail.com")),
        qPrintable(status->text()));
    QVERIFY(!child<QPushButton>(page, "cancelSignInButton")->isVisible());
    QVERIFY(!link->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-3-signed-in"));
    // Nothing logged in to the server yet, nothing in the keychain yet.
    QCOMPARE(m_doubles.stat("smtp_auth_ok"), 0);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QCOMPARE(wizard.draft().authMethod, sasl::AuthMethod::XOAuth2);
    QCOMPARE(wizard.draft().oauthIssuer, QStringLiteral("accounts.google.com"));
    QCOMPARE(wizard.draft().providerId, QStringLiteral("gmail"));
    QVERIFY(
        wizard.findChild<QLabel *>(QStringLiteral("testIntro"))->text().contains(QStringLiteral("Google")));

    // The test logs in to the double with the sign-in's access token.
    auto *check = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
    QSignalSpy finished(check, &ConnectionCheckPanel::finished);
    QTest::mouseClick(child<QPushButton>(&wizard, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(check->lastReport()->passed(), qPrintable(check->lastReport()->toText()));
    QCOMPARE(m_doubles.stat("smtp_auth_ok"), 1);
    auto *log = check->findChild<SessionLogModel *>();
    log->flush();
    const QString logText = log->toText();
    QVERIFY(logText.contains(QStringLiteral("AUTH")));
    for (const QString &token : m_doubles.issuedTokens())
        QVERIFY(!logText.contains(token) && !check->lastReport()->toText().contains(token));
    test::saveShots(&wizard, QStringLiteral("wizard-signin-4-tested"));

    QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    m_saved = saved.first().first().value<Account>();
    QVERIFY(m_saved.signsInWithOAuth());
    QCOMPARE(m_saved.host, QStringLiteral("127.0.0.1"));

    // The refresh token is in the keychain, and nowhere else.
    const QString refresh = m_keyring.lookup(
        QStringLiteral("stamp"), SecretStore::keyFor(m_saved.id, SecretStore::Kind::OAuthRefreshToken));
    QVERIFY(refresh.startsWith(QStringLiteral("rt-")));
    QVERIFY(m_doubles.issuedTokens().contains(refresh));
    QVERIFY(m_keyring
                .lookup(QStringLiteral("stamp"), SecretStore::keyFor(m_saved.id, SecretStore::Kind::Password))
                .isEmpty());
    AccountStore reread;
    QVERIFY(reread.load());
    const std::optional<Account> onDisk = reread.find(m_saved.name);
    QVERIFY(onDisk);
    QCOMPARE(onDisk->authMethod, sasl::AuthMethod::XOAuth2);
    QCOMPARE(onDisk->oauthIssuer, QStringLiteral("accounts.google.com"));
    noTokenInFiles();

    // The shared CredentialSource has the access token for the first send.
    const CredentialSource::Result now = credentials.credentialsNow(*onDisk);
    QVERIFY2(now.ok(), qPrintable(now.message));
    QCOMPARE(m_doubles.stat("refreshes"), 0);
}

void TestOAuthWizard::mainWindowSendsWithTheSignIn()
{
    QVERIFY2(!m_saved.id.isEmpty(), "needs the account saved by signInTestAndSave");
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    // A new run: the access token is gone with the last process; the
    // refresh token in the keychain gets a new one without asking.
    const int refreshes = m_doubles.stat("refreshes");
    const int messages = m_doubles.control().value(QStringLiteral("messages")).toArray().size();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(m_saved.name);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QPointer<ComposeWindow> compose = opened.first().first().value<ComposeWindow *>();
    QVERIFY(compose);
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("friend@example.org"));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Signed in"));
    compose->send();
    QTRY_VERIFY_WITH_TIMEOUT(!compose, 30000);
    QTRY_COMPARE(m_doubles.control().value(QStringLiteral("messages")).toArray().size(), messages + 1);
    QVERIFY(m_doubles.stat("refreshes") > refreshes);
    SentStore sent;
    QCOMPARE(sent.list(m_saved.name).size(), 1);
    // The transcript has the XOAUTH2 exchange, never the token.
    const QString transcript = sent.transcript(sent.list(m_saved.name).first().id());
    QVERIFY(transcript.contains(QStringLiteral("AUTH XOAUTH2")) || transcript.contains(QStringLiteral("AUTH OAUTHBEARER")));
    for (const QString &token : m_doubles.issuedTokens())
        QVERIFY(!transcript.contains(token));
    noTokenInFiles();
}

void TestOAuthWizard::providerRefusalShowsTryAgain()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/denied.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.setUrlOpener(browser(true));
    driveToSignIn(wizard, QStringLiteral("declines@gmail.com"), true);
    auto *page = wizard.currentPage();
    auto *panel = child<OAuthSignInPanel>(page, "oauthSignInPanel");
    auto *signIn = child<QPushButton>(page, "signInButton");
    auto *status = child<QLabel>(page, "signInStatus");

    m_doubles.control(QStringLiteral("mode=deny"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), State::Failed, 20000);
    // In words, with the provider's own description.
    QVERIFY2(status->text().contains(
                 oauth::TokenResponse::describeAuthorizationError(QStringLiteral("access_denied"))),
        qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("The user denied the request")));
    QCOMPARE(signIn->text(), QStringLiteral("&Try again"));
    QVERIFY(signIn->isVisible() && signIn->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-5-refused"));

    // Try again, and this time the person agrees.
    m_doubles.control(QStringLiteral("mode=ok"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), State::SignedIn, 20000);
    QCOMPARE(m_opened.size(), 2);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Back to the server and forward again: the sign-in still holds.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
    QCOMPARE(panel->state(), State::SignedIn);
    QCOMPARE(m_opened.size(), 2);
}

void TestOAuthWizard::cancelWhileWaiting()
{
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/cancel.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.setUrlOpener(browser(false)); // the person never finishes in the browser
    driveToSignIn(wizard, QStringLiteral("waits@gmail.com"), true);
    auto *page = wizard.currentPage();
    auto *panel = child<OAuthSignInPanel>(page, "oauthSignInPanel");
    QTest::mouseClick(child<QPushButton>(page, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE(m_opened.size(), 1);
    QCOMPARE(panel->state(), State::Waiting);
    QTest::mouseClick(child<QPushButton>(page, "cancelSignInButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->state(), State::Failed);
    QCOMPARE(child<QLabel>(page, "signInStatus")->text(), QStringLiteral("The sign-in was cancelled."));
    QCOMPARE(child<QPushButton>(page, "signInButton")->text(), QStringLiteral("&Try again"));
    // The loopback listener is closed: the late browser finds nobody.
    const test::BrowserVisit late = test::visit(m_opened.first(), 3000);
    QVERIFY(late.status != 200);
}

void TestOAuthWizard::noClientIdOffersAppPassword()
{
    qputenv("STAMP_OAUTH_CLIENTS_FILE", m_noClients.toUtf8());
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/noclient.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    wizard.setUrlOpener(browser(true));
    driveToSignIn(wizard, QStringLiteral("someone@gmail.com"), false);
    auto *page = wizard.currentPage();
    auto *panel = child<OAuthSignInPanel>(page, "oauthSignInPanel");
    QCOMPARE(panel->state(), State::Unavailable);
    // A guided path in plain words: what an app registration is, who makes
    // one and where, and the redirect address to allow.
    auto *headline = child<QLabel>(page, "signInHeadline");
    QVERIFY(headline->isVisible());
    QVERIFY2(headline->text().contains(QStringLiteral("app registration")), qPrintable(headline->text()));
    auto *explanation = child<QLabel>(page, "appRegistrationExplanation");
    QVERIFY(explanation && explanation->isVisible());
    const QString words = explanation->text();
    QVERIFY2(words.contains(QStringLiteral("which app is asking")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("administrator")));
    QVERIFY(words.contains(QStringLiteral("developer console")));
    QVERIFY(words.contains(QStringLiteral("http://127.0.0.1")));
    QVERIFY(words.contains(QStringLiteral("client secret"))); // Google's desktop clients have one
    QCOMPARE(child<QLineEdit>(page, "redirectAddressEdit")->text(), QStringLiteral("http://127.0.0.1"));
    QVERIFY(child<QLineEdit>(page, "clientIdEdit")->isVisible());
    QVERIFY(child<QLineEdit>(page, "clientSecretEdit")->isVisible());
    QVERIFY(!child<QPushButton>(page, "useRegistrationButton")->isEnabled());
    noInternalNamesShown(&wizard);
    QVERIFY(!child<QPushButton>(page, "signInButton")->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *usePassword = child<QPushButton>(page, "useAppPasswordButton");
    QVERIFY(usePassword->isVisible() && usePassword->isEnabled());
    QVERIFY(!usePassword->accessibleName().isEmpty());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-6-no-client-id"));

    // The app-password route: the password page with Google's hint and link.
    QTest::mouseClick(usePassword, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
    auto *hint = child<QLabel>(&wizard, "appPasswordHint");
    QVERIFY(hint->isVisible() && hint->text().contains(QStringLiteral("app password")));
    QVERIFY(child<QLabel>(&wizard, "appPasswordLink")
                ->text()
                .contains(QStringLiteral("https://myaccount.google.com/apppasswords")));
    QVERIFY(wizard.draft().oauthIssuer.isEmpty());
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("abcd efgh ijkl mnop"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(!wizard.draft().signsInWithOAuth());
    QCOMPARE(wizard.secret(), QStringLiteral("abcd efgh ijkl mnop"));
    QCOMPARE(m_opened.size(), 0);
}

void TestOAuthWizard::oauthOnlyProviderWithoutClientId()
{
    qputenv("STAMP_OAUTH_CLIENTS_FILE", m_noClients.toUtf8());
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/outlook.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    driveToSignIn(wizard, QStringLiteral("someone@outlook.com"), false);
    auto *page = wizard.currentPage();
    QCOMPARE(child<OAuthSignInPanel>(page, "oauthSignInPanel")->state(), State::Unavailable);
    auto *headline = child<QLabel>(page, "signInHeadline");
    QVERIFY(headline->isVisible());
    QVERIFY2(headline->text().contains(QStringLiteral("Microsoft")), qPrintable(headline->text()));
    // No password route, and the page says so; the registration is the way.
    auto *intro = child<QLabel>(page, "passwordRouteIntro");
    QVERIFY(intro->isVisible());
    QVERIFY2(intro->text().contains(QStringLiteral("accepts no password")), qPrintable(intro->text()));
    QVERIFY(!child<QPushButton>(page, "useAppPasswordButton")->isVisible());
    QVERIFY(!child<QPushButton>(page, "signInButton")->isVisible());
    QVERIFY(child<QLineEdit>(page, "clientIdEdit") && child<QLineEdit>(page, "clientIdEdit")->isVisible());
    // Microsoft's public clients need no secret: no field for one.
    QVERIFY(!child<QLineEdit>(page, "clientSecretEdit")->isVisible());
    QVERIFY(!child<QLabel>(page, "appRegistrationExplanation")->text().contains(QStringLiteral("secret")));
    QTest::keyClicks(child<QLineEdit>(page, "clientIdEdit"), QStringLiteral("my-azure-app"));
    QVERIFY(child<QPushButton>(page, "useRegistrationButton")->isEnabled());
    noInternalNamesShown(&wizard);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::saveShots(&wizard, QStringLiteral("wizard-signin-7-oauth-only-no-client-id"));
}

void TestOAuthWizard::enteredRegistrationSignsInAndSaves()
{
    // No client ID built in nor in the file: only where the provider is.
    qputenv("STAMP_OAUTH_CLIENTS_FILE", m_endpointsOnly.toUtf8());
    const QString google = QStringLiteral("accounts.google.com");
    QVERIFY(oauth::OAuthClientConfig().lacksRegistration(google));
    AccountStore store(m_dirs.filePath(QStringLiteral("scratch/registered.json")));
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    Account account;
    {
        AccountWizard wizard(&store, &secrets);
        wizard.setCredentialSource(&credentials);
        wizard.setUrlOpener(browser(true));
        driveToSignIn(wizard, QStringLiteral("registered@gmail.com"), true);
        auto *page = wizard.currentPage();
        auto *panel = child<OAuthSignInPanel>(page, "oauthSignInPanel");
        auto *signIn = child<QPushButton>(page, "signInButton");
        auto *clientId = child<QLineEdit>(page, "clientIdEdit");
        auto *clientSecret = child<QLineEdit>(page, "clientSecretEdit");
        auto *use = child<QPushButton>(page, "useRegistrationButton");
        QCOMPARE(panel->state(), State::Unavailable);
        QVERIFY(!signIn->isVisible());
        QVERIFY(clientId && clientSecret && use);

        // Google's desktop clients come with a secret: both, then Use.
        QTest::keyClicks(clientId, QStringLiteral("wizard-client"));
        QVERIFY(!use->isEnabled());
        QTest::keyClicks(clientSecret, QStringLiteral("wizard-secret"));
        QVERIFY(use->isEnabled());
        test::saveShots(&wizard, QStringLiteral("wizard-signin-9-registration-entered"));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(panel->state(), State::Idle);
        QVERIFY(signIn->isVisible() && signIn->isEnabled());
        QCOMPARE(signIn->text(), QStringLiteral("&Sign in with Google"));
        QVERIFY(!child<QWidget>(page, "appRegistrationForm")->isVisible());
        QVERIFY(child<QPushButton>(page, "changeRegistrationButton")->isVisible());
        QCOMPARE(m_opened.size(), 0);
        noInternalNamesShown(&wizard);
        test::saveShots(&wizard, QStringLiteral("wizard-signin-10-registration-ready"));

        // Kept as a setting, per provider; found before the file and the build.
        const QString group = QStringLiteral("oauthClients/") + google;
        QCOMPARE(QSettings().value(group + QStringLiteral("/clientId")).toString(), QStringLiteral("wizard-client"));
        QCOMPARE(QSettings().value(group + QStringLiteral("/clientSecret")).toString(),
            QStringLiteral("wizard-secret"));

        // The sign-in works against the doubles, which know only that client.
        const int tokensBefore = m_doubles.stat("exchanges");
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), State::SignedIn, 20000);
        QVERIFY(m_doubles.stat("exchanges") > tokensBefore);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
        // Save before any test: the test runs, logs in with the token, and
        // the account is saved once it passed.
        auto *check = child<ConnectionCheckPanel>(&wizard, "connectionCheckPanel");
        QSignalSpy finished(check, &ConnectionCheckPanel::finished);
        QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
        const int authOk = m_doubles.stat("smtp_auth_ok");
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(check->lastReport()->passed(), qPrintable(check->lastReport()->toText()));
        QCOMPARE(m_doubles.stat("smtp_auth_ok"), authOk + 1);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        account = saved.first().first().value<Account>();
        QVERIFY(account.signsInWithOAuth());
        QVERIFY(store.find(account.name));
        // Neither part of the registration is in the check's log.
        auto *log = check->findChild<SessionLogModel *>();
        log->flush();
        QVERIFY(!log->toText().contains(QStringLiteral("wizard-secret")));
    }

    // A new run (a fresh credential source): the saved sign-in renews its
    // access token with the person's client, as a send would.
    const int refreshes = m_doubles.stat("refreshes");
    SecretStore secretsAgain;
    CredentialSource fresh(&secretsAgain);
    const CredentialSource::Result now = fresh.credentialsNow(account);
    QVERIFY2(now.ok(), qPrintable(now.message));
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);

    // The entry survives the wizard: the next one signs in straight away,
    // and shows the entry when asked to change it.
    AccountWizard again(&store, &secrets);
    again.setUrlOpener(browser(false));
    driveToSignIn(again, QStringLiteral("second@gmail.com"), true);
    auto *page = again.currentPage();
    QCOMPARE(child<OAuthSignInPanel>(page, "oauthSignInPanel")->state(), State::Idle);
    QVERIFY(child<QPushButton>(page, "signInButton")->isVisible());
    QVERIFY(!child<QWidget>(page, "appRegistrationForm")->isVisible());
    QTest::mouseClick(child<QPushButton>(page, "changeRegistrationButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(page, "appRegistrationForm")->isVisible());
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), QStringLiteral("wizard-client"));
    QCOMPARE(child<QLineEdit>(page, "clientSecretEdit")->text(), QStringLiteral("wizard-secret"));
    noInternalNamesShown(&again);
    test::saveShots(&again, QStringLiteral("wizard-signin-11-change-registration"));

    // The person's entry comes before the settings file's client ID.
    const QString withFileClient = m_dirs.filePath(QStringLiteral("file-client.json"));
    writeClients(withFileClient,
        QJsonObject { { QStringLiteral("google"),
            QJsonObject { { QStringLiteral("clientId"), QStringLiteral("file-client") },
                { QStringLiteral("clientSecret"), QStringLiteral("file-secret") } } } });
    QString problem;
    const std::optional<oauth::OAuthClient> client = oauth::OAuthClientConfig(withFileClient).clientFor(
        *ProviderCatalog::standard().byId(QStringLiteral("gmail")), &problem);
    QVERIFY2(client, qPrintable(problem));
    QCOMPARE(client->clientId, QStringLiteral("wizard-client"));
    QCOMPARE(client->clientSecret, QStringLiteral("wizard-secret"));
    oauth::OAuthClientConfig::setPersonalRegistration(google, {});
    QCOMPARE(oauth::OAuthClientConfig(withFileClient)
                 .clientFor(*ProviderCatalog::standard().byId(QStringLiteral("gmail")), &problem)
                 ->clientId,
        QStringLiteral("file-client"));
}

void TestOAuthWizard::settingsTakeARegistration()
{
    // An account saved while a registration worked; on this computer there
    // is none now. Its Sign-in tab takes one, as the wizard does.
    QVERIFY2(m_saved.signsInWithOAuth(), "needs the account saved by signInTestAndSave");
    qputenv("STAMP_OAUTH_CLIENTS_FILE", m_endpointsOnly.toUtf8());
    AccountStore store;
    QVERIFY(store.load());
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    AccountSettingsDialog dialog(m_saved, &store, &secrets);
    dialog.setCredentialSource(&credentials);
    dialog.setUrlOpener(browser(true));
    dialog.resize(760, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(AccountSettingsDialog::SignInTab);
    auto *panel = dialog.signInPanel();
    QCOMPARE(panel->state(), State::Unavailable);
    auto *explanation = child<QLabel>(&dialog, "appRegistrationExplanation");
    QVERIFY(explanation && explanation->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isVisible());
    noInternalNamesShown(&dialog);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("wizard-client"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretEdit"), QStringLiteral("wizard-secret"));
    QTest::mouseClick(child<QPushButton>(&dialog, "useRegistrationButton"), Qt::LeftButton);
    QCOMPARE(panel->state(), State::Idle);
    test::saveShots(&dialog, QStringLiteral("wizard-signin-12-settings-registration"));
    QSignalSpy signedIn(&dialog, &AccountSettingsDialog::signInSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(oauth::OAuthClientConfig::personalRegistration(QStringLiteral("accounts.google.com")).clientId,
        QStringLiteral("wizard-client"));
    dialog.reject();
}

void TestOAuthWizard::settingsSignInAgain()
{
    QVERIFY2(m_saved.signsInWithOAuth(), "needs the account saved by signInTestAndSave");
    AccountStore store;
    QVERIFY(store.load());
    SecretStore secrets;
    CredentialSource credentials(&secrets);
    AccountSettingsDialog dialog(m_saved, &store, &secrets);
    dialog.setCredentialSource(&credentials);
    dialog.setUrlOpener(browser(true));
    dialog.resize(760, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "accountSettingsTabs");
    QCOMPARE(tabs->tabText(AccountSettingsDialog::SignInTab), QStringLiteral("Sign-&in"));
    dialog.showTab(AccountSettingsDialog::SignInTab);
    // No password field anywhere on it.
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        QVERIFY(edit->echoMode() != QLineEdit::Password || !edit->isVisible());
    auto *facts = child<QLabel>(&dialog, "signInFacts");
    QVERIFY(facts->text().contains(QStringLiteral("someone@gmail.com")));
    QVERIFY(facts->text().contains(QStringLiteral("accounts.google.com")));
    auto *saved = child<QLabel>(&dialog, "signInSavedLabel");
    QTRY_VERIFY(saved->text().contains(QStringLiteral("saved in your system's keychain")));
    const QString before = m_keyring.lookup(
        QStringLiteral("stamp"), SecretStore::keyFor(m_saved.id, SecretStore::Kind::OAuthRefreshToken));
    QVERIFY(!before.isEmpty());

    // Sign in again: a new refresh token replaces the old one.
    QSignalSpy signedIn(&dialog, &AccountSettingsDialog::signInSaved);
    auto *button = child<QPushButton>(&dialog, "signInButton");
    QCOMPARE(button->text(), QStringLiteral("Sign in &again with Google"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(saved->text().contains(QStringLiteral("Signed in again")));
    const QString after = m_keyring.lookup(
        QStringLiteral("stamp"), SecretStore::keyFor(m_saved.id, SecretStore::Kind::OAuthRefreshToken));
    QVERIFY(after.startsWith(QStringLiteral("rt-")));
    QVERIFY(after != before);
    // No token on screen.
    for (const QString &token : m_doubles.issuedTokens())
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(token));
    test::saveShots(&dialog, QStringLiteral("wizard-signin-8-settings"));

    // Check connection gets its token from CredentialSource; a refused
    // token is renewed once and the check passes.
    m_doubles.control(QStringLiteral("smtp_reject_next=1"));
    const int refreshes = m_doubles.stat("refreshes");
    dialog.showTab(AccountSettingsDialog::CheckTab);
    QSignalSpy checked(dialog.checkPanel(), &ConnectionCheckPanel::finished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    QVERIFY2(
        dialog.checkPanel()->lastReport()->passed(), qPrintable(dialog.checkPanel()->lastReport()->toText()));
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);
    QCOMPARE(m_doubles.stat("smtp_auth_refused"), 1);

    // Saving the dialog keeps the account's sign-in method.
    dialog.accept();
    AccountStore reread;
    QVERIFY(reread.load());
    QVERIFY(reread.find(m_saved.name)->signsInWithOAuth());
    noTokenInFiles();
}

QTEST_MAIN(TestOAuthWizard)
#include "tst_oauth_wizard.moc"
