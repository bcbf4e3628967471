// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// One private Dovecot IMAP server on loopback, in a folder of its own
// (tests/support/dovecot-testbed.sh): STARTTLS on imap(), implicit TLS on
// imaps(), the test CA and the user's password in files of that folder.
class DovecotBed
{
public:
    ~DovecotBed();

    // Empty on success, else the script's complaint. Options go to the
    // script's start (for example --no-special-use, --quota-kb N).
    QString start(const QStringList &options = {});
    void stop();
    // SIGSTOP and SIGCONT: the port stays open and nothing answers.
    QString pause();
    QString resume();

    // Messages in a mailbox as Dovecot counts them ("Sent", "Sent Items").
    int count(const QString &mailbox);
    // A file the script wrote in the folder (for example "password"), trimmed.
    QString file(const QString &name) const;
    QString path(const QString &name) const;
    quint16 imap() const { return m_imap; }
    quint16 imaps() const { return m_imaps; }

    // Every stored message of a Maildir++ folder (".Sent", ".Sent Items"), by file name.
    QMap<QString, QByteArray> stored(const QString &folder) const;
    // The stored messages of a folder that carry this Message-ID.
    QList<QByteArray> storedWith(const QByteArray &messageId, const QString &folder = QStringLiteral(".Sent")) const;

private:
    QString run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_imap = 0;
    quint16 m_imaps = 0;
    bool m_running = false;
    int m_exitCode = 0;
    QString m_err;
};

// Dovecot keeps Maildir files with LF line ends (mail_save_crlf = no).
QByteArray withLf(QByteArray bytes);

} // namespace stamp::test
