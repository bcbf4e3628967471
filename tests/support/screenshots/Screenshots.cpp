// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Screenshots.h"

#include <QApplication>
#include <QDialog>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace stamp::test {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Brings the tab holding page to the front; returns what to put back.
QPair<QTabWidget *, int> showPage(QWidget *window, QWidget *page)
{
    for (QWidget *w = page; w && w != window; w = w->parentWidget()) {
        auto *tabs = w->parentWidget() ? qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()) : nullptr;
        const int index = tabs ? tabs->indexOf(w) : -1;
        if (index >= 0) {
            const int was = tabs->currentIndex();
            tabs->setCurrentIndex(index);
            return {tabs, was};
        }
    }
    return {nullptr, -1};
}

// STAMP_SCREENSHOT_PALETTE=light or dark: the whole run in that palette from
// the start, as a person whose desktop is dark sees Stamp, and only that look
// saved. Without it, each shot switches to the dark palette and back, which
// shows what follows a palette change and what does not.
QString wholeRunLook()
{
    static const QString look = qEnvironmentVariable("STAMP_SCREENSHOT_PALETTE");
    return look;
}

void startInWholeRunLook()
{
    if (wholeRunLook() == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
}
Q_COREAPP_STARTUP_FUNCTION(startInWholeRunLook)

void settle()
{
    // Layouts, style sheets and the window manager's answer to a resize.
    QCoreApplication::processEvents();
    QTest::qWait(100);
}

} // namespace

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor button(0x3a, 0x3a, 0x3a);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette dark(button, window);  // derives Light, Midlight, Mid, Dark and Shadow from the button colour
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, button);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabledText);
    dark.setColor(QPalette::Disabled, QPalette::Base, window);
    dark.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x33));
    return dark;
}

QPalette lightPalette()
{
    // The first palette seen, unless a test had already made it dark.
    static const QPalette first = QApplication::palette();
    return isDark(first) ? QApplication::style()->standardPalette() : first;
}

void saveShots(QWidget *widget, const QString &name, QWidget *page)
{
    const bool ownSize = !widget->isWindow() || qobject_cast<QDialog *>(widget);
    saveShots(widget, name, ownSize ? QList<QSize>{widget->size()} : QList<QSize>{{800, 600}, {1366, 800}}, page);
}

void saveShots(QWidget *widget, const QString &name, const QList<QSize> &sizes, QWidget *page)
{
    QVERIFY(widget);
    const QPalette was = QApplication::palette();
    const QPalette light = lightPalette();
    const QSize size = widget->size();
    const auto [tabs, tab] = showPage(widget, page);
    const QList<QPair<QString, QPalette>> palettes = wholeRunLook().isEmpty()
        ? QList<QPair<QString, QPalette>>{{QStringLiteral("light"), light}, {QStringLiteral("dark"), darkPalette()}}
        : QList<QPair<QString, QPalette>>{{wholeRunLook(), was}};
    for (const auto &[look, palette] : palettes) {
        QApplication::setPalette(palette);
        for (const QSize &wanted : sizes) {
            widget->resize(wanted);
            settle();
            if (widget->size() != wanted)
                qWarning("screenshot %s: %dx%d asked, %dx%d taken", qPrintable(name), wanted.width(),
                         wanted.height(), widget->width(), widget->height());
            const QString path = QCoreApplication::applicationDirPath()
                + QStringLiteral("/screenshot-%1-%2-%3.png").arg(name, look).arg(wanted.width());
            QVERIFY2(widget->grab().save(path), qPrintable(path));
        }
    }
    QApplication::setPalette(was);
    widget->resize(size);
    if (tabs)
        tabs->setCurrentIndex(tab);
    settle();
}

}  // namespace stamp::test
