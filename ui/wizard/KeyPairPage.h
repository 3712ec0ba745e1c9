// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/RsaKeyPair.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace studio::ui {

class FlowController;

// Second wizard page: makes the RSA-2048 client key pair on a worker thread and shows its
// public half. The key is kept when the user goes back and forth, and only "Generate again"
// replaces it.
class KeyPairPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KeyPairPage(FlowController *controller, QWidget *parent = nullptr);

    bool isGenerating() const { return m_generating; }
    crypto::RsaKeyPair keyPair() const { return m_key; }

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void generate();
    void onGenerated(const Result<crypto::RsaKeyPair, QString> &result);
    void showKey();
    void showStatus();

    FlowController *m_controller;
    crypto::RsaKeyPair m_key;
    bool m_generating = false;
    QString m_generationError; // why the last generation failed, empty after a success

    QPushButton *m_generateButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_fingerprintCaption = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_pemLabel = nullptr;
    QPlainTextEdit *m_publicKey = nullptr;
    QLabel *m_privateNote = nullptr;
};

} // namespace studio::ui
