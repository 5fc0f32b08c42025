// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyFindingsModel.h"

#include "ColumnHeaders.h"
#include "TrafficLights.h"


namespace candor {

namespace {

constexpr const char *kNames[] = {QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Status"),
                                  QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Rule"),
                                  QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Creator or group"),
                                  QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Finding"),
                                  QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Resolution")};
constexpr const char *kTips[] = {
    QT_TRANSLATE_NOOP(
        "candor::PolicyFindingsModel",
        "Whether the finding blocks approval of the shortlist, is a warning, or was resolved by a person"),
    QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "The rule of the project's ethics policy that found it"),
    QT_TRANSLATE_NOOP("candor::PolicyFindingsModel",
                      "The creator (or the group of creators) the finding is about"),
    QT_TRANSLATE_NOOP("candor::PolicyFindingsModel",
                      "What the rule found, with its evidence and the source of its threshold"),
    QT_TRANSLATE_NOOP("candor::PolicyFindingsModel", "Who overrode or acknowledged it, when and why"),
};

} // namespace

void PolicyFindingsModel::setFindings(QList<policy::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int PolicyFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int PolicyFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const policy::Finding &f = m_findings.at(index.row());
    switch (role) {
    case AccountIdRole:
        return f.accountId;
    case EvidenceRole:
        return f.evidence;
    case RuleIdRole:
        return f.ruleId;
    case OpenRole:
        return f.isOpen();
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return trafficLightColor(f.blocks()   ? TrafficLight::Red
                                     : f.isOpen() ? TrafficLight::Amber
                                                  : TrafficLight::Green);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Rule)
            return policy::ruleExplanation(f.ruleId);
        return index.column() == Resolution && f.resolution ? policy::resolutionSentence(*f.resolution) : f.sentence;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Status:
        return policy::statusLabel(f);
    case Rule:
        return policy::ruleLabel(f.ruleId);
    case Subject:
        return f.subject;
    case Finding:
        return f.sentence;
    case Resolution:
        return f.resolution ? policy::resolutionSentence(*f.resolution) : QString();
    default:
        break;
    }
    return {};
}

QVariant PolicyFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, kNames, kTips, staticMetaObject);
}

} // namespace candor
