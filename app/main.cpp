#include "cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stamp.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAMP_VERSION));
    return stamp::cli::run(app);
}
