#include "DemoOrgBuilder.h"

#include "DemoNames.h"
#include "DemoRandom.h"
#include "core/IsoDate.h"
#include "store/StoreHealth.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <QVariant>

DemoOrgBuilder::DemoOrgBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
    , m_insert(db)
{
    m_timestamp = asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
}

QDate DemoOrgBuilder::dateBetween(const QDate &from, const QDate &to)
{
    const QDate end = std::min(to, m_asOf);
    if (end <= from)
        return end;
    return m_random.dateBetween(from, end);
}

Result<DemoOrgBuilder::Inserted> DemoOrgBuilder::insert(const Row &row)
{
    const qint64 id = m_nextId++;
    const QString lineage = (row.parentId == 0 ? QStringLiteral("/") : row.parentLineage) + QString::number(id)
                            + QLatin1Char('/');
    m_insert.bindValue(0, id);
    m_insert.bindValue(1, row.parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(row.parentId));
    m_insert.bindValue(2, OrgKinds::code(row.kind));
    m_insert.bindValue(3, row.name);
    m_insert.bindValue(4, lineage);
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    m_insert.bindValue(5, nullable(row.code));
    m_insert.bindValue(6, nullable(row.secretary));
    m_insert.bindValue(7, nullable(row.phone));
    m_insert.bindValue(8, nullable(row.address));
    m_insert.bindValue(9, row.households < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(row.households));
    m_insert.bindValue(10, IsoDate::toSql(row.established));
    m_insert.bindValue(11, m_timestamp);
    m_insert.bindValue(12, m_timestamp);
    if (!m_insert.exec())
        return Result<Inserted>::failure(StoreHealth::describe(m_insert.lastError()));
    return Inserted{id, lineage};
}

Outcome DemoOrgBuilder::build(const DemoProfile &profile, const std::function<bool(double)> &progress)
{
    QSqlQuery next(m_db);
    // Ids counted from a failed read could collide with organisations already there.
    if (!next.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM organisation")) || !next.next())
        return Outcome::failure(StoreHealth::describe(next.lastError()));
    m_nextId = next.value(0).toLongLong();
    m_insert.prepare(QStringLiteral(
        "INSERT INTO organisation (id, parent_id, kind, name, lineage, code, secretary, phone, address, households, "
        "established_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_groupsMin = profile.buildingGroupsPerGridMin;
    m_groupsMax = profile.buildingGroupsPerGridMax;

    Row top;
    top.kind = OrgKind::District;
    top.name = profile.district;
    top.code = profile.districtCode;
    top.established = dateBetween(QDate(1990, 1, 1), QDate(1990, 1, 1));
    const auto district = insert(top);
    if (!district)
        return Outcome::failure(district.error());
    m_tree.district = district.value().id;

    // Names: the profile's own first, generated ones for the rest.
    QStringList subdistrictNames;
    QList<QStringList> communityNames;
    for (const auto &named : profile.subdistricts) {
        subdistrictNames.append(named.name);
        communityNames.append(named.communities);
    }
    const QStringList extraStems = DemoNames::subdistrictStems(m_random, profile.subdistrictCount);
    for (int i = 0; subdistrictNames.size() < profile.subdistrictCount; ++i) {
        if (!subdistrictNames.contains(extraStems.at(i) + QStringLiteral("街道")))
            subdistrictNames.append(extraStems.at(i) + QStringLiteral("街道"));
    }
    int namedCommunities = 0;
    for (const QStringList &list : std::as_const(communityNames))
        namedCommunities += int(list.size());
    const QList<int> generatedPerSubdistrict =
        m_random.spread(profile.communityCount - namedCommunities, profile.subdistrictCount - int(communityNames.size()));
    const QStringList generatedStems = DemoNames::communityStems(m_random, profile.communityCount);
    int stem = 0;
    for (int count : generatedPerSubdistrict) {
        QStringList names;
        for (int i = 0; i < count; ++i)
            names.append(generatedStems.at(stem++) + QStringLiteral("社区"));
        communityNames.append(names);
    }

    const QList<int> gridsPerCommunity = m_random.spread(profile.gridCount, profile.communityCount);
    const QList<int> householdsPerGrid = m_random.spread(profile.householdCount, profile.gridCount);
    int communityIndex = 0;
    int gridIndex = 0;

    for (int s = 0; s < subdistrictNames.size(); ++s) {
        Row office;
        office.parentId = m_tree.district;
        office.parentLineage = district.value().lineage;
        office.kind = OrgKind::Subdistrict;
        office.name = subdistrictNames.at(s);
        office.code = profile.districtCode + QStringLiteral("%1").arg(s + 1, 3, 10, QLatin1Char('0'));
        office.secretary = DemoNames::person(m_random);
        office.phone = QStringLiteral("0556-55%1").arg(m_random.below(100000), 5, 10, QLatin1Char('0'));
        office.address = DemoNames::road(m_random) + QStringLiteral("%1号").arg(m_random.between(1, 300));
        office.established = dateBetween(QDate(1995, 1, 1), QDate(2005, 12, 31));
        const auto subdistrict = insert(office);
        if (!subdistrict)
            return Outcome::failure(subdistrict.error());
        m_tree.subdistricts.append(subdistrict.value().id);

        const QStringList &names = communityNames.at(s);
        for (int c = 0; c < names.size(); ++c, ++communityIndex) {
            Row community;
            community.parentId = subdistrict.value().id;
            community.parentLineage = subdistrict.value().lineage;
            community.kind = OrgKind::Community;
            community.name = names.at(c);
            community.code = office.code + QStringLiteral("%1").arg(c + 1, 3, 10, QLatin1Char('0'));
            community.secretary = DemoNames::person(m_random);
            community.phone = QStringLiteral("0556-55%1").arg(m_random.below(100000), 5, 10, QLatin1Char('0'));
            community.address = DemoNames::road(m_random) + QStringLiteral("%1号").arg(m_random.between(1, 300));
            community.established = dateBetween(QDate(2001, 1, 1), QDate(2012, 12, 31));
            const auto inserted = insert(community);
            if (!inserted)
                return Outcome::failure(inserted.error());
            m_tree.communities.append(inserted.value().id);
            for (int g = 0; g < gridsPerCommunity.at(communityIndex); ++g, ++gridIndex) {
                if (const Outcome grid = buildGrid(subdistrict.value().id, inserted.value(), community.code, g + 1,
                                                  householdsPerGrid.at(gridIndex));
                    !grid)
                    return grid;
            }
            if (progress && !progress(double(communityIndex + 1) / profile.communityCount))
                return Outcome::failure(QStringLiteral("cancelled"));
        }
        if (const Outcome branches = addBranches(subdistrict.value(), subdistrictNames.at(s), names); !branches)
            return branches;
    }

    // Sector committees under the district (行业党委).
    const QStringList sectors = {QStringLiteral("物业行业党委"), QStringLiteral("快递物流行业党委"),
                                 QStringLiteral("货车司机行业党委")};
    for (const QString &name : sectors) {
        Row sector;
        sector.parentId = m_tree.district;
        sector.parentLineage = district.value().lineage;
        sector.kind = OrgKind::SectorCommittee;
        sector.name = name;
        sector.secretary = DemoNames::person(m_random);
        sector.phone = DemoNames::mobile(m_random);
        sector.established = dateBetween(QDate(2018, 1, 1), QDate(2021, 12, 31));
        if (const auto inserted = insert(sector); !inserted)
            return Outcome::failure(inserted.error());
    }
    return Outcome::success();
}

Outcome DemoOrgBuilder::buildGrid(qint64 subdistrictId, const Inserted &community, const QString &communityCode,
                                  int number, int households)
{
    Row grid;
    grid.parentId = community.id;
    grid.parentLineage = community.lineage;
    grid.kind = OrgKind::Grid;
    grid.name = QStringLiteral("第%1网格").arg(number);
    grid.code = communityCode + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
    grid.secretary = DemoNames::person(m_random);
    grid.phone = DemoNames::mobile(m_random);
    grid.households = m_random.between(240, 360);
    grid.established = dateBetween(QDate(2017, 6, 1), QDate(2019, 6, 30));
    const auto inserted = insert(grid);
    if (!inserted)
        return Outcome::failure(inserted.error());
    m_tree.grids.append(inserted.value().id);
    DemoGrid details;
    details.id = inserted.value().id;
    details.communityId = community.id;
    details.subdistrictId = subdistrictId;
    details.head = grid.secretary;
    details.headPhone = grid.phone;

    // Building groups on distinct building numbers; most central households sit in one of them.
    const int groupCount = m_random.between(m_groupsMin, m_groupsMax);
    QList<Inserted> groups;
    QList<int> buildings;
    while (buildings.size() < groupCount) {
        const int building = m_random.between(1, 40);
        if (!buildings.contains(building))
            buildings.append(building);
    }
    std::sort(buildings.begin(), buildings.end());
    for (int building : std::as_const(buildings)) {
        Row group;
        group.parentId = inserted.value().id;
        group.parentLineage = inserted.value().lineage;
        group.kind = OrgKind::BuildingGroup;
        group.name = QStringLiteral("%1栋党小组").arg(building);
        group.secretary = DemoNames::person(m_random);
        group.phone = DemoNames::mobile(m_random);
        group.established = dateBetween(QDate(2018, 1, 1), QDate(2020, 12, 31));
        const auto made = insert(group);
        if (!made)
            return Outcome::failure(made.error());
        groups.append(made.value());
        m_tree.buildingGroups.append(made.value().id);
        details.groups.append(made.value().id);
        details.groupHeads.append(group.secretary);
    }
    m_tree.gridDetails.append(details);

    QHash<qint64, QStringList> takenNames;
    for (int h = 0; h < households; ++h) {
        const bool inGroup = !groups.isEmpty() && m_random.chance(0.8);
        const Inserted parent = inGroup ? groups.at(m_random.below(int(groups.size()))) : inserted.value();
        QString holder;
        const bool male = m_random.chance(0.56);
        do {
            holder = DemoNames::person(m_random, male ? DemoNames::Gender::Male : DemoNames::Gender::Female);
        } while (takenNames[parent.id].contains(holder));
        takenNames[parent.id].append(holder);
        Row household;
        household.parentId = parent.id;
        household.parentLineage = parent.lineage;
        household.kind = OrgKind::Household;
        household.name = holder + QStringLiteral("党员中心户");
        household.secretary = holder;
        household.phone = DemoNames::mobile(m_random);
        household.address = QStringLiteral("%1栋%2室").arg(m_random.between(1, 40)).arg(m_random.between(1, 6) * 100 + m_random.between(1, 4));
        household.established = dateBetween(QDate(2018, 3, 1), QDate(2020, 12, 31));
        const auto made = insert(household);
        if (!made)
            return Outcome::failure(made.error());
        m_tree.households.append(made.value().id);
        m_tree.householdDetails.append({made.value().id, inserted.value().id, holder, male});
    }
    return Outcome::success();
}

Outcome DemoOrgBuilder::addBranches(const Inserted &subdistrict, const QString &name, const QStringList &communityNames)
{
    // Functional branches (小个专, 三缘) and a temporary branch on a project front line.
    const QString stem = name.chopped(2); // without 街道
    QList<Row> rows;
    Row street;
    street.kind = OrgKind::FunctionalBranch;
    street.name = stem + QStringLiteral("小个专党支部");
    rows.append(street);
    Row interest;
    interest.kind = OrgKind::FunctionalBranch;
    interest.name = m_random.pick(QStringList{QStringLiteral("书画"), QStringLiteral("太极"), QStringLiteral("合唱"),
                                              QStringLiteral("志愿服务")})
                    + QStringLiteral("趣缘党支部");
    rows.append(interest);
    if (m_random.chance(0.6)) {
        Row temporary;
        temporary.kind = OrgKind::TemporaryBranch;
        temporary.name = m_random.pick(QStringList{QStringLiteral("棚户区改造"), QStringLiteral("防汛救灾"),
                                                   QStringLiteral("老旧小区改造"), QStringLiteral("文明创建")})
                         + QStringLiteral("临时党支部");
        rows.append(temporary);
    }
    if (!communityNames.isEmpty() && m_random.chance(0.5)) {
        Row business;
        business.kind = OrgKind::BusinessCommittee;
        business.name = stem + QStringLiteral("商圈党委");
        rows.append(business);
    }
    for (Row &row : rows) {
        row.parentId = subdistrict.id;
        row.parentLineage = subdistrict.lineage;
        row.secretary = DemoNames::person(m_random);
        row.phone = DemoNames::mobile(m_random);
        row.established = dateBetween(QDate(2017, 1, 1), QDate(2022, 12, 31));
        const auto made = insert(row);
        if (!made)
            return Outcome::failure(made.error());
        if (row.kind != OrgKind::BusinessCommittee)
            m_tree.branches.append(made.value().id);
    }
    return Outcome::success();
}
