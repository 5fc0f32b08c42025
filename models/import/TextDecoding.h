#pragma once

#include <QByteArray>
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
};

// Reads UTF-8 (with or without the BOM Excel writes), UTF-16 with a BOM, and Latin-1. A file that is not
// valid UTF-8 is read as Latin-1 only with a notice that says so; nothing is decoded silently.
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding);

} // namespace candor
