// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusAnnouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QStatusBar>

namespace stamp::ui {

namespace {

// What assistive technology sees: a notification whose name is the
// latest sentence.
class AccessibleAnnouncer : public QAccessibleWidget
{
public:
    explicit AccessibleAnnouncer(StatusAnnouncer *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    { }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<StatusAnnouncer *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *announcerFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(StatusAnnouncer::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new AccessibleAnnouncer(static_cast<StatusAnnouncer *>(object));
    return nullptr;
}

} // namespace

StatusAnnouncer::StatusAnnouncer(QStatusBar *bar, QWidget *parent)
    : QWidget(parent ? parent : bar)
    , m_bar(bar)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("announcement"));
    // Takes no room and no focus: the words are on the status bar already.
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (bar)
        bar->addPermanentWidget(this);
}

StatusAnnouncer::~StatusAnnouncer() = default;

void StatusAnnouncer::announce(const QString &text, Kind kind, int timeout)
{
    if (m_bar)
        m_bar->showMessage(text, timeout);
    m_text = text;
    // Orca (43, Debian 12) speaks an accessible-name change only for the
    // object that has focus or the active window's title (default.py,
    // onNameChanged), and nothing for a status bar's text. It does speak
    // an object of role notification whenever it reports "showing"
    // (onShowingChanged), and reads the labels of one inside a status bar
    // even when hidden (isStatusBarNotification). Qt's AT-SPI bridge turns
    // ObjectShow into object:state-changed:showing, so that is sent; the
    // name change comes first so a reader that caches names has the new one.
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    // An alert is what Windows' and macOS's readers interrupt for; Qt 6.4's
    // AT-SPI bridge ignores it, so it is in addition to the above.
    if (kind == Kind::Problem) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit announced(text);
}

} // namespace stamp::ui
