#include "MainWindow.h"

#include "ComposeWindow.h"
#include "SandboxInboxView.h"
#include "SentView.h"
#include "SessionLogModel.h"
#include "SessionLogView.h"
#include "TranscriptHistoryView.h"
#include "diagnostics/TranscriptArchive.h"
#include "WelcomePage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {
const QString kKnownAddressesKey = QStringLiteral("compose/knownAddresses");
constexpr int kMaxKnownAddresses = 500;
}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_sentView(new SentView(this))
    , m_logDock(new QDockWidget(tr("Session log"), this))
    , m_logModel(new SessionLogModel(this))
    , m_knownAddresses(new QStringListModel(this))
    , m_targetLabel(new QLabel(this))
    , m_archive(std::make_unique<TranscriptArchive>(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/transcripts")))
    , m_history(new TranscriptHistoryView(m_archive.get(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stamp"));
    resize(1100, 720);

    m_knownAddresses->setStringList(QSettings().value(kKnownAddressesKey).toStringList());

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_sentView, tr("Sent"));
    m_tabs->addTab(m_history, tr("Past sessions"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_logDock->setObjectName(QStringLiteral("sessionLogDock"));
    m_logDock->setWidget(new SessionLogView(m_logModel, m_logDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    statusBar()->addPermanentWidget(m_targetLabel);
    setupMenus();

    connect(m_welcome->sandboxButton(), &QPushButton::clicked, this, [this] {
        if (startSandbox())
            compose();
    });
    connect(m_welcome->addAccountButton(), &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, tr("Add your account"),
                                 tr("Account setup (presets, discovery and the keychain) is not in this build yet. "
                                    "Until then, send from the command line with 'stamp send', or try the "
                                    "sandbox."));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newMessage = file->addAction(tr("&New message"), this, [this] { compose(); });
    newMessage->setObjectName(QStringLiteral("newMessageAction"));
    newMessage->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *log = m_logDock->toggleViewAction();
    log->setText(tr("Session &log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(newMessage);
    bar->addAction(log);
}

void MainWindow::showWorkArea()
{
    m_pages->setCurrentWidget(m_tabs);
    m_logDock->show();
}

bool MainWindow::startSandbox()
{
    if (!m_sandbox) {
        m_sandbox = new SandboxServer(this);
        if (!m_sandbox->start()) {
            QMessageBox::warning(this, tr("The sandbox could not start"),
                                 tr("Stamp could not open a port on this computer for its sandbox: %1")
                                     .arg(m_sandbox->errorString()));
            delete m_sandbox;
            m_sandbox = nullptr;
            return false;
        }
        m_tabs->addTab(new SandboxInboxView(m_sandbox, m_tabs), tr("Sandbox inbox"));
    }
    m_target.name = tr("Sandbox (on this computer)");
    m_target.fromAddress = QStringLiteral("me@sandbox.invalid");
    m_target.server.host = QStringLiteral("127.0.0.1");
    m_target.server.port = m_sandbox->port();
    m_target.server.security = SecurityMode::None;
    m_target.auth = AuthSettings();
    m_hasTarget = true;
    m_targetLabel->setText(tr("Sending through: %1").arg(m_target.name));
    showWorkArea();
    return true;
}

ComposeWindow *MainWindow::compose()
{
    if (!m_hasTarget) {
        m_pages->setCurrentWidget(m_welcome);
        return nullptr;
    }
    auto *window = new ComposeWindow(m_target, m_knownAddresses, this);
    connect(window, &ComposeWindow::transcript, m_logModel, &SessionLogModel::append);
    connect(window, &ComposeWindow::sent, this,
            [this](const QString &subject, const QStringList &recipients, const SendResult &result) {
                m_sentView->addResult(subject, result);
                rememberRecipients(recipients);
                statusBar()->showMessage(tr("Sent: %1").arg(subject.isEmpty() ? tr("(no subject)") : subject), 5000);
            });
    connect(window, &ComposeWindow::attemptFinished, this,
            [this](const QString &subject, const SendResult &result, const QList<TranscriptEvent> &events) {
                const QString outcome = result.status == SendResult::Status::Sent      ? tr("sent")
                                        : result.status == SendResult::Status::Partial ? tr("sent to some")
                                        : result.uncertain                             ? tr("not confirmed")
                                                                                       : tr("not sent");
                const QString title = tr("%1 (%2)").arg(subject.isEmpty() ? tr("(no subject)") : subject, outcome);
                QString error;
                if (m_archive->save(title, events, &error).isEmpty())
                    statusBar()->showMessage(tr("The session could not be kept: %1").arg(error), 8000);
                m_history->reload();
            });
    window->show();
    return window;
}

void MainWindow::rememberRecipients(const QStringList &addresses)
{
    QStringList known = m_knownAddresses->stringList();
    for (const QString &address : addresses) {
        known.removeAll(address);
        known.prepend(address);
    }
    while (known.size() > kMaxKnownAddresses)
        known.removeLast();
    m_knownAddresses->setStringList(known);
    QSettings().setValue(kKnownAddressesKey, known);
}

}  // namespace stamp::ui
