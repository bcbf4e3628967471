// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Capabilities.h"
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)
};
} // namespace

Capabilities Capabilities::fromEhlo(const Reply &reply)
{
    Capabilities caps;
    caps.m_esmtp = true;
    if (reply.lines.isEmpty())
        return caps;
    // RFC 5321 §4.1.1.1: the first line is "domain [greeting]", each further
    // line is "keyword [params]".
    caps.m_domain = reply.lines.first().trimmed().split(' ').value(0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        // The pre-standard form "AUTH=LOGIN PLAIN" (still sent by some
        // servers for old Outlook clients) is treated like "AUTH LOGIN PLAIN".
        qsizetype split = line.indexOf(' ');
        if (line.toUpper().startsWith("AUTH="))
            split = 4;
        const QByteArray keyword = (split < 0 ? line : line.left(split)).toUpper();
        const QByteArray params = split < 0 ? QByteArray() : line.mid(split + 1).trimmed();
        caps.m_entries.append({keyword, params});
        if (keyword == "AUTH") {
            for (const QByteArray &mech : params.toUpper().split(' ')) {
                if (!mech.isEmpty())
                    caps.m_auth.insert(mech);
            }
        } else if (keyword == "SIZE") {
            bool ok = false;
            const qint64 limit = params.toLongLong(&ok);
            caps.m_sizeLimit = ok && limit > 0 ? limit : 0;
        }
    }
    return caps;
}

Capabilities Capabilities::fromHelo(const Reply &reply)
{
    Capabilities caps;
    caps.m_esmtp = false;
    if (!reply.lines.isEmpty())
        caps.m_domain = reply.lines.first().trimmed().split(' ').value(0);
    return caps;
}

bool Capabilities::has(const QByteArray &keyword) const
{
    const QByteArray wanted = keyword.toUpper();
    for (const auto &entry : m_entries) {
        if (entry.first == wanted)
            return true;
    }
    return false;
}

QByteArray Capabilities::parameters(const QByteArray &keyword) const
{
    const QByteArray wanted = keyword.toUpper();
    for (const auto &entry : m_entries) {
        if (entry.first == wanted)
            return entry.second;
    }
    return {};
}

QByteArrayList Capabilities::keywords() const
{
    QByteArrayList result;
    for (const auto &entry : m_entries) {
        if (!result.contains(entry.first))
            result.append(entry.first);
    }
    return result;
}

QString Capabilities::describe() const
{
    if (!m_esmtp)
        return Text::tr("HELO only (no ESMTP extensions)");
    QStringList parts;
    for (const auto &entry : m_entries) {
        parts << (entry.second.isEmpty() ? QString::fromLatin1(entry.first)
                                         : QString::fromLatin1(entry.first + ' ' + entry.second));
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace stamp
