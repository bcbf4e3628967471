#pragma once

#include "SendTarget.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QLabel;

namespace stamp {
class SandboxServer;
class TranscriptArchive;
}

namespace stamp::ui {

class ComposeWindow;
class SentView;
class SessionLogModel;
class TranscriptHistoryView;
class WelcomePage;

// Stamp's main window: the welcome view until there is somewhere to send,
// then the Sent list (and the sandbox's inbox), with the live session log
// in a dock that follows every conversation.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the built-in sandbox server and makes it the send target.
    bool startSandbox();
    ComposeWindow *compose();

    SessionLogModel *logModel() const { return m_logModel; }
    SandboxServer *sandbox() const { return m_sandbox; }
    SentView *sentView() const { return m_sentView; }
    TranscriptHistoryView *historyView() const { return m_history; }

private:
    void setupMenus();
    void showWorkArea();
    void rememberRecipients(const QStringList &addresses);

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    SentView *m_sentView;
    QDockWidget *m_logDock;
    SessionLogModel *m_logModel;
    QStringListModel *m_knownAddresses;
    QLabel *m_targetLabel;
    std::unique_ptr<TranscriptArchive> m_archive;
    TranscriptHistoryView *m_history;
    SandboxServer *m_sandbox = nullptr;
    SendTarget m_target;
    bool m_hasTarget = false;
};

}  // namespace stamp::ui
