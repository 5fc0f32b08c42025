#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace candor {

// An error travels up as a value; the UI or the command line decides how to show it.
// `file` names the project or data file, `detail` carries the underlying QSqlError / parser text.
struct Error
{
    QString file;
    QString message;
    QString detail;

    QString toString() const
    {
        QString text = file.isEmpty() ? message : file + QStringLiteral(": ") + message;
        if (!detail.isEmpty())
            text += QStringLiteral(" (") + detail + QLatin1Char(')');
        return text;
    }
};

// A minimal std::expected stand-in (C++23's is not available with g++ 12 in C++20 mode).
template <typename T> class Result
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
