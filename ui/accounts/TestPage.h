// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace stamp {
struct CheckReport;
}

namespace stamp::ui {

class ConnectionCheckPanel;

// The wizard's last page: the connection doctor, run when the person
// presses Test (or Save before any test), then Save. Save keeps only an
// account whose test passed; after a failed test the person can still
// choose "Save anyway", told that messages will wait in the Outbox until the
// settings work. Coming back after changing settings runs the test again:
// the earlier verdict was about other settings.
class TestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The last page, whatever ids come after it in the wizard's list.
    int nextId() const override { return -1; }

    ConnectionCheckPanel *panel() const { return m_panel; }

private:
    enum class Verdict { Untested, Passed, Failed };

    void onFinished(const CheckReport &report);
    void saveAnyway();

    ConnectionCheckPanel *m_panel;
    QLabel *m_intro;
    QWidget *m_saveAnywayRow;
    QLabel *m_saveAnywayNote;
    QPushButton *m_saveAnyway;
    Verdict m_verdict = Verdict::Untested;
    bool m_testedBefore = false; // a test ran on an earlier visit to this page
    bool m_saveWhenPassed = false; // Save pressed before any test: save once it passes
    bool m_savingAnyway = false; // the person chose "Save anyway" after this failure
};

} // namespace stamp::ui
