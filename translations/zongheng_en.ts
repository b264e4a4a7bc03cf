<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityService</name>
    <message numerus="yes">
        <source>%1 (%Ln point(s))</source>
        <translation>
            <numerusform>%1 (%Ln point)</numerusform>
            <numerusform>%1 (%Ln points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message numerus="yes">
        <source>%1 %2: %Ln taking part</source>
        <translation>
            <numerusform>%1 %2: %Ln taking part</numerusform>
            <numerusform>%1 %2: %Ln taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln member(s) credited)</source>
        <translation>
            <numerusform> (%Ln member credited)</numerusform>
            <numerusform> (%Ln members credited)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>%Ln day(s) imported.</source>
        <translation>
            <numerusform>%Ln day imported.</numerusform>
            <numerusform>%Ln days imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message numerus="yes">
        <source>The calendar file has %Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The calendar file has %Ln problem; nothing was imported.</numerusform>
            <numerusform>The calendar file has %Ln problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CobuildCommands</name>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found; nothing imported.</source>
        <translation>
            <numerusform>%1: %Ln problem found; nothing imported.</numerusform>
            <numerusform>%1: %Ln problems found; nothing imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln unit(s) can be imported; nothing was written (--check).</source>
        <translation>
            <numerusform>%1: %Ln unit can be imported; nothing was written (--check).</numerusform>
            <numerusform>%1: %Ln units can be imported; nothing was written (--check).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln unit imported from %1.</numerusform>
            <numerusform>%Ln units imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CobuildPage</name>
    <message numerus="yes">
        <source>%Ln agreement(s) expiring within 30 days or behind target</source>
        <translation>
            <numerusform>%Ln agreement expiring within 30 days or behind target</numerusform>
            <numerusform>%Ln agreements expiring within 30 days or behind target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) due for their joint meeting (%1 overdue)</source>
        <translation>
            <numerusform>%Ln organisation due for their joint meeting (%1 overdue)</numerusform>
            <numerusform>%Ln organisations due for their joint meeting (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) overdue</source>
        <translation>
            <numerusform>%Ln task overdue</numerusform>
            <numerusform>%Ln tasks overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%Ln community(ies) below the space standard, %L1 m² short</source>
        <translation>
            <numerusform>%Ln community below the space standard, %L1 m² short</numerusform>
            <numerusform>%Ln communities below the space standard, %L1 m² short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Party organisations in property companies %1, non-public enterprises %2, social organisations %3 · %Ln part-time committee member(s) · residents&apos; orders %4 · activities %5 (joint %6), participants %7</source>
        <translation>
            <numerusform>Party organisations in property companies %1, non-public enterprises %2, social organisations %3 · %Ln part-time committee member · residents&apos; orders %4 · activities %5 (joint %6), participants %7</numerusform>
            <numerusform>Party organisations in property companies %1, non-public enterprises %2, social organisations %3 · %Ln part-time committee members · residents&apos; orders %4 · activities %5 (joint %6), participants %7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuaranteeDetails</name>
    <message numerus="yes">
        <source>%L1 m² in %Ln venue(s)</source>
        <translation>
            <numerusform>%L1 m² in %Ln venue</numerusform>
            <numerusform>%L1 m² in %Ln venues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuaranteePage</name>
    <message numerus="yes">
        <source>%Ln community(ies) below the space standard: %1</source>
        <translation>
            <numerusform>%Ln community below the space standard: %1</numerusform>
            <numerusform>%Ln communities below the space standard: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln community(ies) without households</source>
        <translation>
            <numerusform>%Ln community without households</numerusform>
            <numerusform>%Ln communities without households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inspection task(s) open</source>
        <translation>
            <numerusform>%Ln inspection task open</numerusform>
            <numerusform>%Ln inspection tasks open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuaranteeRows</name>
    <message numerus="yes">
        <source>%Ln follow-up task(s) still open</source>
        <translation>
            <numerusform>%Ln follow-up task still open</numerusform>
            <numerusform>%Ln follow-up tasks still open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandlingCommands</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message numerus="yes">
        <source>The key %1 is retired (%Ln registration(s)); packages signed with it are refused from now on.</source>
        <translation>
            <numerusform>The key %1 is retired (%Ln registration); packages signed with it are refused from now on.</numerusform>
            <numerusform>The key %1 is retired (%Ln registrations); packages signed with it are refused from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message numerus="yes">
        <source>%Ln working day(s) after %1 lies beyond the years the calendar keeps.</source>
        <translation>
            <numerusform>%Ln working day after %1 lies beyond the years the calendar keeps.</numerusform>
            <numerusform>%Ln working days after %1 lies beyond the years the calendar keeps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) imported.</source>
        <translation>
            <numerusform>%Ln day imported.</numerusform>
            <numerusform>%Ln days imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerDetail</name>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>%Ln working day left</numerusform>
            <numerusform>%Ln working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>%Ln working day overdue</numerusform>
            <numerusform>%Ln working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %Ln time(s) after a dissatisfied visit.</source>
        <translation>
            <numerusform>Reopened %Ln time after a dissatisfied visit.</numerusform>
            <numerusform>Reopened %Ln times after a dissatisfied visit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerEventModel</name>
    <message numerus="yes">
        <source>due date moved by %Ln working day(s)</source>
        <translation>
            <numerusform>due date moved by %Ln working day</numerusform>
            <numerusform>due date moved by %Ln working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message numerus="yes">
        <source>The due date cannot be moved by the %Ln working day(s) lost.</source>
        <translation>
            <numerusform>The due date cannot be moved by the %Ln working day lost.</numerusform>
            <numerusform>The due date cannot be moved by the %Ln working days lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerStepDialog</name>
    <message numerus="yes">
        <source>%1 — to report done within %Ln working day(s)</source>
        <translation>
            <numerusform>%1 — to report done within %Ln working day</numerusform>
            <numerusform>%1 — to report done within %Ln working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>%Ln working day left</numerusform>
            <numerusform>%Ln working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>%Ln working day overdue</numerusform>
            <numerusform>%Ln working days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message numerus="yes">
        <source>%Ln more row(s) refer to missing rows</source>
        <translation>
            <numerusform>%Ln more row refers to missing rows</numerusform>
            <numerusform>%Ln more rows refer to missing rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message numerus="yes">
        <source>%1: nothing imported; %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1: nothing imported; %Ln problem found.</numerusform>
            <numerusform>%1: nothing imported; %Ln problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln member imported from %1.</numerusform>
            <numerusform>%Ln members imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found; nothing would be imported.</source>
        <translation>
            <numerusform>%1: %Ln problem found; nothing would be imported.</numerusform>
            <numerusform>%1: %Ln problems found; nothing would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s) can be imported; nothing was written (--check).</source>
        <translation>
            <numerusform>%1: %Ln member can be imported; nothing was written (--check).</numerusform>
            <numerusform>%1: %Ln members can be imported; nothing was written (--check).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written.</source>
        <translation>
            <numerusform>%Ln card written.</numerusform>
            <numerusform>%Ln cards written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln member imported from %1.</numerusform>
            <numerusform>%Ln members imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln member(s)…</source>
        <translation>
            <numerusform>Saving %Ln member…</numerusform>
            <numerusform>Saving %Ln members…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln member(s), every row right. The first rows as they will be saved are below; choose Import to save them all.</source>
        <translation>
            <numerusform>%1 (%2): %Ln member, every row right. The first rows as they will be saved are below; choose Import to save them all.</numerusform>
            <numerusform>%1 (%2): %Ln members, every row right. The first rows as they will be saved are below; choose Import to save them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln member(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln member</numerusform>
            <numerusform>&amp;Import %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln problem(s) in %3 row(s); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%1 (%2): %Ln problem in %3 rows; nothing can be imported until it is fixed.</numerusform>
            <numerusform>%1 (%2): %Ln problems in %3 rows; nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %Ln problem(s).</source>
        <translation>
            <numerusform>%1 cannot be imported: %Ln problem.</numerusform>
            <numerusform>%1 cannot be imported: %Ln problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgLookup</name>
    <message numerus="yes">
        <source>%Ln organisations are called &quot;%1&quot;; write its path (%2).</source>
        <translation>
            <numerusform>%Ln organisation is called &quot;%1&quot;; write its path (%2).</numerusform>
            <numerusform>%Ln organisations are called &quot;%1&quot;; write its path (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message numerus="yes">
        <source>%1 cannot be deleted: %Ln organisation(s) hang under it. Retire it instead to keep its history.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %Ln organisation hangs under it. Retire it instead to keep its history.</numerusform>
            <numerusform>%1 cannot be deleted: %Ln organisations hang under it. Retire it instead to keep its history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %Ln member(s), role(s) or other record(s) belong to it. Retire it instead to keep its history.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %Ln member, role or other record belongs to it. Retire it instead to keep its history.</numerusform>
            <numerusform>%1 cannot be deleted: %Ln members, roles or other records belong to it. Retire it instead to keep its history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgTreeView</name>
    <message numerus="yes">
        <source>The %Ln organisation(s) below it move with it.</source>
        <translation>
            <numerusform>The %Ln organisation below it moves with it.</numerusform>
            <numerusform>The %Ln organisations below it move with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageRules</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsEntryDialog</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>Balance: %Ln point</numerusform>
            <numerusform>Balance: %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetireOrgDialog</name>
    <message numerus="yes">
        <source>%Ln active organisation(s) below it will be retired with it.</source>
        <translation>
            <numerusform>%Ln active organisation below it will be retired with it.</numerusform>
            <numerusform>%Ln active organisations below it will be retired with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <source>%Ln review sheet(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%Ln review sheet of %1 written to %2.</numerusform>
            <numerusform>%Ln review sheets of %1 written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardDialog</name>
    <message numerus="yes">
        <source>%Ln card(s).</source>
        <translation>
            <numerusform>%Ln card.</numerusform>
            <numerusform>%Ln cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) saved in %1:</source>
        <translation>
            <numerusform>%Ln card saved in %1:</numerusform>
            <numerusform>%Ln cards saved in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s).</source>
        <translation>
            <numerusform>%Ln file.</numerusform>
            <numerusform>%Ln files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1: %Ln problem found.</numerusform>
            <numerusform>%1: %Ln problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not sound (%Ln problem(s)); nothing was copied.</source>
        <translation>
            <numerusform>%1 is not sound (%Ln problem); nothing was copied.</numerusform>
            <numerusform>%1 is not sound (%Ln problems); nothing was copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %Ln table(s), %3 rows, each the same in both (counts and checksums).</source>
        <translation>
            <numerusform>Copied %1 to %2: %Ln table, %3 rows, the same in both (counts and checksums).</numerusform>
            <numerusform>Copied %1 to %2: %Ln tables, %3 rows, each the same in both (counts and checksums).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln unit(s), every row right; choose Import to save them all.</source>
        <translation>
            <numerusform>%1: %Ln unit, every row right; choose Import to save it.</numerusform>
            <numerusform>%1: %Ln units, every row right; choose Import to save them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%1: %Ln problem; nothing can be imported until it is fixed.</numerusform>
            <numerusform>%1: %Ln problems; nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln unit(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln unit</numerusform>
            <numerusform>&amp;Import %Ln units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklySummaryDialog</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
</TS>
