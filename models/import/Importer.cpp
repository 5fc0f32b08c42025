#include "Importer.h"

#include "ColumnMapping.h"
#include "DataFile.h"
#include "RecordInterpreter.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"

#include <QFile>
#include <QFileInfo>

namespace candor {
namespace {

QList<QStringList> cellsOf(const RawTable &table)
{
    QList<QStringList> rows;
    rows.reserve(table.records.size());
    for (const RawRecord &record : table.records)
        rows << record.cells;
    return rows;
}

} // namespace

Result<PreparedImport> Importer::prepare(const QString &path, const ImportOptions &options)
{
    auto opened = openDataFile(path, options.encoding, QStringLiteral("creators"), options.asOf, options.importedBy);
    if (!opened)
        return opened.error();
    const DecodedText &decoded = opened->decoded;
    PreparedImport prepared;
    ImportBatchInfo &batch = prepared.batch;
    batch = opened->batch;
    const auto step = [&options](const QString &name) -> StepProgress {
        if (!options.progress)
            return {};
        return [&options, name](qint64 done, qint64 total) { options.progress(name, done, total); };
    };
    auto readFile = readTable(path, decoded.text, batch, step(QStringLiteral("Reading rows")));
    if (!readFile)
        return readFile.error();
    const RawTable &table = *readFile;
    if (table.headers.isEmpty())
        return Error{path, QStringLiteral("holds no header row and no records"), {}};
    if (table.blankLines > 0)
        batch.notices << QStringLiteral("%1 blank lines were skipped.").arg(table.blankLines);

    QString numberEvidence;
    InterpretOptions interpret;
    interpret.numbers = detectNumberFormat(cellsOf(table), &numberEvidence);
    if (!numberEvidence.isEmpty())
        batch.notices << numberEvidence;
    batch.decimalSeparator = QString(interpret.numbers.decimalSeparator);

    ColumnMapping mapping = ColumnMapping::detect(table.headers);
    for (const QString &spec : options.columnOverrides) {
        if (auto applied = mapping.applyOverride(spec, table.headers); !applied)
            return Error{path, applied.error().message, {}};
    }
    mapping.resolveAmbiguities(table, &batch.notices);
    if (!mapping.columnFor(Field::Handle)) {
        QStringList headers;
        for (const QString &h : std::as_const(table.headers))
            headers << QStringLiteral("\"%1\"").arg(excerpt(h.simplified()));
        return Error{path,
                     QStringLiteral("no column holds the handle; name it with --map COLUMN=handle (columns: %1)")
                         .arg(listExcerpt(headers)),
                     {}};
    }

    interpret.asOf = batch.asOf;
    interpret.platform = options.platform;
    interpret.currency = options.currency.toUpper();
    interpret.progress = step(QStringLiteral("Checking rows"));
    if (!interpret.platform && !mapping.columnFor(Field::Platform)) {
        QString reason;
        interpret.platform = ColumnMapping::detectPlatform(table, &reason);
        if (!interpret.platform)
            return Error{
                path,
                QStringLiteral("does not say which platform its accounts are on; use --platform (%1)")
                    .arg(platformIds().join(QStringLiteral(", "))),
                {}};
        batch.notices << QStringLiteral("Platform %1, recognised from %2.")
                             .arg(platformDisplayName(*interpret.platform), reason);
    }
    batch.platform = interpret.platform ? platformId(*interpret.platform) : QStringLiteral("per row");
    batch.columnMapping = mapping.toJson(table.headers);

    prepared.plan = RecordInterpreter::interpret(table, mapping, interpret);
    prepared.headers = table.headers;
    for (int column = 0; column < table.headers.size(); ++column)
        prepared.fieldOfColumn << QString();
    for (Field field : allFields()) {
        // Every category column is read; of the others, only the column chosen for the field.
        const QList<int> read = field == Field::Category ? mapping.columnsFor(field)
                                : mapping.columnFor(field) ? QList<int>{*mapping.columnFor(field)}
                                                           : QList<int>{};
        for (int column : read)
            prepared.fieldOfColumn[column] = fieldId(field);
    }
    prepared.sample = table.records.mid(0, PreparedImport::kSampleSize);
    return prepared;
}

} // namespace candor
