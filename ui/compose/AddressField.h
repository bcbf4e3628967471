// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mime/AddressList.h"

#include <QLineEdit>
#include <QStringList>
#include <QTimer>

class QCompleter;
class QLabel;
class QStringListModel;

namespace stamp::ui {

// A To/Cc/Bcc field: takes addresses separated by commas or semicolons
// ("Name <a@b>" or a bare a@b) and completes each of them from addresses
// used before. When one is invalid it says which and why in words under
// the field (problemLabel(), for the form to place) and frames itself in
// red, but only once the person leaves the field or pauses typing: half an
// address is not a mistake yet.
class AddressField : public QLineEdit
{
    Q_OBJECT

public:
    // How long typing must pause before a problem is shown.
    static constexpr int kPauseMs = 800;

    explicit AddressField(QWidget *parent = nullptr);

    // The envelope addresses (a@b), empty entries skipped.
    QStringList addresses() const;
    // What was typed, parsed (RFC 5322 §3.4): names, groups and all.
    AddressList list() const { return AddressList::parse(text()); }
    // Known at once (Send follows it while the person types).
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    void setCompletions(QStringListModel *model);
    QLabel *problemLabel() const { return m_problemLabel; }

signals:
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    void showProblems(bool shown);
    void leftField();
    // Where the address the cursor is in starts (after the last separator
    // outside quotes and angle brackets, spaces skipped).
    int currentAddressStart() const;
    void offerCompletions();
    void insertCompletion(const QString &completion);
    void hidePopup();

    QStringList m_problems;
    QLabel *m_problemLabel;
    QTimer m_pause;
    bool m_shown = false;
    QCompleter *m_completer = nullptr;
};

}  // namespace stamp::ui
