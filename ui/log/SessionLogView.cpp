// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionLogView.h"

#include "SessionLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace stamp::ui {

// Text search plus a choice of which kinds of line to show.
class SessionLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKinds(const QList<int> &kinds)
    {
        m_kinds = kinds;
        invalidateFilter();
    }
    bool narrowed() const { return !m_kinds.isEmpty() || !filterRegularExpression().pattern().isEmpty(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, SessionLogModel::TextColumn, parent);
        if (!m_kinds.isEmpty() && !m_kinds.contains(index.data(SessionLogModel::KindRole).toInt()))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QList<int> m_kinds;
};

SessionLogView::SessionLogView(SessionLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new SessionLogFilter(this))
    , m_search(new QLineEdit(this))
    , m_kinds(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionLogView"));
    m_filter->setSourceModel(model);
    m_filter->setFilterKeyColumn(SessionLogModel::TextColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the session log"));

    using Kind = TranscriptEvent::Kind;
    m_kinds->setObjectName(QStringLiteral("logKinds"));
    m_kinds->setAccessibleName(tr("Which lines to show"));
    m_kinds->addItem(tr("Everything"), QVariant::fromValue(QList<int>{}));
    m_kinds->addItem(tr("Commands and replies"), QVariant::fromValue(QList<int>{int(Kind::Client), int(Kind::Server)}));
    m_kinds->addItem(tr("TLS and connection"), QVariant::fromValue(QList<int>{int(Kind::Tls), int(Kind::Connection)}));
    m_kinds->addItem(tr("Problems only"), QVariant::fromValue(QList<int>{int(Kind::Error)}));

    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("logCopy"));
    copy->setText(tr("&Copy"));
    copy->setToolTip(tr("Copy the selected lines, or the whole log when none is selected"));
    auto *saveButton = new QToolButton(this);
    saveButton->setObjectName(QStringLiteral("logSave"));
    saveButton->setText(tr("&Save…"));
    saveButton->setToolTip(tr("Save the log to a text file (passwords are never in it)"));
    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("logClear"));
    clearButton->setText(tr("C&lear"));

    m_count->setObjectName(QStringLiteral("logCount"));
    m_count->setAccessibleName(tr("Lines shown"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Session log"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however long the log grows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(SessionLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionLogModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kinds);
    bar->addWidget(copy);
    bar->addWidget(saveButton);
    bar->addWidget(clearButton);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    // The bar from left to right, then the lines under it.
    const QList<QWidget *> chain = { m_search, m_kinds, copy, saveButton, clearButton, m_table };
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKinds(m_kinds->currentData().value<QList<int>>()); });
    connect(copy, &QToolButton::clicked, this, &SessionLogView::copySelection);
    connect(saveButton, &QToolButton::clicked, this, &SessionLogView::save);
    connect(clearButton, &QToolButton::clicked, model, &SessionLogModel::clear);
    // Follow new lines only while the person is at the bottom.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = value >= m_table->verticalScrollBar()->maximum() - 1;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateCount();
    });
    // The counter counts what is shown: rows come and go with the search and
    // the kind as well as with new lines (which may all be filtered out).
    for (QAbstractItemModel *counted : std::initializer_list<QAbstractItemModel *> { m_filter, model }) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, &SessionLogView::updateCount);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, &SessionLogView::updateCount);
        connect(counted, &QAbstractItemModel::modelReset, this, &SessionLogView::updateCount);
        connect(counted, &QAbstractItemModel::layoutChanged, this, &SessionLogView::updateCount);
    }

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &SessionLogView::copySelection);
    addAction(copyAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(findAction);
    updateCount();
}

void SessionLogView::updateCount()
{
    const int all = m_model->rowCount();
    m_count->setText(m_filter->narrowed() ? tr("%1 of %n line(s)", nullptr, all).arg(QLocale().toString(m_filter->rowCount()))
                                          : tr("%n line(s)", nullptr, all));
}

void SessionLogView::copySelection() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index);
    QApplication::clipboard()->setText(m_model->toText(rows));
}

bool SessionLogView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(m_model->toText().toUtf8() + '\n');
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SessionLogView::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the session log"), QStringLiteral("stamp-session.log"),
                                                      tr("Text files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Could not save the log"), tr("%1 could not be written: %2").arg(path, error));
}

}  // namespace stamp::ui
