// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DsnOptions.h"

#include "accounts/Account.h"

#include <QCoreApplication>
#include <QStringList>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DsnOptions)
};
}  // namespace

DsnOptions::DsnOptions(QCommandLineParser &parser)
    : m_notify(QStringLiteral("dsn-notify"),
               Text::tr("Ask for delivery reports (RFC 3461): \"never\", or a comma list of success, failure and "
                        "delay. Default: the account's setting (success,failure when it asks for reports)."),
               QStringLiteral("LIST"))
    , m_ret(QStringLiteral("dsn-ret"),
            Text::tr("What a delivery report returns of the message: full or hdrs (headers only)."),
            QStringLiteral("WHAT"))
    , m_envid(QStringLiteral("dsn-envid"),
              Text::tr("The envelope ID reports quote (printable ASCII, at most 100 characters). Default: a "
                       "random one when reports are asked for."),
              QStringLiteral("ID"))
{
    parser.addOptions({m_notify, m_ret, m_envid});
}

bool DsnOptions::given(const QCommandLineParser &parser) const
{
    return parser.isSet(m_notify) || parser.isSet(m_ret) || parser.isSet(m_envid);
}

QString DsnOptions::read(const QCommandLineParser &parser, const Account *account)
{
    QStringList problems;
    m_request = DsnRequest();
    if (!given(parser)) {
        if (account && account->deliveryReports)
            m_request.notify = DsnRequest::NotifySuccess | DsnRequest::NotifyFailure;
    }
    if (parser.isSet(m_notify)) {
        QString why;
        if (const std::optional<unsigned> notify = DsnRequest::parseNotify(parser.value(m_notify), &why))
            m_request.notify = *notify;
        else
            problems << QStringLiteral("--dsn-notify: %1").arg(why);
    }
    if (parser.isSet(m_ret)) {
        const std::optional<DsnRequest::Return> ret = DsnRequest::parseReturn(parser.value(m_ret));
        if (!ret || *ret == DsnRequest::Return::Unset)
            problems << Text::tr("--dsn-ret must be full or hdrs, not \"%1\".").arg(parser.value(m_ret));
        else
            m_request.ret = *ret;
    }
    if (parser.isSet(m_envid)) {
        m_request.envid = parser.value(m_envid);
        if (m_request.envid.isEmpty())
            problems << Text::tr("--dsn-envid must not be empty.");
        else if (const QString why = DsnRequest::envidProblem(m_request.envid); !why.isEmpty())
            problems << QStringLiteral("--dsn-envid: %1").arg(why);
    }
    m_request.ensureEnvid();
    return problems.join(QLatin1Char('\n'));
}

}  // namespace stamp::cli
