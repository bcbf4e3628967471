// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxInboxView.h"

#include "HeaderText.h"
#include "sandbox/SandboxServer.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace stamp::ui {

SandboxInboxView::SandboxInboxView(SandboxServer *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_list(new QListWidget(this))
    , m_behaviour(new QLabel(this))
    , m_envelope(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sandboxInbox"));
    m_list->setObjectName(QStringLiteral("sandboxList"));
    m_list->setAccessibleName(tr("Messages the sandbox received"));
    m_raw->setObjectName(QStringLiteral("sandboxRaw"));
    m_raw->setAccessibleName(tr("The message exactly as received"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Send a message to the sandbox and it appears here, byte for byte."));
    m_envelope->setWordWrap(true);
    m_envelope->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_envelope);
    rightLayout->addWidget(m_raw, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_behaviour);
    layout->addWidget(splitter, 1);
    m_behaviour->setObjectName(QStringLiteral("sandboxBehaviour"));
    m_behaviour->setWordWrap(true);
    m_behaviour->setContentsMargins(6, 4, 6, 4);
    showBehaviour();
    connect(server, &SandboxServer::behaviourChanged, this, &SandboxInboxView::showBehaviour);

    // Connected first, so the message selected on opening is shown too.
    connect(m_list, &QListWidget::currentRowChanged, this, &SandboxInboxView::showMessage);
    for (int i = 0; i < server->messages().size(); ++i)
        addMessage(i);
    connect(server, &SandboxServer::messageReceived, this, &SandboxInboxView::addMessage);
}

void SandboxInboxView::showBehaviour()
{
    const SandboxBehaviour::Mode mode = m_server->behaviour().mode;
    if (mode == SandboxBehaviour::Mode::Normal) {
        m_behaviour->setText(tr("The sandbox accepts every message."));
        return;
    }
    m_behaviour->setText(tr("The sandbox is answering: %1. %2")
                             .arg(SandboxBehaviour::replySummary(mode), SandboxBehaviour::description(mode)));
}

void SandboxInboxView::addMessage(int index)
{
    const SandboxMessage &m = m_server->messages().at(index);
    // As written, not as encoded for the wire (RFC 2047); the raw view
    // below keeps the bytes.
    QString subject = headertext::decode(headertext::rawValue(m.content, "Subject"));
    if (subject.isEmpty())
        subject = tr("(no subject)");
    m_list->addItem(tr("%1  %2").arg(m.receivedAt.toString(QStringLiteral("HH:mm:ss")), subject));
    m_list->setCurrentRow(m_list->count() - 1);
}

void SandboxInboxView::showMessage(int row)
{
    if (row < 0 || row >= m_server->messages().size()) {
        m_envelope->clear();
        m_raw->clear();
        return;
    }
    const SandboxMessage &m = m_server->messages().at(row);
    m_envelope->setText(tr("Envelope: from %1 to %2 - %n byte(s)", nullptr, int(m.content.size()))
                            .arg(m.from.isEmpty() ? tr("<>") : m.from, m.recipients.join(QStringLiteral(", "))));
    // Large messages are shown in part: the point is to read headers and
    // structure, not to scroll through a megabyte of base64.
    constexpr int kShown = 256 * 1024;
    QString text = QString::fromUtf8(m.content.left(kShown));
    if (m.content.size() > kShown)
        text += QLatin1Char('\n') + tr("[... %1 more bytes not shown]").arg(QLocale().toString(qint64(m.content.size() - kShown)));
    m_raw->setPlainText(text);
}

}  // namespace stamp::ui
