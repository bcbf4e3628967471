// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace stamp {

// One Stamp window per person: the first one listens on a local socket that
// only its user can reach, and a later `stamp mailto:...` or `stamp compose`
// hands its request there and exits, so links open next to the person's
// other messages instead of in a second copy with its own outbox.
//
// The request is one line of JSON ({"compose": [links]}); the running
// window answers "ok" once it has taken it.
class RunningInstance : public QObject
{
    Q_OBJECT

public:
    // How long a new process waits for the running window before it opens
    // its own (a window that hangs must not take the link with it).
    static constexpr int kAnswerTimeoutMs = 2000;

    // The socket name for `applicationName` (the current one when empty):
    // in the user's runtime folder, so other users cannot reach it.
    static QString serverName(const QString &applicationName = {});

    explicit RunningInstance(
        const QString &serverName = RunningInstance::serverName(), QObject *parent = nullptr);
    ~RunningInstance() override;

    // Hands `links` (empty: a blank message) to the running window; true
    // once it answered, false when none answered within `timeoutMs`.
    // Blocks: for the start of a process, before its event loop.
    bool handOver(const QStringList &links, int timeoutMs = kAnswerTimeoutMs) const;

    // Becomes the window later launches hand over to. A socket left by a
    // Stamp that crashed is replaced; one another window still holds is
    // not. Empty on success, else why not.
    QString listen();
    bool isListening() const;

signals:
    // A later launch asked for a composer for each link (one blank
    // composer when `links` is empty).
    void composeRequested(const QStringList &links);

private:
    void onConnection();
    void onReadable(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace stamp
