#include "AddressField.h"

#include "Colours.h"

#include <QCompleter>
#include <QStringListModel>

namespace stamp::ui {

AddressField::AddressField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("name@example.com, Another Person <another@example.org>"));
    connect(this, &QLineEdit::textChanged, this, &AddressField::validate);
}

QStringList AddressField::addresses() const
{
    QStringList result;
    for (const Address &mailbox : list().mailboxes())
        result << mailbox.addrSpec();
    return result;
}

void AddressField::setCompletions(QStringListModel *model)
{
    auto *completer = new QCompleter(model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
}

void AddressField::validate()
{
    const bool wasValid = m_problems.isEmpty();
    m_problems.clear();
    const AddressList parsed = list();  // kept: errors() refers into it
    for (const AddressError &error : parsed.errors())
        m_problems << error.describe();
    setToolTip(m_problems.join(QLatin1Char('\n')));
    // A red frame that every style shows, plus the reason on hover and for
    // screen readers.
    setStyleSheet(m_problems.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(colours::problem().name()));
    setAccessibleDescription(m_problems.join(QLatin1Char(' ')));
    if (wasValid != m_problems.isEmpty())
        emit validityChanged(m_problems.isEmpty());
}

}  // namespace stamp::ui
