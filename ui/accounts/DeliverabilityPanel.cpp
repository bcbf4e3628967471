// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeliverabilityPanel.h"

#include "Colours.h"
#include "StatusAnnouncer.h"
#include "dns/DnsResolver.h"
#include "domain/DomainCheck.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace stamp::ui {

using domain::DomainFinding;
using domain::DomainReport;
using domain::SuggestedRecord;

namespace {

QString statusWord(DomainFinding::Status status)
{
    switch (status) {
    case DomainFinding::Status::Pass:
        return DeliverabilityPanel::tr("\u2714 Good");
    case DomainFinding::Status::Warn:
        return DeliverabilityPanel::tr("\u26A0 Could be better");
    case DomainFinding::Status::Fail:
        return DeliverabilityPanel::tr("\u2718 To fix");
    case DomainFinding::Status::Info:
        return DeliverabilityPanel::tr("\u2139 For information");
    }
    return {};
}

QColor statusColour(DomainFinding::Status status)
{
    switch (status) {
    case DomainFinding::Status::Pass:
        return colours::success();
    case DomainFinding::Status::Warn:
        return colours::warning();
    case DomainFinding::Status::Fail:
        return colours::problem();
    case DomainFinding::Status::Info:
        break;
    }
    return QApplication::palette().color(QPalette::WindowText);
}

// Records such as DKIM keys are one long word; a label cannot wrap them
// and would widen the window. Zero-width spaces give it places to break,
// on screen only: the copy buttons copy the record itself.
QString breakable(const QString &text)
{
    constexpr int kRun = 48;
    QString out;
    int run = 0;
    for (const QChar c : text) {
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        if (run >= kRun) {
            out += QChar(0x200B);
            run = 0;
        }
    }
    return out;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeliverabilityPanel::DeliverabilityPanel(QWidget *parent)
    : QWidget(parent)
    , m_run(new domain::DomainCheck(this))
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("&Check the domain"), this))
    , m_copyAll(new QPushButton(tr("Copy &records to publish"), this))
    , m_help(new QLabel(this))
    , m_copied(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_findings(new QWidget)
    , m_findingsLayout(new QVBoxLayout(m_findings))
{
    setObjectName(QStringLiteral("deliverabilityPanel"));
    m_summary->setObjectName(QStringLiteral("deliverabilitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_check->setObjectName(QStringLiteral("checkDomainButton"));
    m_check->setAccessibleName(tr("Check what the domain publishes in DNS"));
    m_check->setToolTip(tr("Ask DNS again what the domain publishes. Nothing is sent to a mail server."));
    m_check->setAutoDefault(false);
    m_copyAll->setObjectName(QStringLiteral("copyRecordsButton"));
    m_copyAll->setAccessibleName(tr("Copy every record to publish, as zone-file lines"));
    m_copyAll->setToolTip(tr("Copy every record to publish as zone-file lines, for a DNS administrator"));
    m_copyAll->setAutoDefault(false);
    m_copyAll->setEnabled(false);
    m_help->setObjectName(QStringLiteral("deliverabilityHelpLink"));
    m_help->setOpenExternalLinks(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_help->hide();
    m_copied->setObjectName(QStringLiteral("deliverabilityCopied"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_copyAll);
    buttons->addWidget(m_copied, 1);
    buttons->addWidget(m_help);

    m_findings->setObjectName(QStringLiteral("deliverabilityFindings"));
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("deliverabilityScroll"));
    m_scroll->setWidget(m_findings);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("What the domain publishes"));

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_summary);
    column->addLayout(buttons);
    column->addWidget(m_scroll, 1);

    m_summary->setText(tr("Press Check the domain to see what it publishes in DNS for mail to arrive."));
    connect(m_check, &QPushButton::clicked, this, &DeliverabilityPanel::start);
    connect(m_copyAll, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        QStringList lines;
        for (const DomainFinding &finding : m_report->checks)
            if (finding.suggested)
                lines << finding.suggested->zoneLine();
        copyText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), tr("Records copied as zone-file lines."));
    });
    connect(m_run, &domain::DomainCheck::finished, this, [this](const DomainReport &report) {
        m_report = report;
        showReport(report);
        emit finished(report);
    });
}

DeliverabilityPanel::~DeliverabilityPanel()
{
    m_run->cancel();
}

void DeliverabilityPanel::setSender(const QString &address, const std::optional<ProviderPreset> &provider)
{
    if (address == m_address && provider.has_value() == m_provider.has_value()
        && (!provider || provider->id == m_provider->id))
        return;
    cancel();
    m_address = address;
    m_domain = domain::DomainCheck::domainOf(address);
    m_provider = provider;
    m_report.reset();
    clearFindings();
    m_copyAll->setEnabled(false);
    m_copied->clear();
    m_summary->setText(tr("Press Check the domain to see what %1 publishes in DNS for mail to arrive.")
                           .arg(m_domain.isEmpty() ? tr("the domain") : m_domain));
    const QString help = provider ? provider->deliverabilityHelpUrl : QString();
    m_help->setVisible(!help.isEmpty());
    if (!help.isEmpty())
        m_help->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(help.toHtmlEscaped(), tr("%1's instructions").arg(provider->shortName).toHtmlEscaped()));
}

void DeliverabilityPanel::setResolver(DnsResolver *resolver)
{
    cancel();
    m_resolver = resolver;
}

bool DeliverabilityPanel::isRunning() const
{
    return m_run->isRunning();
}

void DeliverabilityPanel::start()
{
    if (m_domain.isEmpty()) {
        m_summary->setText(tr("There is no address to check: fill in the email address first."));
        return;
    }
    if (!m_resolver) {
        if (!m_ownResolver)
            m_ownResolver = std::make_unique<SystemDnsResolver>();
        m_resolver = m_ownResolver.get();
    }
    domain::DomainCheckRequest request;
    request.addressOrDomain = m_domain;
    request.provider = m_provider;
    request.catalog = m_catalog;
    request.resolver = m_resolver;
    m_copied->clear();
    m_check->setEnabled(false);
    m_check->setText(tr("&Check again"));
    m_summary->setText(tr("Asking DNS what %1 publishes…").arg(m_domain));
    emit started();
    // From a later turn of the event loop: start() may be called from a
    // finished() handler, and a new run must not destroy the one calling.
    QTimer::singleShot(0, this, [this, request] {
        m_run->start(request);
        m_check->setEnabled(true);
    });
}

void DeliverabilityPanel::cancel()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        m_summary->setText(tr("The check stopped before DNS answered. Press Check again to run it."));
    }
    m_check->setEnabled(true);
}

QString DeliverabilityPanel::summaryOf(const DomainReport &report, const QString &providerName)
{
    if (report.consumerDomain)
        return report.consumerExplanation;
    if (report.dnsUnavailable)
        return tr("DNS could not be asked, so nothing about %1 was checked. Check the network connection and "
                  "press Check again.")
            .arg(report.domain);
    int fails = 0;
    int warns = 0;
    for (const DomainFinding &finding : report.checks) {
        fails += finding.status == DomainFinding::Status::Fail;
        warns += finding.status == DomainFinding::Status::Warn;
    }
    if (fails > 0)
        return tr("%n thing(s) to fix: until then, receivers such as Gmail and Outlook may put mail from %1 in "
                  "spam or refuse it.",
                   nullptr, fails)
            .arg(report.domain);
    if (warns > 0)
        return tr("Mail from %1 should arrive; %n thing(s) could be better.", nullptr, warns).arg(report.domain);
    if (!providerName.isEmpty())
        return tr("%1 publishes what receivers check for mail sent through %2.").arg(report.domain, providerName);
    return tr("%1 publishes what receivers check.").arg(report.domain);
}

void DeliverabilityPanel::showReport(const DomainReport &report)
{
    clearFindings();
    std::optional<ProviderPreset> provider = m_provider;
    if (!provider && m_catalog && !report.providerId.isEmpty())
        provider = m_catalog->byId(report.providerId);
    m_summary->setText(summaryOf(report, provider ? provider->displayName : QString()));
    bool anySuggested = false;
    if (!report.consumerDomain && !report.dnsUnavailable) {
        // What needs doing first; the rest in the checks' usual order.
        QList<DomainFinding> ordered = report.checks;
        const auto rank = [](const DomainFinding &f) {
            return f.status == DomainFinding::Status::Fail ? 0 : f.status == DomainFinding::Status::Warn ? 1 : 2;
        };
        std::stable_sort(ordered.begin(), ordered.end(),
            [&rank](const DomainFinding &a, const DomainFinding &b) { return rank(a) < rank(b); });
        int row = 0;
        for (const DomainFinding &finding : ordered) {
            m_findingsLayout->insertWidget(row++, findingCard(finding));
            anySuggested = anySuggested || finding.suggested.has_value();
        }
        if (anySuggested) {
            auto *later = wrappedLabel(tr("A record you publish can take from minutes to a day to be seen "
                                          "everywhere. Press Check again once it is in place."),
                m_findings);
            later->setObjectName(QStringLiteral("deliverabilityTtlNote"));
            m_findingsLayout->insertWidget(row, later);
        }
    }
    m_copyAll->setEnabled(anySuggested);
    // Cards are made after the rest of the window, so Qt would put their
    // fields and buttons after the window's own buttons: Tab goes from the
    // panel's buttons through the cards, top to bottom.
    QWidget *previous = m_copyAll;
    const QList<QWidget *> inCards = m_findings->findChildren<QWidget *>();
    for (QWidget *w : inCards) {
        if (w->focusPolicy() & Qt::TabFocus) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    // Said to screen readers too: the findings below are there to read.
    auto *announcer = findChild<StatusAnnouncer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!announcer)
        announcer = new StatusAnnouncer(nullptr, this);
    announcer->announce(m_summary->text(),
        report.hasFailure() ? StatusAnnouncer::Kind::Problem : StatusAnnouncer::Kind::Done);
}

void DeliverabilityPanel::clearFindings()
{
    while (m_findingsLayout->count() > 1) {
        QLayoutItem *item = m_findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

QWidget *DeliverabilityPanel::findingCard(const DomainFinding &finding)
{
    auto *card = new QFrame(m_findings);
    card->setObjectName(QStringLiteral("finding-%1").arg(finding.id));
    card->setProperty("status", DomainFinding::statusId(finding.status));
    card->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(card);

    auto *heading = new QLabel(card);
    heading->setObjectName(QStringLiteral("findingTitle"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    heading->setText(QStringLiteral("<span style=\"color: %1\">%2</span> &nbsp;<b>%3:</b> %4")
                         .arg(statusColour(finding.status).name(), statusWord(finding.status).toHtmlEscaped(),
                             DomainFinding::checkName(finding.id).toHtmlEscaped(), finding.title.toHtmlEscaped()));
    column->addWidget(heading);
    if (!finding.detail.isEmpty()) {
        auto *detail = wrappedLabel(finding.detail, card);
        detail->setObjectName(QStringLiteral("findingDetail"));
        column->addWidget(detail);
    }
    if (!finding.records.isEmpty()) {
        QStringList shown;
        for (const QString &record : finding.records)
            shown << breakable(record);
        auto *seen = wrappedLabel(
            tr("Published now:") + QLatin1Char('\n') + shown.join(QLatin1Char('\n')),
            card);
        seen->setObjectName(QStringLiteral("findingRecords"));
        seen->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        column->addWidget(seen);
    }
    if (finding.suggested)
        column->addWidget(recordBox(*finding.suggested, finding.id));
    for (const QString &note : finding.notes) {
        auto *label = wrappedLabel(note, card);
        label->setObjectName(QStringLiteral("findingNote"));
        column->addWidget(label);
    }
    card->setAccessibleName(DomainFinding::checkName(finding.id) + QStringLiteral(": ") + finding.title);
    return card;
}

QWidget *DeliverabilityPanel::recordBox(const SuggestedRecord &record, const QString &checkId)
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("suggestedRecord"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 0);
    auto *heading = new QLabel(tr("Publish this record:"), box);
    heading->setObjectName(QStringLiteral("suggestedHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, 0, 1, 3);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto field = [&](int row, const QString &label, const QString &value, const QString &name,
                           const QString &accessible) {
        auto *caption = new QLabel(label, box);
        auto *edit = new QLineEdit(value, box);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setCursorPosition(0);
        edit->setAccessibleName(accessible);
        edit->setToolTip(value);
        caption->setBuddy(edit);
        grid->addWidget(caption, row, 0);
        grid->addWidget(edit, row, 1);
        return edit;
    };
    const QString check = DomainFinding::checkName(checkId);
    field(1, tr("Name:"), record.name, QStringLiteral("suggestedName"), tr("%1 record name").arg(check));
    // Made in reading order, row by row, so Tab follows the rows.
    auto *copyName = new QPushButton(tr("Copy name"), box);
    copyName->setObjectName(QStringLiteral("copyNameButton"));
    copyName->setAccessibleName(tr("Copy the %1 record's name").arg(check));
    copyName->setAutoDefault(false);
    grid->addWidget(copyName, 1, 2);
    field(2, tr("Type:"), record.type, QStringLiteral("suggestedType"), tr("%1 record type").arg(check));
    field(3, tr("Value:"), record.value, QStringLiteral("suggestedValue"), tr("%1 record value").arg(check));
    auto *copyValue = new QPushButton(tr("Copy value"), box);
    copyValue->setObjectName(QStringLiteral("copyValueButton"));
    copyValue->setAccessibleName(tr("Copy the %1 record's value").arg(check));
    copyValue->setAutoDefault(false);
    grid->addWidget(copyValue, 3, 2);
    grid->setColumnStretch(1, 1);
    connect(copyValue, &QPushButton::clicked, this,
        [this, value = record.value] { copyText(value, tr("Value copied.")); });
    connect(copyName, &QPushButton::clicked, this,
        [this, name = record.name] { copyText(name, tr("Name copied.")); });

    // DNS panels differ: some want the full name, some only the part
    // before the domain, and each TXT string at most 255 bytes (RFC 1035
    // §3.3.14); the zone-file line carries all of it for an administrator.
    auto *zone = wrappedLabel(breakable(record.zoneLine()), box);
    zone->setObjectName(QStringLiteral("suggestedZoneLine"));
    zone->setFont(fixed);
    zone->setToolTip(tr("The same record as a zone-file line"));
    grid->addWidget(zone, 4, 0, 1, 3);
    return box;
}

void DeliverabilityPanel::copyText(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    m_copied->setText(what);
}

} // namespace stamp::ui
