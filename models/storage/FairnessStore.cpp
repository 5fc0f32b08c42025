// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FairnessStore.h"

#include "BulkStatement.h"

#include <algorithm>
#include <vector>

#include "SqlSupport.h"
#include "privacy/PrivacyReview.h"

namespace candor {

Result<ConsentedAttributes> FairnessStore::consentedAttributes(const QDate &today) const
{
    // A large agency project holds millions of these rows: stepped through SQLite directly, each value made
    // a string once and then shared through the column's table of distinct values.
    auto query = sql::BulkStatement::prepare(m_project.database(), m_project.path(),
                                             "SELECT a.id, t.attribute, t.value, t.consent_purpose, t.consent_expires_on"
                                             " FROM creator_attributes t JOIN accounts a ON a.creator_id = t.creator_id"
                                             " JOIN creators c ON c.id = t.creator_id WHERE c.do_not_profile = 0");
    if (!query)
        return query.error();
    ConsentedAttributes attributes;
    // A project has a handful of attribute names, interleaved row by row: found by a look along a short list.
    std::vector<std::pair<QByteArray, AttributeColumn *>> columns;
    for (;;) {
        auto row = query->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        // An expired consent no longer allows the use: the value leaves every audit that day.
        if (const QByteArray expires = query->columnUtf8(4);
            !expires.isEmpty() &&
            !privacy::consentHolds(QDate::fromString(QString::fromLatin1(expires), Qt::ISODate), today))
            continue;
        const QByteArray name = query->columnUtf8(1);
        auto known = std::find_if(columns.begin(), columns.end(), [&name](const auto &c) { return c.first == name; });
        if (known == columns.end())
            known = columns.insert(columns.end(), {name, &attributes[QString::fromUtf8(name)]});
        AttributeColumn *column = known->second;
        column->add(query->columnInt64(0), QString::fromUtf8(query->columnUtf8(2)),
                    QString::fromUtf8(query->columnUtf8(3)));
    }
    query->reset();
    for (AttributeColumn &finished : attributes)
        finished.finish(); // in account order: sorted here, not by SQLite in a temporary B-tree
    return attributes;
}

} // namespace candor
