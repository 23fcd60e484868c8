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
    <name>DocumentsDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
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
