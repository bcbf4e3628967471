// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConnectionCheckPanel.h"

#include "CertificateDialog.h"
#include "Colours.h"
#include "SessionLogModel.h"
#include "SessionLogView.h"
#include "accounts/ConnectionCheck.h"
#include "dns/DnsResolver.h"
#include "smtp/SubmissionSession.h"

#include <QApplication>
#include <QChildEvent>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtMath>

namespace stamp::ui {

namespace {

enum StepColumn { StatusColumn, TitleColumn, TimeColumn };
constexpr int kIdRole = Qt::UserRole + 1;

QString statusText(CheckStep::Status status)
{
    switch (status) {
    case CheckStep::Status::Passed:
        return ConnectionCheckPanel::tr("\u2714 Passed");
    case CheckStep::Status::Warning:
        return ConnectionCheckPanel::tr("\u26A0 Warning");
    case CheckStep::Status::Failed:
        return ConnectionCheckPanel::tr("\u2718 Failed");
    case CheckStep::Status::Skipped:
        return ConnectionCheckPanel::tr("\u2013 Skipped");
    }
    return {};
}

QColor statusColour(CheckStep::Status status)
{
    switch (status) {
    case CheckStep::Status::Passed:
        return colours::success();
    case CheckStep::Status::Warning:
        return colours::warning();
    case CheckStep::Status::Failed:
        return colours::problem();
    case CheckStep::Status::Skipped:
        break;
    }
    return QApplication::palette().color(QPalette::PlaceholderText);
}

// QTreeView measures a row without the column's width (so a wrapped line
// would get one line's height): this measures the step text wrapped at the
// width its column has now, as the style draws it.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (!view || index.column() != TitleColumn)
            return size;
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const int width = view->header()->sectionSize(TitleColumn) - 2 * margin;
        if (width <= 0 || opt.text.isEmpty())
            return size;
        QTextLayout layout(opt.text, opt.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        const int vertical = style->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, view);
        size.setHeight(qMax(size.height(), qCeil(height) + 2 * vertical));
        return size;
    }
};

} // namespace

ConnectionCheckPanel::ConnectionCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_test(new QPushButton(tr("&Test"), this))
    , m_copy(new QPushButton(tr("C&opy report"), this))
    , m_summary(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_diagnosis(new QLabel(this))
    , m_reviewCertificate(new QPushButton(tr("&Review certificate..."), this))
    , m_log(new SessionLogModel(this))
{
    setObjectName(QStringLiteral("connectionCheckPanel"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleName(tr("Test the connection"));
    m_test->setToolTip(tr("Connect, check the encryption and log in with your password, step by step"));
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setAccessibleName(tr("Copy the check report"));
    m_copy->setToolTip(
        tr("Copy the whole report as text, to paste into a support request. It holds no password."));
    m_copy->setEnabled(false);

    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Nothing has been sent yet. Press Test to connect to the server and log in."));

    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setAccessibleName(tr("Check steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({ tr("Result"), tr("Step"), tr("Time") });
    m_steps->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setWordWrap(true);
    m_steps->setItemDelegate(new WrappingDelegate(m_steps));
    // The view measures a wrapped row once, at the width it had then; a
    // narrower column must measure again, or a long line (a record to
    // publish) is cut off instead of wrapped.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_steps, &QTreeWidget::doItemsLayout);
    connect(m_steps->header(), &QHeaderView::sectionResized, relayout, [relayout](int logical) {
        if (logical == TitleColumn)
            relayout->start();
    });

    m_diagnosis->setObjectName(QStringLiteral("diagnosisLabel"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextFormat(Qt::RichText);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setFrameShape(QFrame::StyledPanel);
    m_diagnosis->setMargin(6);
    m_diagnosis->hide();
    m_reviewCertificate->setObjectName(QStringLiteral("reviewCertificateButton"));
    m_reviewCertificate->setAccessibleName(tr("Review the server's certificate"));
    m_reviewCertificate->setToolTip(
        tr("See the certificate, what failed and its fingerprint, and decide whether to trust it"));
    m_reviewCertificate->hide();
    connect(m_reviewCertificate, &QPushButton::clicked, this, &ConnectionCheckPanel::reviewCertificate);

    auto *log = new SessionLogView(m_log, this);
    log->setObjectName(QStringLiteral("checkLog"));
    log->setAccessibleName(tr("Session log of the check"));

    // The diagnosis sits outside the splitter so it always gets the height
    // its words need, even in a small window.
    m_steps->setMinimumHeight(90);
    log->setMinimumHeight(90);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("checkSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_steps);
    split->addWidget(log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(buttons);
    column->addWidget(m_summary);
    column->addWidget(m_diagnosis);
    column->addWidget(m_reviewCertificate, 0, Qt::AlignLeft);
    column->addWidget(split, 1);
    setTabOrder(m_test, m_copy);
    setTabOrder(m_copy, m_steps);

    connect(m_test, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : start(); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_report)
            QApplication::clipboard()->setText(m_report->toText());
    });
}

ConnectionCheckPanel::~ConnectionCheckPanel()
{
    if (m_check)
        m_check->cancel();
    m_proxyPassword.fill(QLatin1Char('\0'));
}

void ConnectionCheckPanel::setAccount(const Account &account)
{
    m_account = account;
}

void ConnectionCheckPanel::start()
{
    if (isRunning())
        return;
    m_test->setEnabled(false);
    m_renewed = false;
    m_proxyPassword.fill(QLatin1Char('\0'));
    m_proxyPassword.clear();
    if (m_loadProxyPassword && m_account.proxy.needsPassword()) {
        QPointer<ConnectionCheckPanel> self(this);
        m_waitingForSecret = true;
        m_cancelRequested = false;
        m_loadProxyPassword([self](const QString &password, const QString &error) {
            if (!self)
                return;
            self->m_waitingForSecret = false;
            self->m_proxyPassword = password;
            // Missing, the check still runs: the proxy refuses the login and
            // the report names the proxy as what to fix.
            if (!error.isEmpty())
                self->m_log->append({QDateTime::currentDateTimeUtc(), TranscriptEvent::Kind::Error, error});
            if (self->m_cancelRequested) {
                self->m_cancelRequested = false;
                self->m_test->setEnabled(true);
                self->m_summary->setText(tr("The check was cancelled."));
                return;
            }
            self->loadLoginSecret();
        });
        return;
    }
    loadLoginSecret();
}

void ConnectionCheckPanel::loadLoginSecret()
{
    if (!m_loadSecret || m_account.authMethod == sasl::AuthMethod::None) {
        run({});
        return;
    }
    // The secret may come from the keychain, or a token endpoint, which answer later.
    QPointer<ConnectionCheckPanel> self(this);
    m_summary->setText(m_account.signsInWithOAuth() ? tr("Getting an access token from your sign-in...")
                                                    : tr("Reading the password..."));
    m_waitingForSecret = true;
    m_cancelRequested = false;
    m_loadSecret([self](const QString &secret, const QString &error) {
        if (self)
            self->onSecret(secret, error);
    });
}

void ConnectionCheckPanel::run(QString secret)
{
    resetSteps();
    m_log->clear();
    m_report.reset();
    m_copy->setEnabled(false);
    m_diagnosis->hide();
    m_reviewCertificate->hide();
    m_summary->setText(
        tr("Checking %1 port %2...").arg(m_account.host).arg(m_account.serverSettings().effectivePort()));

    auto *check = new ConnectionCheck(this);
    m_check = check;
    connect(check, &ConnectionCheck::transcript, m_log, &SessionLogModel::append);
    check->setAccount(m_account);
    check->setSurface(Surface::Desktop);
    check->setCheckDomain(m_checkDomain);
    if (m_resolver)
        check->setDnsResolver(m_resolver);
    check->setSecret(secret);
    secret.fill(QLatin1Char('\0'));
    if (!m_proxyPassword.isEmpty())
        check->setProxyPassword(m_proxyPassword);
    connect(check, &ConnectionCheck::stepFinished, this, &ConnectionCheckPanel::showStep);
    connect(check, &ConnectionCheck::finished, this, [this, check](const CheckReport &report) {
        check->deleteLater();
        m_check = nullptr;
        const CheckStep *login = report.step(QStringLiteral("auth"));
        if (login && login->status == CheckStep::Status::Failed && m_account.signsInWithOAuth()
            && m_renewToken && !m_renewed) {
            // Access tokens can be revoked or run out early; one renewal
            // and one more check, then the answer stands.
            m_renewed = true;
            m_test->setEnabled(false);
            m_summary->setText(tr("The server refused the access token; getting a new one..."));
            QPointer<ConnectionCheckPanel> self(this);
            m_waitingForSecret = true;
            m_cancelRequested = false;
            m_renewToken([self](const QString &secret, const QString &error) {
                if (self)
                    self->onSecret(secret, error);
            });
            return;
        }
        showReport(report);
        m_test->setText(tr("&Test again"));
        m_test->setEnabled(true);
        emit finished(report);
    });
    m_test->setText(tr("&Cancel test"));
    m_test->setEnabled(true);
    emit started();
    check->start();
}

void ConnectionCheckPanel::onSecret(const QString &secret, const QString &error)
{
    m_waitingForSecret = false;
    if (m_cancelRequested) {
        m_cancelRequested = false;
        m_test->setEnabled(true);
        m_summary->setText(tr("The check was cancelled."));
        return;
    }
    if (!error.isEmpty())
        m_log->append({ QDateTime::currentDateTimeUtc(), TranscriptEvent::Kind::Error, error });
    run(secret);
}

void ConnectionCheckPanel::cancel()
{
    if (m_check)
        m_check->cancel();
    else if (m_waitingForSecret)
        m_cancelRequested = true;
}

void ConnectionCheckPanel::resetSteps()
{
    m_steps->clear();
    // The steps the doctor will take, listed up front so each one visibly
    // ticks off as it finishes.
    const QString host = m_account.host;
    const quint16 port = m_account.serverSettings().effectivePort();
    rowFor(QStringLiteral("dns"), tr("Look up %1").arg(host));
    rowFor(QStringLiteral("tcp"), tr("Connect to port %1").arg(port));
    if (m_account.security == SecurityMode::StartTls)
        rowFor(QStringLiteral("starttls-downgrade"), tr("STARTTLS offered before TLS"));
    if (m_account.security != SecurityMode::None)
        rowFor(QStringLiteral("tls"), tr("TLS and the server's certificate"));
    rowFor(QStringLiteral("ehlo"), tr("Capabilities (EHLO)"));
    if (m_account.authMethod != sasl::AuthMethod::None)
        rowFor(QStringLiteral("auth"), tr("Log in as %1").arg(m_account.username));
    const qsizetype at = m_account.email.lastIndexOf(QLatin1Char('@'));
    if (m_checkDomain && at >= 0)
        rowFor(QStringLiteral("deliverability"),
            tr("Check what %1 publishes for mail to arrive").arg(m_account.email.mid(at + 1)));
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        m_steps->topLevelItem(i)->setText(StatusColumn, tr("\u2026 Waiting"));
}

QTreeWidgetItem *ConnectionCheckPanel::rowFor(const QString &id, const QString &title)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(StatusColumn, kIdRole).toString() == id)
            return item;
    }
    auto *item = new QTreeWidgetItem(m_steps, { QString(), title, QString() });
    item->setData(StatusColumn, kIdRole, id);
    return item;
}

void ConnectionCheckPanel::showStep(const CheckStep &step)
{
    QTreeWidgetItem *item = rowFor(step.id, step.title);
    item->setText(StatusColumn, statusText(step.status));
    item->setForeground(StatusColumn, statusColour(step.status));
    item->setText(TitleColumn, step.title);
    item->setText(TimeColumn, step.elapsedMs >= 0 ? tr("%1 ms").arg(step.elapsedMs) : QString());
    item->setData(StatusColumn, Qt::UserRole + 2, CheckStep::statusId(step.status));
    item->setToolTip(TitleColumn, step.details.join(QLatin1Char('\n')));
    // What was seen, one fact per line, under the step.
    qDeleteAll(item->takeChildren());
    // A record to publish can be a long TXT value: the row wraps it (the
    // view wraps words, and anywhere within one long word), and the tooltip
    // and "Copy report" hold it whole.
    for (const QString &detail : step.details) {
        auto *line = new QTreeWidgetItem(item, { QString(), detail, QString() });
        line->setToolTip(TitleColumn, detail);
    }
    item->setExpanded(step.status != CheckStep::Status::Passed || step.id == QLatin1String("auth"));
    m_steps->setRootIsDecorated(true);
}

void ConnectionCheckPanel::reviewCertificate()
{
    if (!m_report)
        return;
    CertificateDialog dialog(
        m_report->host, m_account.name.isEmpty() ? m_account.email : m_account.name, m_report->tls, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.fingerprint().isEmpty()) {
        m_account.pinnedSha256 = dialog.fingerprint();
        emit certificateTrusted(dialog.fingerprint());
    }
}

void ConnectionCheckPanel::showReport(const CheckReport &report)
{
    m_report = report;
    m_reviewCertificate->setVisible(report.tls.offersPin());
    m_copy->setEnabled(true);
    for (const CheckStep &step : report.steps)
        showStep(step);
    // Steps the doctor never reached stay "waiting" otherwise.
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (!report.step(item->data(StatusColumn, kIdRole).toString()))
            item->setText(StatusColumn, statusText(CheckStep::Status::Skipped));
    }
    if (report.passed()) {
        m_summary->setText(tr("Everything works: Stamp reached %1 and logged in (%2 ms).")
                               .arg(report.host)
                               .arg(report.elapsedMs));
        if (m_account.authMethod == sasl::AuthMethod::None)
            m_summary->setText(
                tr("Everything works: Stamp reached %1 (%2 ms).").arg(report.host).arg(report.elapsedMs));
        const CheckStep *domain = report.step(QStringLiteral("deliverability"));
        if (domain && domain->status == CheckStep::Status::Warning)
            m_summary->setText(m_summary->text() + QLatin1Char(' ')
                + tr("Your domain's DNS needs attention, or receivers may junk your mail: see below."));
    } else {
        m_summary->setText(tr("The check found a problem."));
    }
    // The first failure (else the first warning) is explained in full.
    const CheckStep *explained = nullptr;
    for (const CheckStep &step : report.steps)
        if (step.status == CheckStep::Status::Failed && step.diagnosis) {
            explained = &step;
            break;
        }
    if (!explained)
        for (const CheckStep &step : report.steps)
            if (step.status == CheckStep::Status::Warning && step.diagnosis) {
                explained = &step;
                break;
            }
    if (explained) {
        const Diagnosis &d = *explained->diagnosis;
        m_diagnosis->setText(QStringLiteral("<b>%1</b><p>%2</p><p><b>%3</b> %4</p>")
                                 .arg(d.title.toHtmlEscaped(), d.explanation.toHtmlEscaped(),
                                     tr("What to do:").toHtmlEscaped(), d.remedy.toHtmlEscaped()));
        m_diagnosis->setAccessibleName(d.title);
        m_diagnosis->show();
        // In a short window the failed step may be below the fold.
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
            if (m_steps->topLevelItem(i)->data(StatusColumn, kIdRole).toString() == explained->id)
                m_steps->scrollToItem(m_steps->topLevelItem(i));
    }
    m_log->flush();
}

} // namespace stamp::ui
