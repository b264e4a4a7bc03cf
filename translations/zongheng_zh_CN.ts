<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityCommands</name>
    <message>
        <source>--kind is one of: %1.</source>
        <translation>--kind 取以下之一：%1。</translation>
    </message>
    <message>
        <source>activities log needs --org, or --agreement for a joint activity.</source>
        <translation>activities log 需要 --org，联建活动需要 --agreement。</translation>
    </message>
    <message>
        <source>--hours is how long the activity lasted, more than 0 and at most 24 (1.5).</source>
        <translation>--hours 为活动时长（小时），大于 0 且不超过 24（如 1.5）。</translation>
    </message>
    <message>
        <source>There is no meeting with number %1.</source>
        <translation>没有第 %1 号会议。</translation>
    </message>
    <message>
        <source>Give the resolution with --title; open ones: %1</source>
        <translation>请用 --title 给出议定事项；尚未转为任务的：%1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>From this date.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>The day it was held (default today).</source>
        <translation>举办日期（默认今天）。</translation>
    </message>
    <message>
        <source>The venue&apos;s number (venues list).</source>
        <translation>阵地编号（见 venues list）。</translation>
    </message>
    <message>
        <source>List the activities of every kind, newest first.</source>
        <translation>列出各类活动，最新的在前。</translation>
    </message>
    <message>
        <source>Only this kind: %1.</source>
        <translation>只列此类：%1。</translation>
    </message>
    <message>
        <source>Log an activity held by an organisation, under an agreement or without one; prints its number.</source>
        <translation>记录一个组织举办的活动（依托共建协议或不依托）；输出其编号。</translation>
    </message>
    <message>
        <source>The organisation that held it (default: the agreement&apos;s).</source>
        <translation>举办组织（默认为协议的签订组织）。</translation>
    </message>
    <message>
        <source>%1 (default joint, which needs --agreement).</source>
        <translation>%1（默认 joint 联建活动，需 --agreement）。</translation>
    </message>
    <message>
        <source>The co-building agreement it was held under.</source>
        <translation>所依托的共建协议。</translation>
    </message>
    <message>
        <source>Its title.</source>
        <translation>活动名称。</translation>
    </message>
    <message>
        <source>How many took part (default: the members given).</source>
        <translation>参加人数（默认为所列党员人数）。</translation>
    </message>
    <message>
        <source>A member taking part (repeatable).</source>
        <translation>参加的党员（可重复）。</translation>
    </message>
    <message>
        <source>Service points each member taking part is credited (default 0).</source>
        <translation>每名参加党员所得服务积分（默认 0）。</translation>
    </message>
    <message>
        <source>How long it lasted, in hours.</source>
        <translation>活动时长（小时）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>List the meetings — joint meetings and councils —, newest first.</source>
        <translation>列出会议（联席会议和各类议事会），最新的在前。</translation>
    </message>
    <message>
        <source>Record a meeting: a joint meeting, or a council (议事会) of a community or a grid; prints its number.</source>
        <translation>记录一次会议：联席会议，或社区、网格的议事会；输出其编号。</translation>
    </message>
    <message>
        <source>The organisation that held it.</source>
        <translation>召开组织。</translation>
    </message>
    <message>
        <source>%1 (default joint).</source>
        <translation>%1（默认 joint 联席会议）。</translation>
    </message>
    <message>
        <source>What it discussed.</source>
        <translation>议题。</translation>
    </message>
    <message>
        <source>Who attended.</source>
        <translation>参会人员。</translation>
    </message>
    <message>
        <source>A resolution (repeatable); each can become a task.</source>
        <translation>议定事项（可重复），每项可转为任务。</translation>
    </message>
    <message>
        <source>A unit attending (repeatable).</source>
        <translation>参会单位（可重复）。</translation>
    </message>
    <message>
        <source>Put a task on the task list — a meeting&apos;s resolution, or any; prints its number.</source>
        <translation>在任务清单中新增任务（会议的议定事项或其他）；输出其编号。</translation>
    </message>
    <message>
        <source>The meeting whose resolution it is.</source>
        <translation>议定该事项的会议。</translation>
    </message>
    <message>
        <source>The task (a meeting&apos;s resolution as written).</source>
        <translation>任务（会议议定事项的原文）。</translation>
    </message>
    <message>
        <source>Its owner (default: the meeting&apos;s organisation).</source>
        <translation>责任组织（默认为召开会议的组织）。</translation>
    </message>
    <message>
        <source>The day it was set (default: the meeting&apos;s day, or today).</source>
        <translation>下达日期（默认为会议日期或今天）。</translation>
    </message>
    <message>
        <source>Its due date (default 30 days on).</source>
        <translation>完成时限（默认 30 天后）。</translation>
    </message>
    <message>
        <source>meetings record needs --org, the organisation that held it.</source>
        <translation>meetings record 需要 --org（召开会议的组织）。</translation>
    </message>
    <message>
        <source>tasks add needs --meeting, or --org for a task of no meeting.</source>
        <translation>tasks add 需要 --meeting；不来自会议的任务需要 --org。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a joint activity</source>
        <translation>记录联建活动</translation>
    </message>
    <message>
        <source> points each</source>
        <translation> 分/人</translation>
    </message>
    <message>
        <source>Add a &amp;member…</source>
        <translation>添加党员(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>活动日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>活动名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人数(&amp;P)：</translation>
    </message>
    <message>
        <source>Members taking part:</source>
        <translation>参加的党员：</translation>
    </message>
    <message>
        <source>Ser&amp;vice points:</source>
        <translation>服务积分(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Member taking part</source>
        <translation>参加活动的党员</translation>
    </message>
    <message>
        <source>Give the date the activity was held.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Venu&amp;e:</source>
        <translation>地点(&amp;E)：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Held &amp;by:</source>
        <translation>举办组织(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>共建协议(&amp;A)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2 (%3, until %4)</source>
        <translation>%1 · %2（%3，至 %4）</translation>
    </message>
    <message>
        <source>Choose the organisation that held the activity.</source>
        <translation>请选择举办活动的组织。</translation>
    </message>
    <message>
        <source>A joint activity is held under an agreement: choose one in force on the day, or another kind.</source>
        <translation>联建活动须依托共建协议：请选择当天有效的协议，或改选其他类型。</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>The agreement cannot be read.</source>
        <translation>无法读取该协议。</translation>
    </message>
    <message>
        <source>There is no agreement with number %1.</source>
        <translation>没有第 %1 号协议。</translation>
    </message>
    <message>
        <source>Agreement %1 was signed by %2; an activity under it is held by %2.</source>
        <translation>第 %1 号协议由 %2 签订，依托该协议的活动应由 %2 举办。</translation>
    </message>
    <message>
        <source>The activity must fall within the agreement&apos;s term, %1 to %2.</source>
        <translation>活动日期必须在协议期内（%1 至 %2）。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Give the date the activity was held.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>An activity is logged once it has been held; %1 is in the future.</source>
        <translation>活动举办后才能记录；%1 是将来的日期。</translation>
    </message>
    <message>
        <source>A joint activity is held under a co-building agreement; choose the agreement, or another kind.</source>
        <translation>联建活动须依托共建协议：请选择协议，或改选其他类型。</translation>
    </message>
    <message>
        <source>Choose the organisation that held the activity.</source>
        <translation>请选择举办活动的组织。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>不存在编号为 %1 的组织。</translation>
    </message>
    <message>
        <source>%1 is retired; it holds no activities.</source>
        <translation>%1 已撤销，不能再举办活动。</translation>
    </message>
    <message>
        <source>The participants (%1) cannot be fewer than the members taking part (%2).</source>
        <translation>参加人数（%1）不能少于参加的党员人数（%2）。</translation>
    </message>
    <message>
        <source>Points for an activity lie between 0 and %1.</source>
        <translation>每次活动积分应在 0 到 %1 分之间。</translation>
    </message>
    <message>
        <source>An activity lasts at most 24 hours (0: not said).</source>
        <translation>活动时长最多 24 小时（0 表示未记录）。</translation>
    </message>
    <message>
        <source>The database refused the activity: %1</source>
        <translation>数据库拒绝保存该活动：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Member %1 cannot be linked to the activity: %2</source>
        <translation>党员 %1 无法关联到该活动：%2</translation>
    </message>
    <message>
        <source>The activities cannot be read.</source>
        <translation>无法读取活动。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln point(s))</source>
        <translation>
            <numerusform>%1（%Ln 分）</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity held under an agreement is a joint activity; choose that kind, or no agreement.</source>
        <translation>依托共建协议的活动即联建活动：请选择该类型，或不选协议。</translation>
    </message>
    <message>
        <source>A party-member central household holds no activities of its own; log the activity under the grid or building group it belongs to.</source>
        <translation>党员中心户不单独举办活动，请记在其所在的网格或楼栋党小组名下。</translation>
    </message>
</context>
<context>
    <name>AddOrgDialog</name>
    <message>
        <source>Add an organisation under %1</source>
        <translation>在%1下添加组织</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AddRoleDialog</name>
    <message>
        <source>Add a person in a role</source>
        <translation>添加任职人员</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>任职日期(&amp;S)：</translation>
    </message>
    <message>
        <source>empty: open-ended</source>
        <translation>不填表示长期</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>(not a member, or not linked)</source>
        <translation>（非党员，或未关联）</translation>
    </message>
    <message>
        <source>Choose a &amp;member…</source>
        <translation>选择党员(&amp;M)…</translation>
    </message>
    <message>
        <source>Member in the role</source>
        <translation>担任该职务的党员</translation>
    </message>
    <message>
        <source>Party member:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>part-time committee members and forces sent down: the unit they come from</source>
        <translation>兼职委员和下沉力量：所在单位</translation>
    </message>
</context>
<context>
    <name>AddSenderKeyDialog</name>
    <message>
        <source>I have &amp;compared this fingerprint with the sender&apos;s clerk by phone</source>
        <translation>我已与报送单位的经办人电话核对过此指纹(&amp;C)</translation>
    </message>
    <message>
        <source>Add a sender&apos;s key</source>
        <translation>添加报送单位的密钥</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>&amp;Senders:</source>
        <translation>报送单位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>The key registered for these senders signed over this one: it is their office&apos;s new key.</source>
        <translation>为这些报送单位登记的密钥已为此密钥签名确认：这是其单位的新密钥。</translation>
    </message>
    <message>
        <source>One sender per line, by its path (迎江区/新河路街道). The lines come from the key file: keep only the senders its clerk named on the phone. An office that keeps several sub-districts in one database sends them all with one key.</source>
        <translation>每行一个报送单位，写其路径（如 迎江区/新河路街道）。这些行取自密钥文件：只保留对方经办人在电话中确认的单位。一个数据库中管理多个街道的单位，用同一把密钥报送所有街道。</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Sign a co-building agreement</source>
        <translation>签订共建协议</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> 次/年</translation>
    </message>
    <message>
        <source>What each side commits to (双向服务清单)</source>
        <translation>双方承诺事项（双向服务清单）</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>共建单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>协议类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Term &amp;ends:</source>
        <translation>到期日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Joint &amp;activities:</source>
        <translation>联建活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation>承诺事项(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the sub-district or community that signs.</source>
        <translation>请选择签订协议的街道或社区。</translation>
    </message>
    <message>
        <source>Choose the unit it signs with.</source>
        <translation>请选择共建单位。</translation>
    </message>
    <message>
        <source>Give the date it was signed and the date its term ends.</source>
        <translation>请填写签订日期和到期日期。</translation>
    </message>
    <message>
        <source>The term must end after the agreement is signed.</source>
        <translation>到期日期必须晚于签订日期。</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>An agreement is signed by a sub-district or a community; choose one.</source>
        <translation>共建协议由街道或社区签订，请选择其一。</translation>
    </message>
    <message>
        <source>%1 is retired; it signs no new agreements.</source>
        <translation>%1 已撤销，不能再签订新协议。</translation>
    </message>
    <message>
        <source>Choose the unit the agreement is signed with.</source>
        <translation>请选择签订协议的共建单位。</translation>
    </message>
    <message>
        <source>%1 cannot sign an agreement with itself.</source>
        <translation>%1 不能与自身签订共建协议。</translation>
    </message>
    <message>
        <source>Give the date the agreement was signed and the date its term ends.</source>
        <translation>请填写协议签订日期和到期日期。</translation>
    </message>
    <message>
        <source>The term must end after the agreement is signed (%1).</source>
        <translation>到期日期必须晚于签订日期（%1）。</translation>
    </message>
    <message>
        <source>The target of joint activities a year must lie between 0 and 52.</source>
        <translation>每年联建活动目标应在 0 到 52 次之间。</translation>
    </message>
    <message>
        <source>%1 and %2 already have an agreement of this kind for that time (number %3).</source>
        <translation>%1 与 %2 在该期间已有同类协议（第 %3 号）。</translation>
    </message>
    <message>
        <source>The database refused the agreement: %1</source>
        <translation>数据库拒绝保存该协议：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %Ln taking part</source>
        <translation>
            <numerusform>%1 %2：%Ln 人参加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln member(s) credited)</source>
        <translation>
            <numerusform>（%Ln 名党员记积分）</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 h</source>
        <translation>，%1 小时</translation>
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
        <source>The database %1 on the server holds no tables yet. Make ZongHeng&apos;s tables in it?</source>
        <translation>服务器上的数据库 %1 中还没有任何表。要在其中建立纵横的数据表吗？</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>服务器上未作任何改动。</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The database now holds what the backup %1 holds. The database as it was is kept as %2.</source>
        <translation>数据库已恢复为备份 %1 的内容。恢复前的数据库另存为 %2。</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>%1  %2  %3 MB  %4 organisations, %5 members, %6 ledger items</source>
        <translation>%1  %2  %3 MB  组织 %4 个，党员 %5 名，民情事项 %6 件</translation>
    </message>
    <message>
        <source>Backup taken and verified: %1</source>
        <translation>已备份并核验：%1</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>%2 中没有 %1 的备份。</translation>
    </message>
    <message>
        <source>A database on a server is restored by the server&apos;s own tools (pg_restore).</source>
        <translation>服务器上的数据库请用服务器自己的工具（pg_restore）恢复。</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>恢复前的数据库另存为 %1。</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The backup folder (default: the one chosen in the settings).</source>
        <translation>备份文件夹（默认：设置中选定的文件夹）。</translation>
    </message>
    <message>
        <source>Take an automatic backup now: copied, verified, the oldest beyond the number kept dropped.</source>
        <translation>立即进行一次自动备份：复制、核验，并删除超出保留份数的最早备份。</translation>
    </message>
    <message>
        <source>List the verified automatic backups of the database, newest first.</source>
        <translation>列出数据库已核验的自动备份，最新的在前。</translation>
    </message>
    <message>
        <source>As JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>Replace the database of --db by a backup (verified first; the current file is kept aside).</source>
        <translation>用备份替换 --db 指定的数据库（先核验备份；当前文件另存一份）。</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Backups are kept in %1 (the last %2; 工具 › 设置 changes it). File › Restore from a backup… lists them.</source>
        <translation>备份保存在 %1（保留最近 %2 份；可在“工具 › 设置”中更改）。“文件 › 从备份恢复…”列出全部备份。</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>已备份 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>正在备份… %1%</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>关闭前正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The database is closed without a new backup: %1</source>
        <translation>数据库已关闭，但未能完成新的备份：%1</translation>
    </message>
</context>
<context>
    <name>BackupShelf</name>
    <message>
        <source>The database connection cannot be backed up (it is not an open desk file).</source>
        <translation>无法备份此数据库连接（它不是已打开的本机数据库文件）。</translation>
    </message>
    <message>
        <source>The database cannot be read for the backup: %1</source>
        <translation>无法读取数据库以进行备份：%1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created: %2</source>
        <translation>无法创建备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup cannot start: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>没有备份 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ZongHeng database: %2</source>
        <translation>%1 不是纵横数据库：%2</translation>
    </message>
    <message>
        <source>%1 is not a ZongHeng database.</source>
        <translation>%1 不是纵横数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>A database on a server is backed up by the server (pg_dump), not here.</source>
        <translation>服务器上的数据库由服务器备份（pg_dump），不在此处备份。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written (is the USB stick or the network share there?).</source>
        <translation>无法写入备份文件夹 %1（U 盘或网络共享文件夹是否已连接？）。</translation>
    </message>
    <message>
        <source>The backup was written but does not check out, so it was not kept: %1</source>
        <translation>备份已写入但未通过核验，因此未保留：%1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached.</source>
        <translation>无法访问备份文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>The last backup is %1 days old.</source>
        <translation>最近一次备份已是 %1 天前。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup is the database itself.</source>
        <translation>未恢复任何内容：所选备份就是数据库本身。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be set aside (%2).</source>
        <translation>未恢复任何内容：无法另存 %1（%2）。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 could not be copied aside (is the disk full?).</source>
        <translation>未恢复任何内容：无法另存一份 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 could not be copied aside: %2</source>
        <translation>未恢复任何内容：无法另存一份 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup could not be copied beside %1 (is the disk full?).</source>
        <translation>未恢复任何内容：无法将备份复制到 %1 旁边（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The disk of the backup folder %1 is full: free some space on it (old backups, other files) or choose another folder in the settings.</source>
        <translation>备份文件夹 %1 所在的磁盘已满：请在其上腾出空间（删除旧备份或其他文件），或在设置中另选文件夹。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Monday to Friday are working days except the holidays listed; a make-up working day (调休上班) on a weekend is one. Import next year&apos;s notice as a CSV file with the columns date,kind,name (kind: holiday or workday).</source>
        <translation>周一至周五为工作日，下列节假日除外；周末的调休上班日为工作日。国务院发布下一年安排后，可导入包含 date,kind,name 三列的 CSV 文件（kind 为 holiday 或 workday）。</translation>
    </message>
    <message>
        <source>&amp;Import a year…</source>
        <translation>导入一年的安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The first line must be exactly: date,kind,name</source>
        <translation>第一行必须是：date,kind,name</translation>
    </message>
    <message>
        <source>it has %1 fields, not 3.</source>
        <translation>该行有 %1 个字段，而不是 3 个。</translation>
    </message>
    <message>
        <source>the kind must be holiday or workday, not &quot;%1&quot;.</source>
        <translation>kind 须为 holiday 或 workday，而不是“%1”。</translation>
    </message>
    <message>
        <source>the name of the holiday is missing.</source>
        <translation>缺少节日名称。</translation>
    </message>
    <message>
        <source>%1 is a weekday; a make-up working day falls on a Saturday or Sunday.</source>
        <translation>%1 是工作日；调休上班日应在周六或周日。</translation>
    </message>
    <message numerus="yes">
        <source>The calendar file has %Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>日历文件有 %Ln 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no days below its header.</source>
        <translation>文件在列名之下没有日期。</translation>
    </message>
    <message>
        <source>The file is %1 KiB; a calendar file is at most %2 KiB.</source>
        <translation>文件大小为 %1 KiB；日历文件最多 %2 KiB。</translation>
    </message>
</context>
<context>
    <name>CardPages</name>
    <message>
        <source>The pages cannot be printed on this device.</source>
        <translation>无法在此设备上打印。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories and time limits</source>
        <translation>分类与办理时限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>新增分类(&amp;A)</translation>
    </message>
    <message>
        <source>Time limits and points must be whole numbers.</source>
        <translation>办理时限和积分须为整数。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message>
        <source>Time limits are in working days after the day an item is recorded. Points are credited to the member who completes a dispatched item. Where a leader signs off (领导销号), closing an item waits for the sign-off. A category in use is retired, not deleted.</source>
        <translation>办理时限按登记之日后的工作日计算。派单给党员的事项办结后，积分记给该党员。勾选“领导销号”的类别，事项办结后须经领导销号才算办结。已使用的类别只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Leader signs off</source>
        <translation>领导销号</translation>
    </message>
</context>
<context>
    <name>ChangeNotices</name>
    <message>
        <source>The server %1 does not answer.</source>
        <translation>服务器 %1 没有响应。</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim project %1</source>
        <translation>认领第 %1 号项目</translation>
    </message>
    <message>
        <source>A &amp;unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>A &amp;member:</source>
        <translation>党员(&amp;M)：</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Claimed &amp;on:</source>
        <translation>认领日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Member claiming the project</source>
        <translation>认领项目的党员</translation>
    </message>
    <message>
        <source>Choose the unit that claims the project.</source>
        <translation>请选择认领项目的单位。</translation>
    </message>
    <message>
        <source>Choose the member who claims the project.</source>
        <translation>请选择认领项目的党员。</translation>
    </message>
    <message>
        <source>Give the date of the claim.</source>
        <translation>请填写认领日期。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>参见 --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 expects %2 argument(s): %3</source>
        <translation>%1 需要 %2 个参数：%3</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1：%2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 至 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1: there is no organisation &quot;%2&quot;.</source>
        <translation>--%1：没有组织“%2”。</translation>
    </message>
    <message>
        <source>Every command takes --db FILE or --db postgresql://USER@HOST:PORT/DATABASE (default: %1) and --help.</source>
        <translation>每个命令都接受 --db 文件 或 --db postgresql://用户@主机:端口/数据库（默认：%1）和 --help。</translation>
    </message>
    <message>
        <source>--db needs a file name or a server&apos;s address.</source>
        <translation>--db 需要文件名或服务器地址。</translation>
    </message>
    <message>
        <source>Usage: zongheng-cli [--db FILE] [--lang zh_CN|en] COMMAND [OPTIONS]</source>
        <translation>用法：zongheng-cli [--db 文件] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>--lang zh_CN|en: the language of messages, reports and workbooks for this run (default: the one chosen in the settings, else the system&apos;s if it is Chinese or English, else Chinese).</source>
        <translation>--lang zh_CN|en：本次运行的提示、报表和工作簿所用语言（默认：设置中选定的语言；未选定时，系统语言为中文或英文则随系统，否则为中文）。</translation>
    </message>
    <message>
        <source>--lang takes %1, not &quot;%2&quot;.</source>
        <translation>--lang 只能取 %1，不能是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes %2; &quot;%3&quot; is not one.</source>
        <translation>--%1 的写法为 %2；“%3”不符合。</translation>
    </message>
</context>
<context>
    <name>Cobuild</name>
    <message>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Non-public enterprise</source>
        <translation>非公企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对共建</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契约化共建</translation>
    </message>
    <message>
        <source>Project claim</source>
        <translation>项目认领书</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待对接</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已对接</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Secretary project</source>
        <translation>书记项目</translation>
    </message>
    <message>
        <source>Co-building project</source>
        <translation>共建项目</translation>
    </message>
    <message>
        <source>Livelihood project</source>
        <translation>民生项目</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>Advancing</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Showing results</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>结项</translation>
    </message>
    <message>
        <source>Weekly scheduling</source>
        <translation>周调度</translation>
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation>月通报</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>季点评</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年考核</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Joint activity</source>
        <translation>联建活动</translation>
    </message>
    <message>
        <source>Organisational life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Theme activity</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>党建联席会议</translation>
    </message>
    <message>
        <source>Long-bench council</source>
        <translation>长板凳议事会</translation>
    </message>
    <message>
        <source>Party-and-people council</source>
        <translation>党群议事会</translation>
    </message>
    <message>
        <source>Grid party-and-people council</source>
        <translation>网格党群议事会</translation>
    </message>
    <message>
        <source>Red council hall</source>
        <translation>红色议事厅</translation>
    </message>
    <message>
        <source>Tripartite council</source>
        <translation>三方议事会</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
</context>
<context>
    <name>CobuildChartViews</name>
    <message>
        <source>Needs by category</source>
        <translation>各类需求对接情况</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待对接</translation>
    </message>
    <message>
        <source>Matched or fulfilled</source>
        <translation>已对接或已满足</translation>
    </message>
    <message>
        <source>Agreements in force: activities this year</source>
        <translation>有效协议：本年联建活动完成情况</translation>
    </message>
    <message>
        <source>Target met: %1</source>
        <translation>已完成目标：%1</translation>
    </message>
    <message>
        <source>On track: %1</source>
        <translation>进度正常：%1</translation>
    </message>
    <message>
        <source>Behind: %1</source>
        <translation>进度落后：%1</translation>
    </message>
    <message>
        <source>Needs by category (the %1 most)</source>
        <translation>各类需求对接情况（最多的 %1 类）</translation>
    </message>
</context>
<context>
    <name>CobuildCommands</name>
    <message>
        <source>--%1 needs a number.</source>
        <translation>--%1 需要一个编号。</translation>
    </message>
    <message>
        <source>--state is one of open, matched, fulfilled, withdrawn.</source>
        <translation>--state 应为 open、matched、fulfilled、withdrawn 之一。</translation>
    </message>
    <message>
        <source>The needs cannot be read.</source>
        <translation>无法读取需求清单。</translation>
    </message>
    <message>
        <source>There is no need with number %1.</source>
        <translation>没有第 %1 号需求。</translation>
    </message>
    <message>
        <source>Need %1 matched with resource %2.</source>
        <translation>第 %1 号需求已与第 %2 号资源对接。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Only this organisation and everything below it.</source>
        <translation>只含该组织及其全部下级。</translation>
    </message>
    <message>
        <source>List the needs.</source>
        <translation>列出需求清单。</translation>
    </message>
    <message>
        <source>Only needs in this state (open, matched, fulfilled, withdrawn).</source>
        <translation>只列出该状态的需求（open、matched、fulfilled、withdrawn）。</translation>
    </message>
    <message>
        <source>Resources suggested for a need, best first.</source>
        <translation>为需求推荐资源，最合适的在前。</translation>
    </message>
    <message>
        <source>The need&apos;s number.</source>
        <translation>需求编号。</translation>
    </message>
    <message>
        <source>The date availability is judged on (default today).</source>
        <translation>判断资源是否可用的日期（默认今天）。</translation>
    </message>
    <message>
        <source>Match a resource to a need.</source>
        <translation>将资源与需求对接。</translation>
    </message>
    <message>
        <source>The resource&apos;s number.</source>
        <translation>资源编号。</translation>
    </message>
    <message>
        <source>The date of the match (default today).</source>
        <translation>对接日期（默认今天）。</translation>
    </message>
    <message>
        <source>Organisations due or overdue for their joint meeting.</source>
        <translation>应召开或已逾期未召开联席会议的组织。</translation>
    </message>
    <message>
        <source>The date to judge on (default today).</source>
        <translation>判断日期（默认今天）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found; nothing imported.</source>
        <translation>
            <numerusform>%1：发现 %Ln 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln unit(s) can be imported; nothing was written (--check).</source>
        <translation>
            <numerusform>%1：可导入 %Ln 个单位；未写入任何内容（--check）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import resident units from an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK), all or nothing.</source>
        <translation>从 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK）导入驻区单位，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Only check the file and name every problem; write nothing.</source>
        <translation>只检查文件并列出每个问题，不写入任何内容。</translation>
    </message>
    <message>
        <source>units template needs --out FILE.xlsx.</source>
        <translation>units template 需要 --out 文件.xlsx。</translation>
    </message>
    <message>
        <source>The workbook to fill is %1.</source>
        <translation>待填写的工作簿为 %1。</translation>
    </message>
    <message>
        <source>Write the workbook to fill for units import (the headings, the types, the sub-districts and communities).</source>
        <translation>生成用于导入驻区单位的待填工作簿（列名、单位类型、街道和社区清单）。</translation>
    </message>
    <message>
        <source>The workbook to write.</source>
        <translation>要写入的工作簿。</translation>
    </message>
</context>
<context>
    <name>CobuildDetails</name>
    <message>
        <source>Choose a line to see it here.</source>
        <translation>选择一行，在此查看详情。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resident in</source>
        <translation>驻在</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>The term ends within %1 days: renew or close it.</source>
        <translation>协议将在 %1 天内到期，请续签或终止。</translation>
    </message>
    <message>
        <source>Behind target: %1 activities held this year, %2 due by now.</source>
        <translation>进度落后：今年已开展 %1 次活动，按进度应开展 %2 次。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议期</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>%1 of %2 joint activities (%3 %)</source>
        <translation>联建活动 %1 / %2 次（%3%）</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Resources matched</source>
        <translation>已对接的资源</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1 立项</translation>
    </message>
    <message>
        <source>advancing %1</source>
        <translation>%1 推进</translation>
    </message>
    <message>
        <source>results %1</source>
        <translation>%1 见成效</translation>
    </message>
    <message>
        <source>concluded %1</source>
        <translation>%1 结项</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头组织</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领方</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>调度与点评</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Units attending</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <source>Resolutions not yet a task</source>
        <translation>尚未转为任务的议定事项</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任组织</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>来自会议</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Overdue by %1 days.</source>
        <translation>已逾期 %1 天。</translation>
    </message>
    <message>
        <source>Seats in the 大工委 or 大党委</source>
        <translation>大工委、大党委成员单位席位</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>联建活动</translation>
    </message>
    <message>
        <source>Needs and resources linked</source>
        <translation>关联的需求与资源</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>举办组织</translation>
    </message>
    <message>
        <source>Under agreement</source>
        <translation>依托协议</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>第 %1 号协议（%2）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Members taking part</source>
        <translation>参加的党员</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 · %1</translation>
    </message>
</context>
<context>
    <name>CobuildListTab</name>
    <message>
        <source>Search this list</source>
        <translation>在本清单中搜索</translation>
    </message>
</context>
<context>
    <name>CobuildPage</name>
    <message>
        <source>&amp;Add a unit…</source>
        <translation>新增单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Join a committee…</source>
        <translation>加入大工委/大党委(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Sign an agreement…</source>
        <translation>签订协议(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log an activity…</source>
        <translation>记录活动(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Post a need…</source>
        <translation>发布需求(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Match resources…</source>
        <translation>对接资源(&amp;M)…</translation>
    </message>
    <message>
        <source>F&amp;ulfilled…</source>
        <translation>已满足(&amp;U)…</translation>
    </message>
    <message>
        <source>Need fulfilled</source>
        <translation>需求已满足</translation>
    </message>
    <message>
        <source>On which day was the need met?</source>
        <translation>需求是哪天满足的？</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the need</source>
        <translation>撤回需求</translation>
    </message>
    <message>
        <source>On which day was the need withdrawn?</source>
        <translation>需求是哪天撤回的？</translation>
    </message>
    <message>
        <source>&amp;Offer a resource…</source>
        <translation>登记资源(&amp;O)…</translation>
    </message>
    <message>
        <source>Withdraw the resource</source>
        <translation>撤回资源</translation>
    </message>
    <message>
        <source>From which day is the resource no longer offered?</source>
        <translation>资源从哪天起不再提供？</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>新增项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Next stage…</source>
        <translation>进入下一阶段(&amp;N)…</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>The project is concluded.</source>
        <translation>项目已结项。</translation>
    </message>
    <message>
        <source>On which day did the project reach &quot;%1&quot;?</source>
        <translation>项目是哪天进入“%1”阶段的？</translation>
    </message>
    <message>
        <source>C&amp;laim…</source>
        <translation>认领(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>调度点评(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Record a meeting…</source>
        <translation>记录会议(&amp;R)…</translation>
    </message>
    <message>
        <source>Resolution → tas&amp;k…</source>
        <translation>议定事项转任务(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Add a task…</source>
        <translation>新增任务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>已完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <source>On which day was the task done?</source>
        <translation>任务是哪天完成的？</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>取消任务(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>On which day was the task cancelled?</source>
        <translation>任务是哪天取消的？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s) expiring within 30 days or behind target</source>
        <translation>
            <numerusform>%Ln 份协议 30 天内到期或进度落后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) due for their joint meeting (%1 overdue)</source>
        <translation>
            <numerusform>%Ln 个组织应召开联席会议（%1 个已逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) overdue</source>
        <translation>
            <numerusform>%Ln 项任务逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-building and lists</source>
        <translation>共建与清单</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Link a nee&amp;d…</source>
        <translation>关联需求(&amp;D)…</translation>
    </message>
    <message>
        <source>Link a res&amp;ource…</source>
        <translation>关联资源(&amp;O)…</translation>
    </message>
    <message>
        <source>There are no needs here to link.</source>
        <translation>这里没有可关联的需求。</translation>
    </message>
    <message>
        <source>There are no resources here to link.</source>
        <translation>这里没有可关联的资源。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3（%4）</translation>
    </message>
    <message>
        <source>Link a need to project %1</source>
        <translation>为第 %1 号项目关联需求</translation>
    </message>
    <message>
        <source>Link a resource to project %1</source>
        <translation>为第 %1 号项目关联资源</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>需求：</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <source>&amp;Leave a committee…</source>
        <translation>退出大工委/大党委(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 (since %2, %3)</source>
        <translation>%1（%2 起，%3）</translation>
    </message>
    <message>
        <source>The unit holds no seat now.</source>
        <translation>该单位目前不是任何大工委或大党委的成员单位。</translation>
    </message>
    <message>
        <source>Leave a committee</source>
        <translation>退出大工委/大党委</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>席位：</translation>
    </message>
    <message>
        <source>On which day did the unit leave?</source>
        <translation>单位是哪天退出的？</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Joint meetings due (district monthly; sub-districts and communities quarterly; councils do not count)</source>
        <translation>联席会议应召开情况（区每月一次，街道、社区每季度一次；议事会不计入）</translation>
    </message>
</context>
<context>
    <name>CobuildRows</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resident in</source>
        <translation>驻在</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Committee seats</source>
        <translation>大工委/大党委席位</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>有效协议</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Activities this year</source>
        <translation>本年活动</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>已对接资源</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>可用起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>可用截止</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation>对接需求</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头组织</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领数</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最近调度</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任组织</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
    <message>
        <source>Behind target: %1 of %2 due by now</source>
        <translation>进度落后：已开展 %1 次，应开展 %2 次</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>%1 撤回</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Agreement with</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server, which several clerks use at once. Ask whoever runs the server for these. The password is never saved: left empty, it is taken from PGPASSWORD or ~/.pgpass.</source>
        <translation>办公室在 PostgreSQL 服务器上的共用数据库，可供几位工作人员同时使用。以下各项请向服务器管理员询问。密码从不保存：留空时取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or /run/postgresql</source>
        <translation>例如 192.168.1.10 或 /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 opens a quoted field that is never closed.</source>
        <translation>第 %1 行的引号字段没有闭合。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not.</source>
        <translation>文件标明为 UTF-16 文本，但内容不是。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 text, but line %1 is not.</source>
        <translation>文件标明为 UTF-8 文本，但第 %1 行不是。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text (is it a CSV file?); the first character that is not is on line %1.</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本（是 CSV 文件吗？）；第一个无法识别的字符在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Ledger items recorded and closed, by month</source>
        <translation>各月民情事项登记与办结</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completion and satisfaction (the %1 lowest)</source>
        <translation>办结率与满意率（最低的 %1 个）</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Joint meetings on rhythm</source>
        <translation>联席会议按期召开情况</translation>
    </message>
    <message>
        <source>On rhythm: %1</source>
        <translation>按期：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>应召开：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>月份（%1 至 %2）</translation>
    </message>
    <message>
        <source>Items by category (the %1 most)</source>
        <translation>各类事项件数（最多的 %1 类）</translation>
    </message>
    <message>
        <source>Overdue items on %1 (the %2 most)</source>
        <translation>截至%1超期事项（最多的 %2 个）</translation>
    </message>
    <message>
        <source>Nothing is overdue</source>
        <translation>没有超期事项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln community(ies) below the space standard, %L1 m² short</source>
        <translation>
            <numerusform>%Ln个社区服务设施面积未达标，共缺 %L1 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>every community meets the space standard</source>
        <translation>各社区服务设施面积均达标</translation>
    </message>
    <message>
        <source>work funds %1: %2 of %3 yuan spent (%4%)</source>
        <translation>%1年工作经费：已使用 %2 元，共下拨 %3 元（%4%）</translation>
    </message>
    <message>
        <source>Guarantee list: %1 — &lt;a href=&apos;guarantee&apos;&gt;see&lt;/a&gt;</source>
        <translation>保障清单：%1 — &lt;a href=&apos;guarantee&apos;&gt;查看&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Party organisations in property companies %1, non-public enterprises %2, social organisations %3 · %Ln part-time committee member(s) · residents&apos; orders %4 · activities %5 (joint %6), participants %7</source>
        <translation>
            <numerusform>党组织覆盖：物业企业 %1，非公企业 %2，社会组织 %3 · 兼职委员 %Ln 名 · 群众点单 %4 件 · 活动 %5 次（联建 %6 次），参与 %7 人次</numerusform>
        </translation>
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
    <message>
        <source>The database %1 could not be created: an old %2 file beside it cannot be removed.</source>
        <translation>无法创建数据库 %1：旁边残留的旧 %2 文件无法删除。</translation>
    </message>
    <message>
        <source>The file %1 is a quarterly package, not a database: a district database imports it (File › Import packages).</source>
        <translation>文件 %1 是季度数据包，不是数据库：请在区级数据库中导入（文件 › 导入数据包）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not ZongHeng&apos;s; choose another database, or an empty one to make ZongHeng&apos;s in.</source>
        <translation>数据库 %1 中是其他程序的表，不是纵横的；请另选数据库，或选一个空数据库来建立纵横的数据。</translation>
    </message>
    <message>
        <source>The database %1 holds no ZongHeng data yet: make it with init (zongheng-cli --db %1 init --district NAME), or choose another.</source>
        <translation>数据库 %1 中还没有纵横的数据：请用 init 建立（zongheng-cli --db %1 init --district 区名），或另选数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ZongHeng (schema %2; this program knows schema %3 at most). Install the newer version to open it.</source>
        <translation>数据库 %1 由更新版本的纵横写入（结构版本 %2；本程序最高只认识版本 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database %1 could not be created: this program&apos;s PostgreSQL schema is at version %2, its SQLite schema at %3.</source>
        <translation>无法建立数据库 %1：本程序的 PostgreSQL 结构为版本 %2，SQLite 结构为版本 %3。</translation>
    </message>
    <message>
        <source>The database %1 already holds tables; ZongHeng makes its schema only in an empty database (createdb NAME makes one).</source>
        <translation>数据库 %1 中已有表；纵横只在空数据库中建立自己的结构（可用 createdb 名称 新建一个）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1”不是 PostgreSQL 地址；请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>step %1 (%2) of the schema failed: %3</source>
        <translation>数据库结构第 %1 步（%2）失败：%3</translation>
    </message>
    <message>
        <source>The database %1 has the older schema %2; this program has no upgrade of a server database to %3.</source>
        <translation>数据库 %1 的结构为旧版 %2；本程序无法将服务器数据库升级到 %3。</translation>
    </message>
    <message>
        <source>The database %1 has the older schema %2; open it once for writing to bring it to %3.</source>
        <translation>数据库 %1 的结构为旧版 %2；请以可写方式打开一次，将其升级到 %3。</translation>
    </message>
    <message>
        <source>The database %1 could not be brought to schema %2, and is as it was: %3</source>
        <translation>数据库 %1 未能升级到结构 %2，已保持原样：%3</translation>
    </message>
    <message>
        <source>The server of %1 holds no database of that name; check the name, or ask whoever keeps the server to make it (%2).</source>
        <translation>%1 所在的服务器上没有这个名称的数据库；请核对名称，或请服务器管理人员建立该数据库（%2）。</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password (%2).</source>
        <translation>%1 所在的服务器拒绝了用户名或密码（%2）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: the network or the server is down, or the address is wrong (%2).</source>
        <translation>无法连接服务器 %1：网络或服务器中断，或地址有误（%2）。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The two databases are at different schema versions (%1 and %2).</source>
        <translation>两个数据库的结构版本不同（%1 与 %2）。</translation>
    </message>
    <message>
        <source>The table %1 of the source has no place in the target.</source>
        <translation>源数据库的表 %1 在目标数据库中没有对应的表。</translation>
    </message>
    <message>
        <source>The source has no table %1.</source>
        <translation>源数据库中没有表 %1。</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source than in the target.</source>
        <translation>表 %1 在源数据库与目标数据库中的列不同。</translation>
    </message>
    <message>
        <source>The table %1 could not be emptied: %2</source>
        <translation>表 %1 无法清空：%2</translation>
    </message>
    <message>
        <source>The table %1 could not be copied: %2</source>
        <translation>表 %1 无法复制：%2</translation>
    </message>
    <message>
        <source>The table %1 could not be read back: %2</source>
        <translation>表 %1 无法回读：%2</translation>
    </message>
    <message>
        <source>The table %1 differs after copying (%2 rows in the source, %3 in the copy); nothing was copied.</source>
        <translation>表 %1 复制后与源不一致（源 %2 行，副本 %3 行）；未复制任何内容。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>已取消；未复制任何内容。</translation>
    </message>
    <message>
        <source>The copy&apos;s references do not hold: %1</source>
        <translation>副本中的引用关系不成立：%1</translation>
    </message>
</context>
<context>
    <name>DateAskDialog</name>
    <message>
        <source>Give a date such as 2025-06-30.</source>
        <translation>请填写日期，如 2025-06-30。</translation>
    </message>
    <message>
        <source>The date may not lie in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Unknown demo profile &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的演示数据方案“%1”，可选：%2。</translation>
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
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>People&apos;s ledger</source>
        <translation>民情账本</translation>
    </message>
    <message>
        <source>Co-building</source>
        <translation>共建</translation>
    </message>
    <message>
        <source>The as-of date of demo data lies between 2000 and %1.</source>
        <translation>演示数据的截止日期须在 2000 年至 %1 年之间。</translation>
    </message>
</context>
<context>
    <name>DetailSheet</name>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>ExportQuarterDialog</name>
    <message>
        <source>Include residents&apos; names and phone numbers</source>
        <translation>包含群众姓名和电话</translation>
    </message>
    <message>
        <source>Quarterly package for the district</source>
        <translation>季度报送数据包</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>数据包保存文件夹</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Without this, names are sent as 张* and phone numbers as 139****1234. The package (.zhq) goes to the district; the workbook (.xlsx) is for reading.</source>
        <translation>不勾选时，姓名显示为“张*”，电话显示为“139****1234”。数据包（.zhq）报送区里，工作簿（.xlsx）供查阅。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The package will carry residents&apos; names and phone numbers in full. Send it only over a channel approved for personal data. Go on?</source>
        <translation>数据包将包含群众的完整姓名和电话，只能通过允许传送个人信息的渠道报送。继续吗？</translation>
    </message>
    <message>
        <source>Choose the organisation and the folder.</source>
        <translation>请选择组织和文件夹。</translation>
    </message>
    <message>
        <source>%1 rows written to
%2
%3</source>
        <translation>已写入 %1 行数据：
%2
%3</translation>
    </message>
    <message>
        <source>Writing the package and the workbook…</source>
        <translation>正在写入数据包和工作簿…</translation>
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
        <source>Dis&amp;trict:</source>
        <translation>区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Sub-district:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>Names may not contain &quot;/&quot;.</source>
        <translation>名称中不能含有“/”。</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <source>Allot work funds</source>
        <translation>下拨工作经费</translation>
    </message>
    <message>
        <source>Record spending of work funds</source>
        <translation>登记工作经费支出</translation>
    </message>
    <message>
        <source>yuan, e.g. 200000 or 1,250.50</source>
        <translation>单位：元，如 200000 或 1,250.50</translation>
    </message>
    <message>
        <source>e.g. 区财政专项经费</source>
        <translation>如：区财政专项经费</translation>
    </message>
    <message>
        <source>e.g. 党群服务站 furnishings, activity materials</source>
        <translation>如：党群服务站设施购置、活动物资</translation>
    </message>
    <message>
        <source>&amp;Allotted to:</source>
        <translation>下拨给(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Spent by:</source>
        <translation>支出单位(&amp;S)：</translation>
    </message>
    <message>
        <source>For the &amp;year:</source>
        <translation>所属年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Allotted &amp;by:</source>
        <translation>下拨方(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;pent on:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the organisation whose funds these are.</source>
        <translation>请选择经费所属的组织。</translation>
    </message>
    <message>
        <source>Give the day of the entry.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Give the amount in yuan, with at most two decimals.</source>
        <translation>请填写金额（元），最多两位小数。</translation>
    </message>
    <message>
        <source>Say who allotted the funds.</source>
        <translation>请填写经费下拨方。</translation>
    </message>
    <message>
        <source>Say what the money was spent on.</source>
        <translation>请填写经费用途。</translation>
    </message>
</context>
<context>
    <name>GridStaffAssessment</name>
    <message>
        <source>The grid staff&apos;s figures cannot be read; see the message in the status bar.</source>
        <translation>无法读取网格员的考核数据；请看状态栏中的提示。</translation>
    </message>
</context>
<context>
    <name>GridStaffCommands</name>
    <message>
        <source>grid-staff visit needs --role ID (the grid worker&apos;s role).</source>
        <translation>grid-staff visit 需要 --role 编号（网格员的任职记录）。</translation>
    </message>
    <message>
        <source>--hours is the time of the visit in hours, such as 1.5.</source>
        <translation>--hours 为走访时长（小时），如 1.5。</translation>
    </message>
    <message>
        <source>--quarter is written YYYYQn, such as 2026Q3.</source>
        <translation>--quarter 的写法为 YYYYQn，如 2026Q3。</translation>
    </message>
    <message>
        <source>--month is written YYYY-MM, such as 2026-10.</source>
        <translation>--month 的写法为 YYYY-MM，如 2026-10。</translation>
    </message>
    <message>
        <source>grid-staff assess needs --quarter YYYYQn or --month YYYY-MM.</source>
        <translation>grid-staff assess 需要 --quarter YYYYQn 或 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>grid-staff weights needs --org, the sub-district (or the district).</source>
        <translation>grid-staff weights 需要 --org（街道或区）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>Log a grid worker&apos;s visit (下沉走访); prints its number.</source>
        <translation>登记网格员的一次下沉走访；输出其编号。</translation>
    </message>
    <message>
        <source>The grid head&apos;s or grid worker&apos;s role.</source>
        <translation>网格长或网格员的任职记录。</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>How long, in hours.</source>
        <translation>时长（小时）。</translation>
    </message>
    <message>
        <source>Households visited.</source>
        <translation>走访户数。</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>走访内容。</translation>
    </message>
    <message>
        <source>List the grid staff&apos;s visits, newest first (default: the last 30 days).</source>
        <translation>列出网格员的走访记录，最新的在前（默认最近 30 天）。</translation>
    </message>
    <message>
        <source>From this date.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>Assess the grid staff over a quarter or a month: weekly hours, items raised, on time, satisfaction, scored by the sub-district&apos;s weights and ranked.</source>
        <translation>按季度或月份考核网格员：每周走访时长、发现上报、按时办结、群众满意，按街道的权重计分并排名。</translation>
    </message>
    <message>
        <source>The quarter.</source>
        <translation>季度。</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>Show or set a sub-district&apos;s weights of the assessment (per cent, together 100).</source>
        <translation>查看或设定街道的考核权重（百分比，合计 100）。</translation>
    </message>
    <message>
        <source>hours=N,raised=N,on_time=N,satisfaction=N.</source>
        <translation>hours=N,raised=N,on_time=N,satisfaction=N（走访时长、发现上报、按时办结、群众满意）。</translation>
    </message>
</context>
<context>
    <name>GridStaffDialog</name>
    <message>
        <source>Grid staff: visits and assessment</source>
        <translation>网格员走访与考核</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>走访时长(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Raised:</source>
        <translation>发现上报(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;On time:</source>
        <translation>按时办结(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>群众满意(&amp;S)：</translation>
    </message>
    <message>
        <source>Weights (%):</source>
        <translation>权重（%）：</translation>
    </message>
    <message>
        <source>Save &amp;weights</source>
        <translation>保存权重(&amp;W)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>Households &amp;visited:</source>
        <translation>走访户数(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Log the visit</source>
        <translation>登记走访(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>考核(&amp;A)</translation>
    </message>
    <message>
        <source>Visi&amp;ts</source>
        <translation>走访(&amp;I)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Write the quarter as 2026Q4.</source>
        <translation>季度的写法如 2026Q4。</translation>
    </message>
    <message>
        <source>Assessment of the grid staff</source>
        <translation>网格员考核表</translation>
    </message>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1，%2 季度</translation>
    </message>
    <message>
        <source>Assessing the grid staff…</source>
        <translation>正在考核网格员…</translation>
    </message>
    <message>
        <source>choose a sub-district, a community or a grid in the tree</source>
        <translation>请在左侧组织树中选择街道、社区或网格</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>人员(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>GridStaffScoreModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Hours visited</source>
        <translation>走访时长（小时）</translation>
    </message>
    <message>
        <source>Weeks ≥ 5 h</source>
        <translation>达 5 小时的周数</translation>
    </message>
    <message>
        <source>Items raised</source>
        <translation>发现上报</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>GridStaffService</name>
    <message>
        <source>The day of the visit must be given and may not lie in the future.</source>
        <translation>须填写走访日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The time of a visit is from a minute to a day.</source>
        <translation>走访时长为 1 分钟至 1 天。</translation>
    </message>
    <message>
        <source>The households visited are from 0 to 10,000.</source>
        <translation>走访户数为 0 至 10000。</translation>
    </message>
    <message>
        <source>There is no role with number %1.</source>
        <translation>不存在编号为 %1 的任职记录。</translation>
    </message>
    <message>
        <source>%1 is not a grid head or grid worker; visits are the grid staff&apos;s.</source>
        <translation>%1 不是网格长或网格员；走访由网格员登记。</translation>
    </message>
    <message>
        <source>%1 was not in the grid&apos;s staff on %2.</source>
        <translation>%2 时 %1 不在该网格任职。</translation>
    </message>
</context>
<context>
    <name>GuaranteeCommands</name>
    <message>
        <source>--kind is one of: %1.</source>
        <translation>--kind 取以下之一：%1。</translation>
    </message>
    <message>
        <source>venues add needs --area M2 (square metres).</source>
        <translation>venues add 需要 --area M2（平方米）。</translation>
    </message>
    <message>
        <source>The venue&apos;s number</source>
        <translation>阵地编号</translation>
    </message>
    <message>
        <source>households not given</source>
        <translation>未填写户数</translation>
    </message>
    <message>
        <source>meets the standard</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>short by %1 m²</source>
        <translation>缺 %1 m²</translation>
    </message>
    <message>
        <source>funds add needs either --allot AMOUNT or --spend AMOUNT.</source>
        <translation>funds add 需要 --allot 金额 或 --spend 金额（二选一）。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not yuan with at most two decimals, such as 200000 or 1250.50.</source>
        <translation>金额“%1”不是最多两位小数的元数，应如 200000 或 1250.50。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>The organisation.</source>
        <translation>组织。</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>List the venues (阵地): service centres and stations, red posts, activity rooms.</source>
        <translation>列出阵地：党群服务中心、服务站、红色驿站、活动室。</translation>
    </message>
    <message>
        <source>Closed venues too.</source>
        <translation>包括已关闭的阵地。</translation>
    </message>
    <message>
        <source>Register a venue; prints its number.</source>
        <translation>登记阵地，输出其编号。</translation>
    </message>
    <message>
        <source>service_centre, service_station, red_post, activity_room or other.</source>
        <translation>service_centre、service_station、red_post、activity_room 或 other。</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>Its area in square metres.</source>
        <translation>面积（平方米）。</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>Its opening hours.</source>
        <translation>开放时间。</translation>
    </message>
    <message>
        <source>What it offers.</source>
        <translation>服务内容。</translation>
    </message>
    <message>
        <source>The day it opened.</source>
        <translation>启用日期。</translation>
    </message>
    <message>
        <source>Counts towards the community&apos;s service facilities (the default but for red posts and others).</source>
        <translation>计入社区综合服务设施面积（除红色驿站和其他类型外默认计入）。</translation>
    </message>
    <message>
        <source>Does not count towards the service facilities.</source>
        <translation>不计入综合服务设施面积。</translation>
    </message>
    <message>
        <source>Close a venue from a day on.</source>
        <translation>自某日起关闭阵地。</translation>
    </message>
    <message>
        <source>Each community&apos;s service facilities against the standard of 30 m² per 100 households.</source>
        <translation>各社区综合服务设施面积对照每百户不低于30平方米的标准。</translation>
    </message>
    <message>
        <source>Allot work funds to an organisation for a year, or record what it spent; prints the entry&apos;s number.</source>
        <translation>向组织下拨年度工作经费，或登记其支出；输出记录编号。</translation>
    </message>
    <message>
        <source>Allotted, in yuan.</source>
        <translation>下拨金额（元）。</translation>
    </message>
    <message>
        <source>Spent, in yuan.</source>
        <translation>支出金额（元）。</translation>
    </message>
    <message>
        <source>The funds&apos; year (default that of the day).</source>
        <translation>经费所属年度（默认为日期所在年度）。</translation>
    </message>
    <message>
        <source>Who allotted them.</source>
        <translation>下拨方。</translation>
    </message>
    <message>
        <source>What they were spent on.</source>
        <translation>用途。</translation>
    </message>
    <message>
        <source>Each organisation&apos;s work funds of a year: allotted, spent, balance.</source>
        <translation>各组织年度工作经费：下拨、支出、结余。</translation>
    </message>
    <message>
        <source>The year (default this one).</source>
        <translation>年度（默认本年）。</translation>
    </message>
    <message>
        <source>Record an inspection (巡查) and the follow-up tasks it sets; prints its number.</source>
        <translation>登记党建工作巡查及其整改任务；输出其编号。</translation>
    </message>
    <message>
        <source>Who inspected.</source>
        <translation>巡查人员。</translation>
    </message>
    <message>
        <source>What they found.</source>
        <translation>发现的问题。</translation>
    </message>
    <message>
        <source>A follow-up task (repeatable).</source>
        <translation>整改任务（可多次给出）。</translation>
    </message>
    <message>
        <source>When the tasks are due (default 30 days on).</source>
        <translation>整改期限（默认30天后）。</translation>
    </message>
    <message>
        <source>List the inspections, newest first (default: this year).</source>
        <translation>列出巡查记录，最新的在前（默认本年）。</translation>
    </message>
    <message>
        <source>From this date.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>Give --facility or --not-facility, not both.</source>
        <translation>--facility 与 --not-facility 只能给出一个。</translation>
    </message>
    <message>
        <source>--due is the follow-up tasks&apos; day; give them with --task.</source>
        <translation>--due 是整改任务的期限，请用 --task 给出任务。</translation>
    </message>
</context>
<context>
    <name>GuaranteeDetails</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%L1 m²</source>
        <translation>%L1 m²</translation>
    </message>
    <message>
        <source>Service facility</source>
        <translation>计入服务设施</translation>
    </message>
    <message>
        <source>Counts towards the community&apos;s service facilities</source>
        <translation>计入社区综合服务设施面积</translation>
    </message>
    <message>
        <source>Does not count towards the service facilities</source>
        <translation>不计入综合服务设施面积</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Held here</source>
        <translation>在此开展</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>%1 m² of service facilities per 100 households</source>
        <translation>每百户居民综合服务设施面积不低于 %1 m²</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应达面积</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>现有面积</translation>
    </message>
    <message numerus="yes">
        <source>%L1 m² in %Ln venue(s)</source>
        <translation>
            <numerusform>%L1 m²，共%Ln处</numerusform>
        </translation>
    </message>
    <message>
        <source>Short by %L1 m²</source>
        <translation>缺 %L1 m²</translation>
    </message>
    <message>
        <source>Give the community&apos;s or its grids&apos; households to judge the standard.</source>
        <translation>请填写社区或其网格的户数，以便对照标准。</translation>
    </message>
    <message>
        <source>%1 (%2), %L3 m²%4</source>
        <translation>%1（%2），%L3 m²%4</translation>
    </message>
    <message>
        <source>, not counted</source>
        <translation>，不计入</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>阵地</translation>
    </message>
    <message>
        <source>Work funds of %1, %2</source>
        <translation>%1 %2年工作经费</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>下拨</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>%1 allotted %2 yuan (%3)</source>
        <translation>%1 下拨 %2 元（%3）</translation>
    </message>
    <message>
        <source>%1 spent %2 yuan on %3</source>
        <translation>%1 支出 %2 元，用于%3</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 已办结</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>%1 巡查</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>巡查人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Choose a line to see it here.</source>
        <translation>选择一行，在此查看详情。</translation>
    </message>
</context>
<context>
    <name>GuaranteeFigures</name>
    <message>
        <source>The guarantee&apos;s figures could not be read.</source>
        <translation>无法读取保障清单的数据。</translation>
    </message>
</context>
<context>
    <name>GuaranteePage</name>
    <message>
        <source>&amp;Register a venue…</source>
        <translation>登记阵地(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>关闭(&amp;L)…</translation>
    </message>
    <message>
        <source>Close the venue</source>
        <translation>关闭阵地</translation>
    </message>
    <message>
        <source>From which day is the venue closed?</source>
        <translation>阵地自哪天起关闭？</translation>
    </message>
    <message>
        <source>&amp;Allot funds…</source>
        <translation>下拨经费(&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;spending…</source>
        <translation>登记支出(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Record an inspection…</source>
        <translation>登记巡查(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (%L2 m² short)</source>
        <translation>%1（缺 %L2 m²）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln community(ies) below the space standard: %1</source>
        <translation>
            <numerusform>%Ln个社区服务设施面积未达标：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln community(ies) without households</source>
        <translation>
            <numerusform>%Ln个社区未填写户数</numerusform>
        </translation>
    </message>
    <message>
        <source>funds %1: %2 of %3 yuan spent (%4%)</source>
        <translation>%1年经费：已使用 %2 元，共下拨 %3 元（%4%）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inspection task(s) open</source>
        <translation>
            <numerusform>%Ln项巡查整改任务未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Places and guarantees</source>
        <translation>阵地与保障</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>阵地</translation>
    </message>
    <message>
        <source>Space standard</source>
        <translation>场地达标</translation>
    </message>
    <message>
        <source>Work funds</source>
        <translation>工作经费</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Add a venue here…</source>
        <translation>在此登记阵地(&amp;A)…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GuaranteeRows</name>
    <message>
        <source>Closed %1</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 启用</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Households not given</source>
        <translation>未填写户数</translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Short by %L1 m²</source>
        <translation>缺 %L1 m²</translation>
    </message>
    <message>
        <source>%1 has %L2 m² of service facilities for %L3 households; the standard asks %L4 m² (%5 m² per 100 households).</source>
        <translation>%1 有综合服务设施 %L2 m²，居民 %L3 户；按每百户 %5 m² 的标准应有 %L4 m²。</translation>
    </message>
    <message>
        <source>More spent than allotted</source>
        <translation>支出超过下拨</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up task(s) still open</source>
        <translation>
            <numerusform>%Ln项整改任务未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Service facility</source>
        <translation>计入服务设施</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Required (m²)</source>
        <translation>应达（m²）</translation>
    </message>
    <message>
        <source>Facilities (m²)</source>
        <translation>现有（m²）</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>阵地</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Allotted (yuan)</source>
        <translation>下拨（元）</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>支出（元）</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>结余（元）</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>巡查人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>阵地名称</translation>
    </message>
</context>
<context>
    <name>GuaranteeService</name>
    <message>
        <source>Choose the organisation whose funds these are.</source>
        <translation>请选择经费所属的组织。</translation>
    </message>
    <message>
        <source>%1 is retired; it is allotted no funds.</source>
        <translation>%1 已撤销，不再下拨经费。</translation>
    </message>
    <message>
        <source>The funds&apos; year lies between 2000 and 2100.</source>
        <translation>经费年度应在2000年至2100年之间。</translation>
    </message>
    <message>
        <source>Give the day of the entry; it may not lie in the future.</source>
        <translation>请填写日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The amount is more than nothing and at most 1,000,000,000 yuan.</source>
        <translation>金额应大于零，且不超过1,000,000,000元。</translation>
    </message>
    <message>
        <source>Say what the money was spent on.</source>
        <translation>请填写经费用途。</translation>
    </message>
    <message>
        <source>Say who allotted the funds (区财政专项经费, the sub-district…).</source>
        <translation>请填写经费下拨方（区财政专项经费、街道……）。</translation>
    </message>
    <message>
        <source>%1 has %2 yuan left of its funds for %3 (allotted %4, spent %5); %6 yuan is more.</source>
        <translation>%1 %3年经费余额 %2 元（下拨 %4 元，已支出 %5 元），%6 元超出余额。</translation>
    </message>
    <message>
        <source>The database refused the entry: %1</source>
        <translation>数据库拒绝了该记录：%1</translation>
    </message>
    <message>
        <source>The funds could not be read.</source>
        <translation>无法读取经费记录。</translation>
    </message>
    <message>
        <source>Choose the organisation inspected.</source>
        <translation>请选择被巡查的组织。</translation>
    </message>
    <message>
        <source>Give the day of the inspection; it is recorded once held, not in the future.</source>
        <translation>请填写巡查日期；巡查结束后登记，不能晚于今天。</translation>
    </message>
    <message>
        <source>Say who inspected.</source>
        <translation>请填写巡查人员。</translation>
    </message>
    <message>
        <source>Say what the inspection found.</source>
        <translation>请填写巡查发现的问题。</translation>
    </message>
    <message>
        <source>Every follow-up task says what is to be done.</source>
        <translation>每项整改任务都要写明内容。</translation>
    </message>
    <message>
        <source>The follow-up &quot;%1&quot; is due on or after the inspection (%2).</source>
        <translation>整改任务“%1”的期限不能早于巡查日期（%2）。</translation>
    </message>
    <message>
        <source>%1 is retired; it takes no new tasks.</source>
        <translation>%1 已撤销，不能再承担新任务。</translation>
    </message>
    <message>
        <source>The database refused the inspection: %1</source>
        <translation>数据库拒绝了该巡查记录：%1</translation>
    </message>
    <message>
        <source>The database refused the task &quot;%1&quot;: %2</source>
        <translation>数据库拒绝了任务“%1”：%2</translation>
    </message>
    <message>
        <source>The inspections could not be read.</source>
        <translation>无法读取巡查记录。</translation>
    </message>
</context>
<context>
    <name>HandlingCommands</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>--whistle is quick, emergency or tough.</source>
        <translation>--whistle 为 quick、emergency 或 tough。</translation>
    </message>
    <message>
        <source>Departments (summoned, reported done, on time, overdue):</source>
        <translation>部门（吹哨报到次数、已办结、按时办结、超期）：</translation>
    </message>
    <message>
        <source>Units (dispatched, closed, on time, overdue):</source>
        <translation>单位（派单数、已办结、按时办结、超期）：</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>List the whistle matters: whistle, time limit and the departments summoned (1+N).</source>
        <translation>列出吹哨报到事项：哨令、时限和报到部门（1+N）。</translation>
    </message>
    <message>
        <source>Also the matters no longer in use.</source>
        <translation>也列出已停用的事项。</translation>
    </message>
    <message>
        <source>Add a whistle matter to the catalogue (or change the one of that name); prints its number.</source>
        <translation>在吹哨报到事项清单中添加事项（同名事项则修改）；输出其编号。</translation>
    </message>
    <message>
        <source>quick, emergency or tough.</source>
        <translation>quick（快捷哨）、emergency（应急哨）或 tough（攻坚哨）。</translation>
    </message>
    <message>
        <source>The departments it summons, separated by commas.</source>
        <translation>该事项吹哨报到的部门，以逗号分隔。</translation>
    </message>
    <message>
        <source>Working days the departments have to report done (default by whistle: 3, 1, 10).</source>
        <translation>部门办结的时限（工作日；默认按哨令：快捷哨 3、应急哨 1、攻坚哨 10）。</translation>
    </message>
    <message>
        <source>Print the figures per department summoned and per unit dispatched to: how many, done, on time, overdue.</source>
        <translation>输出各报到部门和各接单单位的办理统计：件数、已办结、按时办结、超期。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>From this date.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>截止日期。</translation>
    </message>
</context>
<context>
    <name>HandlingFiguresDialog</name>
    <message>
        <source>Handling by departments and units</source>
        <translation>部门与单位办理统计</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>&amp;Departments summoned by a whistle</source>
        <translation>吹哨报到的部门(&amp;D)</translation>
    </message>
    <message>
        <source>U&amp;nits of the register dispatched to, with a time limit</source>
        <translation>限时办理的接单单位(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HandlingTableModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>报到件数</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单件数</translation>
    </message>
    <message>
        <source>Reported done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Manual</source>
        <translation>纵横 使用手册</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>前进(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HouseholdBox</name>
    <message>
        <source>The member whose home this is</source>
        <translation>党员中心户所属党员</translation>
    </message>
    <message>
        <source>Link a member…</source>
        <translation>关联党员…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>No member linked yet.</source>
        <translation>尚未关联党员。</translation>
    </message>
    <message>
        <source>Link a member to the household</source>
        <translation>为党员中心户关联党员</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
</context>
<context>
    <name>ImportPackages</name>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Checking and merging the packages…</source>
        <translation>正在检查并汇总数据包…</translation>
    </message>
    <message>
        <source>Packages refused</source>
        <translation>数据包被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>没有导入任何数据。

%1</translation>
    </message>
    <message>
        <source>already imported; nothing changed</source>
        <translation>已导入过，未作改动</translation>
    </message>
    <message>
        <source>replaced the earlier package</source>
        <translation>已替换先前的数据包</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>; its new signing key %1 is registered in place of the one that signed over it</source>
        <translation>；其新签名密钥 %1 已登记，接替为其签名确认的旧密钥</translation>
    </message>
    <message>
        <source>Packages imported</source>
        <translation>数据包已导入</translation>
    </message>
</context>
<context>
    <name>ImportParts</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-问题清单</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation>登记巡查</translation>
    </message>
    <message>
        <source>e.g. 区委组织部巡查组: 张伟、李娜</source>
        <translation>如：区委组织部巡查组：张伟、李娜</translation>
    </message>
    <message>
        <source>One follow-up task per line; each becomes a task of the organisation inspected</source>
        <translation>每行一项整改任务，各自成为被巡查组织的任务</translation>
    </message>
    <message>
        <source>&amp;Inspected:</source>
        <translation>被巡查组织(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Inspe&amp;ctors:</source>
        <translation>巡查人员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>发现问题(&amp;F)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks:</source>
        <translation>整改任务(&amp;T)：</translation>
    </message>
    <message>
        <source>Tasks d&amp;ue on:</source>
        <translation>整改期限(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose the organisation inspected.</source>
        <translation>请选择被巡查的组织。</translation>
    </message>
    <message>
        <source>Give the day of the inspection.</source>
        <translation>请填写巡查日期。</translation>
    </message>
    <message>
        <source>Say who inspected.</source>
        <translation>请填写巡查人员。</translation>
    </message>
    <message>
        <source>Say what the inspection found.</source>
        <translation>请填写巡查发现的问题。</translation>
    </message>
    <message>
        <source>Give the day the follow-up tasks are due.</source>
        <translation>请填写整改期限。</translation>
    </message>
</context>
<context>
    <name>IsoDate</name>
    <message>
        <source>the year %1 is not between %2 and %3</source>
        <translation>年份 %1 不在 %2 至 %3 之间</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar (dates are written YYYY-MM-DD)</source>
        <translation>%1 不是日历上存在的日期（日期写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The work stopped on an error: %1</source>
        <translation>工作因错误中止：%1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>正在取消，不会作任何改动…</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Sends as: %1</source>
        <translation>报送单位：%1</translation>
    </message>
    <message>
        <source>Replaces the key %1, which signed over it.</source>
        <translation>接替密钥 %1，并由其签名确认。</translation>
    </message>
    <message>
        <source>keys export needs --out FILE.</source>
        <translation>keys export 需要 --out 文件。</translation>
    </message>
    <message>
        <source>The key %1 written to %2; give it to the district and read them the fingerprint.</source>
        <translation>密钥 %1 已写入 %2；请交给区里，并电话告知指纹。</translation>
    </message>
    <message>
        <source>New key %1 replaces %2 and carries its signature: the district takes it with the next package.</source>
        <translation>新密钥 %1 接替 %2，并带有其签名确认：区里将随下一个数据包接受新密钥。</translation>
    </message>
    <message>
        <source>keys add needs --for PATH, the sender the key is for (迎江区/新河路街道); give --for again for each sender that sends with the same key.</source>
        <translation>keys add 需要 --for 路径，即该密钥所属的报送单位（如 迎江区/新河路街道）；同一密钥用于多个报送单位时，每个单位写一次 --for。</translation>
    </message>
    <message>
        <source>The key %1 is registered for %2; the key it replaces signed over it.</source>
        <translation>密钥 %1 已登记为 %2 的密钥；被接替的旧密钥已为其签名确认。</translation>
    </message>
    <message>
        <source>The key %1 is registered for %2. Confirm the fingerprint with the sender&apos;s clerk by phone.</source>
        <translation>密钥 %1 已登记为 %2 的密钥。请与报送单位的经办人电话核对指纹。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现用</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message numerus="yes">
        <source>The key %1 is retired (%Ln registration(s)); packages signed with it are refused from now on.</source>
        <translation>
            <numerusform>密钥 %1 已停用（%Ln 处登记）；今后用它签名的数据包将被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this office&apos;s signing key and its fingerprint.</source>
        <translation>显示本单位的签名密钥及其指纹。</translation>
    </message>
    <message>
        <source>Write this office&apos;s public key to a file for the district (nothing secret in it).</source>
        <translation>将本单位的公钥写入文件交给区里（文件中不含任何机密）。</translation>
    </message>
    <message>
        <source>The key file to write.</source>
        <translation>要写入的密钥文件。</translation>
    </message>
    <message>
        <source>Replace this office&apos;s key with a new one that the old one signs over.</source>
        <translation>以新密钥替换本单位的密钥，并由旧密钥为新密钥签名确认。</translation>
    </message>
    <message>
        <source>Register a sender&apos;s key file at the district.</source>
        <translation>在区里登记报送单位的密钥文件。</translation>
    </message>
    <message>
        <source>The sender&apos;s path (迎江区/新河路街道); once per sender.</source>
        <translation>报送单位的路径（如 迎江区/新河路街道）；每个单位写一次。</translation>
    </message>
    <message>
        <source>List the senders&apos; keys registered at the district.</source>
        <translation>列出区里登记的各报送单位密钥。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Retire a sender&apos;s key: packages signed with it are refused.</source>
        <translation>停用报送单位的密钥：用它签名的数据包将被拒绝。</translation>
    </message>
    <message>
        <source>Only for this sender (default: every sender of the key).</source>
        <translation>只对此报送单位（默认：使用该密钥的所有单位）。</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>the file is larger than a key file can be.</source>
        <translation>文件大小超出了密钥文件的上限。</translation>
    </message>
    <message>
        <source>this is not a ZongHeng key file (its first line must be &quot;%1&quot;).</source>
        <translation>这不是纵横的密钥文件（第一行必须是“%1”）。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the sender is not a path of names.</source>
        <translation>报送单位不是由名称组成的路径。</translation>
    </message>
    <message>
        <source>%1 is not written in Base64.</source>
        <translation>%1 不是 Base64 编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of a key file.</source>
        <translation>“%1”不是密钥文件中应有的行。</translation>
    </message>
    <message>
        <source>the public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>the fingerprint it states (%1) is not that of its key (%2): the file was changed.</source>
        <translation>文件所写的指纹（%1）与其密钥的指纹（%2）不符：文件被改动过。</translation>
    </message>
    <message>
        <source>it names a previous key without its signature, or a signature without the key.</source>
        <translation>文件写了先前的密钥却没有其签名，或有签名却没有密钥。</translation>
    </message>
    <message>
        <source>the previous key&apos;s signature over the new key does not verify.</source>
        <translation>先前密钥对新密钥的签名验证不通过。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1：文件无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>The database has no organisations yet; create the district first.</source>
        <translation>数据库中还没有组织；请先建立区。</translation>
    </message>
    <message>
        <source>%1 is not under %2: a district registers the keys of the offices that send to it.</source>
        <translation>%1 不在 %2 之下：区里只登记向其报送的单位的密钥。</translation>
    </message>
    <message>
        <source>This is this database&apos;s own key; register the key file of the sending office.</source>
        <translation>这是本数据库自己的密钥；请登记报送单位的密钥文件。</translation>
    </message>
    <message>
        <source>%1 (its key %2)</source>
        <translation>%1（其密钥 %2）</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <source>the office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>due needs --from YYYY-MM-DD.</source>
        <translation>due 需要 --from YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar list needs --year YYYY.</source>
        <translation>calendar list 需要 --year YYYY。</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>不存在分类“%1”。</translation>
    </message>
    <message>
        <source>--urgency is ordinary, urgent or emergency.</source>
        <translation>--urgency 为 ordinary、urgent 或 emergency。</translation>
    </message>
    <message>
        <source>--source is diary, visit, order, hotline or walk_in.</source>
        <translation>--source 为 diary、visit、order、hotline 或 walk_in。</translation>
    </message>
    <message>
        <source>--whistle is quick, emergency or tough.</source>
        <translation>--whistle 为 quick、emergency 或 tough。</translation>
    </message>
    <message>
        <source>--satisfaction is satisfied, basically_satisfied or dissatisfied.</source>
        <translation>--satisfaction 为 satisfied、basically_satisfied 或 dissatisfied。</translation>
    </message>
    <message>
        <source>There is no ledger item with number %1.</source>
        <translation>不存在编号为 %1 的民情事项。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Who did it (default: the user).</source>
        <translation>经办人（默认：当前用户）。</translation>
    </message>
    <message>
        <source>Print the date N working days after a date, by the calendar in the database.</source>
        <translation>按数据库中的日历，输出某日之后第 N 个工作日的日期。</translation>
    </message>
    <message>
        <source>The start date (not counted).</source>
        <translation>起始日期（不计入）。</translation>
    </message>
    <message>
        <source>Working days.</source>
        <translation>工作日天数。</translation>
    </message>
    <message>
        <source>Import holidays and make-up working days (date,kind,name), all or nothing.</source>
        <translation>导入节假日和调休上班日（date,kind,name），要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>List the holidays and make-up working days of a year.</source>
        <translation>列出某年的节假日和调休上班日。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>Record a ledger item; prints its number.</source>
        <translation>登记民情事项，输出其编号。</translation>
    </message>
    <message>
        <source>Id or path of the grid (or community).</source>
        <translation>网格（或社区）的编号或路径。</translation>
    </message>
    <message>
        <source>The category&apos;s name or number.</source>
        <translation>分类名称或编号。</translation>
    </message>
    <message>
        <source>What the resident asks.</source>
        <translation>居民诉求。</translation>
    </message>
    <message>
        <source>More detail.</source>
        <translation>详细情况。</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>地点。</translation>
    </message>
    <message>
        <source>The resident&apos;s name.</source>
        <translation>居民姓名。</translation>
    </message>
    <message>
        <source>The resident&apos;s phone.</source>
        <translation>居民电话。</translation>
    </message>
    <message>
        <source>ordinary, urgent or emergency.</source>
        <translation>ordinary、urgent 或 emergency。</translation>
    </message>
    <message>
        <source>diary, visit, order, hotline or walk_in.</source>
        <translation>diary、visit、order、hotline 或 walk_in。</translation>
    </message>
    <message>
        <source>close: the result; suspend: the reason; any step: a note.</source>
        <translation>办结时为办理结果；挂起时为原因；其他步骤为备注。</translation>
    </message>
    <message>
        <source>visit: satisfied, basically_satisfied or dissatisfied.</source>
        <translation>回访时为 satisfied、basically_satisfied 或 dissatisfied。</translation>
    </message>
    <message>
        <source>Print an item with its history.</source>
        <translation>输出事项及其全部办理记录。</translation>
    </message>
    <message>
        <source>List items, newest first.</source>
        <translation>列出事项，最新的在前。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>A state, or overdue.</source>
        <translation>状态，或 overdue（超期）。</translation>
    </message>
    <message>
        <source>Recorded on or after.</source>
        <translation>登记日期不早于。</translation>
    </message>
    <message>
        <source>Recorded on or before.</source>
        <translation>登记日期不晚于。</translation>
    </message>
    <message>
        <source>Words in the title, description or location.</source>
        <translation>标题、详情或地点中的文字。</translation>
    </message>
    <message>
        <source>At most N items (default 100).</source>
        <translation>最多 N 件（默认 100）。</translation>
    </message>
    <message>
        <source>due needs --days N (working days).</source>
        <translation>due 需要 --days N（工作日数）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) after %1 lies beyond the years the calendar keeps.</source>
        <translation>
            <numerusform>%1 之后 %Ln 个工作日已超出日历所覆盖的年份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The item&apos;s number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>The member&apos;s number after member:</source>
        <translation>member: 之后的党员编号</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; the actions are accept, dispatch, take, escalate, report, report_done, progress, suspend, resume, close, sign_off, send_back, visit.</source>
        <translation>未知的步骤“%1”；可用的步骤为 accept、dispatch、take、escalate、report、report_done、progress、suspend、resume、close、sign_off、send_back、visit。</translation>
    </message>
    <message>
        <source>There is no unit %1 in the register.</source>
        <translation>单位名录中没有单位“%1”。</translation>
    </message>
    <message>
        <source>There is no matter %1 in the whistle catalogue (whistle catalogue lists them).</source>
        <translation>吹哨报到事项清单中没有“%1”（whistle catalogue 可列出全部事项）。</translation>
    </message>
    <message>
        <source>Take a step on an item: accept, dispatch, take, escalate, report, report_done, progress, suspend, resume, close, sign_off, send_back, visit.</source>
        <translation>办理事项的一个步骤：accept、dispatch、take、escalate、report、report_done、progress、suspend、resume、close、sign_off、send_back、visit。</translation>
    </message>
    <message>
        <source>dispatch: member:ID or a volunteer; report, report_done: the department; sign_off: the leader.</source>
        <translation>dispatch：member:编号 或志愿者；report、report_done：部门；sign_off：销号领导。</translation>
    </message>
    <message>
        <source>dispatch: a unit of the register, by name or number.</source>
        <translation>dispatch：单位名录中的单位（名称或编号）。</translation>
    </message>
    <message>
        <source>dispatch: the holder&apos;s time limit (a unit&apos;s default: the item&apos;s due date).</source>
        <translation>dispatch：接单方的办理时限（单位默认为事项的到期日）。</translation>
    </message>
    <message>
        <source>escalate: the matter of the whistle catalogue, by name or number.</source>
        <translation>escalate：吹哨报到事项（名称或编号）。</translation>
    </message>
    <message>
        <source>escalate, when the catalogue is empty: quick, emergency or tough.</source>
        <translation>escalate，事项清单为空时：quick、emergency 或 tough。</translation>
    </message>
    <message>
        <source>The number in --%1</source>
        <translation>--%1 中的编号</translation>
    </message>
    <message>
        <source>--reporter is role:ID, member:ID or household:ID.</source>
        <translation>--reporter 的写法为 role:编号、member:编号 或 household:编号。</translation>
    </message>
    <message>
        <source>Who reported it: role:ID (a grid worker, an informant), member:ID or household:ID.</source>
        <translation>报告人：role:编号（网格员、信息员等）、member:编号（党员）或 household:编号（党员中心户）。</translation>
    </message>
    <message>
        <source>The party-member household it belongs to.</source>
        <translation>事项所属的党员中心户。</translation>
    </message>
</context>
<context>
    <name>LedgerDetail</name>
    <message>
        <source>Choose an item in the table, or record a new one above.</source>
        <translation>请在表格中选择一件事项，或在上方登记新事项。</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>第 %1 号 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4&lt;br&gt;Recorded %5 · due %6 · %7%8</source>
        <translation>%1 · %2 · %3 · %4&lt;br&gt;%5 登记 · %6 到期 · %7%8</translation>
    </message>
    <message>
        <source>, held by %1</source>
        <translation>，由 %1 办理</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>已于 %1 办结。</translation>
    </message>
    <message>
        <source>Suspended since %1: the clock stands still.</source>
        <translation>自 %1 起挂起，暂停计时。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>还剩 %Ln 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>已超期 %Ln 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Resident: %1 %2</source>
        <translation>居民：%1 %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <source>Follow-up on %1: %2</source>
        <translation>%1 回访：%2</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %Ln time(s) after a dissatisfied visit.</source>
        <translation>
            <numerusform>因回访不满意已重新办理 %Ln 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 已办结</translation>
    </message>
    <message>
        <source>reported in %1, to be done by %2</source>
        <translation>%1 已报到，限 %2 前办结</translation>
    </message>
    <message>
        <source>summoned %1, not yet reported in</source>
        <translation>%1 吹哨，尚未报到</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>报到部门：%1</translation>
    </message>
    <message>
        <source>, held by %1 until %2</source>
        <translation>，由 %1 办理，限 %2 前办结</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>报告人：%1</translation>
    </message>
</context>
<context>
    <name>LedgerEventModel</name>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>due date moved by %Ln working day(s)</source>
        <translation>
            <numerusform>到期日顺延 %Ln 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Search titles, details, places</source>
        <translation>搜索标题、详情、地点</translation>
    </message>
</context>
<context>
    <name>LedgerFlow</name>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报吹哨</translation>
    </message>
    <message>
        <source>Department reports</source>
        <translation>部门报到</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Quick whistle</source>
        <translation>快捷哨</translation>
    </message>
    <message>
        <source>Emergency whistle</source>
        <translation>应急哨</translation>
    </message>
    <message>
        <source>Tough-problem whistle</source>
        <translation>攻坚哨</translation>
    </message>
    <message>
        <source>Grid diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Resident&apos;s order</source>
        <translation>居民点单</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待领导销号</translation>
    </message>
    <message>
        <source>Department done</source>
        <translation>部门办结</translation>
    </message>
    <message>
        <source>Leader signs off</source>
        <translation>领导销号</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回重办</translation>
    </message>
</context>
<context>
    <name>LedgerHandling</name>
    <message>
        <source>No department was summoned to the item.</source>
        <translation>该事项没有吹哨报到的部门。</translation>
    </message>
    <message>
        <source>Name the leader who signs the item off.</source>
        <translation>请写明销号的领导。</translation>
    </message>
    <message>
        <source>Say why the item goes back to be handled again.</source>
        <translation>请写明退回重办的原因。</translation>
    </message>
    <message>
        <source>There is no member with number %1.</source>
        <translation>不存在编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>%1 is no longer an active member.</source>
        <translation>%1 已不是正常状态的党员。</translation>
    </message>
    <message>
        <source>There is no unit with number %1.</source>
        <translation>没有第 %1 号单位。</translation>
    </message>
    <message>
        <source>Say to whom the item is dispatched (a member, a unit or a volunteer).</source>
        <translation>请写明派给谁（党员、单位或志愿者）。</translation>
    </message>
    <message>
        <source>The time limit (%1) lies before the day of the dispatch.</source>
        <translation>办理时限（%1）早于派单日期。</translation>
    </message>
    <message>
        <source>Choose the matter of the whistle catalogue the item is escalated for.</source>
        <translation>请从吹哨报到事项清单中选择上报的事项。</translation>
    </message>
    <message>
        <source>Choose the whistle: quick, emergency or tough.</source>
        <translation>请选择哨令：快捷哨、应急哨或攻坚哨。</translation>
    </message>
    <message>
        <source>sub-district (%1)</source>
        <translation>街道（%1）</translation>
    </message>
    <message>
        <source>There is no whistle matter with number %1.</source>
        <translation>没有第 %1 号吹哨报到事项。</translation>
    </message>
    <message>
        <source>The whistle matter %1 is no longer in use.</source>
        <translation>吹哨报到事项“%1”已停用。</translation>
    </message>
    <message>
        <source>The whistle matter %1 summons no department.</source>
        <translation>吹哨报到事项“%1”没有报到部门。</translation>
    </message>
    <message>
        <source>The departments&apos; time limit lies beyond the years the calendar keeps.</source>
        <translation>部门办结时限超出了日历所含的年份。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>People&apos;s ledger</source>
        <translation>民情账本</translation>
    </message>
    <message>
        <source>People&apos;s ledger — %1</source>
        <translation>民情账本 — %1</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>每周总结(&amp;W)…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Handling &amp;by departments and units…</source>
        <translation>部门与单位办理统计(&amp;B)…</translation>
    </message>
    <message>
        <source>Grid staff&apos;s wor&amp;k…</source>
        <translation>网格员走访与考核(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>LedgerQuickEntry</name>
    <message>
        <source>Record a request</source>
        <translation>登记民情</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Det&amp;ails:</source>
        <translation>详情(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>居民(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>what the resident asks, in a few words</source>
        <translation>简要写明居民诉求</translation>
    </message>
    <message>
        <source>name (personal data)</source>
        <translation>姓名（个人信息）</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>登记（回车）</translation>
    </message>
    <message>
        <source>The date is not a date (write it as 2026-11-23).</source>
        <translation>日期无效（请写作 2026-11-23）。</translation>
    </message>
    <message>
        <source>Possibly recorded already</source>
        <translation>可能已经登记</translation>
    </message>
    <message>
        <source>Item %1 of %2, &quot;%3&quot;, looks like the same request. Record this one as well?</source>
        <translation>%2 登记的第 %1 号事项“%3”似乎是同一诉求。仍然登记这一件吗？</translation>
    </message>
    <message>
        <source>Reporting perso&amp;n:</source>
        <translation>报告人(&amp;N)：</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未注明）</translation>
    </message>
</context>
<context>
    <name>LedgerReporters</name>
    <message>
        <source>There is no role with number %1.</source>
        <translation>不存在编号为 %1 的任职记录。</translation>
    </message>
    <message>
        <source>%1 does not work in the item&apos;s grid.</source>
        <translation>%1 不在该事项所属网格任职。</translation>
    </message>
    <message>
        <source>%1 had left the role before %2.</source>
        <translation>%1 在 %2 之前已离任。</translation>
    </message>
    <message>
        <source>There is no member with number %1.</source>
        <translation>不存在编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>Organisation %1 is not a party-member household.</source>
        <translation>第 %1 号组织不是党员中心户。</translation>
    </message>
    <message>
        <source>The household is not in the item&apos;s grid.</source>
        <translation>该党员中心户不在事项所属网格。</translation>
    </message>
    <message>
        <source>Party member %1</source>
        <translation>党员 %1</translation>
    </message>
    <message>
        <source>%1 is not a grid&apos;s staff or informant.</source>
        <translation>%1 不是网格员或信息员。</translation>
    </message>
    <message>
        <source>%1 took up the role only after %2.</source>
        <translation>%1 在 %2 之后才任职。</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>Choose the grid (or community) the request comes from.</source>
        <translation>请选择诉求所在的网格（或社区）。</translation>
    </message>
    <message>
        <source>A ledger item belongs to a grid or a community.</source>
        <translation>民情事项须属于某个网格或社区。</translation>
    </message>
    <message>
        <source>The grid is retired; record the item in the one that took its place.</source>
        <translation>该网格已撤销，请登记到接替它的网格。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>The category %1 is no longer in use.</source>
        <translation>分类“%1”已停用。</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>标题为必填项。</translation>
    </message>
    <message>
        <source>The title is longer than 80 characters; put the details in the description.</source>
        <translation>标题超过 80 个字，详细内容请写在详情中。</translation>
    </message>
    <message>
        <source>The date recorded is required.</source>
        <translation>登记日期为必填项。</translation>
    </message>
    <message>
        <source>The date recorded lies in the future.</source>
        <translation>登记日期晚于今天。</translation>
    </message>
    <message>
        <source>The date recorded is not possible.</source>
        <translation>登记日期不合理。</translation>
    </message>
    <message>
        <source>The resident&apos;s phone must be 11 digits or an area code and number.</source>
        <translation>居民电话须为 11 位手机号或带区号的固定电话。</translation>
    </message>
    <message>
        <source>The database refused the item: %1</source>
        <translation>数据库拒绝了该事项：%1</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>There is no ledger item with number %1.</source>
        <translation>不存在编号为 %1 的民情事项。</translation>
    </message>
    <message>
        <source>A follow-up visit needs the resident&apos;s satisfaction.</source>
        <translation>回访须填写居民满意度。</translation>
    </message>
    <message>
        <source>Item %1 is %2; &quot;%3&quot; is not possible now.</source>
        <translation>第 %1 号事项%2，现在不能“%3”。</translation>
    </message>
    <message>
        <source>The date of the step must be given and may not lie in the future.</source>
        <translation>须填写办理日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The date of the step may not be before the item&apos;s last step (%1).</source>
        <translation>办理日期不能早于该事项的上一步骤（%1）。</translation>
    </message>
    <message>
        <source>Give the reason for suspending the item.</source>
        <translation>请填写挂起原因。</translation>
    </message>
    <message>
        <source>Give the result of the item.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>The database refused the step: %1</source>
        <translation>数据库拒绝了该步骤：%1</translation>
    </message>
    <message>
        <source>Completed ledger item %1: %2</source>
        <translation>办结民情事项 %1：%2</translation>
    </message>
    <message>
        <source>The category needs a name.</source>
        <translation>分类须有名称。</translation>
    </message>
    <message>
        <source>Time limits are from 1 to 250 working days.</source>
        <translation>办理时限为 1 到 250 个工作日。</translation>
    </message>
    <message>
        <source>Points are from 0 to 1000.</source>
        <translation>积分为 0 到 1000。</translation>
    </message>
    <message>
        <source>There is already a category named %1.</source>
        <translation>已有名为“%1”的分类。</translation>
    </message>
    <message>
        <source>The due date cannot be worked out from the date recorded and the category&apos;s time limit.</source>
        <translation>无法根据登记日期和类别的办理时限算出截止日期。</translation>
    </message>
    <message numerus="yes">
        <source>The due date cannot be moved by the %Ln working day(s) lost.</source>
        <translation>
            <numerusform>截止日期无法顺延所耽误的 %Ln 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Not done, nobody leaves: %1 has not reported done yet.</source>
        <translation>事不完、人不撤：%1 尚未报告办结。</translation>
    </message>
    <message>
        <source>The departments summoned are still at work on the item: %1.</source>
        <translation>吹哨报到的部门仍在办理该事项：%1。</translation>
    </message>
    <message>
        <source>The item&apos;s category cannot be read.</source>
        <translation>无法读取该事项的类别。</translation>
    </message>
</context>
<context>
    <name>LedgerStepDialog</name>
    <message>
        <source>Choose a member…</source>
        <translation>选择党员…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>派给(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 区城管局</source>
        <translation>如：区城管局</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>报到部门(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Whistle:</source>
        <translation>哨令(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Resident is:</source>
        <translation>居民评价(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>办理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Dispatch to a member</source>
        <translation>派单给党员</translation>
    </message>
    <message>
        <source>Give the date of the step.</source>
        <translation>请填写办理日期。</translation>
    </message>
    <message>
        <source>The date may not lie in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Say to whom the item goes.</source>
        <translation>请写明派给谁。</translation>
    </message>
    <message>
        <source>Give the result.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写事由。</translation>
    </message>
    <message>
        <source>a volunteer, or choose a member or a unit</source>
        <translation>志愿者，或选择党员、单位</translation>
    </message>
    <message>
        <source>(not a unit of the register)</source>
        <translation>（不是名录中的单位）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>办理时限(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>事项(&amp;M)：</translation>
    </message>
    <message>
        <source>Summons:</source>
        <translation>报到部门：</translation>
    </message>
    <message>
        <source>e.g. 街道党工委书记 张伟</source>
        <translation>如：街道党工委书记 张伟</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>销号领导(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 — to report done within %Ln working day(s)</source>
        <translation>
            <numerusform>%1 —— %Ln 个工作日内办结</numerusform>
        </translation>
    </message>
    <message>
        <source>The time limit is not a date.</source>
        <translation>办理时限不是有效日期。</translation>
    </message>
    <message>
        <source>The time limit lies before the day of the dispatch.</source>
        <translation>办理时限早于派单日期。</translation>
    </message>
    <message>
        <source>There is nothing to choose from.</source>
        <translation>没有可选的项目。</translation>
    </message>
    <message>
        <source>Name the leader who signs off.</source>
        <translation>请写明销号的领导。</translation>
    </message>
</context>
<context>
    <name>LedgerSummons</name>
    <message>
        <source>Every summoned department has reported in.</source>
        <translation>吹哨的部门都已报到。</translation>
    </message>
    <message>
        <source>No department that has reported in is still at work on the item.</source>
        <translation>已报到的部门都已办结。</translation>
    </message>
    <message>
        <source>Say which department: %1.</source>
        <translation>请写明是哪个部门：%1。</translation>
    </message>
    <message>
        <source>%1 is not a summoned department still to report in (%2).</source>
        <translation>%1 不是尚待报到的部门（尚待报到：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a department at work on the item (%2).</source>
        <translation>%1 不是正在办理该事项的部门（正在办理：%2）。</translation>
    </message>
    <message>
        <source>The departments summoned to the item cannot be read: %1</source>
        <translation>无法读取该事项的报到部门：%1</translation>
    </message>
    <message>
        <source>The departments&apos; time limit lies beyond the years the calendar keeps.</source>
        <translation>部门办结时限超出了日历所含的年份。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>还剩 %Ln 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>已超期 %Ln 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
</context>
<context>
    <name>ListCategoriesDialog</name>
    <message>
        <source>Categories of needs and resources</source>
        <translation>需求与资源分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Needs and resources are matched by these categories. A category no longer used is unticked (retired), not deleted: the needs and resources that have it keep it.</source>
        <translation>需求和资源按这些分类对接。不再使用的分类请取消勾选（停用），不会删除：已使用该分类的需求和资源保持不变。</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>新增分类(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暂无需要关注的事项。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
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
        <source>&lt;h3&gt;ZongHeng %1&lt;/h3&gt;&lt;p&gt;The party-building work of a sub-district office in one place: the organisation tree (一纵), co-building with resident units (一横), the lists that drive the work (一清单) and the people&apos;s ledger.&lt;/p&gt;</source>
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
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party members (Ctrl+3)</source>
        <translation>党员（Ctrl+3）</translation>
    </message>
    <message>
        <source>The changes to the member are not saved yet. Save them?</source>
        <translation>党员信息的修改尚未保存。是否保存？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>超期 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>民情账本</translation>
    </message>
    <message>
        <source>People&apos;s ledger (Ctrl+4)</source>
        <translation>民情账本（Ctrl+4）</translation>
    </message>
    <message>
        <source>&amp;Holiday calendar…</source>
        <translation>节假日日历(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Categories and time limits…</source>
        <translation>分类与办理时限(&amp;C)…</translation>
    </message>
    <message>
        <source>Co-building</source>
        <translation>共建</translation>
    </message>
    <message>
        <source>Co-building, lists, meetings and tasks (Ctrl+5)</source>
        <translation>共建、清单、联席会议与任务（Ctrl+5）</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月报(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export quarterly package…</source>
        <translation>导出季度数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import quarterly packages</source>
        <translation>导入季度数据包</translation>
    </message>
    <message>
        <source>Quarterly packages (*.zhq)</source>
        <translation>季度数据包 (*.zhq)</translation>
    </message>
    <message>
        <source>Categories of &amp;needs and resources…</source>
        <translation>需求与资源分类(&amp;N)…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>报送密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>ZongHeng</source>
        <translation>纵横</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>Ledger items of %1 past their due date today; click to see them</source>
        <translation>%1截至今天已超过办理期限的民情事项；点击查看</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1（服务器 %2）</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Whistle matters and departments…</source>
        <translation>吹哨报到事项与部门(&amp;W)…</translation>
    </message>
    <message>
        <source>Places and guarantees</source>
        <translation>阵地与保障</translation>
    </message>
    <message>
        <source>Venues, the space standard, work funds and inspections (Ctrl+6)</source>
        <translation>阵地、场地达标、工作经费与巡查（Ctrl+6）</translation>
    </message>
    <message>
        <source>Year-end &amp;review…</source>
        <translation>述职评议(&amp;R)…</translation>
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
    <message>
        <source>running count %1 is missing</source>
        <translation>缺少计数 %1</translation>
    </message>
    <message>
        <source>%1 is a database in use (a %2 file lies beside it); choose another name.</source>
        <translation>%1 是一个正在使用的数据库（旁边有 %2 文件），请另选文件名。</translation>
    </message>
    <message>
        <source>the references could not be checked: %1</source>
        <translation>无法检查引用关系：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) refer to missing rows</source>
        <translation>
            <numerusform>另有 %Ln 行引用了不存在的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar holds %1, outside the years %2–%3; it is left out of every due date</source>
        <translation>日历中有 %1，不在 %2–%3 年之间；计算截止日期时不予采用</translation>
    </message>
    <message>
        <source>the lineages could not be checked: %1</source>
        <translation>无法检查组织层级路径：%1</translation>
    </message>
    <message>
        <source>the calendar could not be checked: %1</source>
        <translation>无法检查工作日历：%1</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Match resources to need %1</source>
        <translation>为第 %1 号需求对接资源</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>同类别</translation>
    </message>
    <message>
        <source>same community</source>
        <translation>同社区</translation>
    </message>
    <message>
        <source>same sub-district</source>
        <translation>同街道</translation>
    </message>
    <message>
        <source>available now</source>
        <translation>现可用</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起可用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <source>Matched &amp;on:</source>
        <translation>对接日期(&amp;O)：</translation>
    </message>
    <message>
        <source>No resource is available to match; units can offer resources on the Resources tab.</source>
        <translation>没有可对接的资源；共建单位可在“资源清单”中登记资源。</translation>
    </message>
    <message>
        <source>Choose a resource.</source>
        <translation>请选择一项资源。</translation>
    </message>
    <message>
        <source>Give the date of the match.</source>
        <translation>请填写对接日期。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>e.g. secretary, committee members, part-time members from units: 15 people</source>
        <translation>如：书记、委员、驻区单位兼职委员等 15 人</translation>
    </message>
    <message>
        <source>One resolution per line; each can become a task</source>
        <translation>每行一项议定事项，可转为任务</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>召开组织(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>召开日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参会人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Units attending:</source>
        <translation>参会单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Resolutions:</source>
        <translation>议定事项(&amp;R)：</translation>
    </message>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation>请填写会议召开日期。</translation>
    </message>
    <message>
        <source>Give the topics the meeting discussed.</source>
        <translation>请填写会议议题。</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose the organisation that held the meeting.</source>
        <translation>请选择召开会议的组织。</translation>
    </message>
</context>
<context>
    <name>MeetingDueModel</name>
    <message>
        <source>never</source>
        <translation>从未召开</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Last held</source>
        <translation>上次召开</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>最迟召开日期</translation>
    </message>
</context>
<context>
    <name>MeetingKinds</name>
    <message>
        <source>A %1 is held by: %2; choose one.</source>
        <translation>%1由以下组织召开：%2；请选择其一。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MeetingRhythm</name>
    <message>
        <source>On rhythm</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应召开</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>%1 is retired; it holds no meetings.</source>
        <translation>%1 已撤销，不能再召开会议。</translation>
    </message>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation>请填写会议召开日期。</translation>
    </message>
    <message>
        <source>A meeting is recorded once it has been held; %1 is in the future.</source>
        <translation>会议召开后才能记录；%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Give the topics the meeting discussed.</source>
        <translation>请填写会议议题。</translation>
    </message>
    <message>
        <source>The database refused the meeting: %1</source>
        <translation>数据库拒绝保存该会议：%1</translation>
    </message>
    <message>
        <source>Unit %1 cannot be listed as attending: %2</source>
        <translation>单位 %1 无法列为参会单位：%2</translation>
    </message>
    <message>
        <source>A task needs an owner: choose the organisation responsible for it.</source>
        <translation>任务必须有责任组织：请选择负责的组织。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>不存在编号为 %1 的组织。</translation>
    </message>
    <message>
        <source>%1 is retired; it takes no new tasks.</source>
        <translation>%1 已撤销，不能再承担新任务。</translation>
    </message>
    <message>
        <source>Say what the task is.</source>
        <translation>请填写任务内容。</translation>
    </message>
    <message>
        <source>Give the date the task was set and its due date.</source>
        <translation>请填写下达日期和完成时限。</translation>
    </message>
    <message>
        <source>The due date %1 is before the task was set (%2).</source>
        <translation>完成时限 %1 早于下达日期（%2）。</translation>
    </message>
    <message>
        <source>There is no meeting with number %1.</source>
        <translation>没有第 %1 号会议。</translation>
    </message>
    <message>
        <source>A task from a meeting is set on or after the meeting (%1).</source>
        <translation>来自会议的任务应在会议当天或之后下达（%1）。</translation>
    </message>
    <message>
        <source>The database refused the task: %1</source>
        <translation>数据库拒绝保存该任务：%1</translation>
    </message>
    <message>
        <source>There is no task with number %1.</source>
        <translation>没有第 %1 号任务。</translation>
    </message>
    <message>
        <source>The task is already %1.</source>
        <translation>该任务已%1。</translation>
    </message>
    <message>
        <source>The date cannot be before the task was set (%1).</source>
        <translation>日期不能早于任务下达日期（%1）。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>The meetings cannot be read.</source>
        <translation>无法读取会议。</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Flowing</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>In-service, reporting to the community</source>
        <translation>在职党员（到社区报到）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>--member needs the member&apos;s number.</source>
        <translation>--member 需要党员编号。</translation>
    </message>
    <message>
        <source>There is no member with number %1.</source>
        <translation>不存在编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>--points needs a whole number above zero.</source>
        <translation>--points 须为大于零的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported; %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1：未导入任何党员；发现 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 名党员。</numerusform>
        </translation>
    </message>
    <message>
        <source>The member&apos;s number.</source>
        <translation>党员编号。</translation>
    </message>
    <message>
        <source>How many points.</source>
        <translation>积分数。</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>List members (active ones unless --all).</source>
        <translation>列出党员（不加 --all 时只列正常党员）。</translation>
    </message>
    <message>
        <source>Only this organisation and everything below it.</source>
        <translation>只含该组织及其全部下级。</translation>
    </message>
    <message>
        <source>At most N members (default 100).</source>
        <translation>最多 N 名（默认 100）。</translation>
    </message>
    <message>
        <source>Include members transferred out or deceased.</source>
        <translation>包括已转出或已去世的党员。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Print a member&apos;s service points balance.</source>
        <translation>输出党员服务积分余额。</translation>
    </message>
    <message>
        <source>Credit a member with service points; prints the new balance.</source>
        <translation>为党员记服务积分，输出新余额。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>Redeem service points for an item; refused above the balance.</source>
        <translation>用服务积分兑换物品；超过余额则拒绝。</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>兑换物品。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found; nothing would be imported.</source>
        <translation>
            <numerusform>%1：发现 %Ln 个问题；不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s) can be imported; nothing was written (--check).</source>
        <translation>
            <numerusform>%1：可导入 %Ln 名党员；未写入任何内容（--check）。</numerusform>
        </translation>
    </message>
    <message>
        <source>members template needs --out FILE.xlsx.</source>
        <translation>members template 需要 --out 文件.xlsx。</translation>
    </message>
    <message>
        <source>The workbook to fill is %1.</source>
        <translation>待填写的工作簿为 %1。</translation>
    </message>
    <message>
        <source>Import members from an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK), all or nothing.</source>
        <translation>从 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK）导入党员，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Only check the file and name every problem; write nothing.</source>
        <translation>只检查文件并列出每个问题，不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the workbook to fill for members import (the headings, choice lists, the organisations).</source>
        <translation>生成用于导入党员的待填工作簿（列名、下拉选项、组织清单）。</translation>
    </message>
    <message>
        <source>The workbook to write.</source>
        <translation>要写入的工作簿。</translation>
    </message>
    <message>
        <source>--category is registered, flowing or in_service.</source>
        <translation>--category 为 registered（在册）、flowing（流动）或 in_service（在职）。</translation>
    </message>
    <message>
        <source>--quarter is written YYYYQn, such as 2026Q3.</source>
        <translation>--quarter 的写法为 YYYYQn，如 2026Q3。</translation>
    </message>
    <message>
        <source>members cards needs --out DIR (the PDFs) or --json (the figures).</source>
        <translation>members cards 需要 --out 文件夹（写 PDF）或 --json（输出数字）。</translation>
    </message>
    <message>
        <source>Member %1 is not an in-service member who had reported to a community (within --org, of --employer) in %2.</source>
        <translation>党员 %1 不是 %2 已到社区报到的在职党员（在 --org 范围内、属于 --employer 单位）。</translation>
    </message>
    <message>
        <source>No in-service member had reported to a community in %1.</source>
        <translation>%1 没有已到社区报到的在职党员。</translation>
    </message>
    <message>
        <source>No in-service member of &quot;%1&quot; had reported to a community in %2.</source>
        <translation>%2 “%1”没有已到社区报到的在职党员。</translation>
    </message>
    <message>
        <source>The cards need the graphical libraries (fonts); run zongheng-cli normally.</source>
        <translation>反馈卡需要图形库（字体）；请正常运行 zongheng-cli。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written.</source>
        <translation>
            <numerusform>已写入 %Ln 张反馈卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only members of this category: registered, flowing, in_service.</source>
        <translation>只列此类别的党员：registered（在册）、flowing（流动）、in_service（在职）。</translation>
    </message>
    <message>
        <source>Write the quarterly feedback cards of in-service members to their employers&apos; party organisations (双联双管): a PDF per employer, or per member.</source>
        <translation>写出在职党员给其工作单位党组织的季度反馈卡（双联双管）：每个工作单位或每名党员一个 PDF。</translation>
    </message>
    <message>
        <source>The quarter.</source>
        <translation>季度。</translation>
    </message>
    <message>
        <source>Only the members of this employer.</source>
        <translation>只含此工作单位的党员。</translation>
    </message>
    <message>
        <source>Only members reporting to this organisation or one below it.</source>
        <translation>只含向此组织或其下级报到的党员。</translation>
    </message>
    <message>
        <source>A file per member instead of one per employer.</source>
        <translation>每名党员一个文件，而不是每个工作单位一个。</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to (made if missing).</source>
        <translation>写入 PDF 的文件夹（不存在则创建）。</translation>
    </message>
    <message>
        <source>Print the cards&apos; figures (and the files written) as JSON.</source>
        <translation>以 JSON 输出各卡的数字（及写入的文件）。</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In-service</source>
        <translation>在职报到</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>under 35</source>
        <translation>35岁以下</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49岁</translation>
    </message>
    <message>
        <source>50–64</source>
        <translation>50–64岁</translation>
    </message>
    <message>
        <source>65–79</source>
        <translation>65–79岁</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80岁及以上</translation>
    </message>
    <message>
        <source>Joined in:</source>
        <translation>入党年份：</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Probationary only</source>
        <translation>仅预备党员</translation>
    </message>
    <message>
        <source>Name, phone or ID number</source>
        <translation>姓名、电话或身份证号</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Ethni&amp;city:</source>
        <translation>民族(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;ducation:</source>
        <translation>学历(&amp;D)：</translation>
    </message>
    <message>
        <source>Br&amp;anch:</source>
        <translation>所在支部(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Joined the party:</source>
        <translation>入党日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Fu&amp;ll member since:</source>
        <translation>转正日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>党员类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>No&amp;w in:</source>
        <translation>现所在地(&amp;W)：</translation>
    </message>
    <message>
        <source>Away &amp;since:</source>
        <translation>外出日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>工作单位(&amp;M)：</translation>
    </message>
    <message>
        <source>Report&amp;s to:</source>
        <translation>报到社区(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Service ho&amp;urs:</source>
        <translation>服务时长(&amp;U)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and gender</source>
        <translation>18 位；自动填入出生日期和性别</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>empty while probationary</source>
        <translation>预备期内留空</translation>
    </message>
    <message>
        <source>hours this year</source>
        <translation>本年度小时数</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Probationary member: probation ended on %1 without full membership.</source>
        <translation>预备党员：预备期已于 %1 届满，尚未转正。</translation>
    </message>
    <message>
        <source>Probationary member until %1.</source>
        <translation>预备党员，预备期至 %1。</translation>
    </message>
    <message>
        <source>The member&apos;s branch</source>
        <translation>党员所在支部</translation>
    </message>
    <message>
        <source>A retired organisation cannot take members.</source>
        <translation>已撤销的组织不能接收党员。</translation>
    </message>
    <message>
        <source>Members cannot belong to a %1; choose a branch.</source>
        <translation>党员不能隶属于%1，请选择党支部。</translation>
    </message>
    <message>
        <source>The community reported to</source>
        <translation>报到社区</translation>
    </message>
    <message>
        <source>In-service members report to a community.</source>
        <translation>在职党员须到社区报到。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 1975-03-08).</source>
        <translation>“%1”不是有效日期（请写作 1975-03-08）。</translation>
    </message>
    <message>
        <source>Service hours must be a number.</source>
        <translation>服务时长须为数字。</translation>
    </message>
    <message>
        <source>%1 · heads %2</source>
        <translation>%1 · 户主：%2</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行须为列名。</translation>
    </message>
    <message>
        <source>The file holds no members below its header.</source>
        <translation>文件在列名之下没有党员。</translation>
    </message>
    <message>
        <source>it has %1 fields, but the header has %2.</source>
        <translation>该行有 %1 个字段，而列名行有 %2 个。</translation>
    </message>
    <message>
        <source>the organisation is missing.</source>
        <translation>缺少所在组织。</translation>
    </message>
    <message>
        <source>the ID number is already that of %1.</source>
        <translation>该身份证号已属于%1。</translation>
    </message>
    <message>
        <source>%1 is already in the database.</source>
        <translation>%1已在数据库中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 1975-03-08, 1975/3/8 or 1975年3月8日).</source>
        <translation>“%1”不是日期（请写作 1975-03-08、1975/3/8 或 1975年3月8日）。</translation>
    </message>
    <message>
        <source>must be 男 or 女, not &quot;%1&quot;.</source>
        <translation>须为“男”或“女”，不能是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>“%1”不是小时数。</translation>
    </message>
    <message>
        <source>must be 在册, 流动 or 在职 (registered, flowing, in_service), not &quot;%1&quot;.</source>
        <translation>须为“在册”“流动”或“在职”，不能是“%1”。</translation>
    </message>
    <message>
        <source>the ID number repeats %1.</source>
        <translation>公民身份号码与%1重复。</translation>
    </message>
    <message>
        <source>%1, born %2, repeats %3.</source>
        <translation>%1（%2 出生）与%3重复。</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>&amp;Save the list of problems…</source>
        <translation>保存问题清单(&amp;S)…</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入党员</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 名党员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx, its first sheet) or a CSV file (UTF-8 or GBK), one member per row below the headings: 姓名, 性别, 出生日期, 入党日期, 手机号码, 所在组织, 党员类别 and, if you keep them, 公民身份号码, 民族, 学历, 转正日期, …. Nothing is saved until every row is right and you choose Import; the template has the headings and choice lists.</source>
        <translation>Excel 或 WPS 工作簿（.xlsx，读取第一个工作表）或 CSV 文件（UTF-8 或 GBK），列名之下每行一名党员：姓名、性别、出生日期、入党日期、手机号码、所在组织、党员类别，以及（如有）公民身份号码、民族、学历、转正日期等。每一行都无误并点“导入”后才会保存；模板中已有列名和下拉选项。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Member lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>党员名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>members-template.xlsx</source>
        <translation>党员导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template is %1: fill its first sheet, save it, and choose it here.</source>
        <translation>模板已保存为 %1：填写其第一个工作表并保存，再在此处选择它。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln member(s)…</source>
        <translation>
            <numerusform>正在保存 %Ln 名党员…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>a CSV file in %1</source>
        <translation>%1 编码的 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln member(s), every row right. The first rows as they will be saved are below; choose Import to save them all.</source>
        <translation>
            <numerusform>%1（%2）：%Ln 名党员，每一行都无误。下面是将要保存的前几行；点“导入”全部保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln member(s)</source>
        <translation>
            <numerusform>导入 %Ln 名党员(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln problem(s) in %3 row(s); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%1（%2）：%3 行中有 %Ln 个问题；改正之前不能导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %Ln problem(s).</source>
        <translation>
            <numerusform>%1 无法导入：%Ln 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>%1 (born %2, %3)</source>
        <translation>%1（%2 出生，%3）</translation>
    </message>
    <message>
        <source>a member no longer in the database</source>
        <translation>一名已不在数据库中的党员</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 无法保存：%2</translation>
    </message>
    <message>
        <source>There is no member with number %1.</source>
        <translation>不存在编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>This member has history (service points, roles or a household) and cannot be deleted; record a transfer instead.</source>
        <translation>该党员已有历史记录（服务积分、任职或党员中心户），不能删除；请改为登记组织关系转出。</translation>
    </message>
    <message>
        <source>Only a party-member central household can be linked to a member.</source>
        <translation>只有党员中心户可以关联党员。</translation>
    </message>
    <message>
        <source>The branch is retired; it takes no new members.</source>
        <translation>该支部已撤销，不再接收新党员。</translation>
    </message>
    <message>
        <source>The community is retired; members no longer report there.</source>
        <translation>该社区已撤销，党员不能再到此报到。</translation>
    </message>
    <message>
        <source>This ID number is already that of %1.</source>
        <translation>该身份证号已属于%1。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Probation ended on %1 without full membership</source>
        <translation>预备期已于 %1 届满，尚未转正</translation>
    </message>
    <message>
        <source>probationary, overdue</source>
        <translation>预备期满未转正</translation>
    </message>
    <message>
        <source>probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MemberTemplate</name>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>One member per row of the first sheet, below its headings; leave the headings as they are.</source>
        <translation>在第一个工作表的列名之下每行填写一名党员；列名请保持不变。</translation>
    </message>
    <message>
        <source>Coloured headings must be filled in every row; the grey ones may stay empty.</source>
        <translation>彩色列名的列每行必填；灰色列名的列可以不填。</translation>
    </message>
    <message>
        <source>Dates as 1975-03-08, 1975/3/8 or 1975年3月8日, or as Excel&apos;s dates.</source>
        <translation>日期写作 1975-03-08、1975/3/8 或 1975年3月8日，也可以是 Excel 的日期格式。</translation>
    </message>
    <message>
        <source>Gender 男 or 女; category 在册, 流动 or 在职 (chosen from the list of the cell).</source>
        <translation>性别填“男”或“女”；党员类别填“在册”“流动”或“在职”（可从单元格的下拉列表中选择）。</translation>
    </message>
    <message>
        <source>The organisation as the sheet of organisations writes it, or its name when no other organisation has it.</source>
        <translation>所在组织按“组织”工作表中的写法填写；名称不与其他组织重复时，也可只写名称。</translation>
    </message>
    <message>
        <source>Import it on the Members page with Import…: the first rows and every problem are shown before anything is saved; one bad row saves nothing.</source>
        <translation>在“党员”页点“导入…”导入：保存之前会先显示前几行和每一个问题；有一行出错就不保存任何内容。</translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>姓名超过 %1 个字。</translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation>请选择党员所在支部。</translation>
    </message>
    <message>
        <source>Members cannot belong to a %1; choose a branch.</source>
        <translation>党员不能隶属于%1，请选择党支部。</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>出生日期为必填项。</translation>
    </message>
    <message>
        <source>The birth date is not possible.</source>
        <translation>出生日期不合理。</translation>
    </message>
    <message>
        <source>The ID number is not valid (18 characters with a correct check character).</source>
        <translation>身份证号无效（应为 18 位且校验码正确）。</translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, not %2.</source>
        <translation>身份证号中的出生日期为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The ID number belongs to a %1, but the gender says %2.</source>
        <translation>身份证号显示性别为%1，但填写的性别为%2。</translation>
    </message>
    <message>
        <source>The date of joining the party is required.</source>
        <translation>入党日期为必填项。</translation>
    </message>
    <message>
        <source>The date of joining lies in the future.</source>
        <translation>入党日期晚于今天。</translation>
    </message>
    <message>
        <source>The date of joining is before the member&apos;s 18th birthday.</source>
        <translation>入党日期早于年满 18 周岁之日。</translation>
    </message>
    <message>
        <source>Full membership comes at the earliest one year after joining (%1).</source>
        <translation>转正最早在入党一年后（%1）。</translation>
    </message>
    <message>
        <source>The date of full membership lies in the future.</source>
        <translation>转正日期晚于今天。</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits (13912345678).</source>
        <translation>电话须为 11 位手机号（如 13912345678）。</translation>
    </message>
    <message>
        <source>A flowing member needs the place where they are now.</source>
        <translation>流动党员须填写现所在地。</translation>
    </message>
    <message>
        <source>The date the member left lies in the future.</source>
        <translation>外出日期晚于今天。</translation>
    </message>
    <message>
        <source>An in-service member needs the employer.</source>
        <translation>在职党员须填写工作单位。</translation>
    </message>
    <message>
        <source>An in-service member needs the community reported to.</source>
        <translation>在职党员须填写报到社区。</translation>
    </message>
    <message>
        <source>In-service members report to a community.</source>
        <translation>在职党员须到社区报到。</translation>
    </message>
    <message>
        <source>The date of reporting lies in the future.</source>
        <translation>报到日期晚于今天。</translation>
    </message>
    <message>
        <source>Service hours cannot be negative.</source>
        <translation>服务时长不能为负数。</translation>
    </message>
    <message>
        <source>Give the date of the transfer or death.</source>
        <translation>请填写转出或去世的日期。</translation>
    </message>
    <message>
        <source>The date of the transfer or death is not possible.</source>
        <translation>转出或去世的日期不合理。</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;New member</source>
        <translation>新增党员(&amp;N)</translation>
    </message>
    <message>
        <source>Enter a new member (Insert)</source>
        <translation>录入新党员（Insert）</translation>
    </message>
    <message>
        <source>&amp;Transferred out…</source>
        <translation>转出(&amp;T)…</translation>
    </message>
    <message>
        <source>Dec&amp;eased…</source>
        <translation>去世(&amp;E)…</translation>
    </message>
    <message>
        <source>Acti&amp;ve again</source>
        <translation>恢复正常(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a member entered by mistake (only without history)</source>
        <translation>删除误录入的党员（仅限没有历史记录的）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Points &amp;ranking…</source>
        <translation>积分排行(&amp;R)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the member (Ctrl+S)</source>
        <translation>保存党员信息（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Service points</source>
        <translation>党员服务积分</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party members — %1</source>
        <translation>党员 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>共 %Ln 名党员</numerusform>
        </translation>
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
        <source>the new member</source>
        <translation>新党员</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>可能是同一人</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>党员去世</translation>
    </message>
    <message>
        <source>%1 was transferred out on:</source>
        <translation>%1 组织关系转出日期：</translation>
    </message>
    <message>
        <source>%1 died on:</source>
        <translation>%1 去世日期：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>%1 has history (service points, roles or a household) and is never deleted; record a transfer instead.</source>
        <translation>%1 已有历史记录（服务积分、任职或党员中心户），不能删除；请改为登记组织关系转出。</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Delete %1 for good? Use this only for an entry made by mistake.</source>
        <translation>确定永久删除 %1 吗？此操作仅用于误录入的条目。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 is already recorded. Save this member as well?</source>
        <translation>%1已有记录。仍要保存这名党员吗？</translation>
    </message>
    <message>
        <source>Import members from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件导入党员</translation>
    </message>
    <message>
        <source>The in-service members&apos; quarterly cards for their employers (双联双管)</source>
        <translation>在职党员给工作单位的季度反馈卡（双联双管）</translation>
    </message>
    <message>
        <source>Feedbac&amp;k cards…</source>
        <translation>反馈卡(&amp;K)…</translation>
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
    <name>MonthlyReport</name>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the organisation the report is for.</source>
        <translation>请选择月报所属的组织。</translation>
    </message>
    <message>
        <source>Monthly report %1 %2</source>
        <translation>%1 %2 月报</translation>
    </message>
    <message>
        <source>Monthly report — preview</source>
        <translation>月报 — 打印预览</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Monthly report %1 %2.pdf</source>
        <translation>%1 %2 月报.pdf</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the month&apos;s figures…</source>
        <translation>正在汇总本月数据…</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <source>Gathering the month&apos;s figures</source>
        <translation>汇总本月数据</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Setting the pages</source>
        <translation>排版页面</translation>
    </message>
    <message>
        <source>Official document (GB/T 9704)</source>
        <translation>公文版式（GB/T 9704）</translation>
    </message>
    <message>
        <source>Plain A4</source>
        <translation>简明版式（A4）</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDocument</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Party-building monthly report</source>
        <translation>党建工作月报</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>制表日期</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>1. Organisations and members</source>
        <translation>一、组织与党员</translation>
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
        <source>Building party groups</source>
        <translation>楼栋党小组</translation>
    </message>
    <message>
        <source>Party-member central households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Functional and temporary branches</source>
        <translation>功能性、临时党支部</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Joined the party this month</source>
        <translation>本月新入党</translation>
    </message>
    <message>
        <source>2. The people&apos;s ledger</source>
        <translation>二、民情账本</translation>
    </message>
    <message>
        <source>Items recorded</source>
        <translation>登记件数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>What residents asked about most</source>
        <translation>群众反映最多的问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>3. Co-building</source>
        <translation>三、共驻共建</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>有效共建协议</translation>
    </message>
    <message>
        <source>Joint activities held</source>
        <translation>开展联建活动</translation>
    </message>
    <message>
        <source>Needs posted</source>
        <translation>发布需求</translation>
    </message>
    <message>
        <source>Needs matched</source>
        <translation>对接需求</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>项目（%1）</translation>
    </message>
    <message>
        <source>Joint meetings held</source>
        <translation>召开联席会议</translation>
    </message>
    <message>
        <source>Tasks set</source>
        <translation>下达任务</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Prepared by: ____________</source>
        <translation>制表人：____________</translation>
    </message>
    <message>
        <source>Checked by: ____________</source>
        <translation>审核人：____________</translation>
    </message>
    <message>
        <source>Date: ______ / ____ / ____</source>
        <translation>日期：______年____月____日</translation>
    </message>
    <message>
        <source>Party-building monthly report — %1</source>
        <translation>党建工作月报 — %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Overdue on %1, of all items in hand</source>
        <translation>截至%1超期（全部在办事项）</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>截至%1超期</translation>
    </message>
    <message>
        <source>Tasks overdue on %1, of all open tasks</source>
        <translation>截至%1逾期任务（全部未完成任务）</translation>
    </message>
    <message>
        <source>4. The guarantee list</source>
        <translation>四、保障清单</translation>
    </message>
    <message>
        <source>Communities below the space standard (30 m² per 100 households)</source>
        <translation>服务设施面积未达标社区（每百户30平方米）</translation>
    </message>
    <message>
        <source>Service facilities short, in all (m²)</source>
        <translation>服务设施面积缺口合计（m²）</translation>
    </message>
    <message>
        <source>Venues open</source>
        <translation>开放阵地</translation>
    </message>
    <message>
        <source>Work funds allotted in %1 (yuan)</source>
        <translation>%1年下拨工作经费（元）</translation>
    </message>
    <message>
        <source>Work funds spent (yuan)</source>
        <translation>已支出工作经费（元）</translation>
    </message>
    <message>
        <source>Share of the funds spent</source>
        <translation>经费使用率</translation>
    </message>
    <message>
        <source>Inspections in %1</source>
        <translation>%1年巡查次数</translation>
    </message>
    <message>
        <source>Follow-up tasks of inspections open</source>
        <translation>未完成的巡查整改任务</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Required (m²)</source>
        <translation>应达（m²）</translation>
    </message>
    <message>
        <source>Facilities (m²)</source>
        <translation>现有（m²）</translation>
    </message>
    <message>
        <source>Short (m²)</source>
        <translation>缺口（m²）</translation>
    </message>
    <message>
        <source>Where the items came from</source>
        <translation>事项来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Part-time committee members from units</source>
        <translation>单位兼职委员</translation>
    </message>
    <message>
        <source>With a party organisation: %1</source>
        <translation>已建党组织的%1</translation>
    </message>
    <message>
        <source>Of them escalated with the %1</source>
        <translation>其中上报吹响%1</translation>
    </message>
    <message>
        <source>Activities held: %1</source>
        <translation>开展活动：%1</translation>
    </message>
    <message>
        <source>Participants in activities of every kind</source>
        <translation>各类活动参与人次</translation>
    </message>
    <message>
        <source>5. Meetings and tasks</source>
        <translation>五、会议与任务</translation>
    </message>
    <message>
        <source>Deliberation councils held</source>
        <translation>召开议事会</translation>
    </message>
</context>
<context>
    <name>MoveOrgDialog</name>
    <message>
        <source>Move %1 to…</source>
        <translation>将%1移动到…</translation>
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
    <name>NeedDialog</name>
    <message>
        <source>Post a need</source>
        <translation>发布需求</translation>
    </message>
    <message>
        <source>What is needed, in a few words</source>
        <translation>简要写明需求</translation>
    </message>
    <message>
        <source>Posted &amp;by:</source>
        <translation>发布单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>需求(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Posted on:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the community or grid that posts the need.</source>
        <translation>请选择发布需求的社区或网格。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>Say in a few words what is needed.</source>
        <translation>请简要写明需求。</translation>
    </message>
    <message>
        <source>Give the date the need was posted, such as 2026-11-23.</source>
        <translation>请填写发布日期，如 2026-11-23。</translation>
    </message>
</context>
<context>
    <name>NeedService</name>
    <message>
        <source>Choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>The category is no longer in use; choose another.</source>
        <translation>该类别已停用，请另选。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>A need is posted by a community or a grid; choose one.</source>
        <translation>需求由社区或网格发布，请选择其一。</translation>
    </message>
    <message>
        <source>%1 is retired; it posts no new needs.</source>
        <translation>%1 已撤销，不能再发布需求。</translation>
    </message>
    <message>
        <source>Say in a few words what is needed.</source>
        <translation>请简要写明需求。</translation>
    </message>
    <message>
        <source>Give the date the need was posted.</source>
        <translation>请填写需求发布日期。</translation>
    </message>
    <message>
        <source>The posting date %1 is in the future.</source>
        <translation>发布日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <source>The database refused the need: %1</source>
        <translation>数据库拒绝保存该需求：%1</translation>
    </message>
    <message>
        <source>There is no need with number %1.</source>
        <translation>没有第 %1 号需求。</translation>
    </message>
    <message>
        <source>The date cannot be before the need was posted (%1).</source>
        <translation>日期不能早于需求发布日期（%1）。</translation>
    </message>
    <message>
        <source>The need is already %1.</source>
        <translation>该需求已是“%1”状态。</translation>
    </message>
    <message>
        <source>A need is fulfilled once resources have been matched to it.</source>
        <translation>需求须先对接资源，才能标记为已满足。</translation>
    </message>
    <message>
        <source>Choose the unit that offers the resource.</source>
        <translation>请选择提供资源的单位。</translation>
    </message>
    <message>
        <source>Say in a few words what is offered.</source>
        <translation>请简要写明提供的资源。</translation>
    </message>
    <message>
        <source>Give the date from which the resource is available.</source>
        <translation>请填写资源可用起始日期。</translation>
    </message>
    <message>
        <source>The resource cannot stop being available (%1) before it starts (%2).</source>
        <translation>资源截止日期（%1）不能早于起始日期（%2）。</translation>
    </message>
    <message>
        <source>The database refused the resource: %1</source>
        <translation>数据库拒绝保存该资源：%1</translation>
    </message>
    <message>
        <source>There is no resource with number %1.</source>
        <translation>没有第 %1 号资源。</translation>
    </message>
    <message>
        <source>The resource was withdrawn on %1.</source>
        <translation>该资源已于 %1 撤回。</translation>
    </message>
    <message>
        <source>Give the date the resource is withdrawn.</source>
        <translation>请填写资源撤回日期。</translation>
    </message>
    <message>
        <source>The need is %1; only open or matched needs take resources.</source>
        <translation>该需求状态为“%1”，只有待对接或已对接的需求才能对接资源。</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; was withdrawn on %2; it cannot meet a need.</source>
        <translation>资源“%1”已于 %2 撤回，不能用于对接需求。</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; was available only until %2.</source>
        <translation>资源“%1”仅可用至 %2。</translation>
    </message>
    <message>
        <source>The resource is already matched to this need.</source>
        <translation>该资源已与此需求对接。</translation>
    </message>
    <message>
        <source>The database refused the match: %1</source>
        <translation>数据库拒绝保存该对接：%1</translation>
    </message>
    <message>
        <source>%1 (%2, matched %3)</source>
        <translation>%1（%2，%3 对接）</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>There is already a category named %1.</source>
        <translation>已有名为“%1”的分类。</translation>
    </message>
    <message>
        <source>Row %1: give the category a name.</source>
        <translation>第 %1 行：请填写分类名称。</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office&apos;s signing key cannot be read: %1</source>
        <translation>无法读取本单位的签名密钥：%1</translation>
    </message>
    <message>
        <source>This database has no signing key yet; open it once for writing.</source>
        <translation>此数据库还没有签名密钥；请以可写方式打开一次。</translation>
    </message>
</context>
<context>
    <name>OperatorNameDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Who records the ledger?</source>
        <translation>经办人是谁？</translation>
    </message>
    <message>
        <source>Every step you record in the ledger — accepted, dispatched, closed, visited — is signed with the clerk&apos;s name, so that anyone can later see who did what. Until you give your name, steps are signed &quot;%1&quot;, the computer&apos;s user name. You can change it later in Tools › Settings.</source>
        <translation>您在民情账本中记录的每一个步骤（受理、派单、办结、回访……）都会署上经办人的姓名，便于日后查明由谁办理。在填写姓名之前，步骤以本机用户名“%1”署名。以后可在 工具 › 设置 中修改。</translation>
    </message>
    <message>
        <source>e.g. 王丽</source>
        <translation>例如：王丽</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>经办人(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
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
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>OrgCombo</name>
    <message>
        <source>Type part of a name</source>
        <translation>输入名称的一部分</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>There is no organisation &quot;%1&quot;.</source>
        <translation>不存在组织“%1”。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>未知的组织类型“%1”。</translation>
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
        <source>The organisation&apos;s code.</source>
        <translation>组织编码。</translation>
    </message>
    <message>
        <source>The secretary&apos;s name.</source>
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
        <source>Ho&amp;useholds served:</source>
        <translation>服务户数(&amp;U)：</translation>
    </message>
    <message>
        <source>Estab&amp;lished:</source>
        <translation>成立日期(&amp;L)：</translation>
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
    <message>
        <source>Building committee</source>
        <translation>楼宇党委</translation>
    </message>
    <message>
        <source>Business-district committee</source>
        <translation>商圈党委</translation>
    </message>
    <message>
        <source>Temporary party group</source>
        <translation>临时党小组</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
</context>
<context>
    <name>OrgLookup</name>
    <message>
        <source>the organisation &quot;%1&quot; is retired.</source>
        <translation>组织“%1”已撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations are called &quot;%1&quot;; write its path (%2).</source>
        <translation>
            <numerusform>有 %Ln 个组织名为“%1”；请写出其路径（如 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no organisation &quot;%1&quot; (write the path as `org list` prints it).</source>
        <translation>不存在组织“%1”（路径写法同 `org list` 的输出）。</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Add &amp;below…</source>
        <translation>添加下级(&amp;B)…</translation>
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
    <message>
        <source>&amp;Retire organisation…</source>
        <translation>撤销组织(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <source>Find an organisation by part of its name</source>
        <translation>按名称中的字查找组织</translation>
    </message>
</context>
<context>
    <name>OrgPickerDialog</name>
    <message>
        <source>Choose an organisation.</source>
        <translation>请选择一个组织。</translation>
    </message>
</context>
<context>
    <name>OrgRepository</name>
    <message>
        <source>The organisations&apos; paths could not be read.</source>
        <translation>无法读取组织的路径。</translation>
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
        <source>%1 cannot be deleted: %Ln organisation(s) hang under it. Retire it instead to keep its history.</source>
        <translation>
            <numerusform>%1 不能删除：其下有 %Ln 个组织。如需保留历史，请改用“撤销”。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the top of the tree and cannot be deleted.</source>
        <translation>%1 是最上级组织，不能删除。</translation>
    </message>
    <message>
        <source>It cannot be deleted because records refer to it; retire it instead (%1).</source>
        <translation>有记录关联该组织，不能删除；请改用“撤销”（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %Ln member(s), role(s) or other record(s) belong to it. Retire it instead to keep its history.</source>
        <translation>
            <numerusform>%1 不能删除：有 %Ln 条党员、任职或其他记录属于它。如需保留历史，请改用“撤销”。</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot become a %1: %2</source>
        <translation>不能改为%1：%2</translation>
    </message>
    <message>
        <source>The organisation above %1 cannot be read.</source>
        <translation>无法读取 %1 的上级组织。</translation>
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
        <source>No organisation&apos;s name contains &quot;%1&quot;.</source>
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
        <source>The %Ln organisation(s) below it move with it.</source>
        <translation>
            <numerusform>其下的 %Ln 个组织将一并移动。</numerusform>
        </translation>
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
        <source>The name may not contain &quot;/&quot; (it separates names in paths).</source>
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
    <name>OrgWeights</name>
    <message>
        <source>The weights could not be read.</source>
        <translation>无法读取权重。</translation>
    </message>
    <message>
        <source>Each weight is from 0 to 100.</source>
        <translation>每项权重为 0 至 100。</translation>
    </message>
    <message>
        <source>The weights add up to %1; together they are 100.</source>
        <translation>各项权重合计为 %1；合计须为 100。</translation>
    </message>
    <message>
        <source>The weights are set by a sub-district, or by the district for its sub-districts.</source>
        <translation>权重由街道设定，或由区为所辖街道设定。</translation>
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
    <message>
        <source>Overview — %1</source>
        <translation>概览 — %1</translation>
    </message>
</context>
<context>
    <name>PackageCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <source>this is not a ZongHeng quarterly package (not an SQLite file, or cut short).</source>
        <translation>这不是纵横季度数据包（不是 SQLite 文件，或文件不完整）。</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes).</source>
        <translation>文件不完整（只有 %2 字节中的 %1 字节）。</translation>
    </message>
    <message>
        <source>this SQLite file was not written by ZongHeng.</source>
        <translation>这个 SQLite 文件不是纵横生成的。</translation>
    </message>
    <message>
        <source>package format %1 is not one this program reads (it reads format %2); update ZongHeng.</source>
        <translation>本程序不能读取格式为 %1 的数据包（只能读取格式 %2），请升级纵横。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>the manifest does not describe a quarterly package.</source>
        <translation>清单所述不是季度数据包。</translation>
    </message>
    <message>
        <source>it was written by a newer ZongHeng (schema %1; this one knows up to %2); update ZongHeng.</source>
        <translation>它由较新版本的纵横生成（结构版本 %1，本程序只支持到 %2），请升级纵横。</translation>
    </message>
    <message>
        <source>the manifest is incomplete.</source>
        <translation>清单不完整。</translation>
    </message>
    <message>
        <source>the manifest lists no checksum for %1.</source>
        <translation>清单中没有 %1 的校验值。</translation>
    </message>
    <message>
        <source>the table %1 holds %2 rows, the manifest says %3: the package was changed.</source>
        <translation>数据表 %1 有 %2 行，清单记为 %3 行：数据包已被改动。</translation>
    </message>
    <message>
        <source>the content of %1 does not match its checksum: the package was changed or damaged.</source>
        <translation>%1 的内容与校验值不符：数据包已被改动或损坏。</translation>
    </message>
    <message>
        <source>some rows refer to rows the package does not hold.</source>
        <translation>部分数据引用了数据包中不存在的记录。</translation>
    </message>
    <message>
        <source>the organisations do not form one tree.</source>
        <translation>组织数据没有构成一棵完整的树。</translation>
    </message>
    <message>
        <source>the top organisation is not the one the manifest names.</source>
        <translation>最上级组织与清单所列不符。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>文件无法读取（%1）。</translation>
    </message>
    <message>
        <source>the file is damaged (its page size is %1).</source>
        <translation>文件已损坏（页大小为 %1）。</translation>
    </message>
    <message>
        <source>it is an unsigned package of an earlier ZongHeng (format 1); ask the sender to export it again with this version, which signs its packages.</source>
        <translation>这是旧版纵横生成的未签名数据包（格式 1）；请报送单位用本版本重新导出，本版本会为数据包签名。</translation>
    </message>
    <message>
        <source>the table %1 holds %2 rows, more than a package can (%3).</source>
        <translation>表 %1 有 %2 行，超出数据包的上限（%3）。</translation>
    </message>
    <message>
        <source>the table %1 is missing.</source>
        <translation>缺少表 %1。</translation>
    </message>
    <message>
        <source>the table %1 holds the id %2 twice.</source>
        <translation>表 %1 中编号 %2 出现了两次。</translation>
    </message>
    <message>
        <source>the table %1 has other columns than a package has.</source>
        <translation>表 %1 的列与数据包应有的列不同。</translation>
    </message>
    <message>
        <source>%1, row %2: %3.</source>
        <translation>%1 第 %2 行：%3。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>the table %1 cannot be read (%2).</source>
        <translation>表 %1 无法读取（%2）。</translation>
    </message>
    <message>
        <source>the package is not signed; ask %1 to export it again with this version of ZongHeng.</source>
        <translation>数据包没有签名；请 %1 用本版本的纵横重新导出。</translation>
    </message>
    <message>
        <source>the key it names as its signer is not an SM2 key.</source>
        <translation>其所写的签名密钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>its signature does not verify: the package was changed after it was signed, or damaged.</source>
        <translation>签名验证不通过：数据包在签名后被改动过，或已损坏。</translation>
    </message>
    <message>
        <source>it is signed with the key %1, which was retired for %2 on %3; ask %2 to export it again with its current key.</source>
        <translation>它用密钥 %1 签名，而该密钥已于 %3 对 %2 停用；请 %2 用现用密钥重新导出。</translation>
    </message>
    <message>
        <source>it names %1 as its sender but is signed with the key of %2 (%3), not with %1&apos;s key.</source>
        <translation>它自称来自 %1，却是用 %2 的密钥（%3）签名的，而不是 %1 的密钥。</translation>
    </message>
    <message>
        <source>it is signed with a new key that claims to replace %1&apos;s registered key, but the registered key&apos;s signature over it does not verify.</source>
        <translation>它用一把声称接替 %1 已登记密钥的新密钥签名，但已登记密钥对它的签名验证不通过。</translation>
    </message>
    <message>
        <source>it is signed with the key %1, but the key registered for %2 is %3. If %2 has a new key, register its key file (Tools › Signing keys › Add, or keys add FILE --for %2) after comparing the fingerprint with its clerk.</source>
        <translation>它用密钥 %1 签名，但为 %2 登记的密钥是 %3。如果 %2 换了新密钥，请先与其经办人核对指纹，再登记其密钥文件（工具 › 报送密钥 › 添加，或 keys add 文件 --for %2）。</translation>
    </message>
    <message>
        <source>it is signed with the key %1, which is not registered for %2. Register %2&apos;s key file first (Tools › Signing keys › Add, or keys add FILE --for %2) after comparing the fingerprint with its clerk by phone.</source>
        <translation>它用密钥 %1 签名，而该密钥没有登记为 %2 的密钥。请先与 %2 的经办人电话核对指纹，再登记其密钥文件（工具 › 报送密钥 › 添加，或 keys add 文件 --for %2）。</translation>
    </message>
    <message>
        <source>the manifest lists %1 tables, a package has %2.</source>
        <translation>清单列出了 %1 张表，数据包应有 %2 张。</translation>
    </message>
    <message>
        <source>the file is not written the way a package is (journal, page layout or text encoding).</source>
        <translation>文件的写法与数据包不符（日志方式、页面布局或文字编码）。</translation>
    </message>
</context>
<context>
    <name>PackageFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>this is not a file.</source>
        <translation>这不是一个文件。</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a quarterly package is at most %2 MiB.</source>
        <translation>文件大小为 %1 MiB；季度数据包最多 %2 MiB。</translation>
    </message>
    <message>
        <source>no private temporary folder can be made: %1</source>
        <translation>无法建立专用临时文件夹：%1</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>文件无法打开：%1</translation>
    </message>
    <message>
        <source>this program&apos;s SQLite does not offer the defensive settings packages are read with.</source>
        <translation>本程序所用的 SQLite 不支持读取数据包所需的防护设置。</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>文件无法读取：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reading it took longer than %1 s, far longer than a package of its size needs; it was stopped.</source>
        <translation>读取用时超过 %1 秒，远超同样大小的数据包所需；已中止读取。</translation>
    </message>
    <message>
        <source>the file cannot be copied to a private folder: %1</source>
        <translation>无法把文件复制到专用文件夹：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, more than a quarterly package is.</source>
        <translation>文件超过 %1 MiB，大于季度数据包的上限。</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>Name the packages to import.</source>
        <translation>请指定要导入的数据包。</translation>
    </message>
    <message>
        <source>The database has no district yet; create it first (init --district NAME).</source>
        <translation>数据库中还没有区，请先创建（init --district 名称）。</translation>
    </message>
    <message>
        <source>Packages are merged into a district database.</source>
        <translation>数据包只能汇总到区级数据库。</translation>
    </message>
    <message>
        <source>%1: the package comes from %2, not from %3.</source>
        <translation>%1：该数据包来自%2，而不是%3。</translation>
    </message>
    <message>
        <source>%1: a district&apos;s package goes to the city, not into another district.</source>
        <translation>%1：区级数据包应报送市里，不能汇入另一个区。</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3&apos;s package for %4; import one of them.</source>
        <translation>%1 和 %2 都是%3 %4 的数据包，请只导入其中一个。</translation>
    </message>
    <message>
        <source>%1: a newer package of %2 for %3 (written %4) is already merged; this older one is refused.</source>
        <translation>%1：已汇总%2 %3 较新的数据包（生成于 %4），拒绝导入这个较旧的数据包。</translation>
    </message>
    <message>
        <source>%1 could not be merged; nothing was changed: %2</source>
        <translation>%1 无法汇总，未作任何改动：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 sends from under %3, which this database does not have; import the package of %3 first.</source>
        <translation>%1：%2 隶属于 %3，而本数据库中还没有 %3；请先导入 %3 的数据包。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>its manifest cannot be read (%1).</source>
        <translation>其清单无法读取（%1）。</translation>
    </message>
    <message>
        <source>its manifest holds &quot;%1&quot;, which a manifest does not have.</source>
        <translation>其清单含有“%1”，这不是清单应有的项。</translation>
    </message>
    <message>
        <source>its manifest&apos;s %1 is longer than any manifest value.</source>
        <translation>其清单中的 %1 过长，超出清单项的上限。</translation>
    </message>
    <message>
        <source>its signature is not written in Base64.</source>
        <translation>其签名不是 Base64 编码。</translation>
    </message>
    <message>
        <source>its manifest&apos;s list of tables is malformed (%1).</source>
        <translation>其清单中的表目录格式有误（%1）。</translation>
    </message>
    <message>
        <source>its manifest holds a value that is not text.</source>
        <translation>其清单中有不是文字的值。</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>the package cannot be opened.</source>
        <translation>数据包无法打开。</translation>
    </message>
    <message>
        <source>organisation %1 has no parent here.</source>
        <translation>组织 %1 在此没有上级。</translation>
    </message>
    <message>
        <source>organisation %1: %2</source>
        <translation>组织 %1：%2</translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>单位 %1：%2</translation>
    </message>
    <message>
        <source>row %1 refers to %2 %3, which was not merged.</source>
        <translation>第 %1 行引用的 %2 %3 未汇总。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>a statement of the merge cannot be prepared.</source>
        <translation>无法准备汇总所用的语句。</translation>
    </message>
    <message>
        <source>a step refers to ledger item %1, which was not merged.</source>
        <translation>有办理步骤引用了未汇总的民情事项 %1。</translation>
    </message>
</context>
<context>
    <name>PackageRules</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>a value of another kind</source>
        <translation>其他类型的值</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty, but must be given</source>
        <translation>%1 为空，但必须填写</translation>
    </message>
    <message>
        <source>%1 holds %2 (&quot;%3&quot;) where the package keeps %4</source>
        <translation>%1 中是%2（“%3”），而数据包此处应为%4</translation>
    </message>
    <message>
        <source>%1 holds a text of %2 characters (at most %3)</source>
        <translation>%1 中的文字有 %2 个字符（最多 %3 个）</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a date between %3 and %4</source>
        <translation>%1 中是“%2”，不是 %3 至 %4 年之间的日期</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which this program does not know there</source>
        <translation>%1 中是“%2”，本程序不认识此处的这个值</translation>
    </message>
</context>
<context>
    <name>PackageSchema</name>
    <message>
        <source>the table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1).</source>
        <translation>其表结构无法读取（%1）。</translation>
    </message>
    <message>
        <source>%1 is not part of a package</source>
        <translation>%1 不属于数据包</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>its tables are not those of a quarterly package: %1.</source>
        <translation>其中的表与季度数据包的表不符：%1。</translation>
    </message>
    <message>
        <source>%1 stands where a package has %2</source>
        <translation>数据包中应是%2，这里却是%1</translation>
    </message>
    <message>
        <source>%1 is defined otherwise than in a package</source>
        <translation>%1 的定义与数据包中的不同</translation>
    </message>
</context>
<context>
    <name>PointsEntryDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>Award service points</source>
        <translation>记服务积分</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 参加社区志愿服务</source>
        <translation>如：参加社区志愿服务</translation>
    </message>
    <message>
        <source>Redeem service points</source>
        <translation>兑换服务积分</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>兑换物品(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. 洗衣液</source>
        <translation>如：洗衣液</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse a points entry</source>
        <translation>冲销积分记录</translation>
    </message>
    <message>
        <source>why the entry was a mistake</source>
        <translation>该记录错误的原因</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date may not lie in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The balance is %1 points; %2 cannot be redeemed.</source>
        <translation>余额为 %1 分，不能兑换 %2 分。</translation>
    </message>
</context>
<context>
    <name>PointsHistoryModel</name>
    <message>
        <source>reversed by entry %1</source>
        <translation>已被记录 %1 冲销</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>冲销记录 %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason or item</source>
        <translation>事由或物品</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <source>Award…</source>
        <translation>记积分…</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <source>Undo the selected entry with a reversing entry; entries are never edited</source>
        <translation>以一条冲销记录抵消所选记录；积分记录从不修改</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>余额：%Ln 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>PointsRankingModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>所得积分</translation>
    </message>
</context>
<context>
    <name>PointsService</name>
    <message>
        <source>The database refused the entry: %1</source>
        <translation>数据库拒绝了该记录：%1</translation>
    </message>
    <message>
        <source>Points awarded must be more than zero.</source>
        <translation>所记积分须大于零。</translation>
    </message>
    <message>
        <source>Give the reason for the points.</source>
        <translation>请填写记分事由。</translation>
    </message>
    <message>
        <source>Give the date of the entry.</source>
        <translation>请填写记录日期。</translation>
    </message>
    <message>
        <source>Redemptions and reversals have their own actions.</source>
        <translation>兑换和冲销请使用各自的操作。</translation>
    </message>
    <message>
        <source>The points of a redemption must be more than zero.</source>
        <translation>兑换积分须大于零。</translation>
    </message>
    <message>
        <source>Give the item redeemed.</source>
        <translation>请填写兑换物品。</translation>
    </message>
    <message>
        <source>The balance is %1 points; %2 cannot be redeemed.</source>
        <translation>余额为 %1 分，不能兑换 %2 分。</translation>
    </message>
    <message>
        <source>Give the reason for the reversal.</source>
        <translation>请填写冲销原因。</translation>
    </message>
    <message>
        <source>There is no points entry with number %1.</source>
        <translation>不存在编号为 %1 的积分记录。</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; enter the points again instead.</source>
        <translation>冲销记录本身不能再被冲销；请重新记分。</translation>
    </message>
    <message>
        <source>Entry %1 has already been reversed.</source>
        <translation>记录 %1 已被冲销。</translation>
    </message>
    <message>
        <source>A reversal is dated on or after the entry it undoes (%1).</source>
        <translation>冲销日期不能早于被冲销的记录（%1）。</translation>
    </message>
    <message>
        <source>The date may not lie in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The %1 points of entry %2 have been spent; reverse the redemption first.</source>
        <translation>第 %2 条记录的 %1 积分已被兑换使用，请先撤销兑换。</translation>
    </message>
</context>
<context>
    <name>PointsSource</name>
    <message>
        <source>Ledger item</source>
        <translation>民情事项</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Manual award</source>
        <translation>手工记分</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Enter a project</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>项目类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目名称(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>牵头组织(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>书记(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>立项日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the project a title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Choose the organisation that leads the project.</source>
        <translation>请选择项目牵头组织。</translation>
    </message>
    <message>
        <source>Give the date the project was approved.</source>
        <translation>请填写立项日期。</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>Give the project a title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Choose the organisation that leads the project.</source>
        <translation>请选择项目牵头组织。</translation>
    </message>
    <message>
        <source>%1 is retired; it leads no new projects.</source>
        <translation>%1 已撤销，不能再牵头新项目。</translation>
    </message>
    <message>
        <source>Give the date the project was approved (立项).</source>
        <translation>请填写立项日期。</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>立项日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>预算金额过大。</translation>
    </message>
    <message>
        <source>The database refused the project: %1</source>
        <translation>数据库拒绝保存该项目：%1</translation>
    </message>
    <message>
        <source>There is no project with number %1.</source>
        <translation>没有第 %1 号项目。</translation>
    </message>
    <message>
        <source>The project is concluded.</source>
        <translation>项目已结项。</translation>
    </message>
    <message>
        <source>The project cannot reach &quot;%1&quot; before %2, when it became &quot;%3&quot;.</source>
        <translation>项目于 %2 进入“%3”阶段，不能早于该日期进入“%1”阶段。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>A project is claimed by one unit or one member.</source>
        <translation>项目由一个单位或一名党员认领。</translation>
    </message>
    <message>
        <source>The project is concluded; it takes no more claims.</source>
        <translation>项目已结项，不再接受认领。</translation>
    </message>
    <message>
        <source>A claim cannot come before the project was approved (%1).</source>
        <translation>认领日期不能早于立项日期（%1）。</translation>
    </message>
    <message>
        <source>There is no unit with number %1.</source>
        <translation>没有第 %1 号单位。</translation>
    </message>
    <message>
        <source>There is no active member with number %1.</source>
        <translation>没有编号为 %1 的在册党员。</translation>
    </message>
    <message>
        <source>This project has already been claimed by them.</source>
        <translation>该项目已被其认领。</translation>
    </message>
    <message>
        <source>The database refused the claim: %1</source>
        <translation>数据库拒绝保存该认领：%1</translation>
    </message>
    <message>
        <source>The link cannot be made (already linked, or no such record): %1</source>
        <translation>无法关联（已关联或记录不存在）：%1</translation>
    </message>
    <message>
        <source>Write what the review found.</source>
        <translation>请填写调度点评情况。</translation>
    </message>
    <message>
        <source>A review cannot come before the project was approved (%1).</source>
        <translation>调度点评日期不能早于立项日期（%1）。</translation>
    </message>
    <message>
        <source>The database refused the review: %1</source>
        <translation>数据库拒绝保存该调度点评：%1</translation>
    </message>
    <message>
        <source>%1 (unit, %2)</source>
        <translation>%1（单位，%2）</translation>
    </message>
    <message>
        <source>%1 (member, %2)</source>
        <translation>%1（党员，%2）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>需求 %1：%2</translation>
    </message>
    <message>
        <source>Resource %1: %2</source>
        <translation>资源 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuarterExporter</name>
    <message>
        <source>The quarter is not valid; write it like 2026Q3.</source>
        <translation>季度无效，请写成 2026Q3 这样的格式。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>不存在编号为 %1 的组织。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The package %1 cannot be created: %2</source>
        <translation>无法创建数据包 %1：%2</translation>
    </message>
    <message>
        <source>The table %1 could not be copied: %2</source>
        <translation>无法复制数据表 %1：%2</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>无法写入数据包：%1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The table %1 could not be read back: %2</source>
        <translation>无法读回表 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuarterWorkbook</name>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Member figures</source>
        <translation>党员统计</translation>
    </message>
    <message>
        <source>Ledger items</source>
        <translation>民情事项</translation>
    </message>
    <message>
        <source>Ledger steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>Joint activities</source>
        <translation>联建活动</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Needs matched</source>
        <translation>对接需求</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Project claims</source>
        <translation>项目认领</translation>
    </message>
    <message>
        <source>Project reviews</source>
        <translation>项目调度点评</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在册党员</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Flowing</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Joined in the quarter</source>
        <translation>本季度入党</translation>
    </message>
    <message>
        <source>Left in the quarter</source>
        <translation>本季度减少</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>群众电话</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>当前办理人</translation>
    </message>
    <message>
        <source>Suspended since</source>
        <translation>挂起日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Working days to close</source>
        <translation>办结用时（工作日）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>事项序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Activities a year</source>
        <translation>每年活动次数</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Members taking part</source>
        <translation>参加党员人数</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>可用起始</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>可用截止</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>对接日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <source>Advancing</source>
        <translation>推进日期</translation>
    </message>
    <message>
        <source>Showing results</source>
        <translation>见效日期</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>结项日期</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>By a member</source>
        <translation>党员认领</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written (is the disk full?).</source>
        <translation>无法写入工作簿 %1（磁盘已满？）。</translation>
    </message>
    <message>
        <source>A sheet of the workbook %1 cannot be written.</source>
        <translation>无法写入工作簿 %1 中的工作表。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1 working days lost</source>
        <translation>耽误 %1 个工作日</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新办理次数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>From the meeting of</source>
        <translation>来自会议（日期）</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read: %2</source>
        <translation>无法读取工作表 %1：%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <source>Service points ranking — %1</source>
        <translation>服务积分排行 — %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
</context>
<context>
    <name>ReadFailureNotice</name>
    <message>
        <source>The database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>Changed by someone else at %1 since you opened it; refresh.</source>
        <translation>已被他人于 %1 修改，请刷新</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you opened it; refresh.</source>
        <translation>已被 %1 于 %2 修改，请刷新</translation>
    </message>
    <message>
        <source>Deleted by another clerk since you opened it; refresh.</source>
        <translation>已被其他办事员删除，请刷新</translation>
    </message>
    <message>
        <source>Another clerk changed this since you opened it; refresh.</source>
        <translation>已被其他办事员修改，请刷新</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--out FILE.pdf is needed.</source>
        <translation>需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Reports need the graphical libraries (fonts); run zongheng-cli normally.</source>
        <translation>生成报表需要图形库（字体）；请正常运行 zongheng-cli。</translation>
    </message>
    <message>
        <source>Monthly report for %1, %2 written to %3.</source>
        <translation>%1 %2 月报已写入 %3。</translation>
    </message>
    <message>
        <source>Write the monthly report as a PDF.</source>
        <translation>生成 PDF 格式的月报。</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>The organisation (default: the top of the tree).</source>
        <translation>组织（默认：组织树的最上级）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>--out DIR is needed.</source>
        <translation>需要 --out 文件夹。</translation>
    </message>
    <message>
        <source>Quarter %1 of %2: %3 rows in %4 and %5.</source>
        <translation>%2 %1：共 %3 行，已写入 %4 和 %5。</translation>
    </message>
    <message>
        <source>already merged, nothing changed</source>
        <translation>已汇总过，未作改动</translation>
    </message>
    <message>
        <source>replaced the earlier package</source>
        <translation>已替换先前的数据包</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 rows: %5.</source>
        <translation>%1：%2 %3，%4 行：%5。</translation>
    </message>
    <message>
        <source>Write the quarterly package (.zhq) and its workbook (.xlsx) for the district.</source>
        <translation>生成报送区里的季度数据包（.zhq）及工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The quarter, YYYYQn.</source>
        <translation>季度，YYYYQn。</translation>
    </message>
    <message>
        <source>The organisation (default: the sub-district).</source>
        <translation>组织（默认：本街道）。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>写入的文件夹。</translation>
    </message>
    <message>
        <source>Keep residents&apos; names and phone numbers (masked otherwise).</source>
        <translation>保留群众姓名和电话（否则打码）。</translation>
    </message>
    <message>
        <source>Merge quarterly packages into this district database; refuse bad ones, changing nothing.</source>
        <translation>将季度数据包汇总到本区数据库；有问题的数据包被拒绝，不作任何改动。</translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM (1900–2100), not &quot;%1&quot;.</source>
        <translation>--month 须为 YYYY-MM 格式的月份（1900–2100 年），而不是“%1”。</translation>
    </message>
    <message>
        <source>--quarter must be written YYYYQn (2026Q3, years 1900–2100), not &quot;%1&quot;.</source>
        <translation>--quarter 须写作 YYYYQn（如 2026Q3，1900–2100 年），而不是“%1”。</translation>
    </message>
    <message>
        <source>--layout is official (GB/T 9704) or plain, not &quot;%1&quot;.</source>
        <translation>--layout 只能是 official（公文版式，GB/T 9704）或 plain（简明版式），不能是“%1”。</translation>
    </message>
    <message>
        <source>official: the page of government documents, GB/T 9704 (the default); plain: A4 with even margins.</source>
        <translation>official：公文版式，按 GB/T 9704（默认）；plain：四边等距的 A4 版式。</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Offer a resource</source>
        <translation>登记资源</translation>
    </message>
    <message>
        <source>What is offered, in a few words</source>
        <translation>简要写明提供的资源</translation>
    </message>
    <message>
        <source>e.g. 50 people, twice a month, 20,000 yuan</source>
        <translation>如：50 人、每月 2 次、2 万元</translation>
    </message>
    <message>
        <source>empty: open-ended</source>
        <translation>不填表示长期</translation>
    </message>
    <message>
        <source>Offered &amp;by:</source>
        <translation>提供单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>规模(&amp;A)：</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>可用起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>可用截止(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose the unit that offers the resource.</source>
        <translation>请选择提供资源的单位。</translation>
    </message>
    <message>
        <source>Say in a few words what is offered.</source>
        <translation>请简要写明提供的资源。</translation>
    </message>
    <message>
        <source>Give the date from which it is available.</source>
        <translation>请填写可用起始日期。</translation>
    </message>
    <message>
        <source>&quot;Available until&quot; is not a date.</source>
        <translation>“可用截止”不是有效日期。</translation>
    </message>
    <message>
        <source>It cannot stop being available before it starts.</source>
        <translation>截止日期不能早于起始日期。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no backups of this database in %1.</source>
        <translation>%1 中没有此数据库的备份。</translation>
    </message>
    <message>
        <source>The verified backups in %1, newest first. Restoring one replaces the database with it; the database as it is now is copied aside first.</source>
        <translation>%1 中已核验的备份，最新的在前。恢复某一备份会用它替换数据库；替换前会先另存一份当前的数据库。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Ledger items</source>
        <translation>民情事项</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1 (%2 members, %3 ledger items)? What was entered since is not in it; the database as it is now is kept as a copy beside it.</source>
        <translation>用 %1 的备份（党员 %2 名，民情事项 %3 件）替换数据库吗？此后录入的内容不在该备份中；当前的数据库会在旁边另存一份。</translation>
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
        <source>%Ln active organisation(s) below it will be retired with it.</source>
        <translation>
            <numerusform>其下 %Ln 个在册组织将一并撤销。</numerusform>
        </translation>
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
    <name>ReviewCommands</name>
    <message>
        <source>--%1 is a score from 0 to 100 (or - to clear it), not &quot;%2&quot;.</source>
        <translation>--%1 为 0 到 100 的评分（或用 - 清除），而不是“%2”。</translation>
    </message>
    <message>
        <source>review score needs --org, the sub-district or community reviewed.</source>
        <translation>review score 需要 --org，即被评议的街道或社区。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a report (a UTF-8 text of at most 1 MB).</source>
        <translation>%1 不能作为述职报告读取（须为不超过 1 MB 的 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>review weights needs --org, the sub-district (or the district).</source>
        <translation>review weights 需要 --org，即街道（或区）。</translation>
    </message>
    <message>
        <source>review sheet needs --out FILE.pdf.</source>
        <translation>review sheet 需要 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>The sheets need the graphical libraries (fonts); run zongheng-cli normally.</source>
        <translation>评议表需要图形库（字体）；请正常运行 zongheng-cli。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review sheet(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%1 年度 %Ln 份述职评议表已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The year reviewed (default the last one).</source>
        <translation>评议的年度（默认为上一年）。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message>
        <source>The year-end review (述职评议) of the sub-districts and communities: scores weighed, ranked by kind.</source>
        <translation>街道和社区的年度述职评议：加权总分，按类别排名。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Enter or change an organisation&apos;s review of a year: its report and scores (0–100; - clears one).</source>
        <translation>录入或修改组织的年度述职评议：述职报告和评分（0–100；- 清除一项）。</translation>
    </message>
    <message>
        <source>The sub-district or community reviewed.</source>
        <translation>被评议的街道或社区。</translation>
    </message>
    <message>
        <source>The score given by the level above.</source>
        <translation>上级党组织的评分。</translation>
    </message>
    <message>
        <source>The score given by the co-building units (service objects).</source>
        <translation>共建单位（服务对象）的评分。</translation>
    </message>
    <message>
        <source>The score given by the members.</source>
        <translation>党员的评分。</translation>
    </message>
    <message>
        <source>The report (述职报告).</source>
        <translation>述职报告。</translation>
    </message>
    <message>
        <source>The report, from a UTF-8 text file.</source>
        <translation>述职报告，取自 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>The day of the review.</source>
        <translation>评议日期。</translation>
    </message>
    <message>
        <source>Print, or --set, a sub-district&apos;s (or the district&apos;s) weights of the three scores.</source>
        <translation>显示或用 --set 设定街道（或区）三项评分的权重。</translation>
    </message>
    <message>
        <source>New weights, together 100.</source>
        <translation>新的权重，合计 100。</translation>
    </message>
    <message>
        <source>Write the review sheets (述职评议表) of the year as a PDF, a sheet an organisation.</source>
        <translation>把本年度的述职评议表写成 PDF，每个组织一页。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of project %1</source>
        <translation>第 %1 号项目调度点评</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>情况(&amp;F)：</translation>
    </message>
    <message>
        <source>Give the date of the review.</source>
        <translation>请填写调度点评日期。</translation>
    </message>
    <message>
        <source>Write what the review found.</source>
        <translation>请填写调度点评情况。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>The year of a review lies between 2000 and 2100.</source>
        <translation>评议年度在 2000 到 2100 之间。</translation>
    </message>
    <message>
        <source>The year&apos;s reviews could not be read.</source>
        <translation>无法读取本年度的述职评议。</translation>
    </message>
    <message>
        <source>Only sub-districts and communities are reviewed.</source>
        <translation>只对街道和社区进行述职评议。</translation>
    </message>
    <message>
        <source>A review is of a year from 2000 to this one.</source>
        <translation>评议的年度须在 2000 年到今年之间。</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100.</source>
        <translation>评分在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The review was held in its year or later, and not after today.</source>
        <translation>评议日期不能早于评议年度，也不能晚于今天。</translation>
    </message>
    <message>
        <source>The review could not be entered: %1</source>
        <translation>无法录入述职评议：%1</translation>
    </message>
    <message>
        <source>The database refused the review: %1</source>
        <translation>数据库拒绝保存该述职评议：%1</translation>
    </message>
</context>
<context>
    <name>ReviewSheetDocument</name>
    <message>
        <source>Year-end review sheet of %1</source>
        <translation>%1年度基层党组织述职评议表</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评议日期</translation>
    </message>
    <message>
        <source>The report (述职报告)</source>
        <translation>述职报告</translation>
    </message>
    <message>
        <source>Not entered.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>What the year shows</source>
        <translation>年度工作情况</translation>
    </message>
    <message>
        <source>Tasks set</source>
        <translation>下达任务</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Of them in time</source>
        <translation>其中按期</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Items followed up</source>
        <translation>回访事项</translation>
    </message>
    <message>
        <source>Residents satisfied</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <source>The scores (双述双评)</source>
        <translation>评议得分（双述双评）</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>评议主体</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The party organisation above</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Service objects (co-building units %1; residents&apos; satisfaction %2)</source>
        <translation>服务对象（共建单位 %1；群众满意度 %2）</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank %1 of the %2 %3 reviewed.</source>
        <translation>在参评的 %2 个%3中排名第 %1。</translation>
    </message>
    <message>
        <source>Not ranked: not all three scores are entered.</source>
        <translation>未排名：三项评分尚未录全。</translation>
    </message>
    <message>
        <source>The reviewing party organisation (seal)</source>
        <translation>评议党组织（盖章）</translation>
    </message>
    <message>
        <source>Date: ______ / ____ / ____</source>
        <translation>日期：______年____月____日</translation>
    </message>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>There is no organisation to review.</source>
        <translation>没有要评议的组织。</translation>
    </message>
    <message>
        <source>Year-end review sheets of %1</source>
        <translation>%1年度述职评议表</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level above</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Residents %</source>
        <translation>群众满意度 %</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
</context>
<context>
    <name>RoleKind</name>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Building head</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>信息员</translation>
    </message>
    <message>
        <source>Part-time committee member</source>
        <translation>兼职委员</translation>
    </message>
    <message>
        <source>Secretary&apos;s assistant</source>
        <translation>书记助理</translation>
    </message>
    <message>
        <source>Residents&apos; committee director</source>
        <translation>居委会主任</translation>
    </message>
    <message>
        <source>Community police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Judicial officer</source>
        <translation>司法人员</translation>
    </message>
    <message>
        <source>Market regulation officer</source>
        <translation>市场监管人员</translation>
    </message>
    <message>
        <source>Urban management officer</source>
        <translation>城管队员</translation>
    </message>
    <message>
        <source>Property staff</source>
        <translation>物业人员</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits (13912345678).</source>
        <translation>电话须为 11 位手机号（如 13912345678）。</translation>
    </message>
    <message>
        <source>A role cannot end before it starts.</source>
        <translation>任职结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>不存在编号为 %1 的组织。</translation>
    </message>
    <message>
        <source>The organisation is retired; no role can start in it.</source>
        <translation>该组织已撤销，不能新增任职。</translation>
    </message>
    <message>
        <source>Grid heads and grid workers belong to a grid.</source>
        <translation>网格长和网格员只能在网格中任职。</translation>
    </message>
    <message>
        <source>The database refused the role: %1</source>
        <translation>数据库拒绝了该任职记录：%1</translation>
    </message>
    <message>
        <source>There is no role with number %1.</source>
        <translation>不存在编号为 %1 的任职记录。</translation>
    </message>
    <message>
        <source>The role has already ended.</source>
        <translation>该任职已结束。</translation>
    </message>
    <message>
        <source>A role cannot end before it starts (%1).</source>
        <translation>任职不能在开始日期（%1）之前结束。</translation>
    </message>
    <message>
        <source>Building heads belong to a building group, or to a grid for a building without one.</source>
        <translation>楼栋长属于楼栋党小组；没有党小组的楼栋，楼栋长属于网格。</translation>
    </message>
    <message>
        <source>The forces sent down (police, judicial, market regulation, urban management, property) serve a grid.</source>
        <translation>下沉力量（民警、司法、市场监管、城管、物业）服务于网格。</translation>
    </message>
    <message>
        <source>Secretary&apos;s assistants and residents&apos; committee directors belong to a community.</source>
        <translation>书记助理和居委会主任属于社区。</translation>
    </message>
    <message>
        <source>Give the day the secretary&apos;s assistant was sent down (the term&apos;s start).</source>
        <translation>请填写书记助理下派的日期（任期开始）。</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>%1 (member)</source>
        <translation>%1（党员）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <source>%1 joins a committee</source>
        <translation>%1 加入大工委/大党委</translation>
    </message>
    <message>
        <source>&amp;Committee of:</source>
        <translation>所属组织(&amp;C)：</translation>
    </message>
    <message>
        <source>Part-time &amp;member:</source>
        <translation>兼职委员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Term ends:</source>
        <translation>任期届满(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose the sub-district or community whose committee the unit joins.</source>
        <translation>请选择单位加入的街道大工委或社区大党委。</translation>
    </message>
    <message>
        <source>Give the date the unit joined.</source>
        <translation>请填写加入日期。</translation>
    </message>
    <message>
        <source>The end of the term is not a date.</source>
        <translation>任期届满日期不是有效日期。</translation>
    </message>
</context>
<context>
    <name>SenderKeyModel</name>
    <message>
        <source>Handed over by the previous key</source>
        <translation>由旧密钥签名移交</translation>
    </message>
    <message>
        <source>Key file, confirmed by phone</source>
        <translation>密钥文件，已电话核对</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现用</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>登记方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SenderRegistry</name>
    <message>
        <source>The key cannot be registered: %1</source>
        <translation>无法登记此密钥：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender: name it by its path, as 迎江区/新河路街道.</source>
        <translation>“%1”不是报送单位：请写其路径，如 迎江区/新河路街道。</translation>
    </message>
    <message>
        <source>Name the sender (or senders) the key is for, as 迎江区/新河路街道.</source>
        <translation>请写明此密钥所属的报送单位，如 迎江区/新河路街道。</translation>
    </message>
    <message>
        <source>%1: replaces the key %2 registered %3</source>
        <translation>%1：接替 %3 登记的密钥 %2</translation>
    </message>
    <message>
        <source>No current key %1 is registered%2.</source>
        <translation>没有登记现用密钥 %1%2。</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Another key with the fingerprint %1 is registered already; this one is refused.</source>
        <translation>已登记另一把指纹为 %1 的密钥；此密钥不予登记。</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Connected to the server again; the pages show what it holds now.</source>
        <translation>已重新连接服务器，页面显示的是服务器上的最新数据。</translation>
    </message>
    <message>
        <source>Server unreachable — trying again</source>
        <translation>服务器无法连接——正在重试</translation>
    </message>
</context>
<context>
    <name>ServiceCardDialog</name>
    <message>
        <source>A file for each &amp;member (else one per employer)</source>
        <translation>每名党员一个文件(&amp;M)（否则每个工作单位一个）</translation>
    </message>
    <message>
        <source>In-service members&apos; feedback cards</source>
        <translation>在职党员反馈卡</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>报到组织(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>工作单位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>What each in-service member did in the community in the quarter — activities, hours, ledger items, service points — for the party organisation of their employer (双联双管).</source>
        <translation>每名在职党员本季度在社区做了什么——参加的活动、服务时长、民情事项、服务积分——反馈给其工作单位党组织（双联双管）。</translation>
    </message>
    <message>
        <source>Every employer</source>
        <translation>全部工作单位</translation>
    </message>
    <message>
        <source>Gathering the quarter…</source>
        <translation>正在汇总本季度情况…</translation>
    </message>
    <message>
        <source>No in-service member had reported here in %1.</source>
        <translation>%1 没有向这里报到的在职党员。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s).</source>
        <translation>
            <numerusform>%Ln 张反馈卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback cards %1</source>
        <translation>在职党员反馈卡 %1</translation>
    </message>
    <message>
        <source>Feedback cards — preview</source>
        <translation>在职党员反馈卡 — 预览</translation>
    </message>
    <message>
        <source>Writing the feedback cards…</source>
        <translation>正在写入反馈卡…</translation>
    </message>
    <message>
        <source>Gathering the quarter</source>
        <translation>正在汇总本季度情况</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) saved in %1:</source>
        <translation>
            <numerusform>已在 %1 保存 %Ln 张反馈卡：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s).</source>
        <translation>
            <numerusform>共 %Ln 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the feedback cards in</source>
        <translation>将反馈卡保存到</translation>
    </message>
    <message>
        <source>Choose the organisation the members report to.</source>
        <translation>请选择党员报到的组织。</translation>
    </message>
</context>
<context>
    <name>ServiceCardDocument</name>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>In-service party member&apos;s feedback card</source>
        <translation>在职党员到社区报到服务情况反馈卡</translation>
    </message>
    <message>
        <source>the employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>To the party organisation of %1:</source>
        <translation>%1党组织：</translation>
    </message>
    <message>
        <source>%1, a party member of your unit, reports to %2 (since %3). This is what they did there in the quarter, for your assessment of the member (双联双管).</source>
        <translation>贵单位党员%1自 %3 起到%2报到。现将其本季度在社区的表现反馈如下，供贵单位考核评价党员参考（双联双管）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Own branch</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>报到社区</translation>
    </message>
    <message>
        <source>The quarter at a glance</source>
        <translation>本季度概况</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>参加活动（次）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Ledger items taken on</source>
        <translation>承接民情事项（件）</translation>
    </message>
    <message>
        <source>Of them closed</source>
        <translation>其中办结</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>所得积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Activities taken part in</source>
        <translation>参加的活动</translation>
    </message>
    <message>
        <source>None in the quarter.</source>
        <translation>本季度无。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Ledger items taken on or closed</source>
        <translation>承接或办结的民情事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>The community&apos;s opinion</source>
        <translation>社区党组织意见</translation>
    </message>
    <message>
        <source>□ Excellent    □ Good    □ Fair    □ Poor</source>
        <translation>□ 优秀    □ 良好    □ 一般    □ 较差</translation>
    </message>
    <message>
        <source>Party organisation of %1 (seal)</source>
        <translation>%1党组织（盖章）</translation>
    </message>
    <message>
        <source>Date: ______ / ____ / ____</source>
        <translation>日期：______年____月____日</translation>
    </message>
    <message>
        <source>In-service party members&apos; feedback cards — %1</source>
        <translation>在职党员反馈卡 — %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>no employer recorded</source>
        <translation>未填工作单位</translation>
    </message>
    <message>
        <source>Feedback cards %1 %2</source>
        <translation>在职党员反馈卡 %1 %2</translation>
    </message>
    <message>
        <source>Feedback card %1 %2 %3</source>
        <translation>在职党员反馈卡 %1 %2 %3</translation>
    </message>
    <message>
        <source>There are no cards to write.</source>
        <translation>没有要写的反馈卡。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>ServiceCards</name>
    <message>
        <source>Give the quarter the cards are for.</source>
        <translation>请给出反馈卡所属的季度。</translation>
    </message>
    <message>
        <source>The in-service members&apos; quarter could not be read.</source>
        <translation>无法读取在职党员的季度情况。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The employers of the in-service members could not be read.</source>
        <translation>无法读取在职党员的工作单位。</translation>
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
    <message>
        <source>as the ledger&apos;s history should name you</source>
        <translation>民情账本办理记录中的经办人姓名</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>经办人(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation>备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>No SM2 key could be made: %1</source>
        <translation>无法生成 SM2 密钥：%1</translation>
    </message>
    <message>
        <source>The office&apos;s signing key is damaged.</source>
        <translation>本单位的签名密钥已损坏。</translation>
    </message>
    <message>
        <source>this is not an SM2 public key.</source>
        <translation>这不是 SM2 公钥。</translation>
    </message>
    <message>
        <source>This key cannot sign: it has no private half.</source>
        <translation>此密钥不能签名：没有私钥部分。</translation>
    </message>
    <message>
        <source>The package cannot be signed: %1</source>
        <translation>无法为数据包签名：%1</translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>报送密钥</translation>
    </message>
    <message>
        <source>This office&apos;s key</source>
        <translation>本单位的密钥</translation>
    </message>
    <message>
        <source>Every package this office exports is signed with this key. Give the district the key file once, and read its clerk the fingerprint by phone: the same five groups must show on their screen.</source>
        <translation>本单位导出的每个数据包都用此密钥签名。请把密钥文件交给区里一次，并电话向区里的经办人念出指纹：对方屏幕上应显示同样的五组字符。</translation>
    </message>
    <message>
        <source>&amp;Export key file…</source>
        <translation>导出密钥文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;place key…</source>
        <translation>更换密钥(&amp;P)…</translation>
    </message>
    <message>
        <source>Senders&apos; keys (at the district)</source>
        <translation>报送单位的密钥（区级使用）</translation>
    </message>
    <message>
        <source>Packages are merged only when they are signed with the key registered for the sender they name. Add each sub-district&apos;s key file after comparing its fingerprint with their clerk.</source>
        <translation>只有用为其报送单位登记的密钥签名的数据包才会被汇总。请先与各街道的经办人核对指纹，再添加其密钥文件。</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>添加密钥文件(&amp;A)…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Made %1; sends as %2.</source>
        <translation>生成于 %1；报送单位：%2。</translation>
    </message>
    <message>
        <source>It replaced the key %1, which signed over it: the district takes it with the next package.</source>
        <translation>它接替了密钥 %1，并由其签名确认：区里将随下一个数据包接受新密钥。</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Export the key file</source>
        <translation>导出密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation>密钥文件 (*.key)</translation>
    </message>
    <message>
        <source>The key file is written to %1. It holds nothing secret; give it to the district and read them the fingerprint %2.</source>
        <translation>密钥文件已写入 %1。文件中不含任何机密；请交给区里，并电话告知指纹 %2。</translation>
    </message>
    <message>
        <source>Make a new key for this office? The present key signs over the new one, and the next package carries that signature, so the district takes the new key without a phone call. Packages exported before stay signed with the old key; once the district has a package with the new one, it refuses them.</source>
        <translation>为本单位生成新密钥吗？现用密钥将为新密钥签名确认，下一个数据包会带上这一签名，区里无需再电话核对即可接受新密钥。此前导出的数据包仍是旧密钥签名；区里一旦收到新密钥签名的数据包，就不再接受它们。</translation>
    </message>
    <message>
        <source>The key %1 is registered for %2.</source>
        <translation>密钥 %1 已登记为 %2 的密钥。</translation>
    </message>
    <message>
        <source>Add a sender&apos;s key file</source>
        <translation>添加报送单位的密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>密钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Retire the key %1 of %2? Packages signed with it are refused from now on; %2 must send a new key file.</source>
        <translation>停用 %2 的密钥 %1 吗？今后用它签名的数据包将被拒绝；%2 须重新报送密钥文件。</translation>
    </message>
    <message>
        <source>This key would replace the key registered for:
%1

Their packages signed with the old key would be refused. Do this only when each of them has told you it has a new key.</source>
        <translation>此密钥将替换以下单位已登记的密钥：
%1

这些单位用旧密钥签名的数据包将被拒绝。只有在各单位都已告知您换了新密钥时才这样做。</translation>
    </message>
</context>
<context>
    <name>SpaceStandard</name>
    <message>
        <source>The communities could not be read.</source>
        <translation>无法读取社区。</translation>
    </message>
    <message>
        <source>The venues could not be read.</source>
        <translation>无法读取阵地。</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>Qt&apos;s SQLite driver (%1) carries a SQLite library of its own, not %2, which this program uses: the two cannot share a database connection. Install ZongHeng with the Qt of the same system (on Debian 12: the package libqt6sql6-sqlite).</source>
        <translation>Qt 的 SQLite 驱动（%1）自带一份 SQLite 库，而不是本程序所用的 %2：两者不能共用同一个数据库连接。请使用与本系统相同的 Qt 安装纵横（Debian 12 上为软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian 12 it is the package libqt6sql6-sqlite.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）；Debian 12 上为软件包 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not work: %1</source>
        <translation>Qt 的 SQLite 驱动无法工作：%1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver runs SQLite %1 (%2), this program SQLite %3 (%4): the two libraries cannot share a database connection. Install ZongHeng with the Qt of the same system.</source>
        <translation>Qt 的 SQLite 驱动使用 SQLite %1（%2），本程序使用 SQLite %3（%4）：两个库不能共用同一个数据库连接。请使用与本系统相同的 Qt 安装纵横。</translation>
    </message>
</context>
<context>
    <name>StaffBox</name>
    <message>
        <source>People in roles</source>
        <translation>任职人员</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>显示已离任</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>离任…</translation>
    </message>
    <message>
        <source>&quot;1+3&quot; complete: %1 grid head, %2 grid workers.</source>
        <translation>“1+3”配备齐全：网格长 %1 名，网格员 %2 名。</translation>
    </message>
    <message>
        <source>&quot;1+3&quot; incomplete: %1 of 1 grid head, %2 of 3 grid workers.</source>
        <translation>“1+3”未配齐：网格长 %1/1 名，网格员 %2/3 名。</translation>
    </message>
    <message>
        <source>End the role</source>
        <translation>离任</translation>
    </message>
    <message>
        <source>The role ends on:</source>
        <translation>离任日期：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
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
        <source>Unknown profile &quot;%1&quot;; use one of: %2.</source>
        <translation>未知方案“%1”，可选：%2。</translation>
    </message>
    <message>
        <source>Demo data &quot;%1&quot; written to %2: %3 sub-districts, %4 communities, %5 grids, %6 households.</source>
        <translation>演示数据“%1”已写入 %2：%3 个街道、%4 个社区、%5 个网格、%6 个党员中心户。</translation>
    </message>
    <message>
        <source>%1: sound.</source>
        <translation>%1：完好。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1：发现 %Ln 个问题。</numerusform>
        </translation>
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
        <source>The district&apos;s name.</source>
        <translation>区的名称。</translation>
    </message>
    <message>
        <source>The sub-district&apos;s name (omit for a district database).</source>
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
        <source>Write a consistent copy of the database, also while it is in use.</source>
        <translation>写出数据库的一致副本，使用中也可进行。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Print the headline figures, and the ledger&apos;s for a period.</source>
        <translation>输出主要统计数字，以及某一时期的民情账本数字。</translation>
    </message>
    <message>
        <source>Ledger items recorded on or after.</source>
        <translation>登记日期不早于该日的民情事项。</translation>
    </message>
    <message>
        <source>Ledger items recorded on or before.</source>
        <translation>登记日期不晚于该日的民情事项。</translation>
    </message>
    <message>
        <source>Only this organisation and below.</source>
        <translation>只含该组织及其下级。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not sound (%Ln problem(s)); nothing was copied.</source>
        <translation>
            <numerusform>%1 不完好（%Ln 个问题）；未复制任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data; copy into a new file or an empty server database.</source>
        <translation>%1 中已有数据；请复制到新文件或服务器上的空数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %Ln table(s), %3 rows, each the same in both (counts and checksums).</source>
        <translation>
            <numerusform>已将 %1 复制到 %2：%Ln 张表，%3 行，每张表两边一致（行数与校验和）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, references and running counts; exit 0 only when sound.</source>
        <translation>检查数据库的完整性、引用关系和累计计数；仅在完好时以 0 退出。</translation>
    </message>
    <message>
        <source>Copy a database (an office&apos;s file) into the new database of --db, such as an empty one on a server; every table is compared after copying.</source>
        <translation>将一个数据库（如某办公室的文件）复制到 --db 指定的新数据库（如服务器上的空数据库）；复制后逐表核对。</translation>
    </message>
</context>
<context>
    <name>StoreHealth</name>
    <message>
        <source>The database is busy (another program is writing to it); what is shown may be incomplete. Try again in a moment.</source>
        <translation>数据库正忙（另一个程序正在写入）；显示的内容可能不完整，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged and could not be read in full; what is shown is incomplete. Run a check (zongheng-cli check) and restore the latest backup.</source>
        <translation>数据库文件已损坏，无法完整读取；显示的内容不完整。请运行数据检查（zongheng-cli check），并从最近的备份恢复。</translation>
    </message>
    <message>
        <source>The disk is full; free some space, then try again.</source>
        <translation>磁盘已满；请腾出空间后再试。</translation>
    </message>
    <message>
        <source>A read from the database failed; what is shown may be incomplete (%1).</source>
        <translation>读取数据库失败；显示的内容可能不完整（%1）。</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was saved; free some space (old files, the wastebasket), then try again</source>
        <translation>磁盘已满，未保存任何内容；请腾出空间（删除旧文件、清空回收站）后重试</translation>
    </message>
    <message>
        <source>the database file could not be written or read (the disk or the file is damaged), so nothing was saved; run a check and restore the latest backup</source>
        <translation>无法读写数据库文件（磁盘或文件已损坏），未保存任何内容；请运行数据检查并恢复最近的备份</translation>
    </message>
    <message>
        <source>the database file is read-only, so nothing was saved</source>
        <translation>数据库文件为只读，未保存任何内容</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1)</source>
        <translation>无法打开数据库文件（%1）</translation>
    </message>
    <message>
        <source>the change breaks a rule of the data and was not saved (%1)</source>
        <translation>此修改不符合数据规则，未保存（%1）</translation>
    </message>
    <message>
        <source>the database reported an error (%1)</source>
        <translation>数据库报告了错误（%1）</translation>
    </message>
    <message>
        <source>Another clerk was changing the same records; what is shown may be incomplete. Try again.</source>
        <translation>其他办事员正在修改相同的记录，显示的内容可能不完整。请重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached; what is shown may be out of date. ZongHeng keeps trying to connect again.</source>
        <translation>无法连接服务器，显示的内容可能不是最新的。纵横会继续尝试重新连接。</translation>
    </message>
    <message>
        <source>another clerk was changing the same records at the same moment, so nothing was saved; try again</source>
        <translation>其他办事员同时在修改相同的记录，因此未保存任何内容；请重试</translation>
    </message>
    <message>
        <source>the server cannot be reached (the network or the server is down), so this change was not saved; what was saved before is safe on the server. Try again when it is back (%1)</source>
        <translation>无法连接服务器（网络或服务器中断），本次修改未保存；此前保存的内容在服务器上安全无损。请在恢复后重试（%1）</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full, so nothing was saved; free some space on it (old files, the wastebasket), then try again. What was saved before is safe</source>
        <translation>%1 所在的磁盘已满，未保存任何内容；请在该磁盘上腾出空间（删除旧文件、清空回收站）后重试。此前保存的内容安全无损</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be written to (a write-protected USB stick, a read-only share), so nothing was saved; copy the file to a folder you can write to, such as Documents, and open it there. What was saved before is safe</source>
        <translation>%1 所在的文件夹无法写入（U 盘写保护、只读的共享文件夹），未保存任何内容；请把该文件复制到可写入的文件夹（如“文档”）后在那里打开。此前保存的内容安全无损</translation>
    </message>
    <message>
        <source>%1 is no longer there (was the USB stick taken out, or the network share lost?), so nothing was saved; put it back and open the file again. What was saved before is safe in it</source>
        <translation>%1 已不在原处（U 盘是否已拔出？网络共享是否已断开？），未保存任何内容；请重新插入或连接后再打开该文件。此前保存的内容仍在文件中，安全无损</translation>
    </message>
    <message>
        <source>A read from the database failed; what is shown may be incomplete: %1.</source>
        <translation>读取数据库失败，显示的内容可能不完整：%1。</translation>
    </message>
    <message>
        <source>the database is busy (another program is writing to it), so nothing was saved; close the other program that has the file open (such as DB Browser for SQLite), or try again in a moment</source>
        <translation>数据库正忙（另一个程序正在写入），未保存任何内容；请关闭正在使用该文件的其他程序（如 DB Browser for SQLite），或稍后重试</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>未知列“%1”；可用的列为 %2。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (also as &quot;%2&quot;).</source>
        <translation>列“%1”重复出现（另有“%2”）。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>缺少列“%1”。</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, larger than a list to import can be (%3 MB).</source>
        <translation>文件 %1 有 %2 MB，超过了可导入名册的上限（%3 MB）。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), which cannot be read; save it from Excel or WPS as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 是 Excel 97–2003 工作簿（.xls），无法读取；请在 Excel 或 WPS 中另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor an Excel workbook (.xlsx).</source>
        <translation>%1 既不是 CSV 文件，也不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Turn a resolution of meeting %1 into a task</source>
        <translation>将第 %1 号会议的议定事项转为任务</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Set on:</source>
        <translation>下达日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Say what the task is.</source>
        <translation>请填写任务内容。</translation>
    </message>
    <message>
        <source>A task needs an owner: choose the organisation responsible for it.</source>
        <translation>任务必须有责任组织：请选择负责的组织。</translation>
    </message>
    <message>
        <source>Give the date the task was set and its due date.</source>
        <translation>请填写下达日期和完成时限。</translation>
    </message>
    <message>
        <source>The due date is before the task was set.</source>
        <translation>完成时限早于下达日期。</translation>
    </message>
</context>
<context>
    <name>TemplateWorkbook</name>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>How to fill</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Organisation (path)</source>
        <translation>组织（路径）</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written (is the disk full?).</source>
        <translation>无法写入工作簿 %1（磁盘已满？）。</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Change the unit</source>
        <translation>修改单位信息</translation>
    </message>
    <message>
        <source>Add a resident unit</source>
        <translation>新增驻区单位</translation>
    </message>
    <message>
        <source>13912345678 or 0556-5512345</source>
        <translation>13912345678 或 0556-5512345</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Resident in:</source>
        <translation>驻在(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Party &amp;organisation:</source>
        <translation>党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>书记(&amp;S)：</translation>
    </message>
    <message>
        <source>Give the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Choose the sub-district or community the unit is resident in.</source>
        <translation>请选择单位所在的街道或社区。</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行须为列名。</translation>
    </message>
    <message>
        <source>The file holds no units below its header.</source>
        <translation>文件在列名之下没有单位。</translation>
    </message>
    <message>
        <source>the unit&apos;s name is missing.</source>
        <translation>缺少单位名称。</translation>
    </message>
    <message>
        <source>%1 repeats line %2.</source>
        <translation>%1 与第 %2 行重复。</translation>
    </message>
    <message>
        <source>must be 机关, 事业单位, 国有企业, 非公企业, 社会组织, 学校 or 物业企业, not &quot;%1&quot;.</source>
        <translation>须为机关、事业单位、国有企业、非公企业、社会组织、学校或物业企业，不能是“%1”。</translation>
    </message>
    <message>
        <source>the sub-district or community is missing.</source>
        <translation>缺少所在街道或社区。</translation>
    </message>
</context>
<context>
    <name>UnitImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save the list of problems…</source>
        <translation>保存问题清单(&amp;S)…</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx, its first sheet) or a CSV file (UTF-8 or GBK), one unit per row below the headings: 单位名称, 单位类型 (机关, 事业单位, 国有企业, 非公企业, 社会组织, 学校, 物业企业), 所在街道社区 and, if you keep them, 地址, 联系人, 联系电话, 党组织, 书记. Nothing is saved until every row is right and you choose Import.</source>
        <translation>Excel 或 WPS 工作簿（.xlsx，读取第一个工作表）或 CSV 文件（UTF-8 或 GBK），列名之下每行一个单位：单位名称、单位类型（机关、事业单位、国有企业、非公企业、社会组织、学校、物业企业）、所在街道社区，以及（如有）地址、联系人、联系电话、党组织、书记。每一行都无误并点“导入”后才会保存。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resident in</source>
        <translation>驻在</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Unit lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>单位名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Saving the units…</source>
        <translation>正在保存单位…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln unit(s), every row right; choose Import to save them all.</source>
        <translation>
            <numerusform>%1：%Ln 个单位，每一行都无误；点“导入”全部保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%1：%Ln 个问题；改正之前不能导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln unit(s)</source>
        <translation>
            <numerusform>导入 %Ln 个单位(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>units-template.xlsx</source>
        <translation>单位导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The template is %1: fill its first sheet, save it, and choose it here.</source>
        <translation>模板已保存为 %1：填写其第一个工作表并保存，再在此处选择它。</translation>
    </message>
</context>
<context>
    <name>UnitService</name>
    <message>
        <source>Give the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>A unit is resident in a sub-district or a community; choose one.</source>
        <translation>驻区单位位于街道或社区，请选择其一。</translation>
    </message>
    <message>
        <source>%1 is retired; choose where the unit is now.</source>
        <translation>%1 已撤销，请选择单位现在所在的组织。</translation>
    </message>
    <message>
        <source>The phone number is not valid: use 11 digits for a mobile or the area code and number (0556-5512345).</source>
        <translation>电话号码无效：手机号为 11 位，固定电话请写区号和号码（0556-5512345）。</translation>
    </message>
    <message>
        <source>There is already a unit named %1.</source>
        <translation>已有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>There is no unit with number %1.</source>
        <translation>没有第 %1 号单位。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>Units join the 大工委 of a sub-district or the 大党委 of a community.</source>
        <translation>单位加入街道大工委或社区大党委。</translation>
    </message>
    <message>
        <source>Give the date the unit joined.</source>
        <translation>请填写加入日期。</translation>
    </message>
    <message>
        <source>The term cannot end before the unit joins.</source>
        <translation>任期届满日期不能早于加入日期。</translation>
    </message>
    <message>
        <source>%1 already has a seat in the committee of %2.</source>
        <translation>%1 已是 %2 的成员单位。</translation>
    </message>
    <message>
        <source>The database refused the seat: %1</source>
        <translation>数据库拒绝保存该成员单位：%1</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1：%2，%3 至 %4</translation>
    </message>
    <message>
        <source>no part-time member named</source>
        <translation>未确定兼职委员</translation>
    </message>
    <message>
        <source>open</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>There is no such seat.</source>
        <translation>没有这个席位。</translation>
    </message>
    <message>
        <source>The unit left that committee on %1.</source>
        <translation>该单位已于 %1 退出。</translation>
    </message>
    <message>
        <source>A unit cannot leave before it joined (%1).</source>
        <translation>退出日期不能早于加入日期（%1）。</translation>
    </message>
    <message>
        <source>The database refused the unit %1: %2</source>
        <translation>数据库拒绝保存单位 %1：%2</translation>
    </message>
</context>
<context>
    <name>UnitTemplate</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>One unit per row of the first sheet, below its headings; leave the headings as they are.</source>
        <translation>在第一个工作表的列名之下每行填写一个单位；列名请保持不变。</translation>
    </message>
    <message>
        <source>Coloured headings must be filled in every row; the grey ones may stay empty.</source>
        <translation>彩色列名的列每行必填；灰色列名的列可以不填。</translation>
    </message>
    <message>
        <source>The type is chosen from the list of the cell; the sub-district or community as the sheet of organisations writes it, or its name when no other organisation has it.</source>
        <translation>单位类型从单元格的下拉列表中选择；所在街道社区按“组织”工作表中的写法填写，名称不与其他组织重复时也可只写名称。</translation>
    </message>
    <message>
        <source>Import it on the Co-building page, Units, with Import…: every problem is shown before anything is saved; one bad row saves nothing.</source>
        <translation>在“共建”页的“单位”中点“导入…”导入：保存之前会先显示每一个问题；有一行出错就不保存任何内容。</translation>
    </message>
</context>
<context>
    <name>VenueCombo</name>
    <message>
        <source>(not said)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>%1 (%2, %L3 m²)</source>
        <translation>%1（%2，%L3 m²）</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Change venue %1</source>
        <translation>修改阵地 %1</translation>
    </message>
    <message>
        <source>Register a venue</source>
        <translation>登记阵地</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>e.g. Mon–Sun 8:30–20:30</source>
        <translation>如：周一至周日 8:30–20:30</translation>
    </message>
    <message>
        <source>e.g. drinking water, charging, rest, first-aid kit, reading corner</source>
        <translation>如：饮水、充电、休息、应急药箱、阅读角</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>所属组织(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>开放时间(&amp;H)：</translation>
    </message>
    <message>
        <source>O&amp;ffers:</source>
        <translation>服务内容(&amp;F)：</translation>
    </message>
    <message>
        <source>O&amp;pened on:</source>
        <translation>启用日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the organisation the venue belongs to.</source>
        <translation>请选择阵地所属的组织。</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>请填写阵地名称。</translation>
    </message>
    <message>
        <source>The opening day is a date such as 2024-05-01, or nothing.</source>
        <translation>启用日期应为 2024-05-01 这样的日期，或不填。</translation>
    </message>
    <message>
        <source>C&amp;ounts towards the community&apos;s service facilities (综合服务设施)</source>
        <translation>计入社区综合服务设施面积(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>面积(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>VenueKinds</name>
    <message>
        <source>Party and public service centre</source>
        <translation>党群服务中心</translation>
    </message>
    <message>
        <source>Party and public service station</source>
        <translation>党群服务站</translation>
    </message>
    <message>
        <source>Red post</source>
        <translation>红色驿站</translation>
    </message>
    <message>
        <source>Activity room</source>
        <translation>活动室</translation>
    </message>
    <message>
        <source>Other venue</source>
        <translation>其他阵地</translation>
    </message>
</context>
<context>
    <name>VenueService</name>
    <message>
        <source>Give the venue a name.</source>
        <translation>请填写阵地名称。</translation>
    </message>
    <message>
        <source>The area is given in square metres, from 0 to %L1.</source>
        <translation>面积以平方米计，从0到%L1。</translation>
    </message>
    <message>
        <source>A venue is registered once it is open; %1 is in the future.</source>
        <translation>阵地启用后才能登记；%1 尚未到来。</translation>
    </message>
    <message>
        <source>The venues could not be read.</source>
        <translation>无法读取阵地。</translation>
    </message>
    <message>
        <source>%1 already has a venue named &quot;%2&quot;.</source>
        <translation>%1 已有名为“%2”的阵地。</translation>
    </message>
    <message>
        <source>Choose the organisation the venue belongs to.</source>
        <translation>请选择阵地所属的组织。</translation>
    </message>
    <message>
        <source>%1 is retired; it registers no venues.</source>
        <translation>%1 已撤销，不能再登记阵地。</translation>
    </message>
    <message>
        <source>The database refused the venue: %1</source>
        <translation>数据库拒绝了该阵地：%1</translation>
    </message>
    <message>
        <source>There is no venue with number %1.</source>
        <translation>没有编号为 %1 的阵地。</translation>
    </message>
    <message>
        <source>The venue closed on %1, before it would have opened.</source>
        <translation>该阵地已于 %1 关闭，早于所填的启用日期。</translation>
    </message>
    <message>
        <source>%1 closed on %2 already.</source>
        <translation>%1 已于 %2 关闭。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>%1 was closed meanwhile.</source>
        <translation>%1 已被他人关闭。</translation>
    </message>
    <message>
        <source>%1 was not open on %2.</source>
        <translation>%1 在 %2 未开放。</translation>
    </message>
    <message>
        <source>The venue&apos;s uses could not be read.</source>
        <translation>无法读取阵地的使用记录。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 was used on %2; it opened on that day or before.</source>
        <translation>%1 在 %2 已有使用记录，启用日期不能晚于那一天。</translation>
    </message>
    <message>
        <source>A venue closes after the day it opened (%1).</source>
        <translation>阵地的关闭日期应晚于启用日期（%1）。</translation>
    </message>
    <message>
        <source>%1 was used on %2; it closes after that day.</source>
        <translation>%1 在 %2 还有使用记录，关闭日期应晚于那一天。</translation>
    </message>
</context>
<context>
    <name>WeeklySummaryDialog</name>
    <message>
        <source>Weekly summary</source>
        <translation>每周总结</translation>
    </message>
    <message>
        <source>The &amp;week of:</source>
        <translation>所在周(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Weekly summary of the people&apos;s ledger</source>
        <translation>民情账本每周总结</translation>
    </message>
    <message>
        <source>%1, week of %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未办结</translation>
    </message>
    <message>
        <source>What residents asked about most</source>
        <translation>群众反映最多的问题</translation>
    </message>
    <message>
        <source>No new items this week.</source>
        <translation>本周没有新增事项。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有超期事项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>截至%1超期</translation>
    </message>
    <message>
        <source>To watch: overdue items, longest overdue first</source>
        <translation>待关注：超期事项（超期最久的在前）</translation>
    </message>
</context>
<context>
    <name>WhistleCatalogue</name>
    <message>
        <source>The department needs a name.</source>
        <translation>部门名称必填。</translation>
    </message>
    <message>
        <source>There is already a department named %1.</source>
        <translation>已有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>There is no department with number %1.</source>
        <translation>没有第 %1 号部门。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>The matter needs a name.</source>
        <translation>事项名称必填。</translation>
    </message>
    <message>
        <source>The departments&apos; time limit is from 1 to 250 working days.</source>
        <translation>部门办结时限为 1 至 250 个工作日。</translation>
    </message>
    <message>
        <source>Name at least one department the matter summons.</source>
        <translation>请至少写明一个报到部门。</translation>
    </message>
    <message>
        <source>There is already a matter named %1.</source>
        <translation>已有名为“%1”的事项。</translation>
    </message>
    <message>
        <source>The database refused the matter: %1</source>
        <translation>数据库拒绝了该事项：%1</translation>
    </message>
    <message>
        <source>There is no matter with number %1.</source>
        <translation>没有第 %1 号事项。</translation>
    </message>
    <message>
        <source>The database refused the department: %1</source>
        <translation>数据库拒绝了该部门：%1</translation>
    </message>
    <message>
        <source>The whistle catalogue cannot be read: %1</source>
        <translation>无法读取吹哨报到事项清单：%1</translation>
    </message>
</context>
<context>
    <name>WhistleCatalogueDialog</name>
    <message>
        <source>Whistle matters and departments</source>
        <translation>吹哨报到事项与部门</translation>
    </message>
    <message>
        <source>The sub-district whistles, the departments report: escalating an item picks its matter here and summons the matter&apos;s departments, which report in and report done within the working days given; the item cannot close before they all have. Separate the departments with 、 or commas.</source>
        <translation>乡街吹哨、部门报到：上报吹哨时从这里选择事项，该事项的部门随即被吹哨，须在规定的工作日内报到并报告办结；部门全部办结之前，事项不能办结（事不完、人不撤）。多个部门之间用顿号或逗号分隔。</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Whistle</source>
        <translation>哨令</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>时限（工作日）</translation>
    </message>
    <message>
        <source>Departments summoned</source>
        <translation>报到部门（N）</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Add a matter</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>The working days must be a whole number.</source>
        <translation>时限须为整数个工作日。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
</context>
<context>
    <name>WorkFigures</name>
    <message>
        <source>The figures of the work could not be read.</source>
        <translation>无法读取工作数据。</translation>
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
        <source>The disk of %1 is full: not even the small lock file beside the database can be written. Free some space on it, then open the database again; nothing in it was changed.</source>
        <translation>%1 所在的磁盘已满，连数据库旁的小锁文件也无法写入。请在该磁盘上腾出空间后再打开数据库；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is not there (was the USB stick taken out, or the network share lost?). Put it back, then open the database again.</source>
        <translation>%1 不在原处（U 盘是否已拔出？网络共享是否已断开？）。请重新插入或连接后再打开数据库。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (a write-protected USB stick, a read-only share, a CD), so the database cannot be changed there; nothing in it was changed. Copy it to a folder you can write to, such as Documents, and open it there.</source>
        <translation>文件夹 %1 无法写入（U 盘写保护、只读的共享文件夹、光盘），因此不能在那里修改数据库；数据库未作任何改动。请把它复制到可写入的文件夹（如“文档”）后在那里打开。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook&apos;s part %1 is not well-formed XML (line %2): %3.</source>
        <translation>工作簿的组成部分 %1 不是格式正确的 XML（第 %2 行）：%3。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook (.xlsx): it has no %2.</source>
        <translation>%1 是 zip 压缩包，但不是 Excel 工作簿（.xlsx）：其中没有 %2。</translation>
    </message>
    <message>
        <source>The workbook %1 names no sheet that it holds.</source>
        <translation>工作簿 %1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet: %2</source>
        <translation>工作表第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no cell reference.</source>
        <translation>“%1”不是单元格地址。</translation>
    </message>
    <message>
        <source>a cell lies beyond column %1, the last one a list may use.</source>
        <translation>有单元格超出了第 %1 列，即名册可用的最后一列。</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not have.</source>
        <translation>有单元格引用了第 %1 号共享字符串，但工作簿中没有它。</translation>
    </message>
</context>
<context>
    <name>YearReviewDialog</name>
    <message>
        <source>&amp;Save the review</source>
        <translation>保存评议(&amp;S)</translation>
    </message>
    <message>
        <source>Year-end review</source>
        <translation>年度述职评议</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The report to the level above: what was done, what fell short, what comes next</source>
        <translation>向上级党组织的述职：做了什么、有何不足、下一步打算</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>述职报告(&amp;P)：</translation>
    </message>
    <message>
        <source>Level &amp;above:</source>
        <translation>上级评分(&amp;A)：</translation>
    </message>
    <message>
        <source>Co-building &amp;units:</source>
        <translation>共建单位评分(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>党员评分(&amp;M)：</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>评议日期(&amp;O)：</translation>
    </message>
    <message>
        <source>The organisation&apos;s review</source>
        <translation>本组织的述职评议</translation>
    </message>
    <message>
        <source>Weights of the three scores (per cent)</source>
        <translation>三项评分的权重（%）</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Service objects</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Review s&amp;heets as PDF…</source>
        <translation>评议表另存为 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Reading the year&apos;s reviews…</source>
        <translation>正在读取本年度的述职评议…</translation>
    </message>
    <message>
        <source>Choose an organisation in the list.</source>
        <translation>请在列表中选择一个组织。</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 tasks done (%5 in time); residents&apos; satisfaction %6.</source>
        <translation>%1，%2年：%4 项任务完成 %3 项（按期 %5 项）；群众满意度 %6。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The review is saved.</source>
        <translation>述职评议已保存。</translation>
    </message>
    <message>
        <source>The weights are saved; the totals are weighed again.</source>
        <translation>权重已保存，总分已重新计算。</translation>
    </message>
    <message>
        <source>There is no organisation to review here.</source>
        <translation>这里没有要评议的组织。</translation>
    </message>
    <message>
        <source>Writing the review sheets…</source>
        <translation>正在写入述职评议表…</translation>
    </message>
    <message>
        <source>Sheet %1 of %2</source>
        <translation>第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Review sheets %1 %2.pdf</source>
        <translation>述职评议表 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the review sheets</source>
        <translation>保存述职评议表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save w&amp;eights</source>
        <translation>保存权重(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 is not a readable zip archive (an .xlsx workbook is one): %2.</source>
        <translation>%1 不是可读取的 zip 压缩包（.xlsx 工作簿就是 zip 压缩包）：%2。</translation>
    </message>
    <message>
        <source>%1 has no part %2.</source>
        <translation>%1 中没有组成部分 %2。</translation>
    </message>
    <message>
        <source>The part %1 of %2 unpacks to %3 MB, more than the %4 MB it may have.</source>
        <translation>%2 的组成部分 %1 解压后有 %3 MB，超过了允许的 %4 MB。</translation>
    </message>
    <message>
        <source>The part %1 of %2 cannot be opened: %3.</source>
        <translation>无法打开 %2 的组成部分 %1：%3。</translation>
    </message>
    <message>
        <source>The part %1 of %2 is damaged: %3.</source>
        <translation>%2 的组成部分 %1 已损坏：%3。</translation>
    </message>
    <message>
        <source>The part %1 of %2 unpacks to more than the %3 MB it may have.</source>
        <translation>%2 的组成部分 %1 解压后超过了允许的 %3 MB。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ZongHeng cannot start</source>
        <translation>纵横无法启动</translation>
    </message>
</context>
</TS>
