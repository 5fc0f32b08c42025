// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoding.h"

#include "core/TextContexts.h"

#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace candor {
namespace {

// UTF-16 without a byte-order mark, told by its zero bytes: text in the Latin range written as UTF-16LE has a
// zero in every odd byte (BE: every even byte). UTF-8 and Latin-1 exports never hold zero bytes, so a sample
// in which nine in ten of one side's bytes are zero and almost none of the other's is UTF-16.
std::optional<QStringConverter::Encoding> utf16WithoutMark(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype{1};
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == 0 ? 1 : 0;
        oddZeros += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 <= pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 <= pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Whether the last bytes of a stream end inside a multi-byte UTF-8 sequence: a stateful decoder keeps those
// back instead of reporting them, where decoding the whole file at once would replace them.
bool endsInsideSequence(const QByteArray &tail)
{
    qsizetype lead = tail.size() - 1;
    while (lead >= 0 && tail.size() - lead <= 4 && (static_cast<uchar>(tail.at(lead)) & 0xC0) == 0x80)
        --lead;
    if (lead < 0)
        return false;
    const auto byte = static_cast<uchar>(tail.at(lead));
    const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return lead + length > tail.size();
}

QStringConverter::Encoding codecNamed(const QString &encoding)
{
    if (encoding == QLatin1String("UTF-16LE"))
        return QStringConverter::Utf16LE;
    if (encoding == QLatin1String("UTF-16BE"))
        return QStringConverter::Utf16BE;
    if (encoding == QLatin1String("ISO-8859-1"))
        return QStringConverter::Latin1;
    return QStringConverter::Utf8;
}

constexpr qsizetype kHeadBytes = 4096; // enough to tell UTF-16 by its zero bytes

} // namespace

bool EncodingDetector::wantsMore() const
{
    return m_requested != TextEncoding::Latin1 && !m_utf16;
}

void EncodingDetector::feed(QByteArrayView bytes)
{
    if (!wantsMore())
        return;
    if (m_head.size() < kHeadBytes) {
        m_head += bytes.first(std::min(bytes.size(), kHeadBytes - m_head.size()));
        if (m_head.size() >= kHeadBytes) {
            const auto marked = QStringConverter::encodingForData(m_head);
            m_utf16Marked = marked && (*marked == QStringConverter::Utf16LE || *marked == QStringConverter::Utf16BE);
            m_utf16 = m_utf16Marked ? marked : utf16WithoutMark(m_head);
            if (m_utf16)
                return;
        }
    }
    const QString text = m_utf8(bytes);
    m_utf8Error = m_utf8Error || m_utf8.hasError();
    for (const QChar c : text) {
        if (c == QChar(0xFFFD) && (m_replacedLines.isEmpty() || m_replacedLines.constLast() != m_line))
            m_replacedLines << m_line;
        else if (c == QLatin1Char('\n'))
            ++m_line;
    }
    m_tail = (m_tail + bytes.last(std::min<qsizetype>(bytes.size(), 4)).toByteArray()).right(4);
}

DecodedText EncodingDetector::finish() const
{
    DecodedText result;
    if (m_requested == TextEncoding::Latin1) {
        result.encoding = QStringLiteral("ISO-8859-1");
        return result;
    }
    const bool utf8Mark = m_head.startsWith("\xEF\xBB\xBF");
    if (utf8Mark) {
        result.notices << ImportText::tr("The file starts with a UTF-8 byte-order mark (as Excel writes it); "
                                         "it was skipped.");
    }
    auto utf16 = m_utf16;
    bool marked = m_utf16Marked;
    if (!utf16 && m_head.size() < kHeadBytes) { // a file shorter than the sample: decided now
        const auto mark = QStringConverter::encodingForData(m_head);
        marked = mark && (*mark == QStringConverter::Utf16LE || *mark == QStringConverter::Utf16BE);
        utf16 = marked ? mark : utf16WithoutMark(m_head);
    }
    if (utf16) {
        result.encoding = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.notices << (marked ? ImportText::tr("The file is UTF-16 (%1).").arg(result.encoding)
                                  : ImportText::tr(
                                        "The file is UTF-16 (%1) without a byte-order mark, recognised by "
                                        "its zero bytes.")
                                        .arg(result.encoding));
        return result;
    }
    result.encoding = QStringLiteral("UTF-8");
    const bool cutShort = endsInsideSequence(m_tail);
    if (!m_utf8Error && !cutShort)
        return result;
    if (utf8Mark) {
        // The BOM says UTF-8. Reading the file as Latin-1 instead would garble every accent and the BOM itself
        // ("ï»¿" in the first header) for the sake of a few broken bytes.
        result.invalidLines = m_replacedLines;
        if (cutShort && (result.invalidLines.isEmpty() || result.invalidLines.constLast() != m_line))
            result.invalidLines << m_line;
        QStringList lines;
        for (int l : std::as_const(result.invalidLines))
            lines << QString::number(l);
        result.notices << ImportText::tr(
                              "The file is UTF-8 (it starts with a byte-order mark), but line(s) %1 hold "
                              "bytes that are not valid UTF-8; they were replaced with \uFFFD and those "
                              "rows are marked with a warning.")
                              .arg(lines.join(QStringLiteral(", ")));
        return result;
    }
    if (m_requested == TextEncoding::Utf8) {
        // The caller insisted on UTF-8: keep the replacement characters but say where the damage is.
        result.notices << ImportText::tr("The file is not valid UTF-8; unreadable characters were replaced "
                                         "with \uFFFD. Re-save the file as UTF-8 or import it with "
                                         "--encoding latin1.");
        return result;
    }
    result.encoding = QStringLiteral("ISO-8859-1");
    result.notices << ImportText::tr(
        "The file is not valid UTF-8, so it was read as Latin-1 (ISO 8859-1, "
        "common in older Windows exports). If accented names look wrong, re-save the "
        "file as UTF-8.");
    return result;
}

EncodingDetector::Decoder::Decoder(const DecodedText &choice) : m_decoder(codecNamed(choice.encoding)) {}

QString EncodingDetector::Decoder::operator()(QByteArrayView bytes)
{
    QString text = m_decoder(bytes);
    if (m_first && !text.isEmpty()) {
        m_first = false;
        if (text.front() == QChar(0xFEFF))
            text.remove(0, 1);
    }
    return text;
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    EncodingDetector detector(encoding);
    detector.feed(bytes);
    DecodedText result = detector.finish();
    result.text = EncodingDetector::Decoder(result)(bytes);
    return result;
}

} // namespace candor
