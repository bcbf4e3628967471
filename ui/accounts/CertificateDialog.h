// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/TlsReport.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace stamp::ui {

// Shown when a server's certificate could not be verified: who the
// certificate says it is, the chain, exactly what failed and the SHA-256
// fingerprint. The only ways out are "Trust this certificate for this
// account" (the caller pins that one fingerprint) and Cancel; there is
// deliberately no "ignore errors" (a pin accepts one certificate, nothing
// else, so an attacker's certificate is still refused).
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &host, const QString &accountName, const TlsReport &tls,
                      QWidget *parent = nullptr);

    // The lower-case hex fingerprint to pin when the dialog was accepted.
    QString fingerprint() const { return m_tls.peer.sha256; }
    QPushButton *trustButton() const { return m_trust; }

private:
    void copyFingerprint();

    TlsReport m_tls;
    QTreeWidget *m_chain;
    QPushButton *m_trust;
};

}  // namespace stamp::ui
