<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n sensitive note(s) not shown</source>
        <translation>
            <numerusform>%n sensitive note not shown</numerusform>
            <numerusform>%n sensitive notes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n more stone(s)</source>
        <translation>
            <numerusform> + %n more stone</numerusform>
            <numerusform> + %n more stones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message numerus="yes">
        <source>%n used</source>
        <translation>
            <numerusform>%n used</numerusform>
            <numerusform>%n used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message numerus="yes">
        <source>{store}  ·  %n book(s)</source>
        <translation>
            <numerusform>{store}  ·  %n book</numerusform>
            <numerusform>{store}  ·  %n books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move all %n client(s) of {name} to {target}, with their plans and open tasks?</source>
        <translation>
            <numerusform>Move {name}&apos;s %n client to {target}, with their plan and open tasks?</numerusform>
            <numerusform>Move all %n clients of {name} to {target}, with their plans and open tasks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesAndPeopleTab</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n day ahead</numerusform>
            <numerusform>%n days ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBookDialog</name>
    <message numerus="yes">
        <source>%n client(s) written to {path}</source>
        <translation>
            <numerusform>%n client written to {path}</numerusform>
            <numerusform>%n clients written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n client row(s) in the file.</source>
        <translation>
            <numerusform>%n client row in the file.</numerusform>
            <numerusform>%n client rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the columns recognised.</source>
        <translation>
            <numerusform>%n of the columns recognised.</numerusform>
            <numerusform>%n of the columns recognised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>{file}: %n row read.</numerusform>
            <numerusform>{file}: %n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>%n blank row skipped.</numerusform>
            <numerusform>%n blank rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added.</source>
        <translation>
            <numerusform>%n client added.</numerusform>
            <numerusform>%n clients added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into clients already on file.</source>
        <translation>
            <numerusform>%n merged into clients already on file.</numerusform>
            <numerusform>%n merged into clients already on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed merge(s) left out.</source>
        <translation>
            <numerusform>%n proposed merge left out.</numerusform>
            <numerusform>%n proposed merges left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already imported.</source>
        <translation>
            <numerusform>%n row was already imported.</numerusform>
            <numerusform>%n rows were already imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) left out.</source>
        <translation>
            <numerusform>%n value left out.</numerusform>
            <numerusform>%n values left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) removed, with everything the import added.</source>
        <translation>
            <numerusform>%n client removed, with everything the import added.</numerusform>
            <numerusform>%n clients removed, with everything the import added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>%n client chosen</numerusform>
            <numerusform>%n clients chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a fatigue warning</source>
        <translation>
            <numerusform>%n with a fatigue warning</numerusform>
            <numerusform>%n with a fatigue warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiScreen</name>
    <message numerus="yes">
        <source>{scope} · %n client(s)</source>
        <translation>
            <numerusform>{scope} · %n client</numerusform>
            <numerusform>{scope} · %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>My book · %n client(s)</source>
        <translation>
            <numerusform>My book · %n client</numerusform>
            <numerusform>My book · %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “{query}”</source>
        <translation>
            <numerusform>%n match for “{query}”</numerusform>
            <numerusform>%n matches for “{query}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message numerus="yes">
        <source>%n sensitive note(s) not shown</source>
        <translation>
            <numerusform>%n sensitive note not shown</numerusform>
            <numerusform>%n sensitive notes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenCasesDialog</name>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message numerus="yes">
        <source>%n use(s) left</source>
        <translation>
            <numerusform>%n use left</numerusform>
            <numerusform>%n uses left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceJobDialog</name>
    <message numerus="yes">
        <source>%n photo(s) to attach</source>
        <translation>
            <numerusform>%n photo to attach</numerusform>
            <numerusform>%n photos to attach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JewelDesk now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>JewelDesk now locks after %n minute without use.</numerusform>
            <numerusform>JewelDesk now locks after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by head office</source>
        <translation>
            <numerusform>%n change refused by head office</numerusform>
            <numerusform>%n changes refused by head office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n change to review</numerusform>
            <numerusform>%n changes to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>%n action(s), ranked</source>
        <translation>
            <numerusform>%n action, ranked</numerusform>
            <numerusform>%n actions, ranked</numerusform>
        </translation>
    </message>
</context>
</TS>
