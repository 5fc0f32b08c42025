// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace candor {

// Text that came from a user's files goes out again through these, so that what Candor writes cannot be
// misread: by a spreadsheet (formula injection, OWASP "CSV Injection") or by a terminal (control characters,
// bidirectional overrides that reorder what is shown, as in CVE-2021-42574 "Trojan Source").

// One RFC 4180 field: quoted when it holds the separator, a quote, CR or LF (quotes doubled). A cell that is
// not a plain number and starts with =, +, -, @, tab or CR gets a leading apostrophe, so that a spreadsheet
// shows it as text instead of running it as a formula.
QString csvField(const QString &value, QChar separator = QLatin1Char(','));
QString csvRecord(const QStringList &fields, QChar separator = QLatin1Char(','));

// For terminals and plain-text output: control characters and bidirectional controls become a visible
// <U+XXXX>; other text is unchanged.
QString printable(const QString &text);

// At most `limit` characters of a text from a file, with "… (N more characters)" when it was longer: a
// message quoting a 50 MB header line must not quote all of it.
QString excerpt(const QString &text, qsizetype limit = 80);
// Items joined with ", ", at most `limit` of them, then "… and N more".
QString listExcerpt(const QStringList &items, qsizetype limit = 30);

// True for the characters printable() rewrites.
bool isControlOrBidi(QChar c);

} // namespace candor
