#pragma once

#include "ColumnMapping.h"
#include "ImportPlan.h"
#include "RawTable.h"
#include "ValueParser.h"

#include <QDate>
#include <optional>

namespace candor {

struct InterpretOptions
{
    std::optional<Platform> platform; // for files without a platform column
    NumberFormat numbers;
    QDate asOf;       // snapshot date for rows without an as_of column
    QString currency; // for fees without a currency column
    StepProgress progress; // records checked of all
};

// Turns raw records into import rows through the column mapping. A row is rejected, with its column and
// reason, when a value cannot be read or when the same handle already appeared earlier in the file;
// spreadsheet errors such as #VALUE! leave the figure empty and are kept as warnings.
class RecordInterpreter
{
public:
    static ImportPlan interpret(const RawTable &table, const ColumnMapping &mapping,
                                const InterpretOptions &options);
};

} // namespace candor
