// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace stamp::ui {

// The files going with a message: added by button, by dropping them on
// the composer or by pasting them; each shown with its size, and the total
// against what providers commonly accept.
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    // Many providers refuse messages over about 25 MB; base64 adds a third.
    static constexpr qint64 kCommonLimit = 25 * 1000 * 1000;

    explicit AttachmentList(QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; }
    // Adds readable files; returns a sentence per file that could not be added.
    QStringList addFiles(const QStringList &paths);
    void removeSelected();
    qint64 totalBytes() const;
    // Its controls in the order Tab visits them, for the window's tab order.
    QList<QWidget *> focusOrder() const;
    // What the total becomes once encoded (base64: 4/3), for SIZE.
    qint64 encodedEstimate() const { return totalBytes() * 4 / 3; }

    // The largest message the server accepts (its SIZE, RFC 1870), when
    // known, and its name: the total is then shown against that instead
    // of a common guess. 0: not known.
    void setServerLimit(qint64 bytes, const QString &host);
    qint64 serverLimit() const { return m_serverLimit; }
    QString serverHost() const { return m_serverHost; }
    // True when the attachments alone already exceed the server's limit.
    bool exceedsServerLimit() const { return m_serverLimit > 0 && encodedEstimate() > m_serverLimit; }

signals:
    void changed();
    void problems(const QStringList &sentences);

private:
    void refresh();
    void chooseFiles();

    QStringList m_paths;
    QListWidget *m_list;
    QLabel *m_total;
    QPushButton *m_add;
    QPushButton *m_remove;
    qint64 m_serverLimit = 0;
    QString m_serverHost;
};

}  // namespace stamp::ui
