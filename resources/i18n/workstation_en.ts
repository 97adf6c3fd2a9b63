<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_PK">
<context>
    <name>CallsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/calls.py" line="+79"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/cases.py" line="+85"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/referrals.py" line="+104"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/walk_ins.py" line="+101"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
</context>
</TS>
