#pragma once

#include "CobuildRecords.h"
#include "core/TableColumns.h"
#include "core/TableFile.h"

#include <QList>
#include <QString>

class Database;
class UnitService;

/// Imports resident units (驻区单位) from a list an office keeps — an Excel workbook or a CSV file
/// in any of the encodings TableFile reads — as MemberImporter does members: check() judges
/// every row and writes nothing, write() saves what it found in one transaction, or nothing.
/// Headings in Chinese (单位名称, 单位类型, 所在街道社区, 地址, 联系人, 联系电话, 党组织, 书记) or as
/// keys; the type as the program shows it (机关, 事业单位, 国有企业, 非公企业, 社会组织, 学校, 物业企业)
/// or coded; where it is resident by path or by a name only one sub-district or community has.
class UnitImporter
{
public:
    struct Row
    {
        int line = 0;
        Unit unit;
        QString organisation;
    };

    struct Check
    {
        TableFile::Kind kind = TableFile::Kind::Csv;
        QString encoding;
        int rows = 0;
        QList<Row> units;
        QList<TableProblem> problems;
        bool ok() const { return problems.isEmpty() && rows > 0; }
    };

    static const TableColumns &columns();

    UnitImporter(Database &database, UnitService &service);

    Check check(const QString &path) const;
    Check check(const TableFile &table) const;
    /// Saves the units of a check without problems, all or nothing; how many, or why not.
    Result<int> write(const Check &checked);

private:
    Database &m_database;
    UnitService &m_service;
};
