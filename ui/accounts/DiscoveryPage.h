// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/ServerCandidate.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace stamp::ui {

// Runs discovery for the address with a visible progress and a Cancel, then
// lists every server found with where it came from, best first, plus "I'll
// enter the settings myself". Discovery never sends credentials.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiscoveryPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onFinished(const AutodetectResult &result);
    void updateProgress();
    void cancelDiscovery();

    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QListWidget *m_candidates;
    QLabel *m_steps;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    AutodetectResult m_result;
    bool m_running = false;
};

} // namespace stamp::ui
