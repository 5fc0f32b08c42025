#pragma once

#include "RawTable.h"

#include <QChar>
#include <QString>

namespace candor {

// Splits delimited text into records. Quoted fields may hold delimiters, doubled quotes and line breaks
// (real exports put line breaks even into header cells). Line ends may be LF, CRLF or CR.
// Stray quotes are kept as text with a warning; a quote that is never closed rejects only the record it
// opened in, and reading resumes on the next line, so one bad cell cannot swallow the rest of the file.
class CsvReader
{
public:
    // The separator used in the header record: comma, semicolon, tab or '|'. `notice` explains any choice
    // other than a comma.
    static QChar detectDelimiter(const QString &text, QString *notice);

    static RawTable read(const QString &text, QChar delimiter, const StepProgress &progress = {});
};

} // namespace candor
