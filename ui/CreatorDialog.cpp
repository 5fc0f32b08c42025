// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CreatorDialog.h"

#include "import/ValueParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace candor {
namespace {

// The form's rows: object name, label, tooltip.
struct FieldInfo
{
    const char *name;
    const char *label;
    const char *tip;
};

constexpr FieldInfo kFields[] = {
    {"display_name", QT_TRANSLATE_NOOP("candor::CreatorDialog", "&Name:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "The creator's name as people know it (any printable text)")},
    {"handle", QT_TRANSLATE_NOOP("candor::CreatorDialog", "&Handle:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "The account's handle on the platform, with or without @")},
    {"followers", QT_TRANSLATE_NOOP("candor::CreatorDialog", "&Followers:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog",
                       "Followers or subscribers now; 477.9M, 12.5K and 1,234 are understood")},
    {"following", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Following:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Accounts this account follows")},
    {"posts", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Posts:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Number of posts or videos")},
    {"avg_likes", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Average &likes:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Likes per post")},
    {"avg_comments", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Average &comments:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Comments per post")},
    {"avg_views", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Average &views:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Views per post or video")},
    {"engagement_rate", QT_TRANSLATE_NOOP("candor::CreatorDialog", "&Engagement rate:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "As the source states it, e.g. 3.4%")},
    {"avg_engagement", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Average engagement:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Likes and comments per post")},
    {"authentic_engagement", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Authentic engagement:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Engagement from accounts the source judges real")},
    {"categories", QT_TRANSLATE_NOOP("candor::CreatorDialog", "C&ategories:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog",
                       "Topics of the creator, separated by commas (brand safety and relevance)")},
    {"country", QT_TRANSLATE_NOOP("candor::CreatorDialog", "Leading audience c&ountry:"),
     QT_TRANSLATE_NOOP("candor::CreatorDialog", "Country name or ISO 3166 code")},
};

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

} // namespace

CreatorDialog::CreatorDialog(const AccountEntry &entry, bool isNew, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("creatorDialog"));
    setWindowTitle(isNew ? tr("New Creator") : tr("Edit Figures"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(isNew ? tr("A creator and one of their accounts. Leave a figure empty when "
                                        "it is not known: it then counts as missing, never as 0.")
                                   : tr("New figures become a snapshot dated today that names you; the "
                                        "older ones stay as history."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_platform = new QComboBox(this);
    for (const QString &id : platformIds())
        m_platform->addItem(platformDisplayName(*platformFromText(id)), id);
    m_platform->setCurrentIndex(m_platform->findData(platformId(entry.platform)));
    m_platform->setEnabled(isNew);
    form->addRow(tr("&Platform:"), m_platform);
    const AccountMetrics &m = entry.metrics;
    const QString values[] = {
        entry.displayName,
        entry.handle,
        m.followers ? QString::number(*m.followers) : QString(),
        m.following ? QString::number(*m.following) : QString(),
        m.posts ? QString::number(*m.posts) : QString(),
        numberText(m.averageLikes),
        numberText(m.averageComments),
        numberText(m.averageViews),
        m.engagementRate ? QLocale::c().toString(*m.engagementRate * 100.0, 'g', 6) + QLatin1Char('%') : QString(),
        numberText(m.averageEngagement),
        numberText(m.authenticEngagement),
        entry.categories.join(QStringLiteral(", ")),
        entry.topAudienceCountry,
    };
    for (std::size_t i = 0; i < std::size(kFields); ++i) {
        auto *edit = new QLineEdit(values[i], this);
        edit->setObjectName(QString::fromLatin1(kFields[i].name));
        edit->setToolTip(tr(kFields[i].tip));
        edit->setEnabled(isNew || edit->objectName() != QLatin1String("handle"));
        connect(edit, &QLineEdit::textChanged, this, &CreatorDialog::check);
        form->addRow(tr(kFields[i].label), edit);
        m_fields << edit;
    }
    connect(m_platform, &QComboBox::currentIndexChanged, this, &CreatorDialog::check);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    check();
}

QLineEdit *CreatorDialog::field(const QString &name) const
{
    for (QLineEdit *edit : m_fields) {
        if (edit->objectName() == name)
            return edit;
    }
    return nullptr;
}

AccountEntry CreatorDialog::entry() const
{
    AccountEntry e;
    e.platform = platformFromText(m_platform->currentData().toString()).value_or(Platform::Instagram);
    e.displayName = field(QStringLiteral("display_name"))->text().trimmed();
    e.handle = normalizedHandle(field(QStringLiteral("handle"))->text());
    const NumberFormat numbers;
    const auto number = [&](const char *name) -> std::optional<double> {
        const ParsedNumber parsed = parseNumber(field(QLatin1String(name))->text(), numbers);
        return parsed.kind == ParsedNumber::Kind::Value ? std::optional<double>(parsed.value) : std::nullopt;
    };
    const auto count = [&](const char *name) -> std::optional<qint64> {
        const auto value = number(name);
        return value ? std::optional<qint64>(std::llround(*value)) : std::nullopt;
    };
    AccountMetrics &m = e.metrics;
    m.followers = count("followers");
    m.following = count("following");
    m.posts = count("posts");
    m.averageLikes = number("avg_likes");
    m.averageComments = number("avg_comments");
    m.averageViews = number("avg_views");
    m.averageEngagement = number("avg_engagement");
    m.authenticEngagement = number("authentic_engagement");
    const ParsedNumber rate = parseNumber(field(QStringLiteral("engagement_rate"))->text(), numbers);
    if (rate.kind == ParsedNumber::Kind::Value)
        m.engagementRate = rate.value; // "3.4%" arrives divided by 100 already
    for (const QString &c : field(QStringLiteral("categories"))->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty())
            e.categories << c.trimmed();
    }
    e.topAudienceCountry = field(QStringLiteral("country"))->text().trimmed();
    return e;
}

QStringList CreatorDialog::problems() const
{
    QStringList found = entry().validationErrors();
    const NumberFormat numbers;
    for (const char *name : {"followers", "following", "posts", "avg_likes", "avg_comments", "avg_views", "engagement_rate",
                             "avg_engagement", "authentic_engagement"}) {
        const QString text = field(QLatin1String(name))->text().trimmed();
        const ParsedNumber parsed = parseNumber(text, numbers);
        if (parsed.kind == ParsedNumber::Kind::Invalid || parsed.kind == ParsedNumber::Kind::SpreadsheetError)
            found << tr("“%1” is not a number.").arg(text);
    }
    return found;
}

void CreatorDialog::check()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_save->setEnabled(found.isEmpty());
}

} // namespace candor
