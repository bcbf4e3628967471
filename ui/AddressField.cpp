#include "AddressField.h"

#include "smtp/SessionTypes.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace stamp::ui {

namespace {
// "Ann <ann@x>" -> "ann@x"; a bare address is returned as it is.
QString envelopePart(const QString &entry)
{
    const qsizetype open = entry.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = entry.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return entry.mid(open + 1, close - open - 1).trimmed();
    return entry.trimmed();
}

QStringList entries(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList result;
    for (const QString &part : text.split(separators)) {
        if (!part.trimmed().isEmpty())
            result << part.trimmed();
    }
    return result;
}
}  // namespace

AddressField::AddressField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("name@example.com, Another Person <another@example.org>"));
    connect(this, &QLineEdit::textChanged, this, &AddressField::validate);
}

QStringList AddressField::addresses() const
{
    QStringList result;
    for (const QString &entry : entries(text()))
        result << envelopePart(entry);
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
    for (const QString &entry : entries(text())) {
        const EnvelopeAddress address = EnvelopeAddress::fromText(envelopePart(entry));
        if (!address.error.isEmpty())
            m_problems << tr("\"%1\": %2").arg(entry, address.error);
    }
    setToolTip(m_problems.join(QLatin1Char('\n')));
    // A red frame that every style shows, plus the reason on hover and for
    // screen readers.
    setStyleSheet(m_problems.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
    setAccessibleDescription(m_problems.isEmpty() ? QString() : m_problems.join(QLatin1Char(' ')));
    if (wasValid != m_problems.isEmpty())
        emit validityChanged(m_problems.isEmpty());
}

}  // namespace stamp::ui
