// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ImportedSessionCheck.h"
#include "storage/ContextFile.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace studio::ui {

class ExchangeView;
class SecretField;

// Opens a context file ("bunq.conf") of any of bunq's four SDKs and shows what it contains and
// what is missing. It checks with the server whether the session is alive, re-opens the
// session on the installation token, and hands the result on to be saved as a profile. A file that
// cannot be read is shown with the reason and its name, and nothing is imported.
class ContextFileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class SessionState { NoSession, Unchecked, Busy, Alive, Ended, Failed };

    // The network manager is owned by the caller and must outlive the dialog.
    explicit ContextFileDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Reads the file and shows what it holds, or why it cannot be used.
    void openFile(const QString &fileName);
    // The same for bytes already read; fileName is used in texts only.
    void showFile(const QByteArray &bytes, const QString &fileName);

    // The built-in local sandbox's API root. A sandbox file can then be used with it.
    void setLocalSandboxUrl(const QUrl &baseUrl);

    // Supplies the network manager for calls through a proxy, or the shared one when there
    // is none. Unset, calls ignore the file's proxy; with a function that returns an error,
    // the error is shown and no call is made.
    using NetworkForProxy =
        std::function<Result<QNetworkAccessManager *, QString>(const QString &proxyUrl)>;
    void setNetworkForProxy(NetworkForProxy networkForProxy);

    QString fileName() const { return m_fileName; }
    bool hasContext() const { return m_imported.has_value(); }
    // The reason the file could not be read, or an empty string.
    QString errorText() const;
    QStringList findings() const;
    SessionState sessionState() const { return m_state; }
    // The status line of the session section, as displayed.
    QString sessionStatusText() const;

    // The context as it is now: the file's, with the chosen environment and any session
    // opened since. Precondition: hasContext().
    onboarding::SessionContext context() const;
    QString proxyUrl() const;

    void checkSession();
    void reopenSession();

    // Called by the owner once the profile was saved, or with the reason it was not.
    void finishSaved();
    void showSaveError(const QString &message);

Q_SIGNALS:
    // The user asked to keep this context as a profile with the given name.
    void saveRequested(const studio::onboarding::SessionContext &context, const QString &proxyUrl,
                       const QString &name);
    void openAnotherRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildContentsSection();
    void buildSessionSection();
    void buildSaveSection();
    void retranslateUi();
    void showContents();
    void showHeading();
    void showFileValues();
    void showMissingAndFindings();
    void showTargets();
    void showSessionState();
    void updateButtons();
    void applyTarget();
    void requestSave();
    void onCheckFinished(const ImportedSessionCheck::Outcome &outcome);
    bool prepareNetwork();
    QString defaultProfileName() const;

    QNetworkAccessManager *m_network;
    NetworkForProxy m_networkForProxy;
    ImportedSessionCheck *m_check;
    QUrl m_localSandboxUrl;

    QString m_fileName;
    std::optional<storage::ImportedContext> m_imported;
    std::optional<storage::ContextFileError> m_error;
    onboarding::SessionContext m_context; // the file's, updated by the calls made since
    SessionState m_state = SessionState::NoSession;
    std::optional<ImportedSessionCheck::Outcome> m_lastOutcome;
    QString m_networkProblem;
    bool m_saving = false;
    bool m_nameEdited = false;

    QLabel *m_heading = nullptr;
    QLabel *m_shape = nullptr;
    QLabel *m_errorPanel = nullptr;
    QLabel *m_unchangedNote = nullptr;

    QGroupBox *m_contentsBox = nullptr;
    QFormLayout *m_contentsForm = nullptr;
    QList<QLabel *> m_contentCaptions;
    SecretField *m_apiKey = nullptr;
    QLabel *m_clientKey = nullptr;
    SecretField *m_installationToken = nullptr;
    QLabel *m_serverKey = nullptr;
    SecretField *m_sessionToken = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_proxy = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_findingsCaption = nullptr;
    QLabel *m_findings = nullptr;

    QGroupBox *m_sessionBox = nullptr;
    QLabel *m_targetCaption = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_sessionStatus = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    ExchangeView *m_exchange = nullptr;

    QGroupBox *m_saveBox = nullptr;
    QLabel *m_nameCaption = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_saveError = nullptr;

    QPushButton *m_openAnother = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace studio::ui
