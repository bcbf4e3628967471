// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "Translations.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {
void nameApplication()
{
    // Before any QSettings or QStandardPaths use.
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stamp.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAMP_VERSION));
}

// `stamp COMMAND ...`, `stamp --help` and `stamp --version` run on the
// command line without a display; plain `stamp` opens the window.
bool wantsCommandLine(int argc)
{
    return argc >= 2;
}
}  // namespace

int main(int argc, char *argv[])
{
    if (wantsCommandLine(argc)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        stamp::installTranslations(app);
        return stamp::cli::run(app);
    }
    QApplication app(argc, argv);
    nameApplication();
    stamp::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Stamp"));
    // The application id, which names the installed desktop entry
    // (packaging/linux/io.github.stamp_mail.Stamp.desktop): lets the desktop
    // match windows to the launcher (and its icon) on Wayland.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.stamp_mail.Stamp"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stamp.svg")));
    stamp::ui::MainWindow window;
    window.show();
    return app.exec();
}
