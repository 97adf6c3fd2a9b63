<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_PK">
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/screens/accounts.py" line="+388"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/appointments.py" line="+398"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <location filename="../../ui/screens/admin.py" line="+113"/>
        <location line="+9"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln chain</numerusform>
            <numerusform>%Ln chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallBackDialog</name>
    <message numerus="yes">
        <location filename="../../ui/screens/call_back_dialog.py" line="+84"/>
        <source>Missed %Ln time(s), first at %1, last at %2.</source>
        <translation>
            <numerusform>Missed %Ln time, at %1 (last: %2).</numerusform>
            <numerusform>Missed %Ln times, first at %1, last at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/calls.py" line="+316"/>
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
        <location filename="../../ui/screens/cases.py" line="+341"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+315"/>
        <source>%Ln case(s) you were typing had not been saved; kept on the Cases screen (Ctrl+3).</source>
        <translation>
            <numerusform>%Ln case you were typing had not been saved; kept on the Cases screen (Ctrl+3).</numerusform>
            <numerusform>%Ln cases you were typing had not been saved; kept on the Cases screen (Ctrl+3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="+300"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/desk_status.py" line="+93"/>
        <source>Sync: offline, %Ln change(s) kept on this desk</source>
        <translation>
            <numerusform>Sync: offline, %Ln change kept on this desk</numerusform>
            <numerusform>Sync: offline, %Ln changes kept on this desk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sync: %Ln change waiting</numerusform>
            <numerusform>Sync: %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceSheetDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/guidance_sheet.py" line="+539"/>
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln page(s), %1</source>
        <translation>
            <numerusform>%Ln page, %1</numerusform>
            <numerusform>%Ln pages, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln service(s) from the referral directory are printed.</source>
        <translation>
            <numerusform>%Ln service from the referral directory is printed.</numerusform>
            <numerusform>%Ln services from the referral directory are printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/case_sections.py" line="+346"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln day before</numerusform>
            <numerusform>%Ln days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+423"/>
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>After %Ln minute</numerusform>
            <numerusform>After %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/case_sections.py" line="+282"/>
        <source>Earlier version(s): %Ln, in the History tab.</source>
        <translation>
            <numerusform>Earlier version: %Ln, in the History tab.</numerusform>
            <numerusform>Earlier versions: %Ln, in the History tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralSlipDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/referral_slip.py" line="+277"/>
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/referrals.py" line="+346"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+396"/>
        <source>%Ln service(s) imported.</source>
        <translation>
            <numerusform>%Ln service imported.</numerusform>
            <numerusform>%Ln services imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The file has %Ln error(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %Ln error; nothing was imported.</numerusform>
            <numerusform>The file has %Ln errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the best %Ln</source>
        <translation>
            <numerusform>the best %Ln</numerusform>
            <numerusform>the best %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message numerus="yes">
        <location filename="../../ui/screens/retention_panel.py" line="+273"/>
        <source>%Ln case(s) were shredded since this desk&apos;s database file was last rewritten (some on other desks): until it is, old copies of their values may remain in the file&apos;s free space.</source>
        <translation>
            <numerusform>%Ln case was shredded since this desk&apos;s database file was last rewritten (perhaps on another desk): until it is, old copies of its values may remain in the file&apos;s free space.</numerusform>
            <numerusform>%Ln cases were shredded since this desk&apos;s database file was last rewritten (some on other desks): until it is, old copies of their values may remain in the file&apos;s free space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Shred the personal data of %Ln case(s)? Names, numbers, CNICs, addresses, narratives and notes are cleared on this desk now and, through sync, on the shared database and the other desks. The anonymised figures stay. This cannot be undone.</source>
        <translation>
            <numerusform>Shred the personal data of %Ln case? Names, numbers, CNICs, addresses, narratives and notes are cleared on this desk now and, through sync, on the shared database and the other desks. The anonymised figures stay. This cannot be undone.</numerusform>
            <numerusform>Shred the personal data of %Ln cases? Names, numbers, CNICs, addresses, narratives and notes are cleared on this desk now and, through sync, on the shared database and the other desks. The anonymised figures stay. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>The personal data of %Ln case(s) was shredded.</source>
        <translation>
            <numerusform>The personal data of %Ln case was shredded.</numerusform>
            <numerusform>The personal data of %Ln cases was shredded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln person(s) also on a case that is kept were left as they are.</source>
        <translation>
            <numerusform>%Ln person also on a case that is kept was left as they are.</numerusform>
            <numerusform>%Ln persons also on a case that is kept were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message numerus="yes">
        <location line="-275"/>
        <source>Saved. %Ln closed case(s) are due now.</source>
        <translation>
            <numerusform>Saved. %Ln closed case is due now.</numerusform>
            <numerusform>Saved. %Ln closed cases are due now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/directory_entry.py" line="+199"/>
        <source>%Ln change(s) saved.</source>
        <translation>
            <numerusform>%Ln change saved.</numerusform>
            <numerusform>%Ln changes saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/worklist.py" line="+268"/>
        <source>%Ln missed call(s) added</source>
        <translation>
            <numerusform>%Ln missed call added</numerusform>
            <numerusform>%Ln missed calls added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln already imported</numerusform>
            <numerusform>%Ln already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) skipped: %1</source>
        <translation>
            <numerusform>%Ln line skipped: %1</numerusform>
            <numerusform>%Ln lines skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln contact(s) still open</source>
        <translation>
            <numerusform>%Ln contact still open</numerusform>
            <numerusform>%Ln contacts still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln call-back(s) waiting</source>
        <translation>
            <numerusform>%Ln call-back waiting</numerusform>
            <numerusform>%Ln call-backs waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caller(s) flagged at your centre</source>
        <translation>
            <numerusform>%Ln caller flagged at your centre</numerusform>
            <numerusform>%Ln callers flagged at your centre</numerusform>
        </translation>
    </message>
</context>
</TS>
