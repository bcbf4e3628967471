// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTcpServer>

namespace stamp {

// Hands out every accepted connection as a QSslSocket: plain until the
// sandbox starts TLS on it (at once in the implicit TLS mode, after
// STARTTLS otherwise), so every mode shares one listener and one port.
class SandboxListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace stamp
