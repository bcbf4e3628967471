// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The provider catalogue: every shipped preset parses and is complete, every
// domain from the provider table finds its preset, MX hosts map to the right
// provider, and a broken drop-in file is reported (name and line) without
// stopping the others.

#include "accounts/Account.h"
#include "accounts/SentCopyDefaults.h"
#include "providers/AutoconfigParser.h"
#include "providers/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

Q_DECLARE_METATYPE(stamp::sasl::AuthMethod)

class TestProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShippedPresetIsComplete();
    void everyProviderIsShipped();
    void domainsFindTheirPreset_data();
    void domainsFindTheirPreset();
    void mxHostsFindTheirProvider_data();
    void mxHostsFindTheirProvider();
    void usernameForms();
    void extrasAreRead();
    void imapServersAndSentCopyDefaults();
    void brokenFilesAreReportedAndSkipped();
    void dropInReplacesShippedPreset();
    void standardCatalogueReadsDropInFolder();
    void unknownElementsAreIgnored();
    void oauthSettingsAreRead();
    void oauthElementInEitherPlace_data();
    void oauthElementInEitherPlace();

private:
    static void write(const QString &path, const QByteArray &data);
    ProviderCatalog m_catalog;
};

void TestProvider::write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestProvider::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog.loadFolder(QStringLiteral(":/providers"));
    QVERIFY2(m_catalog.errors().isEmpty(), qPrintable(m_catalog.errors().join(QLatin1Char('\n'))));
}

void TestProvider::everyShippedPresetIsComplete()
{
    QVERIFY(m_catalog.presets().size() >= 26);
    for (const ProviderPreset &preset : m_catalog.presets()) {
        QVERIFY2(!preset.displayName.isEmpty(), qPrintable(preset.id));
        QVERIFY2(!preset.servers.isEmpty(), qPrintable(preset.id));
        for (const ServerPreset &server : preset.servers) {
            QVERIFY2(!server.host.isEmpty(), qPrintable(preset.id));
            QVERIFY2(server.port > 0, qPrintable(preset.id));
            // Every shipped server is encrypted: no preset sends a password in the clear.
            QVERIFY2(server.security != SecurityMode::None, qPrintable(preset.id));
            QVERIFY2(!server.usernameTemplate.isEmpty(), qPrintable(preset.id));
        }
        for (const QString &domain : preset.domains)
            QCOMPARE(m_catalog.matchDomain(domain)->id, preset.id);
        // The file is named after its id, so a drop-in with the same name replaces it.
        QVERIFY2(preset.sourceName.endsWith(QLatin1Char('/') + preset.id + QStringLiteral(".xml")),
            qPrintable(preset.sourceName));
    }
}

void TestProvider::everyProviderIsShipped()
{
    // The 26 rows of the provider table (Zoho and Mailgun count once per region file).
    const QStringList ids = { QStringLiteral("gmail"), QStringLiteral("outlook.com"),
        QStringLiteral("microsoft365"), QStringLiteral("yahoo"), QStringLiteral("icloud"),
        QStringLiteral("aol"), QStringLiteral("zoho"), QStringLiteral("zoho-eu"), QStringLiteral("zoho-in"),
        QStringLiteral("zoho-au"), QStringLiteral("zoho-jp"), QStringLiteral("zoho-ca"),
        QStringLiteral("fastmail"), QStringLiteral("gmx.net"), QStringLiteral("gmx.com"),
        QStringLiteral("web.de"), QStringLiteral("mail.com"), QStringLiteral("yandex"),
        QStringLiteral("mail.ru"), QStringLiteral("proton-bridge"), QStringLiteral("t-online"),
        QStringLiteral("orange"), QStringLiteral("free"), QStringLiteral("comcast"), QStringLiteral("qq"),
        QStringLiteral("163"), QStringLiteral("sendgrid"), QStringLiteral("mailgun"),
        QStringLiteral("mailgun-eu"), QStringLiteral("amazon-ses"), QStringLiteral("postmark"),
        QStringLiteral("brevo"), QStringLiteral("mailjet") };
    for (const QString &id : ids)
        QVERIFY2(m_catalog.byId(id).has_value(), qPrintable(id));
}

void TestProvider::domainsFindTheirPreset_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<SecurityMode>("security");
    const auto tls = SecurityMode::ImplicitTls;
    const auto starttls = SecurityMode::StartTls;
    QTest::newRow("gmail") << "a@gmail.com"
                           << "gmail"
                           << "smtp.gmail.com" << 465 << tls;
    QTest::newRow("googlemail") << "a@GoogleMail.com"
                                << "gmail"
                                << "smtp.gmail.com" << 465 << tls;
    QTest::newRow("outlook") << "a@outlook.com"
                             << "outlook.com"
                             << "smtp-mail.outlook.com" << 587 << starttls;
    QTest::newRow("hotmail") << "a@hotmail.com"
                             << "outlook.com"
                             << "smtp-mail.outlook.com" << 587 << starttls;
    QTest::newRow("live") << "a@live.com"
                          << "outlook.com"
                          << "smtp-mail.outlook.com" << 587 << starttls;
    QTest::newRow("msn") << "a@msn.com"
                         << "outlook.com"
                         << "smtp-mail.outlook.com" << 587 << starttls;
    QTest::newRow("m365") << "a@contoso.onmicrosoft.com"
                          << ""
                          << "" << 0 << starttls;
    QTest::newRow("onmicrosoft") << "a@onmicrosoft.com"
                                 << "microsoft365"
                                 << "smtp.office365.com" << 587 << starttls;
    QTest::newRow("yahoo") << "a@yahoo.com"
                           << "yahoo"
                           << "smtp.mail.yahoo.com" << 465 << tls;
    QTest::newRow("ymail") << "a@ymail.com"
                           << "yahoo"
                           << "smtp.mail.yahoo.com" << 465 << tls;
    QTest::newRow("rocketmail") << "a@rocketmail.com"
                                << "yahoo"
                                << "smtp.mail.yahoo.com" << 465 << tls;
    QTest::newRow("myyahoo") << "a@myyahoo.com"
                             << "yahoo"
                             << "smtp.mail.yahoo.com" << 465 << tls;
    QTest::newRow("icloud") << "a@icloud.com"
                            << "icloud"
                            << "smtp.mail.me.com" << 587 << starttls;
    QTest::newRow("me") << "a@me.com"
                        << "icloud"
                        << "smtp.mail.me.com" << 587 << starttls;
    QTest::newRow("mac") << "a@mac.com"
                         << "icloud"
                         << "smtp.mail.me.com" << 587 << starttls;
    QTest::newRow("aol") << "a@aol.com"
                         << "aol"
                         << "smtp.aol.com" << 465 << tls;
    QTest::newRow("aim") << "a@aim.com"
                         << "aol"
                         << "smtp.aol.com" << 465 << tls;
    QTest::newRow("netscape") << "a@netscape.net"
                              << "aol"
                              << "smtp.aol.com" << 465 << tls;
    QTest::newRow("compuserve") << "a@compuserve.com"
                                << "aol"
                                << "smtp.aol.com" << 465 << tls;
    QTest::newRow("cs") << "a@cs.com"
                        << "aol"
                        << "smtp.aol.com" << 465 << tls;
    QTest::newRow("zoho") << "a@zoho.com"
                          << "zoho"
                          << "smtp.zoho.com" << 465 << tls;
    QTest::newRow("zohomail") << "a@zohomail.com"
                              << "zoho"
                              << "smtp.zoho.com" << 465 << tls;
    QTest::newRow("zoho eu") << "a@zoho.eu"
                             << "zoho-eu"
                             << "smtp.zoho.eu" << 465 << tls;
    QTest::newRow("zoho in") << "a@zoho.in"
                             << "zoho-in"
                             << "smtp.zoho.in" << 465 << tls;
    QTest::newRow("zoho au") << "a@zoho.com.au"
                             << "zoho-au"
                             << "smtp.zoho.com.au" << 465 << tls;
    QTest::newRow("zoho jp") << "a@zoho.jp"
                             << "zoho-jp"
                             << "smtp.zoho.jp" << 465 << tls;
    QTest::newRow("zoho ca") << "a@zohocloud.ca"
                             << "zoho-ca"
                             << "smtp.zohocloud.ca" << 465 << tls;
    QTest::newRow("fastmail") << "a@fastmail.com"
                              << "fastmail"
                              << "smtp.fastmail.com" << 465 << tls;
    QTest::newRow("fastmail.fm") << "a@fastmail.fm"
                                 << "fastmail"
                                 << "smtp.fastmail.com" << 465 << tls;
    QTest::newRow("gmx.net") << "a@gmx.net"
                             << "gmx.net"
                             << "mail.gmx.net" << 465 << tls;
    QTest::newRow("gmx.de") << "a@gmx.de"
                            << "gmx.net"
                            << "mail.gmx.net" << 465 << tls;
    QTest::newRow("gmx.at") << "a@gmx.at"
                            << "gmx.net"
                            << "mail.gmx.net" << 465 << tls;
    QTest::newRow("gmx.ch") << "a@gmx.ch"
                            << "gmx.net"
                            << "mail.gmx.net" << 465 << tls;
    QTest::newRow("gmx.com") << "a@gmx.com"
                             << "gmx.com"
                             << "mail.gmx.com" << 465 << tls;
    QTest::newRow("gmx.us") << "a@gmx.us"
                            << "gmx.com"
                            << "mail.gmx.com" << 465 << tls;
    QTest::newRow("web.de") << "a@web.de"
                            << "web.de"
                            << "smtp.web.de" << 465 << tls;
    QTest::newRow("mail.com") << "a@mail.com"
                              << "mail.com"
                              << "smtp.mail.com" << 465 << tls;
    QTest::newRow("email.com") << "a@email.com"
                               << "mail.com"
                               << "smtp.mail.com" << 465 << tls;
    QTest::newRow("yandex.ru") << "a@yandex.ru"
                               << "yandex"
                               << "smtp.yandex.com" << 465 << tls;
    QTest::newRow("ya.ru") << "a@ya.ru"
                           << "yandex"
                           << "smtp.yandex.com" << 465 << tls;
    QTest::newRow("mail.ru") << "a@mail.ru"
                             << "mail.ru"
                             << "smtp.mail.ru" << 465 << tls;
    QTest::newRow("bk.ru") << "a@bk.ru"
                           << "mail.ru"
                           << "smtp.mail.ru" << 465 << tls;
    QTest::newRow("proton.me") << "a@proton.me"
                               << "proton-bridge"
                               << "127.0.0.1" << 1025 << starttls;
    QTest::newRow("protonmail") << "a@protonmail.com"
                                << "proton-bridge"
                                << "127.0.0.1" << 1025 << starttls;
    QTest::newRow("t-online") << "a@t-online.de"
                              << "t-online"
                              << "securesmtp.t-online.de" << 465 << tls;
    QTest::newRow("magenta") << "a@magenta.de"
                             << "t-online"
                             << "securesmtp.t-online.de" << 465 << tls;
    QTest::newRow("orange") << "a@orange.fr"
                            << "orange"
                            << "smtp.orange.fr" << 465 << tls;
    QTest::newRow("wanadoo") << "a@wanadoo.fr"
                             << "orange"
                             << "smtp.orange.fr" << 465 << tls;
    QTest::newRow("free") << "a@free.fr"
                          << "free"
                          << "smtp.free.fr" << 465 << tls;
    QTest::newRow("comcast") << "a@comcast.net"
                             << "comcast"
                             << "smtp.comcast.net" << 465 << tls;
    QTest::newRow("qq") << "a@qq.com"
                        << "qq"
                        << "smtp.qq.com" << 465 << tls;
    QTest::newRow("163") << "a@163.com"
                         << "163"
                         << "smtp.163.com" << 465 << tls;
    QTest::newRow("126") << "a@126.com"
                         << "126"
                         << "smtp.126.com" << 465 << tls;
    QTest::newRow("unknown") << "a@example.org"
                             << ""
                             << "" << 0 << tls;
}

void TestProvider::domainsFindTheirPreset()
{
    QFETCH(QString, address);
    QFETCH(QString, id);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(SecurityMode, security);
    const std::optional<ProviderPreset> preset = m_catalog.matchDomain(address);
    if (id.isEmpty()) {
        QVERIFY(!preset);
        return;
    }
    QVERIFY(preset);
    QCOMPARE(preset->id, id);
    QCOMPARE(preset->servers.first().host, host);
    QCOMPARE(int(preset->servers.first().port), port);
    QCOMPARE(preset->servers.first().security, security);
}

void TestProvider::mxHostsFindTheirProvider_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("id");
    QTest::newRow("google") << "aspmx.l.google.com."
                            << "gmail";
    QTest::newRow("googlemail") << "alt1.aspmx.l.googlemail.com"
                                << "gmail";
    QTest::newRow("m365") << "contoso-com.mail.protection.outlook.com"
                          << "microsoft365";
    QTest::newRow("outlook.com") << "outlook-com.olc.protection.outlook.com"
                                 << "outlook.com";
    QTest::newRow("yahoo") << "mta5.am0.yahoodns.net"
                           << "yahoo";
    QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                              << "fastmail";
    QTest::newRow("base domain") << "mx-ha03.web.de"
                                 << "web.de";
    QTest::newRow("next sub-domain") << "mx00.emig.gmx.net"
                                     << "gmx.net";
    QTest::newRow("unknown") << "mx.example.org"
                             << "";
    QTest::newRow("not a suffix") << "mx.notgoogle.com"
                                  << "";
}

void TestProvider::mxHostsFindTheirProvider()
{
    QFETCH(QString, mx);
    QFETCH(QString, id);
    const std::optional<ProviderPreset> preset = m_catalog.matchMxHost(mx);
    QCOMPARE(preset ? preset->id : QString(), id);
}

void TestProvider::usernameForms()
{
    QCOMPARE(
        m_catalog.byId(QStringLiteral("web.de"))->servers.first().usernameFor(QStringLiteral("anna@web.de")),
        QStringLiteral("anna"));
    QCOMPARE(
        m_catalog.byId(QStringLiteral("free"))->servers.first().usernameFor(QStringLiteral("bo@free.fr")),
        QStringLiteral("bo"));
    QCOMPARE(
        m_catalog.byId(QStringLiteral("gmail"))->servers.first().usernameFor(QStringLiteral("x@gmail.com")),
        QStringLiteral("x@gmail.com"));
    QCOMPARE(
        m_catalog.byId(QStringLiteral("sendgrid"))->servers.first().usernameFor(QStringLiteral("x@y.org")),
        QStringLiteral("apikey"));
    QCOMPARE(
        m_catalog.byId(QStringLiteral("mailgun"))->servers.first().usernameFor(QStringLiteral("x@mg.y.org")),
        QStringLiteral("postmaster@mg.y.org"));
}

void TestProvider::extrasAreRead()
{
    const ProviderPreset gmail = *m_catalog.byId(QStringLiteral("gmail"));
    QVERIFY(gmail.appPasswordRequired);
    QCOMPARE(gmail.appPasswordUrl, QStringLiteral("https://myaccount.google.com/apppasswords"));
    QVERIFY(gmail.appPasswordText.contains(QStringLiteral("2-Step Verification")));
    QCOMPARE(gmail.limits.size(), 2);
    QCOMPARE(gmail.limits.first().perDay, 500);
    QCOMPARE(gmail.limits.first().recipientsPerMessage, 500);
    QCOMPARE(gmail.servers.size(), 2); // preferred 465, fallback 587
    QCOMPARE(gmail.servers.at(1).port, quint16(587));
    QVERIFY(!gmail.oauthOnly());
    QVERIFY(m_catalog.byId(QStringLiteral("outlook.com"))->oauthOnly());
    QVERIFY(m_catalog.byId(QStringLiteral("microsoft365"))->oauthOnly());
    QCOMPARE(m_catalog.byId(QStringLiteral("qq"))->limits.first().perDay, 500);
    QCOMPARE(m_catalog.byId(QStringLiteral("amazon-ses"))->limits.first().perDay, 200);
    QCOMPARE(m_catalog.byId(QStringLiteral("brevo"))->limits.first().perDay, 300);
    QCOMPARE(m_catalog.byId(QStringLiteral("mailjet"))->limits.first().perDay, 200);
    QVERIFY(!m_catalog.byId(QStringLiteral("proton-bridge"))->note.isEmpty());
}

// Where the copy of a sent message goes (issue: copy to Sent): a mailbox
// provider's IMAP server, off where the provider files a copy itself, and
// nothing for sending-only services.
void TestProvider::imapServersAndSentCopyDefaults()
{
    const ProviderPreset gmail = *m_catalog.byId(QStringLiteral("gmail"));
    QCOMPARE(gmail.imapServers.size(), 1);
    QCOMPARE(gmail.imapServers.first().host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(gmail.imapServers.first().port, quint16(993));
    QCOMPARE(gmail.imapServers.first().security, SecurityMode::ImplicitTls);
    QVERIFY(gmail.serverFilesSentCopy);
    const imap::ImapSettings gmailCopy = SentCopyDefaults::fromPreset(gmail);
    QVERIFY(!gmailCopy.enabled);
    QCOMPARE(gmailCopy.host, QStringLiteral("imap.gmail.com"));

    const imap::ImapSettings fastmail = SentCopyDefaults::fromPreset(*m_catalog.byId(QStringLiteral("fastmail")));
    QVERIFY(fastmail.enabled);
    QCOMPARE(fastmail.host, QStringLiteral("imap.fastmail.com"));
    QVERIFY(fastmail.username.isEmpty()); // the account's own login
    const imap::ImapSettings bridge = SentCopyDefaults::fromPreset(*m_catalog.byId(QStringLiteral("proton-bridge")));
    QVERIFY(!bridge.enabled);
    QCOMPARE(bridge.security, SecurityMode::StartTls);
    for (const char *sendingOnly : {"sendgrid", "amazon-ses", "mailgun", "postmark", "brevo", "mailjet"}) {
        const ProviderPreset preset = *m_catalog.byId(QString::fromLatin1(sendingOnly));
        QVERIFY2(preset.imapServers.isEmpty(), sendingOnly);
        QVERIFY(!SentCopyDefaults::fromPreset(preset).enabled);
    }

    Account account;
    account.providerId = QStringLiteral("icloud");
    SentCopyDefaults::apply(account, m_catalog);
    QVERIFY(account.sentCopy.enabled);
    QCOMPARE(account.sentCopy.host, QStringLiteral("imap.mail.me.com"));
    account.providerId.clear();
    SentCopyDefaults::apply(account, m_catalog);
    QCOMPARE(account.sentCopy, Account::noSentCopy());

    // From an autoconfig file: POP3 is left out, an IMAP entry that cannot
    // be used is dropped without making the file unusable.
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\" "
                           "xmlns:stamp=\"https://stamp.invalid/ns/provider/1\"><emailProvider id=\"x\">"
                           "<domain>x.example</domain>"
                           "<incomingServer type=\"pop3\"><hostname>pop.x.example</hostname><port>995</port>"
                           "<socketType>SSL</socketType></incomingServer>"
                           "<incomingServer type=\"imap\"><hostname>bad.x.example</hostname><port>0</port>"
                           "<socketType>SSL</socketType></incomingServer>"
                           "<incomingServer type=\"imap\"><hostname>imap.x.example</hostname><port>143</port>"
                           "<socketType>STARTTLS</socketType></incomingServer>"
                           "<outgoingServer type=\"smtp\"><hostname>smtp.x.example</hostname><port>587</port>"
                           "<socketType>STARTTLS</socketType></outgoingServer>"
                           "<stamp:sentCopy filedByServer=\"true\"/>"
                           "</emailProvider></clientConfig>\n";
    QString error;
    const std::optional<ProviderPreset> parsed = AutoconfigParser::parse(xml, QStringLiteral("inline"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->imapServers.size(), 1);
    QCOMPARE(parsed->imapServers.first().host, QStringLiteral("imap.x.example"));
    QCOMPARE(parsed->imapServers.first().security, SecurityMode::StartTls);
    QVERIFY(parsed->serverFilesSentCopy);
}

void TestProvider::brokenFilesAreReportedAndSkipped()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a-good.xml")),
        "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"good\">\n"
        "<domain>good.example</domain><outgoingServer type=\"smtp\"><hostname>smtp.good.example</hostname>"
        "<port>587</port><socketType>STARTTLS</socketType></outgoingServer></emailProvider></"
        "clientConfig>\n");
    write(dir.filePath(QStringLiteral("b-broken.xml")),
        "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\">\n<emailProvider id=\"broken\">\n"
        "<domain>broken.example</domain>\n<displayName>Broken</displayNam>\n</emailProvider></"
        "clientConfig>\n");
    write(dir.filePath(QStringLiteral("c-noport.xml")),
        "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"noport\">\n"
        "<domain>noport.example</domain>\n<outgoingServer "
        "type=\"smtp\"><hostname>smtp.noport.example</hostname>"
        "<socketType>SSL</socketType>\n</outgoingServer></emailProvider></clientConfig>\n");
    write(dir.filePath(QStringLiteral("d-imap-only.xml")),
        "<clientConfig version=\"1.1\"><emailProvider id=\"imap\"><domain>imap.example</domain>"
        "<incomingServer type=\"imap\"><hostname>imap.example</hostname></incomingServer>"
        "</emailProvider></clientConfig>");
    write(dir.filePath(QStringLiteral("e-good.xml")),
        "<clientConfig version=\"1.1\"><emailProvider id=\"good2\"><domain>good2.example</domain>"
        "<outgoingServer type=\"smtp\"><hostname>smtp.good2.example</hostname><port>465</port>"
        "<socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>");
    ProviderCatalog catalog;
    catalog.loadFolder(dir.path());
    QCOMPARE(catalog.presets().size(), 2);
    QVERIFY(catalog.matchDomain(QStringLiteral("good.example")));
    QVERIFY(catalog.matchDomain(QStringLiteral("good2.example")));
    const QStringList errors = catalog.errors();
    QCOMPARE(errors.size(), 3);
    QVERIFY2(
        errors.at(0).startsWith(dir.filePath(QStringLiteral("b-broken.xml:5:"))), qPrintable(errors.at(0)));
    QVERIFY2(
        errors.at(1).startsWith(dir.filePath(QStringLiteral("c-noport.xml:"))), qPrintable(errors.at(1)));
    QVERIFY2(errors.at(1).contains(QStringLiteral("no valid port")), qPrintable(errors.at(1)));
    QVERIFY2(errors.at(2).contains(QStringLiteral("outgoingServer")), qPrintable(errors.at(2)));
}

void TestProvider::dropInReplacesShippedPreset()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("gmail.xml")),
        "<clientConfig version=\"1.1\"><emailProvider id=\"gmail\"><domain>gmail.com</domain>"
        "<outgoingServer type=\"smtp\"><hostname>relay.corp.example</hostname><port>2525</port>"
        "<socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>");
    ProviderCatalog catalog = m_catalog;
    const qsizetype before = catalog.presets().size();
    catalog.loadFolder(dir.path());
    QCOMPARE(catalog.presets().size(), before);
    QCOMPARE(catalog.matchDomain(QStringLiteral("x@gmail.com"))->servers.first().host,
        QStringLiteral("relay.corp.example"));
}

void TestProvider::standardCatalogueReadsDropInFolder()
{
    const QString folder = ProviderCatalog::dropInFolders().last();
    QVERIFY(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QDir().mkpath(folder));
    write(folder + QStringLiteral("/corp.xml"),
        "<clientConfig version=\"1.1\"><emailProvider id=\"corp\"><domain>corp.example</domain>"
        "<outgoingServer type=\"smtp\"><hostname>smtp.corp.example</hostname><port>465</port>"
        "<socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>");
    const ProviderCatalog catalog = ProviderCatalog::standard();
    QFile::remove(folder + QStringLiteral("/corp.xml"));
    QVERIFY(catalog.matchDomain(QStringLiteral("me@corp.example")));
    QVERIFY(catalog.matchDomain(QStringLiteral("me@gmail.com")));
}

void TestProvider::unknownElementsAreIgnored()
{
    QString error;
    const std::optional<ProviderPreset> preset = AutoconfigParser::parse(
        "<clientConfig version=\"1.1\" xmlns:stamp=\"https://stamp.invalid/ns/provider/1\">"
        "<oAuth2><issuer>x</issuer></oAuth2>"
        "<emailProvider id=\"x\"><domain>B\xc3\xbc"
        "cher.example</domain><futureThing a=\"1\"><deep/></futureThing>"
        "<stamp:futureExtra/><outgoingServer type=\"smtp\"><hostname>h</hostname><port>25</port>"
        "<socketType>plain</socketType><newField/></outgoingServer>"
        "<outgoingServer type=\"exchange\"><hostname>ews</hostname></outgoingServer>"
        "</emailProvider></clientConfig>",
        QStringLiteral("inline"), &error);
    QVERIFY2(preset, qPrintable(error));
    QCOMPARE(preset->servers.size(), 1);
    QCOMPARE(preset->servers.first().security, SecurityMode::None);
    QCOMPARE(preset->domains, QStringList { QStringLiteral("xn--bcher-kva.example") });
}

void TestProvider::oauthSettingsAreRead()
{
    const ProviderPreset gmail = *m_catalog.byId(QStringLiteral("gmail"));
    QVERIFY(gmail.supportsOAuth());
    QCOMPARE(gmail.oauth.issuer, QStringLiteral("accounts.google.com"));
    QCOMPARE(gmail.oauth.scopes, QStringList { QStringLiteral("https://mail.google.com/") });
    QCOMPARE(gmail.oauth.authUrl, QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/auth")));
    QCOMPARE(gmail.oauth.tokenUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
    QCOMPARE(gmail.oauth.mechanism, sasl::AuthMethod::XOAuth2);
    QVERIFY(!gmail.oauthOnly()); // app passwords still work

    for (const QString &id : { QStringLiteral("outlook.com"), QStringLiteral("microsoft365") }) {
        const ProviderPreset microsoft = *m_catalog.byId(id);
        QVERIFY(microsoft.supportsOAuth());
        QVERIFY(microsoft.oauthOnly());
        QCOMPARE(microsoft.oauth.issuer, QStringLiteral("login.microsoftonline.com"));
        QCOMPARE(microsoft.oauth.scopes,
            (QStringList { QStringLiteral("https://outlook.office.com/SMTP.Send"), QStringLiteral("offline_access") }));
        QCOMPARE(microsoft.oauth.authUrl.toString(),
            QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
        QCOMPARE(microsoft.oauth.tokenUrl.toString(),
            QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    }
    const QStringList withOAuth = { QStringLiteral("gmail"), QStringLiteral("outlook.com"),
        QStringLiteral("microsoft365"), QStringLiteral("yahoo"), QStringLiteral("aol"), QStringLiteral("fastmail"),
        QStringLiteral("comcast") };
    for (const ProviderPreset &preset : m_catalog.presets()) {
        QCOMPARE(preset.supportsOAuth(), withOAuth.contains(preset.id));
        // Endpoints are https only (RFC 6749 §3.1, §3.2: TLS is required).
        if (preset.supportsOAuth()) {
            QCOMPARE(preset.oauth.authUrl.scheme(), QStringLiteral("https"));
            QCOMPARE(preset.oauth.tokenUrl.scheme(), QStringLiteral("https"));
        }
    }
    QVERIFY(!m_catalog.byId(QStringLiteral("icloud"))->supportsOAuth());
}

void TestProvider::oauthElementInEitherPlace_data()
{
    const QByteArray oauth = "<oAuth2><issuer>id.example</issuer><scope>smtp  offline</scope>"
                             "<authURL>https://id.example/auth</authURL><tokenURL>https://id.example/token</tokenURL>"
                             "</oAuth2>";
    const QByteArray server = "<outgoingServer type=\"smtp\"><hostname>h</hostname><port>465</port>"
                              "<socketType>SSL</socketType><authentication>OAuth2</authentication></outgoingServer>";
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<sasl::AuthMethod>("mechanism");
    QTest::newRow("top level, after the provider")
        << QByteArray("<clientConfig><emailProvider id=\"x\">" + server + "</emailProvider>" + oauth
               + "</clientConfig>")
        << sasl::AuthMethod::XOAuth2;
    QTest::newRow("top level, before the provider")
        << QByteArray("<clientConfig>" + oauth + "<emailProvider id=\"x\">" + server
               + "</emailProvider></clientConfig>")
        << sasl::AuthMethod::XOAuth2;
    QTest::newRow("inside emailProvider, with stamp:oauthMechanism")
        << QByteArray("<clientConfig xmlns:stamp=\"https://stamp.invalid/ns/provider/1\"><emailProvider id=\"x\">"
               + server + oauth + "<stamp:oauthMechanism>oauthbearer</stamp:oauthMechanism></emailProvider></clientConfig>")
        << sasl::AuthMethod::OAuthBearer;
}

void TestProvider::oauthElementInEitherPlace()
{
    QFETCH(QByteArray, xml);
    QFETCH(sasl::AuthMethod, mechanism);
    QString error;
    const std::optional<ProviderPreset> preset = AutoconfigParser::parse(xml, QStringLiteral("inline"), &error);
    QVERIFY2(preset, qPrintable(error));
    QVERIFY(preset->supportsOAuth());
    QVERIFY(preset->oauthOnly());
    QCOMPARE(preset->oauth.issuer, QStringLiteral("id.example"));
    QCOMPARE(preset->oauth.scopes, (QStringList { QStringLiteral("smtp"), QStringLiteral("offline") }));
    QCOMPARE(preset->oauth.authUrl, QUrl(QStringLiteral("https://id.example/auth")));
    QCOMPARE(preset->oauth.tokenUrl, QUrl(QStringLiteral("https://id.example/token")));
    QCOMPARE(preset->oauth.mechanism, mechanism);
}

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
