// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RawTable.h"
#include "core/Error.h"
#include "domain/Platform.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace candor {

// What a column can feed. Category may come from several columns (Category_1, Category_2); every other
// field from at most one.
enum class Field
{
    Handle,
    DisplayName,
    Platform,
    Followers,
    Following,
    Posts,
    AverageLikes,
    AverageComments,
    AverageViews,
    AverageEngagement,
    AuthenticEngagement,
    EngagementRate,
    AudienceCountry,
    Category,
    AsOf,
    Fee,         // price of one sponsored post
    FeeCurrency, // ISO code such as EUR; the import's --currency otherwise
};

QString fieldId(Field field); // used in --map and stored with the import batch
std::optional<Field> fieldFromId(const QString &id);
QList<Field> allFields();

// Lower case, every run of non-alphanumerics as one space: "Authentic engagement\n" -> "authentic
// engagement".
QString normalizedHeader(const QString &header);

class ColumnMapping
{
public:
    // Recognises the header names of common exports (HypeAuditor-style top lists, Modash, platform CSVs).
    // When several columns fit one field, the first is taken and the others are kept as alternatives.
    static ColumnMapping detect(const QStringList &headers);

    // "column=field" where column is a header name or "#N" (1-based) and field a fieldId() or "ignore".
    Status applyOverride(const QString &spec, const QStringList &headers);

    // After the user's overrides, settles what detect() could not tell from headers alone, with a notice for
    // each decision: among columns that fit one field, the one with full numbers rather than "12.5K"; handle
    // and display-name headers swapped between snapshots of the same export; columns left out.
    void resolveAmbiguities(const RawTable &table, QStringList *notices);

    std::optional<int> columnFor(Field field) const;
    QList<int> columnsFor(Field field) const;
    QStringList unmappedHeaders(const QStringList &headers) const;
    QJsonObject toJson(const QStringList &headers) const;

    // The platform named by the headers ("Instagram name", "youtuber name") or by profile links in the first
    // records; `reason` says which, for the import notices.
    static std::optional<Platform> detectPlatform(const RawTable &table, QString *reason);

private:
    // Exports disagree on which header holds the handle (one snapshot of the same list calls the handle
    // "name", the next "instagram name"). When the detected handle column mostly holds names with spaces
    // and the display-name column holds handle-like words, the two are swapped.
    void correctSwappedNameColumns(const RawTable &table, QStringList *notices);

    QMap<int, Field> m_fieldOfColumn;
    QList<Field> m_overridden;
    QMap<Field, QList<int>> m_alternatives;
};

} // namespace candor
