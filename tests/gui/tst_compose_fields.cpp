// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's fields as a person meets them: why an address is wrong
// (in words under the field, red only once they stop typing), why Send is
// greyed out, completion for every address in a field, the keyboard (tab
// order, one mnemonic per letter) and a size banner that goes once the
// attachment that caused it is removed. Real peer: the built-in sandbox.

#include "Screenshots.h"
#include "AddressField.h"
#include "AppFixture.h"
#include "AttachmentList.h"
#include "ComposeWindow.h"
#include "client/MailClient.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;
using namespace stamp::ui;

class TestComposeFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void problemInWordsUnderTheField();
    void redOnlyAfterLeavingOrPausing();
    void disabledSendSaysWhy();
    void completesEveryAddressInTheField();
    void completionHidesWhenTheFormIsDisabled();
    void tabOrderFollowsTheForm();
    void oneMnemonicPerLetter();
    void tooLargeBannerGoesWithTheAttachment();

private:
    ComposeWindow *openComposer();
    template<typename T>
    T *child(const char *name)
    {
        T *found = m_compose ? m_compose->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    test::AppFixture m_app;
    SandboxServer m_sandbox;
    std::unique_ptr<MailClient> m_client;  // the outbox every composer sends through
    QStringListModel m_known;
    QPointer<ComposeWindow> m_compose;
};

void TestComposeFields::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-compose-fields-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    QVERIFY(m_sandbox.start());
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);
    m_client = std::make_unique<MailClient>();
    QVERIFY(!m_client->open().any());
    m_client->start();
    m_known.setStringList({ QStringLiteral("Ann Example <ann@example.com>"),
        QStringLiteral("bob@example.org"), QStringLiteral("carl@example.net") });
}

void TestComposeFields::cleanupTestCase()
{
    m_client.reset();
    m_app.stop();
}

void TestComposeFields::cleanup()
{
    if (m_compose) {
        // Closed without the "keep as draft?" question.
        m_compose->setAttribute(Qt::WA_DeleteOnClose, false);
        delete m_compose;
    }
}

ComposeWindow *TestComposeFields::openComposer()
{
    SendTarget target;
    target.name = QStringLiteral("Sandbox");
    target.fromAddress = QStringLiteral("me@sandbox.invalid");
    target.server.host = QStringLiteral("127.0.0.1");
    target.server.port = m_sandbox.port();
    target.server.security = SecurityMode::None;
    m_compose = new ComposeWindow(target, &m_known);
    m_compose->setClient(m_client.get());
    m_compose->show();
    if (!QTest::qWaitForWindowExposed(m_compose))
        return nullptr;
    m_compose->activateWindow();
    if (!QTest::qWaitForWindowActive(m_compose))
        return nullptr;
    return m_compose;
}

void TestComposeFields::problemInWordsUnderTheField()
{
    QVERIFY(openComposer());
    auto *to = child<AddressField>("toEdit");
    auto *subject = child<QLineEdit>("subjectEdit");
    QVERIFY(to && subject);
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("ann@example.com; not an address"));
    subject->setFocus(); // leaves the field
    // The reason is a label people (and screen readers) can read, not
    // only a tooltip that needs a mouse.
    auto *reason = child<QLabel>("toProblem");
    QVERIFY(reason);
    QTRY_VERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("not an address")), qPrintable(reason->text()));
    QVERIFY(!reason->accessibleName().isEmpty());
    // Below the field, not somewhere else in the window.
    const QPoint fieldBottom = to->mapTo(m_compose, QPoint(0, to->height()));
    const QPoint reasonTop = reason->mapTo(m_compose, QPoint(0, 0));
    QVERIFY(reasonTop.y() >= fieldBottom.y());
    QVERIFY(reasonTop.y() < child<QWidget>("ccEdit")->mapTo(m_compose, QPoint(0, 0)).y());
    QVERIFY(qAbs(reason->mapTo(m_compose, QPoint(0, 0)).x() - to->mapTo(m_compose, QPoint(0, 0)).x()) < 8);
    test::saveShots(m_compose, QStringLiteral("compose-address-problem"));
    // Fixed: the words go.
    to->setText(QStringLiteral("ann@example.com"));
    QTRY_VERIFY(!reason->isVisible());
}

void TestComposeFields::redOnlyAfterLeavingOrPausing()
{
    QVERIFY(openComposer());
    auto *to = child<AddressField>("toEdit");
    auto *cc = child<AddressField>("ccEdit");
    QVERIFY(to && cc);
    const auto isRed
        = [](QLineEdit *field) { return field->styleSheet().contains(QStringLiteral("border")); };

    // Half typed is not wrong yet: no red while the person types ...
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("ann@"));
    QVERIFY(!to->isValid()); // Send knows at once
    QVERIFY(!isRed(to));
    QVERIFY(!child<QLabel>("toProblem") || !child<QLabel>("toProblem")->isVisible());
    QTest::qWait(300);
    QTest::keyClicks(to, QStringLiteral("exa.")); // "ann@exa." is still not an address
    QVERIFY(!isRed(to));
    // ... but a pause in typing shows it.
    QTRY_VERIFY_WITH_TIMEOUT(isRed(to), 2000);

    // Leaving the field shows it at once.
    cc->setFocus();
    QTest::keyClicks(cc, QStringLiteral("bob@"));
    QVERIFY(!isRed(cc));
    child<QLineEdit>("subjectEdit")->setFocus();
    QVERIFY(isRed(cc));
    // Fixing takes the red away at once, while typing.
    cc->setFocus();
    QTest::keyClicks(cc, QStringLiteral("example.org"));
    QVERIFY(!isRed(cc));
}

void TestComposeFields::disabledSendSaysWhy()
{
    QVERIFY(openComposer());
    auto *send = child<QPushButton>("sendButton");
    auto *why = child<QLabel>("sendReason");
    QVERIFY(send && why);
    QVERIFY(!send->isEnabled());
    QVERIFY(why->isVisible());
    QCOMPARE(why->text(), QStringLiteral("Add a recipient"));
    QVERIFY2(send->toolTip().contains(QStringLiteral("Add a recipient")), qPrintable(send->toolTip()));
    // Near the button: on its row.
    QVERIFY(qAbs(why->mapTo(m_compose, why->rect().center()).y()
                - send->mapTo(m_compose, send->rect().center()).y())
        < send->height());

    auto *to = child<AddressField>("toEdit");
    QTest::keyClicks(to, QStringLiteral("ann@example.com, bob@"));
    QVERIFY(!send->isEnabled());
    QCOMPARE(why->text(), QStringLiteral("Fix the address in To"));
    QVERIFY(send->toolTip().contains(QStringLiteral("Fix the address in To")));
    test::saveShots(m_compose, QStringLiteral("compose-send-reason"));
    to->setText(QStringLiteral("ann@example.com"));
    QTest::keyClicks(child<AddressField>("bccEdit"), QStringLiteral("x@"));
    QCOMPARE(why->text(), QStringLiteral("Fix the address in Bcc"));
    child<AddressField>("bccEdit")->clear();
    QVERIFY(send->isEnabled());
    QVERIFY(!why->isVisible());
    QVERIFY(!send->toolTip().contains(QStringLiteral("Fix")));
}

void TestComposeFields::completesEveryAddressInTheField()
{
    QVERIFY(openComposer());
    auto *to = child<AddressField>("toEdit");
    auto *completer = to->findChild<QCompleter *>();
    QVERIFY(completer);
    to->setFocus();
    // The first address completes ...
    QTest::keyClicks(to, QStringLiteral("carl"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(to->text(), QStringLiteral("carl@example.net"));
    // ... and so does the word after the last comma, keeping what is before.
    QTest::keyClicks(to, QStringLiteral(", bo"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("bob@example.org"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(to->text(), QStringLiteral("carl@example.net, bob@example.org"));
    QVERIFY(to->isValid());
    QCOMPARE(to->addresses(), (QStringList { "carl@example.net", "bob@example.org" }));
    // A name matches too ("Ann Example"), after a semicolon as well.
    QTest::keyClicks(to, QStringLiteral(";exam"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 3);
}

void TestComposeFields::completionHidesWhenTheFormIsDisabled()
{
    QVERIFY(openComposer());
    const int before = m_sandbox.messages().size();
    QTest::keyClicks(child<AddressField>("toEdit"), QStringLiteral("ann@example.com"));
    QPointer<AddressField> cc = child<AddressField>("ccEdit");
    QPointer<QCompleter> completer = cc->findChild<QCompleter *>();
    QVERIFY(completer);
    QPointer<QAbstractItemView> popup = completer->popup();
    cc->setFocus();
    // An address that is already valid (Send works) with its completion offered.
    QTest::keyClicks(cc, QStringLiteral("bob@example.or"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    // Sending disables the form: the list must not float over it (while
    // the message is prepared and sent, before the window closes).
    m_compose->send();
    QVERIFY(!cc->isEnabled());
    QVERIFY(!popup->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.messages().size(), before + 1, 20000);
}

void TestComposeFields::tabOrderFollowsTheForm()
{
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("notes") == 5);
    file.close();
    QVERIFY(openComposer());
    QTest::keyClicks(child<AddressField>("toEdit"), QStringLiteral("ann@example.com"));
    m_compose->attachments()->addFiles({ path });
    child<QListWidget>("attachmentList")->setCurrentRow(0);
    child<AddressField>("toEdit")->setFocus();
    QStringList visited;
    for (int i = 0; i < 14; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QStringList order = { QStringLiteral("toEdit"), QStringLiteral("ccEdit"), QStringLiteral("bccEdit"),
        QStringLiteral("subjectEdit"), QStringLiteral("bodyEdit"), QStringLiteral("attachButton"),
        QStringLiteral("removeAttachmentButton"), QStringLiteral("attachmentList"),
        QStringLiteral("sendButton") };
    int last = -1;
    for (const QString &name : order) {
        const int at = visited.indexOf(name);
        QVERIFY2(
            at > last, qPrintable(name + QStringLiteral(" out of order: ") + visited.join(QLatin1Char(' '))));
        last = at;
    }
    // Nothing of the form comes back between To and Send.
    QCOMPARE(visited.mid(0, last + 1).count(QStringLiteral("toEdit")), 1);
    QVERIFY2(!visited.mid(0, last + 1).contains(QStringLiteral("fromEdit")),
        qPrintable(visited.join(QLatin1Char(' '))));
}

void TestComposeFields::oneMnemonicPerLetter()
{
    QVERIFY(openComposer());
    // Every labelled control of the composer, shown now or later (Undo,
    // Review certificate): Alt+letter must reach exactly one.
    QMultiHash<QChar, QString> keys;
    const auto collect = [&keys](const QString &text) {
        static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
        const QRegularExpressionMatch match = mnemonic.match(QString(text).remove(QStringLiteral("&&")));
        if (match.hasMatch())
            keys.insert(match.captured(1).at(0).toLower(), text);
    };
    for (const QAbstractButton *button : m_compose->findChildren<QAbstractButton *>())
        collect(button->text());
    for (const QLabel *label : m_compose->findChildren<QLabel *>()) {
        if (label->buddy())
            collect(label->text());
    }
    QVERIFY(keys.size() >= 8);
    for (const QChar key : keys.uniqueKeys())
        QVERIFY2(keys.count(key) == 1,
            qPrintable(QStringLiteral("Alt+%1: ").arg(key) + keys.values(key).join(QStringLiteral(", "))));
}

void TestComposeFields::tooLargeBannerGoesWithTheAttachment()
{
    // The server is known to take at most 1000 bytes (its SIZE).
    QSettings().setValue(QStringLiteral("servers/127.0.0.1:%1/sizeLimit").arg(m_sandbox.port()), 1000);
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("photo.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(4000, 'x')) == 4000);
    file.close();
    QVERIFY(openComposer());
    const int before = m_sandbox.messages().size();
    QCOMPARE(m_compose->attachments()->serverLimit(), 1000);
    QVERIFY(m_compose->attachments()->addFiles({ path }).isEmpty());
    QTest::keyClicks(child<AddressField>("toEdit"), QStringLiteral("ann@example.com"));
    m_compose->send();
    auto *banner = child<QLabel>("problemBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("too large")), qPrintable(banner->text()));
    QCOMPARE(m_sandbox.messages().size(), before);
    // The person removes the file: the banner about it goes.
    child<QListWidget>("attachmentList")->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("removeAttachmentButton"), Qt::LeftButton);
    QVERIFY(m_compose->attachments()->paths().isEmpty());
    QVERIFY(!banner->isVisible());
    QSettings().remove(QStringLiteral("servers"));
}

QTEST_MAIN(TestComposeFields)
#include "tst_compose_fields.moc"
