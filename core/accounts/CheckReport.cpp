// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CheckReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)
};
} // namespace

QString CheckStep::statusId(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("pass");
    case Status::Warning:
        return QStringLiteral("warn");
    case Status::Failed:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skip");
    }
    return {};
}

bool CheckReport::passed() const
{
    for (const CheckStep &step : steps) {
        if (step.status == CheckStep::Status::Failed)
            return false;
    }
    return true;
}

const CheckStep *CheckReport::step(const QString &id) const
{
    for (const CheckStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString CheckReport::toText() const
{
    QString text;
    text += Text::tr("Connection check for %1: %2 port %3 (%4)")
                .arg(accountName.isEmpty() ? host : accountName, host)
                .arg(port)
                .arg(securityModeId(security))
        + QLatin1Char('\n');
    for (const CheckStep &s : steps) {
        const QString mark = QStringLiteral("[%1]").arg(CheckStep::statusId(s.status).toUpper());
        const QString time = s.elapsedMs >= 0 ? Text::tr("%1 ms").arg(s.elapsedMs) : QString();
        text += QStringLiteral("%1 %2").arg(mark, -7).arg(s.title);
        if (!time.isEmpty())
            text += QStringLiteral(" (%1)").arg(time);
        text += QLatin1Char('\n');
        for (const QString &line : s.details)
            text += QStringLiteral("        ") + line + QLatin1Char('\n');
        if (s.diagnosis) {
            text
                += QStringLiteral("        ") + Text::tr("Problem: %1").arg(s.diagnosis->title) + QLatin1Char('\n');
            if (!s.diagnosis->explanation.isEmpty())
                text += QStringLiteral("        ") + s.diagnosis->explanation + QLatin1Char('\n');
            if (!s.diagnosis->remedy.isEmpty())
                text += QStringLiteral("        ") + Text::tr("What to do: %1").arg(s.diagnosis->remedy)
                    + QLatin1Char('\n');
        }
    }
    text += (passed() ? Text::tr("Result: all checks passed") : Text::tr("Result: the check failed"))
        + QStringLiteral(" (%1)").arg(Text::tr("%1 ms").arg(QLocale().toString(elapsedMs))) + QLatin1Char('\n');
    return text;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckStep &s : steps) {
        QJsonObject o;
        o[QStringLiteral("id")] = s.id;
        o[QStringLiteral("title")] = s.title;
        o[QStringLiteral("status")] = CheckStep::statusId(s.status);
        if (s.elapsedMs >= 0)
            o[QStringLiteral("ms")] = s.elapsedMs;
        o[QStringLiteral("details")] = QJsonArray::fromStringList(s.details);
        if (s.diagnosis) {
            QJsonObject d;
            d[QStringLiteral("id")] = s.diagnosis->id;
            d[QStringLiteral("title")] = s.diagnosis->title;
            d[QStringLiteral("explanation")] = s.diagnosis->explanation;
            d[QStringLiteral("remedy")] = s.diagnosis->remedy;
            o[QStringLiteral("diagnosis")] = d;
        }
        list.append(o);
    }
    QJsonObject o;
    o[QStringLiteral("account")] = accountName;
    o[QStringLiteral("host")] = host;
    o[QStringLiteral("port")] = port;
    o[QStringLiteral("security")] = securityModeId(security);
    o[QStringLiteral("status")] = passed() ? QStringLiteral("ok") : QStringLiteral("failed");
    o[QStringLiteral("steps")] = list;
    o[QStringLiteral("ms")] = elapsedMs;
    return o;
}

} // namespace stamp
