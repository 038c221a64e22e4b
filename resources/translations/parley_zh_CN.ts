<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CountBarsPainter</name>
    <message>
        <location filename="../../ui/timeline/CountBarsPainter.cpp" line="+30"/>
        <source>a day</source>
        <translation>一天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a week</source>
        <translation>一周</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month</source>
        <translation>一个月</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a year</source>
        <translation>一年</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars of %1:</source>
        <translation>每柱%1：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to %L1</source>
        <translation>最多 %L1</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <location filename="../../ui/window/DataExchange.cpp" line="+20"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TimelineJS document (*.json)</source>
        <translation>TimelineJS 文档 (*.json)</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../ui/editor/EditCommand.cpp" line="+22"/>
        <source>Parley could not undo “%1”: %2 It was taken out of the history.</source>
        <translation>Parley 无法撤销“%1”：%2 该步骤已从历史记录中移除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parley could not redo “%1”: %2 It was taken out of the history.</source>
        <translation>Parley 无法重做“%1”：%2 该步骤已从历史记录中移除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another program changed these records since, and going back would write over its change.</source>
        <translation>此后另一个程序修改了这些记录，回退会覆盖它的修改。</translation>
    </message>
</context>
<context>
    <name>FigureSources</name>
    <message>
        <location filename="../../ui/model/FigureSources.cpp" line="+102"/>
        <source>The %L1 meetings in view are too many to cite one by one; a narrower range or filter lists their sources.</source>
        <translation>视图中的 %L1 场会晤过多，无法逐一列出来源；缩小日期范围或筛选条件即可列出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, “%2”, %3</source>
        <translation>%1，《%2》，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <location filename="../../ui/timeline/KindLegend.cpp" line="+26"/>
        <source>Known to the month or year</source>
        <translation>仅知月份或年份</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/model/HtmlText.cpp" line="+81"/>
        <source>Bilateral</source>
        <translation>双边会谈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multilateral</source>
        <translation>多边会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tariff</source>
        <translation>关税</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban</source>
        <translation>禁令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity list</source>
        <translation>实体清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment review</source>
        <translation>投资审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other measure</source>
        <translation>其他措施</translation>
    </message>
</context>
<context>
    <name>MeetingCitation</name>
    <message>
        <location filename="../../ui/panels/MeetingCitation.cpp" line="+31"/>
        <source>%1, %2, %3 (host: %4).</source>
        <translation>%1，%2，%3（东道国：%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 (host: %3).</source>
        <translation>%1，%2（东道国：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants: %1.</source>
        <translation>参与者：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy &amp;Citation</source>
        <translation>复制引文(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Citation as &amp;BibTeX</source>
        <translation>复制为 BibTeX 引文(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Citation as CS&amp;L-JSON</source>
        <translation>复制为 CSL-JSON 引文(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <location filename="../../ui/editor/RemovalText.cpp" line="+23"/>
        <source>Delete the source “%1”?</source>
        <translation>删除来源“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the country “%1”?</source>
        <translation>删除国家“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the topic “%1”?</source>
        <translation>删除议题“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the official “%1”?</source>
        <translation>删除官员“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the meeting “%1”?</source>
        <translation>删除会晤“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the measure “%1”?</source>
        <translation>删除措施“%1”？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 meeting will no longer cite it.</source>
        <translation>1 场会晤将不再引用它。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meetings will no longer cite it.</source>
        <translation>
            <numerusform>%n 场会晤将不再引用它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 measure will no longer cite it.</source>
        <translation>1 项措施将不再引用它。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measures will no longer cite it.</source>
        <translation>
            <numerusform>%n 项措施将不再引用它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 measure will no longer name it as a target.</source>
        <translation>1 项措施将不再以它为对象。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measures will no longer name it as a target.</source>
        <translation>
            <numerusform>%n 项措施将不再以它为对象。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 meeting will lose this topic.</source>
        <translation>1 场会晤将失去此议题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meetings will lose this topic.</source>
        <translation>
            <numerusform>%n 场会晤将失去此议题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 measure will lose this topic.</source>
        <translation>1 项措施将失去此议题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measures will lose this topic.</source>
        <translation>
            <numerusform>%n 项措施将失去此议题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was raised at 1 meeting, which will no longer link it.</source>
        <translation>它曾在 1 场会晤中被提及，该会晤将不再关联它。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It was raised at %n meetings, which will no longer link it.</source>
        <translation>
            <numerusform>它曾在 %n 场会晤中被提及，这些会晤将不再关联它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes part in no meeting.</source>
        <translation>%1 未参加任何会晤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes part in 1 meeting and will be removed from it.</source>
        <translation>%1 参加了 1 场会晤，将从中移除。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 takes part in %n meetings and will be removed from them.</source>
        <translation>
            <numerusform>%1 参加了 %n 场会晤，将从中移除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its 1 subtopic will become a topic of its own.</source>
        <translation>它的 1 个子议题将成为独立议题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Its %n subtopics will become topics of their own.</source>
        <translation>
            <numerusform>它的 %n 个子议题将成为独立议题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its 1 subtopic will move up to “%1”.</source>
        <translation>它的 1 个子议题将上移到“%1”之下。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Its %n subtopics will move up to “%1”.</source>
        <translation>
            <numerusform>它的 %n 个子议题将上移到“%1”之下。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other record refers to it.</source>
        <translation>没有其他记录引用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting: %1 (%2)</source>
        <translation>会晤：%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subtopic: %1</source>
        <translation>子议题：%1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../../ui/window/StartupOptions.cpp" line="+67"/>
        <source>Timeline viewer for diplomatic meetings</source>
        <translation>外交会晤时间轴查看器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parley database (default: the last one used, or the history of U.S. diplomatic travel)</source>
        <translation>Parley 数据库（默认：上次使用的数据库，或美国外交出访史）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this official&apos;s panel</source>
        <translation>显示该官员的面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this meeting</source>
        <translation>选中该会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show meetings from this date (YYYY-MM-DD)</source>
        <translation>显示自该日期起的会晤（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show meetings up to this date (YYYY-MM-DD)</source>
        <translation>显示截至该日期的会晤（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only meetings involving this country (repeatable)</source>
        <translation>仅显示涉及该国家的会晤（可重复指定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only meetings on this topic or its subtopics (repeatable)</source>
        <translation>仅显示涉及该议题或其子议题的会晤（可重复指定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lanes by country, official or topic</source>
        <translation>按国家（country）、官员（official）或议题（topic）分行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the channel between two sides, countries or officials, as US,CN or antony-blinken,wang-yi</source>
        <translation>显示双方（国家或官员）之间的往来，如 US,CN 或 antony-blinken,wang-yi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what came before and after this measure or meeting</source>
        <translation>显示该措施或会晤前后发生的事</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the window to this PNG file and exit</source>
        <translation>将窗口渲染为该 PNG 文件后退出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the timeline view to this .png, .svg or .pdf file and exit</source>
        <translation>将时间轴视图导出为该 .png、.svg 或 .pdf 文件后退出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size of the exported view in pixels (default 1600x900)</source>
        <translation>导出视图的像素尺寸（默认 1600x900）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the sources of what the exported view shows under it, numbered on it</source>
        <translation>在导出的视图下方列出所示内容的来源，并在图中标注编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language, such as zh_CN or en (default: the system&apos;s)</source>
        <translation>界面语言，如 zh_CN 或 en（默认：系统语言）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at most one database.</source>
        <translation>最多只能指定一个数据库。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--channel takes two different sides, each a country code or an official id, as US,CN or antony-blinken,wang-yi.</source>
        <translation>--channel 的取值为两个不同的一方，各为国家代码或官员 ID，如 US,CN 或 antony-blinken,wang-yi。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size takes a width and a height in pixels, as 1600x900.</source>
        <translation>--size 需要以像素为单位的宽度和高度，如 1600x900。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang takes a language, as zh_CN or en.</source>
        <translation>--lang 需要一种语言，如 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--from and --to take a date as YYYY-MM-DD.</source>
        <translation>--from 和 --to 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--group-by takes country, official or topic.</source>
        <translation>--group-by 的取值为 country、official 或 topic。</translation>
    </message>
</context>
<context>
    <name>TimeAxisPainter</name>
    <message>
        <location filename="../../ui/timeline/TimeAxisPainter.cpp" line="+85"/>
        <source>By country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By official</source>
        <translation>按官员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By topic</source>
        <translation>按议题</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../ui/timeline/TimelineExport.cpp" line="+98"/>
        <source>%1: choose a .png, .svg or .pdf file name</source>
        <translation>%1：请使用 .png、.svg 或 .pdf 文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <location filename="../../ui/timeline/TimelineLayout.cpp" line="+134"/>
        <source>Measures · %1</source>
        <translation>措施 · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No participants listed</source>
        <translation>未列出与会者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No topic</source>
        <translation>无议题</translation>
    </message>
</context>
<context>
    <name>TimelineSheets</name>
    <message>
        <location filename="../../ui/timeline/TimelineSheets.cpp" line="+109"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and %L1 more: a PDF or a print lists them all</source>
        <translation>……另有 %L1 条：PDF 或打印件会全部列出</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No meetings match the filter.</source>
        <translation>没有符合筛选条件的会晤。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Parley — %1 to %2</source>
        <translation>Parley — %1至%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · meetings shown: %L1</source>
        <translation> · 显示的会晤：%L1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %L1 busiest of %L2 lanes; a PDF or a print shows them all</source>
        <translation>共 %L2 行中最繁忙的 %L1 行；PDF 或打印件显示全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes %L1–%L2 of %L3</source>
        <translation>第 %L1–%L2 行，共 %L3 行</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TimelineToolTips</name>
    <message>
        <location filename="../../ui/timeline/TimelineToolTips.cpp" line="+49"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln measures</source>
        <translation>
            <numerusform>%Ln 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln 场会晤</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to select the first, double-click to zoom in</source>
        <translation>单击选中第一项，双击放大</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imposed by %1 on %2</source>
        <translation>由 %1 对 %2 实施</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 – %3</source>
        <translation>%1，%2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No holder on record</source>
        <translation>无任职记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2, %3, imposed by %4</source>
        <translation>%1，%2，%3，由%4实施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/parley/main.cpp" line="+52"/>
        <source>Run with --help for more information.</source>
        <translation>使用 --help 查看更多信息。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the query did not finish in time</source>
        <translation>查询未能按时完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::AnalysisViews</name>
    <message>
        <location filename="../../ui/window/AnalysisViews.cpp" line="+31"/>
        <source>Channel</source>
        <translation>往来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>往来列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What followed</source>
        <translation>前因后果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since last open</source>
        <translation>上次打开以来的新内容</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>C&amp;hannel…</source>
        <translation>往来(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channe&amp;ls</source>
        <translation>往来列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What Followed</source>
        <translation>前因后果(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Since Last Open</source>
        <translation>上次打开以来的新内容(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Showing %1&apos;s meetings by country: the lane of %2 holds the channel.</source>
        <translation>按国家显示%1的会晤：%2 一行即为双方往来。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the meetings of %1 with %2.</source>
        <translation>显示%1与%2的会晤。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing %1&apos;s meetings, those with %2 highlighted.</source>
        <translation>显示%1的会晤，其中与%2的会晤高亮显示。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelChart</name>
    <message>
        <location filename="../../ui/panels/ChannelChart.cpp" line="+17"/>
        <source>%1: 1 meeting</source>
        <translation>%1：1 场会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 meetings</source>
        <translation>%1：%2 场会晤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings per year</source>
        <translation>每年会晤次数</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No meetings</source>
        <translation>无会晤</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelPanel</name>
    <message>
        <location filename="../../ui/panels/ChannelPanel.cpp" line="+44"/>
        <source>Show on timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures and countermeasures</source>
        <translation>措施与反制措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>往来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First side</source>
        <translation>第一方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second side</source>
        <translation>第二方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often they met</source>
        <translation>会晤频率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings between them</source>
        <translation>双方之间的会晤</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Offices that met</source>
        <translation>会晤的职务</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+123"/>
        <location line="+43"/>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Filter the timeline down to these meetings as far as filters can</source>
        <translation>尽可能将时间轴筛选为这些会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures of one country on the other, each with the other&apos;s answer</source>
        <translation>一国对另一国的措施，各附对方的回应</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+1"/>
        <source>Office of %1</source>
        <translation>%1的职务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose two different sides.</source>
        <translation>请选择两个不同的一方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose two sides, countries or officials, to see how often they met.</source>
        <translation>选择双方（国家或官员），查看他们会晤的频率。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none on record)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meetings (%1)</source>
        <translation>会晤（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices that met (%1)</source>
        <translation>会晤的职务（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1与%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting between them is on record.</source>
        <translation>双方之间没有会晤记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median interval</source>
        <translation>间隔中位数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest gaps</source>
        <translation>最长间隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last met</source>
        <translation>上次会晤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ago: %2</source>
        <translation>%1前：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under way or ahead: %1</source>
        <translation>进行中或尚未举行：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ↔ %2: %3</source>
        <translation>%1 ↔ %2：%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelsList</name>
    <message>
        <location filename="../../ui/panels/ChannelsList.cpp" line="+30"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last met</source>
        <translation>上次会晤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Busiest channels</source>
        <translation>最频繁的往来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels silent longest</source>
        <translation>沉寂最久的往来</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>往来列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busiest</source>
        <translation>最频繁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent longest</source>
        <translation>沉寂最久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs of countries that met at least three times, the longest silent first</source>
        <translation>至少会晤三次的国家对，沉寂最久者在前</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pairs of countries that met, among all %1 meetings.</source>
        <translation>在全部 %1 场会晤中有过会晤的国家对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs of countries that met, among the %1 meetings the filters show.</source>
        <translation>在筛选显示的 %1 场会晤中有过会晤的国家对。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ahead</source>
        <translation>尚未举行</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConflictDialog</name>
    <message>
        <location filename="../../ui/editor/ConflictDialog.cpp" line="+13"/>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted Meanwhile</source>
        <translation>已被他处删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program deleted “%1” after you opened it.</source>
        <translation>在你打开“%1”之后，另一个程序删除了它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save yours to put it back, or discard your changes.</source>
        <translation>保存你的版本以恢复它，或放弃你的修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mine</source>
        <translation>保存我的(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Mine</source>
        <translation>放弃我的(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed Meanwhile</source>
        <translation>已被他处修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program changed “%1” after you opened it.</source>
        <translation>在你打开“%1”之后，另一个程序修改了它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It changed: %1.</source>
        <translation>它修改了：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed: %1.</source>
        <translation>你修改了：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both can be kept: you changed different fields.</source>
        <translation>两者都可保留：你们修改的是不同字段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You both changed the same field.</source>
        <translation>你们修改了同一字段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Combine Both</source>
        <translation>合并两者(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the Form</source>
        <translation>返回表单(&amp;B)</translation>
    </message>
</context>
<context>
    <name>parley::ui::CountermeasureLanes</name>
    <message>
        <location filename="../../ui/timeline/CountermeasureLanes.cpp" line="+40"/>
        <source>Measures and countermeasures over time</source>
        <translation>随时间推移的措施与反制措施</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>%1
%2, announced %3</source>
        <translation>%1
%2，宣布于 %3</translation>
    </message>
</context>
<context>
    <name>parley::ui::CountryFilterList</name>
    <message>
        <location filename="../../ui/filters/CountryFilterList.cpp" line="+35"/>
        <source>Find a country…</source>
        <translation>查找国家…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a country</source>
        <translation>查找国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Channel with…</source>
        <translation>与…的往来(&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>parley::ui::CountryForm</name>
    <message>
        <location filename="../../ui/editor/CountryForm.cpp" line="+15"/>
        <source>CN, US, EU…</source>
        <translation>CN、US、EU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166-1 alpha-2, or a bloc&apos;s code; it cannot change later</source>
        <translation>ISO 3166-1 二位字母代码或集团代码；之后不能更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is already %2</source>
        <translation>“%1”已是%2的代码</translation>
    </message>
</context>
<context>
    <name>parley::ui::DatabaseFiles</name>
    <message>
        <location filename="../../ui/window/DatabaseFiles.cpp" line="+34"/>
        <source>U.S. diplomatic travel and visits, 1866–2025 (Office of the Historian)</source>
        <translation>美国外交出访与来访，1866–2025（美国国务院历史文献办公室）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>US–China commerce talks, 2023 (sample)</source>
        <translation>2023 年中美商务会谈（示例）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is missing from this build of Parley</source>
        <translation>此 Parley 版本中缺少“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot write the example database</source>
        <translation>%1：无法写入示例数据库</translation>
    </message>
</context>
<context>
    <name>parley::ui::DateField</name>
    <message>
        <location filename="../../ui/editor/DateField.cpp" line="+33"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date as 2023-05-12; 2023-05 is the 1st of May, 2023 is 1 January</source>
        <translation>日期格式如 2023-05-12；2023-05 表示 5 月 1 日，2023 表示 1 月 1 日</translation>
    </message>
</context>
<context>
    <name>parley::ui::DateText</name>
    <message>
        <location filename="../../ui/model/DateText.cpp" line="+13"/>
        <source>%1 – %2</source>
        <comment>a period across months or years</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <comment>days within one month, or whole years</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>d MMMM yyyy</source>
        <comment>a day</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMMM yyyy</source>
        <comment>a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy</source>
        <comment>a year</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>d</source>
        <comment>first day of a period within one month</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMMM yyyy</source>
        <comment>last day of a period within one month</comment>
        <translation>d日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMMM</source>
        <comment>first day of a period within one year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMMM yyyy</source>
        <comment>last day of a period within one year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/TimeTicks.cpp" line="+116"/>
        <source>ddd d</source>
        <comment>a day on the time axis, with its weekday</comment>
        <translation>ddd d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d</source>
        <comment>a day on the time axis</comment>
        <translation>d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <comment>the first day of a week on the time axis</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>parley::ui::DeleteDialog</name>
    <message>
        <location filename="../../ui/editor/DeleteDialog.cpp" line="+18"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可通过“编辑 ▸ 撤销”撤销此操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records that will change</source>
        <translation>将被修改的记录</translation>
    </message>
</context>
<context>
    <name>parley::ui::Editor</name>
    <message>
        <location filename="../../ui/editor/Editor.cpp" line="+73"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is read-only: Parley cannot write to its file or its folder, so nothing in it can be changed.</source>
        <translation>此数据库为只读：Parley 无法写入其文件或所在文件夹，因此不能修改其中任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is still opening: it can be changed once its meetings are in.</source>
        <translation>数据库仍在打开：会议读入后即可修改。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not Undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+44"/>
        <location filename="../../ui/editor/EditorForms.cpp" line="+59"/>
        <location line="+15"/>
        <source>“%1” is not in the database any more.</source>
        <translation>“%1”已不在数据库中。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be deleted.</source>
        <translation>无法删除“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %2 the host of “%1”</source>
        <translation>将“%1”的东道国改为%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “%1” to %2, hosted by %3</source>
        <translation>将“%1”移至 %2，东道国为%3</translation>
    </message>
    <message>
        <location filename="../../ui/editor/EditorActions.cpp" line="+31"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Meeting…</source>
        <translation>新建会晤(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Official…</source>
        <translation>新建官员(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Mea&amp;sure…</source>
        <translation>新建措施(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Topic…</source>
        <translation>新建议题(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Country…</source>
        <translation>新建国家(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New So&amp;urce…</source>
        <translation>新建来源(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Meeting…</source>
        <translation>复制会晤(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Edit &amp;History</source>
        <translation>编辑历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New &amp;Other</source>
        <translation>新建其他(&amp;N)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a meeting first, or an official or a measure in its panel</source>
        <translation>请先选择一场会晤，或在面板中选择一名官员或一项措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit %1…</source>
        <translation>编辑%1(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete %1…</source>
        <translation>删除%1(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same meeting on the next day, to check and save</source>
        <translation>同一会晤改在次日，核对后保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a meeting first</source>
        <translation>请先选择一场会晤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <location filename="../../ui/editor/EditorForms.cpp" line="-26"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate Meeting</source>
        <translation>复制会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The form now shows the record as the other program left it. Save keeps it so; Cancel closes the form.</source>
        <translation>表单现在显示的是另一个程序修改后的记录。保存即保留此版本；取消则关闭表单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their changes and yours are both in the form now: check them and save.</source>
        <translation>对方和你的修改现已都在表单中：请核对后保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(with 1 new record)</source>
        <translation>（含 1 条新记录）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(with %n new records)</source>
        <translation>
            <numerusform>（含 %n 条新记录）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::EmptyState</name>
    <message>
        <location filename="../../ui/window/EmptyState.cpp" line="+14"/>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database holds no meetings yet</source>
        <translation>此数据库中尚无会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a parley/1 JSON document to fill it, open another database from the File menu, or open one of the examples that come with Parley.</source>
        <translation>导入 parley/1 格式的 JSON 文档以填充数据，从“文件”菜单打开其他数据库，或打开 Parley 自带的示例之一。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
</context>
<context>
    <name>parley::ui::EngagementsModel</name>
    <message>
        <location filename="../../ui/panels/EngagementsModel.cpp" line="+52"/>
        <location line="+19"/>
        <source>No office on record</source>
        <translation>无职务记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As %1</source>
        <translation>时任 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1</source>
        <translation>对方：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office held</source>
        <translation>时任职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>parley::ui::EngagementsView</name>
    <message>
        <location filename="../../ui/panels/EngagementsView.cpp" line="+23"/>
        <source>Engagements</source>
        <translation>会晤记录</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Engagements (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;会晤记录（%1）&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Engagements (%1)</source>
        <translation>会晤记录（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show &amp;Meeting</source>
        <translation>显示会晤(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>parley::ui::EraOffices</name>
    <message>
        <location filename="../../ui/window/EraOffices.cpp" line="+34"/>
        <source>Office &amp;Bands</source>
        <translation>职务时期带(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose &amp;Offices…</source>
        <translation>选择职务(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Office Bands</source>
        <translation>职务时期带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an office or a country…</source>
        <translation>查找职务或国家…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::ErrorText</name>
    <message>
        <location filename="../../ui/window/ErrorText.cpp" line="+24"/>
        <source>%1: invalid JSON at line %2, column %3: %4</source>
        <translation>%1：JSON 无效，位于第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: duplicate id</source>
        <translation>%1：id 重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: duplicate key</source>
        <translation>%1：键重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: missing (required)</source>
        <translation>%1：缺失（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: empty (required)</source>
        <translation>%1：为空（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1：“%2”列出了两次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not %3 defined in the document</source>
        <translation>%1：“%2”不是文档中定义的%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not %3 in the database</source>
        <translation>%1：“%2”不是数据库中的%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; does not fit precision month (write the 1st of the month)</source>
        <translation>%1：“%2”与精度“月”不符（请写该月 1 日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; does not fit precision year (write 1 January)</source>
        <translation>%1：“%2”与精度“年”不符（请写 1 月 1 日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the topic tree has a cycle through &quot;%2&quot;</source>
        <translation>%1：议题树经由“%2”形成循环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before the start %3</source>
        <translation>%1：%2 早于开始日期 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>%1：“%2”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not one of day, month, year</source>
        <translation>%1：“%2”不是 day、month、year 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a known kind</source>
        <translation>%1：“%2”不是已知的类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an id (lowercase ASCII words joined by hyphens, at most %3 characters)</source>
        <translation>%1：“%2”不是 id（由连字符连接的小写 ASCII 单词，最多 %3 个字符）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an id</source>
        <translation>%1：“%2”不是 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a country code (ISO 3166-1 alpha-2 or a bloc code)</source>
        <translation>%1：“%2”不是国家代码（ISO 3166-1 二位字母代码或集团代码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a country in the database</source>
        <translation>%1：“%2”不是数据库中的国家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL</source>
        <translation>%1：“%2”不是 http:// 或 https:// 网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the source id &quot;%2&quot; is taken by another URL</source>
        <translation>%1：来源 id“%2”已被另一个网址占用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is already the id of row %3</source>
        <translation>%1：“%2”已是第 %3 行的 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not parley/1</source>
        <translation>%1：“%2”不是 parley/1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为%2，实为 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1：嵌套超过 %2 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a text of %2 bytes; at most %3 are allowed</source>
        <translation>%1：文本长 %2 字节；最多允许 %3 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: empty file, not a parley/1 document</source>
        <translation>%1：空文件，不是 parley/1 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a folder, not a parley/1 document</source>
        <translation>%1：这是文件夹，不是 parley/1 文档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not UTF-8 text (it looks like UTF-16 or UTF-32); save it as UTF-8</source>
        <translation>%1：不是 UTF-8 文本（看起来是 UTF-16 或 UTF-32）；请另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1：不是有效的 UTF-8（请将文件另存为 UTF-8）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the file (missing or not readable)</source>
        <translation>%1：无法读取该文件（不存在或不可读）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a quoted field is never closed</source>
        <translation>%1：带引号的字段没有结束引号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text after the closing quote (double a quote inside a field)</source>
        <translation>%1：结束引号后还有文字（字段内的引号请写两次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a quote inside an unquoted field (quote the field and double the quote)</source>
        <translation>%1：未加引号的字段中有引号（请给字段加引号，并将引号写两次）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 fields, but the header (row %3) has %4</source>
        <translation>%1：有 %2 个字段，但表头（第 %3 行）有 %4 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown column &quot;%2&quot; (the header must name %3)</source>
        <translation>%1：未知的列“%2”（表头须列出 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: column &quot;%2&quot; appears twice (the header must name %3)</source>
        <translation>%1：列“%2”出现了两次（表头须列出 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: column &quot;%2&quot; is missing (the header must name %3)</source>
        <translation>%1：缺少列“%2”（表头须列出 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: empty; expected the header row %2</source>
        <translation>%1：为空；应有表头行 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: read-only (opened for reading, or the file or its folder cannot be written); nothing was imported</source>
        <translation>%1：只读（以只读方式打开，或文件及其所在文件夹不可写）；未导入任何内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>: row %1, column &quot;%2&quot;</source>
        <translation>：第 %1 行，“%2”列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: row %1</source>
        <translation>：第 %1 行</translation>
    </message>
</context>
<context>
    <name>parley::ui::ExportSizeDialog</name>
    <message>
        <location filename="../../ui/window/ExportSizeDialog.cpp" line="+35"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size of the exported view in pixels. A PDF gets pages of this size at 96 pixels an inch, as many as its lanes need.</source>
        <translation>导出视图的尺寸（像素）。PDF 每页为此尺寸（每英寸 96 像素），页数随行数而定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>parley::ui::FilterPanel</name>
    <message>
        <location filename="../../ui/filters/FilterPanel.cpp" line="+47"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings…</source>
        <translation>搜索会晤…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>搜索会晤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit start date</source>
        <translation>限定起始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit end date</source>
        <translation>限定截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM yyyy</source>
        <comment>date field format</comment>
        <extracomment>The date fields&apos; format (QDate::toString); Chinese writes yyyy年M月d日.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <comment>a date field with no date</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last year</source>
        <translation>近一年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last year of the data</source>
        <translation>数据的最后一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 5 years</source>
        <translation>近五年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last five years of the data</source>
        <translation>数据的最后五年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Kinds of meeting</source>
        <translation>会晤类型</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the officials filter</source>
        <translation>清除官员筛选</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Only meetings with %1</source>
        <translation>仅显示 %1 参加的会晤</translation>
    </message>
</context>
<context>
    <name>parley::ui::LoadingState</name>
    <message>
        <location filename="../../ui/window/LoadingState.cpp" line="+17"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading meetings: %1 of %2</source>
        <translation>正在读取会晤：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Indexing %Ln meetings…</source>
        <translation>
            <numerusform>正在为 %Ln 场会晤建立索引…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+88"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Read-only: this file or its folder cannot be written</source>
        <translation>只读：该文件或其所在文件夹不可写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parley shows this database but cannot import into it or edit it. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Parley 可以显示此数据库，但不能向其中导入或编辑。请将其复制到可写入的文件夹，或更改其权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop highlighting (Escape)</source>
        <translation>停止突出显示 (Esc)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The query failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of %2 meetings</source>
        <translation>显示 %1 场会晤（共 %2 场）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 measures</source>
        <translation>%1，%2 项措施</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowDatabase.cpp" line="+53"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley cannot open this database:

%1</source>
        <translation>Parley 无法打开此数据库：

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowNavigation.cpp" line="+28"/>
        <source>Meeting “%1” is not among the meetings shown.</source>
        <translation>会晤“%1”不在当前显示的会晤之中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no measure “%1”.</source>
        <translation>没有措施“%1”。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Highlighting %1</source>
        <translation>正在突出显示 %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+5"/>
        <source>Showing %1 – %2</source>
        <translation>显示范围：%1至%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (read-only) — Parley</source>
        <translation>%1（只读）— Parley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Parley</source>
        <translation>%1 — Parley</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowActions.cpp" line="+64"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a parley/1 JSON document or a meetings CSV</source>
        <translation>导入 parley/1 JSON 文档或会晤 CSV 表格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By &amp;Country</source>
        <translation>按国家(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Official</source>
        <translation>按官员(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Topic</source>
        <translation>按议题(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show &amp;Measures</source>
        <translation>显示措施(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+249"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open E&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View as &amp;Image, SVG or PDF…</source>
        <translation>将视图导出为图像、SVG 或 PDF(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cite Sources in Figures and Prints</source>
        <translation>在图表和打印件中注明来源(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meetings as &amp;Calendar (iCalendar)…</source>
        <translation>会晤导出为日历(&amp;C) (iCalendar)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings as &amp;Spreadsheet (CSV)…</source>
        <translation>会晤导出为电子表格(&amp;S) (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings as &amp;TimelineJS…</source>
        <translation>会晤导出为 TimelineJS(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/window/MainWindowMenus.cpp" line="+63"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+200"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group Lanes</source>
        <translation>分行方式(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/window/MainWindowMenus.cpp" line="-2"/>
        <source>&amp;Fit All</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+135"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Meeting</source>
        <translation>上一场会晤(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Meeting</source>
        <translation>下一场会晤(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Parley</source>
        <translation>关于 Parley(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley cannot make the example&apos;s database:

%1</source>
        <translation>Parley 无法创建示例的数据库：

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Parley Database</source>
        <translation>打开 Parley 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parley databases (*.parley *.db *.sqlite);;All files (*)</source>
        <translation>Parley 数据库 (*.parley *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported:

%1</source>
        <translation>未导入任何内容：

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the Timeline View</source>
        <translation>导出时间轴视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click a count</source>
        <translation>双击计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom into it</source>
        <translation>放大到该时段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back / forward through meetings, measures and officials</source>
        <translation>在查看过的会晤、措施和官员间后退 / 前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop highlighting an official, then clear the selection</source>
        <translation>先停止突出显示官员，再清除选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F6 / Shift+F6, Tab</source>
        <translation>F6 / Shift+F6，Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous pane, next control</source>
        <translation>下一个 / 上一个窗格，下一个控件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+B, Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+B, Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide office bands, choose the offices</source>
        <translation>显示或隐藏职务时期带，选择职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C, Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+C, Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A channel between two sides, the channels</source>
        <translation>双方之间的往来；往来列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What came before and after a measure or a meeting</source>
        <translation>措施或会晤前后发生的事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is new since the database was last seen</source>
        <translation>自上次查看数据库以来的新内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected meeting&apos;s citation with its sources</source>
        <translation>复制所选会晤的引文及其来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database, import JSON or CSV</source>
        <translation>打开数据库、导入 JSON 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+P</source>
        <translation>Ctrl+E, Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the view, print it</source>
        <translation>导出视图、打印视图</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Parley %1&lt;/h3&gt;&lt;p&gt;A timeline of diplomatic meetings, the officials who held them and the measures around them.&lt;/p&gt;&lt;p&gt;Its examples are the records of the Office of the Historian of the U.S. Department of State (history.state.gov), in the public domain, and public reporting on the US–China commerce talks of May 2023; every fact names its source.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parley %1&lt;/h3&gt;&lt;p&gt;外交会晤的时间轴：会晤本身、出席会晤的官员，以及会晤前后的各项措施。&lt;/p&gt;&lt;p&gt;示例数据取自美国国务院历史文献办公室（history.state.gov）的公有领域记录，以及 2023 年 5 月中美商务会谈的公开报道；每一条事实都注明了来源。&lt;/p&gt;&lt;p&gt;依据 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+26"/>
        <location filename="../../ui/window/MainWindowMenus.cpp" line="+82"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Import into the Database</source>
        <translation>导入到数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parley/1 JSON or meetings CSV (*.json *.csv);;All files (*)</source>
        <translation>parley/1 JSON 或会晤 CSV (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the Meetings Shown</source>
        <translation>导出当前显示的会晤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1 (meetings: %2)</source>
        <translation>已导出到 %1（会晤：%2 场）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../ui/window/MainWindowMenus.cpp" line="+3"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ctrl+wheel, pinch, + / -</source>
        <translation>Ctrl+滚轮、双指捏合、+ / -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel, Up / Down</source>
        <translation>滚轮、上 / 下方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scroll lanes</source>
        <translation>上下滚动各行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+wheel, drag, Left / Right</source>
        <translation>Shift+滚轮、拖动、左 / 右方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move in time</source>
        <translation>沿时间移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on the time axis</source>
        <translation>在时间刻度上拖动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to that range</source>
        <translation>缩放到该时间范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right with a meeting selected</source>
        <translation>选中会晤时按左 / 右方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous / next meeting</source>
        <translation>上一场 / 下一场会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lanes by country / official / topic</source>
        <translation>按国家 / 官员 / 议题分行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide measures</source>
        <translation>显示或隐藏措施</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+O, Ctrl+I</source>
        <translation>Ctrl+O, Ctrl+I</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Parley</source>
        <translation>关于 Parley</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindowMenus.cpp" line="-117"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Export the View…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>Show &amp;Details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Show &amp;Official</source>
        <translation>显示官员(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Export This Meeting</source>
        <translation>导出此会晤(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;Calendar Event (iCalendar)…</source>
        <translation>导出为日历事件 (iCalendar)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;Spreadsheet (CSV)…</source>
        <translation>导出为表格 (CSV)(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;TimelineJS…</source>
        <translation>导出为 TimelineJS(&amp;T)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export the Meeting</source>
        <translation>导出会晤</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a meeting to cite.</source>
        <translation>请选择要引用的会晤。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the citation of “%1”.</source>
        <translation>已复制“%1”的引文。</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeasureDetails</name>
    <message>
        <location filename="../../ui/panels/MeasureDetails.cpp" line="+15"/>
        <source>Measure details</source>
        <translation>措施详情</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select a measure on the timeline or in a meeting&apos;s details</source>
        <translation>请在时间轴或会晤详情中选择一项措施</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>宣布时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imposed by</source>
        <translation>实施方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On</source>
        <translation>针对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aimed at</source>
        <translation>针对对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised at</source>
        <translation>提及该措施的会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeasureForm</name>
    <message>
        <location filename="../../ui/editor/MeasureForm.cpp" line="+32"/>
        <source>What the measure is known as</source>
        <translation>该措施的通称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a target country…</source>
        <translation>添加对象国家…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A company, body or person, if the measure names one</source>
        <translation>措施所针对的公司、机构或个人（如有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a topic…</source>
        <translation>添加议题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source by title or publisher…</source>
        <translation>按标题或发布者添加来源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imposed by:</source>
        <translation>实施方(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targ&amp;ets:</source>
        <translation>对象(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target e&amp;ntity:</source>
        <translation>对象实体(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced:</source>
        <translation>宣布日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;opics:</source>
        <translation>议题(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urces:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingDetails</name>
    <message>
        <location filename="../../ui/panels/MeetingDetails.cpp" line="+17"/>
        <source>Meeting details</source>
        <translation>会晤详情</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a meeting on the timeline or in the table</source>
        <translation>请在时间轴或表格中选择一场会晤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current filters hide this meeting</source>
        <translation>当前筛选条件隐藏了这场会晤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>东道国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>相关措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/DetailsHtml.cpp" line="+58"/>
        <source>%1, “%2”, %3</source>
        <translation>%1，《%2》，%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingDrag</name>
    <message>
        <location filename="../../ui/timeline/MeetingDrag.cpp" line="+122"/>
        <source>Hosted by %1</source>
        <translation>东道国：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc cancels</source>
        <translation>按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingForm</name>
    <message>
        <location filename="../../ui/editor/MeetingForm.cpp" line="+38"/>
        <source>What the meeting is known as</source>
        <translation>该会晤的通称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+130"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The last day; the same as the start for a meeting of one day</source>
        <translation>最后一天；一天的会晤与开始日期相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, venue</source>
        <translation>城市、场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country that hosts the meeting</source>
        <translation>主办该会晤的国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a participant by name, native name or alias…</source>
        <translation>按姓名、本名或别名添加与会者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a topic…</source>
        <translation>添加议题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measure raised at the meeting…</source>
        <translation>添加会晤中提及的措施…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source by title or publisher…</source>
        <translation>按标题或发布者添加来源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, in a few sentences</source>
        <translation>用几句话概述所谈及所达成的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>东道国(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;articipants:</source>
        <translation>与会者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opics:</source>
        <translation>议题(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mea&amp;sures:</source>
        <translation>措施(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urces:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingRowsModel</name>
    <message>
        <location filename="../../ui/panels/MeetingRowsModel.cpp" line="+69"/>
        <source>A date known only to the month stands for the whole month</source>
        <translation>仅知月份的日期代表整个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2，%3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lag</source>
        <translation>时差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingsTable</name>
    <message>
        <location filename="../../ui/panels/MeetingsTable.cpp" line="+18"/>
        <source>Meetings table</source>
        <translation>会晤表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
</context>
<context>
    <name>parley::ui::MeetingsTableModel</name>
    <message>
        <location filename="../../ui/panels/MeetingsTableModel.cpp" line="+171"/>
        <source>%1
%2, hosted by %3 (%4)</source>
        <translation>%1
%2，东道国：%3（%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
</context>
<context>
    <name>parley::ui::NavigationHistory</name>
    <message>
        <location filename="../../ui/window/NavigationHistory.cpp" line="+11"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the previous meeting, measure or official (Alt+Left)</source>
        <translation>返回上一个查看的会晤、措施或官员 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward again (Alt+Right)</source>
        <translation>重新前进 (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewSinceLastOpenPanel</name>
    <message>
        <location filename="../../ui/panels/NewSinceLastOpenPanel.cpp" line="+26"/>
        <source>1 meeting</source>
        <translation>1 场会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 meetings</source>
        <translation>%1 场会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 official</source>
        <translation>1 位官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 officials</source>
        <translation>%1 位官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 measure</source>
        <translation>1 项措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 measures</source>
        <translation>%1 项措施</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark all seen</source>
        <translation>全部标为已看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New since last open</source>
        <translation>上次打开以来的新内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New and changed records</source>
        <translation>新增和更改的记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count everything in this database as seen: only what is added or changed from now on will be listed</source>
        <translation>将此数据库中的全部内容视为已看：此后只列出新增或更改的内容</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Comparing with what you last saw…</source>
        <translation>正在与上次查看的内容比较…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is new or changed since you last marked this database seen.</source>
        <translation>自上次将此数据库标为已看以来，没有新增或更改的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New or changed since you last marked this database seen: %1.</source>
        <translation>自上次将此数据库标为已看以来新增或更改：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parley cannot remember what you have seen: %1</source>
        <translation>Parley 无法记住您已看过的内容：%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfficialDossier</name>
    <message>
        <location filename="../../ui/panels/OfficialDossier.cpp" line="+43"/>
        <source>no official with the id &apos;%1&apos;</source>
        <translation>没有 ID 为“%1”的官员</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfficialForm</name>
    <message>
        <location filename="../../ui/editor/OfficialForm.cpp" line="+26"/>
        <source>As English-language sources write it</source>
        <translation>按英文资料的写法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the official&apos;s own script, if it is another</source>
        <translation>官员本国文字的写法（如不同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names, one a line</source>
        <translation>其他名称，每行一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nati&amp;ve name:</source>
        <translation>本名(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offices:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Office %1, title</source>
        <translation>职务 %1，名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office %1, organization</source>
        <translation>职务 %1，机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office %1, start</source>
        <translation>职务 %1，开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office %1, end</source>
        <translation>职务 %1，结束</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfficialPanel</name>
    <message>
        <location filename="../../ui/panels/OfficialPanel.cpp" line="+34"/>
        <source>Show on timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel with…</source>
        <translation>与…的往来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official&apos;s name</source>
        <translation>官员姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Highlight this official&apos;s meetings on the timeline and dim the others</source>
        <translation>在时间轴上突出显示该官员的会晤，其余变暗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often this official met a country or another official, and which offices met</source>
        <translation>该官员与某国家或另一官员会晤的频率，以及哪些职务之间会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cite the meeting of the engagement selected below (the latest when none is), with its date, place and sources</source>
        <translation>引用下方所选活动的会晤（未选择时为最近一次），包括日期、地点和来源</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Official&apos;s record</source>
        <translation>官员履历</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select an official to see their offices and engagements</source>
        <translation>选择一位官员，查看其职务和会晤记录</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 – %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>%1至今</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No office on record</source>
        <translation>无职务记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices</source>
        <translation>职务</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Met with</source>
        <translation>会晤对象国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfficialsList</name>
    <message>
        <location filename="../../ui/panels/OfficialsList.cpp" line="+19"/>
        <location line="+5"/>
        <source>Officials</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Find an official…</source>
        <translation>查找官员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an official</source>
        <translation>查找官员</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfficialsModel</name>
    <message>
        <location filename="../../ui/panels/OfficialsModel.cpp" line="+137"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>parley::ui::OverviewStrip</name>
    <message>
        <location filename="../../ui/timeline/OverviewStrip.cpp" line="+17"/>
        <source>Timeline overview</source>
        <translation>时间轴概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings over the whole period, with the visible range</source>
        <translation>整个时期的会晤分布及当前可见范围</translation>
    </message>
</context>
<context>
    <name>parley::ui::PaneFocus</name>
    <message>
        <location filename="../../ui/window/PaneFocus.cpp" line="+47"/>
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous P&amp;ane</source>
        <translation>上一个窗格(&amp;A)</translation>
    </message>
</context>
<context>
    <name>parley::ui::PositionsTable</name>
    <message>
        <location filename="../../ui/editor/PositionsTable.cpp" line="+16"/>
        <source>&amp;Add Office</source>
        <translation>添加职务(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Office</source>
        <translation>移除职务(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End (empty while held)</source>
        <translation>结束（在任则留空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>parley::ui::PrecisionBox</name>
    <message>
        <location filename="../../ui/editor/PrecisionBox.cpp" line="+8"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exactly the date is known. A month is written as its 1st day and stands for the whole month; a year as 1 January.</source>
        <translation>日期已知的精确程度。月份写作该月 1 日，代表整个月；年份写作 1 月 1 日。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ProblemLabel</name>
    <message>
        <location filename="../../ui/editor/ProblemLabel.cpp" line="+13"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>parley::ui::ProblemText</name>
    <message>
        <location filename="../../ui/editor/ProblemText.cpp" line="+22"/>
        <source>empty (required)</source>
        <translation>为空（必填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a text of %1 bytes; at most %2 are allowed</source>
        <translation>文本长 %1 字节；最多允许 %2 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not %2 in the database</source>
        <translation>“%1”不是数据库中的%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; does not fit precision month (write the 1st of the month)</source>
        <translation>“%1”不符合“月”精度（请写该月 1 日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; does not fit precision year (write 1 January)</source>
        <translation>“%1”不符合“年”精度（请写 1 月 1 日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the start %2</source>
        <translation>%1 早于开始日期 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a known kind</source>
        <translation>“%1”不是已知类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an id (lowercase ASCII words joined by hyphens, at most %2 characters)</source>
        <translation>“%1”不是有效的 id（以连字符连接的小写 ASCII 单词，最多 %2 个字符）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a country code (ISO 3166-1 alpha-2 or a bloc code)</source>
        <translation>“%1”不是国家代码（ISO 3166-1 二位字母代码或集团代码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the topic tree has a cycle through &quot;%1&quot;</source>
        <translation>议题树经“%1”形成循环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>“%1”不是 http:// 或 https:// 网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate id</source>
        <translation>id 重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still named by %1</source>
        <translation>仍被 %1 引用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a measure</source>
        <translation>措施</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordFields</name>
    <message>
        <location filename="../../ui/editor/RecordFields.cpp" line="+28"/>
        <source>publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+26"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>parent</source>
        <translation>上级议题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>native name</source>
        <translation>本名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>东道国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>imposed by</source>
        <translation>实施方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targets</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target entity</source>
        <translation>对象实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>announced</source>
        <translation>宣布日期</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordForm</name>
    <message>
        <location filename="../../ui/editor/FormFactory.cpp" line="+46"/>
        <source>New source “%1”…</source>
        <translation>新建来源“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New country “%1”…</source>
        <translation>新建国家“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New topic “%1”…</source>
        <translation>新建议题“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New official “%1”…</source>
        <translation>新建官员“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting “%1”…</source>
        <translation>新建会晤“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New measure “%1”…</source>
        <translation>新建措施“%1”…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Country</source>
        <translation>新建国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Topic</source>
        <translation>新建议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Official</source>
        <translation>新建官员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Meeting</source>
        <translation>新建会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Measure</source>
        <translation>新建措施</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Country</source>
        <translation>编辑国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Topic</source>
        <translation>编辑议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Official</source>
        <translation>编辑官员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Meeting</source>
        <translation>编辑会晤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Measure</source>
        <translation>编辑措施</translation>
    </message>
    <message>
        <location filename="../../ui/editor/RecordForm.cpp" line="+67"/>
        <source>Save (Enter, or Ctrl+Enter from any field)</source>
        <translation>保存（Enter，或在任意字段中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is typed but not picked: choose it from the list, or clear it</source>
        <translation>已输入“%1”但未选中：请从列表中选择，或将其清除</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Discard Changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “%1”?</source>
        <translation>放弃对“%1”的修改？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/editor/RecordPicker.cpp" line="+40"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new record of the typed name and pick it</source>
        <translation>以输入的名称新建记录并选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected one (Delete)</source>
        <translation>移除选中项（Delete）</translation>
    </message>
</context>
<context>
    <name>parley::ui::SidePicker</name>
    <message>
        <location filename="../../ui/panels/SidePicker.cpp" line="+14"/>
        <source>Country or official</source>
        <translation>国家或官员</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (country)</source>
        <translation>%1（国家）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>parley::ui::SinceSeenModel</name>
    <message>
        <location filename="../../ui/panels/SinceSeenModel.cpp" line="+82"/>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>parley::ui::SourceForm</name>
    <message>
        <location filename="../../ui/editor/SourceForm.cpp" line="+18"/>
        <source>Reuters, Xinhua, U.S. Department of State…</source>
        <translation>路透社、新华社、美国国务院…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publisher:</source>
        <translation>发布者(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>parley::ui::TimeTicks</name>
    <message>
        <location filename="../../ui/timeline/TimeTicks.cpp" line="+6"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>parley::ui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/TimelineView.cpp" line="+40"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and measures over time, in lanes</source>
        <translation>按行排列的会晤与措施时间分布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scroll lanes</source>
        <translation>上下滚动各行</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>No meetings match the filter.</source>
        <translation>没有符合筛选条件的会晤。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TopicFilterTree</name>
    <message>
        <location filename="../../ui/filters/TopicFilterTree.cpp" line="+40"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Included with its parent topic</source>
        <translation>已随上级议题一并选中</translation>
    </message>
</context>
<context>
    <name>parley::ui::TopicForm</name>
    <message>
        <location filename="../../ui/editor/TopicForm.cpp" line="+18"/>
        <source>(none: a topic of its own)</source>
        <translation>（无：独立议题）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broader topic this one belongs to</source>
        <translation>此议题所属的上级议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent:</source>
        <translation>上级(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>parley::ui::WhatFollowedPanel</name>
    <message>
        <location filename="../../ui/panels/WhatFollowedPanel.cpp" line="+54"/>
        <source>Measures around the meeting</source>
        <translation>会晤前后的措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag</source>
        <translation>时差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>By</source>
        <translation>实施方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures and countermeasures</source>
        <translation>措施与反制措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>回应措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What followed</source>
        <translation>前因后果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before and after</source>
        <translation>前后天数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings around the measure</source>
        <translation>措施前后的会晤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each measure paired with the latest earlier measure of the other side that it may answer</source>
        <translation>每项措施与其可能回应的对方最近一项较早措施配对</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Within</source>
        <translation>范围(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before and after</source>
        <translation>前后</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 on %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no country</source>
        <translation>无国家</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Measures between %1 and %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1与%2之间的措施&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a measure or a meeting to see what came before and after it.</source>
        <translation>选择一项措施或会晤，查看其前后发生的事。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, announced %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2，%3 宣布</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This measure names no target country, so no meetings between the two sides.</source>
        <translation>该措施未指明目标国家，因此没有双方之间的会晤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings of both sides within %1: %2</source>
        <translation>%1内双方的会晤：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measures of its countries within %1: %2</source>
        <translation>%1内其所涉国家的措施：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same day</source>
        <translation>同一天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answered by the other side within %1: %2</source>
        <translation>%1内对方的回应：%2</translation>
    </message>
</context>
</TS>
