<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddOrgDialog</name>
    <message>
        <source>Add an organisation under %1</source>
        <translation>在%1下添加组织</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>ZongHeng</source>
        <translation>纵横</translation>
    </message>
    <message>
        <source>Nothing was changed in that file.</source>
        <translation>该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ZongHeng database (*.db);;All files (*)</source>
        <translation>纵横数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>ZongHeng database (*.db)</source>
        <translation>纵横数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. A new database needs a new file name.</source>
        <translation>%1 已存在。新建数据库需要一个新的文件名。</translation>
    </message>
    <message>
        <source>Generating the demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Generating the demo data: %1…</source>
        <translation>正在生成演示数据：%1…</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: zongheng-cli [--db FILE] COMMAND [OPTIONS]</source>
        <translation>用法：zongheng-cli [--db 文件] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: %1) and --help.</source>
        <translation>每个命令都接受 --db 文件（默认：%1）和 --help。</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>参见 --help。</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not "%2".</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 expects %2 argument(s): %3</source>
        <translation>%1 需要 %2 个参数：%3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is damaged: %2</source>
        <translation>文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of ZongHeng (schema %2; this program knows schema %3 at most). Install the newer version to open it.</source>
        <translation>文件 %1 由更新版本的纵横写入（数据结构版本 %2；本程序最高支持版本 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The file %1 is damaged: tables of the ZongHeng schema are missing.</source>
        <translation>文件 %1 已损坏：缺少纵横数据库的数据表。</translation>
    </message>
    <message>
        <source>The file %1 has the older schema %2 and must be upgraded to %3 before it can be read. Open it once in ZongHeng (or with a writing command) to upgrade it.</source>
        <translation>文件 %1 的数据结构为旧版本 %2，需升级到 %3 后才能读取。请先在纵横中（或用写入类命令）打开一次以完成升级。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened for writing: %2</source>
        <translation>无法以写入方式打开文件 %1：%2</translation>
    </message>
    <message>
        <source>Before upgrading %1, a backup copy could not be written: %2</source>
        <translation>升级 %1 前未能写入备份副本：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be upgraded from schema %2 to %3 and was left as it was: %4</source>
        <translation>文件 %1 未能从数据结构版本 %2 升级到 %3，文件保持原样：%4</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>文件 %1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2018-05-01</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Unknown demo profile "%1"; use one of: %2.</source>
        <translation>未知的演示数据方案“%1”，可选：%2。</translation>
    </message>
    <message>
        <source>The as-of date is not valid.</source>
        <translation>截止日期无效。</translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes into an empty database only.</source>
        <translation>数据库中已有数据；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Cancelled; the database was left as it was.</source>
        <translation>已取消，数据库保持原样。</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>演示数据写入失败：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>cannot flush %1 to the disk</source>
        <translation>无法将 %1 写入磁盘</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FileProbe</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (no permission?).</source>
        <translation>无法读取文件 %1（没有权限？）。</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes); it is not a ZongHeng database.</source>
        <translation>文件 %1 是空文件（0 字节），不是纵横数据库。</translation>
    </message>
    <message>
        <source>The file %1 is not a ZongHeng database: it is not an SQLite database at all.</source>
        <translation>文件 %1 不是纵横数据库：它根本不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program (application id 0x%2), not a ZongHeng database.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库（应用标识 0x%2），不是纵横数据库。</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is %2 bytes long but its header describes %3 bytes (it was cut short, for example by an interrupted copy).</source>
        <translation>文件 %1 已损坏：文件长 %2 字节，但文件头记载应为 %3 字节（文件不完整，例如复制中断）。</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its length of %2 bytes is not a whole number of %3-byte pages (it was cut short, for example by an interrupted copy).</source>
        <translation>文件 %1 已损坏：长度 %2 字节不是 %3 字节页面的整数倍（文件不完整，例如复制中断）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Load &amp;demo data (Yingjiang district)</source>
        <translation>载入演示数据（迎江区）(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to ZongHeng</source>
        <translation>欢迎使用纵横</translation>
    </message>
    <message>
        <source>This database is new. Give the names of your district and sub-district to begin, or load the demo data to look around first.</source>
        <translation>这是一个新数据库。请填写所在区和街道的名称开始使用，也可以先载入演示数据了解功能。</translation>
    </message>
    <message>
        <source>e.g. 迎江区</source>
        <translation>例如：迎江区</translation>
    </message>
    <message>
        <source>e.g. 新河路街道 (leave empty for a district office)</source>
        <translation>例如：新河路街道（区级单位请留空）</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sub-district:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>Names may not contain "/".</source>
        <translation>名称中不能含有“/”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ZongHeng — %1</source>
        <translation>纵横 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find organisation</source>
        <translation>查找组织(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>概览（Ctrl+1）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Organisation (Ctrl+2)</source>
        <translation>组织（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About ZongHeng</source>
        <translation>关于纵横(&amp;A)</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>ZongHeng database (*.db)</source>
        <translation>纵横数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>About ZongHeng</source>
        <translation>关于纵横</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZongHeng %1&lt;/h3&gt;&lt;p&gt;The party-building work of a sub-district office in one place: the organisation tree (一纵), co-building with resident units (一横), the lists that drive the work (一清单) and the people's ledger.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;纵横 %1&lt;/h3&gt;&lt;p&gt;街道党建工作一体化管理：组织体系（一纵）、与驻区单位共驻共建（一横）、推动工作的各类清单（一清单）以及民情账本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to the organisation are not saved yet. Save them?</source>
        <translation>组织信息的修改尚未保存。是否保存？</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a missing row of %3</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录</translation>
    </message>
    <message>
        <source>running count %1 says %2 but there are %3</source>
        <translation>计数 %1 记为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>organisation %1 has a wrong lineage %2</source>
        <translation>组织 %1 的层级路径 %2 有误</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself (%1).</source>
        <translation>备份不能覆盖数据库本身（%1）。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>第 %1 步（%2）失败：%3</translation>
    </message>
    <message>
        <source>the upgraded data breaks a reference in table %1</source>
        <translation>升级后的数据在表 %1 中存在无效引用</translation>
    </message>
</context>
<context>
    <name>MoveOrgDialog</name>
    <message>
        <source>Move %1 to…</source>
        <translation>将%1移动到…</translation>
    </message>
    <message>
        <source>Find the new organisation above by name</source>
        <translation>按名称查找新的上级组织</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>It will move under %1.</source>
        <translation>将移动到 %1 之下。</translation>
    </message>
</context>
<context>
    <name>OrgChildrenModel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Central households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>There is no organisation "%1".</source>
        <translation>不存在组织“%1”。</translation>
    </message>
    <message>
        <source>Unknown kind "%1".</source>
        <translation>未知的组织类型“%1”。</translation>
    </message>
    <message>
        <source>--households must be a number.</source>
        <translation>--households 须为数字。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Include retired organisations.</source>
        <translation>包括已撤销的组织。</translation>
    </message>
    <message>
        <source>List the organisations with their paths.</source>
        <translation>列出组织及其路径。</translation>
    </message>
    <message>
        <source>Add an organisation; prints its id.</source>
        <translation>添加组织，输出其编号。</translation>
    </message>
    <message>
        <source>Id or path of the organisation above.</source>
        <translation>上级组织的编号或路径。</translation>
    </message>
    <message>
        <source>community, grid, building_group, household, ...</source>
        <translation>community、grid、building_group、household 等</translation>
    </message>
    <message>
        <source>The name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>The organisation's code.</source>
        <translation>组织编码。</translation>
    </message>
    <message>
        <source>The secretary's name.</source>
        <translation>书记姓名。</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>Households served (grids).</source>
        <translation>服务户数（网格）。</translation>
    </message>
    <message>
        <source>Date established.</source>
        <translation>成立日期。</translation>
    </message>
    <message>
        <source>Move an organisation (with everything below it) under another.</source>
        <translation>把组织（连同其全部下级）移到另一个组织之下。</translation>
    </message>
    <message>
        <source>Id or path of the new organisation above.</source>
        <translation>新上级组织的编号或路径。</translation>
    </message>
    <message>
        <source>Retire an organisation and everything below it; history stays.</source>
        <translation>撤销组织及其全部下级，历史保留。</translation>
    </message>
    <message>
        <source>Date dissolved (default today).</source>
        <translation>撤销日期（默认今天）。</translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>书记(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Households served:</source>
        <translation>服务户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>成立日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Dissolved:</source>
        <translation>撤销日期：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>13912345678 or 0556-5551234</source>
        <translation>13912345678 或 0556-5551234</translation>
    </message>
    <message>
        <source>grids only</source>
        <translation>仅网格填写</translation>
    </message>
    <message>
        <source>active</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>Households served must be a whole number.</source>
        <translation>服务户数须为整数。</translation>
    </message>
    <message>
        <source>The date established is not a date (write it as 2018-05-01).</source>
        <translation>成立日期不是有效日期（请写作 2018-05-01）。</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building group</source>
        <translation>楼栋党小组</translation>
    </message>
    <message>
        <source>Party-member central household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Functional branch</source>
        <translation>功能性党支部</translation>
    </message>
    <message>
        <source>Temporary branch</source>
        <translation>临时党支部</translation>
    </message>
    <message>
        <source>Sector committee</source>
        <translation>行业党委</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>&amp;Add below…</source>
        <translation>添加下级(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an organisation under the selected one (Insert)</source>
        <translation>在所选组织下添加组织（Insert）</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected organisation under another (Ctrl+M)</source>
        <translation>把所选组织移到另一个组织之下（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Mark the organisation as dissolved; its history stays</source>
        <translation>将组织标记为已撤销，历史记录保留</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>恢复(&amp;I)</translation>
    </message>
    <message>
        <source>Make a retired organisation active again</source>
        <translation>恢复已撤销的组织</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete an organisation entered by mistake (only with nothing attached)</source>
        <translation>删除误录入的组织（仅限没有任何下级和关联记录的组织）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Organisations directly below</source>
        <translation>直属下级组织</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them?</source>
        <translation>对“%1”的修改尚未保存。是否保存？</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>未选择组织</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not reinstated</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <source>Delete %1 for good? Use this only for an entry made by mistake; to keep its history, retire it instead.</source>
        <translation>确定永久删除“%1”吗？此操作仅用于误录入的条目；如需保留历史，请改用“撤销”。</translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>There is no organisation with id %1 to add under.</source>
        <translation>不存在编号为 %1 的上级组织。</translation>
    </message>
    <message>
        <source>%1 is retired; nothing can be added under it.</source>
        <translation>%1 已撤销，不能在其下添加组织。</translation>
    </message>
    <message>
        <source>The database already has its top organisation; add the new one under it.</source>
        <translation>数据库已有最上级组织，请在其下添加。</translation>
    </message>
    <message>
        <source>There is already an organisation named %1 at this place.</source>
        <translation>同一上级下已有名为“%1”的组织。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>不存在编号为 %1 的组织。</translation>
    </message>
    <message>
        <source>The date established is after the date the organisation was dissolved.</source>
        <translation>成立日期晚于撤销日期。</translation>
    </message>
    <message>
        <source>It cannot become a %1: %2 below it cannot hang under a %1.</source>
        <translation>不能改为%1：其下的“%2”不能隶属于%1。</translation>
    </message>
    <message>
        <source>%1 is the top of the tree and cannot be moved.</source>
        <translation>%1 是最上级组织，不能移动。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1 to move to.</source>
        <translation>不存在编号为 %1 的目标组织。</translation>
    </message>
    <message>
        <source>%1 is already under %2.</source>
        <translation>%1 已在 %2 之下。</translation>
    </message>
    <message>
        <source>%1 cannot move under %2: %2 lies within %1 itself.</source>
        <translation>不能把 %1 移到 %2 之下：%2 本身就是 %1 的下级。</translation>
    </message>
    <message>
        <source>%1 cannot move under %2: a %3 cannot be placed under a %4.</source>
        <translation>不能把 %1 移到 %2 之下：%3不能隶属于%4。</translation>
    </message>
    <message>
        <source>%1 cannot move under %2: %2 is retired.</source>
        <translation>不能把 %1 移到 %2 之下：%2 已撤销。</translation>
    </message>
    <message>
        <source>%1 cannot move under %2: an organisation of that name is already there.</source>
        <translation>不能把 %1 移到 %2 之下：那里已有同名组织。</translation>
    </message>
    <message>
        <source>%1 is already retired (since %2).</source>
        <translation>%1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>%1 is the top of the tree and cannot be retired.</source>
        <translation>%1 是最上级组织，不能撤销。</translation>
    </message>
    <message>
        <source>The date of retirement must be given and may not lie in the future.</source>
        <translation>须填写撤销日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 cannot be retired on %2: %3 was established later, on %4.</source>
        <translation>%1 不能在 %2 撤销：其下的 %3 成立于更晚的 %4。</translation>
    </message>
    <message>
        <source>%1 is not retired.</source>
        <translation>%1 未被撤销。</translation>
    </message>
    <message>
        <source>%1 cannot be reinstated while %2 above it is retired.</source>
        <translation>上级 %2 已撤销，%1 不能恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n organisation(s) hang under it. Retire it instead to keep its history.</source>
        <translation><numerusform>%1 不能删除：其下有 %n 个组织。如需保留历史，请改用“撤销”。</numerusform></translation>
    </message>
    <message>
        <source>%1 is the top of the tree and cannot be deleted.</source>
        <translation>%1 是最上级组织，不能删除。</translation>
    </message>
    <message>
        <source>It cannot be deleted because records refer to it; retire it instead (%1).</source>
        <translation>有记录关联该组织，不能删除；请改用“撤销”（%1）。</translation>
    </message>
</context>
<context>
    <name>OrgSetup</name>
    <message>
        <source>The database %1 already holds organisations.</source>
        <translation>数据库 %1 中已有组织。</translation>
    </message>
</context>
<context>
    <name>OrgTreeDock</name>
    <message>
        <source>Move refused</source>
        <translation>不能移动</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Find an organisation (Ctrl+F)</source>
        <translation>查找组织（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show retired organisations</source>
        <translation>显示已撤销的组织</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>No organisation's name contains "%1".</source>
        <translation>没有名称含“%1”的组织。</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
<context>
    <name>OrgTreeView</name>
    <message>
        <source>Move refused</source>
        <translation>不能移动</translation>
    </message>
    <message>
        <source>Move %1 under %2?</source>
        <translation>把“%1”移到“%2”之下？</translation>
    </message>
    <message numerus="yes">
        <source>The %n organisation(s) below it move with it.</source>
        <translation><numerusform>其下的 %n 个组织将一并移动。</numerusform></translation>
    </message>
    <message>
        <source>Move organisation</source>
        <translation>移动组织</translation>
    </message>
</context>
<context>
    <name>OrgValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name may not contain "/" (it separates names in paths).</source>
        <translation>名称中不能含有“/”（它用于分隔路径中的名称）。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字。</translation>
    </message>
    <message>
        <source>Only a district can stand at the top of the tree.</source>
        <translation>只有区可以作为最上级组织。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1不能隶属于%2。</translation>
    </message>
    <message>
        <source>The code may hold up to 32 digits, Latin letters and hyphens.</source>
        <translation>编码最多 32 位，只能包含数字、英文字母和连字符。</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits (mobile) or an area code and number (0556-5551234).</source>
        <translation>联系电话须为 11 位手机号码，或带区号的固定电话（如 0556-5551234）。</translation>
    </message>
    <message>
        <source>Households served are kept for grids only.</source>
        <translation>只有网格需要填写服务户数。</translation>
    </message>
    <message>
        <source>Households served must be a number from 0 to 100000.</source>
        <translation>服务户数须在 0 到 100000 之间。</translation>
    </message>
    <message>
        <source>The date established lies in the future.</source>
        <translation>成立日期晚于今天。</translation>
    </message>
    <message>
        <source>The date dissolved lies in the future.</source>
        <translation>撤销日期晚于今天。</translation>
    </message>
    <message>
        <source>The date dissolved is before the date established.</source>
        <translation>撤销日期早于成立日期。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>This database holds no organisations yet. Set it up with the names of the district and sub-district, or load the demo data to look around.</source>
        <translation>数据库中还没有组织。请填写区和街道名称进行设置，或载入演示数据了解功能。</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sub-districts</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building groups</source>
        <translation>楼栋党小组</translation>
    </message>
    <message>
        <source>Party-member central households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>RetireOrgDialog</name>
    <message>
        <source>Retire %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>%1 will be marked as dissolved on the date below. Its records and history stay; it can be reinstated later.</source>
        <translation>“%1”将按下面的日期标记为已撤销。其记录和历史都会保留，以后可以恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n active organisation(s) below it will be retired with it.</source>
        <translation><numerusform>其下 %n 个在册组织将一并撤销。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation>撤销日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the date the organisation was dissolved (2025-06-30).</source>
        <translation>请填写组织撤销的日期（如 2025-06-30）。</translation>
    </message>
    <message>
        <source>The date may not lie in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>init needs --district NAME.</source>
        <translation>init 需要 --district 名称。</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>已为 %2 创建 %1。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not "%1".</source>
        <translation>--seed 须为整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown profile "%1"; use one of: %2.</source>
        <translation>未知方案“%1”，可选：%2。</translation>
    </message>
    <message>
        <source>Demo data "%1" written to %2: %3 sub-districts, %4 communities, %5 grids, %6 households.</source>
        <translation>演示数据“%1”已写入 %2：%3 个街道、%4 个社区、%5 个网格、%6 个党员中心户。</translation>
    </message>
    <message>
        <source>%1: sound.</source>
        <translation>%1：完好。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation><numerusform>%1：发现 %n 个问题。</numerusform></translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup 需要 --out 文件。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Create an empty database for a district, or for one of its sub-districts.</source>
        <translation>为区或其下属街道创建空数据库。</translation>
    </message>
    <message>
        <source>The district's name.</source>
        <translation>区的名称。</translation>
    </message>
    <message>
        <source>The sub-district's name (omit for a district database).</source>
        <translation>街道名称（区级数据库不填）。</translation>
    </message>
    <message>
        <source>Fill an empty database with generated demo data.</source>
        <translation>向空数据库填充生成的演示数据。</translation>
    </message>
    <message>
        <source>small, yingjiang or city.</source>
        <translation>small、yingjiang 或 city。</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same data).</source>
        <translation>生成器种子（种子相同则数据相同）。</translation>
    </message>
    <message>
        <source>The day the data ends (default today).</source>
        <translation>数据截止日期（默认今天）。</translation>
    </message>
    <message>
        <source>Print the headline figures.</source>
        <translation>输出主要统计数字。</translation>
    </message>
    <message>
        <source>Check the file's integrity and references; exit 0 only when sound.</source>
        <translation>检查文件完整性与引用关系，完好时才以 0 退出。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, also while it is in use.</source>
        <translation>写出数据库的一致副本，使用中也可进行。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>The database %1 is already open for writing by %2 (process %3 on host %4). Close it there first; viewing and exporting still work.</source>
        <translation>数据库 %1 已被 %2（主机 %4 上的进程 %3）以写入方式打开。请先在那里关闭；查看和导出仍可使用。</translation>
    </message>
    <message>
        <source>The database %1 is already open for writing by another program.</source>
        <translation>数据库 %1 已被另一个程序以写入方式打开。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside the database (is the folder read-only?).</source>
        <translation>无法在数据库旁创建锁文件 %1（文件夹是否只读？）。</translation>
    </message>
</context>
</TS>