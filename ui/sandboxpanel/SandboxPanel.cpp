// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/SandboxPanel.h"

#include "platform/StatusColours.h"
#include "sandboxpanel/FaultsTab.h"
#include "sandboxpanel/RateLimitView.h"
#include "sandboxpanel/RequestLogModel.h"
#include "sandboxpanel/SandboxControlClient.h"
#include "sandboxpanel/SandboxStateView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// The state also changes without requests (sessions expire, rate-limit windows empty), so it
// is fetched every few polls even when the log shows nothing new.
constexpr int pollsPerStateRefresh = 5;

bool confirmResetWithDialog(QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, SandboxPanel::tr("Reset the local sandbox?"),
        SandboxPanel::tr("This removes every user, API key, installation, device and session "
                         "from the local sandbox, including the session this window uses. "
                         "Armed faults stay armed."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Reset;
}

} // namespace

SandboxPanel::SandboxPanel(QNetworkAccessManager *network, QWidget *parent)
    : QDockWidget(parent)
    , m_client(new SandboxControlClient(network, this))
    , m_pollTimer(new QTimer(this))
    , m_confirmReset(confirmResetWithDialog)
{
    setObjectName(u"localSandboxDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                QDockWidget::DockWidgetClosable);

    auto *content = new QWidget(this);
    m_error = new QLabel(content);
    m_error->setObjectName(u"sandboxPanelError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    setStatusColour(m_error, StatusColour::Error);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"sandboxPanelTabs"_s);
    m_stateView = new SandboxStateView(m_tabs);
    m_stateView->setObjectName(u"sandboxStateView"_s);
    m_rateLimitView = new RateLimitView(m_tabs);
    m_rateLimitView->setObjectName(u"sandboxRateLimitView"_s);
    m_faultsTab = new FaultsTab(m_tabs);
    m_faultsTab->setObjectName(u"sandboxFaultsTab"_s);
    m_tabs->addTab(m_stateView, QString());
    m_tabs->addTab(createRequestsTab(), QString());
    m_tabs->addTab(m_rateLimitView, QString());
    m_tabs->addTab(m_faultsTab, QString());

    m_controlUrlLabel = new QLabel(content);
    m_controlUrlLabel->setObjectName(u"controlUrlLabel"_s);
    m_controlUrlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(content);
    m_refresh->setObjectName(u"refreshSandboxButton"_s);
    m_reset = new QPushButton(content);
    m_reset->setObjectName(u"resetSandboxButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_controlUrlLabel, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_reset);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    setWidget(content);

    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &SandboxPanel::poll);
    connect(this, &QDockWidget::visibilityChanged, this, &SandboxPanel::updatePolling);
    connect(m_refresh, &QPushButton::clicked, this, &SandboxPanel::refresh);
    connect(m_reset, &QPushButton::clicked, this, &SandboxPanel::resetSandbox);
    connect(m_faultsTab, &FaultsTab::armRequested, this, &SandboxPanel::armFault);
    connect(m_faultsTab, &FaultsTab::disarmRequested, this, &SandboxPanel::disarmFault);
    connect(m_faultsTab, &FaultsTab::clearRequested, this, &SandboxPanel::clearFaults);

    retranslateUi();
    setControlUrl({});
}

void SandboxPanel::setControlUrl(const QUrl &url)
{
    m_client->setBaseUrl(url);
    const bool usable = m_client->isUsable();
    m_refresh->setEnabled(usable);
    m_reset->setEnabled(usable);
    m_faultsTab->setControlsEnabled(usable);
    retranslateUi();

    if (!usable) {
        showError(tr("The local sandbox's control interface is not running, so this panel "
                     "cannot show what the sandbox holds."));
        m_pollTimer->stop();
        return;
    }
    showError({});
    updatePolling();
}

QUrl SandboxPanel::controlUrl() const
{
    return m_client->baseUrl();
}

void SandboxPanel::setResetConfirmation(ResetConfirmation confirm)
{
    m_confirmReset = std::move(confirm);
}

void SandboxPanel::refresh()
{
    fetchLog();
    fetchState();
    fetchFaults();
}

QString SandboxPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SandboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void SandboxPanel::retranslateUi()
{
    //: Title of the dock that shows the built-in local sandbox.
    setWindowTitle(tr("Local sandbox"));
    //: Tab of the local sandbox panel: users, keys, installations, devices, sessions.
    m_tabs->setTabText(0, tr("State"));
    //: Tab of the local sandbox panel: the requests the sandbox received.
    m_tabs->setTabText(1, tr("Requests"));
    //: Tab of the local sandbox panel: the rate-limit counters.
    m_tabs->setTabText(2, tr("Rate limits"));
    //: Tab of the local sandbox panel: the fault switchboard.
    m_tabs->setTabText(3, tr("Faults"));
    m_requestsView->setAccessibleName(tr("Requests the local sandbox received, newest first"));
    m_requestDetails->setAccessibleName(tr("Details of the selected request"));
    showRequestDetails(m_requestsView->currentIndex().row());
    //: Button that fetches the local sandbox's state again.
    m_refresh->setText(tr("&Refresh"));
    //: Button that empties the local sandbox after a confirmation.
    m_reset->setText(tr("Rese&t sandbox…"));
    m_reset->setToolTip(tr("Removes every user, API key, installation, device and session from "
                           "the local sandbox."));
    const QUrl url = m_client->baseUrl();
    //: Shows where the control interface listens; %1 is its URL.
    m_controlUrlLabel->setText(url.isEmpty() ? QString()
                                             : tr("Control interface: %1").arg(url.toString()));
    m_requestLog->retranslate();
}

QWidget *SandboxPanel::createRequestsTab()
{
    m_requestLog = new RequestLogModel(this);
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(u"sandboxRequestsSplitter"_s);

    m_requestsView = new QTableView(splitter);
    m_requestsView->setObjectName(u"sandboxRequestsView"_s);
    m_requestsView->setModel(m_requestLog);
    m_requestsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requestsView->setWordWrap(false);
    m_requestsView->setAlternatingRowColors(true);
    m_requestsView->verticalHeader()->hide();
    m_requestsView->verticalHeader()->setDefaultSectionSize(m_requestsView->fontMetrics().height() +
                                                            6);

    QHeaderView *header = m_requestsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (const int column : {RequestLogModel::TimeColumn, RequestLogModel::MethodColumn,
                             RequestLogModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(RequestLogModel::PathColumn, 190);
    header->resizeSection(RequestLogModel::ChecksColumn, 300);
    header->setStretchLastSection(true);

    // The table keeps one line per request; the selected one is shown in full below it.
    m_requestDetails = new QPlainTextEdit(splitter);
    m_requestDetails->setObjectName(u"sandboxRequestDetails"_s);
    m_requestDetails->setReadOnly(true);
    m_requestDetails->setTabChangesFocus(true);
    m_requestDetails->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    splitter->addWidget(m_requestsView);
    splitter->addWidget(m_requestDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    connect(m_requestsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRequestDetails(current.row()); });
    connect(m_requestLog, &QAbstractItemModel::modelReset, this,
            [this] { showRequestDetails(-1); });
    return splitter;
}

void SandboxPanel::showRequestDetails(int row)
{
    const QString details = m_requestLog->detailsText(row);
    //: Placeholder below the request table while no request is selected.
    m_requestDetails->setPlainText(
        details.isEmpty() ? tr("Select a request to see every check with its reason.") : details);
}

void SandboxPanel::updatePolling()
{
    if (!isVisible() || !m_client->isUsable()) {
        m_pollTimer->stop();
        return;
    }
    if (!m_pollTimer->isActive()) {
        m_pollTimer->start();
        refresh();
    }
}

void SandboxPanel::poll()
{
    fetchLog();
    if (++m_pollsSinceState >= pollsPerStateRefresh)
        fetchState();
}

void SandboxPanel::fetchState()
{
    if (m_stateRunning)
        return;
    m_stateRunning = true;
    m_pollsSinceState = 0;
    m_client->get(u"state"_s, [this](const SandboxControlClient::Reply &reply) {
        m_stateRunning = false;
        if (!reply) {
            showError(reply.error());
            return;
        }
        showError({});
        m_stateView->setSnapshot(reply.value());
        m_rateLimitView->setSnapshot(reply.value());
        Q_EMIT stateRefreshed();
    });
}

void SandboxPanel::fetchLog()
{
    if (m_logRunning)
        return;
    m_logRunning = true;
    const QString path = u"log?after=%1"_s.arg(m_requestLog->lastSequence());
    m_client->get(path, [this](const SandboxControlClient::Reply &reply) {
        m_logRunning = false;
        if (!reply) {
            showError(reply.error());
            return;
        }
        showError({});
        const QJsonArray entries = reply.value().value(u"entries"_s).toArray();
        m_requestLog->appendEntries(entries);
        // New requests change the sandbox's records and use up counted faults.
        if (!entries.isEmpty()) {
            fetchState();
            fetchFaults();
        }
        Q_EMIT logRefreshed();
    });
}

void SandboxPanel::fetchFaults()
{
    if (m_faultsRunning)
        return;
    m_faultsRunning = true;
    m_client->get(u"faults"_s, [this](const SandboxControlClient::Reply &reply) {
        m_faultsRunning = false;
        if (!reply) {
            showError(reply.error());
            return;
        }
        m_faultsTab->setArmedFaults(reply.value().value(u"faults"_s).toArray());
        Q_EMIT faultsRefreshed();
    });
}

void SandboxPanel::armFault(const QJsonObject &fault)
{
    m_client->post(u"faults"_s, fault, [this](const SandboxControlClient::Reply &reply) {
        if (!reply) {
            m_faultsTab->showError(reply.error());
            return;
        }
        m_faultsTab->showError({});
        fetchFaults();
        Q_EMIT faultArmed();
    });
}

void SandboxPanel::disarmFault(qint64 id)
{
    m_client->deleteResource(u"faults/%1"_s.arg(id),
                             [this](const SandboxControlClient::Reply &reply) {
                                 m_faultsTab->showError(reply ? QString() : reply.error());
                                 fetchFaults();
                             });
}

void SandboxPanel::clearFaults()
{
    m_client->deleteResource(u"faults"_s, [this](const SandboxControlClient::Reply &reply) {
        m_faultsTab->showError(reply ? QString() : reply.error());
        fetchFaults();
    });
}

void SandboxPanel::resetSandbox()
{
    if (!m_confirmReset || !m_confirmReset(this))
        return;

    m_client->post(u"reset"_s, {}, [this](const SandboxControlClient::Reply &reply) {
        if (!reply) {
            showError(reply.error());
            return;
        }
        showError({});
        // The log keeps its sequence numbers, so only requests after the reset appear.
        m_requestLog->clear();
        refresh();
        Q_EMIT resetDone();
    });
}

void SandboxPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace studio::ui
