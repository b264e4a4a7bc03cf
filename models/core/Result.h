#pragma once

#include <QString>

#include <optional>
#include <utility>

/// The outcome of an operation that can be refused: a value, or a message saying why not.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// A Result without a value: success, or a message.
template <>
class [[nodiscard]] Result<void>
{
public:
    static Result success() { return Result(); }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        r.m_ok = false;
        return r;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    bool m_ok = true;
    QString m_error;
};

using Outcome = Result<void>;
