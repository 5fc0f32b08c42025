// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Countries.h"

#include <QFile>
#include <QHash>
#include <QStringList>

namespace candor::countries {
namespace {

// "Côte d'Ivoire", "COTE D IVOIRE" and "cote-divoire" all become "cotedivoire".
QString matchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

struct Table
{
    QHash<QString, QString> codeOfKey; // matchKey(name or alias) -> alpha-2
    QHash<QString, QString> nameOfCode;
};

const Table &table()
{
    static const Table t = [] {
        Table built;
        QFile file(QStringLiteral(":/data/countries.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return built;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() < 2)
                continue;
            const QString alpha2 = fields.at(0);
            built.nameOfCode.insert(alpha2, fields.at(1));
            built.codeOfKey.insert(matchKey(alpha2), alpha2);
            for (qsizetype i = 1; i < fields.size(); ++i)
                built.codeOfKey.insert(matchKey(fields.at(i)), alpha2);
        }
        return built;
    }();
    return t;
}

} // namespace

std::optional<QString> code(const QString &text)
{
    const QString key = matchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    const auto found = table().codeOfKey.constFind(key);
    if (found == table().codeOfKey.constEnd())
        return std::nullopt;
    return *found;
}

QString name(const QString &alpha2)
{
    return table().nameOfCode.value(alpha2.toUpper(), alpha2);
}

} // namespace candor::countries
