// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EvidenceModels.h"

#include "ColumnHeaders.h"
#include "TrafficLights.h"
#include "core/Formatting.h"

#include <QColor>
#include <QLocale>


namespace candor {
namespace {

QColor lightColor(authenticity::Light light)
{
    switch (light) {
    case authenticity::Light::Green:
        return trafficLightColor(TrafficLight::Green);
    case authenticity::Light::Amber:
        return trafficLightColor(TrafficLight::Amber);
    case authenticity::Light::Red:
        return trafficLightColor(TrafficLight::Red);
    case authenticity::Light::NoData:
        break;
    }
    return trafficLightColor(TrafficLight::NoData);
}

QString lightText(authenticity::Light light)
{
    return sentenceStart(authenticity::lightLabel(light));
}

QColor verdictColor(compliance::Verdict verdict)
{
    return trafficLightColor(verdict == compliance::Verdict::Compliant ? TrafficLight::Green
                             : verdict == compliance::Verdict::Warning ? TrafficLight::Amber
                                                                       : TrafficLight::Red);
}

} // namespace

void SignalTableModel::setSignals(const QList<authenticity::Signal> &assessed)
{
    beginResetModel();
    m_signals = assessed;
    endResetModel();
}

int SignalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_signals.size());
}

int SignalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const authenticity::Signal &s = m_signals.at(index.row());
    if (role == LightRole)
        return authenticity::lightKey(s.light);
    if (role == Qt::DecorationRole && index.column() == Light)
        return lightColor(s.light);
    if (role == Qt::ToolTipRole && index.column() == Evidence)
        return s.evidence;
    if (role == Qt::ToolTipRole && index.column() == Usual)
        return SignalTableModel::tr("Threshold from: ") + s.source;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Signal:
        return s.name;
    case Light:
        return lightText(s.light);
    case Value:
        return s.value;
    case Usual:
        return s.threshold;
    case Counts:
        return s.light == authenticity::Light::NoData
                   ? QStringLiteral("—")
                   : QStringLiteral("%1 × %2").arg(QLocale().toString(s.weight, 'f', 0),
                                                   QLocale().toString(s.confidence, 'f', 2));
    case Evidence:
        return s.evidence;
    case Source:
        return s.source;
    default:
        break;
    }
    return {};
}

QVariant SignalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::SignalTableModel", "Signal"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Light"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Value"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Usual"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Counts"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Evidence"),
                                        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Threshold from")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "What is checked"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Green: as real accounts look; amber: worth a look; "
                                                      "red: a sign of bought followers or engagement; "
                                                      "no data: not judged"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "The account's figure"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "The range in which the light is green"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Weight × confidence: how much the signal counts in "
                                                      "the authenticity factor (confidence grows with the "
                                                      "data behind it)"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Why the light is what it is"),
        QT_TRANSLATE_NOOP("candor::SignalTableModel", "Where the threshold comes from")};
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, names, tips, staticMetaObject);
}

void PostVerdictModel::setPosts(const QList<Post> &posts, const compliance::DisclosureChecker &checker,
                                const compliance::ContentMatcher &matcher, const QStringList &excludedTopics)
{
    beginResetModel();
    m_rows.clear();
    for (const Post &p : posts)
        m_rows << Row{p, checker.checkDisclosure(p), checker.checkAiLabel(p), {}};
    for (const compliance::ContentHit &hit :
         matcher.postHits(compliance::ContentMatcher::normalizedPosts(posts), excludedTopics))
        m_rows[hit.post].brandSafety << hit;
    endResetModel();
}

QString PostVerdictModel::Row::brandSafetyText() const
{
    QStringList parts;
    for (const compliance::ContentHit &hit : brandSafety)
        parts << QStringLiteral("“%1” (%2)").arg(hit.words.join(QStringLiteral("”, “")), hit.category);
    return parts.join(QStringLiteral("; "));
}

int PostVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PostVerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Post &p = r.post;
    if (role == VerdictRole)
        return r.disclosure ? compliance::verdictKey(r.disclosure->verdict) : QString();
    if (role == Qt::DecorationRole && index.column() == Verdict && r.disclosure)
        return verdictColor(r.disclosure->verdict);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Rule && r.disclosure)
            return r.disclosure->sentence + QStringLiteral("\n") + r.disclosure->source;
        if (index.column() == AiLabel && r.ai)
            return r.ai->sentence + QStringLiteral("\n") + r.ai->source;
        if (index.column() == Findings && (r.disclosure || r.ai || !r.brandSafety.isEmpty())) {
            QStringList sources;
            if (r.disclosure)
                sources << r.disclosure->source;
            if (r.ai)
                sources << r.ai->sentence + QLatin1Char(' ') + r.ai->source;
            if (!r.brandSafety.isEmpty())
                sources << SignalTableModel::tr(
                    "Brand-safety words: GARM Brand Safety Floor + Suitability Framework "
                    "categories, Candor's word lists (docs/brand-safety.md)");
            return sources.join(QLatin1Char('\n'));
        }
        return (p.title.isEmpty() ? p.caption : p.title + QStringLiteral("\n") + p.caption) + QStringLiteral("\n") +
               p.permalink;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return p.publishedAt.date().toString(Qt::ISODate);
    case Sponsored:
        return p.platformPaidFlag && p.userKnowsSponsored ? SignalTableModel::tr("platform label, and you")
               : p.platformPaidFlag                       ? SignalTableModel::tr("platform label")
               : p.userKnowsSponsored ? SignalTableModel::tr("you", "who knows a post is sponsored")
                                      : SignalTableModel::tr("no", "not known as sponsored");
    case Verdict:
        return r.disclosure ? compliance::verdictLabel(r.disclosure->verdict) : QString();
    case Rule:
        return r.disclosure ? r.disclosure->sentence : QString();
    case AiLabel:
        if (r.ai)
            return SignalTableModel::tr(
                "none, but AI-made: warning"); // the sentence and source in the tooltip
        return p.aiLabel == candor::AiLabel::Creator    ? SignalTableModel::tr("labelled by the creator")
               : p.aiLabel == candor::AiLabel::Platform ? SignalTableModel::tr("labelled by the platform")
                                                        : QString();
    case BrandSafety:
        return r.brandSafetyText();
    case Findings: {
        QStringList lines;
        if (r.disclosure)
            lines << r.disclosure->sentence;
        if (r.ai)
            lines << SignalTableModel::tr("AI: marked as AI-made, without a label: a warning.");
        if (!r.brandSafety.isEmpty())
            lines << SignalTableModel::tr("Brand safety: ") + r.brandSafetyText() + QLatin1Char('.');
        return lines.join(QLatin1Char('\n'));
    }
    case Text: {
        const QString text = p.title.isEmpty() ? p.caption : p.title + QStringLiteral(" — ") + p.caption;
        return text.simplified();
    }
    default:
        break;
    }
    return {};
}

QVariant PostVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Date"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Sponsored"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Verdict"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Rule that decided it"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "AI label"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Brand safety"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "What Candor found"),
                                        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Caption")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "When the post was published"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel",
                          "Who says a brand paid for it: the platform's paid-partnership label, you (a "
                          "contract or a brand mention "
                          "you confirmed), or both"),
        QT_TRANSLATE_NOOP(
            "candor::SignalTableModel",
            "Compliant, warning or violation under the disclosure table (FTC, ASA/CMA and others)"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel",
                          "The rule and the label it found; the tooltip names the source"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Whether the post carries a label for AI-made content; "
                                                      "a post you mark as AI-made without one is a "
                                                      "warning (EU AI Act, Art. 50)"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "Words from the brand-safety list (GARM categories) "
                                                      "and the brief's excluded topics found in the post"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel", "The rule that decided the verdict, a missing AI label "
                                                      "and brand-safety words, a line each; hover for the "
                                                      "source"),
        QT_TRANSLATE_NOOP("candor::PostVerdictModel",
                          "The caption, or a video's title and description, as imported")};
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
