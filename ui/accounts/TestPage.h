#pragma once

#include <QWizardPage>

namespace stamp::ui {

class ConnectionCheckPanel;

// The wizard's last page: the connection doctor, run only when the person
// presses Test, then Save.
class TestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ConnectionCheckPanel *panel() const { return m_panel; }

private:
    ConnectionCheckPanel *m_panel;
};

} // namespace stamp::ui
