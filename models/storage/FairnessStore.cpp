#include "FairnessStore.h"

#include "SqlSupport.h"

namespace candor {

Result<ConsentedAttributes> FairnessStore::consentedAttributes() const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT a.id, t.attribute, t.value, t.consent_given_on, t.consent_purpose,"
                                         " t.consent_recorded_by FROM creator_attributes t"
                                         " JOIN accounts a ON a.creator_id = t.creator_id ORDER BY a.id"));
    if (!query)
        return query.error();
    ConsentedAttributes attributes;
    while (query->next()) {
        CreatorAttribute attribute{query->value(1).toString(), query->value(2).toString(),
                                   ConsentRecord{QDate::fromString(query->value(3).toString(), Qt::ISODate),
                                                 query->value(4).toString(), query->value(5).toString()}};
        attributes[attribute.attribute].insert(query->value(0).toLongLong(), attribute);
    }
    return attributes;
}

} // namespace candor
