// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportModels.h"

#include "ColumnHeaders.h"
#include "import/ColumnMapping.h"

namespace candor {

namespace {

bool isTopLevel(const QModelIndex &parent)
{
    return !parent.isValid();
}

} // namespace

// ImportSampleModel

void ImportSampleModel::setPrepared(const PreparedImport *prepared)
{
    beginResetModel();
    m_prepared = prepared;
    endResetModel();
}

int ImportSampleModel::rowCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) && m_prepared ? static_cast<int>(m_prepared->sample.size()) : 0;
}

int ImportSampleModel::columnCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) && m_prepared ? static_cast<int>(m_prepared->headers.size()) : 0;
}

QVariant ImportSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_prepared->sample.at(index.row()).cells.value(index.column());
    return {};
}

QVariant ImportSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_prepared)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_prepared->sample.size())
            return ImportSampleModel::tr("line %1").arg(m_prepared->sample.at(section).line);
        return {};
    }
    if (section < 0 || section >= m_prepared->headers.size())
        return {};
    const QString field = m_prepared->fieldOfColumn.value(section);
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1\n→ %2").arg(m_prepared->headers.at(section).simplified(),
                                             ImportMappingModel::fieldLabel(field));
    if (role == Qt::ToolTipRole)
        return field.isEmpty()
                   ? ImportSampleModel::tr("This column is left out")
                   : ImportSampleModel::tr("Read as %1").arg(ImportMappingModel::fieldLabel(field));
    return {};
}

// ImportMappingModel

void ImportMappingModel::setPrepared(const PreparedImport *prepared)
{
    beginResetModel();
    m_prepared = prepared;
    endResetModel();
}

QStringList ImportMappingModel::fieldChoices()
{
    QStringList choices{QString()};
    for (Field field : allFields())
        choices << fieldId(field);
    return choices;
}

QString ImportMappingModel::fieldLabel(const QString &fieldId)
{
    if (fieldId.isEmpty())
        return ImportSampleModel::tr("(left out)");
    QString label = fieldId;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label;
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) && m_prepared ? static_cast<int>(m_prepared->headers.size()) : 0;
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) ? ColumnCount : 0;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.row();
    const QString field = m_prepared->fieldOfColumn.value(column);
    if (role == FieldRole || (role == Qt::EditRole && index.column() == ReadAs))
        return field;
    if (role == Qt::ToolTipRole && index.column() == ReadAs)
        return ImportSampleModel::tr("Double-click (or F2) to choose what this column holds");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return column + 1;
    case Header:
        return m_prepared->headers.at(column).simplified();
    case ReadAs:
        return fieldLabel(field);
    case FirstValues: {
        QStringList values;
        for (const RawRecord &record : m_prepared->sample.mid(0, 3))
            values << record.cells.value(column).simplified();
        return values.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ReadAs || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString field = value.toString();
    if (!field.isEmpty() && !fieldFromId(field))
        return false;
    if (field == m_prepared->fieldOfColumn.value(index.row()))
        return true;
    const QString prefix = QStringLiteral("#%1=").arg(index.row() + 1);
    m_overrides.removeIf([&](const QString &o) { return o.startsWith(prefix); });
    m_overrides << prefix + (field.isEmpty() ? QStringLiteral("ignore") : field);
    emit mappingEdited();
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ReadAs)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return QStringLiteral("#");
    case Header:
        return ImportSampleModel::tr("Column in the file");
    case ReadAs:
        return ImportSampleModel::tr("Read as");
    case FirstValues:
        return ImportSampleModel::tr("First values");
    default:
        return {};
    }
}

// ImportIssuesModel

void ImportIssuesModel::setPrepared(const PreparedImport *prepared)
{
    beginResetModel();
    m_prepared = prepared;
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) && m_prepared ? static_cast<int>(m_prepared->plan.issues.size()) : 0;
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    return isTopLevel(parent) ? ColumnCount : 0;
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowIssue &issue = m_prepared->plan.issues.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Record)
        return issue.rawRecord;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return issue.line;
    case Severity:
        return severityLabel(issue.severity);
    case ColumnName:
        return issue.column.simplified();
    case Reason:
        return issue.reason;
    case Record:
        return issue.rawRecord.simplified();
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Line"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Row"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Column"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Reason"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "As written in the file")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Line of the file on which the record starts"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel",
                          "Rejected (not imported) or a warning (imported, one value left empty)"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "The column at fault; empty when the whole row is"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel", "Why, in plain words"),
        QT_TRANSLATE_NOOP("candor::ImportSampleModel",
                          "The record as it stands in the file, to find and fix it")};
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
