#pragma once

#include <QWizardPage>

class QLabel;

namespace stamp::ui {

class AccountSettingsServerForm;

// The server settings to review before anything is sent with the password:
// pre-filled from the chosen candidate, every field editable and checked as
// it is typed.
class ServerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServerPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    AccountSettingsServerForm *m_form;
    QLabel *m_source;
};

} // namespace stamp::ui
