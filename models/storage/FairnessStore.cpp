#include "FairnessStore.h"

#include "SqlSupport.h"

namespace candor {

Result<ConsentedAttributes> FairnessStore::consentedAttributes() const
{
    auto query =
        sql::run(m_project.database(), m_project.path(),
                 QStringLiteral("SELECT a.id, t.attribute, t.value, t.consent_given_on, t.consent_purpose,"
                                " t.consent_recorded_by FROM creator_attributes t"
                                " JOIN accounts a ON a.creator_id = t.creator_id ORDER BY a.id"));
    if (!query)
        return query.error();
    const sql::Columns queryColumns(*query);
    ConsentedAttributes attributes;
    while (query->next()) {
        CreatorAttribute attribute{
            query->value(queryColumns["attribute"]).toString(),
            query->value(queryColumns["value"]).toString(),
            ConsentRecord{
                QDate::fromString(query->value(queryColumns["consent_given_on"]).toString(), Qt::ISODate),
                query->value(queryColumns["consent_purpose"]).toString(),
                query->value(queryColumns["consent_recorded_by"]).toString()}};
        attributes[attribute.attribute].insert(query->value(queryColumns["id"]).toLongLong(), attribute);
    }
    return attributes;
}

} // namespace candor
