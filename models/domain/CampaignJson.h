// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Campaign.h"
#include "core/Error.h"

#include <QJsonObject>

namespace candor {

// A campaign as `candor campaign show --format json` prints it and `campaign add|edit --from` reads it; the
// schema is documented in docs/campaigns.md. The scoring model travels by name and version, because ids are
// private to one project file.
struct CampaignDocument
{
    Campaign campaign;
    QString modelName;          // empty: the project's default model
    std::optional<int> modelVersion; // empty: the newest version of modelName
};

QJsonObject campaignToJson(const Campaign &campaign, const QString &modelName, int modelVersion);

// Reads a document written by campaignToJson() or by hand. Every field but "name" may be missing; when
// `base` is given, missing fields keep its values (an edit). Errors name `file` and the field at fault.
Result<CampaignDocument> campaignFromJson(const QJsonObject &json, const QString &file,
                                          const Campaign &base = {});

} // namespace candor
