// Commands on members and service points: members import, members list, points balance/award/redeem.

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "members/MemberImporter.h"
#include "members/MemberTemplate.h"
#include "members/MemberService.h"
#include "members/ServiceCards.h"
#include "org/OrgRepository.h"
#include "report/ServiceCardDocument.h"
#include "points/PointsService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

class MemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)
};

bool memberOption(CliContext &context, const MemberRepository &members, qint64 *id)
{
    if (!context.parser.isSet(QStringLiteral("member"))) {
        context.usage(MemberCommands::tr("--member needs the member's number."));
        return false;
    }
    if (!context.numberOption(QStringLiteral("member"), 1, std::numeric_limits<qint64>::max(), id))
        return false;
    if (!members.find(*id)) {
        context.fail(MemberCommands::tr("There is no member with number %1.").arg(*id));
        return false;
    }
    return true;
}

bool pointsOption(CliContext &context, int *points)
{
    qint64 value = 0;
    if (!context.numberOption(QStringLiteral("points"), 1, 10000, &value))
        return false;
    if (!value) {
        context.usage(MemberCommands::tr("--points needs a whole number above zero."));
        return false;
    }
    *points = int(value);
    return true;
}

int importMembers(CliContext &context)
{
    const QString file = context.parser.positionalArguments().value(0);
    MemberService service(*context.database);
    MemberImporter importer(*context.database, service);
    const MemberImporter::Check checked = importer.check(file);
    if (context.parser.isSet(QStringLiteral("check"))) {
        for (const MemberImporter::Problem &problem : checked.problems)
            context.err << MemberImporter::describe(problem, checked.kind) << '\n';
        if (!checked.ok())
            return context.fail(MemberCommands::tr("%1: %Ln problem(s) found; nothing would be imported.", nullptr,
                                                   int(checked.problems.size()))
                                    .arg(QDir::toNativeSeparators(file)));
        context.out << MemberCommands::tr("%1: %Ln member(s) can be imported; nothing was written (--check).", nullptr,
                                          int(checked.members.size()))
                           .arg(QDir::toNativeSeparators(file))
                    << '\n';
        return CliExit::ok;
    }
    const MemberImporter::Report report = importer.write(checked);
    if (!report.ok()) {
        context.err << report.text() << '\n';
        return context.fail(MemberCommands::tr("%1: nothing imported; %Ln problem(s) found.", nullptr,
                                               int(report.problems.size()))
                                .arg(QDir::toNativeSeparators(file)));
    }
    context.out << MemberCommands::tr("%Ln member(s) imported from %1.", nullptr, report.imported)
                       .arg(QDir::toNativeSeparators(file))
                << '\n';
    return CliExit::ok;
}

int writeTemplate(CliContext &context)
{
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(MemberCommands::tr("members template needs --out FILE.xlsx."));
    if (const Outcome written = MemberTemplate::write(*context.database, out); !written)
        return context.fail(written.error());
    context.out << MemberCommands::tr("The workbook to fill is %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    return CliExit::ok;
}

int listMembers(CliContext &context)
{
    MemberFilter filter;
    if (!context.orgOption(&filter.orgId))
        return CliExit::refused;
    if (context.parser.isSet(QStringLiteral("all")))
        filter.status.reset();
    if (context.parser.isSet(QStringLiteral("category"))) {
        filter.category = MemberEnums::categoryFromCode(context.parser.value(QStringLiteral("category")));
        if (!filter.category)
            return context.usage(MemberCommands::tr("--category is registered, flowing or in_service."));
    }
    qint64 limit = 100;
    if (!context.numberOption(QStringLiteral("limit"), 1, 100000, &limit))
        return CliExit::usage;
    const MemberRepository members(*context.database);
    const auto rows = members.page(filter, MemberSort::Entered, std::nullopt, int(limit));
    if (context.parser.isSet(QStringLiteral("json"))) {
        const OrgRepository organisations(*context.database);
        QHash<qint64, QString> paths;
        const auto pathOf = [&](qint64 id) -> QJsonValue {
            if (!id)
                return QJsonValue::Null;
            auto it = paths.constFind(id);
            if (it == paths.cend())
                it = paths.insert(id, organisations.path(id));
            return *it;
        };
        const auto textOrNull = [](const QString &text) -> QJsonValue {
            return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
        };
        QJsonArray array;
        for (const MemberRow &row : rows) {
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("name"), row.name},
                                     {QStringLiteral("gender"), MemberEnums::code(row.gender)},
                                     {QStringLiteral("birth_date"), IsoDate::format(row.birthDate)},
                                     {QStringLiteral("joined_on"), IsoDate::format(row.joinedOn)},
                                     {QStringLiteral("category"), MemberEnums::code(row.category)},
                                     {QStringLiteral("status"), MemberEnums::code(row.status)},
                                     {QStringLiteral("organisation_id"), row.orgId},
                                     {QStringLiteral("employer"), textOrNull(row.employer)},
                                     {QStringLiteral("reported_to_id"), row.reportedToId ? QJsonValue(row.reportedToId)
                                                                                         : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("reported_to"), pathOf(row.reportedToId)}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return CliExit::ok;
    }
    for (const MemberRow &row : rows)
        context.out << row.id << '\t' << row.name << '\t' << IsoDate::format(row.birthDate) << '\t' << row.orgName << '\n';
    return CliExit::ok;
}

QJsonObject cardJson(const ServiceCard &card)
{
    QJsonArray activities;
    for (const ServiceCardActivity &a : card.activities)
        activities.append(QJsonObject{{QStringLiteral("id"), a.activityId},
                                      {QStringLiteral("held_on"), IsoDate::format(a.heldOn)},
                                      {QStringLiteral("title"), a.title},
                                      {QStringLiteral("held_by"), a.orgName},
                                      {QStringLiteral("hours"), a.hours > 0 ? QJsonValue(a.hours) : QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("points"), a.points}});
    QJsonArray items;
    for (const ServiceCardItem &i : card.items)
        items.append(QJsonObject{{QStringLiteral("id"), i.itemId},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("recorded_on"), IsoDate::format(i.recordedOn)},
                                 {QStringLiteral("state"), i.state},
                                 {QStringLiteral("closed_on"), i.closedOn.isValid() ? QJsonValue(IsoDate::format(i.closedOn))
                                                                                    : QJsonValue(QJsonValue::Null)}});
    return QJsonObject{{QStringLiteral("member_id"), card.memberId},
                       {QStringLiteral("name"), card.name},
                       {QStringLiteral("branch"), card.branch},
                       {QStringLiteral("employer"), card.employer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(card.employer)},
                       {QStringLiteral("reported_to_id"), card.reportedToId},
                       {QStringLiteral("reported_to"), card.reportedTo},
                       {QStringLiteral("quarter"), card.quarter.code()},
                       {QStringLiteral("hours"), card.hours()},
                       {QStringLiteral("items_closed"), card.itemsClosed()},
                       {QStringLiteral("points_earned"), card.pointsEarned},
                       {QStringLiteral("points_balance"), card.pointsBalance},
                       {QStringLiteral("activities"), activities},
                       {QStringLiteral("items"), items}};
}

/// members cards: the in-service members' quarterly feedback cards, as PDFs (--out) or JSON.
int writeCards(CliContext &context)
{
    const auto quarter = Quarter::parse(context.parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return context.usage(MemberCommands::tr("--quarter is written YYYYQn, such as 2026Q3."));
    const QString out = context.parser.value(QStringLiteral("out"));
    const bool json = context.parser.isSet(QStringLiteral("json"));
    if (out.isEmpty() && !json)
        return context.usage(MemberCommands::tr("members cards needs --out DIR (the PDFs) or --json (the figures)."));
    ServiceCards::Filter filter;
    filter.quarter = *quarter;
    filter.employer = context.parser.value(QStringLiteral("employer")).trimmed();
    if (!context.orgOption(&filter.reportedToId))
        return CliExit::refused;
    if (context.parser.isSet(QStringLiteral("member"))
        && !memberOption(context, MemberRepository(*context.database), &filter.memberId))
        return CliExit::refused;
    const auto cards = ServiceCards::gather(*context.database, filter);
    if (!cards)
        return context.fail(cards.error());
    if (cards.value().isEmpty()) {
        if (filter.memberId)
            return context.fail(MemberCommands::tr("Member %1 is not an in-service member who had reported to a community "
                                                   "(within --org, of --employer) in %2.")
                                    .arg(filter.memberId)
                                    .arg(quarter->code()));
        return context.fail(filter.employer.isEmpty()
                                ? MemberCommands::tr("No in-service member had reported to a community in %1.").arg(quarter->code())
                                : MemberCommands::tr("No in-service member of \"%1\" had reported to a community in %2.")
                                      .arg(filter.employer, quarter->code()));
    }
    QStringList written;
    if (!out.isEmpty()) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return context.fail(MemberCommands::tr("The cards need the graphical libraries (fonts); run zongheng-cli normally."));
        if (!QDir().mkpath(out))
            return context.fail(MemberCommands::tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(out)));
        const auto files = ServiceCardDocument::writeAll(cards.value(), out, context.parser.isSet(QStringLiteral("per-member")));
        if (!files)
            return context.fail(files.error());
        written = files.value();
    }
    if (json) {
        QJsonArray list;
        for (const ServiceCard &card : cards.value())
            list.append(cardJson(card));
        QJsonArray files;
        for (const QString &file : std::as_const(written))
            files.append(file);
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("quarter"), quarter->code()},
                                                                   {QStringLiteral("cards"), list},
                                                                   {QStringLiteral("files"), files}})
                                             .toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const QString &file : std::as_const(written))
        context.out << QDir::toNativeSeparators(file) << '\n';
    context.out << MemberCommands::tr("%Ln card(s) written.", nullptr, int(cards.value().size())) << '\n';
    return CliExit::ok;
}

int balance(CliContext &context)
{
    qint64 id = 0;
    if (!memberOption(context, MemberRepository(*context.database), &id))
        return CliExit::refused;
    PointsService points(*context.database);
    context.out << points.balance(id) << '\n';
    return CliExit::ok;
}

/// A points entry for the member: credited (award, with its reason) or spent (redeem, on an item);
/// prints the new balance.
using PointsEntry = Result<qint64> (*)(PointsService &, qint64 member, const QDate &on, int amount, const QString &text);

int enterPoints(CliContext &context, const QString &textOption, PointsEntry enter)
{
    qint64 id = 0;
    int amount = 0;
    if (!memberOption(context, MemberRepository(*context.database), &id) || !pointsOption(context, &amount))
        return CliExit::refused;
    QDate on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &on))
        return CliExit::usage;
    PointsService points(*context.database);
    const auto entry = enter(points, id, on, amount, context.parser.value(textOption));
    if (!entry)
        return context.fail(entry.error());
    context.out << points.balance(id) << '\n';
    return CliExit::ok;
}

int award(CliContext &context)
{
    return enterPoints(context, QStringLiteral("reason"),
                       [](PointsService &points, qint64 member, const QDate &on, int amount, const QString &reason) {
                           return points.award(member, on, amount, reason);
                       });
}

int redeem(CliContext &context)
{
    return enterPoints(context, QStringLiteral("item"),
                       [](PointsService &points, qint64 member, const QDate &on, int amount, const QString &item) {
                           return points.redeem(member, on, amount, item);
                       });
}

} // namespace

QList<CliCommand> memberCommands()
{
    const QCommandLineOption member(QStringLiteral("member"), MemberCommands::tr("The member's number."), QStringLiteral("ID"));
    const QCommandLineOption points(QStringLiteral("points"), MemberCommands::tr("How many points."), QStringLiteral("N"));
    const QCommandLineOption on(QStringLiteral("on"), MemberCommands::tr("The date (default today)."), QStringLiteral("YYYY-MM-DD"));
    return {
        {{QStringLiteral("members"), QStringLiteral("import")},
         MemberCommands::tr("Import members from an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK), all or nothing."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("check"), MemberCommands::tr("Only check the file and name every problem; write nothing.")}},
         {QStringLiteral("FILE")},
         importMembers},
        {{QStringLiteral("members"), QStringLiteral("template")},
         MemberCommands::tr("Write the workbook to fill for members import (the headings, choice lists, the organisations)."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("out"), MemberCommands::tr("The workbook to write."), QStringLiteral("FILE.xlsx")}},
         {},
         writeTemplate},
        {{QStringLiteral("members"), QStringLiteral("list")},
         MemberCommands::tr("List members (active ones unless --all)."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("org"), MemberCommands::tr("Only this organisation and everything below it."), QStringLiteral("ID|PATH")},
          {QStringLiteral("limit"), MemberCommands::tr("At most N members (default 100)."), QStringLiteral("N")},
          {QStringLiteral("all"), MemberCommands::tr("Include members transferred out or deceased.")},
          {QStringLiteral("category"), MemberCommands::tr("Only members of this category: registered, flowing, in_service."),
           QStringLiteral("CATEGORY")},
          {QStringLiteral("json"), MemberCommands::tr("Print JSON.")}},
         {},
         listMembers},
        {{QStringLiteral("members"), QStringLiteral("cards")},
         MemberCommands::tr("Write the quarterly feedback cards of in-service members to their employers' party "
                            "organisations (双联双管): a PDF per employer, or per member."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("quarter"), MemberCommands::tr("The quarter."), QStringLiteral("YYYYQn")},
          {QStringLiteral("employer"), MemberCommands::tr("Only the members of this employer."), QStringLiteral("NAME")},
          member,
          {QStringLiteral("org"), MemberCommands::tr("Only members reporting to this organisation or one below it."),
           QStringLiteral("ID|PATH")},
          {QStringLiteral("per-member"), MemberCommands::tr("A file per member instead of one per employer.")},
          {QStringLiteral("out"), MemberCommands::tr("The folder to write the PDFs to (made if missing)."), QStringLiteral("DIR")},
          {QStringLiteral("json"), MemberCommands::tr("Print the cards' figures (and the files written) as JSON.")}},
         {},
         writeCards},
        {{QStringLiteral("points"), QStringLiteral("balance")},
         MemberCommands::tr("Print a member's service points balance."),
         CliCommand::Opens::ForReading,
         {member},
         {},
         balance},
        {{QStringLiteral("points"), QStringLiteral("award")},
         MemberCommands::tr("Credit a member with service points; prints the new balance."),
         CliCommand::Opens::ForWriting,
         {member, points, on, {QStringLiteral("reason"), MemberCommands::tr("Why."), QStringLiteral("TEXT")}},
         {},
         award},
        {{QStringLiteral("points"), QStringLiteral("redeem")},
         MemberCommands::tr("Redeem service points for an item; refused above the balance."),
         CliCommand::Opens::ForWriting,
         {member, points, on, {QStringLiteral("item"), MemberCommands::tr("The item."), QStringLiteral("TEXT")}},
         {},
         redeem},
    };
}
