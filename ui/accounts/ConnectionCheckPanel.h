// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/Account.h"
#include "accounts/CheckReport.h"
#include "accounts/ConnectionCheck.h"
#include "dns/DnsResolver.h"
#include "smtp/Transcript.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace stamp::ui {

class SessionLogModel;

// "Test" for an account: runs the connection doctor only when the person
// presses the button, ticks each step off as it finishes (with its time),
// explains a failure with the diagnostics catalogue's words, and shows the
// conversation live underneath. The wizard's last page and "Check
// connection" both use it.
class ConnectionCheckPanel : public QWidget
{
    Q_OBJECT

public:
    // Hands the secret over when a test starts; `error` non-empty when
    // there is none (the check then runs and AUTH fails visibly).
    using SecretReady = std::function<void(const QString &secret, const QString &error)>;
    using SecretLoader = std::function<void(SecretReady ready)>;

    explicit ConnectionCheckPanel(QWidget *parent = nullptr);
    ~ConnectionCheckPanel() override;

    void setAccount(const Account &account);
    void setSecretLoader(SecretLoader loader) { m_loadSecret = std::move(loader); }
    // For an OAuth account: when the server refuses the access token, this
    // gets a fresh one and the check runs once more, as a send would
    // (CredentialSource::renewAfterRejection).
    void setTokenRenewer(SecretLoader renew) { m_renewToken = std::move(renew); }
    // For an account whose proxy asks for a login: the proxy's password
    // (typed, or from the keychain), fetched before the login's secret.
    void setProxyPasswordLoader(SecretLoader loader) { m_loadProxyPassword = std::move(loader); }
    // The deliverability step (ConnectionCheck::setCheckDomain), on by default.
    void setCheckDomain(bool check) { m_checkDomain = check; }
    // Where that step asks DNS (not owned); default: the system's resolver.
    void setDnsResolver(DnsResolver *resolver) { m_resolver = resolver; }

    // Also while the secret or a renewed token is on its way: the check
    // has begun for the person even before the first byte goes out.
    bool isRunning() const { return m_check != nullptr || m_waitingForSecret; }
    const std::optional<CheckReport> &lastReport() const { return m_report; }
    QPushButton *testButton() const { return m_test; }

    void start();
    void cancel();

signals:
    void started();
    void finished(const stamp::CheckReport &report);
    // The person chose, in the certificate dialog, to trust exactly this
    // certificate (lower-case hex SHA-256) for the account.
    void certificateTrusted(const QString &sha256);

private:
    void resetSteps();
    void reviewCertificate();
    void run(QString secret);
    // The secret (or a renewed token) arrived: run, unless cancelled meanwhile.
    void onSecret(const QString &secret, const QString &error);
    // start() once the proxy's password is in hand (or not needed).
    void loadLoginSecret();
    void showStep(const CheckStep &step);
    void showReport(const CheckReport &report);
    QTreeWidgetItem *rowFor(const QString &id, const QString &title);

    Account m_account;
    SecretLoader m_loadSecret;
    SecretLoader m_renewToken;
    SecretLoader m_loadProxyPassword;
    QString m_proxyPassword;
    bool m_renewed = false; // this run already renewed the token once
    bool m_waitingForSecret = false;
    bool m_cancelRequested = false; // cancel() came while waiting for the secret
    bool m_checkDomain = true;
    QPointer<DnsResolver> m_resolver;
    QPointer<ConnectionCheck> m_check;
    std::optional<CheckReport> m_report;
    QPushButton *m_test;
    QPushButton *m_copy;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QLabel *m_diagnosis;
    QPushButton *m_reviewCertificate;
    SessionLogModel *m_log;
};

} // namespace stamp::ui
