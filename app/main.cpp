// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LaunchRequest.h"
#include "LinkOpenFilter.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "client/RunningInstance.h"

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
}  // namespace

int main(int argc, char *argv[])
{
    // `stamp COMMAND ...`, `stamp --help` and `stamp --version` run on the
    // command line without a display; plain `stamp`, `stamp mailto:...` and
    // `stamp compose` open the window (LaunchRequest).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const stamp::LaunchRequest request = stamp::LaunchRequest::fromArguments(arguments);
    if (request.kind == stamp::LaunchRequest::Kind::CommandLine) {
        QCoreApplication app(argc, argv);
        nameApplication();
        // --json output is read by scripts, which match on its values and on
        // the messages around it: such a run stays English whatever the
        // person's language.
        stamp::installTranslations(app, arguments.contains(QStringLiteral("--json"))
                                            ? stamp::LanguageSource::English
                                            : stamp::LanguageSource::Environment);
        return stamp::cli::run(app);
    }
    QApplication app(argc, argv);
    nameApplication();
    stamp::installTranslations(app, stamp::LanguageSource::PersonsChoice);
    QApplication::setApplicationDisplayName(QStringLiteral("Stamp"));
    // The application id, which names the installed desktop entry
    // (packaging/linux/io.github.stamp_mail.Stamp.desktop): lets the desktop
    // match windows to the launcher (and its icon) on Wayland.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.stamp_mail.Stamp"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stamp.svg")));
    // A link opened while Stamp runs goes to the open window (one outbox,
    // one set of drafts); only when none answers does this one open.
    stamp::RunningInstance instance;
    if (request.kind == stamp::LaunchRequest::Kind::Compose && instance.handOver(request.links))
        return 0;
    stamp::ui::MainWindow window;
    window.show();
    if (const QString problem = instance.listen(); !problem.isEmpty())
        qCInfo(lcApp, "Links opened later will start their own window: %s", qUtf8Printable(problem));
    QObject::connect(&instance, &stamp::RunningInstance::composeRequested, &window,
                     &stamp::ui::MainWindow::composeLinks);
    // macOS: links clicked while Stamp runs, or the one that started it.
    stamp::ui::LinkOpenFilter linkEvents;
    app.installEventFilter(&linkEvents);
    QObject::connect(&linkEvents, &stamp::ui::LinkOpenFilter::linksOpened, &window,
                     &stamp::ui::MainWindow::composeLinks);
    if (request.kind == stamp::LaunchRequest::Kind::Compose)
        window.composeLinks(request.links);
    return app.exec();
}
