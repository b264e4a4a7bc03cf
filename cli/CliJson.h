#pragma once

#include "CliCommand.h"
#include "core/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

/// What the listing commands share: whether --json was asked for, printing it, dates in it.
namespace CliJson {

inline bool wanted(const CliContext &context)
{
    return context.parser.isSet(QStringLiteral("json"));
}

inline void print(CliContext &context, const QJsonValue &value)
{
    context.out << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

/// A date as YYYY-MM-DD, null when there is none.
inline QJsonValue date(const QDate &date)
{
    return date.isValid() ? QJsonValue(IsoDate::format(date)) : QJsonValue();
}

} // namespace CliJson
