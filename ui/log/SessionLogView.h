// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QTableView;

namespace stamp::ui {

class SessionLogModel;
class SessionLogFilter;

// The session log as people use it when mail does not leave: every line of
// the conversation, coloured by who said it, searchable, filterable by
// kind, copyable and savable; it follows new lines unless the person has
// scrolled up to read.
class SessionLogView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionLogView(SessionLogModel *model, QWidget *parent = nullptr);

    void copySelection() const;
    bool saveTo(const QString &path, QString *error = nullptr) const;

private:
    void save();
    void updateCount();

    SessionLogModel *m_model;
    SessionLogFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kinds;
    QTableView *m_table;
    QLabel *m_count;
    bool m_follow = true;
};

}  // namespace stamp::ui
