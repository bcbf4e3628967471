// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A message started from a mailto: link (RFC 6068).

#include "AddressField.h"
#include "Colours.h"
#include "ComposeWindow.h"
#include "mime/MailtoLink.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace stamp::ui {

void ComposeWindow::fillFromLink(const MailtoLink &link)
{
    const QString separator = QStringLiteral(", ");
    m_to->setText(link.toText().join(separator));
    m_cc->setText(link.ccText().join(separator));
    m_bcc->setText(link.bccText().join(separator));
    m_subject->setText(link.subject());
    m_inReplyTo = link.inReplyTo();
    if (!link.body().isEmpty()) {
        // Above the signature, with the cursor where the person writes on.
        const bool rich = m_bodies->currentWidget() == m_richBody;
        QTextCursor cursor(rich ? m_richBody->document() : m_body->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.insertText(link.body());
        if (rich)
            m_richBody->setTextCursor(cursor);
        else
            m_body->setTextCursor(cursor);
    }

    QStringList notes = link.errors();
    if (!link.ignored().isEmpty()) {
        QStringList names;
        for (const QString &name : link.ignored())
            names << tr("\"%1\"").arg(name);
        // RFC 6068 §7: a link must not attach files, change the sender or
        // add header fields behind the person's back.
        notes << tr("The link also asked for %1. Stamp never takes those from a link: nothing is attached, "
                    "and the sender and headers stay as you set them.")
                     .arg(QLocale().createSeparatedList(names));
    }
    if (!m_linkNotice) {
        m_linkNotice = new QLabel(this);
        m_linkNotice->setObjectName(QStringLiteral("linkNotice"));
        m_linkNotice->setAccessibleName(tr("About the link"));
        m_linkNotice->setWordWrap(true);
        // The sentences quote the link: never read as markup.
        m_linkNotice->setTextFormat(Qt::PlainText);
        m_linkNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_linkNotice->setStyleSheet(QStringLiteral("color: %1;").arg(colours::warning().name()));
        auto *column = qobject_cast<QVBoxLayout *>(layout());
        column->insertWidget(column->indexOf(m_notice) + 1, m_linkNotice);
    }
    m_linkNotice->setText(notes.join(QLatin1Char('\n')));
    m_linkNotice->setVisible(!notes.isEmpty());
    // The person reads what the link wrote before anything else: focus
    // goes to the first field still to fill in.
    if (m_to->text().isEmpty())
        m_to->setFocus();
    else if (m_subject->text().isEmpty())
        m_subject->setFocus();
    else
        (m_bodies->currentWidget() == m_richBody ? static_cast<QWidget *>(m_richBody) : m_body)->setFocus();
}

} // namespace stamp::ui
