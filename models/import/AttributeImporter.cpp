// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AttributeImporter.h"

#include "DataFile.h"
#include "core/TextContexts.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace candor {

Result<PreparedAttributeImport> AttributeImporter::prepare(const QString &path, const QString &importedBy)
{
    auto opened = openDataFile(path, TextEncoding::Detect, QStringLiteral("attributes"), {}, importedBy);
    if (!opened)
        return opened.error();
    PreparedAttributeImport prepared;
    ImportBatchInfo &batch = prepared.batch;
    batch = opened->batch;
    batch.platform = ImportText::tr("per row");
    auto read = readTable(path, opened->decoded.text, batch);
    if (!read)
        return read.error();
    const RawTable &table = *read;
    QHash<QString, int> column;
    for (int c = 0; c < table.headers.size(); ++c)
        column.insert(table.headers.at(c).simplified().toLower(), c);
    for (const char *required : {"handle", "attribute", "value", "consent_date", "purpose"}) {
        if (!column.contains(QLatin1String(required)))
            return Error{
                path,
                ImportText::tr("has no \"%1\" column (an attribute file has handle, platform, attribute, "
                               "value, consent_date, purpose, evidence, consent_expires)")
                    .arg(QLatin1String(required)),
                {}};
    }
    prepared.issues << rejectedRecords(table);
    for (const RawRecord &record : std::as_const(table.records)) {
        ++prepared.recordsRead;
        const auto cell = [&](const char *name) {
            return record.cells.value(column.value(QLatin1String(name), -1)).trimmed();
        };
        const auto rejectRow = [&](const char *name, const QString &reason) {
            prepared.issues << RowIssue{record.line, QLatin1String(name), RowIssue::Severity::Rejected, reason,
                                        record.text};
        };
        AttributeRow row;
        row.line = record.line;
        row.rawRecord = record.text;
        row.handle = cell("handle");
        row.attribute.attribute = cell("attribute").toLower();
        row.attribute.value = cell("value");
        row.attribute.consent.purpose = cell("purpose");
        row.attribute.consent.recordedBy = batch.importedBy;
        row.evidence = cell("evidence");
        const QString consentDate = cell("consent_date");
        row.attribute.consent.givenOn = QDate::fromString(consentDate, Qt::ISODate);
        const QString expires = cell("consent_expires");
        row.attribute.consent.expiresOn = QDate::fromString(expires, Qt::ISODate);
        const int before = static_cast<int>(prepared.issues.size());
        if (row.handle.isEmpty())
            rejectRow("handle", ImportText::tr("the handle is empty"));
        if (const QString platform = cell("platform"); !platform.isEmpty()) {
            row.platform = platformFromText(platform);
            if (!row.platform)
                rejectRow("platform", ImportText::tr("\"%1\" is not one of %2")
                                          .arg(platform, platformIds().join(QStringLiteral(", "))));
        }
        if (row.attribute.attribute.isEmpty() || row.attribute.value.isEmpty())
            rejectRow("attribute", ImportText::tr("the attribute and its value are both needed"));
        if (consentDate.isEmpty())
            rejectRow("consent_date",
                      ImportText::tr("no consent date: a self-declared attribute is kept only with "
                                     "the creator's consent, so this row was not stored"));
        else if (!row.attribute.consent.givenOn.isValid() || row.attribute.consent.givenOn > QDate::currentDate())
            rejectRow("consent_date",
                      ImportText::tr("\"%1\" is not a past date such as 2026-03-01").arg(consentDate));
        if (!expires.isEmpty() && !row.attribute.consent.expiresOn.isValid())
            rejectRow("consent_expires",
                      ImportText::tr("\"%1\" is not a date such as 2027-03-01").arg(expires));
        else if (row.attribute.consent.expiresOn.isValid() && row.attribute.consent.givenOn.isValid() &&
                 row.attribute.consent.expiresOn < row.attribute.consent.givenOn)
            rejectRow("consent_expires", ImportText::tr("the consent expires (%1) before it was given (%2)")
                                             .arg(expires, consentDate));
        if (row.attribute.consent.purpose.isEmpty())
            rejectRow("purpose",
                      ImportText::tr("no consent purpose: consent is given for a purpose (GDPR Art. 6 "
                                     "and 9), so this row was not stored"));
        if (prepared.issues.size() == before)
            prepared.rows << row;
    }
    return prepared;
}

} // namespace candor
