<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="+131"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/screens/accounts.py" line="+354"/>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No, disabled</source>
        <translation>نہیں، غیر فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must change password</source>
        <translation>پاس ورڈ بدلنا لازمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no accounts.</source>
        <translation>کوئی اکاؤنٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add account…</source>
        <translation>اکاؤنٹ شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>پاس ورڈ ری سیٹ کریں… (&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln اکاؤنٹ</numerusform>
            <numerusform>%Ln اکاؤنٹس</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Enable</source>
        <translation>فعال کریں (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation>غیر فعال کریں (&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The account %1 has been created.</source>
        <translation>اکاؤنٹ %1 بنا دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The account %1 has been enabled again.</source>
        <translation>اکاؤنٹ %1 دوبارہ فعال کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 has been disabled: it can no longer sign in or unlock on any desk.</source>
        <translation>اکاؤنٹ %1 غیر فعال کر دیا گیا ہے: اب یہ کسی بھی ڈیسک پر نہ سائن اِن ہو سکتا ہے نہ اَن لاک۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the password of %1 (%2)?</source>
        <translation>%1 (%2) کا پاس ورڈ ری سیٹ کریں؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their current password stops working at once. They sign in with a new one-time password and choose their own.</source>
        <translation>ان کا موجودہ پاس ورڈ فوراً کام کرنا بند کر دے گا۔ وہ نئے عارضی پاس ورڈ سے سائن اِن کر کے اپنا پاس ورڈ خود منتخب کریں گے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset password</source>
        <translation>پاس ورڈ ری سیٹ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location line="-282"/>
        <source>A new account gets a one-time password, shown once when the account has been created.</source>
        <translation>نئے اکاؤنٹ کو ایک عارضی پاس ورڈ ملتا ہے، جو اکاؤنٹ بننے پر صرف ایک بار دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>یوزر نیم (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>پورا نام (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>عہدہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;entre:</source>
        <translation>مرکز (&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No centre (works for all centres)</source>
        <translation>کوئی مرکز نہیں (تمام مراکز کے لیے)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create account</source>
        <translation>اکاؤنٹ بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>ٹھیک ہے (&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a user name.</source>
        <translation>یوزر نیم منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the person&apos;s full name.</source>
        <translation>اس شخص کا پورا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account %1 has been created for %2. Its one-time password:</source>
        <translation>%2 کے لیے اکاؤنٹ %1 بنا دیا گیا ہے۔ اس کا عارضی پاس ورڈ:</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="+132"/>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+14"/>
        <source>&amp;Accounts</source>
        <translation>اکاؤنٹس (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;udit trail</source>
        <translation>آڈٹ ریکارڈ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;This database</source>
        <translation>یہ ڈیٹابیس (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../ui/screens/appointments.py" line="+92"/>
        <source>Appointments</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No appointments or walk-ins on this day.</source>
        <translation>اس دن کوئی ملاقات یا واک اِن نہیں۔</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <source>Who is expected</source>
        <translation>کون آئے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>آج (&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ounsellor:</source>
        <translation>کونسلر (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y</source>
        <translation>روزانہ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>ہفتہ وار (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book appointment…</source>
        <translation>ملاقات طے کریں… (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register wal&amp;k-in…</source>
        <translation>واک اِن درج کریں… (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start session</source>
        <translation>سیشن شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrived</source>
        <translation>پہنچ گئے (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atte&amp;nded</source>
        <translation>حاضر ہوئے (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-s&amp;how</source>
        <translation>نہیں آئے (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l…</source>
        <translation>منسوخ کریں… (&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the contact of someone who has arrived, or of a virtual session</source>
        <translation>پہنچ جانے والے فرد یا آن لائن سیشن کا رابطہ شروع کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected appointment</source>
        <translation>منتخب ملاقات منسوخ کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Previous week</source>
        <translation>پچھلا ہفتہ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt week</source>
        <translation>اگلا ہفتہ (&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of %1</source>
        <translation>%1 سے شروع ہونے والا ہفتہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>پچھلا دن (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt day</source>
        <translation>اگلا دن (&amp;X)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My appointments</source>
        <translation>میری ملاقاتیں</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln ملاقات</numerusform>
            <numerusform>%Ln ملاقاتیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This list could not be loaded.</source>
        <translation>یہ فہرست لوڈ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The appointment has been booked.</source>
        <translation>ملاقات طے ہو گئی۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Token %1 has been given.</source>
        <translation>ٹوکن %1 دے دیا گیا۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>token %1</source>
        <translation>ٹوکن %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1، %2 بجے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the appointment of %1?</source>
        <translation>%1 کی ملاقات منسوخ کریں؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time becomes free for another booking.</source>
        <translation>یہ وقت کسی اور ملاقات کے لیے خالی ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes, cancel it</source>
        <translation>ہاں، منسوخ کریں (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>رہنے دیں (&amp;K)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: now “%2”.</source>
        <translation>%1: اب “%2”۔</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="-137"/>
        <source>Every sign-in, account change and opened case is recorded with who, which desk and when — never the contents. Each desk&apos;s entries are chained, so an entry changed, removed or put out of order afterwards is found here.</source>
        <translation>ہر سائن اِن، اکاؤنٹ میں تبدیلی اور کھولا گیا کیس اس تفصیل کے ساتھ درج ہوتا ہے کہ کس نے، کس ڈیسک سے اور کب — مواد کبھی نہیں۔ ہر ڈیسک کے اندراج ایک زنجیر کی طرح جڑے ہوتے ہیں، اس لیے بعد میں بدلا، ہٹایا یا آگے پیچھے کیا گیا اندراج یہاں پکڑا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify audit trail</source>
        <translation>آڈٹ ریکارڈ کی جانچ کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail could not be checked.</source>
        <translation>آڈٹ ریکارڈ کی جانچ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail is intact: %1 in %2 (one chain for each desk).</source>
        <translation>آڈٹ ریکارڈ درست ہے: %2 میں %1 (ہر ڈیسک کی ایک زنجیر)۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+9"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln اندراج</numerusform>
            <numerusform>%Ln اندراج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln زنجیر</numerusform>
            <numerusform>%Ln زنجیروں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail has been changed or damaged. Tell your supervisor; do not repair it yourself. Checked: %1.</source>
        <translation>آڈٹ ریکارڈ میں ردوبدل ہوا ہے یا وہ خراب ہے۔ اپنے سپروائزر کو بتائیں؛ خود ٹھیک کرنے کی کوشش نہ کریں۔ جانچے گئے: %1۔</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+100"/>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (%3 میں سے پہلے %2)</translation>
    </message>
</context>
<context>
    <name>BookAppointmentDialog</name>
    <message>
        <location filename="../../ui/screens/appointment_dialogs.py" line="+220"/>
        <source>Book an appointment</source>
        <translation>ملاقات طے کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ounsellor:</source>
        <translation>کونسلر (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time (Pakistan):</source>
        <translation>وقت، پاکستان (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>دورانیہ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>کمرہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of the person expected:</source>
        <translation>آنے والے کا نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case reference:</source>
        <translation>کیس حوالہ نمبر (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;es:</source>
        <translation>نوٹس (&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or a case reference below</source>
        <translation>یا نیچے کیس حوالہ نمبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Book</source>
        <translation>طے کریں (&amp;B)</translation>
    </message>
</context>
<context>
    <name>CallBackDialog</name>
    <message>
        <location filename="../../ui/screens/call_back_dialog.py" line="+72"/>
        <source>Call back</source>
        <translation>واپس کال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colleagues flagged this number: %1.</source>
        <translation>ساتھیوں نے اس نمبر کی نشان دہی کی ہے: %1۔</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Missed %Ln time(s), first at %1, last at %2.</source>
        <translation>
            <numerusform>%Ln بار مس ہوئی، پہلی بار %1، آخری بار %2۔</numerusform>
            <numerusform>%Ln بار مس ہوئی، پہلی بار %1، آخری بار %2۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt %1 of %2.</source>
        <translation>کوشش %1 از %2۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened when you called?</source>
        <translation>کال کرنے پر کیا ہوا؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reached: take the call</source>
        <translation>رابطہ ہو گیا: کال لیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>جواب نہیں ملا (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Busy</source>
        <translation>مصروف (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switched off</source>
        <translation>فون بند (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrong number</source>
        <translation>غلط نمبر (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not safe to &amp;talk</source>
        <translation>بات کرنا محفوظ نہیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel: not called</source>
        <translation>منسوخ: کال نہیں کی (&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This person must not be called back. Record the item as not safe, or cancel.</source>
        <translation>اس فرد کو واپس کال نہیں کرنی۔ اسے غیر محفوظ درج کریں یا منسوخ کریں۔</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../ui/widgets/caller_panel.py" line="+157"/>
        <source>No open case of this caller that you may open.</source>
        <translation>اس کالر کا کوئی ایسا جاری کیس نہیں جو آپ کھول سکیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(cannot be read: damaged)</source>
        <translation>(پڑھا نہیں جا سکتا: خراب)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Next follow-up</source>
        <translation>اگلا فالو اپ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no summary)</source>
        <translation>(کوئی خلاصہ نہیں)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a recognised number there is no history to show.</source>
        <translation>درست نمبر کے بغیر پچھلا ریکارڈ نہیں دکھایا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier contact from this number at your centre.</source>
        <translation>آپ کے مرکز میں اس نمبر سے پہلے کوئی رابطہ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No number</source>
        <translation>کوئی نمبر نہیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unrecognised number: kept as given, but it cannot be looked up or called back. Ask for a number like 0300 1234567 if it is safe to do so.</source>
        <translation>نمبر پہچانا نہیں گیا: جیسا دیا گیا ویسا محفوظ ہے، لیکن نہ تلاش ہو سکتا ہے نہ اس پر واپس کال ہو سکتی ہے۔ اگر محفوظ ہو تو 0300 1234567 جیسا نمبر پوچھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No number: withheld, or a walk-in without one.</source>
        <translation>کوئی نمبر نہیں: نمبر چھپایا گیا، یا واک اِن جس کا نمبر نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known caller: %1</source>
        <translation>معلوم کالر: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known number: earlier contacts at this helpline</source>
        <translation>معلوم نمبر: اس ہیلپ لائن سے پہلے رابطے ہو چکے ہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New number: no earlier contact</source>
        <translation>نیا نمبر: پہلے کوئی رابطہ نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call-back</source>
        <translation>واپس کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token %1</source>
        <translation>ٹوکن %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>room %1</source>
        <translation>کمرہ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colleagues flagged this number: %1. A warning only — treat every call as possibly genuine and never refuse an emergency.</source>
        <translation>ساتھیوں نے اس نمبر کی نشان دہی کی ہے: %1۔ یہ صرف انتباہ ہے — ہر کال کو حقیقی سمجھیں اور کسی ہنگامی صورت سے کبھی انکار نہ کریں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>Not sure / someone else</source>
        <translation>یقین نہیں / کوئی اور</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Who is calling:</source>
        <translation>کون کال کر رہا ہے (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous contacts (newest first)</source>
        <translation>پچھلے رابطے، تازہ ترین پہلے (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;cases</source>
        <translation>جاری کیسز (&amp;C)</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <location filename="../../ui/screens/calls.py" line="+99"/>
        <source>Calls</source>
        <translation>کالز</translation>
    </message>
    <message>
        <location line="+85"/>
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
        <location line="+77"/>
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
        <location line="+2"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent contacts at %1, newest first</source>
        <translation>%1 کے حالیہ رابطے، تازہ ترین پہلے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent contacts at all centres, newest first</source>
        <translation>تمام مراکز کے حالیہ رابطے، تازہ ترین پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>نمبر (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N: type or paste the number</source>
        <translation>Ctrl+N: نمبر لکھیں یا چسپاں کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start contact</source>
        <translation>رابطہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open c&amp;ontacts:</source>
        <translation>جاری رابطے (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case (F6)</source>
        <translation>کیس (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals (F7)</source>
        <translation>ریفرلز (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance sheet (F8)</source>
        <translation>رہنمائی شیٹ (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End call (F9)</source>
        <translation>کال ختم (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish wrap-up (Ctrl+S)</source>
        <translation>رابطہ مکمل کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+73"/>
        <source>Type the caller&apos;s number, or choose Walk-in or Online for a contact without one.</source>
        <translation>کالر کا نمبر لکھیں، یا بغیر نمبر کے رابطے کے لیے واک اِن یا آن لائن چنیں۔</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This contact was not wrapped up; it is restored as last saved at %1.</source>
        <translation>یہ رابطہ مکمل نہیں ہوا تھا؛ اسے %1 پر آخری بار محفوظ شدہ حالت میں بحال کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The draft could not be saved: %1</source>
        <translation>مسودہ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the case with the arrow keys and press Enter.</source>
        <translation>تیر والی کیز سے کیس چنیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose one from the list, or leave it empty.</source>
        <translation>فہرست میں سے ایک چنیں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Contact wrapped up.</source>
        <translation>رابطہ مکمل ہو گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues will be warned about this number.</source>
        <translation>ساتھیوں کو اس نمبر کے بارے میں خبردار کیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../ui/widgets/case_form.py" line="+645"/>
        <location line="+220"/>
        <source>Choose one from the list, or leave it empty.</source>
        <translation>فہرست میں سے ایک چنیں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Child Helpline International: %1</source>
        <translation>چائلڈ ہیلپ لائن انٹرنیشنل: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GBVIMS type: %1</source>
        <translation>GBVIMS کی قسم: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no lawyer)</source>
        <translation>(کوئی وکیل نہیں)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone no longer active here</source>
        <translation>کوئی جو اب یہاں فعال نہیں</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+246"/>
        <source>given when saved</source>
        <translation>محفوظ کرنے پر ملے گا</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+246"/>
        <source>when saved</source>
        <translation>محفوظ کرنے پر</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Why it is &amp;opened again:</source>
        <translation>دوبارہ کھولنے کی وجہ (&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it c&amp;hanges:</source>
        <translation>تبدیلی کی وجہ (&amp;H):</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Write the date as 22/11/2026 or 2026-11-22.</source>
        <translation>تاریخ یوں لکھیں: 22/11/2026 یا 2026-11-22۔</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Invisible control characters were removed from what was pasted.</source>
        <translation>چسپاں کیے گئے متن سے نظر نہ آنے والے کنٹرول حروف نکال دیے گئے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not pasted: the text is %1 characters long, and this field takes at most %2.</source>
        <translation>چسپاں نہیں ہوا: متن %1 حروف کا ہے، اور اس خانے میں زیادہ سے زیادہ %2 حروف آ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reference:</source>
        <translation>حوالہ نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>کیفیت (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk:</source>
        <translation>خطرہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;unsellor:</source>
        <translation>کونسلر (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;wyer:</source>
        <translation>وکیل (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre:</source>
        <translation>مرکز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened (reported):</source>
        <translation>کھولا گیا (رپورٹ ہوا):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident date:</source>
        <translation>واقعے کی تاریخ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y or town:</source>
        <translation>شہر یا قصبہ (&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ha&amp;ppened:</source>
        <translation>کیا ہوا (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai&amp;n category:</source>
        <translation>بنیادی زمرہ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fu&amp;rther category:</source>
        <translation>مزید زمرہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further categories of this case:</source>
        <translation>اس کیس کے مزید زمرے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restric&amp;ted: only those assigned and supervisors may open it</source>
        <translation>محدود (&amp;T): صرف ذمہ دار افراد اور سپروائزر کھول سکتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>نام کا کچھ حصہ لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word: violence, khula, property…</source>
        <translation>کوئی لفظ لکھیں: تشدد، خلع، جائیداد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, then Enter</source>
        <translation>کوئی لفظ لکھیں، پھر Enter دبائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each category counts in statistics in both schemes: Child Helpline International&apos;s, and for gender-based violence the six GBVIMS types.</source>
        <translation>ہر زمرہ اعداد و شمار میں دونوں طریقوں سے گنا جاتا ہے: چائلڈ ہیلپ لائن انٹرنیشنل کی درجہ بندی میں، اور صنفی تشدد کے لیے GBVIMS کی چھ اقسام میں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories</source>
        <translation>زمرے</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="+193"/>
        <source>Write the date as 22/11/2026 or 2026-11-22.</source>
        <translation>تاریخ یوں لکھیں: 22/11/2026 یا 2026-11-22۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case first (Ctrl+S); then this part can be filled in.</source>
        <translation>پہلے کیس محفوظ کریں (Ctrl+S)؛ پھر یہ حصہ بھرا جا سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="+81"/>
        <source>Cases</source>
        <translation>کیسز</translation>
    </message>
    <message>
        <location line="+194"/>
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
        <location line="+15"/>
        <source>&amp;Status:</source>
        <translation>کیفیت (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>تمام کیفیات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ass&amp;igned to:</source>
        <translation>ذمہ دار (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My cases</source>
        <translation>میرے کیسز (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fo&amp;llow-up:</source>
        <translation>فالو اپ (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today or overdue</source>
        <translation>آج یا تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within a week</source>
        <translation>ایک ہفتے کے اندر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation>زمرہ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any district</source>
        <translation>کوئی بھی ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort:</source>
        <translation>ترتیب (&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>نئے پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest first</source>
        <translation>پرانے پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By reference</source>
        <translation>حوالہ نمبر کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>کیفیت کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest risk first</source>
        <translation>زیادہ خطرہ پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By district</source>
        <translation>ضلع کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filte&amp;rs</source>
        <translation>فلٹر ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case</source>
        <translation>نیا کیس (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Esc)</source>
        <translation>فہرست پر واپس (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>تبدیلیاں ختم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>موازنہ کریں… (&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No case matches these filters.</source>
        <translation>ان فلٹرز سے کوئی کیس نہیں ملتا۔</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Only staff of a centre open cases here; choose a case from the list.</source>
        <translation>یہاں نیا کیس صرف کسی مرکز کا عملہ کھولتا ہے؛ فہرست میں سے کوئی کیس چنیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes to this case were not saved; they are restored as last typed at %1. Save them (Ctrl+S), or discard them.</source>
        <translation>اس کیس کی تبدیلیاں محفوظ نہیں ہوئی تھیں؛ وہ %1 پر آخری بار لکھی گئی صورت میں واپس لائی گئی ہیں۔ انہیں محفوظ کریں (Ctrl+S)، یا ختم کر دیں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New case</source>
        <translation>نیا کیس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1 · %2 · %3 risk</source>
        <translation>کیس %1 · %2 · خطرہ: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved)</source>
        <translation>(محفوظ نہیں)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The draft could not be saved: %1</source>
        <translation>مسودہ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln case(s) you were typing had not been saved; kept on the Cases screen (Ctrl+3).</source>
        <translation>
            <numerusform>آپ کا لکھا ہوا %Ln کیس محفوظ نہیں ہوا تھا؛ کیسز کی سکرین پر موجود ہے (Ctrl+3)۔</numerusform>
            <numerusform>آپ کے لکھے ہوئے %Ln کیس محفوظ نہیں ہوئے تھے؛ کیسز کی سکرین پر موجود ہیں (Ctrl+3)۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Case %1 saved.</source>
        <translation>کیس %1 محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 opened and saved.</source>
        <translation>کیس %1 کھل گیا اور محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+49"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Discard the changes made since the case was last saved?</source>
        <translation>کیس آخری بار محفوظ ہونے کے بعد کی تبدیلیاں ختم کر دیں؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>&amp;Discard them</source>
        <translation>ختم کر دیں (&amp;D)</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>&amp;Keep editing</source>
        <translation>لکھتے رہیں (&amp;K)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This case has changes that are not saved.</source>
        <translation>اس کیس میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before leaving the form?</source>
        <translation>فارم چھوڑنے سے پہلے انہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add what is typed here, or clear it, before leaving the case.</source>
        <translation>کیس چھوڑنے سے پہلے یہاں لکھی گئی بات شامل کریں، یا اسے مٹا دیں۔</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no name)</source>
        <translation>(نام نہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may have been recorded before (same phone or CNIC, or a similar name).</source>
        <translation>ہو سکتا ہے %1 پہلے سے درج ہوں (وہی فون یا شناختی کارڈ، یا ملتا جلتا نام)۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the case first (Ctrl+S), then look for duplicates.</source>
        <translation>پہلے کیس محفوظ کریں (Ctrl+S)، پھر دوہرے ریکارڈ تلاش کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody recorded before matches this person.</source>
        <translation>پہلے سے درج کوئی فرد اس سے نہیں ملتا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records are now one; nothing of either was lost.</source>
        <translation>دونوں ریکارڈ اب ایک ہیں؛ کسی کا کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="-579"/>
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
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="+225"/>
        <source>Choose your password</source>
        <translation>اپنا پاس ورڈ منتخب کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your password</source>
        <translation>اپنا پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, you signed in with a one-time password. Choose your own password now: the workstation opens when it is changed.</source>
        <translation>%1، آپ نے عارضی پاس ورڈ سے سائن اِن کیا ہے۔ ابھی اپنا پاس ورڈ منتخب کریں: پاس ورڈ بدلنے کے بعد ہی ورک اسٹیشن کھلے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the password of %1.</source>
        <translation>%1 کا پاس ورڈ بدلا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;One-time password:</source>
        <translation>عارضی پاس ورڈ (&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>موجودہ پاس ورڈ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>نیا پاس ورڈ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>نیا پاس ورڈ دوبارہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters, not your user name. A few words you can remember are easier to type than one short jumble.</source>
        <translation>کم از کم %1 حروف، اور یوزر نیم نہیں۔ چند یاد رہنے والے الفاظ کسی مختصر الجھے ہوئے لفظ سے زیادہ آسانی سے ٹائپ ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change password</source>
        <translation>پاس ورڈ بدلیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>سائن آؤٹ (&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your current password.</source>
        <translation>اپنا موجودہ پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="+677"/>
        <source>Recorded</source>
        <translation>درج کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>کس لیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>کس کے ساتھ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any organisation</source>
        <translation>کوئی بھی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>Agrees</source>
        <translation>رضامند ہیں</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Does not agree</source>
        <translation>رضامند نہیں</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>In force</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replaced</source>
        <translation>بدل چکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No consent recorded: nothing about the client may be shared with another organisation without it.</source>
        <translation>کوئی رضامندی درج نہیں: اس کے بغیر کلائنٹ کے بارے میں کچھ بھی کسی دوسرے ادارے کو نہیں دیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick what may be shared.</source>
        <translation>جو بتایا جا سکتا ہے اس پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one from the list, or leave it empty for any organisation.</source>
        <translation>فہرست میں سے ایک چنیں، یا کسی بھی ادارے کے لیے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Consent as the client gave it, newest first:</source>
        <translation>کلائنٹ کی دی ہوئی رضامندی، نئی پہلے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>رضامندی درج کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;or:</source>
        <translation>کس لیے (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared:</source>
        <translation>کیا بتایا جا سکتا ہے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;With:</source>
        <translation>کس کے ساتھ (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>فیصلہ (&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any organisation (or type a name)</source>
        <translation>کوئی بھی ادارہ (یا نام لکھیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>درج کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral without consent needs a supervisor, who gives a written reason when referring; it is kept with the referral and in the audit trail.</source>
        <translation>رضامندی کے بغیر ریفرل صرف سپروائزر کر سکتا ہے، جو ریفر کرتے وقت تحریری وجہ دیتا ہے؛ یہ وجہ ریفرل کے ساتھ اور آڈٹ ریکارڈ میں محفوظ رہتی ہے۔</translation>
    </message>
</context>
<context>
    <name>ContactFormWidget</name>
    <message>
        <location filename="../../ui/widgets/contact_form.py" line="+238"/>
        <source>Type the note first.</source>
        <translation>پہلے نوٹ لکھیں۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Intake</source>
        <translation>ابتدائی معلومات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller &amp;type:</source>
        <translation>کالر کی قسم (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>زمرہ (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>فوریت (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>نام کا کچھ حصہ لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word: violence, khula, property…</source>
        <translation>کوئی لفظ لکھیں: تشدد، خلع، جائیداد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not chosen)</source>
        <translation>(منتخب نہیں)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes (kept as written; they cannot be changed)</source>
        <translation>نوٹس (جیسے لکھے گئے ویسے محفوظ؛ بدلے نہیں جا سکتے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New note:</source>
        <translation>نیا نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (Ctrl+Enter)</source>
        <translation>شامل کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجہ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>خلاصہ (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn colleagues about this number for 30 days</source>
        <translation>30 دن تک ساتھیوں کو اس نمبر سے خبردار رکھیں (&amp;W)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages.py" line="+26"/>
        <source>The user name or password is not correct.</source>
        <translation>یوزر نیم یا پاس ورڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been disabled.</source>
        <translation>یہ اکاؤنٹ غیر فعال کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name has 3 to 64 characters: small letters, digits, dots, dashes or underscores.</source>
        <translation>یوزر نیم 3 سے 64 حروف کا ہوتا ہے: انگریزی کے چھوٹے حروف، ہندسے، نقطے، ڈیش یا انڈر اسکور۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is too easy to guess.</source>
        <translation>اس پاس ورڈ کا اندازہ بہت آسانی سے لگایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the old one.</source>
        <translation>نیا پاس ورڈ پرانے سے مختلف ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is not correct.</source>
        <translation>موجودہ پاس ورڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellors and lawyers belong to a centre.</source>
        <translation>کونسلر اور وکیل کا کوئی مرکز ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا اکاؤنٹ خود غیر فعال نہیں کر سکتے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workstation is locked. Sign in again to continue.</source>
        <translation>ورک اسٹیشن لاک ہے۔ جاری رکھنے کے لیے دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has not been given the organisation&apos;s keys.</source>
        <translation>اس اکاؤنٹ کو ادارے کی انکرپشن کیز نہیں دی گئیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already has its organisation keys and first administrator.</source>
        <translation>اس ڈیٹابیس میں ادارے کی انکرپشن کیز اور پہلا ایڈمنسٹریٹر پہلے سے موجود ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keyring is locked.</source>
        <translation>سسٹم کی کی رِنگ لاک ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk database belongs to another computer or user account: its desk secret is not in this account&apos;s keyring.</source>
        <translation>یہ ڈیسک ڈیٹابیس کسی اور کمپیوٹر یا یوزر اکاؤنٹ کا ہے: اس کا ڈیسک سیکرٹ اس اکاؤنٹ کی کی رِنگ میں نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment cannot be booked in the past.</source>
        <translation>گزرے ہوئے وقت کی ملاقات طے نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no case with this reference.</source>
        <translation>اس حوالہ نمبر کا کوئی کیس نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such case.</source>
        <translation>ایسا کوئی کیس نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is not open to you.</source>
        <translation>یہ کیس آپ کے لیے کھلا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This phone number is not recognised.</source>
        <translation>یہ فون نمبر پہچانا نہیں گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the person expected, or a case reference.</source>
        <translation>آنے والے کا نام یا کیس حوالہ نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an active counsellor or lawyer of your centre.</source>
        <translation>اپنے مرکز کا کوئی فعال کونسلر یا وکیل چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session lasts 10 minutes to 4 hours.</source>
        <translation>سیشن 10 منٹ سے 4 گھنٹے تک کا ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such appointment at your centre.</source>
        <translation>آپ کے مرکز میں ایسی کوئی ملاقات نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a booked virtual session or someone who has arrived can be started.</source>
        <translation>صرف طے شدہ آن لائن سیشن یا پہنچ جانے والے فرد کا سیشن شروع ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only staff of a centre book appointments.</source>
        <translation>ملاقاتیں صرف کسی مرکز کا عملہ طے کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word of the client&apos;s name is too long for a line of the sheet.</source>
        <translation>کلائنٹ کے نام کا ایک لفظ شیٹ کی ایک سطر میں نہیں سماتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Urdu voice is installed on this computer.</source>
        <translation>اس کمپیوٹر پر کوئی اردو آواز انسٹال نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No English voice is installed on this computer.</source>
        <translation>اس کمپیوٹر پر کوئی انگریزی آواز انسٹال نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speech engine is busy with another reading.</source>
        <translation>پڑھ کر سنانے والا پروگرام ابھی کچھ اور پڑھ رہا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speech package pyttsx3 is not installed.</source>
        <translation>آواز کا پیکج pyttsx3 انسٹال نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a date within the coming year.</source>
        <translation>آنے والے ایک سال کے اندر کی تاریخ چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client has not agreed to share this with this organisation.</source>
        <translation>کلائنٹ نے یہ معلومات اس ادارے کو دینے پر رضامندی نہیں دی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the client&apos;s consent, or ask a supervisor to refer with a written reason.</source>
        <translation>کلائنٹ کی رضامندی درج کریں، یا سپروائزر سے تحریری وجہ کے ساتھ ریفر کرنے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor may refer without consent.</source>
        <translation>رضامندی کے بغیر صرف سپروائزر ریفر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor may print a confidential address.</source>
        <translation>خفیہ پتہ صرف سپروائزر پرنٹ کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service is not active.</source>
        <translation>یہ سروس فعال نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be empty.</source>
        <translation>یہ خانہ خالی نہیں رہ سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number needs digits.</source>
        <translation>فون نمبر میں ہندسے ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is confidential: only a supervisor may change it.</source>
        <translation>یہ پتہ خفیہ ہے: اسے صرف سپروائزر بدل سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CNIC has 13 digits.</source>
        <translation>شناختی کارڈ نمبر میں 13 ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date of birth cannot be in the future.</source>
        <translation>تاریخ پیدائش آنے والے دنوں کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An incident cannot be dated in the future.</source>
        <translation>واقعے کی تاریخ آنے والے دنوں کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident cannot be dated after it was reported (when the case was opened).</source>
        <translation>واقعے کی تاریخ رپورٹ (کیس کھلنے) کی تاریخ کے بعد کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is too far back.</source>
        <translation>یہ تاریخ بہت پرانی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is too far ahead.</source>
        <translation>یہ تاریخ بہت آگے کی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the case is opened again.</source>
        <translation>بتائیں کہ کیس دوبارہ کیوں کھولا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>This field is required.</source>
        <translation>یہ خانہ بھرنا ضروری ہے۔</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>This person is not on this case.</source>
        <translation>یہ فرد اس کیس میں شامل نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already has this role on the case.</source>
        <translation>اس کیس میں اس فرد کا یہ کردار پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category does not exist.</source>
        <translation>یہ زمرہ موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the centre this case belongs to.</source>
        <translation>وہ مرکز چنیں جس کا یہ کیس ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the listed values.</source>
        <translation>فہرست میں دی گئی چیزوں میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this case could not be read, so it cannot be saved without erasing that part.</source>
        <translation>اس کیس کا کچھ حصہ پڑھا نہیں جا سکا، اس لیے اس حصے کو مٹائے بغیر اسے محفوظ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assigned counsellor or lawyer, or a supervisor, may change whether a case is restricted.</source>
        <translation>کیس کو محدود کرنا یا نہ کرنا صرف ذمہ دار کونسلر یا وکیل، یا سپروائزر بدل سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor or the people assigned may change who works on a case.</source>
        <translation>کیس پر کون کام کرے گا، یہ صرف سپروائزر یا ذمہ دار افراد بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an active counsellor or supervisor of the case&apos;s centre.</source>
        <translation>کیس کے مرکز کا کوئی فعال کونسلر یا سپروائزر چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an active lawyer of the case&apos;s centre.</source>
        <translation>کیس کے مرکز کا کوئی فعال وکیل چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active colleague of the case&apos;s centre.</source>
        <translation>کیس کے مرکز کا کوئی فعال ساتھی چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact is not of the case&apos;s centre.</source>
        <translation>یہ رابطہ کیس کے مرکز کا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact is not of your centre.</source>
        <translation>یہ رابطہ آپ کے مرکز کا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact is being handled by someone else.</source>
        <translation>یہ رابطہ کوئی اور سنبھال رہا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date from today up to two years ahead.</source>
        <translation>آج سے دو سال آگے تک کی کوئی تاریخ چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hearing to schedule cannot be in the past.</source>
        <translation>نئی پیشی گزری ہوئی تاریخ کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind 0 to 30 days before.</source>
        <translation>0 سے 30 دن پہلے یاد دہانی رکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An FIR or an examination cannot be in the future.</source>
        <translation>ایف آئی آر یا معائنہ آنے والے دنوں کی تاریخ کا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such step on this case.</source>
        <translation>اس کیس میں ایسا کوئی قدم نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This follow-up is already done.</source>
        <translation>یہ فالو اپ پہلے ہی ہو چکا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note being edited is not on this case.</source>
        <translation>جس نوٹ میں تبدیلی ہو رہی ہے وہ اس کیس کا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose two different records.</source>
        <translation>دو الگ ریکارڈ چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of these records was already merged.</source>
        <translation>ان میں سے ایک ریکارڈ پہلے ہی ملایا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of these people is on a case not open to you.</source>
        <translation>ان میں سے ایک فرد ایسے کیس میں ہے جو آپ کے لیے کھلا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form is too large to be kept as a draft.</source>
        <translation>فارم اتنا بڑا ہے کہ مسودے کے طور پر محفوظ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This draft belongs to someone else.</source>
        <translation>یہ مسودہ کسی اور کا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it begins.</source>
        <translation>مدت شروع ہونے سے پہلے ختم ہو رہی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the first month, then the last.</source>
        <translation>پہلے شروع کا مہینہ دیں، پھر آخری۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make one report for each year.</source>
        <translation>ہر سال کی الگ رپورٹ بنائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period begins before 2000.</source>
        <translation>یہ مدت سن 2000 سے پہلے شروع ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may report on your own centre only.</source>
        <translation>آپ صرف اپنے مرکز کی رپورٹ بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the local, CHI or GBVIMS categories.</source>
        <translation>ہیلپ لائن کے اپنے، CHI یا GBVIMS کے زمرے منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The suppression threshold is a number from 3 to 100.</source>
        <translation>چھپانے کی حد 3 سے 100 تک کا کوئی عدد ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another period, or record the clients&apos; consent on their cases.</source>
        <translation>کوئی اور مدت منتخب کریں، یا کلائنٹس کی رضامندی ان کے کیسوں میں درج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another period.</source>
        <translation>کوئی اور مدت منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A retention period is at least one month after a case is closed; open cases are never shredded.</source>
        <translation>ریکارڈ رکھنے کی مدت کیس بند ہونے کے بعد کم از کم ایک مہینہ ہے؛ کھلے کیسوں کا ڈیٹا کبھی نہیں مٹایا جاتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A retention period is at most 1200 months.</source>
        <translation>ریکارڈ رکھنے کی مدت زیادہ سے زیادہ 1200 مہینے ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the period on the category that replaced it, on its group or as the default; its cases follow those.</source>
        <translation>مدت اس زمرے پر مقرر کریں جو اس کی جگہ آیا، یا اس کے گروپ پر، یا سب کیسوں کے لیے؛ اس کے کیس انہی کے مطابق چلیں گے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no retention period for this.</source>
        <translation>اس کے لیے ریکارڈ رکھنے کی کوئی مدت مقرر نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cases to shred.</source>
        <translation>وہ کیس منتخب کریں جن کا ذاتی ڈیٹا مٹانا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was shredded. List the due cases again.</source>
        <translation>کچھ نہیں مٹایا گیا۔ واجب کیسوں کی فہرست دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case&apos;s personal data has already been shredded; there is nothing left to hold.</source>
        <translation>اس کیس کا ذاتی ڈیٹا پہلے ہی مٹایا جا چکا ہے؛ روکنے کو کچھ باقی نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not under a legal hold.</source>
        <translation>اس کیس پر کوئی قانونی روک نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Ask a supervisor if you need to work on it.</source>
        <translation>اگر آپ کو اس پر کام کرنا ہے تو سپروائزر سے کہیں۔</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Type it as 0300-1234567 or +92 300 1234567.</source>
        <translation>اسے ⁦0300-1234567⁩ یا ⁦+92 300 1234567⁩ کی طرح لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your supervisor or administrator.</source>
        <translation>اپنے سپروائزر یا ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator must grant it access again.</source>
        <translation>ایڈمنسٹریٹر کو اسے دوبارہ رسائی دینی ہوگی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in instead.</source>
        <translation>اس کے بجائے سائن اِن کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock it (sign in to your desktop) and try again.</source>
        <translation>اسے اَن لاک کریں (اپنے ڈیسک ٹاپ پر سائن اِن کریں) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the database from its own computer, or ask the administrator to set this computer up as a new desk.</source>
        <translation>یہ ڈیٹابیس اس کے اپنے کمپیوٹر پر استعمال کریں، یا ایڈمنسٹریٹر سے کہیں کہ اس کمپیوٹر کو نئے ڈیسک کے طور پر سیٹ اپ کرے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager is needed: sign in to Windows with your own account (not a guest session) and start the app again.</source>
        <translation>ونڈوز کریڈینشل مینیجر درکار ہے: اپنے ذاتی اکاؤنٹ سے (گیسٹ سیشن سے نہیں) ونڈوز میں سائن اِن کریں اور ایپ دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The macOS Keychain is needed: sign in to your macOS account and try again.</source>
        <translation>میک کی کی چین درکار ہے: اپنے macOS اکاؤنٹ میں سائن اِن کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Secret Service keyring is needed: sign in to a desktop session with GNOME Keyring or KWallet (on Debian/Ubuntu: sudo apt-get install gnome-keyring, then sign out and in again). Do not install keyrings.alt: it keeps secrets in a file.</source>
        <translation>سیکرٹ سروس والی کی رِنگ درکار ہے: ایسے ڈیسک ٹاپ سیشن میں سائن اِن کریں جس میں GNOME Keyring یا KWallet ہو (Debian/Ubuntu پر: sudo apt-get install gnome-keyring، پھر سائن آؤٹ کر کے دوبارہ سائن اِن کریں)۔ keyrings.alt انسٹال نہ کریں: یہ خفیہ معلومات ایک عام فائل میں رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one from the list.</source>
        <translation>فہرست میں سے منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the reference, or leave it empty for a walk-in without a case.</source>
        <translation>کیس نمبر چیک کریں، یا بغیر کیس کے واک اِن کلائنٹ کے لیے یہ خانہ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten it.</source>
        <translation>اسے مختصر کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a space or shorten it.</source>
        <translation>بیچ میں اسپیس دیں یا اسے مختصر کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux install espeak-ng; on Windows add the language&apos;s speech pack in Settings › Time &amp; language › Speech.</source>
        <translation>Linux پر espeak-ng انسٹال کریں؛ Windows پر Settings › Time &amp; language › Speech میں اس زبان کا اسپیچ پیک شامل کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a shorter section, or try again.</source>
        <translation>کوئی چھوٹا حصہ سنوائیں، یا دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again when it has finished.</source>
        <translation>وہ ختم ہو جائے تو دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux install espeak-ng (apt-get install espeak-ng).</source>
        <translation>Linux پر espeak-ng انسٹال کریں (apt-get install espeak-ng)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the app&apos;s dependencies again.</source>
        <translation>ایپ کے درکار پیکج دوبارہ انسٹال کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall the app, or copy the file back into resources/fonts.</source>
        <translation>ایپ دوبارہ انسٹال کریں، یا یہ فائل واپس resources/fonts میں کاپی کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstall the app.</source>
        <translation>ایپ دوبارہ انسٹال کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it as 12345-1234567-1 or as 13 digits.</source>
        <translation>اسے 12345-1234567-1 کی طرح یا 13 ہندسوں میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to pick up the newest keys; if it stays unreadable, tell an administrator.</source>
        <translation>نئی کیز لینے کے لیے دوبارہ سائن اِن کریں؛ پھر بھی نہ پڑھا جا سکے تو ایڈمنسٹریٹر کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the longest text.</source>
        <translation>سب سے لمبا متن چھوٹا کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A password needs at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name %1 is already taken.</source>
        <translation>یوزر نیم %1 پہلے سے کسی اور کا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no centre %1.</source>
        <translation>%1 نام کا کوئی مرکز نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user %1.</source>
        <translation>%1 نام کا کوئی یوزر نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow this.</source>
        <translation>آپ کے عہدے (%1) کو اس کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure system keyring is available (found: %1).</source>
        <translation>کوئی محفوظ سسٹم کی رِنگ دستیاب نہیں (ملی: %1)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already booked from %2 to %3.</source>
        <translation>%1 کی %2 سے %3 تک پہلے سے ملاقات طے ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no district called %1.</source>
        <translation>%1 نام کا کوئی ضلع نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a district in the list.</source>
        <translation>%1 اضلاع کی فہرست میں نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case cannot go from “%1” to “%2”.</source>
        <translation>کیس ”%1“ سے ”%2“ کی کیفیت میں نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no case %1.</source>
        <translation>کیس %1 موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name is too long to print (%1 characters; at most %2).</source>
        <translation>کلائنٹ کا نام پرنٹ کے لیے بہت لمبا ہے (%1 حروف؛ زیادہ سے زیادہ %2)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field takes at most %1 characters (%2 were given).</source>
        <translation>اس خانے میں زیادہ سے زیادہ %1 حروف آ سکتے ہیں (%2 لکھے گئے)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading was not ready within %1 seconds.</source>
        <translation>آواز %1 سیکنڈ میں تیار نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech engine failed (%1).</source>
        <translation>پڑھ کر سنانے والا پروگرام ناکام ہو گیا (%1)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speech engine could be started (%1).</source>
        <translation>پڑھ کر سنانے والا کوئی پروگرام شروع نہیں ہو سکا (%1)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The font file %1 is missing from %2.</source>
        <translation>فونٹ فائل %1 فولڈر %2 میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A report covers at most %1 years; this period covers %2 months.</source>
        <translation>ایک رپورٹ زیادہ سے زیادہ %1 سال کی ہوتی ہے؛ یہ مدت %2 مہینوں کی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a date.</source>
        <translation>%1 کوئی تاریخ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case opened in %1 has the client&apos;s consent to be counted in statistics, and no contact was recorded then.</source>
        <translation>%1 میں کھلنے والے کسی کیس میں کلائنٹ نے اعداد و شمار میں شمار ہونے کی رضامندی نہیں دی، اور اس دوران کوئی رابطہ بھی درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was recorded in %1.</source>
        <translation>%1 میں کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no district %1.</source>
        <translation>%1 نام کا کوئی ضلع نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no category %1.</source>
        <translation>%1 نام کا کوئی زمرہ نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category %1 is no longer in use.</source>
        <translation>زمرہ %1 اب استعمال میں نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not closed; open cases are never shredded.</source>
        <translation>%1 بند نہیں ہے؛ کھلے کیسوں کا ڈیٹا کبھی نہیں مٹایا جاتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has already been shredded.</source>
        <translation>%1 کا ذاتی ڈیٹا پہلے ہی مٹایا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not due: its retention period has not ended, or no retention period applies to it.</source>
        <translation>%1 ابھی واجب نہیں: اس کی ریکارڈ رکھنے کی مدت ختم نہیں ہوئی، یا اس پر کوئی مدت لاگو نہیں ہوتی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is under a legal hold.</source>
        <translation>%1 پر قانونی روک ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>فولڈر %1 موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be written in %1 (%2).</source>
        <translation>%1 میں کچھ محفوظ نہیں کیا جا سکتا (%2)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 محفوظ نہیں ہو سکی (%2)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The font file %1 cannot be read.</source>
        <translation>فونٹ فائل %1 پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>ایک غیر متوقع خرابی پیش آئی؛ تفصیل لاگ فائل میں ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>سائن اِن کی بہت سی کوششیں ناکام ہوئیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>سائن اِن کی بہت سی کوششیں ناکام ہوئیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../ui/screens/dashboard_panel.py" line="+70"/>
        <source>Answered today</source>
        <translation>آج جواب دی گئی کالیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned or missed today</source>
        <translation>آج کی ادھوری یا مس کالز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call-backs done today</source>
        <translation>آج کی گئی واپس کالیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call-backs waiting</source>
        <translation>باقی واپس کالیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups overdue</source>
        <translation>تاخیر شدہ فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals awaiting an answer</source>
        <translation>جواب کے منتظر ریفرل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>کال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap-up</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases</source>
        <translation>کھلے کیس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has worked here today.</source>
        <translation>آج یہاں کسی نے کام نہیں کیا۔</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+76"/>
        <source>All centres</source>
        <translation>تمام مراکز</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Contacts per hour today</source>
        <translation>آج ہر گھنٹے کے رابطے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases by status (%1)</source>
        <translation>کیفیت کے لحاظ سے کھلے کیس (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cases by risk</source>
        <translation>خطرے کے لحاظ سے کھلے کیس</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The dashboard could not be counted.</source>
        <translation>ڈیش بورڈ کی گنتی نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted at %1; counted again every minute.</source>
        <translation>%1 بجے گنے گئے؛ ہر منٹ دوبارہ گنے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today, %1, at %2 (Pakistan time).</source>
        <translation>آج، %1، %2 میں (پاکستانی وقت)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1 (Pakistan time).</source>
        <translation>آج، %1 (پاکستانی وقت)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count again</source>
        <translation>دوبارہ گنیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team today (average call and wrap-up, in minutes and seconds):</source>
        <translation>آج کی ٹیم (کال اور اختتام کا اوسط وقت، منٹ اور سیکنڈ میں):</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../ui/widgets/desk_status.py" line="+50"/>
        <source>no file</source>
        <translation>کوئی فائل نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>ڈیٹابیس: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sync: not set up</source>
        <translation>سنک: سیٹ اپ نہیں ہوا</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not signed in</source>
        <translation>سائن اِن نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>سائن اِن: %1 (%2، %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: %1 (%2)</source>
        <translation>سائن اِن: %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An administrator connects this desk to the shared database with “workstation sync setup”.</source>
        <translation>ایڈمنسٹریٹر اس ڈیسک کو ”workstation sync setup“ سے مشترکہ ڈیٹابیس سے جوڑتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: sending %1 of %2</source>
        <translation>سنک: %2 میں سے %1 بھیجے جا رہے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: receiving %1 of %2</source>
        <translation>سنک: %2 میں سے %1 وصول ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: in progress…</source>
        <translation>سنک: جاری ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: offline, %Ln change(s) kept on this desk</source>
        <translation>
            <numerusform>سنک: آف لائن، %Ln تبدیلی اسی ڈیسک پر محفوظ</numerusform>
            <numerusform>سنک: آف لائن، %Ln تبدیلیاں اسی ڈیسک پر محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: %Ln change(s) waiting</source>
        <translation>
            <numerusform>سنک: %Ln تبدیلی منتظر</numerusform>
            <numerusform>سنک: %Ln تبدیلیاں منتظر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: up to date (%1)</source>
        <translation>سنک: مکمل (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: up to date</source>
        <translation>سنک: مکمل</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln ٹکراؤ جائزے کے لیے</numerusform>
            <numerusform>%Ln ٹکراؤ جائزے کے لیے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>آخری سنک %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX: listening (port %1)</source>
        <translation>PBX: منسلک (پورٹ %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX: not connected</source>
        <translation>PBX: منسلک نہیں</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+142"/>
        <source>this case</source>
        <translation>یہ کیس</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>same phone number</source>
        <translation>وہی فون نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same CNIC</source>
        <translation>وہی شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar name (%1%)</source>
        <translation>ملتا جلتا نام (%1%)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this the same person?</source>
        <translation>کیا یہ وہی فرد ہے؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recorded before:</source>
        <translation>پہلے سے درج (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this case</source>
        <translation>اس کیس میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded before</source>
        <translation>پہلے سے درج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>کمزور طبقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>کیسز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why offered</source>
        <translation>کیوں دکھایا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values in bold are the same in both. Either answer keeps everything of both records — every case, contact, note and referral; the record given up stays, marked as merged.</source>
        <translation>موٹے حروف والی معلومات دونوں میں ایک جیسی ہیں۔ دونوں میں سے کوئی بھی جواب دونوں ریکارڈ کی ہر چیز رکھتا ہے — ہر کیس، رابطہ، نوٹ اور ریفرل؛ چھوڑا گیا ریکارڈ بھی رہتا ہے، ملا ہوا لکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge it into this one</source>
        <translation>اسے اس میں ملا دیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the record from before</source>
        <translation>پہلے والا ریکارڈ استعمال کریں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not the same person</source>
        <translation>یہ وہ فرد نہیں (&amp;N)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="-112"/>
        <source>Set up this workstation</source>
        <translation>اس ورک اسٹیشن کا سیٹ اپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk database has no accounts yet. Create the first administrator: the organisation&apos;s keys are made now and protected by this password, and the administrator then adds everyone else&apos;s accounts.</source>
        <translation>اس ڈیسک ڈیٹابیس میں ابھی کوئی اکاؤنٹ نہیں ہے۔ پہلا ایڈمنسٹریٹر بنائیں: ادارے کی انکرپشن کیز ابھی بنیں گی اور اسی پاس ورڈ سے محفوظ ہوں گی، پھر ایڈمنسٹریٹر باقی سب کے اکاؤنٹ بنائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>یوزر نیم (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>پورا نام (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>پاس ورڈ دوبارہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User names have small letters, digits, dots or dashes (for example khi-admin). The password needs at least %1 characters. Keep it safe: when the only administrator forgets it, nobody can add or reset accounts.</source>
        <translation>یوزر نیم میں انگریزی کے چھوٹے حروف، ہندسے، نقطے یا ڈیش ہوتے ہیں (مثلاً khi-admin)۔ پاس ورڈ میں کم از کم %1 حروف ہوں۔ اسے سنبھال کر رکھیں: اگر واحد ایڈمنسٹریٹر اسے بھول جائے تو کوئی نہ نیا اکاؤنٹ بنا سکے گا نہ پاس ورڈ ری سیٹ کر سکے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create administrator</source>
        <translation>ایڈمنسٹریٹر بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a user name.</source>
        <translation>یوزر نیم منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the administrator&apos;s name.</source>
        <translation>ایڈمنسٹریٹر کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="-305"/>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>کیا کرنا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up planned.</source>
        <translation>کوئی فالو اپ طے نہیں۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type the day it is due.</source>
        <translation>وہ دن لکھیں جب یہ کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Follow-ups of this case:</source>
        <translation>اس کیس کے فالو اپ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>ہو گیا لکھیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a follow-up</source>
        <translation>فالو اپ طے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue on:</source>
        <translation>تاریخ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who does it:</source>
        <translation>کون کرے گا (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hat to do:</source>
        <translation>کیا کرنا ہے (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>طے کریں (&amp;P)</translation>
    </message>
</context>
<context>
    <name>GuidanceSheetDialog</name>
    <message>
        <location filename="../../ui/dialogs/guidance_sheet.py" line="+450"/>
        <source>The preview could not be shown; the sheet can still be saved or printed.</source>
        <translation>پری ویو نہیں دکھایا جا سکا؛ شیٹ پھر بھی محفوظ یا پرنٹ کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The preview shows the last sheet that could be made. Correct what is marked to update it.</source>
        <translation>پری ویو میں پچھلی بنی ہوئی شیٹ نظر آ رہی ہے۔ اسے تازہ کرنے کے لیے نشان زدہ خانہ درست کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the situation first.</source>
        <translation>پہلے صورتِ حال منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending the sheet to the printer…</source>
        <translation>شیٹ پرنٹر کو بھیجی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer did not take the sheet. Check that it is switched on, connected and has paper, then print again.</source>
        <translation>پرنٹر نے شیٹ نہیں لی۔ دیکھیں کہ پرنٹر آن ہے، جڑا ہوا ہے اور اس میں کاغذ ہے، پھر دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln صفحہ پرنٹر کو بھیج دیا گیا۔</numerusform>
            <numerusform>%Ln صفحات پرنٹر کو بھیج دیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+128"/>
        <source>Guidance sheet</source>
        <translation>رہنمائی شیٹ</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Print the guidance sheet</source>
        <translation>رہنمائی شیٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as %1.</source>
        <translation>فائل محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>PDF وہاں محفوظ نہیں ہو سکی۔ کوئی اور فولڈر منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the guidance sheet</source>
        <translation>رہنمائی شیٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF دستاویز (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the situation: the sheet appears here.</source>
        <translation>صورتِ حال منتخب کریں: شیٹ یہاں نظر آئے گی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the sheet…</source>
        <translation>شیٹ بن رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln page(s), %1</source>
        <translation>
            <numerusform>%Ln صفحہ، %1</numerusform>
            <numerusform>%Ln صفحات، %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without a district the sheet gives the helplines only.</source>
        <translation>ضلع کے بغیر شیٹ پر صرف ہیلپ لائنیں ہوں گی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The referral directory has no services in this district yet: the sheet gives the helplines only.</source>
        <translation>ریفرل ڈائریکٹری میں ابھی اس ضلع کی کوئی سروس نہیں: شیٹ پر صرف ہیلپ لائنیں ہوں گی۔</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln service(s) from the referral directory are printed.</source>
        <translation>
            <numerusform>ریفرل ڈائریکٹری سے %Ln سروس شیٹ پر چھپے گی۔</numerusform>
            <numerusform>ریفرل ڈائریکٹری سے %Ln سروسز شیٹ پر چھپیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: awaiting a lawyer&apos;s review (printed on every page).</source>
        <translation>مسودہ: وکیل کے جائزے کا منتظر (ہر صفحے پر درج)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sexual violence</source>
        <translation>جنسی تشدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical or domestic violence</source>
        <translation>جسمانی یا گھریلو تشدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acid attack</source>
        <translation>تیزاب کا حملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child abuse</source>
        <translation>بچے سے زیادتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment at the workplace</source>
        <translation>کام کی جگہ پر ہراسانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing or abducted person</source>
        <translation>لاپتہ یا اغوا شدہ شخص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medico-legal guidance sheet</source>
        <translation>میڈیکو لیگل رہنمائی شیٹ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the situation and the client&apos;s district. The preview shows the sheet exactly as it will be printed; read it aloud for a client who cannot read.</source>
        <translation>صورتِ حال اور کلائنٹ کا ضلع منتخب کریں۔ پری ویو میں شیٹ بالکل ویسی ہی نظر آتی ہے جیسی پرنٹ ہو گی؛ جو کلائنٹ پڑھ نہیں سکتے انہیں یہ پڑھ کر سنائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Situation:</source>
        <translation>صورتِ حال (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case &amp;reference:</source>
        <translation>کیس نمبر (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s &amp;name:</source>
        <translation>کلائنٹ کا نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page si&amp;ze:</source>
        <translation>صفحے کا سائز (&amp;Z):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu &amp;typeface:</source>
        <translation>اردو خط (&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urdu and English</source>
        <translation>اردو اور انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nastaliq (as in newspapers)</source>
        <translation>نستعلیق (اخبار والا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naskh (plainer letters)</source>
        <translation>نسخ (سادہ حروف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: helplines only</source>
        <translation>کوئی نہیں: صرف ہیلپ لائنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: a walk-in without a case</source>
        <translation>کوئی نہیں: بغیر کیس کے واک اِن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it</source>
        <translation>پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the client wants it</source>
        <translation>صرف اگر کلائنٹ چاہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left off unless ticked: a sheet often goes home, where the person the client fears may see it.</source>
        <translation>نشان لگائے بغیر نام نہیں چھپتا: شیٹ اکثر گھر جاتی ہے، جہاں وہ شخص اسے دیکھ سکتا ہے جس سے کلائنٹ کو خطرہ ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lar&amp;ge print</source>
        <translation>بڑے حروف (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>پری ویو (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PD&amp;F…</source>
        <translation>PDF محفوظ کریں… (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="+364"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(opened)</source>
        <translation>(کھولا گیا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The status has not changed.</source>
        <translation>کیفیت نہیں بدلی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>لکھا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced</source>
        <translation>بدلا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier text</source>
        <translation>پہلے کا متن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note has been changed.</source>
        <translation>کوئی نوٹ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status changes, newest first:</source>
        <translation>کیفیت کی تبدیلیاں، نئی پہلے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of notes (a change keeps the old text):</source>
        <translation>نوٹس کی پہلی صورتیں (تبدیلی پرانا متن رکھتی ہے):</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/screens/retention_panel.py" line="+119"/>
        <source>%1 will not be shredded until the hold is released. Why is it held (a court order, a complaint, an inquiry)?</source>
        <translation>روک ہٹنے تک %1 کا ڈیٹا نہیں مٹایا جائے گا۔ روک کیوں لگائی جا رہی ہے (عدالتی حکم، شکایت، انکوائری)؟</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legal hold</source>
        <translation>قانونی روک</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="-1071"/>
        <source>Step</source>
        <translation>قدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No FIR, court case, examination or order recorded yet.</source>
        <translation>ابھی کوئی ایف آئی آر، عدالتی مقدمہ، معائنہ یا حکم درج نہیں۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hearing</source>
        <translation>پیشی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hearing scheduled.</source>
        <translation>کوئی پیشی طے نہیں۔</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Legal process</source>
        <translation>قانونی کارروائی</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due now</source>
        <translation>ابھی</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln دن پہلے</numerusform>
            <numerusform>%Ln دن پہلے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <location line="+133"/>
        <source>(not linked to a step)</source>
        <translation>(کسی قدم سے منسلک نہیں)</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Change the chosen step</source>
        <translation>چنا ہوا قدم بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new step</source>
        <translation>نیا قدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve the step</source>
        <translation>قدم محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the ste&amp;p</source>
        <translation>قدم شامل کریں (&amp;P)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the date of the hearing.</source>
        <translation>پیشی کی تاریخ لکھیں۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>FIR, court case, medico-legal examination, protection order:</source>
        <translation>ایف آئی آر، عدالتی مقدمہ، میڈیکو لیگل معائنہ، حفاظتی حکم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Step:</source>
        <translation>قدم (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>نمبر (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>جگہ (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>کیفیت (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجہ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>نوٹس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hearing date:</source>
        <translation>پیشی کی تاریخ (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind, days before:</source>
        <translation>کتنے دن پہلے یاد دلائیں (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>مقصد (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the case:</source>
        <translation>کس مقدمے میں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 123/2026</source>
        <translation>مثلاً 123/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PS Lyari, Family Court Malir</source>
        <translation>مثلاً تھانہ لیاری، فیملی کورٹ ملیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none yet)</source>
        <translation>(ابھی کوئی نہیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ne&amp;w step</source>
        <translation>نیا قدم (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings, with their reminders:</source>
        <translation>پیشیاں، اپنی یاد دہانیوں کے ساتھ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule a hearing</source>
        <translation>پیشی طے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;chedule</source>
        <translation>طے کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/widgets/list_panel.py" line="+135"/>
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
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="+206"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation is locked</source>
        <translation>یہ ورک اسٹیشن لاک ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is signed in. Type the password to continue, or switch user: anything not saved is then lost.</source>
        <translation>%1 (%2) سائن اِن ہیں۔ جاری رکھنے کے لیے پاس ورڈ لکھیں، یا یوزر بدلیں: اس صورت میں جو کچھ محفوظ نہیں ہوا وہ ضائع ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Unlocking…</source>
        <translation>اَن لاک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>&amp;Unlock</source>
        <translation>اَن لاک کریں (&amp;U)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Switch user</source>
        <translation>یوزر بدلیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The password is not correct.</source>
        <translation>پاس ورڈ درست نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+296"/>
        <source>A call event arrived from the PBX; it waits for a counsellor to sign in.</source>
        <translation>PBX سے کال کی اطلاع آئی ہے؛ یہ کسی کونسلر کے سائن اِن کا انتظار کر رہی ہے۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A missed call was added to the worklist.</source>
        <translation>ایک مس کال ورک لسٹ میں شامل کر دی گئی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A missed call came without a number; it cannot be called back.</source>
        <translation>ایک مس کال بغیر نمبر کے آئی؛ اس پر واپس کال نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <source>&amp;New contact</source>
        <translation>نیا رابطہ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;password…</source>
        <translation>پاس ورڈ بدلیں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>سائن آؤٹ (&amp;O)</translation>
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
        <source>&amp;Sync now</source>
        <translation>ابھی سنک کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;conflicts…</source>
        <translation>سنک کے ٹکراؤ… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide the screen</source>
        <translation>اسکرین چھپائیں (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when &amp;idle</source>
        <translation>استعمال نہ ہونے پر لاک (&amp;I)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>%Ln منٹ بعد</numerusform>
            <numerusform>%Ln منٹ بعد</numerusform>
        </translation>
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
        <location line="+137"/>
        <source>Your password has been changed.</source>
        <translation>آپ کا پاس ورڈ بدل دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="+19"/>
        <source>Written</source>
        <translation>لکھا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet.</source>
        <translation>ابھی کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(cannot be read: damaged)</source>
        <translation>(پڑھا نہیں جا سکتا: خراب)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, %2:</source>
        <translation>%1، %2:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Earlier version(s): %Ln, in the History tab.</source>
        <translation>
            <numerusform>پہلی صورت: %Ln، تاریخچے کے ٹیب میں۔</numerusform>
            <numerusform>پہلی صورتیں: %Ln، تاریخچے کے ٹیب میں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changing the chosen note: it is saved as a new version; the old one stays in the history.</source>
        <translation>چنا ہوا نوٹ بدل رہے ہیں: یہ نئی صورت کے طور پر محفوظ ہوگا؛ پرانا تاریخچے میں رہے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new &amp;version (Ctrl+Enter)</source>
        <translation>نئی صورت محفوظ کریں (Ctrl+Enter) (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the note (Ctrl+Enter)</source>
        <translation>نوٹ شامل کریں (Ctrl+Enter) (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the note first.</source>
        <translation>پہلے نوٹ لکھیں۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Notes, newest first (kept as written; a change adds a version):</source>
        <translation>نوٹس، نئے پہلے (جیسے لکھے گئے ویسے رہتے ہیں؛ تبدیلی نئی صورت بناتی ہے):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New note:</source>
        <translation>نیا نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the chosen note</source>
        <translation>چنا ہوا نوٹ بدلیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the change</source>
        <translation>تبدیلی چھوڑیں</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordPanel</name>
    <message>
        <location filename="../../ui/screens/accounts.py" line="-180"/>
        <source>Copied. The clipboard is emptied again in %1 seconds.</source>
        <translation>کاپی ہو گیا۔ %1 سیکنڈ بعد کلپ بورڈ خود خالی ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it to the person yourself, not by text message or e-mail. It is shown only now; they choose their own password when they first sign in with it.</source>
        <translation>یہ پاس ورڈ متعلقہ شخص کو خود دیں، ایس ایم ایس یا ای میل سے نہیں۔ یہ صرف ابھی دکھایا جا رہا ہے؛ پہلی بار اس سے سائن اِن کرنے پر وہ اپنا پاس ورڈ خود منتخب کریں گے۔</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../ui/widgets/pdf_pages.py" line="+145"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/widgets/case_form.py" line="-832"/>
        <source>Nobody is on this case yet: add the client with Alt+A.</source>
        <translation>ابھی اس کیس میں کوئی فرد نہیں: Alt+A سے کلائنٹ شامل کریں۔</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerability</source>
        <translation>کمزور طبقہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(نام نہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — taken off the case when saved</source>
        <translation>%1 — محفوظ کرنے پر کیس سے ہٹا دیا جائے گا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (new)</source>
        <translation>%1 (نیا)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Keep on the case</source>
        <translation>کیس میں رہنے دیں (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;ke off the case</source>
        <translation>کیس سے ہٹائیں (&amp;K)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>People on the case:</source>
        <translation>کیس کے افراد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person</source>
        <translation>فرد شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;duplicates</source>
        <translation>دوہرے ریکارڈ تلاش کریں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen person</source>
        <translation>چنا ہوا فرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>کردار (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relations&amp;hip:</source>
        <translation>رشتہ (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CNIC:</source>
        <translation>شناختی کارڈ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>تاریخ پیدائش (&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>جنس (&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ag&amp;e:</source>
        <translation>عمر (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;trict:</source>
        <translation>ضلع (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss:</source>
        <translation>پتا (&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>نام کا کچھ حصہ لکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(to the survivor: not chosen)</source>
        <translation>(متاثرہ فرد سے: منتخب نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>(not known)</source>
        <translation>(معلوم نہیں)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 years</source>
        <translation>%1 سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerability:</source>
        <translation>کمزور طبقہ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety:</source>
        <translation>حفاظت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown first on every call from this person.</source>
        <translation>اس فرد کی ہر کال پر سب سے پہلے دکھائی جاتی ہے۔</translation>
    </message>
</context>
<context>
    <name>QuickHideCover</name>
    <message>
        <location filename="../../ui/lock.py" line="-141"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <location filename="../../ui/dialogs/read_aloud.py" line="+269"/>
        <source>The whole sheet</source>
        <translation>پوری شیٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The introduction</source>
        <translation>تعارف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All the steps</source>
        <translation>تمام مراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helplines</source>
        <translation>ہیلپ لائنیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1</source>
        <translation>مرحلہ %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The file could not be saved there (%1).</source>
        <translation>فائل وہاں محفوظ نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The speech engine did not answer. Try again, or read a shorter part.</source>
        <translation>پڑھ کر سنانے والے پروگرام نے جواب نہیں دیا۔ دوبارہ کوشش کریں، یا کوئی چھوٹا حصہ سنوائیں۔</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The reading could not be played. Save it as a WAV file and play it with another program.</source>
        <translation>آواز چلائی نہیں جا سکی۔ اسے WAV فائل کے طور پر محفوظ کر کے کسی اور پروگرام میں چلائیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Preparing the reading…</source>
        <translation>آواز تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the reading…</source>
        <translation>آواز محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing.</source>
        <translation>چل رہی ہے۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused.</source>
        <translation>وقفہ۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>فائل محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the reading</source>
        <translation>آواز محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV sound (*.wav)</source>
        <translation>WAV آواز (*.wav)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Read aloud</source>
        <translation>پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hat to read:</source>
        <translation>کیا سنائیں (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read &amp;in:</source>
        <translation>کس زبان میں (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;eed:</source>
        <translation>رفتار (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pl&amp;ay</source>
        <translation>چلائیں (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;use</source>
        <translation>وقفہ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>ختم کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;WAV…</source>
        <translation>WAV محفوظ کریں… (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speakers found: save the reading as WAV to hear it elsewhere.</source>
        <translation>کوئی اسپیکر نہیں ملا: کہیں اور سننے کے لیے آواز WAV میں محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral.py" line="+143"/>
        <source>Checking the client&apos;s consent…</source>
        <translation>کلائنٹ کی رضامندی دیکھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client has agreed to share their details with this organisation.</source>
        <translation>کلائنٹ نے اس ادارے کو اپنی تفصیلات دینے پر رضامندی دی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client has not agreed to share their details with this organisation. As a supervisor you may refer all the same: write why. The reason is kept with the referral and the audit trail records it.</source>
        <translation>کلائنٹ نے اس ادارے کو اپنی تفصیلات دینے پر رضامندی نہیں دی۔ سپروائزر کے طور پر آپ پھر بھی ریفر کر سکتے ہیں: وجہ لکھیں۔ وجہ ریفرل کے ساتھ محفوظ رہے گی اور آڈٹ ریکارڈ میں درج ہوگی۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client has not agreed to share their details with this organisation. Record their consent in the case form first, or ask a supervisor.</source>
        <translation>کلائنٹ نے اس ادارے کو اپنی تفصیلات دینے پر رضامندی نہیں دی۔ پہلے کیس فارم میں رضامندی درج کریں، یا سپروائزر سے کہیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write why the client is referred without their consent.</source>
        <translation>لکھیں کہ کلائنٹ کو رضامندی کے بغیر کیوں ریفر کیا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Refer the case</source>
        <translation>کیس ریفر کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 to %2 (%3).</source>
        <translation>کیس %1، ریفر برائے %2 (%3)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Follow up on:</source>
        <translation>فالو اپ کی تاریخ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>نوٹس (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason without consent:</source>
        <translation>رضامندی کے بغیر ریفر کرنے کی وجہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the case file; not printed on the slip</source>
        <translation>کیس فائل کے لیے؛ سلپ پر نہیں چھپیں گے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer and make the slip</source>
        <translation>ریفر کریں اور سلپ بنائیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>ReferralSlipDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral_slip.py" line="+253"/>
        <source>Sending the slip to the printer…</source>
        <translation>سلپ پرنٹر کو بھیجی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The printer did not take the slip. Check that it is switched on, connected and has paper, then print again.</source>
        <translation>پرنٹر نے سلپ نہیں لی۔ دیکھیں کہ پرنٹر آن ہے، جڑا ہوا ہے اور اس میں کاغذ ہے، پھر دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln صفحہ پرنٹر کو بھیجا گیا۔</numerusform>
            <numerusform>%Ln صفحات پرنٹر کو بھیجے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+63"/>
        <location line="+1"/>
        <source>Referral slip</source>
        <translation>ریفرل سلپ</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Print the referral slip</source>
        <translation>ریفرل سلپ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as %1.</source>
        <translation>%1 کے نام سے محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the referral slip</source>
        <translation>ریفرل سلپ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF دستاویز (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>PDF وہاں محفوظ نہیں ہو سکی۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page si&amp;ze:</source>
        <translation>صفحے کا سائز (&amp;Z):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s &amp;name:</source>
        <translation>کلائنٹ کا نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter &amp;address:</source>
        <translation>پناہ گاہ کا پتہ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu and English</source>
        <translation>اردو اور انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it</source>
        <translation>پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the client wants it</source>
        <translation>صرف اگر کلائنٹ چاہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off unless ticked: a slip often goes home, where the person the client fears may see it.</source>
        <translation>ٹک کیے بغیر نام نہیں چھپتا: سلپ اکثر گھر جاتی ہے، جہاں وہ شخص دیکھ سکتا ہے جس سے کلائنٹ ڈرتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the address (a supervisor&apos;s decision)</source>
        <translation>پتہ پرنٹ کریں (سپروائزر کا فیصلہ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a confidential location: the slip says to ask the helpline for directions instead of giving the address.</source>
        <translation>یہ خفیہ مقام ہے: سلپ پر پتے کے بجائے لکھا ہوگا کہ راستہ ہیلپ لائن سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PD&amp;F…</source>
        <translation>PDF کے طور پر محفوظ کریں (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <location filename="../../ui/screens/referrals.py" line="+113"/>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+522"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="-518"/>
        <source>Open now</source>
        <translation>ابھی کھلا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO</source>
        <translation>ڈیمو</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+239"/>
        <source>Nationwide</source>
        <translation>پورے ملک میں</translation>
    </message>
    <message numerus="yes">
        <location line="-233"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 اور %Ln مزید</numerusform>
            <numerusform>%1 اور %Ln مزید</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Referring case %1: choose a service, then Refer (Enter).</source>
        <translation>کیس %1 ریفر ہو رہا ہے: سروس چنیں، پھر ریفر کریں (Enter)۔</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Choose a service in the list to see it here.</source>
        <translation>یہاں دیکھنے کے لیے فہرست میں سے سروس چنیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo entry: a fictitious service made for training. Do not refer a client to it.</source>
        <translation>ڈیمو اندراج: تربیت کے لیے فرضی سروس۔ کسی کلائنٹ کو یہاں ریفر نہ کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None on record</source>
        <translation>ریکارڈ میں نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confidential: only a supervisor may see it. Give the phone number.</source>
        <translation>خفیہ: صرف سپروائزر دیکھ سکتا ہے۔ فون نمبر دیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+228"/>
        <source>Women</source>
        <translation>خواتین</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+228"/>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+228"/>
        <source>Minorities</source>
        <translation>اقلیتیں</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+228"/>
        <source>Persons with disabilities</source>
        <translation>معذور افراد</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+228"/>
        <source>Transgender persons</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Everyone</source>
        <translation>سب کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free of charge</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees may apply</source>
        <translation>فیس ہو سکتی ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female staff available</source>
        <translation>خواتین عملہ موجود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not verified for six months: check the number before giving it</source>
        <translation>چھ ماہ سے تصدیق نہیں ہوئی: نمبر دینے سے پہلے تصدیق کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open day and night, every day</source>
        <translation>ہر روز، دن رات کھلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded: ask by phone</source>
        <translation>درج نہیں: فون پر پوچھیں</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Importing the directory…</source>
        <translation>ڈائریکٹری امپورٹ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%Ln service(s) imported.</source>
        <translation>
            <numerusform>%Ln سروس امپورٹ ہو گئی۔</numerusform>
            <numerusform>%Ln سروسز امپورٹ ہو گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was stopped: nothing was imported.</source>
        <translation>امپورٹ روک دی گئی: کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a directory (HSDS 3.0)</source>
        <translation>ڈائریکٹری امپورٹ کریں (HSDS 3.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSDS files (*.json *.csv)</source>
        <translation>HSDS فائلیں (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The file has %Ln error(s); nothing was imported.</source>
        <translation>
            <numerusform>فائل میں %Ln غلطی ہے؛ کچھ بھی امپورٹ نہیں ہوا۔</numerusform>
            <numerusform>فائل میں %Ln غلطیاں ہیں؛ کچھ بھی امپورٹ نہیں ہوا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… اور %Ln مزید۔</numerusform>
            <numerusform>… اور %Ln مزید۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the valid records</source>
        <translation>درست ریکارڈ امپورٹ کریں</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Any kind of service</source>
        <translation>ہر قسم کی سروس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serving anyone</source>
        <translation>سب کے لیے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Search:</source>
        <translation>تلاش (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service, need or place, in Urdu, English or Roman Urdu (thana, darul aman…)</source>
        <translation>سروس، ضرورت یا جگہ، اردو، انگریزی یا رومن اردو میں (تھانہ، darul aman…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open now</source>
        <translation>ابھی کھلا (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Female staff</source>
        <translation>خواتین عملہ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;ee</source>
        <translation>مفت (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;verified for six months</source>
        <translation>چھ ماہ سے غیر تصدیق شدہ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>امپورٹ کریں (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the referral</source>
        <translation>ریفرل منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer…</source>
        <translation>ریفر کریں (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>درست کریں (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark verified today</source>
        <translation>آج تصدیق شدہ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>پتہ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serves:</source>
        <translation>علاقہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>اوقات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages:</source>
        <translation>زبانیں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>کس کے لیے:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms:</source>
        <translation>شرائط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified:</source>
        <translation>آخری تصدیق:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>ماخذ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every entry has been verified in the last six months.</source>
        <translation>پچھلے چھ ماہ میں ہر اندراج کی تصدیق ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “%1”. Try fewer words, another spelling or fewer filters.</source>
        <translation>“%1” کے لیے کچھ نہیں ملا۔ کم الفاظ، کوئی اور ہجے یا کم فلٹر آزمائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory has no services in %1.</source>
        <translation>ڈائریکٹری میں %1 کی کوئی سروس نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory is empty.</source>
        <translation>ڈائریکٹری خالی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln سروس</numerusform>
            <numerusform>%Ln سروسز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the best %Ln</source>
        <translation>
            <numerusform>بہترین %Ln</numerusform>
            <numerusform>بہترین %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <location filename="../../ui/widgets/case_sections.py" line="+339"/>
        <source>Referred</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up on</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not referred anywhere yet.</source>
        <translation>ابھی کہیں ریفر نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without consent: decided by %1</source>
        <translation>رضامندی کے بغیر: فیصلہ %1 کا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With consent</source>
        <translation>رضامندی سے</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Notes: %1</source>
        <translation>نوٹس: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred without the client&apos;s consent; %1 gave the reason: %2</source>
        <translation>کلائنٹ کی رضامندی کے بغیر ریفر کیا گیا؛ %1 نے وجہ لکھی: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred by %1.</source>
        <translation>ریفر کرنے والے: %1۔</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Where this case was referred, newest first:</source>
        <translation>یہ کیس کہاں ریفر ہوا، نئے پہلے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer…</source>
        <translation>ریفر کریں… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of the chosen referral</source>
        <translation>منتخب ریفرل کا کیا بنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>کیفیت (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow &amp;up on:</source>
        <translation>فالو اپ کی تاریخ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update</source>
        <translation>تبدیلی محفوظ کریں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the s&amp;lip again…</source>
        <translation>سلپ دوبارہ پرنٹ کریں (&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../ui/report_labels.py" line="+18"/>
        <source>Small counts are suppressed so that no survivor can be singled out: a count from 1 to %1 is shown as %3. Where a table has a total, further counts are shown as %3 until no hidden count can be worked out from the total: at least two are hidden, together they hold %2 or more, and they are not all 1. A total below %2 is hidden too. Zero is shown. Charts draw only the counts that are shown.</source>
        <translation>چھوٹی تعداد چھپائی جاتی ہے تاکہ کسی متاثرہ فرد کی نشاندہی نہ ہو سکے: 1 سے %1 تک کی تعداد کی جگہ %3 دکھایا جاتا ہے۔ جس جدول میں کل تعداد دی گئی ہو، وہاں مزید تعدادیں بھی %3 دکھائی جاتی ہیں، یہاں تک کہ کل تعداد سے کوئی چھپی تعداد معلوم نہ کی جا سکے: کم از کم دو چھپی ہوں، مل کر %2 یا زیادہ ہوں، اور سب 1 نہ ہوں۔ %2 سے کم کل تعداد بھی چھپائی جاتی ہے۔ صفر دکھایا جاتا ہے۔ چارٹ صرف دکھائی گئی تعدادیں بناتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymised statistics</source>
        <translation>گمنام اعداد و شمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All centres</source>
        <translation>تمام مراکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>زمرے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>تیاری کا وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How counts are protected</source>
        <translation>تعداد کیسے محفوظ رکھی گئی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts are every call, walk-in and online session finished in the period. Cases, clients, referrals and legal steps are counted only for cases whose client agreed to be counted in statistics. No names, numbers or free text are in this report.</source>
        <translation>رابطوں میں اس مدت میں مکمل ہونے والی ہر کال، واک اِن اور آن لائن سیشن شامل ہے۔ کیس، کلائنٹ، ریفرل اور قانونی کارروائیاں صرف ان کیسوں کی گنی جاتی ہیں جن کے کلائنٹ نے اعداد و شمار میں شمار ہونے کی رضامندی دی۔ اس رپورٹ میں کوئی نام، نمبر یا تحریری تفصیل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No case in this period has the client&apos;s consent to be counted in statistics: only contacts are counted.</source>
        <translation>اس مدت کے کسی کیس میں کلائنٹ نے اعداد و شمار میں شمار ہونے کی رضامندی نہیں دی: صرف رابطے گنے گئے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 suppressed (see how counts are protected)</source>
        <translation>%1 چھپائی گئی تعداد (دیکھیں: تعداد کیسے محفوظ رکھی گئی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client may have several of these, so there is no total.</source>
        <translation>ایک کلائنٹ پر ان میں سے کئی لاگو ہو سکتی ہیں، اس لیے کل تعداد نہیں دی گئی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not classified in the CHI scheme</source>
        <translation>CHI کے زمروں میں شامل نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the six GBVIMS types</source>
        <translation>GBVIMS کی چھ اقسام میں سے نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases counted</source>
        <translation>گنے گئے کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (continued)</source>
        <translation>%1 (جاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None in this period.</source>
        <translation>اس مدت میں کوئی نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts by channel</source>
        <translation>ذریعے کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts by outcome</source>
        <translation>نتیجے کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts by district</source>
        <translation>ضلع کے لحاظ سے رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by category</source>
        <translation>زمرے کے لحاظ سے کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by category (Child Helpline International)</source>
        <translation>زمرے کے لحاظ سے کیس (چائلڈ ہیلپ لائن انٹرنیشنل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases by GBVIMS incident type</source>
        <translation>GBVIMS واقعے کی قسم کے لحاظ سے کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by district</source>
        <translation>ضلع کے لحاظ سے کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by sex</source>
        <translation>جنس کے لحاظ سے کلائنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by age</source>
        <translation>عمر کے لحاظ سے کلائنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by vulnerability</source>
        <translation>کمزور طبقے کے لحاظ سے کلائنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals by service type</source>
        <translation>سروس کی قسم کے لحاظ سے ریفرل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals by outcome</source>
        <translation>نتیجے کے لحاظ سے ریفرل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal process outcomes</source>
        <translation>قانونی کارروائی کے نتائج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the helpline&apos;s own categories</source>
        <translation>ہیلپ لائن کے اپنے زمرے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child Helpline International</source>
        <translation>چائلڈ ہیلپ لائن انٹرنیشنل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GBVIMS incident types</source>
        <translation>GBVIMS واقعات کی اقسام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender or other</source>
        <translation>خواجہ سرا یا دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>60 and over</source>
        <translation>60 اور زیادہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woman</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious minority</source>
        <translation>مذہبی اقلیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnic minority</source>
        <translation>نسلی اقلیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>معذوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonded labourer</source>
        <translation>جبری مزدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rape</source>
        <translation>زنا بالجبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual assault</source>
        <translation>جنسی حملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical assault</source>
        <translation>جسمانی حملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced marriage</source>
        <translation>جبری شادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denial of resources, opportunities or services</source>
        <translation>وسائل، مواقع یا خدمات سے محرومی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychological / emotional abuse</source>
        <translation>نفسیاتی یا جذباتی تشدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting an answer</source>
        <translation>جواب کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>نامنظور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provided</source>
        <translation>سروس فراہم ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client did not go</source>
        <translation>کلائنٹ نہیں گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court case</source>
        <translation>عدالتی مقدمہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medico-legal examination</source>
        <translation>میڈیکو لیگل معائنہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order</source>
        <translation>تحفظ کا حکم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>زیر التوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered</source>
        <translation>درج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>منظور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convicted</source>
        <translation>سزا ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>خارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>صلح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decree granted</source>
        <translation>ڈگری جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order granted</source>
        <translation>حکم جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order refused</source>
        <translation>حکم مسترد</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../ui/screens/report_panel.py" line="+150"/>
        <source>Item</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the period and press Count.</source>
        <translation>مدت منتخب کر کے «گنیں» دبائیں۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+158"/>
        <source>All centres</source>
        <translation>تمام مراکز</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1, %2: %3 cases counted (clients who agreed to statistics), %4 contacts; categories: %5.</source>
        <translation>%1، %2: %3 کیس گنے گئے (جن کلائنٹس نے رضامندی دی)، %4 رابطے؛ زمرے: %5۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Months:</source>
        <translation>مہینے (&amp;M):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;entre:</source>
        <translation>مرکز (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cate&amp;gories:</source>
        <translation>زمرے (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide counts below:</source>
        <translation>اس سے کم تعداد چھپائیں (&amp;H):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Count</source>
        <translation>گنیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDF میں محفوظ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as E&amp;xcel…</source>
        <translation>ایکسل میں محفوظ کریں… (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CS&amp;V…</source>
        <translation>CSV میں محفوظ کریں… (&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only cases whose client agreed to statistics are counted. Point here for the whole rule.</source>
        <translation>صرف وہ کیس گنے گئے ہیں جن کے کلائنٹ نے اعداد و شمار کی رضامندی دی۔ پورا اصول دیکھنے کے لیے یہاں ماؤس لائیں۔</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="+32"/>
        <source>Reports</source>
        <translation>رپورٹس</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>&amp;Dashboard</source>
        <translation>ڈیش بورڈ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics</source>
        <translation>اعداد و شمار (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;retention</source>
        <translation>ڈیٹا رکھنے کی مدت (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/screens/accounts.py" line="+204"/>
        <source>The password of %1 (%2) has been reset. The old one no longer works. The new one-time password:</source>
        <translation>%1 (%2) کا پاس ورڈ ری سیٹ کر دیا گیا ہے۔ پرانا پاس ورڈ اب کام نہیں کرے گا۔ نیا عارضی پاس ورڈ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>ٹھیک ہے (&amp;D)</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../ui/screens/retention_panel.py" line="+24"/>
        <source>Cases of</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months after closing</source>
        <translation>بند ہونے کے بعد مہینے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No retention period is set: every case keeps its personal data.</source>
        <translation>کوئی مدت مقرر نہیں: ہر کیس کا ذاتی ڈیٹا رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>بند ہوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due since</source>
        <translation>کب سے واجب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal hold</source>
        <translation>قانونی روک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>روک لگی ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No closed case has reached the end of its retention period.</source>
        <translation>کسی بند کیس کی ریکارڈ رکھنے کی مدت ابھی ختم نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Closed cases whose retention period has ended: %1 to confirm, %2 on legal hold.</source>
        <translation>بند کیس جن کی مدت ختم ہو چکی: %1 تصدیق کے لیے، %2 پر قانونی روک۔</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln case(s) were shredded since this desk&apos;s database file was last rewritten (some on other desks): until it is, old copies of their values may remain in the file&apos;s free space.</source>
        <translation>
            <numerusform>اس ڈیسک کی ڈیٹابیس فائل آخری بار دوبارہ لکھے جانے کے بعد %Ln کیسوں کا ڈیٹا مٹایا گیا (کچھ دوسرے ڈیسکوں پر): جب تک فائل دوبارہ نہ لکھی جائے، ان کی پرانی نقول فائل کی خالی جگہ میں رہ سکتی ہیں۔</numerusform>
            <numerusform>اس ڈیسک کی ڈیٹابیس فائل آخری بار دوبارہ لکھے جانے کے بعد %Ln کیسوں کا ڈیٹا مٹایا گیا (کچھ دوسرے ڈیسکوں پر): جب تک فائل دوبارہ نہ لکھی جائے، ان کی پرانی نقول فائل کی خالی جگہ میں رہ سکتی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every case no other period covers</source>
        <translation>ہر وہ کیس جس پر کوئی اور مدت لاگو نہ ہو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (category no longer in use)</source>
        <translation>%1 (زمرہ اب استعمال میں نہیں)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a retention period first.</source>
        <translation>پہلے کوئی مدت منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period was removed.</source>
        <translation>مدت ہٹا دی گئی۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the cases to shred in the list (Ctrl or Shift for several).</source>
        <translation>فہرست میں وہ کیس منتخب کریں جن کا ڈیٹا مٹانا ہے (کئی کے لیے Ctrl یا Shift)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is under a legal hold and cannot be shredded.</source>
        <translation>%1 پر قانونی روک ہے، اس کا ڈیٹا نہیں مٹایا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shred personal data</source>
        <translation>ذاتی ڈیٹا مٹائیں</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Shred the personal data of %Ln case(s)? Names, numbers, CNICs, addresses, narratives and notes are cleared on this desk now and, through sync, on the shared database and the other desks. The anonymised figures stay. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln کیسوں کا ذاتی ڈیٹا مٹا دیا جائے؟ نام، نمبر، شناختی کارڈ نمبر، پتے، واقعات کی تفصیل اور نوٹس ابھی اس ڈیسک سے، اور سنک کے ذریعے مشترکہ ڈیٹابیس اور دوسرے ڈیسکوں سے مٹ جائیں گے۔ گمنام اعداد و شمار باقی رہیں گے۔ یہ عمل واپس نہیں ہو سکتا۔</numerusform>
            <numerusform>%Ln کیسوں کا ذاتی ڈیٹا مٹا دیا جائے؟ نام، نمبر، شناختی کارڈ نمبر، پتے، واقعات کی تفصیل اور نوٹس ابھی اس ڈیسک سے، اور سنک کے ذریعے مشترکہ ڈیٹابیس اور دوسرے ڈیسکوں سے مٹ جائیں گے۔ گمنام اعداد و شمار باقی رہیں گے۔ یہ عمل واپس نہیں ہو سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shred</source>
        <translation>مٹائیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shredding, then rewriting the database file…</source>
        <translation>ڈیٹا مٹایا جا رہا ہے، پھر ڈیٹابیس فائل دوبارہ لکھی جائے گی…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shredding: %1 of %2 cases…</source>
        <translation>ڈیٹا مٹایا جا رہا ہے: %2 میں سے %1 کیس…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The personal data of %Ln case(s) was shredded.</source>
        <translation>
            <numerusform>%Ln کیسوں کا ذاتی ڈیٹا مٹا دیا گیا۔</numerusform>
            <numerusform>%Ln کیسوں کا ذاتی ڈیٹا مٹا دیا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln person(s) also on a case that is kept were left as they are.</source>
        <translation>
            <numerusform>%Ln افراد جو کسی باقی رکھے گئے کیس میں بھی شامل ہیں، ویسے ہی رہنے دیے گئے۔</numerusform>
            <numerusform>%Ln افراد جو کسی باقی رکھے گئے کیس میں بھی شامل ہیں، ویسے ہی رہنے دیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file could not be rewritten now; rewrite it below when no other program uses it.</source>
        <translation>ڈیٹابیس فائل ابھی دوبارہ نہیں لکھی جا سکی؛ جب کوئی اور پروگرام اسے استعمال نہ کر رہا ہو تو نیچے سے دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose one case to hold.</source>
        <translation>روک کے لیے ایک کیس منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a case on legal hold.</source>
        <translation>قانونی روک والا کیس منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal hold on %1 was released.</source>
        <translation>%1 سے قانونی روک ہٹا دی گئی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rewriting the database file…</source>
        <translation>ڈیٹابیس فائل دوبارہ لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file was rewritten: no free space keeps an old value.</source>
        <translation>ڈیٹابیس فائل دوبارہ لکھ دی گئی: اب کسی خالی جگہ میں پرانا ڈیٹا نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is in use by another program; try again when it is closed.</source>
        <translation>ڈیٹابیس فائل کوئی اور پروگرام استعمال کر رہا ہے؛ اس کے بند ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A closed case keeps its personal data for the period set for its category, counted from the day it was closed; open cases are never shredded. Shredding clears names, numbers, addresses, narratives and notes everywhere the case is held and keeps the anonymised figures. A legal hold stops it.</source>
        <translation>بند کیس کا ذاتی ڈیٹا اس کے زمرے کے لیے مقرر مدت تک رکھا جاتا ہے، جو کیس بند ہونے کے دن سے شمار ہوتی ہے؛ کھلے کیسوں کا ڈیٹا کبھی نہیں مٹایا جاتا۔ مٹانے سے نام، نمبر، پتے، واقعات کی تفصیل اور نوٹس ہر اس جگہ سے ختم ہو جاتے ہیں جہاں کیس موجود ہے، اور گمنام اعداد و شمار باقی رہتے ہیں۔ قانونی روک مٹانے کو روک دیتی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention periods (the longest of a case&apos;s categories applies):</source>
        <translation>ریکارڈ رکھنے کی مدتیں (کیس کے زمروں میں سب سے لمبی مدت لاگو ہوتی ہے):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a &amp;period…</source>
        <translation>مدت مقرر کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>ہٹائیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shred the chosen cases…</source>
        <translation>منتخب کیسوں کا ڈیٹا مٹائیں… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a legal &amp;hold…</source>
        <translation>قانونی روک لگائیں… (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease the hold</source>
        <translation>روک ہٹائیں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rewrite the database file</source>
        <translation>ڈیٹابیس فائل دوبارہ لکھیں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location line="-379"/>
        <source>Every case no other period covers</source>
        <translation>ہر وہ کیس جس پر کوئی اور مدت لاگو نہ ہو</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cases of:</source>
        <translation>کیس (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Months after closing:</source>
        <translation>بند ہونے کے بعد مہینے (&amp;M):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retention period</source>
        <translation>ریکارڈ رکھنے کی مدت</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved. %Ln closed case(s) are due now.</source>
        <translation>
            <numerusform>محفوظ ہو گیا۔ اب %Ln بند کیس واجب ہیں۔</numerusform>
            <numerusform>محفوظ ہو گیا۔ اب %Ln بند کیس واجب ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory_entry.py" line="+90"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded yet.</source>
        <translation>ابھی کوئی تبدیلی درج نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln change(s) saved.</source>
        <translation>
            <numerusform>%Ln تبدیلی محفوظ ہو گئی۔</numerusform>
            <numerusform>%Ln تبدیلیاں محفوظ ہو گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Directory entry</source>
        <translation>ڈائریکٹری اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the directory entry</source>
        <translation>ڈائریکٹری اندراج درست کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in &amp;Urdu:</source>
        <translation>اردو میں نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>پتہ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>شہر (&amp;I):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>اسٹیٹس (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers:</source>
        <translation>سہولیات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>تفصیل (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource of the details:</source>
        <translation>تفصیلات کا ماخذ (&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily closed</source>
        <translation>عارضی طور پر بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed down</source>
        <translation>مستقل بند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free of charge</source>
        <translation>مفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female staff</source>
        <translation>خواتین عملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential location</source>
        <translation>خفیہ مقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One number a line</source>
        <translation>ہر سطر میں ایک نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: who changed what</source>
        <translation>تاریخچہ: کس نے کیا بدلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark verified today</source>
        <translation>آج تصدیق شدہ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="-123"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your own account. Never use a colleague&apos;s: every record you open is noted under your name.</source>
        <translation>اپنے ہی اکاؤنٹ سے سائن اِن کریں، کبھی کسی ساتھی کے اکاؤنٹ سے نہیں: آپ جو بھی ریکارڈ کھولیں وہ آپ کے نام سے درج ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>یوزر نیم (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a demo database with fictitious records: every demo account (for example khi-counsellor1 or admin) has the password “demo”.</source>
        <translation>یہ فرضی ریکارڈ والا ڈیمو ڈیٹابیس ہے: ہر ڈیمو اکاؤنٹ (مثلاً khi-counsellor1 یا admin) کا پاس ورڈ “demo” ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>&amp;Sign in</source>
        <translation>سائن اِن (&amp;S)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your user name.</source>
        <translation>اپنا یوزر نیم لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in…</source>
        <translation>سائن اِن ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/startup.py" line="+68"/>
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
        <location line="+58"/>
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
        <location line="+89"/>
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
        <location line="+26"/>
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
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="+34"/>
        <source>No conflicts: every desk&apos;s changes were merged without one.</source>
        <translation>کوئی ٹکراؤ نہیں: ہر ڈیسک کی تبدیلیاں بغیر ٹکراؤ کے یکجا ہو گئیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync conflicts</source>
        <translation>سنک کے ٹکراؤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When two desks changed the same field during an outage, the later change was kept everywhere. The value it replaced is listed here; copy it back into the record if it was the right one.</source>
        <translation>جب رابطہ منقطع ہونے کے دوران دو ڈیسکوں نے ایک ہی خانہ بدلا تو بعد والی تبدیلی ہر جگہ رکھی گئی۔ جس قدر کی جگہ اس نے لی وہ یہاں درج ہے؛ اگر وہی درست تھی تو اسے ریکارڈ میں دوبارہ لکھ دیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value that was replaced</source>
        <translation>بدل دی گئی قدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>کس ڈیسک پر لکھی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept from</source>
        <translation>کس سے رکھی گئی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(cannot be read: damaged)</source>
        <translation>(پڑھا نہیں جا سکتا: خراب)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/labels.py" line="+56"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Walk-in</source>
        <translation>واک اِن</translation>
    </message>
    <message>
        <location line="-123"/>
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
        <location filename="../../ui/report_labels.py" line="-51"/>
        <source>Abandoned</source>
        <translation>ادھوری چھوڑی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report_labels.py" line="+1"/>
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
        <location line="+85"/>
        <location line="+182"/>
        <source>Referred</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>قبول کر لیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>انکار کر دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provided</source>
        <translation>سروس فراہم کی گئی</translation>
    </message>
    <message>
        <location line="-269"/>
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
        <location line="+69"/>
        <source>Wrong number</source>
        <translation>غلط نمبر</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+57"/>
        <source>Abusive caller</source>
        <translation>بدزبان کالر</translation>
    </message>
    <message>
        <location line="-56"/>
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
        <source>Survivor or client</source>
        <translation>متاثرہ فرد یا کلائنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>رشتہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>کوئی اور فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>پیشہ ور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency</source>
        <translation>ہنگامی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sindhi</source>
        <translation>سندھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjabi</source>
        <translation>پنجابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balochi</source>
        <translation>بلوچی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saraiki</source>
        <translation>سرائیکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brahui</source>
        <translation>براہوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another language</source>
        <translation>کوئی اور زبان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not safe to call back</source>
        <translation>واپس کال کرنا محفوظ نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not leave a message</source>
        <translation>پیغام نہ چھوڑیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the agreed passphrase</source>
        <translation>طے شدہ کوڈ ورڈ پوچھیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prank calls</source>
        <translation>مذاق کی کالز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reached</source>
        <translation>رابطہ ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>جواب نہیں ملا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>فون بند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not safe to talk</source>
        <translation>بات کرنا محفوظ نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable after three tries</source>
        <translation>تین کوششوں کے بعد بھی رابطہ نہیں ہوا</translation>
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
        <location line="+119"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Client or survivor</source>
        <translation>کلائنٹ یا متاثرہ فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller or reporter</source>
        <translation>کال یا اطلاع کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>مبینہ ملزم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household member</source>
        <translation>گھر کا فرد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Husband or intimate partner</source>
        <translation>شوہر یا قریبی ساتھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former husband or partner</source>
        <translation>سابق شوہر یا ساتھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other family member</source>
        <translation>خاندان کا کوئی اور فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-law</source>
        <translation>سسرالی رشتہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>مالک (آجر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor or co-worker</source>
        <translation>نگران یا ساتھی کارکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious leader</source>
        <translation>مذہبی رہنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>پڑوسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>خدمات دینے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>پولیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landlord</source>
        <translation>مالک مکان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stranger</source>
        <translation>اجنبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>کوئی اور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Woman</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious minority</source>
        <translation>مذہبی اقلیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnic minority</source>
        <translation>نسلی اقلیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person with disability</source>
        <translation>معذور فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender person</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonded labourer</source>
        <translation>جبری مشقت کا شکار مزدور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender or other</source>
        <translation>خواجہ سرا یا کوئی اور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court case</source>
        <translation>عدالتی مقدمہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medico-legal examination</source>
        <translation>میڈیکو لیگل معائنہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order</source>
        <translation>حفاظتی حکم</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Pending</source>
        <translation>زیر التوا</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Registered</source>
        <translation>درج ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Granted</source>
        <translation>منظور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convicted</source>
        <translation>سزا ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>خارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>تصفیہ ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decree granted</source>
        <translation>ڈگری جاری ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order granted</source>
        <translation>حکم جاری ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order refused</source>
        <translation>حکم سے انکار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>ہو چکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjourned</source>
        <translation>ملتوی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>رابطے کی تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>سب کچھ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Did not go</source>
        <translation>نہیں گئے</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+66"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+70"/>
        <source>High</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>انتہائی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointment</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual session</source>
        <translation>آن لائن سیشن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booked</source>
        <translation>وقت مقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>پہنچ گئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>حاضر ہوئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>نہیں آئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>کونسلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>وکیل</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/screens/appointment_dialogs.py" line="+125"/>
        <source>Register a walk-in</source>
        <translation>واک اِن درج کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ounsellor:</source>
        <translation>کونسلر (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>کمرہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (if given):</source>
        <translation>نام، اگر بتایا ہو (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone (if given):</source>
        <translation>فون، اگر بتایا ہو (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give a token</source>
        <translation>ٹوکن دیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token number</source>
        <translation>ٹوکن نمبر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the contact now</source>
        <translation>ابھی رابطہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close (start later from the list)</source>
        <translation>بند کریں، بعد میں فہرست سے شروع کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, with %2</source>
        <translation>%1، %2 کے پاس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With %1</source>
        <translation>%1 کے پاس</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ui/models/week_model.py" line="+99"/>
        <source>Token %1</source>
        <translation>ٹوکن %1</translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../ui/screens/worklist.py" line="+51"/>
        <source>Worklist</source>
        <translation>ورک لسٹ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+181"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Take care</source>
        <translation>احتیاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>مس کالز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First missed</source>
        <translation>پہلی مس کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last missed</source>
        <translation>آخری مس کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>کوششیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>آخری کوشش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The worklist is for staff who take calls.</source>
        <translation>ورک لسٹ کال لینے والے عملے کے لیے ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No call-backs for you; choose “Everyone&apos;s” to see your colleagues&apos;.</source>
        <translation>آپ کے لیے کوئی واپس کال نہیں؛ ساتھیوں کی کالز دیکھنے کے لیے ”سب کی“ چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No calls to return. Import the PBX&apos;s call log (Ctrl+I) to bring in the calls missed overnight.</source>
        <translation>واپس کرنے کے لیے کوئی کال نہیں۔ رات کی مس کالز لانے کے لیے PBX کا کال لاگ درآمد کریں (Ctrl+I)۔</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Attempt recorded; the call-back is done.</source>
        <translation>کوشش درج ہو گئی؛ واپس کال مکمل۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt recorded; the call-back stays on the list.</source>
        <translation>کوشش درج ہو گئی؛ واپس کال فہرست میں باقی ہے۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call logs are imported by staff of a centre.</source>
        <translation>کال لاگ مرکز کا عملہ درآمد کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the PBX&apos;s call log</source>
        <translation>PBX کا کال لاگ درآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call logs (*.csv *.log queue_log Master.csv);;All files (*)</source>
        <translation>کال لاگ (*.csv *.log queue_log Master.csv);;تمام فائلیں (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln missed call(s) added</source>
        <translation>
            <numerusform>%Ln مس کال شامل کی گئی</numerusform>
            <numerusform>%Ln مس کالز شامل کی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln پہلے سے درآمد شدہ</numerusform>
            <numerusform>%Ln پہلے سے درآمد شدہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) skipped: %1</source>
        <translation>
            <numerusform>%Ln سطر چھوڑ دی گئی: %1</numerusform>
            <numerusform>%Ln سطریں چھوڑ دی گئیں: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>کیا کرنا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-ups due today.</source>
        <translation>آج کوئی فالو اپ واجب نہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved</source>
        <translation>آخری بار محفوظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every contact of yours is wrapped up.</source>
        <translation>آپ کے تمام رابطے مکمل ہیں۔</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Since your last shift began (%1):</source>
        <translation>آپ کی پچھلی شفٹ (%1) سے اب تک:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your first shift at the workstation:</source>
        <translation>ورک اسٹیشن پر آپ کی پہلی شفٹ:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s) still open</source>
        <translation>
            <numerusform>%Ln رابطہ ابھی جاری</numerusform>
            <numerusform>%Ln رابطے ابھی جاری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln call-back(s) waiting</source>
        <translation>
            <numerusform>%Ln واپس کال منتظر</numerusform>
            <numerusform>%Ln واپس کالز منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln فالو اپ واجب</numerusform>
            <numerusform>%Ln فالو اپ واجب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caller(s) flagged at your centre</source>
        <translation>
            <numerusform>آپ کے مرکز میں %Ln کالر کی نشان دہی</numerusform>
            <numerusform>آپ کے مرکز میں %Ln کالرز کی نشان دہی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Call-backs (%1)</source>
        <translation>واپس کالز (%1) (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>واجب فالو اپ (%1) (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open contacts (%1)</source>
        <translation>جاری رابطے (%1) (&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Nobody</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Call &amp;back (Enter)</source>
        <translation>واپس کال کریں (Enter) (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take it (Ctrl+M)</source>
        <translation>میں لوں گا (Ctrl+M) (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assigned to:</source>
        <translation>ذمہ دار (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>فوریت (&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mine and unassigned</source>
        <translation>میری اور غیر تفویض شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>سب کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import call log… (Ctrl+I)</source>
        <translation>کال لاگ درآمد کریں… (Ctrl+I) (&amp;I)</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../ui/screens/accounts.py" line="-185"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
</context>
<context>
    <name>_BookingBase</name>
    <message>
        <location filename="../../ui/screens/appointment_dialogs.py" line="-267"/>
        <source>Counsellor Workstation</source>
        <translation>کونسلر ورک اسٹیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
</TS>
