// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommentImporter.h"

#include "DataFile.h"
#include "ValueParser.h"
#include "core/TextContexts.h"
#include "domain/Creator.h"

#include <QRegularExpression>

namespace candor {
namespace {

enum class CommentField
{
    Handle,
    Platform,
    Permalink,
    Date,
    Author,
    Text
};

// Header names as the platforms' APIs and plain exports write them, lower case, letters and digits only.
const QHash<QString, CommentField> &fieldOfName()
{
    static const QHash<QString, CommentField> names = [] {
        QHash<QString, CommentField> n;
        const auto add = [&n](CommentField field, std::initializer_list<const char *> keys) {
            for (const char *key : keys)
                n.insert(QLatin1String(key), field);
        };
        add(CommentField::Handle, {"handle", "account", "creator", "ownerusername"});
        add(CommentField::Platform, {"platform"});
        add(CommentField::Permalink, {"permalink", "post", "posturl", "postlink", "mediapermalink", "url", "link"});
        add(CommentField::Date, {"timestamp", "date", "postedat", "publishedat", "createdtime", "createdat",
                                 "snippettoplevelcommentsnippetpublishedat"});
        add(CommentField::Author, {"username", "author", "authordisplayname", "fromname",
                                   "snippettoplevelcommentsnippetauthordisplayname"});
        add(CommentField::Text, {"text", "comment", "message", "body", "textoriginal", "textdisplay",
                                 "snippettoplevelcommentsnippettextoriginal",
                                 "snippettoplevelcommentsnippettextdisplay"});
        return n;
    }();
    return names;
}

// YouTube gives a comment as written (textOriginal) only to its author; everyone else gets textDisplay, HTML with
// links and entities. The written text is preferred; the displayed one is read back to plain text.
int writtenTextColumn(const QStringList &headers)
{
    for (int c = 0; c < headers.size(); ++c) {
        if (headerNameKey(headers.at(c)).endsWith(QLatin1String("textoriginal")))
            return c;
    }
    return -1;
}

QString plainText(QString html)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.replace(lineBreak, QStringLiteral("\n")).remove(tag);
    for (const auto &[entity, character] : {std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&lt;", "<"},
                                            std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}})
        html.replace(QLatin1String(entity), QLatin1String(character));
    return html;
}

} // namespace

Result<PreparedCommentImport> CommentImporter::prepare(const QString &path, const CommentImportOptions &options)
{
    const QString &handle = options.handle;
    const std::optional<Platform> &platform = options.platform;
    auto data = readDataFile(path, QStringLiteral("comments"), options.importedBy);
    if (!data)
        return data.error();
    PreparedCommentImport prepared;
    prepared.batch = data->batch;
    const RawTable &table = data->table;
    QHash<CommentField, int> columns = columnsByHeader(table.headers, fieldOfName());
    if (const int written = writtenTextColumn(table.headers); written >= 0)
        columns.insert(CommentField::Text, written);
    const bool displayedText =
        columns.contains(CommentField::Text) &&
        headerNameKey(table.headers.at(columns.value(CommentField::Text))).endsWith(QLatin1String("textdisplay"));
    if (!columns.contains(CommentField::Text))
        return Error{
            path, ImportText::tr("has no column for the comment's text (text, comment, textOriginal)"), {}};
    if (!columns.contains(CommentField::Handle) && handle.isEmpty())
        return Error{
            path,
            ImportText::tr("does not say whose posts the comments are under: add a handle column or use "
                           "--handle"),
            {}};
    prepared.batch.platform = platform ? platformId(*platform) : ImportText::tr("per row");
    prepared.issues << rejectedRecords(table);
    prepared.recordsRead = static_cast<int>(table.records.size() + prepared.issues.size());
    for (const RawRecord &record : table.records) {
        ImportedComment row;
        row.line = record.line;
        row.rawRecord = record.text;
        const auto cell = [&](CommentField f) { return record.cells.value(columns.value(f, -1)).trimmed(); };
        const auto reject = [&](CommentField f, const QString &reason) {
            prepared.issues << RowIssue{record.line, table.headers.value(columns.value(f, -1)).simplified(),
                                        RowIssue::Severity::Rejected, reason, record.text};
        };
        const qsizetype before = prepared.issues.size();
        row.handle = normalizedHandle(columns.contains(CommentField::Handle) ? cell(CommentField::Handle) : handle);
        if (row.handle.isEmpty())
            reject(CommentField::Handle, ImportText::tr("the handle is empty"));
        Comment &c = row.comment;
        c.permalink = cell(CommentField::Permalink);
        if (c.permalink.isEmpty())
            c.permalink = options.post;
        row.platform = platform;
        if (const QString p = cell(CommentField::Platform); !p.isEmpty()) {
            row.platform = platformFromText(p);
            if (!row.platform)
                reject(CommentField::Platform, ImportText::tr("unknown platform \"%1\"").arg(p.left(40)));
        } else if (!platform) {
            row.platform = platformOfLink(c.permalink);
        }
        if (const QString when = cell(CommentField::Date); !when.isEmpty()) {
            c.postedAt = parseDateTime(when);
            if (!c.postedAt.isValid())
                reject(CommentField::Date,
                       ImportText::tr("\"%1\" is not a date such as 2024-05-01 or 2024-05-01T10:00:00Z")
                           .arg(when.left(40)));
        }
        c.author = cell(CommentField::Author);
        c.text = displayedText ? plainText(cell(CommentField::Text)).trimmed() : cell(CommentField::Text);
        if (c.text.isEmpty())
            reject(CommentField::Text, ImportText::tr("the comment has no text"));
        if (prepared.issues.size() == before)
            prepared.comments << row;
    }
    return prepared;
}

} // namespace candor
