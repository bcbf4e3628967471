// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The wizard's "Will your mail arrive?" step and the account settings'
// Deliverability tab, against a real authoritative DNS server (Knot, see
// tests/support/dns-testbed.sh) on 127.0.0.153 serving the domain check's
// zone cases (tests/support/DomainZones). Each case must show, on screen,
// the verdict of every check, the explanation, and the exact record to
// publish in the fields a DNS panel asks for. Needs root (port 53).

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "AppFixture.h"
#include "DeliverabilityPage.h"
#include "DeliverabilityPanel.h"
#include "DiscoveryDoubles.h"
#include "DomainZones.h"
#include "Peers.h"
#include "Screenshots.h"
#include "accounts/AccountStore.h"
#include "dns/DnsResolver.h"
#include "Translations.h"
#include "accounts/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

namespace {

const QString kServer = QStringLiteral("127.0.0.153");
const QStringList kCheckIds = { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"),
    QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("tls-rpt") };

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// What a person reads in a widget and everything in it, zero-width break
// hints (see DeliverabilityPanel) taken out.
QString textOf(QWidget *widget)
{
    QStringList words;
    const auto labels = widget->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->isVisibleTo(widget))
            words << label->text();
    const auto edits = widget->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        words << edit->text();
    return words.join(QLatin1Char('\n')).remove(QChar(0x200B));
}

} // namespace

class TestDeliverability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wizardStepExplainsEachZoneCase_data();
    void wizardStepExplainsEachZoneCase();
    void stepOnlyForOwnDomains();
    void nextWorksWhileDnsIsAsked();
    void unreachableDnsIsSaid();
    void copyButtonsCopyTheRecord();
    void settingsTabChecksEachIdentityDomain();

private:
    DeliverabilityPanel *openStep(AccountWizard &wizard, const QString &address, const QString &provider);

    test::AppFixture m_app;
    test::DomainZones m_zones;
    test::DnsTestbed m_dns { QHostAddress(kServer) };
    SystemDnsResolver m_resolver;
};

void TestDeliverability::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-deliverability-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    // English with its plural forms ("1 thing to fix"), as the app shows it.
    installTranslations(*QCoreApplication::instance(), LanguageSource::English);
    const QString built = m_zones.build(QHostAddress(kServer));
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_zones.installInto(m_dns);
    const QString error = m_dns.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_resolver.setNameserver(QHostAddress(kServer));
}

void TestDeliverability::cleanupTestCase()
{
    m_dns.stop();
    m_app.stop();
}

DeliverabilityPanel *TestDeliverability::openStep(
    AccountWizard &wizard, const QString &address, const QString &provider)
{
    wizard.draft().email = address;
    wizard.draft().providerId = provider;
    wizard.setDomainResolver(&m_resolver);
    wizard.setStartId(AccountWizard::DeliverabilityPageId);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    return child<DeliverabilityPanel>(&wizard, "deliverabilityPanel");
}

void TestDeliverability::wizardStepExplainsEachZoneCase_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("statuses"); // in the order of kCheckIds
    // The check whose record to publish is compared, and "name|type|value"
    // ("" for none may be suggested anywhere).
    QTest::addColumn<QString>("suggestedOf");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("summaryWords");
    QTest::addColumn<QString>("pageWords"); // said somewhere on the page

    const auto s = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    const QString fastmail = QStringLiteral("fastmail");
    const QString fixWords = QStringLiteral("1 thing to fix: until then, receivers");

    QTest::newRow("healthy") << "healthy.test" << fastmail << s("pass pass pass pass info info") << QString()
                             << QString() << "publishes what receivers check for mail sent through Fastmail"
                             << "v=spf1 include:spf.messagingengine.com ~all";
    QTest::newRow("two SPF records") << "twospf.test" << fastmail << s("pass fail pass pass info info")
                                     << QString() << QString() << fixWords << "More than one SPF record";
    QTest::newRow("SPF over 10 lookups") << "manylookups.test" << fastmail << s("pass fail pass pass info info")
                                         << QString() << QString() << fixWords << "10";
    QTest::newRow("SPF without the provider")
        << "noinclude.test" << fastmail << s("pass fail pass pass info info") << "spf"
        << "noinclude.test|TXT|v=spf1 include:_spf.google.com include:spf.messagingengine.com ~all" << fixWords
        << "v=spf1 include:_spf.google.com ~all";
    QTest::newRow("DKIM key of 1024 bits") << "weakkey.test" << fastmail << s("pass pass warn pass info info")
                                           << QString() << QString() << "1 thing could be better" << "1024";
    QTest::newRow("revoked DKIM key") << "revoked.test" << fastmail << s("pass pass fail pass info info")
                                      << QString() << QString() << fixWords << "v=DKIM1; k=rsa; p=";
    QTest::newRow("DMARC under the zone name twice")
        << "wrongdmarc.test" << fastmail << s("pass pass pass fail info info") << "dmarc"
        << "_dmarc.wrongdmarc.test|TXT|v=DMARC1; p=quarantine" << fixWords
        << "_dmarc.wrongdmarc.test.wrongdmarc.test";
    QTest::newRow("DMARC at the apex") << "apexdmarc.test" << fastmail << s("pass pass pass fail info info")
                                       << "dmarc" << "_dmarc.apexdmarc.test|TXT|v=DMARC1; p=reject" << fixWords
                                       << "The DMARC record is at the wrong name";
    QTest::newRow("p=none") << "pnone.test" << fastmail << s("pass pass pass warn info info") << QString()
                            << QString() << "1 thing could be better" << "p=none";
    QTest::newRow("null MX") << "nullmx.test" << fastmail << s("fail pass pass pass info info") << QString()
                             << QString() << fixWords << "The domain says it receives no mail";
    QTest::newRow("300-character TXT in strings")
        << "longtxt.test" << fastmail << s("pass pass pass pass info info") << QString() << QString()
        << "publishes what receivers check" << QString::fromLatin1(test::DomainZones::longSpf());
    QTest::newRow("Microsoft 365 CNAME'd DKIM")
        << "m365.test"
        << "microsoft365" << s("pass pass pass pass info info") << QString() << QString()
        << "publishes what receivers check" << "DKIM";
}

void TestDeliverability::wizardStepExplainsEachZoneCase()
{
    QFETCH(QString, domain);
    QFETCH(QString, provider);
    QFETCH(QStringList, statuses);
    QFETCH(QString, suggestedOf);
    QFETCH(QString, suggested);
    QFETCH(QString, summaryWords);
    QFETCH(QString, pageWords);

    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    DeliverabilityPanel *panel = openStep(wizard, QStringLiteral("someone@") + domain, provider);
    QVERIFY(panel);
    QCOMPARE(wizard.currentId(), int(AccountWizard::DeliverabilityPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport().has_value(), 20000);

    // Every check on screen, with its verdict.
    for (int i = 0; i < kCheckIds.size(); ++i) {
        auto *card = panel->findChild<QFrame *>(QStringLiteral("finding-") + kCheckIds[i]);
        QVERIFY2(card, qPrintable(kCheckIds[i]));
        QVERIFY(card->isVisibleTo(&wizard));
        QCOMPARE(card->property("status").toString(), statuses[i]);
        QVERIFY(!card->findChild<QLabel *>(QStringLiteral("findingTitle"))->text().isEmpty());
    }
    const QString summary = child<QLabel>(panel, "deliverabilitySummary")->text();
    QVERIFY2(summary.contains(summaryWords), qPrintable(summary));
    const QString page = textOf(wizard.currentPage());
    QVERIFY2(page.contains(pageWords), qPrintable(page));
    QVERIFY(page.contains(domain));

    // A failing check says what to do: every failure carries an
    // explanation, and where one record fixes it, that record.
    for (int i = 0; i < kCheckIds.size(); ++i) {
        if (statuses[i] != QLatin1String("fail"))
            continue;
        auto *card = panel->findChild<QFrame *>(QStringLiteral("finding-") + kCheckIds[i]);
        auto *detail = card->findChild<QLabel *>(QStringLiteral("findingDetail"));
        QVERIFY2(detail && detail->text().size() > 40, qPrintable(kCheckIds[i]));
    }
    if (!suggestedOf.isEmpty()) {
        auto *card = panel->findChild<QFrame *>(QStringLiteral("finding-") + suggestedOf);
        const QStringList want = suggested.split(QLatin1Char('|'));
        auto *name = card->findChild<QLineEdit *>(QStringLiteral("suggestedName"));
        auto *type = card->findChild<QLineEdit *>(QStringLiteral("suggestedType"));
        auto *value = card->findChild<QLineEdit *>(QStringLiteral("suggestedValue"));
        QVERIFY(name && type && value);
        QCOMPARE(name->text(), want[0]);
        QCOMPARE(type->text(), want[1]);
        QVERIFY2(value->text().startsWith(want[2]), qPrintable(value->text()));
        QVERIFY(name->isReadOnly() && value->isReadOnly());
        const QString zone = card->findChild<QLabel *>(QStringLiteral("suggestedZoneLine"))->text().remove(QChar(0x200B));
        QVERIFY2(zone.startsWith(want[0] + QStringLiteral(". ")) && zone.contains(QStringLiteral(" IN TXT \"")),
            qPrintable(zone));
        QVERIFY(child<QPushButton>(panel, "copyRecordsButton")->isEnabled());
    }
    // Nothing else to publish where all is well.
    if (!statuses.contains(QStringLiteral("fail")) && !statuses.contains(QStringLiteral("warn")))
        QVERIFY(!child<QPushButton>(panel, "copyRecordsButton")->isEnabled());

    // The page never holds the person up: Next goes on to the test.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
}

void TestDeliverability::stepOnlyForOwnDomains()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    // Consumer domains: the provider publishes everything itself.
    for (const char *address : { "someone@gmail.com", "someone@outlook.com", "someone@icloud.com" }) {
        wizard.draft().email = QString::fromLatin1(address);
        QCOMPARE(wizard.pageAfterLogin(), int(AccountWizard::TestPageId));
    }
    wizard.draft().email = QStringLiteral("someone@healthy.test");
    wizard.draft().providerId = QStringLiteral("fastmail");
    QCOMPARE(wizard.pageAfterLogin(), int(AccountWizard::DeliverabilityPageId));
    wizard.draft().providerId.clear();
    QCOMPARE(wizard.pageAfterLogin(), int(AccountWizard::DeliverabilityPageId));
}

void TestDeliverability::nextWorksWhileDnsIsAsked()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    test::FakeDnsResolver silent;
    silent.setDelay(10 * 60 * 1000);
    wizard.draft().email = QStringLiteral("someone@example.org");
    wizard.setDomainResolver(&silent);
    wizard.setStartId(AccountWizard::DeliverabilityPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *panel = child<DeliverabilityPanel>(&wizard, "deliverabilityPanel");
    QTRY_VERIFY(panel->isRunning());
    QVERIFY(child<QLabel>(panel, "deliverabilitySummary")->text().contains(QStringLiteral("Asking DNS")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(!panel->isRunning());
    // Back: the stopped check says so and can run again.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DeliverabilityPageId));
    QVERIFY(child<QLabel>(panel, "deliverabilitySummary")->text().contains(QStringLiteral("Check again")));
    QVERIFY(panel->checkButton()->isEnabled());
}

void TestDeliverability::unreachableDnsIsSaid()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    // A name server that is not there: nothing listens on this address.
    SystemDnsResolver nowhere;
    nowhere.setNameserver(QHostAddress(QStringLiteral("127.0.0.154")));
    wizard.draft().email = QStringLiteral("someone@healthy.test");
    wizard.draft().providerId = QStringLiteral("fastmail");
    wizard.setDomainResolver(&nowhere);
    wizard.setStartId(AccountWizard::DeliverabilityPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *panel = child<DeliverabilityPanel>(&wizard, "deliverabilityPanel");
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport().has_value(), 30000);
    QVERIFY(panel->lastReport()->dnsUnavailable);
    const QString summary = child<QLabel>(panel, "deliverabilitySummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("DNS could not be asked")), qPrintable(summary));
    // No verdicts made up from no answers.
    QVERIFY(!panel->findChild<QFrame *>(QStringLiteral("finding-spf")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestDeliverability::copyButtonsCopyTheRecord()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    DeliverabilityPanel *panel = openStep(wizard, QStringLiteral("someone@noinclude.test"), QStringLiteral("fastmail"));
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport().has_value(), 20000);
    test::saveShots(&wizard, QStringLiteral("wizard-deliverability"), { QSize(560, 480), QSize(760, 600) });
    auto *card = panel->findChild<QFrame *>(QStringLiteral("finding-spf"));
    // Tab goes from the panel's buttons into the record to publish (made
    // after the wizard's own buttons), in reading order.
    QStringList tabs;
    QWidget *w = child<QPushButton>(panel, "copyRecordsButton");
    while (tabs.size() < 5) {
        w = w->nextInFocusChain();
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&wizard))
            tabs << w->objectName();
    }
    QCOMPARE(tabs,
        QStringList({ QStringLiteral("suggestedName"), QStringLiteral("copyNameButton"), QStringLiteral("suggestedType"),
            QStringLiteral("suggestedValue"), QStringLiteral("copyValueButton") }));
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("copyValueButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("v=spf1 include:_spf.google.com include:spf.messagingengine.com ~all"));
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("copyNameButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("noinclude.test"));
    QTest::mouseClick(child<QPushButton>(panel, "copyRecordsButton"), Qt::LeftButton);
    const QString all = QApplication::clipboard()->text();
    QVERIFY2(all.startsWith(QStringLiteral("noinclude.test. 3600 IN TXT \"v=spf1 include:_spf.google.com "
                                           "include:spf.messagingengine.com ~all\"")),
        qPrintable(all));
    QVERIFY(!all.contains(QChar(0x200B)));
    QVERIFY(!child<QLabel>(panel, "deliverabilityCopied")->text().isEmpty());
}

void TestDeliverability::settingsTabChecksEachIdentityDomain()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("scratch/settings-accounts.json")));
    SecretStore secrets;
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("Own domain");
    account.displayName = QStringLiteral("Some One");
    account.email = QStringLiteral("someone@healthy.test");
    account.host = QStringLiteral("smtp.fastmail.com");
    account.providerId = QStringLiteral("fastmail");
    account.username = account.email;
    account.identities = { Identity { account.displayName, account.email, {}, {} },
        Identity { QStringLiteral("Some One"), QStringLiteral("news@noinclude.test"), {}, {} } };
    AccountSettingsDialog dialog(account, &store, &secrets);
    DeliverabilityPanel *panel = dialog.deliverabilityPanel();
    panel->setResolver(&m_resolver);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing is asked until the tab is opened.
    QVERIFY(!panel->isRunning() && !panel->lastReport());
    auto *tabs = child<QTabWidget>(&dialog, "accountSettingsTabs");
    QCOMPARE(tabs->tabText(AccountSettingsDialog::DeliverabilityTab), QStringLiteral("Delivera&bility"));
    dialog.showTab(AccountSettingsDialog::DeliverabilityTab);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport().has_value(), 20000);
    QCOMPARE(panel->lastReport()->domain, QStringLiteral("healthy.test"));
    QVERIFY(!panel->lastReport()->hasFailure());

    // The other identity's domain is one choice away.
    auto *choice = child<QComboBox>(&dialog, "domainChoice");
    QVERIFY(choice->isVisibleTo(&dialog));
    QCOMPARE(choice->count(), 2);
    choice->setCurrentIndex(1);
    emit choice->activated(1);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport() && panel->lastReport()->domain == QLatin1String("noinclude.test"), 20000);
    QVERIFY(panel->lastReport()->hasFailure());
    auto *card = panel->findChild<QFrame *>(QStringLiteral("finding-spf"));
    QCOMPARE(card->property("status").toString(), QStringLiteral("fail"));
    test::saveShots(&dialog, QStringLiteral("settings-deliverability"));
    QCOMPARE(card->findChild<QLineEdit *>(QStringLiteral("suggestedValue"))->text(),
        QStringLiteral("v=spf1 include:_spf.google.com include:spf.messagingengine.com ~all"));

    // A domain no identity has (a From typed in the composer) can be typed.
    choice->setEditText(QStringLiteral("someone@PNone.test"));
    QTest::keyClick(choice->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport() && panel->lastReport()->domain == QLatin1String("pnone.test"), 20000);
    QCOMPARE(panel->findChild<QFrame *>(QStringLiteral("finding-dmarc"))->property("status").toString(),
        QStringLiteral("warn"));
    choice->setCurrentIndex(1);
    emit choice->activated(1);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastReport() && panel->lastReport()->domain == QLatin1String("noinclude.test"), 20000);

    // Back to the tab later: the answer stays, nothing is asked again.
    dialog.showTab(AccountSettingsDialog::IdentityTab);
    dialog.showTab(AccountSettingsDialog::DeliverabilityTab);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->lastReport()->domain, QStringLiteral("noinclude.test"));
}

QTEST_MAIN(TestDeliverability)
#include "tst_deliverability.moc"
