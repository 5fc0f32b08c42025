#include "TextDecoding.h"

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

} // namespace

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    DecodedText result;
    if (encoding == TextEncoding::Latin1) {
        result.text = QString::fromLatin1(bytes);
        result.encoding = QStringLiteral("ISO-8859-1");
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.notices << QStringLiteral("The file starts with a UTF-8 byte-order mark (as Excel writes it); "
                                         "it was skipped.");
    }
    auto bom = QStringConverter::encodingForData(bytes);
    const bool marked = bom && (*bom == QStringConverter::Utf16LE || *bom == QStringConverter::Utf16BE);
    if (!marked)
        bom = utf16WithoutMark(bytes);
    if (bom && (*bom == QStringConverter::Utf16LE || *bom == QStringConverter::Utf16BE)) {
        QStringDecoder decoder(*bom);
        result.text = decoder(bytes);
        result.encoding =
            *bom == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.notices << (marked ? QStringLiteral("The file is UTF-16 (%1).").arg(result.encoding)
                                  : QStringLiteral("The file is UTF-16 (%1) without a byte-order mark, recognised by "
                                                   "its zero bytes.")
                                        .arg(result.encoding));
        if (!result.text.isEmpty() && result.text.front() == QChar(0xFEFF))
            result.text.remove(0, 1);
        return result;
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (!text.isEmpty() && text.front() == QChar(0xFEFF))
            text.remove(0, 1);
        result.text = text;
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        // The BOM says UTF-8. Reading the file as Latin-1 instead would garble every accent and the BOM itself
        // ("ï»¿" in the first header) for the sake of a few broken bytes.
        if (!text.isEmpty() && text.front() == QChar(0xFEFF))
            text.remove(0, 1);
        int line = 1;
        for (const QChar c : std::as_const(text)) {
            if (c == QChar(0xFFFD) && (result.invalidLines.isEmpty() || result.invalidLines.constLast() != line))
                result.invalidLines << line;
            else if (c == QLatin1Char('\n'))
                ++line;
        }
        QStringList lines;
        for (int l : std::as_const(result.invalidLines))
            lines << QString::number(l);
        result.text = text;
        result.encoding = QStringLiteral("UTF-8");
        result.notices << QStringLiteral("The file is UTF-8 (it starts with a byte-order mark), but line(s) %1 hold "
                                         "bytes that are not valid UTF-8; they were replaced with \uFFFD and those "
                                         "rows are marked with a warning.")
                              .arg(lines.join(QStringLiteral(", ")));
        return result;
    }
    if (encoding == TextEncoding::Utf8) {
        // The caller insisted on UTF-8: keep the replacement characters but say where the damage is.
        result.text = text;
        result.encoding = QStringLiteral("UTF-8");
        result.notices << QStringLiteral("The file is not valid UTF-8; unreadable characters were replaced "
                                         "with \uFFFD. Re-save the file as UTF-8 or import it with "
                                         "--encoding latin1.");
        return result;
    }
    result.text = QString::fromLatin1(bytes);
    result.encoding = QStringLiteral("ISO-8859-1");
    result.notices << QStringLiteral(
        "The file is not valid UTF-8, so it was read as Latin-1 (ISO 8859-1, "
        "common in older Windows exports). If accented names look wrong, re-save the "
        "file as UTF-8.");
    return result;
}

} // namespace candor
