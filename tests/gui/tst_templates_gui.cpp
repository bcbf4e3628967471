// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Templates in the window: "Save as template" from a composer (asking a
// name, warning before replacing one), a new message started from one with
// the files that are gone named and the rest attached, no draft until it is
// edited, another account when its own is gone, File > New from template,
// and the dialog that renames and deletes them.

#include "AppFixture.h"
#include "AttachmentList.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "TemplatesDialog.h"
#include "client/MailClient.h"
#include "client/SandboxAccount.h"
#include "outbox/TemplateStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace stamp;
using namespace stamp::ui;

class TestTemplatesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void saveAsTemplateFromComposer();
    void replacingAsksFirst();
    void newMessageFromTemplate();
    void goneAccountSaysSo();
    void fileMenuListsTemplates();
    void manageDialogRenamesAndDeletes();

private:
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    // Runs `answer` on the next modal dialog of type T, once it is up.
    template<typename T>
    void whenModal(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }
    QString file(const QString &name);
    void saveFrom(ComposeWindow *compose, const QString &name);

    test::AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;
};

void TestTemplatesGui::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-templates-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->startSandbox());
}

void TestTemplatesGui::cleanupTestCase()
{
    m_window.reset();
    m_app.stop();
}

void TestTemplatesGui::init()
{
    for (const Template &t : m_window->templates().list())
        m_window->templates().remove(t.name);
}

QString TestTemplatesGui::file(const QString &name)
{
    const QString path = m_files.filePath(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write("content of " + name.toUtf8());
    return path;
}

void TestTemplatesGui::saveFrom(ComposeWindow *compose, const QString &name)
{
    whenModal<QInputDialog>([name](QInputDialog *dialog) {
        dialog->setTextValue(name);
        dialog->accept();
    });
    child<QAction>(compose, "saveAsTemplateAction")->trigger();
}

void TestTemplatesGui::saveAsTemplateFromComposer()
{
    ComposeWindow *compose = m_window->compose();
    QVERIFY(compose);
    auto *button = child<QToolButton>(compose, "templatesButton");
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->accessibleName(), QStringLiteral("Templates"));
    QVERIFY(button->menu());
    QVERIFY(button->menu()->actions().contains(child<QAction>(compose, "saveAsTemplateAction")));

    QTest::keyClicks(child<QLineEdit>(compose, "toEdit"), QStringLiteral("team@example.org"));
    QTest::keyClicks(child<QLineEdit>(compose, "ccEdit"), QStringLiteral("boss@example.org"));
    QTest::keyClicks(child<QLineEdit>(compose, "subjectEdit"), QStringLiteral("Weekly numbers"));
    child<QPlainTextEdit>(compose, "bodyEdit")->setPlainText(QStringLiteral("Hello team,\nthe numbers:\n"));
    const QStringList files = { file(QStringLiteral("a.csv")), file(QStringLiteral("b.csv")) };
    compose->attachments()->addFiles(files);

    // The name asked for starts as the subject.
    QString offered;
    whenModal<QInputDialog>([&offered](QInputDialog *dialog) {
        offered = dialog->textValue();
        QCOMPARE(dialog->objectName(), QStringLiteral("templateNameDialog"));
        dialog->setTextValue(QStringLiteral("Weekly"));
        dialog->accept();
    });
    child<QAction>(compose, "saveAsTemplateAction")->trigger();
    QCOMPARE(offered, QStringLiteral("Weekly numbers"));

    const std::optional<Template> saved = m_window->templates().find(QStringLiteral("weekly"));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Weekly"));
    QCOMPARE(saved->accountId, SandboxAccount::id());
    QCOMPARE(saved->content.to, QStringLiteral("team@example.org"));
    QCOMPARE(saved->content.cc, QStringLiteral("boss@example.org"));
    QCOMPARE(saved->content.subject, QStringLiteral("Weekly numbers"));
    QVERIFY(saved->content.text.startsWith(QStringLiteral("Hello team,\nthe numbers:")));
    QCOMPARE(saved->content.attachments, files);
    // A template is not the message's draft: that stays its own.
    QVERIFY(m_window->client()->drafts().load(saved->content.id) == std::nullopt);

    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    compose->close();
}

void TestTemplatesGui::replacingAsksFirst()
{
    ComposeWindow *compose = m_window->compose();
    QTest::keyClicks(child<QLineEdit>(compose, "subjectEdit"), QStringLiteral("First"));
    saveFrom(compose, QStringLiteral("Reply"));
    child<QLineEdit>(compose, "subjectEdit")->setText(QStringLiteral("Second"));

    // The same name, another case: asked, and Cancel keeps the old one.
    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    saveFrom(compose, QStringLiteral("reply"));
    QVERIFY2(question.contains(QStringLiteral("\"Reply\" exists already")), qPrintable(question));
    QCOMPARE(m_window->templates().find(QStringLiteral("Reply"))->content.subject, QStringLiteral("First"));

    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    saveFrom(compose, QStringLiteral("reply"));
    QCOMPARE(m_window->templates().list().size(), 1);
    QCOMPARE(m_window->templates().find(QStringLiteral("Reply"))->content.subject, QStringLiteral("Second"));

    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    compose->close();
}

void TestTemplatesGui::newMessageFromTemplate()
{
    const QString kept = file(QStringLiteral("kept.csv"));
    const QString gone = file(QStringLiteral("gone.csv"));
    Template t;
    t.name = QStringLiteral("Monthly");
    t.accountId = SandboxAccount::id();
    t.content.to = QStringLiteral("ann@example.org");
    t.content.bcc = QStringLiteral("archive@example.org");
    t.content.subject = QStringLiteral("Monthly report");
    t.content.text = QStringLiteral("The month in short.\n");
    t.content.attachments = { kept, gone };
    QCOMPARE(m_window->templates().save(t), QString());
    QVERIFY(QFile::remove(gone));
    const int drafts = int(m_window->client()->drafts().list().size());

    ComposeWindow *compose = m_window->composeFromTemplate(QStringLiteral("monthly"));
    QVERIFY(compose);
    QCOMPARE(child<QLineEdit>(compose, "toEdit")->text(), QStringLiteral("ann@example.org"));
    QCOMPARE(child<QLineEdit>(compose, "bccEdit")->text(), QStringLiteral("archive@example.org"));
    QCOMPARE(child<QLineEdit>(compose, "subjectEdit")->text(), QStringLiteral("Monthly report"));
    QVERIFY(child<QPlainTextEdit>(compose, "bodyEdit")->toPlainText().startsWith(QStringLiteral("The month in short.")));
    // The file still there is attached; the one gone is named, not dropped in silence.
    QCOMPARE(compose->attachments()->paths(), QStringList{kept});
    auto *notice = child<QLabel>(compose, "templateNotice");
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(gone), qPrintable(notice->text()));

    // Not a draft until edited: closing asks nothing and keeps nothing.
    QVERIFY(!compose->hasUnsentContent());
    QTest::keyClicks(child<QLineEdit>(compose, "subjectEdit"), QStringLiteral(" (May)"));
    QVERIFY(compose->hasUnsentContent());
    child<QLineEdit>(compose, "subjectEdit")->setText(QStringLiteral("Monthly report"));
    QVERIFY(!compose->hasUnsentContent());
    QPointer<ComposeWindow> guard(compose);
    QVERIFY(compose->close());
    QTRY_VERIFY(!guard);
    QCOMPARE(int(m_window->client()->drafts().list().size()), drafts);
    // The template itself is untouched by the message started from it.
    QCOMPARE(m_window->templates().find(QStringLiteral("Monthly"))->content.attachments, (QStringList{kept, gone}));
}

void TestTemplatesGui::goneAccountSaysSo()
{
    Template t;
    t.name = QStringLiteral("Old account");
    t.accountId = QStringLiteral("no-such-account");
    t.content.from = QStringLiteral("Old <old@gone.example>");
    t.content.to = QStringLiteral("ann@example.org");
    t.content.subject = QStringLiteral("Hi");
    QCOMPARE(m_window->templates().save(t), QString());
    ComposeWindow *compose = m_window->composeFromTemplate(QStringLiteral("Old account"));
    QVERIFY(compose);
    const QString from = child<QComboBox>(compose, "fromCombo")->currentText();
    QVERIFY2(!from.contains(QStringLiteral("old@gone.example")), qPrintable(from));
    QVERIFY2(from.contains(QStringLiteral("sandbox.invalid")), qPrintable(from));
    auto *notice = child<QLabel>(compose, "templateNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("not set up any more")), qPrintable(notice->text()));
    QVERIFY(compose->close());
}

void TestTemplatesGui::fileMenuListsTemplates()
{
    Template t;
    t.name = QStringLiteral("Q&A");
    t.content.subject = QStringLiteral("Questions");
    QCOMPARE(m_window->templates().save(t), QString());
    auto *menu = child<QMenu>(m_window.get(), "newFromTemplateMenu");
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(menu->menuAction()));
    emit menu->aboutToShow();
    QStringList texts;
    QAction *qa = nullptr;
    for (QAction *action : menu->actions()) {
        texts << action->text();
        if (action->text() == QStringLiteral("Q&&A"))
            qa = action;
    }
    QVERIFY2(qa, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(child<QAction>(m_window.get(), "manageTemplatesAction"));
    ComposeWindow *opened = nullptr;
    connect(m_window.get(), &MainWindow::composerOpened, this, [&opened](ComposeWindow *w) { opened = w; });
    qa->trigger();
    QVERIFY(opened);
    QCOMPARE(child<QLineEdit>(opened, "subjectEdit")->text(), QStringLiteral("Questions"));
    QVERIFY(opened->close());
}

void TestTemplatesGui::manageDialogRenamesAndDeletes()
{
    for (const QString &name : { QStringLiteral("Alpha"), QStringLiteral("Beta") }) {
        Template t;
        t.name = name;
        t.content.subject = name;
        QCOMPARE(m_window->templates().save(t), QString());
    }
    TemplatesDialog *dialog = m_window->manageTemplates();
    QVERIFY(dialog);
    auto *list = child<QListWidget>(dialog, "templateList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Alpha"));
    list->setCurrentRow(0);

    whenModal<QInputDialog>([](QInputDialog *ask) {
        QCOMPARE(ask->textValue(), QStringLiteral("Alpha"));
        ask->setTextValue(QStringLiteral("Gamma"));
        ask->accept();
    });
    QVERIFY(dialog->renameSelected());
    QVERIFY(!m_window->templates().find(QStringLiteral("Alpha")));
    QCOMPARE(m_window->templates().find(QStringLiteral("Gamma"))->content.subject, QStringLiteral("Alpha"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Gamma"));

    // Renaming onto a name in use is refused, and says why.
    list->setCurrentRow(0);  // Beta
    QString warning;
    whenModal<QInputDialog>([this, &warning](QInputDialog *ask) {
        whenModal<QMessageBox>([&warning](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
        ask->setTextValue(QStringLiteral("gamma"));
        ask->accept();
    });
    QVERIFY(!dialog->renameSelected());
    QVERIFY2(warning.contains(QStringLiteral("exists already")), qPrintable(warning));
    QCOMPARE(m_window->templates().list().size(), 2);

    list->setCurrentRow(0);  // Beta
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QVERIFY(dialog->deleteSelected());
    QVERIFY(!m_window->templates().find(QStringLiteral("Beta")));
    QCOMPARE(list->count(), 1);
    dialog->close();
}

QTEST_MAIN(TestTemplatesGui)
#include "tst_templates_gui.moc"
