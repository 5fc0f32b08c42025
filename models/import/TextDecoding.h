#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace candor {

enum class TextEncoding
{
    Detect,
    Utf8,
    Latin1
};

struct DecodedText
{
    QString text;
    QString encoding; // what was used, as stored with the import batch
    QStringList notices;
    // Lines (1-based) holding byte sequences that are not valid UTF-8 in a file that is UTF-8 all the same
    // (it starts with the BOM): their characters are U+FFFD and the rows on them are marked.
    QList<int> invalidLines;
};

// Reads UTF-8 (with or without the BOM Excel writes), UTF-16 with a BOM, and Latin-1. A file that is not
// valid UTF-8 is read as Latin-1 only with a notice that says so; nothing is decoded silently. A file that
// starts with the UTF-8 BOM is UTF-8 whatever follows: a few bad bytes mark their lines, not the whole file.
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding);

} // namespace candor
