<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</TS>
