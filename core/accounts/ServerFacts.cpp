#include "ServerFacts.h"

#include "smtp/Capabilities.h"

#include <QSettings>

namespace stamp::ui {

namespace {
QString keyFor(const QString &host, quint16 port)
{
    // Host names are case-insensitive; '/' would split the settings group.
    QString name = host.trimmed().toLower();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("servers/%1:%2/sizeLimit").arg(name).arg(port);
}
}  // namespace

qint64 ServerFacts::sizeLimit(const QString &host, quint16 port)
{
    if (host.isEmpty())
        return 0;
    return QSettings().value(keyFor(host, port), 0).toLongLong();
}

void ServerFacts::learn(const QString &host, quint16 port, const Capabilities &capabilities)
{
    // An empty capability list means EHLO was never answered: nothing learnt.
    if (host.isEmpty() || capabilities.keywords().isEmpty())
        return;
    QSettings settings;
    if (capabilities.size() && capabilities.sizeLimit() > 0)
        settings.setValue(keyFor(host, port), capabilities.sizeLimit());
    else
        settings.remove(keyFor(host, port));
}

}  // namespace stamp::ui
