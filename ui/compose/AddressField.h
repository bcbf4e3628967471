#pragma once

#include "mime/AddressList.h"

#include <QLineEdit>
#include <QStringList>

class QStringListModel;

namespace stamp::ui {

// A To/Cc/Bcc field: takes addresses separated by commas or semicolons
// ("Name <a@b>" or a bare a@b), marks itself when one is invalid and says
// which and why on hover, and completes from addresses used before.
class AddressField : public QLineEdit
{
    Q_OBJECT

public:
    explicit AddressField(QWidget *parent = nullptr);

    // The envelope addresses (a@b), empty entries skipped.
    QStringList addresses() const;
    // What was typed, parsed (RFC 5322 §3.4): names, groups and all.
    AddressList list() const { return AddressList::parse(text()); }
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    void setCompletions(QStringListModel *model);

signals:
    void validityChanged(bool valid);

private:
    void validate();

    QStringList m_problems;
};

}  // namespace stamp::ui
