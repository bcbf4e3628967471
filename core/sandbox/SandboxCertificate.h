// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/TlsReport.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <optional>

namespace stamp {

// The sandbox's own TLS identity: a private key and a self-signed
// certificate for "localhost" (and 127.0.0.1, ::1), so its TLS modes meet
// a client exactly as an unknown server would: the certificate cannot be
// verified, and the person may trust this one by its SHA-256 fingerprint.
//
// Made on first use with libcrypto (no `openssl` command: Windows and
// macOS lack one) and kept in the sandbox's folder, so a pin made once
// stays good on later runs; made anew when the files are missing,
// unreadable, do not belong together or the certificate has expired.
class SandboxCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCertificate)

public:
    // How long a new certificate is valid; a later run after that makes a
    // new one (and the person trusts the new one).
    static constexpr int kValidDays = 365;

    // The certificate kept in `directory`, or a new one written there.
    // An empty `directory` makes one for this run, in memory only.
    static std::optional<SandboxCertificate> obtain(const QString &directory, QString *error = nullptr);
    // A new key and certificate, in memory.
    static std::optional<SandboxCertificate> generate(QString *error = nullptr);

    static QString certificateFile(const QString &directory);
    static QString keyFile(const QString &directory);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    // Lower-case hex of the DER, as `stamp send --pin-sha256` takes it.
    QString sha256() const;
    // True when obtain() made it now rather than reading it back.
    bool isNew() const { return m_new; }

    // What a client connecting to `host` sees: the certificate and the
    // verification errors of the system's trust store, so the certificate
    // dialog can show the sandbox's certificate without a handshake.
    TlsReport report(const QString &host) const;

private:
    static std::optional<SandboxCertificate> read(const QString &directory);
    QString write(const QString &directory) const;

    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    bool m_new = false;
};

} // namespace stamp
