<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="17"/>
        <source>About %1</source>
        <translation>เกี่ยวกับ %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="18"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library of child-protection resources for schools and the curators who look after it.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;ห้องสมุดออฟไลน์ของแหล่งข้อมูลด้านการคุ้มครองเด็ก สำหรับโรงเรียนและผู้ดูแลคลังข้อมูล&lt;/p&gt;&lt;p&gt;ห้องสมุด: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="32"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="33"/>
        <source>Type in the search box to search; results update as you type.

Search tips:
  • words: all must match — online safety
  • &quot;exact phrase&quot; — &quot;missing children&quot;
  • OR, NOT or a minus — sexting -schools
  • fields — title:, org:, author:, topic:, country:, region:, type:, year:, lang:
  • years — year:2015..2020, year:&gt;2017
  • word starts — protect*   • spelling slips — protecton~

Click a value in the sidebar to keep only resources with it; Ctrl+click or right-click to leave them out. Space toggles the value under the cursor.

Shortcuts: Ctrl+F search, Ctrl+L results list, Ctrl+D add to reading list, Ctrl+Shift+C copy citation, Ctrl+= / Ctrl+- text size, F1 help.</source>
        <translation>พิมพ์คำในช่องค้นหาเพื่อค้นหา ผลลัพธ์จะปรับตามไปขณะที่คุณพิมพ์

เคล็ดลับการค้นหา:
  • คำ: ต้องพบครบทุกคำ — online safety
  • &quot;วลีที่ตรงกันทุกคำ&quot; — &quot;missing children&quot;
  • OR, NOT หรือเครื่องหมายลบ — sexting -schools
  • ช่องข้อมูล — title:, org:, author:, topic:, country:, region:, type:, year:, lang:
  • ปี — year:2015..2020, year:&gt;2017
  • ขึ้นต้นคำ — protect*   • สะกดผิดเล็กน้อย — protecton~

คลิกค่าในแถบด้านข้างเพื่อแสดงเฉพาะแหล่งข้อมูลที่มีค่านั้น กด Ctrl+คลิก หรือคลิกขวาเพื่อยกเว้น กด Space เพื่อเลือกหรือยกเลิกค่าที่เคอร์เซอร์อยู่

ปุ่มลัด: Ctrl+F ค้นหา, Ctrl+L รายการผลลัพธ์, Ctrl+D เพิ่มในรายการอ่าน, Ctrl+Shift+C คัดลอกการอ้างอิง, Ctrl+= / Ctrl+- ขนาดตัวอักษร, F1 วิธีใช้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="50"/>
        <source>Words are looked for in the text of local copies too; text: looks only there — text:&quot;mandatory reporting&quot;. A result found there names the page.</source>
        <translation>ระบบค้นหาคำในข้อความของสำเนาในเครื่องด้วย; text: ค้นหาเฉพาะในนั้น — text:&quot;mandatory reporting&quot; ผลลัพธ์ที่พบในเอกสารจะบอกหมายเลขหน้า</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/accessibility.py" line="115"/>
        <source>Space or Enter checks the value under the cursor; the context menu (Menu key) can exclude it instead. Left and Right close and open a group.</source>
        <translation>กด Space หรือ Enter เพื่อทำเครื่องหมายค่าที่เคอร์เซอร์อยู่ หรือใช้เมนูบริบท (ปุ่ม Menu) เพื่อยกเว้นค่านั้น ลูกศรซ้ายและขวาใช้ยุบและขยายกลุ่ม</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="121"/>
        <source>Up and Down move between resources; Enter opens one; Ctrl+D adds the selected ones to a reading list; the Menu key shows more actions.</source>
        <translation>ลูกศรขึ้นและลงใช้เลื่อนระหว่างแหล่งข้อมูล Enter เพื่อเปิด Ctrl+D เพื่อเพิ่มรายการที่เลือกในรายการอ่าน ปุ่ม Menu แสดงคำสั่งเพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="125"/>
        <source>The order of the results</source>
        <translation>ลำดับของผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="127"/>
        <source>Tab moves between the links; Enter follows the link under the cursor.</source>
        <translation>Tab ใช้เลื่อนระหว่างลิงก์ Enter เพื่อเปิดลิงก์ที่เคอร์เซอร์อยู่</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="131"/>
        <source>Resources like the one shown; Tab moves between them, Enter shows one.</source>
        <translation>แหล่งข้อมูลที่คล้ายกับรายการที่แสดงอยู่ Tab ใช้เลื่อนระหว่างรายการ Enter เพื่อแสดงรายการนั้น</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="138"/>
        <source>Spelling correction</source>
        <translation>การแก้คำสะกด</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="140"/>
        <source>Up and Down step a year; type a year and press Enter to apply it.</source>
        <translation>ลูกศรขึ้นและลงใช้เปลี่ยนทีละปี พิมพ์ปีแล้วกด Enter เพื่อใช้ปีนั้น</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="55"/>
        <source>%1: no library here (use --create to make a new one)</source>
        <translation>%1: ไม่มีห้องสมุดที่นี่ (ใช้ --create เพื่อสร้างใหม่)</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>The library could not be opened.</source>
        <translation>ไม่สามารถเปิดห้องสมุดได้</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="147"/>
        <source>Your library could not be prepared: %1</source>
        <translation>ไม่สามารถเตรียมห้องสมุดของคุณได้: %1</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="155"/>
        <source>%1 is already open in %2. Switch to that window to go on working.</source>
        <translation>%1 เปิดอยู่แล้วใน %2 โปรดสลับไปที่หน้าต่างนั้นเพื่อทำงานต่อ</translation>
    </message>
</context>
<context>
    <name>AttachFolder</name>
    <message>
        <location filename="../gui/attach_folder.py" line="66"/>
        <location filename="../gui/attach_folder.py" line="83"/>
        <location filename="../gui/attach_folder.py" line="136"/>
        <location filename="../gui/attach_folder.py" line="152"/>
        <source>Attach files from a folder</source>
        <translation>แนบไฟล์จากโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="79"/>
        <source>Reading file %1 of %2…</source>
        <translation>กำลังอ่านไฟล์ที่ %1 จาก %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="84"/>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="126"/>
        <source>Copying file %1 of %2…</source>
        <translation>กำลังคัดลอกไฟล์ที่ %1 จาก %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="137"/>
        <source>Attaching…</source>
        <translation>กำลังแนบไฟล์…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/attach_folder.py" line="146"/>
        <source>%Ln file(s) attached; text is being read</source>
        <translation>
            <numerusform>แนบแล้ว %Ln ไฟล์ กำลังอ่านข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="148"/>
        <source>Nothing was attached</source>
        <translation>ไม่ได้แนบไฟล์ใดเลย</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="153"/>
        <source>Left out:</source>
        <translation>ไฟล์ที่ไม่ได้แนบ:</translation>
    </message>
</context>
<context>
    <name>AttachFolderDialog</name>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="55"/>
        <source>DOI %1 on the first page</source>
        <translation>DOI %1 ในหน้าแรก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="59"/>
        <source>ISBN %1 on the first page</source>
        <translation>ISBN %1 ในหน้าแรก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="61"/>
        <source>DOI %1</source>
        <translation>DOI %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="62"/>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="63"/>
        <source>title %1%</source>
        <translation>ชื่อเรื่อง %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="66"/>
        <source>title on the first page %1%</source>
        <translation>ชื่อเรื่องในหน้าแรก %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="68"/>
        <source>file name %1%</source>
        <translation>ชื่อไฟล์ %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="71"/>
        <source>its title contains the resource&apos;s title</source>
        <translation>ชื่อเรื่องของไฟล์มีชื่อเรื่องของแหล่งข้อมูลอยู่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="75"/>
        <source>its title is part of the resource&apos;s title</source>
        <translation>ชื่อเรื่องของไฟล์เป็นส่วนหนึ่งของชื่อเรื่องของแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="79"/>
        <source>the first page&apos;s title contains the resource&apos;s title</source>
        <translation>ชื่อเรื่องในหน้าแรกมีชื่อเรื่องของแหล่งข้อมูลอยู่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="85"/>
        <source>the first page&apos;s title is part of the resource&apos;s title</source>
        <translation>ชื่อเรื่องในหน้าแรกเป็นส่วนหนึ่งของชื่อเรื่องของแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="91"/>
        <source>the file name contains the title</source>
        <translation>ชื่อไฟล์มีชื่อเรื่องอยู่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="95"/>
        <source>the file name is part of the title</source>
        <translation>ชื่อไฟล์เป็นส่วนหนึ่งของชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="97"/>
        <source>year %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="100"/>
        <source>already attached to this resource</source>
        <translation>แนบกับแหล่งข้อมูลนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="104"/>
        <source>the resource already has a local copy (%1); tick to replace it</source>
        <translation>แหล่งข้อมูลมีสำเนาในเครื่องอยู่แล้ว (%1) ทำเครื่องหมายเพื่อแทนที่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="110"/>
        <source>the resource is also claimed by %1</source>
        <translation>แหล่งข้อมูลนี้ถูกจับคู่กับ %1 ด้วย</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="114"/>
        <source>also claimed by %1</source>
        <translation>ถูกจับคู่กับ %1 ด้วย</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="118"/>
        <source>the same file as %1</source>
        <translation>ไฟล์เดียวกับ %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="123"/>
        <source>not a document type the library keeps</source>
        <translation>ไม่ใช่ประเภทเอกสารที่ห้องสมุดเก็บไว้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="127"/>
        <source>does not hold what a .%1 file holds</source>
        <translation>ไม่มีเนื้อหาแบบไฟล์ .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="131"/>
        <source>is not a .%1 file</source>
        <translation>ไม่ใช่ไฟล์ .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="135"/>
        <source>holds macros, so it is not kept</source>
        <translation>มีแมโคร จึงไม่ถูกเก็บไว้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="139"/>
        <source>is not plain text</source>
        <translation>ไม่ใช่ข้อความธรรมดา</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="143"/>
        <source>a link that leads out of the folder, so it is not read</source>
        <translation>ลิงก์ที่ชี้ออกนอกโฟลเดอร์ จึงไม่ถูกอ่าน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="149"/>
        <source>a link to a folder, which is not followed</source>
        <translation>ลิงก์ไปยังโฟลเดอร์ ซึ่งจะไม่ถูกติดตาม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="180"/>
        <source>Attach files from a folder</source>
        <translation>แนบไฟล์จากโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="185"/>
        <source>Include &amp;subfolders</source>
        <translation>รวมโฟลเดอร์ย่อย(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="191"/>
        <source>Files in the folder</source>
        <translation>ไฟล์ในโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Resource</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="204"/>
        <source>&amp;Resource for the selected file:</source>
        <translation>แหล่งข้อมูลของไฟล์ที่เลือก(&amp;R):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="207"/>
        <source>Resource for the selected file</source>
        <translation>แหล่งข้อมูลของไฟล์ที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="212"/>
        <source>Type part of a title</source>
        <translation>พิมพ์บางส่วนของชื่อเรื่อง</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="251"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>จับคู่ได้ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="252"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>กำกวม %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="253"/>
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>ไม่พบคู่ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="254"/>
        <source>%Ln not documents</source>
        <translation>
            <numerusform>ไม่ใช่เอกสาร %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="257"/>
        <source>%Ln file(s) in %1: %2.</source>
        <translation>
            <numerusform>%Ln ไฟล์ใน %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files in %2: %3 matched, %4 ambiguous, %5 unmatched, %6 not documents.</source>
        <translation type="vanished">%1 ไฟล์ใน %2: จับคู่ได้ %3, กำกวม %4, ไม่พบคู่ %5, ไม่ใช่เอกสาร %6</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="262"/>
        <source>Only the first %1 files were read.</source>
        <translation>อ่านเฉพาะ %1 ไฟล์แรกเท่านั้น</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="270"/>
        <source>Matched (%1)</source>
        <translation>จับคู่ได้ (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="271"/>
        <source>Ambiguous: choose the resource (%1)</source>
        <translation>กำกวม: เลือกแหล่งข้อมูล (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="272"/>
        <source>Unmatched: type a title to choose one (%1)</source>
        <translation>ไม่พบคู่: พิมพ์ชื่อเรื่องเพื่อเลือก (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="273"/>
        <source>Not documents, never attached (%1)</source>
        <translation>ไม่ใช่เอกสาร จะไม่ถูกแนบ (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="304"/>
        <source>%Ln candidate(s), the first: %1</source>
        <translation>
            <numerusform>%Ln รายการที่เป็นไปได้ รายการแรก: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="337"/>
        <source>&amp;Attach %Ln file(s)</source>
        <translation>
            <numerusform>แนบ %Ln ไฟล์(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="446"/>
        <source>“%1” and “%2” are both ticked for one resource: untick one.</source>
        <translation>“%1” และ “%2” ถูกทำเครื่องหมายสำหรับแหล่งข้อมูลเดียวกัน: ยกเลิกเครื่องหมายหนึ่งรายการ</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="18"/>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="19"/>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="20"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="21"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="22"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="27"/>
        <source>Bulk edit</source>
        <translation>แก้ไขหลายรายการพร้อมกัน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="35"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="45"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="39"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="46"/>
        <source>How</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="41"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="47"/>
        <source>Values</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="42"/>
        <source>values, separated by ;</source>
        <translation>ค่า คั่นด้วย ;</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="51"/>
        <source>%Ln resource(s) selected. Preview shows exactly what will change.</source>
        <translation>
            <numerusform>เลือกไว้ %Ln รายการ ดูตัวอย่างเพื่อดูว่าจะเปลี่ยนอะไรบ้าง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="79"/>
        <source>add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="80"/>
        <source>remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="81"/>
        <source>replace all with</source>
        <translation>แทนที่ทั้งหมดด้วย</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="94"/>
        <source>%Ln resource(s) will change.</source>
        <translation>
            <numerusform>จะเปลี่ยน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources selected. Preview shows exactly what will change.</source>
        <translation type="vanished">เลือกไว้ %1 รายการ ดูตัวอย่างเพื่อดูว่าจะเปลี่ยนอะไรบ้าง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>ดูตัวอย่าง(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="57"/>
        <source>&amp;Apply</source>
        <translation>นำไปใช้(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="76"/>
        <source>set to</source>
        <translation>ตั้งเป็น</translation>
    </message>
    <message>
        <source>%1 resources will change.</source>
        <translation type="vanished">จะเปลี่ยน %1 รายการ</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="130"/>
        <source>Completeness</source>
        <translation>ความครบถ้วน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="132"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="133"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="134"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="148"/>
        <source>%Ln resource(s) need attention. Double-click one to edit it.</source>
        <translation>
            <numerusform>มี %Ln รายการที่ต้องตรวจสอบ ดับเบิลคลิกรายการเพื่อแก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources need attention. Double-click one to edit it.</source>
        <translation type="vanished">มี %1 รายการที่ต้องตรวจสอบ ดับเบิลคลิกรายการเพื่อแก้ไข</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="18"/>
        <source>Changed elsewhere meanwhile</source>
        <translation>มีการแก้ไขจากที่อื่นในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="20"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="21"/>
        <source>Your version</source>
        <translation>ฉบับของคุณ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="22"/>
        <source>Their version (saved)</source>
        <translation>ฉบับของอีกฝ่าย (บันทึกแล้ว)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="29"/>
        <source>Someone else saved this resource while you were editing it. Nothing has been overwritten. Keep your version, or take theirs (your edits are discarded).</source>
        <translation>มีผู้อื่นบันทึกแหล่งข้อมูลนี้ขณะที่คุณกำลังแก้ไข ยังไม่มีข้อมูลใดถูกเขียนทับ เลือกเก็บฉบับของคุณ หรือใช้ฉบับของอีกฝ่าย (การแก้ไขของคุณจะถูกยกเลิก)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="42"/>
        <source>Keep &amp;mine</source>
        <translation>เก็บของฉัน(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="45"/>
        <source>Take &amp;theirs</source>
        <translation>ใช้ของอีกฝ่าย(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../gui/models/conflict_model.py" line="18"/>
        <source>Resource</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="19"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="20"/>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="21"/>
        <source>Theirs</source>
        <translation>ของชุดคอลเลกชัน</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="22"/>
        <source>Take theirs</source>
        <translation>ใช้ของชุดคอลเลกชัน</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="29"/>
        <source>(deleted there)</source>
        <translation>(ถูกลบในชุดคอลเลกชัน)</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="55"/>
        <source>deleted</source>
        <translation>ถูกลบ</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../gui/strings.py" line="26"/>
        <source>Waiting for another program to finish the search index</source>
        <translation>กำลังรอโปรแกรมอื่นสร้างดัชนีการค้นหาให้เสร็จ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="27"/>
        <source>Search index ready</source>
        <translation>ดัชนีการค้นหาพร้อมแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="28"/>
        <source>Building the search index</source>
        <translation>กำลังสร้างดัชนีการค้นหา</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="29"/>
        <source>Writing resources…</source>
        <translation>กำลังเขียนแหล่งข้อมูล…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="30"/>
        <source>Merging resources…</source>
        <translation>กำลังรวมแหล่งข้อมูล…</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../gui/curator_mode.py" line="79"/>
        <source>Curator &amp;mode…</source>
        <translation>โหมดผู้ดูแล(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="161"/>
        <source>&amp;Curate</source>
        <translation>ดูแลคลัง(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="169"/>
        <source>&amp;New resource…</source>
        <translation>แหล่งข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="170"/>
        <source>&amp;Edit resource…</source>
        <translation>แก้ไขแหล่งข้อมูล(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="171"/>
        <source>D&amp;uplicate resource…</source>
        <translation>ทำสำเนาแหล่งข้อมูล(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="173"/>
        <source>Move to &amp;trash</source>
        <translation>ย้ายไปที่ถังขยะ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="180"/>
        <source>&amp;History of this resource…</source>
        <translation>ประวัติของแหล่งข้อมูลนี้(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="181"/>
        <source>&amp;Bulk edit selection…</source>
        <translation>แก้ไขรายการที่เลือกพร้อมกัน(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="182"/>
        <source>T&amp;rash…</source>
        <translation>ถังขยะ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="183"/>
        <source>&amp;Vocabulary and thesaurus…</source>
        <translation>คำศัพท์และอรรถาภิธาน(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="184"/>
        <source>&amp;Completeness…</source>
        <translation>ความครบถ้วน(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="185"/>
        <source>&amp;Attach files from a folder…</source>
        <translation>แนบไฟล์จากโฟลเดอร์(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="187"/>
        <source>Library &amp;settings…</source>
        <translation>การตั้งค่าห้องสมุด(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="189"/>
        <source>&amp;Lock (back to reader mode)</source>
        <translation>ล็อก (กลับสู่โหมดผู้อ่าน)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="201"/>
        <source>Curator mode: editing is on</source>
        <translation>โหมดผู้ดูแล: เปิดการแก้ไขอยู่</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="220"/>
        <location filename="../gui/curator_mode.py" line="225"/>
        <source>Curator mode</source>
        <translation>โหมดผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="226"/>
        <source>Curator password:</source>
        <translation>รหัสผ่านผู้ดูแล:</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="299"/>
        <source>Copy of %1</source>
        <translation>สำเนาของ %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>Edit resource</source>
        <translation>แก้ไขแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>New resource</source>
        <translation>แหล่งข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="328"/>
        <source>These resources look like the one you are adding:

%1

Add it anyway?</source>
        <translation>แหล่งข้อมูลเหล่านี้คล้ายกับรายการที่คุณกำลังเพิ่ม:

%1

ยังต้องการเพิ่มหรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="337"/>
        <source>Added “%1”</source>
        <translation>เพิ่ม “%1” แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="357"/>
        <source>Saved “%1”</source>
        <translation>บันทึก “%1” แล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/curator_mode.py" line="376"/>
        <source>Moved %Ln resource(s) to the trash (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>ย้าย %Ln รายการไปที่ถังขยะแล้ว (Ctrl+Z เพื่อเลิกทำ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation type="vanished">ย้าย %1 รายการไปที่ถังขยะแล้ว (Ctrl+Z เพื่อเลิกทำ)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="391"/>
        <source>Undone: %1</source>
        <translation>เลิกทำแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="392"/>
        <source>There is nothing to undo.</source>
        <translation>ไม่มีสิ่งที่จะเลิกทำ</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="85"/>
        <source>Resource details</source>
        <translation>รายละเอียดแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="92"/>
        <source>Resource details text</source>
        <translation>ข้อความรายละเอียดแหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="100"/>
        <location filename="../gui/panes/detail_pane.py" line="101"/>
        <source>Copy citation</source>
        <translation>คัดลอกการอ้างอิง</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="153"/>
        <source>Select a resource to see its details.</source>
        <translation>เลือกแหล่งข้อมูลเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="176"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="182"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="184"/>
        <source>Authors</source>
        <translation>ผู้แต่ง</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="186"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="189"/>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="191"/>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="193"/>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="228"/>
        <source>Found in the document</source>
        <translation>พบในเอกสาร</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="230"/>
        <source>Found in the document · p. %1</source>
        <translation>พบในเอกสาร · หน้า %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="234"/>
        <source>Open at page %1</source>
        <translation>เปิดที่หน้า %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="262"/>
        <source>Citation copied</source>
        <translation>คัดลอกการอ้างอิงแล้ว</translation>
    </message>
</context>
<context>
    <name>DocumentHits</name>
    <message>
        <location filename="../gui/document_hits.py" line="67"/>
        <source>The words are on page %1.</source>
        <translation>คำที่ค้นหาอยู่ที่หน้า %1</translation>
    </message>
</context>
<context>
    <name>DocumentTextLine</name>
    <message>
        <location filename="../gui/text_extraction.py" line="48"/>
        <source>Document text</source>
        <translation>ข้อความในเอกสาร</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="57"/>
        <source>Document text: reading…</source>
        <translation>ข้อความในเอกสาร: กำลังอ่าน…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="59"/>
        <source>Document text: not read yet</source>
        <translation>ข้อความในเอกสาร: ยังไม่ได้อ่าน</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="65"/>
        <source>Document text: %Ln page(s)</source>
        <translation>
            <numerusform>ข้อความในเอกสาร: %Ln หน้า</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="68"/>
        <source>Document text: none.</source>
        <translation>ข้อความในเอกสาร: ไม่มี</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="70"/>
        <source>Document text: could not be read.</source>
        <translation>ข้อความในเอกสาร: อ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="32"/>
        <source>PDF handout</source>
        <translation>เอกสารแจก PDF</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="33"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="38"/>
        <source>CSV spreadsheet</source>
        <translation>ตารางข้อมูล CSV</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="39"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="44"/>
        <source>JSON (full records)</source>
        <translation>JSON (ระเบียนฉบับเต็ม)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="50"/>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="51"/>
        <source>RIS files (*.ris)</source>
        <translation>ไฟล์ RIS (*.ris)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="56"/>
        <source>BibTeX (JabRef, LaTeX)</source>
        <translation>BibTeX (JabRef, LaTeX)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="57"/>
        <source>BibTeX files (*.bib)</source>
        <translation>ไฟล์ BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="75"/>
        <source>Resources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="89"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="92"/>
        <source>What to export</source>
        <translation>สิ่งที่จะส่งออก</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="94"/>
        <source>Selected resources (%n)</source>
        <translation>
            <numerusform>แหล่งข้อมูลที่เลือก (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="95"/>
        <source>Current results (%n)</source>
        <translation>
            <numerusform>ผลลัพธ์ปัจจุบัน (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="97"/>
        <source>Reading list: %1</source>
        <translation>รายการอ่าน: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="98"/>
        <source>The whole library (%n)</source>
        <translation>
            <numerusform>ทั้งห้องสมุด (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="107"/>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="110"/>
        <source>Child protection resources</source>
        <translation>แหล่งข้อมูลด้านการคุ้มครองเด็ก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="116"/>
        <source>Handout title</source>
        <translation>ชื่อเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="117"/>
        <source>Table of contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="119"/>
        <source>QR code for each link</source>
        <translation>คิวอาร์โค้ดสำหรับแต่ละลิงก์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="121"/>
        <source>Page size</source>
        <translation>ขนาดหน้ากระดาษ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="122"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="123"/>
        <source>Letter</source>
        <translation>Letter (สหรัฐฯ)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="124"/>
        <source>Handout</source>
        <translation>เอกสารแจก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>ชื่อเรื่อง(&amp;T):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Page size:</source>
        <translation>ขนาดหน้ากระดาษ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="134"/>
        <source>&amp;Export:</source>
        <translation>ส่งออก(&amp;E):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="135"/>
        <source>&amp;Format:</source>
        <translation>รูปแบบ(&amp;F):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="139"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
</context>
<context>
    <name>FacetDialog</name>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="95"/>
        <source>%1: all values</source>
        <translation>%1: ค่าทั้งหมด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>กรอง…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="102"/>
        <source>Filter values</source>
        <translation>กรองค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="106"/>
        <source>Sort values</source>
        <translation>เรียงค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="107"/>
        <source>Most resources first</source>
        <translation>จำนวนมากที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="108"/>
        <source>A–Z</source>
        <translation>ก–ฮ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="109"/>
        <source>&amp;Sort:</source>
        <translation>เรียง(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="113"/>
        <source>Values</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="132"/>
        <source>&amp;Include</source>
        <translation>รวม(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="133"/>
        <source>E&amp;xclude</source>
        <translation>ยกเว้น(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="134"/>
        <source>C&amp;lear</source>
        <translation>ล้าง(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="220"/>
        <source>%1 of %2 values</source>
        <translation>%1 จาก %2 ค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="222"/>
        <source>%1 values</source>
        <translation>%1 ค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="225"/>
        <source>%1 included</source>
        <translation>รวม %1 ค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="227"/>
        <source>%1 excluded</source>
        <translation>ยกเว้น %1 ค่า</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../gui/models/facet_model.py" line="112"/>
        <source>More… (%1 matches)</source>
        <translation>เพิ่มเติม… (ตรงกัน %1 ค่า)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="66"/>
        <location filename="../gui/models/facet_model.py" line="122"/>
        <source>More… (%1)</source>
        <translation>เพิ่มเติม… (%1)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="211"/>
        <source>%s: no match</source>
        <translation>%s: ไม่มีค่าที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="212"/>
        <source>%s: none in these results</source>
        <translation>%s: ไม่มีในผลลัพธ์</translation>
    </message>
    <message>
        <source>not </source>
        <translation type="vanished">ยกเว้น </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="241"/>
        <source>, included</source>
        <translation>, รวมอยู่</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="243"/>
        <source>, excluded</source>
        <translation>, ยกเว้นอยู่</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="39"/>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="40"/>
        <source>Region / country</source>
        <translation>ภูมิภาค / ประเทศ</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="41"/>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="42"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="43"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="44"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="236"/>
        <source>not %1</source>
        <translation>ยกเว้น %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/models/facet_model.py" line="247"/>
        <source>%1, %Ln resource(s)</source>
        <translation>
            <numerusform>%1, %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, expanded</source>
        <translation>, ขยายอยู่</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, collapsed</source>
        <translation>, ยุบอยู่</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="261"/>
        <source>checked</source>
        <translation>ทำเครื่องหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="263"/>
        <source>excluded</source>
        <translation>ยกเว้นแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="265"/>
        <source>not checked</source>
        <translation>ไม่ได้ทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="269"/>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="274"/>
        <source>level %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="292"/>
        <source>Click to include, Ctrl+click or right-click to exclude</source>
        <translation>คลิกเพื่อรวม กด Ctrl+คลิก หรือคลิกขวาเพื่อยกเว้น</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="294"/>
        <source>All values: filter, sort, include or exclude several at once</source>
        <translation>ค่าทั้งหมด: กรอง เรียง รวม หรือยกเว้นหลายค่าพร้อมกัน</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="71"/>
        <source>Filter facet values…</source>
        <translation>กรองค่าในหมวดการกรอง…</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="72"/>
        <source>Filter facet values</source>
        <translation>กรองค่าในหมวดการกรอง</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="81"/>
        <source>Facets</source>
        <translation>หมวดการกรอง</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="264"/>
        <source>Include</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="265"/>
        <source>Exclude</source>
        <translation>ยกเว้น</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="315"/>
        <source>Under %1</source>
        <translation>อยู่ใต้ %1</translation>
    </message>
</context>
<context>
    <name>FacetValuesModel</name>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Resources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Exclude</source>
        <translation>ยกเว้น</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, included</source>
        <translation>, รวมอยู่</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, excluded</source>
        <translation>, ยกเว้นอยู่</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>checked</source>
        <translation>ทำเครื่องหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>excluded</source>
        <translation>ยกเว้นแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="141"/>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="143"/>
        <source>not checked</source>
        <translation>ไม่ได้ทำเครื่องหมาย</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../gui/strings.py" line="41"/>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="42"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="43"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="44"/>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="45"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="46"/>
        <source>Decade</source>
        <translation>ทศวรรษ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="47"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="48"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="100"/>
        <source>NOT %1: %2</source>
        <translation>ยกเว้น %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="37"/>
        <source>Active filters</source>
        <translation>ตัวกรองที่ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="43"/>
        <source>Filters:</source>
        <translation>ตัวกรอง:</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="45"/>
        <source>Clear all</source>
        <translation>ล้างทั้งหมด</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="46"/>
        <source>Clear all filters</source>
        <translation>ล้างตัวกรองทั้งหมด</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="91"/>
        <source>Reading list: %1</source>
        <translation>รายการอ่าน: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="93"/>
        <source>Show the whole library again</source>
        <translation>แสดงทั้งห้องสมุดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="99"/>
        <source>NOT </source>
        <translation>ยกเว้น </translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="112"/>
        <source>Remove filter %1</source>
        <translation>นำตัวกรอง %1 ออก</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="113"/>
        <source>Remove this filter</source>
        <translation>นำตัวกรองนี้ออก</translation>
    </message>
</context>
<context>
    <name>FindingMore</name>
    <message>
        <location filename="../gui/finding_more.py" line="69"/>
        <source>&amp;Searches</source>
        <translation>การค้นหา(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/finding_more.py" line="71"/>
        <source>&amp;Save search…</source>
        <translation>บันทึกการค้นหา(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <location filename="../gui/pdf/labels.py" line="29"/>
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation>
            <numerusform>%Ln รายการ · จัดทำเมื่อ %1 ด้วย %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="53"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="54"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="55"/>
        <source>%1 — page %2</source>
        <translation>%1 — หน้า %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="63"/>
        <source>Reading list: %1</source>
        <translation>รายการอ่าน: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="66"/>
        <source>Search: %1</source>
        <translation>ค้นหา: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="72"/>
        <source>Not %1: %2</source>
        <translation>ยกเว้น %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="75"/>
        <source>Selected resources</source>
        <translation>แหล่งข้อมูลที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="76"/>
        <source>The whole library</source>
        <translation>ทั้งห้องสมุด</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="153"/>
        <source>%1: cannot write the PDF here</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ PDF ที่นี่ได้</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="272"/>
        <source>the folder %1 does not exist or cannot be written</source>
        <translation>ไม่มีโฟลเดอร์ %1 หรือไม่สามารถเขียนลงในโฟลเดอร์นี้ได้</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="24"/>
        <source>%1 (undone)</source>
        <translation>%1 (เลิกทำแล้ว)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="32"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="33"/>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="34"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="35"/>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="36"/>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="38"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="41"/>
        <source>&amp;Revert to after this change</source>
        <translation>ย้อนกลับไปยังสถานะหลังการเปลี่ยนแปลงนี้(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="35"/>
        <source>Import %1</source>
        <translation>นำเข้า %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="44"/>
        <source>Columns (which field each column fills)</source>
        <translation>คอลัมน์ (แต่ละคอลัมน์ใส่ข้อมูลในช่องใด)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="48"/>
        <source>Field for column %1</source>
        <translation>ช่องข้อมูลของคอลัมน์ %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="49"/>
        <source>(ignore)</source>
        <translation>(ข้าม)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="53"/>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="55"/>
        <source>&amp;Apply column choices</source>
        <translation>ใช้การเลือกคอลัมน์(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="59"/>
        <source>Entries already in the library</source>
        <translation>รายการที่มีอยู่แล้วในห้องสมุด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="60"/>
        <source>&amp;Skip them</source>
        <translation>ข้ามรายการเหล่านี้(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="62"/>
        <source>&amp;Merge them in (fill empty fields, add topics, countries, names)</source>
        <translation>รวมเข้าด้วยกัน (เติมช่องที่ว่าง เพิ่มหัวข้อ ประเทศ ชื่อ)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="74"/>
        <location filename="../gui/dialogs/import_preview.py" line="75"/>
        <source>What the import found</source>
        <translation>สิ่งที่พบจากการนำเข้า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="86"/>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="97"/>
        <source>There is nothing new to add.</source>
        <translation>ไม่มีรายการใหม่ที่จะเพิ่ม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="109"/>
        <source>Already in the library (%1)</source>
        <translation>มีอยู่แล้วในห้องสมุด (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="111"/>
        <source>Duplicates (%1 in the library, %2 within the file)</source>
        <translation>รายการซ้ำ (ในห้องสมุด %1 รายการ ในไฟล์ %2 รายการ)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="114"/>
        <source>New vocabulary terms (%1)</source>
        <translation>คำศัพท์ใหม่ (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="115"/>
        <source>Problems (%1)</source>
        <translation>ปัญหา (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116"/>
        <source>Notes (%1)</source>
        <translation>หมายเหตุ (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/i18n.py" line="101"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/i18n.py" line="124"/>
        <source>The window will be in %1 the next time you start %2.</source>
        <translation>หน้าต่างจะแสดงเป็นภาษา %1 เมื่อคุณเปิด %2 ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <location filename="../gui/library_opener.py" line="37"/>
        <source>&amp;Open library…</source>
        <translation>เปิดห้องสมุด(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="19"/>
        <source>Library settings</source>
        <translation>การตั้งค่าห้องสมุด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="21"/>
        <source>Hide staff-only resources in reader mode</source>
        <translation>ซ่อนแหล่งข้อมูลเฉพาะเจ้าหน้าที่ในโหมดผู้อ่าน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="26"/>
        <source> minutes</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="27"/>
        <source>Lock curator mode after idle minutes</source>
        <translation>ล็อกโหมดผู้ดูแลเมื่อไม่มีการใช้งานครบจำนวนนาทีนี้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="29"/>
        <source>Lock curator mode after</source>
        <translation>ล็อกโหมดผู้ดูแลหลังจาก</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../gui/links.py" line="33"/>
        <source>The local copy cannot be opened: %1.</source>
        <translation>ไม่สามารถเปิดสำเนาในเครื่องได้: %1</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="48"/>
        <source>This link (%1) cannot be opened: only web (http, https) and e-mail links are opened.</source>
        <translation>ไม่สามารถเปิดลิงก์นี้ (%1) ได้ เปิดได้เฉพาะลิงก์เว็บ (http, https) และลิงก์อีเมลเท่านั้น</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="59"/>
        <source>This link opens in your web browser and leaves the offline library. It needs an internet connection.

Open it?</source>
        <translation>ลิงก์นี้จะเปิดในเว็บเบราว์เซอร์ ซึ่งอยู่นอกห้องสมุดออฟไลน์ และต้องเชื่อมต่ออินเทอร์เน็ต

เปิดลิงก์หรือไม่</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="109"/>
        <location filename="../gui/main_window.py" line="242"/>
        <source>Opening the library…</source>
        <translation>กำลังเปิดห้องสมุด…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="307"/>
        <source>%Ln resource(s) · search took %1 ms</source>
        <translation>
            <numerusform>%Ln รายการ · ค้นหาใช้เวลา %1 มิลลิวินาที</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="309"/>
        <source>No resources · search took %1 ms</source>
        <translation>ไม่มีแหล่งข้อมูล · ค้นหาใช้เวลา %1 มิลลิวินาที</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="415"/>
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>คัดลอกการอ้างอิง %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source> · search took %1 ms</source>
        <translation type="vanished"> · ค้นหาใช้เวลา %1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>citation copied</source>
        <translation type="vanished">คัดลอกการอ้างอิงแล้ว</translation>
    </message>
    <message>
        <source>citations copied</source>
        <translation type="vanished">คัดลอกการอ้างอิงแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="423"/>
        <source> [curator]</source>
        <translation> [ผู้ดูแล]</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="96"/>
        <source>&amp;Find</source>
        <translation>ค้นหา(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="103"/>
        <source>Copy &amp;citation</source>
        <translation>คัดลอกการอ้างอิง(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="108"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="109"/>
        <source>Go to results &amp;list</source>
        <translation>ไปที่รายการผลลัพธ์(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="113"/>
        <source>Clear all &amp;filters</source>
        <translation>ล้างตัวกรองทั้งหมด(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="118"/>
        <location filename="../gui/menus.py" line="122"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="128"/>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ManageListsDialog</name>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="56"/>
        <source>Manage reading lists</source>
        <translation>จัดการรายการอ่าน</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="64"/>
        <source>Reading lists</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="68"/>
        <source>Items of the reading list, in order</source>
        <translation>แหล่งข้อมูลในรายการอ่าน ตามลำดับ</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="70"/>
        <source>Ctrl+Up and Ctrl+Down move an item; Delete removes it</source>
        <translation>Ctrl+ลูกศรขึ้น และ Ctrl+ลูกศรลง เพื่อย้ายรายการ Delete เพื่อนำออก</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="80"/>
        <source>Note on this item, for the handout</source>
        <translation>หมายเหตุของรายการนี้ สำหรับเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="81"/>
        <source>A short note for the handout (optional)</source>
        <translation>หมายเหตุสั้นๆ สำหรับเอกสารแจก (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="100"/>
        <source>&amp;New…</source>
        <translation>ใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="101"/>
        <source>&amp;Rename…</source>
        <translation>เปลี่ยนชื่อ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="102"/>
        <source>D&amp;uplicate</source>
        <translation>ทำสำเนา(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="104"/>
        <source>&amp;Show in window</source>
        <translation>แสดงในหน้าต่าง(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="105"/>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="106"/>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="107"/>
        <source>Re&amp;move from list</source>
        <translation>นำออกจากรายการอ่าน(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="110"/>
        <source>Reading lists:</source>
        <translation>รายการอ่าน:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="117"/>
        <source>Items:</source>
        <translation>แหล่งข้อมูลในรายการ:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="124"/>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="205"/>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="215"/>
        <source>Items of “%1”:</source>
        <translation>แหล่งข้อมูลใน “%1”:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>New reading list</source>
        <translation>รายการอ่านใหม่</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>Rename reading list</source>
        <translation>เปลี่ยนชื่อรายการอ่าน</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="308"/>
        <source>Deleted “%1”.</source>
        <translation>ลบ “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="41"/>
        <location filename="../gui/dialogs/open_library_dialog.py" line="98"/>
        <source>Open library</source>
        <translation>เปิดห้องสมุด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="51"/>
        <source>Library file or server URL</source>
        <translation>ไฟล์ห้องสมุดหรือ URL ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="52"/>
        <source>Choose &amp;file…</source>
        <translation>เลือกไฟล์(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="59"/>
        <source>only if the server asks for one</source>
        <translation>เฉพาะเมื่อเซิร์ฟเวอร์ขอ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="60"/>
        <source>Server password</source>
        <translation>รหัสผ่านเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="62"/>
        <source>A library file, or a catalogue on a PostgreSQL server: %1</source>
        <translation>ไฟล์ห้องสมุด หรือแคตตาล็อกบนเซิร์ฟเวอร์ PostgreSQL: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="73"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="78"/>
        <source>&amp;Library:</source>
        <translation>ห้องสมุด(&amp;L):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="81"/>
        <source>Server &amp;password:</source>
        <translation>รหัสผ่านเซิร์ฟเวอร์(&amp;P):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="100"/>
        <source>Libraries (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>ห้องสมุด (*.db *.sqlite *.sqlite3);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="115"/>
        <source>Name a library file or a server&apos;s URL.</source>
        <translation>โปรดระบุไฟล์ห้องสมุดหรือ URL ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="124"/>
        <source>Opening the library…</source>
        <translation>กำลังเปิดห้องสมุด…</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="26"/>
        <source>Import collection pack</source>
        <translation>นำเข้าชุดคอลเลกชัน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="34"/>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="51"/>
        <source>Changed on both sides since the last exchange: tick what to take from the pack; everything else keeps this library&apos;s version.</source>
        <translation>มีการแก้ไขทั้งสองฝั่งนับตั้งแต่การแลกเปลี่ยนครั้งล่าสุด ทำเครื่องหมายสิ่งที่จะรับจากชุดคอลเลกชัน ส่วนที่เหลือจะคงฉบับของห้องสมุดนี้ไว้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="55"/>
        <source>No conflicts.</source>
        <translation>ไม่มีข้อขัดแย้ง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="59"/>
        <source>Keep all &amp;mine</source>
        <translation>เก็บของฉันทั้งหมด(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="61"/>
        <source>Take all &amp;theirs</source>
        <translation>ใช้ของชุดคอลเลกชันทั้งหมด(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="70"/>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ReadingListsMenu</name>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="57"/>
        <source>&amp;Reading lists</source>
        <translation>รายการอ่าน(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="61"/>
        <source>&amp;Add selection to reading list…</source>
        <translation>เพิ่มแหล่งข้อมูลที่เลือกในรายการอ่าน(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="67"/>
        <source>&amp;Open reading list</source>
        <translation>เปิดรายการอ่าน(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="71"/>
        <source>&amp;Manage reading lists…</source>
        <translation>จัดการรายการอ่าน(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="78"/>
        <source>Show the &amp;whole library</source>
        <translation>แสดงทั้งห้องสมุด(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="90"/>
        <source>Add to reading list</source>
        <translation>เพิ่มในรายการอ่าน</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="91"/>
        <source>Add %Ln resource(s) to the reading list:</source>
        <translation>
            <numerusform>เพิ่ม %Ln รายการในรายการอ่าน:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="110"/>
        <source>%Ln added to %2</source>
        <translation>
            <numerusform>เพิ่ม %Ln รายการใน %2 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="114"/>
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (มีอยู่แล้ว %Ln รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the reading list:</source>
        <translation type="vanished">เพิ่ม %1 ในรายการอ่าน:</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation type="vanished">เพิ่ม %1 ใน %2 แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="112"/>
        <source>Already in %2</source>
        <translation>มีอยู่แล้วใน %2</translation>
    </message>
    <message>
        <source> (%3 already in it)</source>
        <translation type="vanished"> (มีอยู่แล้ว %3 รายการ)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="146"/>
        <source>Reading list</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="175"/>
        <source>Showing all of “%1”: the search “%2” was cleared</source>
        <translation>แสดงรายการอ่าน “%1” ทั้งหมด: ล้างการค้นหา “%2” แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="180"/>
        <source>Showing all of “%1”: the filters were cleared</source>
        <translation>แสดงรายการอ่าน “%1” ทั้งหมด: ล้างตัวกรองแล้ว</translation>
    </message>
</context>
<context>
    <name>RecentSearchesMenu</name>
    <message>
        <location filename="../gui/recent_searches.py" line="135"/>
        <source>&amp;Recent searches</source>
        <translation>การค้นหาล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/recent_searches.py" line="145"/>
        <source>&amp;Clear recent searches</source>
        <translation>ล้างการค้นหาล่าสุด(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../gui/dialogs/editor.py" line="110"/>
        <source>&amp;Local copy</source>
        <translation>สำเนาในเครื่อง(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="156"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="160"/>
        <source>T&amp;ype</source>
        <translation>ประเภท(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="164"/>
        <source>&amp;Organisations</source>
        <translation>องค์กร(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="168"/>
        <source>&amp;Authors</source>
        <translation>ผู้แต่ง(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="171"/>
        <source>To&amp;pics</source>
        <translation>หัวข้อ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="176"/>
        <source>&amp;Countries</source>
        <translation>ประเทศ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="180"/>
        <source>&amp;Date (2017, 2017-10 or 2017-10-26)</source>
        <translation>วันที่(&amp;D) (2017, 2017-10 หรือ 2017-10-26)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="182"/>
        <source>&amp;Link</source>
        <translation>ลิงก์(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="183"/>
        <source>La&amp;nguage code</source>
        <translation>รหัสภาษา(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="188"/>
        <source>Audience</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="189"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="190"/>
        <source>Staff only</source>
        <translation>เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="192"/>
        <source>A&amp;udience</source>
        <translation>กลุ่มเป้าหมาย(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="194"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="198"/>
        <source>Trashed</source>
        <translation>อยู่ในถังขยะ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="200"/>
        <source>&amp;Status</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="201"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="202"/>
        <source>Su&amp;mmary</source>
        <translation>สรุป(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="203"/>
        <source>Excerpt</source>
        <translation>ข้อความที่ตัดตอนมา</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="204"/>
        <source>E&amp;xcerpt</source>
        <translation>ข้อความที่ตัดตอนมา(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="205"/>
        <source>Curator notes</source>
        <translation>บันทึกของผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="206"/>
        <source>Curator &amp;notes</source>
        <translation>บันทึกของผู้ดูแล(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="210"/>
        <source>Needs review</source>
        <translation>ต้องตรวจทาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="214"/>
        <source>Why it needs review</source>
        <translation>เหตุผลที่ต้องตรวจทาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="215"/>
        <source>why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="218"/>
        <source>Review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="228"/>
        <source>Local copy</source>
        <translation>สำเนาในเครื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="229"/>
        <source>none: only the link</source>
        <translation>ไม่มี: มีเพียงลิงก์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="230"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="232"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="251"/>
        <source>Attach a local copy</source>
        <translation>แนบสำเนาในเครื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="290"/>
        <source>a title is required</source>
        <translation>ต้องระบุชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="294"/>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>ไม่รู้จักประเทศ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="302"/>
        <source>Cannot save yet: </source>
        <translation>ยังบันทึกไม่ได้: </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="315"/>
        <source>New topic “%1” — did you mean “%2”?</source>
        <translation>หัวข้อใหม่ “%1” — คุณหมายถึง “%2” หรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="316"/>
        <source>New topic “%1” will be created.</source>
        <translation>จะสร้างหัวข้อใหม่ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="317"/>
        <source>New organisation “%1” — did you mean “%2”?</source>
        <translation>องค์กรใหม่ “%1” — คุณหมายถึง “%2” หรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="318"/>
        <source>New organisation “%1” will be created.</source>
        <translation>จะสร้างองค์กรใหม่ “%1”</translation>
    </message>
    <message>
        <source>New %1 “%2” — did you mean “%3”?</source>
        <translation type="vanished">ค่าใหม่ “%2” (%1) — คุณหมายถึง “%3” หรือไม่</translation>
    </message>
    <message>
        <source>New %1 “%2” will be created.</source>
        <translation type="vanished">จะสร้างค่าใหม่ “%2” (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="342"/>
        <source>Save anyway?</source>
        <translation>ยังต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="355"/>
        <source>Discard your changes?</source>
        <translation>ละทิ้งการเปลี่ยนแปลงของคุณหรือไม่</translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <location filename="../gui/strings.py" line="60"/>
        <source>Report / publication</source>
        <translation>รายงาน / สิ่งพิมพ์</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="61"/>
        <source>Book</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="62"/>
        <source>Guide</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="63"/>
        <source>Infographic</source>
        <translation>อินโฟกราฟิก</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="64"/>
        <source>Article</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="65"/>
        <source>Web page</source>
        <translation>หน้าเว็บ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="66"/>
        <source>Checklist</source>
        <translation>รายการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="67"/>
        <source>Case study</source>
        <translation>กรณีศึกษา</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="68"/>
        <source>Legislation review</source>
        <translation>การทบทวนกฎหมาย</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="69"/>
        <source>Training material</source>
        <translation>สื่อการฝึกอบรม</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="70"/>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../gui/result_actions.py" line="52"/>
        <source>“%1” has no link or local copy to open.</source>
        <translation>“%1” ไม่มีลิงก์หรือสำเนาในเครื่องให้เปิด</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="61"/>
        <source>Add to reading &amp;list</source>
        <translation>เพิ่มในรายการอ่าน(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="68"/>
        <source>&amp;New list…</source>
        <translation>รายการใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="71"/>
        <source>Copy &amp;citation</source>
        <translation>คัดลอกการอ้างอิง(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="75"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="84"/>
        <source>Show &amp;similar</source>
        <translation>แสดงรายการที่คล้ายกัน(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="215"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="251"/>
        <source>Also in the document</source>
        <translation>พบในเอกสารด้วย</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="252"/>
        <source>Also in the document · p. %1</source>
        <translation>พบในเอกสารด้วย · หน้า %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="254"/>
        <source>Found in the document: </source>
        <translation>พบในเอกสาร: </translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="255"/>
        <source>Found in the document · p. %1: </source>
        <translation>พบในเอกสาร · หน้า %1: </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../gui/models/results_model.py" line="140"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="149"/>
        <source>Found in the document, page %1: %2</source>
        <translation>พบในเอกสาร หน้า %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="176"/>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../gui/panes/results_pane.py" line="106"/>
        <source>Number of resources found</source>
        <translation>จำนวนแหล่งข้อมูลที่พบ</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="109"/>
        <source>Sort order</source>
        <translation>ลำดับการเรียง</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="vanished">เรียงตาม:</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="147"/>
        <source>Results</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="176"/>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">รายการ</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="118"/>
        <source>S&amp;ort:</source>
        <translation>เรียง(&amp;O):</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="200"/>
        <source>No resources</source>
        <translation>ไม่มีแหล่งข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/panes/results_pane.py" line="202"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="214"/>
        <source>Showing results for %1.</source>
        <translation>แสดงผลลัพธ์สำหรับ %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="218"/>
        <source>Search instead for %1</source>
        <translation>ค้นหา %1 แทน</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="233"/>
        <source>No resources match “%1” with the filters you chose.</source>
        <translation>ไม่มีแหล่งข้อมูลที่ตรงกับ “%1” ตามตัวกรองที่คุณเลือก</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="237"/>
        <source>No resources match “%1”.</source>
        <translation>ไม่มีแหล่งข้อมูลที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="239"/>
        <source>This reading list is empty.</source>
        <translation>รายการอ่านนี้ว่างอยู่</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="242"/>
        <source>No resources yet: import a file or a collection pack (File ▸ Import…, File ▸ Import collection pack…, in curator mode).</source>
        <translation>ยังไม่มีแหล่งข้อมูล: นำเข้าไฟล์หรือชุดคอลเลกชัน (ไฟล์ ▸ นำเข้า… หรือ ไฟล์ ▸ นำเข้าชุดคอลเลกชัน… ในโหมดผู้ดูแล)</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="246"/>
        <source>No resources match the filters you chose.</source>
        <translation>ไม่มีแหล่งข้อมูลที่ตรงกับตัวกรองที่คุณเลือก</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="250"/>
        <source>Search for “%1” instead</source>
        <translation>ค้นหา “%1” แทน</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="22"/>
        <source>Relevance</source>
        <translation>ความเกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="23"/>
        <source>Newest first</source>
        <translation>ใหม่ที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="24"/>
        <source>Oldest first</source>
        <translation>เก่าที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="25"/>
        <source>Title A–Z</source>
        <translation>ชื่อเรื่อง ก–ฮ</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPane</name>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="42"/>
        <source>everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="56"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="59"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="63"/>
        <source>Saved searches</source>
        <translation>การค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="143"/>
        <source>&amp;Run search</source>
        <translation>เรียกใช้การค้นหา(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="144"/>
        <source>&amp;Rename…</source>
        <translation>เปลี่ยนชื่อ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="145"/>
        <source>Export to &amp;PDF…</source>
        <translation>ส่งออกเป็น PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="147"/>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPart</name>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <location filename="../gui/saved_searches_part.py" line="158"/>
        <source>Save search</source>
        <translation>บันทึกการค้นหา</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <source>Name for this search:</source>
        <translation>ชื่อของการค้นหานี้:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="159"/>
        <source>Replace the saved search “%1”?</source>
        <translation>แทนที่การค้นหาที่บันทึกไว้ “%1” หรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="177"/>
        <source>Saved the search “%1”</source>
        <translation>บันทึกการค้นหา “%1” แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="179"/>
        <source> (without the reading list)</source>
        <translation> (ไม่รวมรายการอ่าน)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>Rename saved search</source>
        <translation>เปลี่ยนชื่อการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="205"/>
        <source>Renamed the saved search to “%1”</source>
        <translation>เปลี่ยนชื่อการค้นหาที่บันทึกไว้เป็น “%1” แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="210"/>
        <source>Delete saved search</source>
        <translation>ลบการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="211"/>
        <source>Delete the saved search “%1”? The resources it finds stay.</source>
        <translation>ลบการค้นหาที่บันทึกไว้ “%1” หรือไม่ แหล่งข้อมูลที่ค้นพบจะยังอยู่</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="226"/>
        <source>Deleted the saved search “%1”</source>
        <translation>ลบการค้นหาที่บันทึกไว้ “%1” แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="238"/>
        <source>Export saved search</source>
        <translation>ส่งออกการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../gui/panes/search_bar.py" line="15"/>
        <source>Search… e.g. sexting, &quot;online safety&quot;, topic:Cybercrime, country:Cambodia, year:2015..2020, -legislation</source>
        <translation>ค้นหา… เช่น sexting, &quot;online safety&quot;, topic:Cybercrime, country:Cambodia, year:2015..2020, -legislation</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="39"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="55"/>
        <source>How the search was understood</source>
        <translation>การตีความคำค้นหา</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="96"/>
        <source>Searched for: %1</source>
        <translation>ค้นหา: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="99"/>
        <source>Also searched: %1</source>
        <translation>ค้นหาเพิ่มเติม: %1</translation>
    </message>
</context>
<context>
    <name>SharedCatalogue</name>
    <message>
        <location filename="../gui/shared_catalogue.py" line="71"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../gui/shared_catalogue.py" line="182"/>
        <source>Offline: %1 cannot be reached; trying again in %2 s</source>
        <translation>ออฟไลน์: ติดต่อ %1 ไม่ได้ จะลองใหม่ใน %2 วินาที</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/shared_catalogue.py" line="193"/>
        <source>Back online (%1): %Ln resource(s) changed meanwhile</source>
        <translation>
            <numerusform>กลับมาออนไลน์ (%1): แหล่งข้อมูลเปลี่ยนไป %Ln รายการระหว่างนั้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/similar_pane.py" line="39"/>
        <source>%1 · +%Ln more</source>
        <translation>
            <numerusform>%1 · และอีก %Ln&#xa0;รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="44"/>
        <location filename="../gui/panes/similar_pane.py" line="49"/>
        <location filename="../gui/panes/similar_pane.py" line="54"/>
        <source>Similar resources</source>
        <translation>แหล่งข้อมูลที่คล้ายกัน</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="67"/>
        <source>Select a resource to see similar ones.</source>
        <translation>เลือกแหล่งข้อมูลเพื่อดูรายการที่คล้ายกัน</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="72"/>
        <source>Finding similar resources…</source>
        <translation>กำลังหาแหล่งข้อมูลที่คล้ายกัน…</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="82"/>
        <source>No similar resources.</source>
        <translation>ไม่มีแหล่งข้อมูลที่คล้ายกัน</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="98"/>
        <source>close in its words</source>
        <translation>เนื้อหาใกล้เคียงกัน</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gui/strings.py" line="137"/>
        <source>Published</source>
        <translation>เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="138"/>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="139"/>
        <source>Hidden</source>
        <translation>ซ่อนอยู่</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="140"/>
        <source>Trashed</source>
        <translation>อยู่ในถังขยะ</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/panes/status_bar.py" line="17"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="20"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="25"/>
        <source>Last import</source>
        <translation>การนำเข้าครั้งล่าสุด</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../gui/dialogs/table_dialog.py" line="47"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../gui/task.py" line="28"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>TextExtraction</name>
    <message>
        <location filename="../gui/text_notes.py" line="32"/>
        <source>No text layer: scanned?</source>
        <translation>ไม่มีชั้นข้อความ: เป็นภาพสแกนหรือไม่?</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="102"/>
        <source>E&amp;xtract text from local copies…</source>
        <translation>ดึงข้อความจากสำเนาในเครื่อง(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="148"/>
        <location filename="../gui/text_extraction.py" line="179"/>
        <source>Extract text</source>
        <translation>ดึงข้อความ</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="152"/>
        <source>No resource has a local copy yet.</source>
        <translation>ยังไม่มีแหล่งข้อมูลใดมีสำเนาในเครื่อง</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="157"/>
        <source>The text of every local copy has been read (%Ln file(s)). Read them all again?</source>
        <translation>
            <numerusform>อ่านข้อความของสำเนาในเครื่องครบทุกรายการแล้ว (%Ln ไฟล์) ต้องการอ่านใหม่ทั้งหมดหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="254"/>
        <source>Curator mode was locked, so reading stopped.</source>
        <translation>โหมดผู้ดูแลถูกล็อก การอ่านจึงหยุดลง</translation>
    </message>
    <message numerus="yes">
        <source>The text of all %Ln local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>อ่านข้อความของสำเนาในเครื่องทั้ง %Ln รายการแล้ว ต้องการอ่านใหม่ทั้งหมดหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Reading the text of local copies…</source>
        <translation>กำลังอ่านข้อความของสำเนาในเครื่อง…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="211"/>
        <source>Reading text %1 of %2: %3</source>
        <translation>กำลังอ่านข้อความ %1 จาก %2: %3</translation>
    </message>
</context>
<context>
    <name>TextNotes</name>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="48"/>
        <source>Text read: %Ln page(s)</source>
        <translation>
            <numerusform>อ่านข้อความแล้ว: %Ln หน้า</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="51"/>
        <source>No text found</source>
        <translation>ไม่พบข้อความ</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="53"/>
        <source>The file is missing from the library&apos;s files folder</source>
        <translation>ไม่พบไฟล์ในโฟลเดอร์ไฟล์ของห้องสมุด</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="55"/>
        <source>Not read (cancelled)</source>
        <translation>ไม่ได้อ่าน (ยกเลิกแล้ว)</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>Could not read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>unknown problem</source>
        <translation>ปัญหาที่ไม่ทราบสาเหตุ</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="61"/>
        <source>%1: %2</source>
        <comment>a file&apos;s name: how reading its text went</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="69"/>
        <source>%Ln with text</source>
        <translation>
            <numerusform>มีข้อความ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="71"/>
        <source>%Ln without text</source>
        <translation>
            <numerusform>ไม่มีข้อความ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="73"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>อ่านไม่ได้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="77"/>
        <source>Read %Ln file(s): %1</source>
        <translation>
            <numerusform>อ่านแล้ว %Ln ไฟล์: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln file(s)</source>
        <translation type="vanished">
            <numerusform>อ่านแล้ว %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="76"/>
        <source>; cancelled, %Ln left for later</source>
        <translation>
            <numerusform>; ยกเลิกแล้ว เหลือไว้ภายหลัง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without text (scanned?)</source>
        <translation type="vanished">
            <numerusform>ไม่มีข้อความ %Ln รายการ (ภาพสแกน?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation type="vanished">
            <numerusform>อ่านไม่ได้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="75"/>
        <source>%Ln missing</source>
        <translation>
            <numerusform>ไม่พบไฟล์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of %Ln local copy(ies) read</source>
        <translation type="vanished">
            <numerusform>อ่านข้อความของสำเนาในเครื่อง %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left for later (cancelled)</source>
        <translation type="vanished">
            <numerusform>; เหลือไว้ภายหลัง %Ln รายการ (ยกเลิกแล้ว)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSummaryDialog</name>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="35"/>
        <source>Text of local copies</source>
        <translation>ข้อความของสำเนาในเครื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="43"/>
        <source>Nothing was read.</source>
        <translation>ไม่ได้อ่านไฟล์ใด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="51"/>
        <source>Files and how their text was read</source>
        <translation>ไฟล์และผลการอ่านข้อความ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>TopicLabelsDialog</name>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="27"/>
        <source>Translations of “%1”</source>
        <translation>คำแปลของ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="30"/>
        <source>The topic is shown by its label in the interface&apos;s language, and a search in any of these languages finds it. Leave a box empty to show the name “%1”.</source>
        <translation>หัวข้อจะแสดงด้วยชื่อในภาษาของหน้าจอ และการค้นหาด้วยภาษาใดก็ได้เหล่านี้จะพบหัวข้อนี้ เว้นช่องว่างไว้เพื่อแสดงชื่อ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="45"/>
        <source>Label in %1</source>
        <translation>ชื่อที่แสดงในภาษา %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../gui/transfers.py" line="156"/>
        <source>Export to</source>
        <translation>ส่งออกไปที่</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="81"/>
        <source>Exported %1 of %2…</source>
        <translation>ส่งออกแล้ว %1 จาก %2…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="87"/>
        <source>Laid out %1 of %2…</source>
        <translation>จัดหน้าแล้ว %1 จาก %2…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="93"/>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="108"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: เขียนไม่ได้ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resources to %1</source>
        <translation type="vanished">
            <numerusform>ส่งออก %n รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="197"/>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Export collection pack</source>
        <translation>ส่งออกชุดคอลเลกชัน</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="198"/>
        <source>Collection packs (*%1)</source>
        <translation>ชุดคอลเลกชัน (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Writing the pack…</source>
        <translation>กำลังเขียนชุดคอลเลกชัน…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resources to %1</source>
        <translation type="vanished">
            <numerusform>เขียน %n รายการลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="41"/>
        <source>Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;All files (*)</source>
        <translation>ไฟล์ห้องสมุด (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="95"/>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="97"/>
        <source>Export collection &amp;pack…</source>
        <translation>ส่งออกชุดคอลเลกชัน(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="101"/>
        <source>Import collection pa&amp;ck…</source>
        <translation>นำเข้าชุดคอลเลกชัน(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="167"/>
        <source>Resources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="185"/>
        <source>Exported %Ln resource(s) to %1</source>
        <translation>
            <numerusform>ส่งออก %Ln รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="208"/>
        <source>Wrote %Ln resource(s) to %1</source>
        <translation>
            <numerusform>เขียน %Ln รายการลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="214"/>
        <location filename="../gui/transfers.py" line="229"/>
        <location filename="../gui/transfers.py" line="269"/>
        <location filename="../gui/transfers.py" line="274"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="229"/>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="270"/>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="315"/>
        <location filename="../gui/transfers.py" line="323"/>
        <location filename="../gui/transfers.py" line="343"/>
        <location filename="../gui/transfers.py" line="350"/>
        <source>Import collection pack</source>
        <translation>นำเข้าชุดคอลเลกชัน</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="316"/>
        <source>Collection packs (*%1);;All files (*)</source>
        <translation>ชุดคอลเลกชัน (*%1);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="323"/>
        <source>Checking the pack…</source>
        <translation>กำลังตรวจสอบชุดคอลเลกชัน…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="344"/>
        <source>Merging…</source>
        <translation>กำลังรวม…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="362"/>
        <source>Read %1 entries…</source>
        <translation>อ่านแล้ว %1 รายการ…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="366"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ห้องสมุดยังคงเหมือนเดิม</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="77"/>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="79"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="80"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="87"/>
        <source>&amp;Empty trash…</source>
        <translation>ล้างถังขยะ(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="102"/>
        <source>%Ln resource(s) in the trash. Restored resources keep their tags.</source>
        <translation>
            <numerusform>มี %Ln รายการในถังขยะ รายการที่กู้คืนจะคงแท็กเดิมไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources in the trash. Restored resources keep their tags.</source>
        <translation type="vanished">มี %1 รายการในถังขยะ รายการที่กู้คืนจะคงแท็กเดิมไว้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="115"/>
        <source>Delete everything in the trash for good?</source>
        <translation>ลบทุกอย่างในถังขยะอย่างถาวรหรือไม่</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="26"/>
        <source>Vocabulary and thesaurus</source>
        <translation>คำศัพท์และอรรถาภิธาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="28"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="29"/>
        <source>Resources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="30"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="40"/>
        <source>Vocabulary</source>
        <translation>คำศัพท์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="42"/>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="43"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="44"/>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="45"/>
        <source>Thesaurus</source>
        <translation>อรรถาภิธาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>เปลี่ยนชื่อ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="51"/>
        <source>&amp;Merge into…</source>
        <translation>รวมเข้ากับ(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="52"/>
        <source>&amp;Alternative names…</source>
        <translation>ชื่ออื่น(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="54"/>
        <source>&amp;Broader topic…</source>
        <translation>หัวข้อที่กว้างกว่า(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="57"/>
        <source>&amp;Translations…</source>
        <translation>คำแปล(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="59"/>
        <source>Delete &amp;unused</source>
        <translation>ลบคำที่ไม่ได้ใช้(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="60"/>
        <source>New synonym &amp;group…</source>
        <translation>กลุ่มคำพ้องความหมายใหม่(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="74"/>
        <source>synonym group</source>
        <translation>กลุ่มคำพ้องความหมาย</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="124"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="138"/>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="125"/>
        <source>Merge “%1” into:</source>
        <translation>รวม “%1” เข้ากับ:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="139"/>
        <source>Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?</source>
        <translation>
            <numerusform>เปลี่ยนแท็กของ %Ln รายการจาก “%2” เป็น “%3” และลบ “%2” หรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tag %1 resources from “%2” to “%3” and remove “%2”?</source>
        <translation type="vanished">เปลี่ยนแท็กของ %1 รายการจาก “%2” เป็น “%3” และลบ “%2” หรือไม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="157"/>
        <source>Synonym group</source>
        <translation>กลุ่มคำพ้องความหมาย</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="158"/>
        <source>Equivalent terms, separated by ; (empty deletes the group):</source>
        <translation>คำที่มีความหมายเท่ากัน คั่นด้วย ; (เว้นว่างเพื่อลบกลุ่ม):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="168"/>
        <source>Alternative names</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="169"/>
        <source>Other names that should find “%1” (separated by ;):</source>
        <translation>ชื่ออื่นที่ควรค้นพบ “%1” (คั่นด้วย ;):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="185"/>
        <source>(none: a top-level topic)</source>
        <translation>(ไม่มี: เป็นหัวข้อระดับบนสุด)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="190"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="202"/>
        <source>Broader topic</source>
        <translation>หัวข้อที่กว้างกว่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="191"/>
        <source>Put “%1” under:</source>
        <translation>จัด “%1” ไว้ใต้:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="203"/>
        <source>There is no topic “%1”.</source>
        <translation>ไม่มีหัวข้อ “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>New synonym group</source>
        <translation>กลุ่มคำพ้องความหมายใหม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>Equivalent terms, separated by ;</source>
        <translation>คำที่มีความหมายเท่ากัน คั่นด้วย ;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../gui/worker.py" line="259"/>
        <source>The search index could not be opened: %1</source>
        <translation>ไม่สามารถเปิดดัชนีการค้นหาได้: %1</translation>
    </message>
    <message>
        <location filename="../gui/worker.py" line="336"/>
        <source>Something went wrong: %1</source>
        <translation>เกิดข้อผิดพลาด: %1</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="39"/>
        <source>Resources by year</source>
        <translation>แหล่งข้อมูลตามปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="57"/>
        <source>%1 to %2; drag across years to choose a range</source>
        <translation>%1 ถึง %2 ลากผ่านปีเพื่อเลือกช่วง</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="86"/>
        <source>No dated resources</source>
        <translation>ไม่มีแหล่งข้อมูลที่ระบุปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>YearRange</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="171"/>
        <source>Year range</source>
        <translation>ช่วงปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="174"/>
        <source>From year</source>
        <translation>ตั้งแต่ปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="176"/>
        <source>To year</source>
        <translation>ถึงปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="181"/>
        <location filename="../gui/panes/year_range.py" line="182"/>
        <source>Any year: clear the year range</source>
        <translation>ทุกปี: ล้างช่วงปี</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="184"/>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="186"/>
        <source>&amp;to</source>
        <translation>ถึง(&amp;T)</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="146"/>
        <source>any</source>
        <translation>ทุกปี</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../gui/zoom.py" line="77"/>
        <source>&amp;Larger text</source>
        <translation>ขยายตัวอักษร(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="84"/>
        <source>&amp;Smaller text</source>
        <translation>ลดขนาดตัวอักษร(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="90"/>
        <source>&amp;Normal text size</source>
        <translation>ขนาดตัวอักษรปกติ(&amp;N)</translation>
    </message>
</context>
</TS>
