// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ExportContextDialog.h"

#include "platform/StatusColours.h"
#include "storage/ContextFile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// "Local sandbox — Zoë Bakker" becomes "bunq-local-sandbox-zoë-bakker.conf".
QString suggestedFileName(const QString &profileName)
{
    QString slug = profileName.toLower();
    slug.replace(QRegularExpression(u"[^\\w]+"_s), u"-"_s);
    slug = slug.section(u'-', 0, -1, QString::SectionSkipEmpty);
    if (slug.isEmpty())
        return u"bunq.conf"_s;
    return u"bunq-"_s + slug + u".conf"_s;
}

} // namespace

std::optional<QString> writeOwnerOnlyFile(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 file name, %2 the system's reason.
        return ExportContextDialog::tr("Writing %1 failed: %2").arg(fileName, file.errorString());
    }

    // Set on the temporary file before anything secret is in it. QSaveFile would otherwise
    // keep the permissions of a file it replaces, which may be readable by others.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        //: %1 file name, %2 the system's reason.
        return ExportContextDialog::tr("Restricting %1 to its owner failed: %2")
            .arg(fileName, file.errorString());
    }

    if (file.write(bytes) != bytes.size() || !file.commit())
        return ExportContextDialog::tr("Writing %1 failed: %2").arg(fileName, file.errorString());
    return std::nullopt;
}

ExportContextDialog::ExportContextDialog(const onboarding::SessionContext &context,
                                         const QString &proxyUrl, const QString &profileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_proxyUrl(proxyUrl)
    , m_profileName(profileName)
    , m_warning(new QLabel(this))
    , m_understood(new QCheckBox(this))
    , m_fileCaption(new QLabel(this))
    , m_fileName(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_fileNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportContextDialog"_s);
    setMinimumWidth(520);

    m_warning->setObjectName(u"exportWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setMargin(8);
    m_warning->setAutoFillBackground(true);
    setErrorPanelColours(m_warning);

    m_understood->setObjectName(u"understoodCheck"_s);
    m_fileName->setObjectName(u"exportFileEdit"_s);
    m_fileName->setClearButtonEnabled(true);
    m_fileCaption->setBuddy(m_fileName);
    m_browse->setObjectName(u"browseButton"_s);
    m_fileNote->setObjectName(u"exportFileNote"_s);
    m_fileNote->setWordWrap(true);
    m_error->setObjectName(u"exportError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setStatusColour(m_error, StatusColour::Error);
    m_error->setVisible(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_understood);
    layout->addSpacing(6);
    layout->addWidget(m_fileCaption);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileNote);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportContextDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportContextDialog::browse);
    connect(m_understood, &QCheckBox::toggled, this, &ExportContextDialog::updateState);
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportContextDialog::updateState);

    setFileName(QDir::home().filePath(suggestedFileName(profileName)));
    retranslateUi();
    m_understood->setFocus();
}

QString ExportContextDialog::fileName() const
{
    return m_fileName->text().trimmed();
}

void ExportContextDialog::setFileName(const QString &fileName)
{
    m_fileName->setText(QDir::toNativeSeparators(fileName));
}

QString ExportContextDialog::warningText() const
{
    return m_warning->text();
}

void ExportContextDialog::accept()
{
    if (!m_understood->isChecked() || fileName().isEmpty())
        return;

    const QString target = QDir::fromNativeSeparators(fileName());
    const QByteArray bytes = storage::writeContextFile(m_context, m_proxyUrl);
    if (const std::optional<QString> problem = writeOwnerOnlyFile(target, bytes)) {
        m_error->setText(*problem);
        m_error->setVisible(true);
        return;
    }

    Q_EMIT exported(target);
    QDialog::accept();
}

void ExportContextDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Export Context File"),
                                    QDir::fromNativeSeparators(fileName()),
                                    tr("bunq SDK context files (*.conf);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    connect(chooser, &QFileDialog::fileSelected, this, &ExportContextDialog::setFileName);
    chooser->open();
}

void ExportContextDialog::updateState()
{
    m_error->setVisible(false);

    const QFileInfo target(QDir::fromNativeSeparators(fileName()));
    if (fileName().isEmpty())
        m_fileNote->setText(tr("Choose where to write the file."));
    else if (target.isDir())
        m_fileNote->setText(tr("This is a folder. Add a file name such as bunq.conf."));
    else if (target.exists())
        m_fileNote->setText(tr("A file with this name exists and will be replaced."));
    else
        m_fileNote->setText(tr("The file will be readable and writable by you only."));

    const bool writable = !fileName().isEmpty() && !target.isDir();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_understood->isChecked() && writable);
}

void ExportContextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportContextDialog::retranslateUi()
{
    //: %1 profile name.
    setWindowTitle(tr("Export %1 as Context File").arg(m_profileName));

    const QString user = m_context.user.displayName.isEmpty() ? tr("this user")
                                                               : m_context.user.displayName;
    QString warning =
        //: %1 user name, %2 environment such as "bunq sandbox".
        tr("This file grants full access to %1 in %2. It contains the API key, the private key "
           "and the tokens unencrypted, so anyone who gets a copy can act as this user through "
           "the API without asking you. Keep it private, never attach it to a message or a bug "
           "report, and delete it when you no longer need it.")
            .arg(user, m_context.environment.displayName());
    if (m_context.environment.kind() == api::ApiEnvironment::Kind::Production)
        warning += u"\n\n"_s + tr("This is a production profile: the file can move real money.");
    m_warning->setText(warning);

    m_understood->setText(tr("I &understand that this file grants full access"));
    m_fileCaption->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    updateState();
}

} // namespace studio::ui
