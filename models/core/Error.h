// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace candor {

// What went wrong, where the caller can act on it differently (offer to open read-only, retry, reload).
enum class ErrorKind
{
    General,
    ReadOnly,  // the file or its folder cannot be written
    Locked,    // another program holds the file (SQLITE_BUSY / SQLITE_LOCKED)
    Corrupt,   // not a Candor project, or damaged (SQLITE_CORRUPT / SQLITE_NOTADB)
    Cancelled, // the user stopped it; nothing was changed
    Conflict,  // someone else changed the same thing first (another window or computer)
};

// An error travels up as a value; the UI or the command line decides how to show it.
// `file` names the project or data file, `detail` carries the underlying QSqlError / parser text.
struct Error
{
    QString file;
    QString message;
    QString detail;
    ErrorKind kind = ErrorKind::General;

    QString toString() const
    {
        QString text = file.isEmpty() ? message : file + QStringLiteral(": ") + message;
        if (!detail.isEmpty())
            text += QStringLiteral(" (") + detail + QLatin1Char(')');
        return text;
    }
};

// A minimal std::expected stand-in (C++23's is not available with g++ 12 in C++20 mode).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    // An empty Error when the result holds a value, so that a message built eagerly (as QVERIFY2 does)
    // never throws.
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace candor
