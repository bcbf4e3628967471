// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerFacts.h"

#include "smtp/Capabilities.h"

#include <QSettings>

namespace stamp {

namespace {
QString keyFor(const QString &host, quint16 port, const char *fact)
{
    // Host names are case-insensitive; '/' would split the settings group.
    QString name = host.trimmed().toLower();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("servers/%1:%2/%3").arg(name).arg(port).arg(QLatin1String(fact));
}
}  // namespace

qint64 ServerFacts::sizeLimit(const QString &host, quint16 port)
{
    if (host.isEmpty())
        return 0;
    return QSettings().value(keyFor(host, port, "sizeLimit"), 0).toLongLong();
}

QDateTime ServerFacts::lastAnswered(const QString &host, quint16 port)
{
    if (host.isEmpty())
        return {};
    return QSettings().value(keyFor(host, port, "lastAnswered")).toDateTime();
}

void ServerFacts::learn(const QString &host, quint16 port, const Capabilities &capabilities)
{
    // An empty capability list means EHLO was never answered: nothing learnt.
    if (host.isEmpty() || capabilities.keywords().isEmpty())
        return;
    QSettings settings;
    settings.setValue(keyFor(host, port, "lastAnswered"), QDateTime::currentDateTimeUtc());
    if (capabilities.size() && capabilities.sizeLimit() > 0)
        settings.setValue(keyFor(host, port, "sizeLimit"), capabilities.sizeLimit());
    else
        settings.remove(keyFor(host, port, "sizeLimit"));
}

}  // namespace stamp
