// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonReader.h"

#include "core/TextContexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace candor {
namespace {

int lineAt(const QString &text, qsizetype offset)
{
    return static_cast<int>(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

// The line each element of the top-level array starts on; QJsonDocument keeps no positions. Lines are
// counted in the same single pass (counting from the start for each element made large files quadratic).
QList<int> elementLines(const QString &text)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\n'))
            ++line;
        if (inString) {
            if (ch == QLatin1Char('\\'))
                ++i; // an escaped character is never a raw newline in valid JSON
            else if (ch == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (ch.isSpace())
            continue;
        if (depth == 1 && expectElement && ch != QLatin1Char(']')) {
            lines << line;
            expectElement = false;
        }
        if (ch == QLatin1Char('"')) {
            inString = true;
        } else if (ch == QLatin1Char('[') || ch == QLatin1Char('{')) {
            ++depth;
            if (depth == 1)
                expectElement = true;
        } else if (ch == QLatin1Char(']') || ch == QLatin1Char('}')) {
            --depth;
        } else if (ch == QLatin1Char(',') && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        // 15 significant digits keep follower counts whole ("477900000", not "4.779e+08").
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace

Result<RawTable> JsonReader::read(const QString &text, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; convert back to characters to name the line.
        const qsizetype charOffset = QString::fromUtf8(text.toUtf8().left(parseError.offset)).size();
        return Error{fileName,
                     ImportText::tr("is not valid JSON: line %1: %2")
                         .arg(lineAt(text, charOffset))
                         .arg(parseError.errorString()),
                     {}};
    }
    if (!document.isArray())
        return Error{
            fileName, ImportText::tr("must hold a JSON array of objects, one object per creator"), {}};

    const QJsonArray array = document.array();
    const QList<int> lines = elementLines(text);
    RawTable table;
    table.headerLine = 0;
    QSet<QString> known; // the headers, for a lookup that stays fast with thousands of keys
    QList<QJsonObject> objects;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = lines.value(i, 0);
        const QString raw =
            QString::fromUtf8(QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        if (!array.at(i).isObject()) {
            table.issues << ReadIssue{line, -1, ImportText::tr("element %1 is not an object").arg(i + 1),
                                      true, raw};
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        bool nested = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                table.issues << ReadIssue{
                    line, -1,
                    ImportText::tr("\"%1\" holds a list or object; expected text or a number").arg(it.key()),
                    true, raw};
                nested = true;
                break;
            }
            if (!known.contains(it.key())) {
                known.insert(it.key());
                table.headers << it.key();
            }
        }
        if (nested)
            continue;
        objects << object;
        table.records << RawRecord{line, {}, raw};
    }
    // QJsonObject iterates keys sorted; a stable order is all the mapping needs.
    for (qsizetype r = 0; r < table.records.size(); ++r) {
        QStringList cells;
        for (const QString &header : std::as_const(table.headers))
            cells << cellText(objects.at(r).value(header));
        table.records[r].cells = cells;
    }
    return table;
}

} // namespace candor
