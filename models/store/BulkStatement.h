#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3_value;

/// One engine's way of running a bulk statement (BulkInsert): SqliteBulkStatement,
/// PostgresBulkStatement.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    virtual bool isValid() const = 0;
    virtual QString error() const = 0;

    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    /// UTF-8 text; transient: copied now, otherwise alive until exec().
    virtual void bindText(int index, const QByteArray &utf8, bool transient) = 0;
    virtual void bindBlob(int index, const QByteArray &bytes) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindValue(int index, sqlite3_value *value) = 0;

    virtual bool exec() = 0;
    virtual qint64 lastInsertId() const = 0;
};
