// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QHostAddress;

namespace stamp::cli {

// `stamp check`: connects, negotiates TLS, reads the capabilities and
// optionally logs in; sends no mail. With --account it runs the connection
// doctor (ConnectionCheck) on a saved account, its deliverability step
// asking the system's DNS or --nameserver.
class SessionOptions;

class CheckCommand
{
public:
    int run(const QStringList &arguments);

private:
    int runDoctor(SessionOptions &session, bool sendTest, bool json, const QHostAddress &nameserver);
};

} // namespace stamp::cli
