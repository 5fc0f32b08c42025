// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditLogModel.h"

#include "ColumnHeaders.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace candor {

void AuditLogModel::setRows(QList<AuditStore::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    std::reverse(m_rows.begin(), m_rows.end()); // newest first
    endResetModel();
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("model_version"), QT_TR_NOOP("Scoring model saved")},
        {QStringLiteral("campaign_added"), QT_TR_NOOP("Campaign added")},
        {QStringLiteral("campaign_changed"), QT_TR_NOOP("Campaign changed")},
        {QStringLiteral("campaign_removed"), QT_TR_NOOP("Campaign deleted")},
        {QStringLiteral("campaign_restored"), QT_TR_NOOP("Campaign restored (undo)")},
        {QStringLiteral("creator_added"), QT_TR_NOOP("Creator added")},
        {QStringLiteral("figures_entered"), QT_TR_NOOP("Figures entered")},
        {QStringLiteral("figures_undone"), QT_TR_NOOP("Figures taken back (undo)")},
        {QStringLiteral("creator_removed"), QT_TR_NOOP("Creator deleted")},
        {QStringLiteral("creator_restored"), QT_TR_NOOP("Creator restored (undo)")},
        {QStringLiteral("creators_merged"), QT_TR_NOOP("Creators merged")},
        {QStringLiteral("creators_unmerged"), QT_TR_NOOP("Creators taken apart (undo)")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("decision_undone"), QT_TR_NOOP("Decision taken back (undo)")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("note_undone"), QT_TR_NOOP("Note taken back (undo)")},
        {QStringLiteral("consent_withdrawn"), QT_TR_NOOP("Consent withdrawn")},
        {QStringLiteral("consent_renewed"), QT_TR_NOOP("Consent renewed")},
        {QStringLiteral("privacy_record"), QT_TR_NOOP("Privacy record changed")},
        {QStringLiteral("privacy_policy"), QT_TR_NOOP("Retention policy changed")},
        {QStringLiteral("shortlist_approved"), QT_TR_NOOP("Shortlist approved")},
        {QStringLiteral("erase"), QT_TR_NOOP("Creator erased")},
        {QStringLiteral("agency_changed"), QT_TR_NOOP("Agency changed")},
    };
    const auto label = labels.constFind(action);
    return label != labels.cend() ? tr(*label) : action;
}

namespace {

// "; model Balanced v2" with a note when the weights in use were not saved.
QString modelText(const QJsonObject &d)
{
    if (!d.contains(QLatin1String("model_name")))
        return {};
    return AuditLogModel::tr("; model %1 v%2%3")
        .arg(d.value(QLatin1String("model_name")).toString())
        .arg(d.value(QLatin1String("model_version")).toInt())
        .arg(d.value(QLatin1String("weights_saved")).toBool() ? QString()
                                                              : AuditLogModel::tr(", with unsaved weights"));
}

} // namespace

QString AuditLogModel::detailText(const audit::Entry &entry)
{
    const QJsonObject d = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    const QLocale locale;
    if (entry.action == QLatin1String("decision")) {
        QString text = d.value(QLatin1String("decision")).toString();
        if (d.value(QLatin1String("override")).toBool())
            text += AuditLogModel::tr(", against the ranking");
        if (d.contains(QLatin1String("rank_at_decision")))
            text += AuditLogModel::tr(", at rank %1").arg(d.value(QLatin1String("rank_at_decision")).toInt());
        if (d.contains(QLatin1String("score_at_decision")))
            text += AuditLogModel::tr(" (score %1)")
                        .arg(locale.toString(d.value(QLatin1String("score_at_decision")).toDouble(), 'f', 1));
        if (d.contains(QLatin1String("filtered_out_by")))
            text += AuditLogModel::tr(", overriding the filter \"%1\"")
                        .arg(d.value(QLatin1String("filtered_out_by")).toString());
        text += modelText(d);
        if (d.value(QLatin1String("approval_withdrawn")).toBool())
            text += AuditLogModel::tr("; the shortlist's approval was withdrawn");
        return text;
    }
    if (entry.action == QLatin1String("shortlist_approved"))
        return AuditLogModel::tr("%1 chosen, %2 rejected, %3 against the ranking%4")
            .arg(d.value(QLatin1String("chosen")).toInt())
            .arg(d.value(QLatin1String("rejected")).toInt())
            .arg(d.value(QLatin1String("overrides")).toInt())
            .arg(modelText(d));
    if (entry.action == QLatin1String("privacy_record")) {
        QStringList changes;
        for (auto it = d.begin(); it != d.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            const auto shown = [](const QString &value) {
                return value.isEmpty() ? AuditLogModel::tr("none") : value;
            };
            changes << QStringLiteral("%1: %2 → %3")
                           .arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                shown(change.value(QLatin1String("from")).toString()),
                                shown(change.value(QLatin1String("to")).toString()));
        }
        return changes.join(QStringLiteral("; "));
    }
    if (entry.action == QLatin1String("privacy_policy"))
        return AuditLogModel::tr(
                   "keep data %1 months after last use (was %2); list consents %3 days before expiry")
            .arg(d.value(QLatin1String("retention_months")).toInt())
            .arg(d.value(QLatin1String("before")).toObject().value(QLatin1String("retention_months")).toInt())
            .arg(d.value(QLatin1String("consent_notice_days")).toInt());
    if (entry.action == QLatin1String("consent_renewed")) {
        const QString expires = d.value(QLatin1String("expires_on")).toString();
        return AuditLogModel::tr("%1: given %2, %3")
            .arg(d.value(QLatin1String("attribute")).toString(),
                 d.value(QLatin1String("given_on")).toString(),
                 expires.isEmpty() ? AuditLogModel::tr("no expiry") : QStringLiteral("expires ") + expires);
    }
    if (entry.action == QLatin1String("import"))
        return AuditLogModel::tr("%1: %2 new, %3 merged, %4 rejected")
            .arg(d.value(QLatin1String("kind")).toString())
            .arg(d.value(QLatin1String("imported")).toInt())
            .arg(d.value(QLatin1String("merged")).toInt())
            .arg(d.value(QLatin1String("rejected")).toInt());
    if (entry.action == QLatin1String("model_version")) {
        QStringList weights;
        const QJsonObject w = d.value(QLatin1String("weights")).toObject();
        for (auto it = w.begin(); it != w.end(); ++it)
            weights << QStringLiteral("%1 %2").arg(it.key()).arg(locale.toString(it.value().toDouble(), 'g', 3));
        return AuditLogModel::tr("%1 v%2, weights %3")
            .arg(d.value(QLatin1String("name")).toString())
            .arg(d.value(QLatin1String("version")).toInt())
            .arg(weights.join(QStringLiteral(", ")));
    }
    if (entry.action == QLatin1String("consent_withdrawn")) {
        QStringList attributes;
        for (const QJsonValue &a : d.value(QLatin1String("attributes")).toArray())
            attributes << a.toString();
        return attributes.isEmpty()
                   ? AuditLogModel::tr("no attributes were held")
                   : AuditLogModel::tr("attributes deleted: ") + attributes.join(QStringLiteral(", "));
    }
    if (entry.action == QLatin1String("note"))
        return AuditLogModel::tr("note %1 in campaign %2")
            .arg(d.value(QLatin1String("note_id")).toInteger())
            .arg(d.value(QLatin1String("campaign")).toInteger());
    if (entry.action.startsWith(QLatin1String("campaign_")) && d.contains(QLatin1String("name"))) {
        const auto listed = [&d](const char *key) {
            QStringList items;
            for (const QJsonValue &v : d.value(QLatin1String(key)).toArray())
                items << v.toString();
            return items.isEmpty() ? AuditLogModel::tr("none") : items.join(QStringLiteral(", "));
        };
        QString text = AuditLogModel::tr("model %1; topics: %2; excluded: %3")
                           .arg(d.value(QLatin1String("model")).toInteger())
                           .arg(listed("relevant_topics"), listed("excluded_topics"));
        if (d.contains(QLatin1String("budget")))
            text.prepend(AuditLogModel::tr("budget %1 %2; ")
                             .arg(locale.toString(d.value(QLatin1String("budget")).toDouble(), 'f', 0),
                                  d.value(QLatin1String("currency")).toString()));
        return text;
    }
    return entry.details == QLatin1String("{}") ? QString() : entry.details;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditStore::Row &r = m_rows.at(index.row());
    if (role == SequenceRole)
        return r.entry.sequence;
    if (role == Qt::ToolTipRole)
        return AuditLogModel::tr("Entry %1 · %2\nSHA-256 %3")
            .arg(r.entry.sequence)
            .arg(r.entry.target, r.entry.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromString(r.entry.at, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    case Who:
        return r.entry.user;
    case What:
        return actionLabel(r.entry.action);
    case About:
        return r.about.isEmpty() ? r.entry.target : r.about;
    case Details:
        return detailText(r.entry);
    case Personal: {
        if (r.erased)
            return QStringLiteral("(erased)");
        QStringList parts;
        for (auto it = r.personal.begin(); it != r.personal.end(); ++it)
            parts << it.value().toString();
        return parts.join(QStringLiteral(" · "));
    }
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::AuditLogModel", "When"),
                                        QT_TRANSLATE_NOOP("candor::AuditLogModel", "Who"),
                                        QT_TRANSLATE_NOOP("candor::AuditLogModel", "What"),
                                        QT_TRANSLATE_NOOP("candor::AuditLogModel", "About"),
                                        QT_TRANSLATE_NOOP("candor::AuditLogModel", "What changed"),
                                        QT_TRANSLATE_NOOP("candor::AuditLogModel", "Reason, note or name")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::AuditLogModel", "When it happened, in this computer's time zone"),
        QT_TRANSLATE_NOOP("candor::AuditLogModel",
                          "The Candor user who did it, or who an import was made by"),
        QT_TRANSLATE_NOOP("candor::AuditLogModel", "What was done"),
        QT_TRANSLATE_NOOP("candor::AuditLogModel", "The creator, campaign or model it was about, as it is "
                                                   "called now (its internal id once it is gone)"),
        QT_TRANSLATE_NOOP("candor::AuditLogModel", "What changed, without personal data"),
        QT_TRANSLATE_NOOP("candor::AuditLogModel", "The personal details kept apart from the chained entry: "
                                                   "a decision's reason, a note, a handle; erased "
                                                   "when the person was erased")};
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
