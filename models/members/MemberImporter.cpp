#include "MemberImporter.h"

#include "IdNumber.h"
#include "MemberService.h"
#include "MemberValidator.h"
#include "core/CsvReader.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace {

class MemberImport
{
    Q_DECLARE_TR_FUNCTIONS(MemberImport)
};

struct OrgEntry
{
    qint64 id = 0;
    OrgKind kind = OrgKind::Community;
    bool active = true;
};

std::optional<MemberCategory> categoryFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byCode = MemberEnums::categoryFromCode(t))
        return byCode;
    if (t == QStringLiteral("在册"))
        return MemberCategory::Registered;
    if (t == QStringLiteral("流动") || t == QStringLiteral("流动党员"))
        return MemberCategory::Flowing;
    if (t == QStringLiteral("在职") || t == QStringLiteral("在职党员"))
        return MemberCategory::InService;
    return std::nullopt;
}

} // namespace

QStringList MemberImporter::requiredColumns()
{
    return {QStringLiteral("name"),      QStringLiteral("gender"),       QStringLiteral("birth_date"),
            QStringLiteral("joined_on"), QStringLiteral("phone"),        QStringLiteral("organisation"),
            QStringLiteral("category")};
}

QStringList MemberImporter::optionalColumns()
{
    return {QStringLiteral("id_number"),     QStringLiteral("ethnicity"),    QStringLiteral("education"),
            QStringLiteral("full_member_on"), QStringLiteral("flowing_where"), QStringLiteral("flowing_since"),
            QStringLiteral("employer"),      QStringLiteral("reported_to"),  QStringLiteral("reported_on"),
            QStringLiteral("service_hours"), QStringLiteral("notes")};
}

QString MemberImporter::Report::text() const
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(MemberImport::tr("line %1: %2").arg(problem.line).arg(problem.message));
    return lines.join(QLatin1Char('\n'));
}

MemberImporter::MemberImporter(Database &database, MemberService &service)
    : m_database(database)
    , m_service(service)
{
}

MemberImporter::Report MemberImporter::importFile(const QString &path, const QDate &today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        report.problems.append({0, MemberImport::tr("The file %1 cannot be read: %2").arg(path, file.errorString())});
        return report;
    }
    return importBytes(file.readAll(), today);
}

MemberImporter::Report MemberImporter::importBytes(const QByteArray &bytes, const QDate &today)
{
    Report report;
    CsvReader csv;
    if (!csv.parse(bytes)) {
        report.problems.append({csv.errorLine(), csv.error()});
        return report;
    }
    const auto &records = csv.records();
    if (records.isEmpty()) {
        report.problems.append({1, MemberImport::tr("The file is empty; the first line must name the columns.")});
        return report;
    }

    // The header: every required column, known optional ones, nothing twice.
    QHash<QString, int> column;
    QStringList header = records.first().fields;
    // Spreadsheets add empty columns at the right; they carry nothing.
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
        header.removeLast();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (column.contains(name))
            report.problems.append({1, MemberImport::tr("The column \"%1\" appears twice.").arg(name)});
        else if (!requiredColumns().contains(name) && !optionalColumns().contains(name))
            report.problems.append({1, MemberImport::tr("Unknown column \"%1\"; the columns are %2.")
                                           .arg(header.at(i), (requiredColumns() + optionalColumns()).join(QStringLiteral(", ")))});
        column.insert(name, i);
    }
    for (const QString &required : requiredColumns()) {
        if (!column.contains(required))
            report.problems.append({1, MemberImport::tr("The column \"%1\" is missing.").arg(required)});
    }
    if (!report.ok())
        return report;
    if (records.size() == 1) {
        report.problems.append({2, MemberImport::tr("The file holds no members below its header.")});
        return report;
    }

    QHash<QString, OrgEntry> organisations;
    for (const OrgPathEntry &entry : OrgRepository(m_database).listAll())
        organisations.insert(entry.path, {entry.id, entry.kind, entry.active});

    QList<Member> members;
    QHash<QString, int> idNumbersSeen;     // number -> line
    QHash<QString, int> peopleSeen;        // name + birth date -> line
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const int line = record.line;
        QStringList problems;
        QStringList fields = record.fields;
        while (fields.size() > header.size() && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() != header.size()) {
            report.problems.append({line, MemberImport::tr("it has %1 fields, but the header has %2.")
                                              .arg(fields.size())
                                              .arg(header.size())});
            continue;
        }
        const auto value = [&](const QString &name) {
            return column.contains(name) ? fields.at(column.value(name)).trimmed() : QString();
        };
        const auto date = [&](const QString &name, QDate *out) {
            const QString text = value(name);
            if (text.isEmpty())
                return;
            if (const auto parsed = IsoDate::parseLenient(text))
                *out = *parsed;
            else
                problems.append(MemberImport::tr("%1 \"%2\" is not a date (write 1975-03-08).").arg(name, text));
        };

        Member m;
        m.name = value(QStringLiteral("name"));
        if (const auto gender = MemberEnums::genderFromChinese(value(QStringLiteral("gender"))))
            m.gender = *gender;
        else
            problems.append(MemberImport::tr("gender must be 男 or 女, not \"%1\".").arg(value(QStringLiteral("gender"))));
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
            if (ok)
                m.serviceHours = h;
            else
                problems.append(MemberImport::tr("service_hours \"%1\" is not a number.").arg(hours));
        }
        if (const auto category = categoryFromText(value(QStringLiteral("category"))))
            m.category = *category;
        else
            problems.append(MemberImport::tr("category must be registered, flowing or in_service (在册, 流动, 在职), "
                                             "not \"%1\".")
                                .arg(value(QStringLiteral("category"))));

        std::optional<OrgKind> orgKind;
        const QString path = value(QStringLiteral("organisation"));
        const auto org = organisations.constFind(path);
        if (path.isEmpty()) {
            problems.append(MemberImport::tr("the organisation is missing."));
        } else if (org == organisations.constEnd()) {
            problems.append(MemberImport::tr("there is no organisation \"%1\" (write the path as `org list` prints it).").arg(path));
        } else if (!org->active) {
            problems.append(MemberImport::tr("the organisation \"%1\" is retired.").arg(path));
        } else {
            m.orgId = org->id;
            orgKind = org->kind;
        }
        std::optional<OrgKind> reportedKind;
        if (const QString reported = value(QStringLiteral("reported_to")); !reported.isEmpty()) {
            const auto target = organisations.constFind(reported);
            if (target == organisations.constEnd()) {
                problems.append(MemberImport::tr("there is no organisation \"%1\" to report to.").arg(reported));
            } else if (!target->active) {
                problems.append(MemberImport::tr("the organisation \"%1\" is retired.").arg(reported));
            } else {
                m.reportedToId = target->id;
                reportedKind = target->kind;
            }
        }

        // The field rules, as in the form; only those not already told above.
        for (const auto &problem : MemberValidator::check(m, orgKind, reportedKind, today)) {
            if (problem.field == MemberValidator::Field::Organisation && !orgKind)
                continue;
            if ((problem.field == MemberValidator::Field::BirthDate && !value(QStringLiteral("birth_date")).isEmpty()
                 && !m.birthDate.isValid())
                || (problem.field == MemberValidator::Field::JoinedOn && !value(QStringLiteral("joined_on")).isEmpty()
                    && !m.joinedOn.isValid()))
                continue;
            problems.append(problem.message);
        }

        // The same person twice, in the file or already in the database.
        if (!m.idNumber.isEmpty() && IdNumber::isValid(m.idNumber)) {
            if (idNumbersSeen.contains(m.idNumber))
                problems.append(MemberImport::tr("the ID number repeats line %1.").arg(idNumbersSeen.value(m.idNumber)));
            else if (const auto holder = m_service.repository().findByIdNumber(m.idNumber))
                problems.append(MemberImport::tr("the ID number is already that of %1.").arg(m_service.repository().whoIs(*holder)));
            idNumbersSeen.insert(m.idNumber, line);
        }
        if (!m.name.isEmpty() && m.birthDate.isValid()) {
            const QString person = m.name + QLatin1Char('|') + IsoDate::format(m.birthDate);
            if (peopleSeen.contains(person)) {
                problems.append(MemberImport::tr("%1, born %2, repeats line %3.")
                                    .arg(m.name, IsoDate::format(m.birthDate))
                                    .arg(peopleSeen.value(person)));
            } else {
                const auto existing = m_service.repository().likelyDuplicates(m.name, m.birthDate);
                if (!existing.isEmpty())
                    problems.append(MemberImport::tr("%1 is already in the database.")
                                        .arg(m_service.repository().whoIs(existing.first().id)));
            }
            peopleSeen.insert(person, line);
        }

        for (const QString &problem : std::as_const(problems))
            report.problems.append({line, problem});
        if (problems.isEmpty())
            members.append(m);
    }
    if (!report.ok())
        return report;

    const auto inserted = m_service.addAll(members);
    if (!inserted) {
        report.problems.append({0, inserted.error()});
        return report;
    }
    report.imported = inserted.value();
    return report;
}
