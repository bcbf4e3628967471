// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/DsnRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace stamp {
struct Account;
}

namespace stamp::cli {

// `stamp send`'s delivery report options (RFC 3461): --dsn-notify,
// --dsn-ret and --dsn-envid. Without any of them, an account whose
// default is to ask for reports asks for success and failure reports.
class DsnOptions
{
public:
    explicit DsnOptions(QCommandLineParser &parser);

    // Reads the options into request(); an empty string when they are
    // usable, else what is wrong with them, one per line.
    QString read(const QCommandLineParser &parser, const Account *account);
    // Whether any --dsn-* option was given.
    bool given(const QCommandLineParser &parser) const;

    const DsnRequest &request() const { return m_request; }

private:
    QCommandLineOption m_notify;
    QCommandLineOption m_ret;
    QCommandLineOption m_envid;
    DsnRequest m_request;
};

}  // namespace stamp::cli
