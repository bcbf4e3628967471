// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace stamp::ui {

// macOS hands a clicked mailto: link to the running application as an Apple
// Event, which Qt delivers as a QFileOpenEvent to the application object,
// not as a command-line argument. Installed on the application, this turns
// those events into the same link list a `stamp mailto:...` launch gives.
class LinkOpenFilter : public QObject
{
    Q_OBJECT

public:
    explicit LinkOpenFilter(QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void linksOpened(const QStringList &links);
};

}  // namespace stamp::ui
