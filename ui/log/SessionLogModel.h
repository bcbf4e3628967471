// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/Transcript.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

namespace stamp::ui {

// The live session log as a model: transcript events in arrival order.
// Events are appended in batches (every 50 ms at most), so a burst of
// thousands of lines costs one view update, and the log stays smooth at
// 100,000 lines. Secrets never reach it: the engine redacts them first.
class SessionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1 };
    static constexpr int kMaxRows = 200000;  // oldest lines go first beyond this

    explicit SessionLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const TranscriptEvent &event);
    void flush();  // apply pending events now
    void clear();
    const TranscriptEvent &event(int row) const { return m_events.at(row); }
    // All lines as the log file format ("time tag text"), for copy and save.
    QString toText(const QModelIndexList &rows = {}) const;

private:
    QVector<TranscriptEvent> m_events;
    QVector<TranscriptEvent> m_pending;
    QTimer m_flushTimer;
};

}  // namespace stamp::ui
