// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {
QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
}  // namespace

CertificateDialog::CertificateDialog(const QString &host, const QString &accountName, const TlsReport &tls,
                                     QWidget *parent)
    : QDialog(parent)
    , m_tls(tls)
    , m_chain(new QTreeWidget(this))
    , m_trust(new QPushButton(tr("&Trust this certificate for this account"), this))
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate not trusted: %1").arg(host));
    resize(640, 600);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *headline = new QLabel(
        QStringLiteral("<b>%1</b><p>%2</p>")
            .arg(tr("Stamp cannot confirm that this server is %1.").arg(host).toHtmlEscaped(),
                 tr("The connection was stopped before your password or any message was sent. The server "
                    "presented a certificate that this computer does not trust, so someone could be "
                    "intercepting the connection.")
                     .toHtmlEscaped()),
        this);
    headline->setObjectName(QStringLiteral("certificateHeadline"));
    headline->setWordWrap(true);
    headline->setTextFormat(Qt::RichText);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(headline, 1);

    // Exactly what failed, in Qt's words (one line per verification error).
    QStringList problems;
    for (const QString &text : tls.errorTexts)
        problems << QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    auto *errors = new QLabel(QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">%2</ul>")
                                  .arg(tr("What failed:").toHtmlEscaped(), problems.join(QString())),
                              this);
    errors->setObjectName(QStringLiteral("certificateErrors"));
    errors->setTextFormat(Qt::RichText);
    errors->setWordWrap(true);
    errors->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const CertificateSummary &peer = tls.peer;
    auto *details = new QGroupBox(tr("The server's certificate"), this);
    auto *form = new QFormLayout(details);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Issued to:"), selectable(peer.subject, details));
    form->addRow(tr("Issued by:"), selectable(peer.issuer, details));
    if (!peer.altNames.isEmpty())
        form->addRow(tr("Valid for names:"), selectable(peer.altNames.join(QStringLiteral(", ")), details));
    form->addRow(tr("Valid:"), selectable(tr("from %1 to %2").arg(when(peer.notBefore), when(peer.notAfter)),
                                          details));
    auto *fingerprint = selectable(peer.sha256Display(), details);
    fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy"), details);
    copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    copy->setAccessibleName(tr("Copy the SHA-256 fingerprint"));
    connect(copy, &QPushButton::clicked, this, &CertificateDialog::copyFingerprint);
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(fingerprint, 1);
    fingerprintRow->addWidget(copy, 0, Qt::AlignTop);
    form->addRow(tr("SHA-256:"), fingerprintRow);

    // The chain as the server sent it, the server's own certificate first.
    m_chain->setObjectName(QStringLiteral("certificateChain"));
    m_chain->setAccessibleName(tr("Certificate chain"));
    m_chain->setHeaderLabels({tr("Certificate chain"), tr("Expires")});
    m_chain->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chain->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_chain->header()->setStretchLastSection(false);
    const QList<CertificateSummary> chain = tls.chain.isEmpty() ? QList<CertificateSummary>{peer} : tls.chain;
    QTreeWidgetItem *parentItem = nullptr;
    for (const CertificateSummary &link : chain) {
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_chain);
        item->setText(0, link.subject.isEmpty() ? tr("(no name)") : link.subject);
        item->setText(1, QLocale().toString(link.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        item->setToolTip(0, tr("Issued by: %1\nSHA-256: %2").arg(link.issuer, link.sha256Display()));
        parentItem = item;
    }
    m_chain->expandAll();
    m_chain->setMinimumHeight(80);

    auto *advice = new QLabel(
        tr("Trust it only if you know why it cannot be verified (for example a company server with its own "
           "certificate authority, or a device with a self-made certificate) and the fingerprint matches the "
           "one your administrator gave you. Stamp will then accept exactly this certificate for \"%1\" and "
           "refuse any other, including a renewed one.")
            .arg(accountName),
        this);
    advice->setObjectName(QStringLiteral("certificateAdvice"));
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setAccessibleName(tr("Trust this certificate for this account"));
    m_trust->setAccessibleDescription(tr("Keeps this certificate's SHA-256 fingerprint with the account: this "
                                         "exact certificate is accepted from now on, any other one is still "
                                         "refused."));
    m_trust->setAutoDefault(false);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    // Cancel is the safe answer, so it is what Enter does.
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    m_trust->setEnabled(tls.offersPin());
    if (!tls.offersPin())
        m_trust->setToolTip(tr("A revoked certificate cannot be trusted."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(errors);
    column->addWidget(details);
    column->addWidget(m_chain, 1);
    column->addWidget(advice);
    column->addWidget(buttons);
    setTabOrder(copy, m_chain);
    setTabOrder(m_chain, cancel);
    setTabOrder(cancel, m_trust);
}

void CertificateDialog::copyFingerprint()
{
    QApplication::clipboard()->setText(m_tls.peer.sha256Display());
}

}  // namespace stamp::ui
