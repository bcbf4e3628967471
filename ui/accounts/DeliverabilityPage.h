// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;

namespace stamp::ui {

class DeliverabilityPanel;

// The wizard's "Will your mail arrive?" step, for an address at a domain of
// the person's own (a gmail.com-style address skips it: the provider
// publishes everything, and the connection test says so). It asks DNS at
// once, needs no password, and never holds the person up: Next works while
// it asks and whatever it finds, since a missing record does not stop the
// server from taking mail, only receivers from trusting it.
class DeliverabilityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeliverabilityPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    DeliverabilityPanel *panel() const { return m_panel; }

private:
    QLabel *m_intro;
    DeliverabilityPanel *m_panel;
    QLabel *m_later;
};

} // namespace stamp::ui
