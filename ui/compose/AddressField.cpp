// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddressField.h"

#include "Colours.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QStringListModel>

namespace stamp::ui {

AddressField::AddressField(QWidget *parent)
    : QLineEdit(parent)
    , m_problemLabel(new QLabel(parent))
{
    setPlaceholderText(tr("name@example.com, Another Person <another@example.org>"));
    // Plain text: an address in angle brackets is not markup.
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(colours::problemStyle());
    m_problemLabel->hide();
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { showProblems(!m_problems.isEmpty()); });
    connect(this, &QLineEdit::textChanged, this, &AddressField::validate);
}

QStringList AddressField::addresses() const
{
    QStringList result;
    for (const Address &mailbox : list().mailboxes())
        result << mailbox.addrSpec();
    return result;
}

void AddressField::validate()
{
    const bool wasValid = m_problems.isEmpty();
    m_problems.clear();
    const AddressList parsed = list();  // kept: errors() refers into it
    for (const AddressError &error : parsed.errors())
        m_problems << error.describe();
    setToolTip(m_problems.join(QLatin1Char('\n')));
    setAccessibleDescription(m_problems.join(QLatin1Char(' ')));
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    if (m_problems.isEmpty()) {
        // Fixed: said at once.
        m_pause.stop();
        showProblems(false);
    } else if (hasFocus()) {
        // Still typing: said when the person pauses or leaves (an error
        // already shown stays, with its words brought up to date).
        m_pause.start();
    } else {
        showProblems(true); // set from elsewhere (a draft): nobody is typing
    }
    if (wasValid != m_problems.isEmpty())
        emit validityChanged(m_problems.isEmpty());
}

void AddressField::showProblems(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    // A red frame that every style shows, and the reason in words beside it.
    setStyleSheet(shown ? QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(colours::problem().name())
                        : QString());
    m_problemLabel->setVisible(shown);
}

void AddressField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // The completion list taking the keyboard is not leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        leftField();
}

bool AddressField::eventFilter(QObject *watched, QEvent *event)
{
    // While its list is open the completer swallows the field's focus-out
    // (its filter runs after this one): the person left all the same.
    if (watched == this && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        hidePopup();
        leftField();
    }
    return QLineEdit::eventFilter(watched, event);
}

void AddressField::leftField()
{
    m_pause.stop();
    showProblems(!m_problems.isEmpty());
}

void AddressField::setCompletions(QStringListModel *model)
{
    // Not QLineEdit::setCompleter(): that completes the whole text, so only
    // the first address of a list would ever be completed.
    m_completer = new QCompleter(model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    installEventFilter(this); // after the completer's, so it runs before it
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &AddressField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &AddressField::offerCompletions);
}

int AddressField::currentAddressStart() const
{
    const QString typed = text().left(cursorPosition());
    int start = 0;
    bool quoted = false;
    bool escaped = false;
    int angle = 0;
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (escaped) {
            escaped = false;
        } else if (quoted) {
            if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('<')) {
            ++angle;
        } else if (c == QLatin1Char('>')) {
            angle = qMax(0, angle - 1);
        } else if (angle == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            start = i + 1;
        }
    }
    while (start < typed.size() && typed.at(start).isSpace())
        ++start;
    return start;
}

void AddressField::offerCompletions()
{
    if (!m_completer)
        return;
    const int start = currentAddressStart();
    const QString word = text().mid(start, cursorPosition() - start);
    if (word.trimmed().isEmpty()) {
        hidePopup();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(word, Qt::CaseInsensitive) == 0)) {
        hidePopup();
        return;
    }
    m_completer->complete();
}

void AddressField::insertCompletion(const QString &completion)
{
    const int start = currentAddressStart();
    const int cursor = cursorPosition();
    QString before = text().left(start);
    // "a@b, c@d": a space after the separator, as people write lists.
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(' ')))
        before += QLatin1Char(' ');
    setText(before + completion + text().mid(cursor));
    setCursorPosition(int(before.size() + completion.size()));
}

void AddressField::hidePopup()
{
    if (m_completer && m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

void AddressField::keyPressEvent(QKeyEvent *event)
{
    // While the list is open these keys choose from it or close it (the
    // completer handles them), rather than leaving the field.
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void AddressField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    // A list of suggestions must not float over a form that is sending.
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        hidePopup();
}

void AddressField::hideEvent(QHideEvent *event)
{
    hidePopup();
    QLineEdit::hideEvent(event);
}

}  // namespace stamp::ui
