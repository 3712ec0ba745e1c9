// SPDX-License-Identifier: GPL-3.0-or-later
// lupdate cannot read catalogue.json, so every group and summary text of that file is marked
// here once. tst_endpointcatalogue fails when the two lists differ.
#include "console/CatalogueTexts.h"

#include <QCoreApplication>

namespace studio::console {

namespace {

const char *const sourceTexts[] = {
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Users"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "List the users this session can see."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one user."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Monetary accounts"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List every monetary account of the user, of any type."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one monetary account, with its balance."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "List the user's bank accounts."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one bank account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Open a new bank account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Change the description of a bank account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Payments"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List the payments of a monetary account, newest first."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one payment."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Make a payment. The body must be signed."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Request inquiries"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List the payment requests sent from a monetary account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one payment request."),
    QT_TRANSLATE_NOOP(
        "studio::console::Catalogue",
        "Request money. In the sandbox, sugardaddy@bunq.com pays up to EUR 500 per request."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Request responses"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List the payment requests others sent to a monetary account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one received payment request."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "Accept or reject a received payment request. Accepting pays it, so the body "
                      "must be signed."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Draft payments"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List the draft payments of a monetary account."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one draft payment."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "Create a draft payment that the account holder accepts in the bunq app."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Cards"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "List the user's cards."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one card."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Events"),
    QT_TRANSLATE_NOOP(
        "studio::console::Catalogue",
        "List the user's events: payments, requests and other activity, newest first."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one event."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Attachments"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "Read the metadata of a public attachment: description and content type."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "Download the raw bytes of a public attachment."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Devices"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "List the devices registered for this API key."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one registered device."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Installations"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "List the installation of this session."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Read one installation."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "Read the server public key that signs the responses of an installation."),
    QT_TRANSLATE_NOOP("studio::console::Catalogue", "Sessions"),
    QT_TRANSLATE_NOOP("studio::console::Catalogue",
                      "End the session. Its token stops working at once."),
};

} // namespace

QStringList catalogueSourceTexts()
{
    QStringList texts;
    for (const char *text : sourceTexts)
        texts.append(QString::fromUtf8(text));
    return texts;
}

} // namespace studio::console
