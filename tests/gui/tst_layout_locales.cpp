// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The layout survives translation: every window at its default size in a
// pseudo-locale whose texts are about 40 % longer than English, accented
// and bracketed (tests/gui/make-pseudo-ts.py), left-to-right and
// right-to-left. A text that is cut off, two widgets on top of each other,
// a widget outside its parent, a layout that is not mirrored, or a text
// still in plain English (it bypasses tr(), or its context is not the one
// the translations know) fails, naming the widget. docs/LANGUAGES.md says
// how to run it and look at its screenshots.

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "AppFixture.h"
#include "CertificateDialog.h"
#include "ComposeWindow.h"
#include "DeliverabilityPanel.h"
#include "DiscoveryDoubles.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "SentView.h"
#include "accounts/AccountStore.h"
#include "accounts/Autodetect.h"
#include "accounts/SecretStore.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace stamp;
using namespace stamp::ui;

namespace {

// Texts that are right not to be translated, each with the reason. Matched
// against the widget's objectName.
struct Untranslated
{
    const char *objectName;
    const char *reason;
};
const Untranslated kUntranslated[] = {
    { "emailEdit", "the address the person typed" },
    { "targetLabel", "the account's name and address (user data)" },
    { "certificateFingerprint", "hex digits of the certificate's SHA-256" },
    { "suggestedZoneLine", "a DNS record in zone-file form, to paste as it is" },
};

// Texts that are user data wherever they appear: addresses, host names.
bool isUserData(const QString &text)
{
    // An address, a host name, a number, or a certificate's distinguished
    // name ("CN=smtp.example.com, O=Example"), as the certificate says it.
    static const QRegularExpression data(QStringLiteral(
        R"(^\s*([^\s@<>]+@[^\s@<>]+|[A-Za-z0-9.-]+\.(com|org|example|invalid|test)|[0-9 .,:/%-]*)\s*$)"));
    static const QRegularExpression distinguishedName(
        QStringLiteral(R"(^[A-Z]{1,2}=[^,]+(, ?[A-Z]{1,2}=[^,]+)*$)"));
    return data.match(text).hasMatch() || distinguishedName.match(text.trimmed()).hasMatch();
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
            w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName());
}

bool inLayout(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w)
            return true;
        if (item->layout() && inLayout(item->layout(), w))
            return true;
    }
    return false;
}

// What one window shows, and what is wrong with it.
class LayoutInspector
{
public:
    explicit LayoutInspector(QWidget *window)
        : m_window(window)
    { }

    // Checks every visible widget; returns the problems, one per line.
    QStringList inspect()
    {
        checkText(m_window, m_window->windowTitle(), QStringLiteral("window title"));
        if (m_window->layout())
            checkLayout(m_window, m_window->layout());
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->isWindow())
                continue;
            ++m_checked;
            checkCutOff(w);
            checkInsideParent(w);
            if (w->layout())
                checkLayout(w, w->layout());
        }
        return m_problems;
    }

    int checked() const { return m_checked; }

private:
    void problem(const QWidget *w, const QString &what)
    {
        m_problems << describe(w) + QStringLiteral(": ") + what;
    }

    // A text a person reads must come from the translation (or be data).
    void checkText(const QWidget *w, const QString &text, const QString &where)
    {
        const QString shown = plain(text).trimmed();
        if (shown.isEmpty() || !hasLetter(shown) || shown.contains(QLatin1Char('[')) || isUserData(shown))
            return;
        for (const Untranslated &u : kUntranslated)
            if (w->objectName() == QLatin1String(u.objectName))
                return;
        problem(w, QStringLiteral("%1 not translated: \"%2\"").arg(where, shown.left(80)));
    }

    void checkCutOff(QWidget *w)
    {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                return;
            checkText(w, label->text(), QStringLiteral("text"));
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed)
                    problem(w,
                        QStringLiteral("wrapped text cut: height %1 < %2 needed at width %3: \"%4\"")
                            .arg(label->height())
                            .arg(needed)
                            .arg(label->width())
                            .arg(plain(label->text()).left(60)));
            } else {
                checkSize(w, plain(label->text()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                return;
            checkText(w, button->text(), QStringLiteral("text"));
            checkSize(w, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            checkText(w, box->title(), QStringLiteral("title"));
            const int needed
                = box->fontMetrics().horizontalAdvance(QString(box->title()).remove(QLatin1Char('&')));
            if (box->width() < needed || box->width() < box->minimumSizeHint().width())
                problem(w,
                    QStringLiteral("title cut: width %1 < %2: \"%3\"")
                        .arg(box->width())
                        .arg(std::max(needed, box->minimumSizeHint().width()))
                        .arg(box->title()));
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                const QString text = bar->tabText(i);
                checkText(w, text, QStringLiteral("tab %1").arg(i));
                const QRect rect = bar->tabRect(i);
                const int needed
                    = bar->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
                if (rect.width() < needed || !bar->rect().contains(rect))
                    problem(w,
                        QStringLiteral("tab %1 cut: %2 px for %3 px of text, bar %4 px: \"%5\"")
                            .arg(i)
                            .arg(rect.width())
                            .arg(needed)
                            .arg(bar->width())
                            .arg(text));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            // A column title needs its text and the sort indicator's room.
            const Qt::Orientation orientation = header->orientation();
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const QString text = header->model()->headerData(i, orientation).toString();
                checkText(w, text, QStringLiteral("column %1").arg(i));
                const int needed = header->fontMetrics().horizontalAdvance(text);
                if (orientation == Qt::Horizontal && header->sectionSize(i) < needed)
                    problem(w,
                        QStringLiteral("column %1 cut: %2 px for %3 px of text: \"%4\"")
                            .arg(i)
                            .arg(header->sectionSize(i))
                            .arg(needed)
                            .arg(text));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->isEditable())
                checkText(w, combo->currentText(), QStringLiteral("choice"));
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            checkText(w, edit->placeholderText(), QStringLiteral("placeholder"));
        } else if (auto *menus = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : menus->actions()) {
                checkText(w, action->text(), QStringLiteral("menu"));
                const QRect rect = menus->actionGeometry(action);
                if (rect.isEmpty() || !menus->rect().contains(rect))
                    problem(
                        w, QStringLiteral("menu hidden behind the extension: \"%1\"").arg(action->text()));
            }
        }
    }

    // Without word wrap a text needs its whole width: what sizeHint() says
    // and at least what the font measures.
    void checkSize(QWidget *w, const QString &text)
    {
        const QSize hint = w->minimumSizeHint();
        const int advance = w->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
        if (w->width() < hint.width() || w->width() < advance || w->height() < hint.height())
            problem(w,
                QStringLiteral("text cut: %1x%2 < %3x%4 needed: \"%5\"")
                    .arg(w->width())
                    .arg(w->height())
                    .arg(std::max(hint.width(), advance))
                    .arg(hint.height())
                    .arg(text.left(60)));
    }

    void checkInsideParent(QWidget *w)
    {
        QWidget *parent = w->parentWidget();
        // An empty widget draws nothing wherever it sits (the status
        // bar's StatusAnnouncer only carries names for screen readers).
        if (!parent || w->geometry().isEmpty())
            return;
        // Scrolled content is larger than its viewport on purpose.
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget()))
            if (area->viewport() == parent)
                return;
        if (!parent->rect().contains(w->geometry()))
            problem(w,
                QStringLiteral("outside its parent %1: %2,%3 %4x%5 in %6x%7")
                    .arg(describe(parent))
                    .arg(w->x())
                    .arg(w->y())
                    .arg(w->width())
                    .arg(w->height())
                    .arg(parent->width())
                    .arg(parent->height()));
    }

    // Siblings a layout places must not overlap, and the layout follows
    // the reading direction: a row runs right to left in RTL, and a form's
    // labels stand on the side where reading starts.
    void checkLayout(QWidget *parent, QLayout *layout)
    {
        QList<QWidget *> managed;
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (w && w->isVisible() && !w->isWindow() && inLayout(layout, w))
                managed << w;
        }
        for (int i = 0; i < managed.size(); ++i)
            for (int j = i + 1; j < managed.size(); ++j)
                if (managed[i]->geometry().intersects(managed[j]->geometry()))
                    problem(managed[i], QStringLiteral("overlaps %1").arg(describe(managed[j])));
        checkDirection(parent, layout);
    }

    void checkDirection(QWidget *parent, QLayout *layout)
    {
        const bool rtl = parent->layoutDirection() == Qt::RightToLeft;
        if (auto *box = qobject_cast<QBoxLayout *>(layout); box
            && (box->direction() == QBoxLayout::LeftToRight || box->direction() == QBoxLayout::RightToLeft)) {
            const QWidget *previous = nullptr;
            for (int i = 0; i < box->count(); ++i) {
                QWidget *w = box->itemAt(i)->widget();
                if (!w || !w->isVisible())
                    continue;
                if (previous
                    && (rtl ? w->geometry().right() > previous->x() : w->x() < previous->geometry().right()))
                    problem(w,
                        QStringLiteral("not %1 of %2 in a %3 row")
                            .arg(rtl ? QStringLiteral("left") : QStringLiteral("right"), describe(previous),
                                rtl ? QStringLiteral("right-to-left") : QStringLiteral("left-to-right")));
                previous = w;
            }
        }
        if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                if (!label || !field || !label->widget() || !label->widget()->isVisible() || field->isEmpty())
                    continue;
                const QRect l = label->geometry();
                const QRect f = field->geometry();
                // A long row wraps (QFormLayout::WrapLongRows): its label
                // stands above the field, on the side where reading starts.
                const bool above = l.bottom() < f.top();
                const bool placed = above ? (rtl ? l.right() >= f.right() - 1 : l.left() <= f.left() + 1)
                                          : (rtl ? l.left() > f.right() : l.right() < f.left());
                if (!placed) {
                    auto *text = qobject_cast<QLabel *>(label->widget());
                    problem(label->widget(),
                        QStringLiteral("label \"%1\" not on the %2 of its field%3")
                            .arg(text ? text->text() : QString(),
                                rtl ? QStringLiteral("right") : QStringLiteral("left"),
                                above ? QStringLiteral(" (above it)") : QString()));
                }
            }
        }
        for (int i = 0; i < layout->count(); ++i)
            if (QLayout *inner = layout->itemAt(i)->layout())
                checkDirection(parent, inner);
    }

    QWidget *m_window;
    QStringList m_problems;
    int m_checked = 0;
};

} // namespace

class TestLayoutLocales : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void inspectorFindsEachFault();
    void mainWindowWelcome_data() { directions(); }
    void mainWindowWelcome();
    void mainWindowWithAccount_data() { directions(); }
    void mainWindowWithAccount();
    void composer_data() { directions(); }
    void composer();
    void accountWizard_data() { directions(); }
    void accountWizard();
    void accountSettings_data() { directions(); }
    void accountSettings();
    void certificateDialog_data() { directions(); }
    void certificateDialog();

private:
    void directions();
    // Shows the window at its default size, saves its screenshot and
    // checks it; `name` names both.
    void verifyWindow(QWidget *window, const QString &name);
    Account account();

    test::AppFixture m_app;
    QTranslator m_pseudo;
    QDir m_shots;
};

void TestLayoutLocales::initTestCase()
{
    const QString app = m_app.start(QStringLiteral("stamp-layout-test"));
    QVERIFY2(app.isEmpty(), qPrintable(app));
    // Installed last, before any widget exists: every tr() from here on
    // answers in the pseudo-locale.
    QVERIFY2(m_pseudo.load(QStringLiteral(STAMP_PSEUDO_QM)), STAMP_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    QVERIFY(QCoreApplication::translate("stamp::ui::MainWindow", "Stamp").startsWith(QLatin1Char('[')));
    m_shots.setPath(QStringLiteral(STAMP_BINARY_DIR "/layout-screenshots"));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
}

void TestLayoutLocales::init()
{
    const QString direction = QString::fromLatin1(QTest::currentDataTag());
    QApplication::setLayoutDirection(direction == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight);
}

void TestLayoutLocales::cleanupTestCase()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
    m_app.stop();
}

void TestLayoutLocales::directions()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("pseudo") << 0;
    QTest::newRow("rtl") << 0;
}

// The checks themselves: a window with one of each fault, each named.
void TestLayoutLocales::inspectorFindsEachFault()
{
    QWidget window;
    auto *column = new QVBoxLayout(&window);
    auto *cut = new QPushButton(QStringLiteral("[Šéñð ţĥé ɱéššáĝé ~~~~~~~~]"), &window);
    cut->setObjectName(QStringLiteral("cutButton"));
    cut->setFixedWidth(40);
    auto *english = new QLabel(QStringLiteral("Plain English"), &window);
    english->setObjectName(QStringLiteral("englishLabel"));
    auto *wrapped
        = new QLabel(QStringLiteral("[%1 ~~~]").arg(QStringLiteral("Ŵŕáþþéð ţéẋţ ").repeated(30)), &window);
    wrapped->setObjectName(QStringLiteral("wrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setFixedHeight(12);
    auto *row = new QHBoxLayout;
    auto *first = new QLabel(QStringLiteral("[Ƒíŕšţ ~]"), &window);
    first->setObjectName(QStringLiteral("firstLabel"));
    auto *second = new QLabel(QStringLiteral("[Šéçóñð ~]"), &window);
    second->setObjectName(QStringLiteral("secondLabel"));
    row->addWidget(first);
    row->addWidget(second);
    auto *onTop = new QLabel(QStringLiteral("[Óñ ţóþ ~]"), &window);
    onTop->setObjectName(QStringLiteral("onTopLabel"));
    column->addWidget(cut);
    column->addWidget(english);
    column->addWidget(wrapped);
    column->addLayout(row);
    column->addWidget(onTop);
    auto *outside = new QLabel(QStringLiteral("[Óúţšíðé ~]"), &window);
    outside->setObjectName(QStringLiteral("outsideLabel"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Faults the layout would undo at its next pass: made after it ran.
    outside->setGeometry(-30, 0, 60, 20);
    onTop->move(english->pos());
    const QRect firstPlace = first->geometry();
    first->setGeometry(second->geometry());
    second->setGeometry(firstPlace);
    const QString found = LayoutInspector(&window).inspect().join(QLatin1Char('\n'));
    for (const char *expected : { "\"cutButton\": text cut", "\"englishLabel\": text not translated",
             "\"wrappedLabel\": wrapped text cut", "\"outsideLabel\": outside its parent",
             "\"englishLabel\": overlaps QLabel \"onTopLabel\"",
             "\"secondLabel\": not right of QLabel \"firstLabel\"" })
        QVERIFY2(found.contains(QLatin1String(expected)),
            qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(expected), found)));
}

void TestLayoutLocales::verifyWindow(QWidget *window, const QString &name)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const QString file = m_shots.filePath(
        QStringLiteral("%1-%2.png").arg(name, QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(window->grab().save(file));
    LayoutInspector inspector(window);
    const QStringList problems = inspector.inspect();
    qInfo("%s: %d widgets checked, %lld problems (%s)", qPrintable(name), inspector.checked(),
        static_cast<long long>(problems.size()), qPrintable(file));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

Account TestLayoutLocales::account()
{
    Account account;
    account.id = QStringLiteral("layout-account");
    account.name = QStringLiteral("work");
    account.displayName = QStringLiteral("Ann Example");
    account.email = QStringLiteral("ann@example.com");
    account.identities = { Identity { account.displayName, account.email, {}, {} } };
    account.host = QStringLiteral("smtp.example.com");
    account.port = 587;
    account.username = account.email;
    return account;
}

void TestLayoutLocales::mainWindowWelcome()
{
    MainWindow window;
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage")));
    verifyWindow(&window, QStringLiteral("main-welcome"));
}

void TestLayoutLocales::mainWindowWithAccount()
{
    {
        AccountStore store;
        store.load();
        if (!store.find(account().name))
            QVERIFY(store.add(account()).isEmpty());
    }
    MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    for (const char *page : { "outbox", "sent" }) {
        tabs->setCurrentWidget(page == QByteArray("outbox") ? static_cast<QWidget *>(window.outboxView())
                                                            : static_cast<QWidget *>(window.sentView()));
        verifyWindow(&window, QStringLiteral("main-%1").arg(QLatin1String(page)));
    }
}

void TestLayoutLocales::composer()
{
    SendTarget target;
    target.name = QStringLiteral("work");
    target.identities = account().identities;
    target.server.host = QStringLiteral("smtp.example.com");
    ComposeWindow compose(target, nullptr);
    compose.setAttribute(Qt::WA_DeleteOnClose, false);
    verifyWindow(&compose, QStringLiteral("composer"));
    // Where reading starts: the field labels stand right of their fields
    // in right-to-left, and Send ends the button row on the reading end.
    auto *to = compose.findChild<QWidget *>(QStringLiteral("toEdit"));
    QLabel *toLabel = nullptr;
    for (QLabel *label : compose.findChildren<QLabel *>())
        if (label->buddy() == to)
            toLabel = label;
    QVERIFY(to && toLabel);
    auto *send = compose.findChild<QWidget *>(QStringLiteral("sendButton"));
    const bool rtl = QApplication::isRightToLeft();
    if (rtl) {
        QVERIFY(toLabel->geometry().left() > to->geometry().right());
        QVERIFY(send->geometry().left() < compose.width() / 2);
    } else {
        QVERIFY(toLabel->geometry().right() < to->geometry().left());
        QVERIFY(send->geometry().right() > compose.width() / 2);
    }
}

void TestLayoutLocales::accountWizard()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("wizard/accounts.json")));
    SecretStore secrets;
    AccountWizard wizard(&store, &secrets);
    // Gmail is in the catalogue: discovery ends before any network.
    test::FakeDnsResolver dns;
    wizard.autodetect()->setResolver(&dns);
    wizard.autodetect()->setAutoconfigUrls({});
    wizard.autodetect()->setProbeTargets({});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    verifyWindow(&wizard, QStringLiteral("wizard-1-address"));
    QTest::keyClicks(
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("someone@gmail.com"));
    QTest::keyClicks(
        wizard.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("Some One"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    QTRY_VERIFY(wizard.findChild<QListWidget *>(QStringLiteral("candidateList"))->count() >= 2);
    verifyWindow(&wizard, QStringLiteral("wizard-2-discovery"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    verifyWindow(&wizard, QStringLiteral("wizard-3-server"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
    verifyWindow(&wizard, QStringLiteral("wizard-4-signin"));
    QTest::mouseClick(
        wizard.findChild<QPushButton *>(QStringLiteral("useAppPasswordButton")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::PasswordPageId));
    verifyWindow(&wizard, QStringLiteral("wizard-5-password"));
    QTest::keyClicks(
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("abcd efgh"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    verifyWindow(&wizard, QStringLiteral("wizard-6-test"));
    QCOMPARE(dns.lookups(), 0);
}

void TestLayoutLocales::accountSettings()
{
    AccountStore store(m_app.dirs().filePath(QStringLiteral("settings/accounts.json")));
    QVERIFY(store.add(account()).isEmpty() || store.find(account().name));
    SecretStore secrets;
    // The Deliverability tab with findings, a record seen and one to
    // publish, the longest texts it shows (offline: a DNS double).
    test::FakeDnsResolver dns;
    DnsRecord mx;
    mx.target = QStringLiteral("mx.example.com");
    mx.priority = 10;
    dns.setAnswer(QDnsLookup::MX, QStringLiteral("example.com"), { mx });
    DnsRecord spf;
    spf.text = QStringLiteral("v=spf1 include:_spf.google.com ~all");
    dns.setAnswer(QDnsLookup::TXT, QStringLiteral("example.com"), { spf });
    AccountSettingsDialog dialog(account(), &store, &secrets);
    dialog.deliverabilityPanel()->setResolver(&dns);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("accountSettingsTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (i == AccountSettingsDialog::DeliverabilityTab)
            QTRY_VERIFY(dialog.deliverabilityPanel()->lastReport().has_value());
        verifyWindow(&dialog, QStringLiteral("account-settings-%1").arg(i + 1));
    }
}

void TestLayoutLocales::certificateDialog()
{
    TlsReport tls;
    tls.attempted = true;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.peer.subject = QStringLiteral("CN=smtp.example.com");
    tls.peer.issuer = QStringLiteral("CN=Example Test CA");
    tls.peer.altNames = { QStringLiteral("smtp.example.com") };
    tls.peer.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    tls.peer.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    tls.peer.sha256 = QStringLiteral("ab").repeated(32);
    tls.chain = { tls.peer };
    tls.errors = { QSslError::SelfSignedCertificate };
    tls.errorTexts = { QSslError(QSslError::SelfSignedCertificate).errorString() };
    CertificateDialog dialog(QStringLiteral("smtp.example.com"), QStringLiteral("work"), tls);
    verifyWindow(&dialog, QStringLiteral("certificate"));
}

QTEST_MAIN(TestLayoutLocales)
#include "tst_layout_locales.moc"
