#include "MemberImporter.h"

#include "IdNumber.h"
#include "MemberColumns.h"
#include "MemberService.h"
#include "MemberValidator.h"
#include "core/IsoDate.h"
#include "core/XlsxReader.h"
#include "org/OrgLookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

class MemberImport
{
    Q_DECLARE_TR_FUNCTIONS(MemberImport)
};

std::optional<Gender> genderFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (const auto chinese = MemberEnums::genderFromChinese(t))
        return chinese;
    if (const auto byCode = MemberEnums::genderFromCode(t))
        return byCode;
    if (t == QStringLiteral("男性") || t == QLatin1String("m"))
        return Gender::Male;
    if (t == QStringLiteral("女性") || t == QLatin1String("f"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<MemberCategory> categoryFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byCode = MemberEnums::categoryFromCode(t.toLower()))
        return byCode;
    if (t == QStringLiteral("在册") || t == QStringLiteral("在册党员"))
        return MemberCategory::Registered;
    if (t == QStringLiteral("流动") || t == QStringLiteral("流动党员"))
        return MemberCategory::Flowing;
    if (t.startsWith(QStringLiteral("在职")))
        return MemberCategory::InService;
    for (MemberCategory category : MemberEnums::categories()) {
        if (t.compare(MemberEnums::displayName(category), Qt::CaseInsensitive) == 0)
            return category;
    }
    return std::nullopt;
}

/// The column of the file a rule of the member's form speaks of.
QString keyOf(MemberValidator::Field field)
{
    using F = MemberValidator::Field;
    switch (field) {
    case F::Name: return QStringLiteral("name");
    case F::Gender: return QStringLiteral("gender");
    case F::BirthDate: return QStringLiteral("birth_date");
    case F::IdNumber: return QStringLiteral("id_number");
    case F::JoinedOn: return QStringLiteral("joined_on");
    case F::FullMemberOn: return QStringLiteral("full_member_on");
    case F::Phone: return QStringLiteral("phone");
    case F::Organisation: return QStringLiteral("organisation");
    case F::Category: return QStringLiteral("category");
    case F::FlowingWhere: return QStringLiteral("flowing_where");
    case F::FlowingSince: return QStringLiteral("flowing_since");
    case F::Employer: return QStringLiteral("employer");
    case F::ReportedTo: return QStringLiteral("reported_to");
    case F::ReportedOn: return QStringLiteral("reported_on");
    case F::ServiceHours: return QStringLiteral("service_hours");
    case F::Status: return QString();
    }
    return QString();
}

/// A day as people write it in a list, or as Excel counts it when a cell lost its date format
/// (a five-digit number from 10000, 1927, to 80000, 2119; a year alone, 1971, is no day).
std::optional<QDate> dateFromText(const QString &text)
{
    if (const auto parsed = IsoDate::parseLenient(text))
        return parsed;
    static const QRegularExpression serial(QStringLiteral("^[1-7][0-9]{4}(\\.[0-9]+)?$"));
    if (serial.match(text).hasMatch()) {
        const QDate day = XlsxReader::dateFromSerial(text.toDouble());
        if (day.isValid())
            return day;
    }
    return std::nullopt;
}

} // namespace

QStringList MemberImporter::requiredColumns()
{
    return MemberColumns::columns().keys(true);
}

QStringList MemberImporter::optionalColumns()
{
    return MemberColumns::columns().keys(false);
}

QString MemberImporter::describe(const Problem &problem, TableFile::Kind kind)
{
    return TableFile::describe(problem, kind);
}

QString MemberImporter::Report::text() const
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(describe(problem, kind));
    return lines.join(QLatin1Char('\n'));
}

MemberImporter::MemberImporter(Database &database, MemberService &service)
    : m_database(database)
    , m_service(service)
{
}

MemberImporter::Check MemberImporter::check(const QString &path, const QDate &today) const
{
    const Result<TableFile> table = TableFile::read(path);
    if (!table) {
        Check refused;
        refused.problems.append({0, QString(), table.error()});
        return refused;
    }
    return check(table.value(), today);
}

MemberImporter::Check MemberImporter::check(const TableFile &table, const QDate &today) const
{
    Check result;
    result.kind = table.kind;
    result.encoding = table.encoding;
    const auto &records = table.rows;
    if (records.isEmpty()) {
        result.problems.append({1, QString(), MemberImport::tr("The file is empty; the first line must name the columns.")});
        return result;
    }

    // The headings: every required column, known optional ones, nothing twice.
    const int headingLine = records.first().line;
    const TableColumns::Mapping columns = MemberColumns::columns().map(records.first());
    result.problems = columns.problems;
    const auto &written = columns.written;
    const int width = columns.width;
    if (!result.problems.isEmpty())
        return result;
    result.rows = int(records.size()) - 1;
    if (records.size() == 1) {
        result.problems.append({headingLine + 1, QString(), MemberImport::tr("The file holds no members below its header.")});
        return result;
    }

    const OrgLookup organisations(m_database);
    QHash<QString, int> idNumbersSeen; // number -> line
    QHash<QString, int> peopleSeen;    // name + birth date -> line
    const auto place = [&](int line) { return TableFile::place(line, table.kind); };
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const int line = record.line;
        QList<Problem> problems;
        const auto problem = [&](const QString &key, const QString &message) {
            problems.append({line, key.isEmpty() ? QString() : written.value(key, MemberColumns::heading(key)), message});
        };
        QStringList fields = record.fields;
        while (fields.size() > width && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (table.kind == TableFile::Kind::Workbook)
            fields.resize(qMax(int(fields.size()), width)); // a sheet leaves empty cells out
        if (fields.size() != width) {
            result.problems.append({line, QString(), MemberImport::tr("it has %1 fields, but the header has %2.")
                                                         .arg(fields.size())
                                                         .arg(width)});
            continue;
        }
        const auto value = [&](const QString &key) { return columns.value(fields, key); };
        const auto date = [&](const QString &key, QDate *out) {
            const QString text = value(key);
            if (text.isEmpty())
                return;
            if (const auto parsed = dateFromText(text))
                *out = *parsed;
            else
                problem(key, MemberImport::tr("\"%1\" is not a date (write 1975-03-08, 1975/3/8 or 1975年3月8日).").arg(text));
        };

        Member m;
        m.name = value(QStringLiteral("name"));
        if (const auto gender = genderFromText(value(QStringLiteral("gender"))))
            m.gender = *gender;
        else
            problem(QStringLiteral("gender"), MemberImport::tr("must be 男 or 女, not \"%1\".").arg(value(QStringLiteral("gender"))));
        date(QStringLiteral("birth_date"), &m.birthDate);
        date(QStringLiteral("joined_on"), &m.joinedOn);
        date(QStringLiteral("full_member_on"), &m.fullMemberOn);
        date(QStringLiteral("flowing_since"), &m.flowingSince);
        date(QStringLiteral("reported_on"), &m.reportedOn);
        m.phone = value(QStringLiteral("phone"));
        m.idNumber = IdNumber::normalised(value(QStringLiteral("id_number")));
        m.ethnicity = value(QStringLiteral("ethnicity"));
        m.education = value(QStringLiteral("education"));
        m.flowingWhere = value(QStringLiteral("flowing_where"));
        m.employer = value(QStringLiteral("employer"));
        m.notes = value(QStringLiteral("notes"));
        if (const QString hours = value(QStringLiteral("service_hours")); !hours.isEmpty()) {
            bool ok = false;
            const double h = hours.toDouble(&ok);
            if (ok && h >= 0)
                m.serviceHours = h;
            else
                problem(QStringLiteral("service_hours"), MemberImport::tr("\"%1\" is not a number of hours.").arg(hours));
        }
        if (const auto category = categoryFromText(value(QStringLiteral("category"))))
            m.category = *category;
        else
            problem(QStringLiteral("category"), MemberImport::tr("must be 在册, 流动 or 在职 (registered, flowing, in_service), "
                                                                 "not \"%1\".")
                                                    .arg(value(QStringLiteral("category"))));

        std::optional<OrgKind> orgKind;
        QString orgPath;
        if (const QString org = value(QStringLiteral("organisation")); org.isEmpty()) {
            problem(QStringLiteral("organisation"), MemberImport::tr("the organisation is missing."));
        } else if (const auto found = organisations.find(org); !found) {
            problem(QStringLiteral("organisation"), found.error());
        } else {
            m.orgId = found.value().id;
            orgKind = found.value().kind;
            orgPath = found.value().path;
        }
        std::optional<OrgKind> reportedKind;
        if (const QString reported = value(QStringLiteral("reported_to")); !reported.isEmpty()) {
            if (const auto target = organisations.find(reported); !target) {
                problem(QStringLiteral("reported_to"), target.error());
            } else {
                m.reportedToId = target.value().id;
                reportedKind = target.value().kind;
            }
        }

        // The field rules, as in the form; only those not already told above.
        for (const auto &rule : MemberValidator::check(m, orgKind, reportedKind, today)) {
            if (rule.field == MemberValidator::Field::Organisation && !orgKind)
                continue;
            if ((rule.field == MemberValidator::Field::BirthDate && !value(QStringLiteral("birth_date")).isEmpty() && !m.birthDate.isValid())
                || (rule.field == MemberValidator::Field::JoinedOn && !value(QStringLiteral("joined_on")).isEmpty() && !m.joinedOn.isValid()))
                continue;
            problem(keyOf(rule.field), rule.message);
        }

        // The same person twice, in the file or already in the database.
        if (!m.idNumber.isEmpty() && IdNumber::isValid(m.idNumber)) {
            if (idNumbersSeen.contains(m.idNumber))
                problem(QStringLiteral("id_number"), MemberImport::tr("the ID number repeats %1.").arg(place(idNumbersSeen.value(m.idNumber))));
            else if (const auto holder = m_service.repository().findByIdNumber(m.idNumber))
                problem(QStringLiteral("id_number"), MemberImport::tr("the ID number is already that of %1.").arg(m_service.repository().whoIs(*holder)));
            idNumbersSeen.insert(m.idNumber, line);
        }
        if (!m.name.isEmpty() && m.birthDate.isValid()) {
            const QString person = m.name + QLatin1Char('|') + IsoDate::format(m.birthDate);
            if (peopleSeen.contains(person)) {
                problem(QString(), MemberImport::tr("%1, born %2, repeats %3.")
                                       .arg(m.name, IsoDate::format(m.birthDate), place(peopleSeen.value(person))));
            } else {
                const auto existing = m_service.repository().likelyDuplicates(m.name, m.birthDate);
                if (!existing.isEmpty())
                    problem(QString(), MemberImport::tr("%1 is already in the database.").arg(m_service.repository().whoIs(existing.first().id)));
            }
            peopleSeen.insert(person, line);
        }

        if (problems.isEmpty())
            result.members.append({line, m, orgPath});
        result.problems.append(problems);
    }
    return result;
}

MemberImporter::Report MemberImporter::write(const Check &checked)
{
    Report report;
    report.kind = checked.kind;
    report.problems = checked.problems;
    if (!checked.ok()) {
        if (report.problems.isEmpty())
            report.problems.append({0, QString(), MemberImport::tr("The file holds no members below its header.")});
        return report;
    }
    QList<Member> members;
    members.reserve(checked.members.size());
    for (const Row &row : checked.members)
        members.append(row.member);
    const auto inserted = m_service.addAll(members);
    if (!inserted) {
        report.problems.append({0, QString(), inserted.error()});
        return report;
    }
    report.imported = inserted.value();
    return report;
}

MemberImporter::Report MemberImporter::importFile(const QString &path, const QDate &today)
{
    return write(check(path, today));
}

MemberImporter::Report MemberImporter::importBytes(const QByteArray &bytes, const QDate &today)
{
    const Result<TableFile> table = TableFile::fromCsv(bytes);
    if (!table) {
        Report refused;
        refused.problems.append({0, QString(), table.error()});
        return refused;
    }
    return write(check(table.value(), today));
}
