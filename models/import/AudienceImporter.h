// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "TextDecoding.h"
#include "core/Error.h"
#include "domain/AudienceDistribution.h"
#include "domain/Platform.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace candor {

// Where an audience estimate comes from; shown wherever audience data is shown.
enum class AudienceProvenance
{
    Measured,  // by the platform itself (Instagram Graph API, YouTube Analytics), authorised by the creator
    Estimated, // by a third party (HypeAuditor, Modash and the like)
    Entered,   // typed in by a person
};
QString provenanceKey(AudienceProvenance provenance); // measured, estimated, entered
std::optional<AudienceProvenance> provenanceFromKey(const QString &key);

// The file layouts an audience import recognises (docs/audience-import.md).
enum class AudienceFormat
{
    Long,               // handle, platform, dimension, category, share, source, confidence, as_of
    InstagramGraph,     // follower_demographics (breakdown age/gender/country; counts)
    InstagramLegacy,    // audience_gender_age "F.18-24", audience_country, audience_locale (counts)
    YouTubeAnalytics,   // viewerPercentage by ageGroup, gender (percent 0-100)
    VendorWide,         // one row per account: "Audience 18-24 %", "Audience female %", "Top country 1" …
};
QString audienceFormatName(AudienceFormat format);

struct AudienceImportOptions
{
    QString handle;                   // the account of a platform file (Instagram, YouTube); files name no handle
    std::optional<Platform> platform; // default: from the file or the format
    QString source;                   // default: the format's name
    std::optional<AudienceProvenance> provenance;
    std::optional<double> confidence;
    QDate asOf;                       // default: the file's dates, else today
    QString importedBy;
    TextEncoding encoding = TextEncoding::Detect;
};

// One account's estimate for one dimension, as it will be stored.
struct AudienceGroup
{
    QString handle;
    Platform platform = Platform::Instagram;
    bool platformGiven = false; // otherwise the handle is looked up on every platform
    AudienceDimension dimension = AudienceDimension::AgeBand;
    struct Share
    {
        QString category;
        QString rawLabel;
        double share = 0.0; // fraction of the audience
    };
    QList<Share> shares;
    QString source;
    AudienceProvenance provenance = AudienceProvenance::Estimated;
    double confidence = 1.0;
    QDate asOf;
    bool partial = false;   // the source reported only part; the rest is notReported()
    QList<int> lines;       // where its rows are in the file
    QString rawRecord;      // the first row, as written
};

struct PreparedAudienceImport
{
    ImportBatchInfo batch;
    AudienceFormat format = AudienceFormat::Long;
    QList<AudienceGroup> groups;
    QList<RowIssue> issues;
    int recordsRead = 0;
};

struct AudienceImportReport
{
    PreparedAudienceImport prepared;
    ImportCounts counts; // imported: rows of new estimates; merged: rows of estimates that replace or add to
                         // history; rejected: rows not stored
};

// file -> format detection -> labels to Candor's categories -> scale (counts, fractions, percent) -> one
// transaction. Every row is imported, merged or rejected with its line, column and reason.
class AudienceImporter
{
public:
    static Result<PreparedAudienceImport> prepare(const QString &path, const AudienceImportOptions &options);
};

} // namespace candor
