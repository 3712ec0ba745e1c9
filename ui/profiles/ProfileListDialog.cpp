// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileListDialog.h"

#include "platform/StatusColours.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProxyDialog.h"
#include "session/ProxySettings.h"
#include "wizard/SessionPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

constexpr auto dateTimeFormat = "yyyy-MM-dd HH:mm";

QLabel *createValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString utcText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QString::fromLatin1(dateTimeFormat)) + u" UTC"_s;
}

} // namespace

QString permittedIpsDescription(const QStringList &ips)
{
    if (ips.isEmpty())
        //: Device permitted-IP setting: bunq bound the device to the caller's address.
        return ProfileListDialog::tr("this IP only: the address the device registration came "
                                     "from");
    if (ips.contains(u"*"_s))
        //: Device permitted-IP setting: usable from any address.
        return ProfileListDialog::tr("any IP (wildcard)");
    return ips.join(u", "_s);
}

ProfileListDialog::ProfileListDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ProfileListModel(this))
    , m_intro(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_empty(createValueLabel(u"emptyLabel"_s, this))
    , m_problemsLabel(createValueLabel(u"problemsLabel"_s, this))
    , m_backend(createValueLabel(u"secretBackendLabel"_s, this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(createValueLabel(u"busyLabel"_s, this))
    , m_error(createValueLabel(u"errorLabel"_s, this))
    , m_open(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"profileListDialog"_s);
    resize(860, 600);

    m_intro->setWordWrap(true);
    m_view->setObjectName(u"profileView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    // The Delete key requests confirmation first, like the Delete button.
    auto *deleteAction = new QAction(m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &ProfileListDialog::confirmDeleteSelected);
    setStatusColour(m_problemsLabel, StatusColour::Warning);
    m_problemsLabel->setVisible(false);
    m_empty->setVisible(false);

    m_busy->setObjectName(u"busyProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);
    m_busyLabel->setVisible(false);
    setStatusColour(m_error, StatusColour::Error);
    m_error->setVisible(false);

    buildDetails();

    const QList<std::pair<QPushButton *, QString>> buttons = {
        {m_open, u"openButton"_s},          {m_new, u"newProfileButton"_s},
        {m_import, u"importButton"_s},      {m_rename, u"renameButton"_s},
        {m_duplicate, u"duplicateButton"_s}, {m_delete, u"deleteButton"_s},
        {m_export, u"exportButton"_s},      {m_close, u"closeButton"_s}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAutoDefault(false);
    }
    m_open->setDefault(true);

    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_open);
    buttonColumn->addWidget(m_new);
    buttonColumn->addWidget(m_import);
    buttonColumn->addSpacing(12);
    buttonColumn->addWidget(m_rename);
    buttonColumn->addWidget(m_duplicate);
    buttonColumn->addWidget(m_export);
    buttonColumn->addWidget(m_delete);
    buttonColumn->addStretch();
    buttonColumn->addWidget(m_close);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(m_empty);
    listColumn->addWidget(m_problemsLabel);
    listColumn->addWidget(m_detailsBox);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(buttonColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_backend);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_view, &QTreeView::activated, this, &ProfileListDialog::openSelected);
    connect(m_model, &ProfileListModel::renameRequested, this, [this](const QString &id,
                                                                      const QString &name) {
        showError({});
        Q_EMIT renameRequested(id, name);
    });
    connect(m_open, &QPushButton::clicked, this, &ProfileListDialog::openSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfileListDialog::newProfileRequested);
    connect(m_import, &QPushButton::clicked, this, &ProfileListDialog::openContextFileRequested);
    connect(m_rename, &QPushButton::clicked, this, &ProfileListDialog::renameSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileListDialog::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProfileListDialog::confirmDeleteSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const storage::Profile *profile = selectedProfile())
            Q_EMIT exportRequested(profile->id);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    showDetails();
    updateButtons();
    m_view->setFocus();
}

void ProfileListDialog::buildDetails()
{
    m_detailsBox = new QGroupBox(this);
    m_detailsBox->setObjectName(u"detailsBox"_s);
    m_detailsForm = new QFormLayout(m_detailsBox);
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_environment = createValueLabel(u"environmentLabel"_s, this);
    m_user = createValueLabel(u"userLabel"_s, this);
    m_device = createValueLabel(u"deviceLabel"_s, this);
    m_permittedIps = createValueLabel(u"permittedIpsLabel"_s, this);
    m_proxy = createValueLabel(u"proxyLabel"_s, this);
    m_editProxy = new QPushButton(this);
    m_editProxy->setObjectName(u"editProxyButton"_s);
    m_editProxy->setAutoDefault(false);
    m_session = createValueLabel(u"sessionLabel"_s, this);
    m_saved = createValueLabel(u"savedLabel"_s, this);

    // The proxy is next to the IPs because a proxy changes the source address of the calls.
    auto *proxyRow = new QWidget(this);
    auto *proxyLayout = new QHBoxLayout(proxyRow);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxy, 1);
    proxyLayout->addWidget(m_editProxy);

    const QList<QWidget *> fields = {m_environment, m_user,    m_device, m_permittedIps,
                                     proxyRow,      m_session, m_saved};
    for (QWidget *field : fields) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field == proxyRow ? static_cast<QWidget *>(m_editProxy) : field);
        m_detailsForm->addRow(caption, field);
        m_detailCaptions += caption;
    }

    connect(m_editProxy, &QPushButton::clicked, this, &ProfileListDialog::editProxy);
}

void ProfileListDialog::setProfiles(const storage::ProfileList &list)
{
    const QString selected = selectedId();
    m_model->setProfiles(list.profiles);
    m_problems = list.problems;

    QStringList problems;
    for (const storage::ProfileFileProblem &problem : m_problems)
        problems << problem.message;
    m_problemsLabel->setText(problems.join(u'\n'));
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_empty->setVisible(list.profiles.isEmpty());
    m_view->resizeColumnToContents(ProfileListModel::EnvironmentColumn);
    m_view->resizeColumnToContents(ProfileListModel::UserColumn);
    m_view->resizeColumnToContents(ProfileListModel::UpdatedColumn);

    selectProfile(selected.isEmpty() && !list.profiles.isEmpty() ? list.profiles.first().id
                                                                 : selected);
    showDetails();
    updateButtons();
}

QString ProfileListDialog::selectedId() const
{
    const storage::Profile *profile = selectedProfile();
    return profile ? profile->id : QString();
}

void ProfileListDialog::selectProfile(const QString &id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, ProfileListModel::NameColumn));
}

const storage::Profile *ProfileListDialog::selectedProfile() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->profileAt(current.row()) : nullptr;
}

void ProfileListDialog::setSecretBackend(const QString &backendName, const QString &note)
{
    m_backendName = backendName;
    m_backendNote = note;
    retranslateUi();
}

void ProfileListDialog::setBusy(const QString &text)
{
    m_busyText = text;
    m_busy->setVisible(!text.isEmpty());
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        showError({});
    updateButtons();
}

bool ProfileListDialog::isBusy() const
{
    return !m_busyText.isEmpty();
}

void ProfileListDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ProfileListDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProfileListDialog::renameSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || isBusy())
        return;
    m_view->setFocus();
    m_view->edit(current.siblingAtColumn(ProfileListModel::NameColumn));
}

void ProfileListDialog::duplicateSelected()
{
    const storage::Profile *profile = selectedProfile();
    if (!profile || isBusy())
        return;
    //: Name of a duplicated profile; %1 the original's name.
    Q_EMIT duplicateRequested(profile->id, tr("%1 (copy)").arg(profile->name));
}

void ProfileListDialog::confirmDeleteSelected()
{
    const storage::Profile *profile = selectedProfile();
    if (!profile || isBusy() || m_confirmation)
        return;

    const QString id = profile->id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Profile?"), QString(),
                                QMessageBox::NoButton, this);
    m_confirmation = box;
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 profile name, %2 where the secrets are kept, such as "Secret service".
    box->setText(tr("Delete the profile \"%1\"?").arg(profile->name));
    box->setInformativeText(
        tr("Its settings and its API key, private key and tokens are removed from this "
           "computer (%1). The API key itself stays valid at bunq until you revoke it there; "
           "export the profile first if you still need it.")
            .arg(m_backendName));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove)
            return;
        showError({});
        Q_EMIT deleteRequested(id);
    });
    box->open();
}

QMessageBox *ProfileListDialog::deleteConfirmation() const
{
    return m_confirmation;
}

void ProfileListDialog::openSelected()
{
    const storage::Profile *profile = selectedProfile();
    if (!profile || isBusy())
        return;
    showError({});
    Q_EMIT openRequested(profile->id);
}

void ProfileListDialog::editProxy()
{
    const storage::Profile *profile = selectedProfile();
    if (!profile || isBusy())
        return;

    const QString id = profile->id;
    auto *dialog = new ProxyDialog(profile->environment, profile->proxyUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        showError({});
        Q_EMIT proxyChangeRequested(id, dialog->proxyUrl());
    });
    dialog->open();
}

void ProfileListDialog::showDetails()
{
    const storage::Profile *profile = selectedProfile();
    m_detailsBox->setEnabled(profile != nullptr);
    if (!profile) {
        const QList<QLabel *> values = {m_environment, m_user,    m_device, m_permittedIps,
                                        m_proxy,       m_session, m_saved};
        for (QLabel *value : values)
            value->clear();
        return;
    }

    //: %1 environment name, %2 its API base URL.
    m_environment->setText(tr("%1 · %2").arg(profile->environment.displayName(),
                                             profile->environment.baseUrl().toDisplayString()));
    //: %1 user name, %2 user kind such as Person, %3 user id.
    m_user->setText(tr("%1 · %2 · id %3")
                        .arg(profile->user.displayName, userKindText(profile->user.kind),
                             QString::number(profile->user.id)));
    //: %1 device description, %2 device-server id.
    m_device->setText(profile->deviceId == 0
                          ? tr("%1 · not registered by this app").arg(profile->deviceDescription)
                          : tr("%1 · id %2").arg(profile->deviceDescription,
                                                 QString::number(profile->deviceId)));
    m_permittedIps->setText(permittedIpsDescription(profile->permittedIps));
    m_proxy->setText(profile->proxyUrl.isEmpty()
                         ? tr("none: direct connection")
                         : session::proxyUrlForDisplay(profile->proxyUrl));

    // A closed session keeps its creation time, and a session read from a context file has
    // no id, so only the id says whether the profile knows a session.
    const QDateTime expiry = profile->sessionCreated.isValid()
        ? profile->sessionCreated.addSecs(profile->sessionTimeoutSeconds)
        : QDateTime();
    if (profile->sessionId == 0) {
        m_session->setText(tr("none known: the first call opens a new one when needed"));
    } else if (expiry.isValid()) {
        //: %1 session id, %2 expiry in UTC.
        m_session->setText(tr("id %1 · expires %2 unless used or renewed")
                               .arg(QString::number(profile->sessionId), utcText(expiry)));
    } else {
        //: %1 session id.
        m_session->setText(tr("id %1 · expiry unknown").arg(profile->sessionId));
    }

    const QLocale locale;
    //: %1 when the profile was created, %2 when it was last saved, both in local time.
    m_saved->setText(tr("created %1 · last saved %2")
                         .arg(locale.toString(profile->createdAt.toLocalTime(),
                                              QLocale::ShortFormat),
                              locale.toString(profile->updatedAt.toLocalTime(),
                                              QLocale::ShortFormat)));
}

void ProfileListDialog::updateButtons()
{
    const bool selected = selectedProfile() != nullptr;
    const bool idle = !isBusy();
    m_open->setEnabled(selected && idle);
    m_rename->setEnabled(selected && idle);
    m_duplicate->setEnabled(selected && idle);
    m_delete->setEnabled(selected && idle);
    m_export->setEnabled(selected && idle);
    m_editProxy->setEnabled(selected && idle);
    m_new->setEnabled(idle);
    m_import->setEnabled(idle);
    m_view->setEnabled(idle);
}

void ProfileListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        showDetails();
    }
    QDialog::changeEvent(event);
}

void ProfileListDialog::retranslateUi()
{
    setWindowTitle(tr("Profiles — bunq Session Studio"));
    m_intro->setText(tr("Each profile keeps one completed onboarding: the environment, the "
                        "user, the device and the session. Open one to continue where you "
                        "left off, or start a new one."));
    m_empty->setText(tr("No profiles yet. New Profile starts the onboarding; Open Context "
                        "File reads the bunq.conf of one of bunq's SDKs."));

    m_view->setAccessibleName(tr("Saved profiles"));
    m_detailsBox->setTitle(tr("Selected profile"));
    const QStringList captions = {
        tr("Environment:"),
        //: The bunq user of the profile.
        tr("User:"),
        //: The bunq device-server of the profile.
        tr("Device:"),
        //: The IP addresses the device was bound to.
        tr("Bound IPs:"),
        //: The proxy the profile's calls go through.
        tr("Proxy:"),
        tr("Session:"),
        tr("Saved:"),
    };
    for (qsizetype row = 0; row < m_detailCaptions.size(); ++row)
        m_detailCaptions.at(row)->setText(captions.at(row));
    m_editProxy->setText(tr("Edit &Proxy…"));

    m_open->setText(tr("&Open"));
    m_new->setText(tr("&New Profile…"));
    m_import->setText(tr("Open Conte&xt File…"));
    m_rename->setText(tr("&Rename"));
    m_rename->setToolTip(tr("Rename the profile in the list (F2)"));
    m_duplicate->setText(tr("D&uplicate"));
    m_export->setText(tr("&Export…"));
    m_delete->setText(tr("&Delete…"));
    m_close->setText(tr("&Close"));

    QString backend;
    if (!m_backendName.isEmpty())
        //: %1 where the secrets are kept, such as "Secret service".
        backend = tr("Secrets are kept in: %1").arg(m_backendName);
    if (!m_backendNote.isEmpty())
        backend += u"\n"_s + m_backendNote;
    m_backend->setText(backend);
    m_backend->setVisible(!backend.isEmpty());
}

} // namespace studio::ui
