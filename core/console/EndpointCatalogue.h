// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace studio::console {

// One bunq API endpoint the request console offers. Paths are templates such as
// "/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment"; a placeholder is always a
// whole path segment.
struct CatalogueEntry
{
    QString id;        // stable, e.g. "payment-create"
    QString group;     // English source text, e.g. "Payments"
    QByteArray method; // GET, POST, PUT or DELETE
    QString pathTemplate;
    QByteArray bodyTemplate; // compact JSON for POST and PUT; empty otherwise
    QString summary;         // English source text

    friend bool operator==(const CatalogueEntry &, const CatalogueEntry &) = default;
};

// The endpoints the console completes and describes. The built-in list lives in
// core/console/catalogue.json, compiled in as the resource :/studio/console/catalogue.json.
class EndpointCatalogue
{
public:
    // Context of the summaries and groups in the translation catalogues.
    static constexpr const char *translationContext = "studio::console::Catalogue";

    // Reads {"format":"bunq-session-studio-endpoints","version":1,"entries":[…]}. Errors name
    // the entry (index and id) and the field.
    static Result<EndpointCatalogue, QString> fromJson(const QByteArray &json);

    // The catalogue compiled into the program. Empty (and logged) only if the resource is
    // broken, which tst_endpointcatalogue rules out.
    static const EndpointCatalogue &builtIn();

    const QList<CatalogueEntry> &entries() const { return m_entries; }

    // Entries for completion while a path is typed: the typed text is a prefix of the path
    // template, where a concrete id (or any text) stands for a {placeholder} segment. "/v1/" may
    // be left out and a query is ignored. An empty method matches every method. Catalogue
    // order.
    QList<CatalogueEntry> matching(QStringView typed, const QByteArray &method = {}) const;

    // The entry for a complete path such as "/v1/user/12/monetary-account/34" (with or without
    // "/v1/", query ignored). Literal segments win over placeholders.
    std::optional<CatalogueEntry> find(const QByteArray &method, QStringView path) const;

    // The entry with this id, if any.
    std::optional<CatalogueEntry> entry(const QString &id) const;

    // QCoreApplication::translate(translationContext, …) of the summary or group.
    static QString translatedSummary(const CatalogueEntry &entry);
    static QString translatedGroup(const CatalogueEntry &entry);

private:
    QList<CatalogueEntry> m_entries;
};

} // namespace studio::console
