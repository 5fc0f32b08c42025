// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Creator.h"

#include "Countries.h"
#include "core/SafeText.h"
#include "core/TextContexts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace candor {

QString normalizedHandle(const QString &handle)
{
    QString h = handle.trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

QStringList AccountEntry::validationErrors() const
{
    QStringList errors;
    const QString h = normalizedHandle(handle);
    if (h.isEmpty())
        errors << DomainText::tr("The handle is empty.");
    else if (const auto problem = handleProblem(platform, h))
        errors << DomainText::tr("“%1” is not valid as a handle on %2: %3.")
                      .arg(printable(h), platformDisplayName(platform), *problem);
    if (std::any_of(displayName.cbegin(), displayName.cend(), isControlOrBidi))
        errors << DomainText::tr("The name holds control or bidirectional characters.");
    const auto negative = [&](const auto &value, const char *what) {
        if (value && (*value < 0 || !std::isfinite(static_cast<double>(*value))))
            errors << DomainText::tr("%1 cannot be negative.").arg(QLatin1String(what));
    };
    negative(metrics.followers, "Followers");
    negative(metrics.following, "Following");
    negative(metrics.posts, "Posts");
    negative(metrics.averageLikes, "Average likes");
    negative(metrics.averageComments, "Average comments");
    negative(metrics.averageViews, "Average views");
    negative(metrics.averageEngagement, "Average engagement");
    negative(metrics.authenticEngagement, "Authentic engagement");
    negative(metrics.engagementRate, "The engagement rate");
    if (metrics.engagementRate && *metrics.engagementRate > 1.0)
        errors << DomainText::tr("The engagement rate is a share from 0 to 100 %.");
    if (!topAudienceCountry.trimmed().isEmpty() && !countries::code(topAudienceCountry))
        errors << DomainText::tr("“%1” is not a country name or ISO 3166 code.")
                      .arg(printable(topAudienceCountry));
    return errors;
}

void AttributeColumn::add(qint64 accountId, const QString &value, const QString &purpose)
{
    m_accounts.push_back(accountId);
    m_valueOf.push_back(indexIn(m_values, m_valueIndex, value));
    m_purposeOf.push_back(indexIn(m_purposes, m_purposeIndex, purpose));
}

quint32 AttributeColumn::indexIn(QStringList &texts, QHash<QString, quint32> &index, const QString &text)
{
    auto found = index.constFind(text);
    if (found == index.cend()) {
        found = index.insert(text, static_cast<quint32>(texts.size()));
        texts << text;
    }
    return *found;
}

void AttributeColumn::finish()
{
    if (std::is_sorted(m_accounts.cbegin(), m_accounts.cend()))
        return;
    std::vector<std::size_t> order(m_accounts.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) { return m_accounts[a] < m_accounts[b]; });
    const auto permuted = [&order](const auto &column) {
        std::remove_cvref_t<decltype(column)> sorted(column.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            sorted[i] = column[order[i]];
        return sorted;
    };
    m_accounts = permuted(m_accounts);
    m_valueOf = permuted(m_valueOf);
    m_purposeOf = permuted(m_purposeOf);
}

std::vector<qsizetype> AttributeColumn::entriesFor(qsizetype count,
                                                   const std::function<qint64(qsizetype)> &accountAt) const
{
    std::vector<qsizetype> entries(static_cast<std::size_t>(count), -1);
    std::size_t next = 0; // the merge's place in m_accounts
    qint64 previous = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 account = accountAt(i);
        if (account < previous) { // not in order after all: search each of the rest
            for (qsizetype j = i; j < count; ++j)
                entries[static_cast<std::size_t>(j)] = find(accountAt(j));
            return entries;
        }
        previous = account;
        while (next < m_accounts.size() && m_accounts[next] < account)
            ++next;
        if (next < m_accounts.size() && m_accounts[next] == account)
            entries[static_cast<std::size_t>(i)] = static_cast<qsizetype>(next);
    }
    return entries;
}

qsizetype AttributeColumn::find(qint64 accountId) const
{
    const auto found = std::lower_bound(m_accounts.cbegin(), m_accounts.cend(), accountId);
    return found != m_accounts.cend() && *found == accountId ? found - m_accounts.cbegin() : -1;
}

} // namespace candor
