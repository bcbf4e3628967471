// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AttachmentList.h"

#include "Colours.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stamp::ui {

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_total(new QLabel(this))
    , m_add(new QPushButton(tr("&Attach…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("attachments"));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(90);
    m_add->setObjectName(QStringLiteral("attachButton"));
    m_add->setToolTip(tr("Attach files (you can also drop or paste them)"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_total->setObjectName(QStringLiteral("attachmentTotal"));
    m_total->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_total, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &AttachmentList::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeSelected);
    refresh();
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    QStringList problemsFound;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // Checked now so the person hears about it while composing, and
        // again when the message is written (the file may change).
        if (!info.exists())
            problemsFound << tr("%1 does not exist.").arg(path);
        else if (!info.isFile())
            problemsFound << tr("%1 is not a file.").arg(path);
        else if (!info.isReadable())
            problemsFound << tr("%1 cannot be read (permissions).").arg(path);
        else if (!m_paths.contains(info.absoluteFilePath()))
            m_paths << info.absoluteFilePath();
    }
    refresh();
    if (!problemsFound.isEmpty())
        emit problems(problemsFound);
    emit changed();
    return problemsFound;
}

void AttachmentList::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows << m_list->row(item);
    std::sort(rows.rbegin(), rows.rend());
    for (const int row : rows)
        m_paths.removeAt(row);
    refresh();
    emit changed();
}

QList<QWidget *> AttachmentList::focusOrder() const
{
    return { m_add, m_remove, m_list };
}

qint64 AttachmentList::totalBytes() const
{
    qint64 total = 0;
    for (const QString &path : m_paths)
        total += QFileInfo(path).size();
    return total;
}

void AttachmentList::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const QString &path : m_paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(info.fileName(), locale.formattedDataSize(info.size())));
        item->setToolTip(path);
        m_list->addItem(item);
    }
    m_list->setVisible(!m_paths.isEmpty());
    m_remove->setEnabled(!m_paths.isEmpty());
    if (m_paths.isEmpty()) {
        m_total->clear();
        return;
    }
    QString text = tr("%n file(s), %1", nullptr, int(m_paths.size())).arg(locale.formattedDataSize(totalBytes()));
    bool tooBig = false;
    if (m_serverLimit > 0) {
        tooBig = exceedsServerLimit();
        text += QStringLiteral(" \u2014 ")
                + (tooBig ? tr("about %1 once encoded, over the %2 that %3 accepts: remove some files or share "
                               "them by a link")
                          : tr("about %1 once encoded, of the %2 that %3 accepts"))
                      .arg(locale.formattedDataSize(encodedEstimate()), locale.formattedDataSize(m_serverLimit),
                           m_serverHost);
    } else if (encodedEstimate() > kCommonLimit) {
        tooBig = true;
        text += QStringLiteral(" \u2014 ") + tr("about %1 once encoded; many providers refuse messages over 25 MB")
                                          .arg(locale.formattedDataSize(encodedEstimate()));
    }
    // Colour is never the only signal: the words say it too.
    m_total->setStyleSheet(tooBig ? colours::problemStyle() : QString());
    m_total->setText(text);
}

void AttachmentList::setServerLimit(qint64 bytes, const QString &host)
{
    m_serverLimit = bytes;
    m_serverHost = host;
    refresh();
}

void AttachmentList::chooseFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!chosen.isEmpty())
        addFiles(chosen);
}

}  // namespace stamp::ui
