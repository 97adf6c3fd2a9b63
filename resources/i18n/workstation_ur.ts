<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="+35"/>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Table</source>
        <translation>ٹیبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has no tables.</source>
        <translation>ڈیٹابیس میں کوئی ٹیبل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database file:</source>
        <translation>ڈیٹابیس فائل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>اسکیما ورژن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in each table:</source>
        <translation>ہر ٹیبل میں ریکارڈ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not a file)</source>
        <translation>(فائل نہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the newest this version knows)</source>
        <translation>%1 (اس ورژن کا تازہ ترین)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this version knows up to %2)</source>
        <translation>%1 (یہ ورژن %2 تک کا اسکیما جانتا ہے)</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <location filename="../../ui/screens/calls.py" line="+25"/>
        <source>Calls</source>
        <translation>کالز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts today</source>
        <translation>آج کے رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned or missed today</source>
        <translation>آج کی ادھوری یا مس کالز</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No contacts have been recorded yet.</source>
        <translation>ابھی تک کوئی رابطہ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time (Pakistan)</source>
        <translation>وقت (پاکستان)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent contacts at all centres, newest first</source>
        <translation>تمام مراکز کے حالیہ رابطے، تازہ ترین پہلے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today, %1 (Pakistan time), all centres</source>
        <translation>آج، %1 (پاکستانی وقت)، تمام مراکز</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln رابطہ</numerusform>
            <numerusform>%Ln رابطے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="+25"/>
        <source>Cases</source>
        <translation>کیسز</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened (Pakistan time)</source>
        <translation>کھولا گیا (پاکستانی وقت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation>کیفیت (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>تمام کیفیات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cases have the status “%1”.</source>
        <translation>کیفیت “%1” والا کوئی کیس نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases have been opened yet.</source>
        <translation>ابھی تک کوئی کیس نہیں کھولا گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln کیس</numerusform>
            <numerusform>%Ln کیس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../ui/widgets/desk_status.py" line="+37"/>
        <source>no file</source>
        <translation>کوئی فائل نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>ڈیٹابیس: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: not set up</source>
        <translation>سنک: سیٹ اپ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>سائن اِن نہیں کیا گیا</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/widgets/list_panel.py" line="+112"/>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>ایک غیر متوقع خرابی پیش آئی؛ تفصیل لاگ فائل میں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list could not be loaded.</source>
        <translation>یہ فہرست لوڈ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+147"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>ایک غیر متوقع خرابی پیش آئی؛ تفصیل لاگ فائل میں ہے۔</translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <location filename="../../ui/screens/referrals.py" line="+29"/>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>اوقات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory has no services in %1.</source>
        <translation>ڈائریکٹری میں %1 کی کوئی سروس نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory is empty.</source>
        <translation>ڈائریکٹری خالی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln سروس</numerusform>
            <numerusform>%Ln سروسز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="+24"/>
        <source>Reports</source>
        <translation>رپورٹس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts today</source>
        <translation>آج کے رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned or missed today</source>
        <translation>آج کی ادھوری یا مس کالز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases not closed</source>
        <translation>کیس جو بند نہیں ہوئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups overdue</source>
        <translation>تاخیر شدہ فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services in the directory</source>
        <translation>ڈائریکٹری میں سروسز</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Figures for %1 (Pakistan time), counted across all centres in this desk&apos;s database.</source>
        <translation>%1 (پاکستانی وقت) کے اعداد و شمار، اس ڈیسک کے ڈیٹابیس میں تمام مراکز کو ملا کر۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Count again</source>
        <translation>دوبارہ گنیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be counted.</source>
        <translation>اعداد و شمار حاصل نہیں ہو سکے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted at %1.</source>
        <translation>%1 بجے گنے گئے۔</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/startup.py" line="+53"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no desk database in this folder yet:</source>
        <translation>اس فولڈر میں ابھی کوئی ڈیسک ڈیٹابیس نہیں ہے:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create with &amp;demo data</source>
        <translation>ڈیمو ڈیٹا کے ساتھ بنائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictitious records for training and trying the workstation out: %1 contacts, %2 cases and %3 services. Never enter a real caller&apos;s details into a demo database.</source>
        <translation>تربیت اور ورک اسٹیشن آزمانے کے لیے فرضی ریکارڈ: %1 رابطے، %2 کیس اور %3 سروسز۔ ڈیمو ڈیٹابیس میں کبھی کسی اصل کالر کی تفصیلات درج نہ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an &amp;empty database</source>
        <translation>خالی ڈیٹابیس بنائیں (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For real work at this desk.</source>
        <translation>اس ڈیسک پر اصل کام کے لیے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location line="+41"/>
        <source>Creating the desk database…</source>
        <translation>ڈیسک ڈیٹابیس بنایا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing demo data…</source>
        <translation>ڈیمو ڈیٹا لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opening the desk database…</source>
        <translation>ڈیسک ڈیٹابیس کھولا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counsellor Workstation could not start because of an unexpected error.</source>
        <translation>ایک غیر متوقع خرابی کی وجہ سے کونسلر ورک اسٹیشن شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in the log file in the data folder.</source>
        <translation>تفصیل ڈیٹا فولڈر کی لاگ فائل میں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/labels.py" line="+41"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Walk-in</source>
        <translation>واک اِن</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In progress</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>ادھوری چھوڑی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>مس ہو گئی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice given</source>
        <translation>مشورہ دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Referred</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Case opened</source>
        <translation>کیس کھولا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only</source>
        <translation>صرف معلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent call</source>
        <translation>خاموش کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller hung up</source>
        <translation>کالر نے فون بند کر دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>غلط نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive caller</source>
        <translation>بدزبان کالر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prank call</source>
        <translation>شرارتی کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>فالو اپ درکار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In court</source>
        <translation>عدالت میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>انتہائی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appointment</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked</source>
        <translation>وقت مقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>حاضر ہوئے</translation>
    </message>
</context>
<context>
    <name>WalkInsScreen</name>
    <message>
        <location filename="../../ui/screens/walk_ins.py" line="+28"/>
        <source>Walk-ins</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No appointments or walk-ins on this day.</source>
        <translation>اس دن کوئی ملاقات یا واک اِن نہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>آج (&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln ملاقات</numerusform>
            <numerusform>%Ln ملاقاتیں</numerusform>
        </translation>
    </message>
</context>
</TS>
