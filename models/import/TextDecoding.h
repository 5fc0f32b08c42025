// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

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

// How a file's bytes become text: decodeText()'s choice without the text, so that a large file can be decoded
// piece by piece. `text` of the DecodedText stays empty.
class EncodingDetector
{
public:
    explicit EncodingDetector(TextEncoding requested) : m_requested(requested) {}

    // Whether the choice still depends on bytes not fed yet (UTF-8 validity is a property of the whole file).
    bool wantsMore() const;
    void feed(QByteArrayView bytes);
    DecodedText finish() const;

    // Turns the file's pieces into text in the chosen encoding, dropping a leading byte-order mark.
    class Decoder
    {
    public:
        explicit Decoder(const DecodedText &choice);
        QString operator()(QByteArrayView bytes);

    private:
        QStringDecoder m_decoder;
        bool m_first = true;
    };

private:
    TextEncoding m_requested;
    QByteArray m_head; // the first bytes: byte-order marks and the UTF-16 sample
    QStringDecoder m_utf8{QStringConverter::Utf8};
    bool m_utf8Error = false;
    QList<int> m_replacedLines; // lines holding U+FFFD as decoded
    int m_line = 1;
    QByteArray m_tail; // the last bytes fed, to tell a sequence cut short at the end
    std::optional<QStringConverter::Encoding> m_utf16;
    bool m_utf16Marked = false;
    bool m_decided = false; // UTF-16 and Latin-1 are known from the head or the request
};

} // namespace candor
