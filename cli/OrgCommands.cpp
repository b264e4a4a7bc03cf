// Commands on the organisation tree: org list, org add, org move, org retire.

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// Translation context of the texts in this file.
class OrgCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrgCommands)
};

int list(CliContext &context)
{
    const OrgRepository repository(*context.database);
    const bool withRetired = context.parser.isSet(QStringLiteral("all"));
    const QList<OrgPathEntry> rows = repository.listAll();
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OrgPathEntry &row : rows) {
            if (!row.active && !withRetired)
                continue;
            QJsonObject object{{QStringLiteral("id"), row.id},
                               {QStringLiteral("kind"), OrgKinds::code(row.kind)},
                               {QStringLiteral("name"), row.name},
                               {QStringLiteral("path"), row.path}};
            if (withRetired)
                object.insert(QStringLiteral("active"), row.active);
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return CliExit::ok;
    }
    for (const OrgPathEntry &row : rows) {
        if (row.active || withRetired)
            context.out << row.id << '\t' << OrgKinds::code(row.kind) << '\t' << row.path << '\n';
    }
    return CliExit::ok;
}

int add(CliContext &context)
{
    OrgService service(*context.database);
    const auto parent = context.organisationOption(QStringLiteral("parent"));
    if (!parent)
        return CliExit::refused;
    const auto kind = OrgKinds::fromCode(context.parser.value(QStringLiteral("kind")));
    if (!kind)
        return context.usage(OrgCommands::tr("Unknown kind \"%1\".").arg(context.parser.value(QStringLiteral("kind"))));
    Organisation draft;
    draft.parentId = *parent;
    draft.kind = *kind;
    draft.name = context.parser.value(QStringLiteral("name"));
    draft.secretary = context.parser.value(QStringLiteral("secretary"));
    draft.phone = context.parser.value(QStringLiteral("phone"));
    draft.code = context.parser.value(QStringLiteral("code"));
    if (!context.dateOption(QStringLiteral("established"), &draft.establishedOn))
        return CliExit::usage;
    qint64 households = -1;
    if (!context.numberOption(QStringLiteral("households"), 0, 100000, &households))
        return CliExit::usage;
    if (households >= 0)
        draft.households = int(households);
    const auto id = service.add(draft);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int move(CliContext &context)
{
    OrgService service(*context.database);
    const QString what = context.parser.positionalArguments().value(0);
    const auto id = context.findOrganisation(what);
    if (!id)
        return context.fail(OrgCommands::tr("There is no organisation \"%1\".").arg(what));
    const auto target = context.organisationOption(QStringLiteral("to"));
    if (!target)
        return CliExit::refused;
    if (const Outcome moved = service.move(*id, *target); !moved)
        return context.fail(moved.error());
    context.out << service.repository().path(*id) << '\n';
    return CliExit::ok;
}

int retire(CliContext &context)
{
    OrgService service(*context.database);
    const QString what = context.parser.positionalArguments().value(0);
    const auto id = context.findOrganisation(what);
    if (!id)
        return context.fail(OrgCommands::tr("There is no organisation \"%1\".").arg(what));
    QDate on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &on))
        return CliExit::usage;
    if (const Outcome retired = service.retire(*id, on); !retired)
        return context.fail(retired.error());
    return CliExit::ok;
}

} // namespace

QList<CliCommand> orgCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), OrgCommands::tr("Print JSON."));
    const QCommandLineOption all(QStringLiteral("all"), OrgCommands::tr("Include retired organisations."));
    return {
        {{QStringLiteral("org"), QStringLiteral("list")},
         OrgCommands::tr("List the organisations with their paths."),
         CliCommand::Opens::ForReading,
         {json, all},
         {},
         list},
        {{QStringLiteral("org"), QStringLiteral("add")},
         OrgCommands::tr("Add an organisation; prints its id."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("parent"), OrgCommands::tr("Id or path of the organisation above."), QStringLiteral("ID|PATH")},
          {QStringLiteral("kind"), OrgCommands::tr("community, grid, building_group, household, ..."), QStringLiteral("KIND")},
          {QStringLiteral("name"), OrgCommands::tr("The name."), QStringLiteral("NAME")},
          {QStringLiteral("code"), OrgCommands::tr("The organisation's code."), QStringLiteral("CODE")},
          {QStringLiteral("secretary"), OrgCommands::tr("The secretary's name."), QStringLiteral("NAME")},
          {QStringLiteral("phone"), OrgCommands::tr("Contact phone."), QStringLiteral("PHONE")},
          {QStringLiteral("households"), OrgCommands::tr("Households served (grids)."), QStringLiteral("N")},
          {QStringLiteral("established"), OrgCommands::tr("Date established."), QStringLiteral("YYYY-MM-DD")}},
         {},
         add},
        {{QStringLiteral("org"), QStringLiteral("move")},
         OrgCommands::tr("Move an organisation (with everything below it) under another."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("to"), OrgCommands::tr("Id or path of the new organisation above."), QStringLiteral("ID|PATH")}},
         {QStringLiteral("ID|PATH")},
         move},
        {{QStringLiteral("org"), QStringLiteral("retire")},
         OrgCommands::tr("Retire an organisation and everything below it; history stays."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("on"), OrgCommands::tr("Date dissolved (default today)."), QStringLiteral("YYYY-MM-DD")}},
         {QStringLiteral("ID|PATH")},
         retire},
    };
}
