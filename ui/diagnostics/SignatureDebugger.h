// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"
#include "crypto/RsaPublicKey.h"

#include <QWidget>

#include <memory>

namespace studio::ui {

// Shows how the signatures of one exchange were made and checked, in the exchange view's Signing
// tab or on its own. For the request it shows the exact bytes signed (as hex when they contain
// non-ASCII bytes or carriage returns), the signature, the signing key's fingerprint and a local
// check of the signature. For the response it shows the same against the server key. When bunq
// rejected the request signature, or the response signature is missing or invalid, it lists the
// usual causes, each ruled in, ruled out or undecided, with the reason.
class SignatureDebugger : public QWidget
{
    Q_OBJECT

public:
    explicit SignatureDebugger(QWidget *parent = nullptr);
    ~SignatureDebugger() override;

    // clientPublicKey is the public half of the key that signed the request, serverKey the
    // installation's server public key. Either may be null when it is not known, and the
    // checks that need it then report that.
    void setExchange(const studio::api::ApiExchange &exchange,
                     const studio::crypto::RsaPublicKey &clientPublicKey,
                     const studio::crypto::RsaPublicKey &serverKey);
    // The client public key registered with POST /v1/installation. When it differs from the key
    // that signed, bunq rejects the signature. Until it is set, the client key passed to
    // setExchange() is taken as the registered one, as it is in the app's own sessions. The
    // exchange's record of the key that actually signed is still compared with it.
    void setInstallationKey(const studio::crypto::RsaPublicKey &registeredKey);
    // Forgets the exchange and the installation key.
    void clear();

    // Shows the API key in signed bodies (device-server, session-server) unmasked. Masked by
    // default, like every secret; the checks always run over the real bytes.
    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const;

    // The causes listed for the request and the response, one "[verdict] cause: reason" per
    // line; empty when nothing was rejected. For tests and the clipboard.
    QString causesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rediagnose();
    void showDiagnosis();
    QString requestOutcomeText() const;
    QString responseOutcomeText() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace studio::ui
