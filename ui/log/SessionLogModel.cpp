// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionLogModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace stamp::ui {

SessionLogModel::SessionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionLogModel::flush);
}

int SessionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SessionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TranscriptEvent &e = m_events.at(index.row());
    using Kind = TranscriptEvent::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case KindColumn:
            return TranscriptEvent::tag(e.kind);
        case TextColumn:
            return e.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn && e.text.size() > 80 ? QVariant(e.text) : QVariant();
    case Qt::ForegroundRole: {
        // Colours that read on light and dark palettes alike.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        switch (e.kind) {
        case Kind::Client:
            return QBrush(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xb0));
        case Kind::Server:
            return QBrush(dark ? QColor(0xa8, 0xd8, 0x9a) : QColor(0x1e, 0x6b, 0x2a));
        case Kind::Tls:
            return QBrush(dark ? QColor(0xd7, 0xa6, 0xf0) : QColor(0x6a, 0x2c, 0x91));
        case Kind::Error:
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
        case Kind::Connection:
        case Kind::Data:
        case Kind::Info:
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    }
    case Qt::FontRole: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setBold(e.kind == Kind::Error);
        return font;
    }
    case KindRole:
        return int(e.kind);
    }
    return {};
}

QVariant SessionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Who");
    case TextColumn:
        return tr("Line");
    }
    return {};
}

void SessionLogModel::append(const TranscriptEvent &event)
{
    m_pending.append(event);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SessionLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int overflow = int(m_events.size() + m_pending.size()) - kMaxRows;
    if (overflow > 0) {
        const int drop = qMin(overflow, int(m_events.size()));
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_events += m_pending;
    endInsertRows();
    m_pending.clear();
}

void SessionLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_pending.clear();
    endResetModel();
}

QString SessionLogModel::toText(const QModelIndexList &rows) const
{
    QStringList lines;
    if (rows.isEmpty()) {
        for (const TranscriptEvent &e : m_events)
            lines << e.toLogLine();
    } else {
        QList<int> numbers;
        for (const QModelIndex &index : rows) {
            if (!numbers.contains(index.row()))
                numbers << index.row();
        }
        std::sort(numbers.begin(), numbers.end());
        for (const int row : numbers)
            lines << m_events.at(row).toLogLine();
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace stamp::ui
