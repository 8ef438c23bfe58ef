<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="17"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="18"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library of child-protection resources for schools and the curators who look after it.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Una biblioteca sin conexión de recursos de protección de la infancia para centros educativos y para las personas que se encargan de su curaduría.&lt;/p&gt;&lt;p&gt;Biblioteca: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="32"/>
        <source>Help</source>
        <translation>Ayuda</translation>
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
        <translation>Escriba en el cuadro de búsqueda para buscar; los resultados se actualizan mientras escribe.

Consejos de búsqueda:
  • palabras: deben coincidir todas — seguridad en línea
  • &quot;frase exacta&quot; — &quot;niños desaparecidos&quot;
  • OR, NOT o un signo menos — sexting -colegios
  • campos — title:, org:, author:, topic:, country:, region:, type:, year:, lang:
  • años — year:2015..2020, year:&gt;2017
  • comienzo de palabra — protec*   • errores de escritura — protecion~

Haga clic en un valor de la barra lateral para mostrar solo los recursos que lo tienen; Ctrl+clic o clic derecho para dejarlos fuera. La barra espaciadora marca o desmarca el valor bajo el cursor.

Atajos: Ctrl+F buscar, Ctrl+L lista de resultados, Ctrl+D añadir a la lista de lectura, Ctrl+Shift+C copiar cita, Ctrl+= / Ctrl+- tamaño del texto, F1 ayuda.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="50"/>
        <source>Words are looked for in the text of local copies too; text: looks only there — text:&quot;mandatory reporting&quot;. A result found there names the page.</source>
        <translation>Las palabras también se buscan en el texto de las copias locales; text: busca solo ahí — text:&quot;notificación obligatoria&quot;. Un resultado encontrado ahí indica la página.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/accessibility.py" line="115"/>
        <source>Space or Enter checks the value under the cursor; the context menu (Menu key) can exclude it instead. Left and Right close and open a group.</source>
        <translation>Espacio o Entrar marca el valor bajo el cursor; el menú contextual (tecla Menú) permite excluirlo. Flecha izquierda y Flecha derecha contraen y expanden un grupo.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="121"/>
        <source>Up and Down move between resources; Enter opens one; Ctrl+D adds the selected ones to a reading list; the Menu key shows more actions.</source>
        <translation>Flecha arriba y Flecha abajo pasan de un recurso a otro; Entrar abre uno; Ctrl+D añade los seleccionados a una lista de lectura; la tecla Menú muestra más acciones.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="125"/>
        <source>The order of the results</source>
        <translation>El orden de los resultados</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="127"/>
        <source>Tab moves between the links; Enter follows the link under the cursor.</source>
        <translation>Tab pasa de un enlace a otro; Entrar abre el enlace bajo el cursor.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="131"/>
        <source>Resources like the one shown; Tab moves between them, Enter shows one.</source>
        <translation>Recursos parecidos al que se muestra; Tab pasa de uno a otro, Entrar muestra uno.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="138"/>
        <source>Spelling correction</source>
        <translation>Corrección ortográfica</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="140"/>
        <source>Up and Down step a year; type a year and press Enter to apply it.</source>
        <translation>Flecha arriba y Flecha abajo cambian el año de uno en uno; escriba un año y pulse Entrar para aplicarlo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="55"/>
        <source>%1: no library here (use --create to make a new one)</source>
        <translation>%1: aquí no hay ninguna biblioteca (use --create para crear una nueva)</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>The library could not be opened.</source>
        <translation>No se pudo abrir la biblioteca.</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="147"/>
        <source>Your library could not be prepared: %1</source>
        <translation>No se pudo preparar su biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="155"/>
        <source>%1 is already open in %2. Switch to that window to go on working.</source>
        <translation>%1 ya está abierta en %2. Cambie a esa ventana para seguir trabajando.</translation>
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
        <translation>Adjuntar archivos de una carpeta</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="79"/>
        <source>Reading file %1 of %2…</source>
        <translation>Leyendo el archivo %1 de %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="84"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="126"/>
        <source>Copying file %1 of %2…</source>
        <translation>Copiando el archivo %1 de %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="137"/>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/attach_folder.py" line="146"/>
        <source>%Ln file(s) attached; text is being read</source>
        <translation>
            <numerusform>%Ln archivo adjuntado; se está leyendo el texto</numerusform>
            <numerusform>%Ln archivos adjuntados; se está leyendo el texto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="148"/>
        <source>Nothing was attached</source>
        <translation>No se adjuntó nada</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="153"/>
        <source>Left out:</source>
        <translation>Omitidos:</translation>
    </message>
</context>
<context>
    <name>AttachFolderDialog</name>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="55"/>
        <source>DOI %1 on the first page</source>
        <translation>DOI %1 en la primera página</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="59"/>
        <source>ISBN %1 on the first page</source>
        <translation>ISBN %1 en la primera página</translation>
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
        <translation>título %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="66"/>
        <source>title on the first page %1%</source>
        <translation>título en la primera página %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="68"/>
        <source>file name %1%</source>
        <translation>nombre del archivo %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="71"/>
        <source>its title contains the resource&apos;s title</source>
        <translation>el título del archivo contiene el título del recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="75"/>
        <source>its title is part of the resource&apos;s title</source>
        <translation>el título del archivo es parte del título del recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="79"/>
        <source>the first page&apos;s title contains the resource&apos;s title</source>
        <translation>el título de la primera página contiene el título del recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="85"/>
        <source>the first page&apos;s title is part of the resource&apos;s title</source>
        <translation>el título de la primera página es parte del título del recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="91"/>
        <source>the file name contains the title</source>
        <translation>el nombre del archivo contiene el título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="95"/>
        <source>the file name is part of the title</source>
        <translation>el nombre del archivo es parte del título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="97"/>
        <source>year %1</source>
        <translation>año %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="100"/>
        <source>already attached to this resource</source>
        <translation>ya adjuntado a este recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="104"/>
        <source>the resource already has a local copy (%1); tick to replace it</source>
        <translation>el recurso ya tiene una copia local (%1); marque para reemplazarla</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="110"/>
        <source>the resource is also claimed by %1</source>
        <translation>el recurso también lo reclama %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="114"/>
        <source>also claimed by %1</source>
        <translation>también lo reclama %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="118"/>
        <source>the same file as %1</source>
        <translation>el mismo archivo que %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="123"/>
        <source>not a document type the library keeps</source>
        <translation>no es un tipo de documento que la biblioteca guarde</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="127"/>
        <source>does not hold what a .%1 file holds</source>
        <translation>no contiene lo que contiene un archivo .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="131"/>
        <source>is not a .%1 file</source>
        <translation>no es un archivo .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="135"/>
        <source>holds macros, so it is not kept</source>
        <translation>contiene macros, por eso no se guarda</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="139"/>
        <source>is not plain text</source>
        <translation>no es texto sin formato</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="143"/>
        <source>a link that leads out of the folder, so it is not read</source>
        <translation>un enlace que lleva fuera de la carpeta, por eso no se lee</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="149"/>
        <source>a link to a folder, which is not followed</source>
        <translation>un enlace a una carpeta, que no se sigue</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="180"/>
        <source>Attach files from a folder</source>
        <translation>Adjuntar archivos de una carpeta</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="185"/>
        <source>Include &amp;subfolders</source>
        <translation>Incluir &amp;subcarpetas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="191"/>
        <source>Files in the folder</source>
        <translation>Archivos de la carpeta</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="204"/>
        <source>&amp;Resource for the selected file:</source>
        <translation>&amp;Recurso del archivo seleccionado:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="207"/>
        <source>Resource for the selected file</source>
        <translation>Recurso del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="212"/>
        <source>Type part of a title</source>
        <translation>Escriba parte de un título</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="251"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln emparejado</numerusform>
            <numerusform>%Ln emparejados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="252"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln ambiguo</numerusform>
            <numerusform>%Ln ambiguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="253"/>
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sin pareja</numerusform>
            <numerusform>%Ln sin pareja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="254"/>
        <source>%Ln not documents</source>
        <translation>
            <numerusform>%Ln no es documento</numerusform>
            <numerusform>%Ln no son documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="257"/>
        <source>%Ln file(s) in %1: %2.</source>
        <translation>
            <numerusform>%Ln archivo en %1: %2.</numerusform>
            <numerusform>%Ln archivos en %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files in %2: %3 matched, %4 ambiguous, %5 unmatched, %6 not documents.</source>
        <translation type="vanished">%1 archivos en %2: %3 emparejados, %4 ambiguos, %5 sin pareja, %6 no son documentos.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="262"/>
        <source>Only the first %1 files were read.</source>
        <translation>Solo se leyeron los primeros %1 archivos.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="270"/>
        <source>Matched (%1)</source>
        <translation>Emparejados (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="271"/>
        <source>Ambiguous: choose the resource (%1)</source>
        <translation>Ambiguos: elija el recurso (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="272"/>
        <source>Unmatched: type a title to choose one (%1)</source>
        <translation>Sin pareja: escriba un título para elegir uno (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="273"/>
        <source>Not documents, never attached (%1)</source>
        <translation>No son documentos, nunca se adjuntan (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="304"/>
        <source>%Ln candidate(s), the first: %1</source>
        <translation>
            <numerusform>%Ln candidato, el primero: %1</numerusform>
            <numerusform>%Ln candidatos, el primero: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="337"/>
        <source>&amp;Attach %Ln file(s)</source>
        <translation>
            <numerusform>&amp;Adjuntar %Ln archivo</numerusform>
            <numerusform>&amp;Adjuntar %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="446"/>
        <source>“%1” and “%2” are both ticked for one resource: untick one.</source>
        <translation>“%1” y “%2” están marcados para el mismo recurso: desmarque uno.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="18"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="19"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="20"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="21"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="22"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="27"/>
        <source>Bulk edit</source>
        <translation>Edición por lotes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="35"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="45"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="39"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="46"/>
        <source>How</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="41"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="47"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="42"/>
        <source>values, separated by ;</source>
        <translation>valores, separados por ;</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="51"/>
        <source>%Ln resource(s) selected. Preview shows exactly what will change.</source>
        <translation>
            <numerusform>%Ln recurso seleccionado. La vista previa muestra exactamente qué cambiará.</numerusform>
            <numerusform>%Ln recursos seleccionados. La vista previa muestra exactamente qué cambiará.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="79"/>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="80"/>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="81"/>
        <source>replace all with</source>
        <translation>reemplazar todo por</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="94"/>
        <source>%Ln resource(s) will change.</source>
        <translation>
            <numerusform>Cambiará %Ln recurso.</numerusform>
            <numerusform>Cambiarán %Ln recursos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources selected. Preview shows exactly what will change.</source>
        <translation type="vanished">%1 recursos seleccionados. La vista previa muestra exactamente qué cambiará.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="57"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="76"/>
        <source>set to</source>
        <translation>establecer en</translation>
    </message>
    <message>
        <source>%1 resources will change.</source>
        <translation type="vanished">Cambiarán %1 recursos.</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="130"/>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="132"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="133"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="134"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="148"/>
        <source>%Ln resource(s) need attention. Double-click one to edit it.</source>
        <translation>
            <numerusform>%Ln recurso requiere atención. Haga doble clic en él para editarlo.</numerusform>
            <numerusform>%Ln recursos requieren atención. Haga doble clic en uno para editarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources need attention. Double-click one to edit it.</source>
        <translation type="vanished">%1 recursos requieren atención. Haga doble clic en uno para editarlo.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="18"/>
        <source>Changed elsewhere meanwhile</source>
        <translation>Modificado en otro lugar mientras tanto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="20"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="21"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="22"/>
        <source>Their version (saved)</source>
        <translation>La versión de la otra persona (guardada)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="29"/>
        <source>Someone else saved this resource while you were editing it. Nothing has been overwritten. Keep your version, or take theirs (your edits are discarded).</source>
        <translation>Otra persona guardó este recurso mientras usted lo editaba. No se ha sobrescrito nada. Conserve su versión o use la de la otra persona (sus cambios se descartarán).</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="42"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="45"/>
        <source>Take &amp;theirs</source>
        <translation>Usar la de la &amp;otra persona</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../gui/models/conflict_model.py" line="18"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="19"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="20"/>
        <source>Mine</source>
        <translation>En esta biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="21"/>
        <source>Theirs</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="22"/>
        <source>Take theirs</source>
        <translation>Usar la del paquete</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="29"/>
        <source>(deleted there)</source>
        <translation>(eliminado en la otra biblioteca)</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="55"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../gui/strings.py" line="26"/>
        <source>Waiting for another program to finish the search index</source>
        <translation>Esperando a que otro programa termine el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="27"/>
        <source>Search index ready</source>
        <translation>Índice de búsqueda listo</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="28"/>
        <source>Building the search index</source>
        <translation>Creando el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="29"/>
        <source>Writing resources…</source>
        <translation>Guardando recursos…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="30"/>
        <source>Merging resources…</source>
        <translation>Fusionando recursos…</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../gui/curator_mode.py" line="79"/>
        <source>Curator &amp;mode…</source>
        <translation>&amp;Modo de curaduría…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="161"/>
        <source>&amp;Curate</source>
        <translation>&amp;Curaduría</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="169"/>
        <source>&amp;New resource…</source>
        <translation>&amp;Nuevo recurso…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="170"/>
        <source>&amp;Edit resource…</source>
        <translation>&amp;Editar recurso…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="171"/>
        <source>D&amp;uplicate resource…</source>
        <translation>D&amp;uplicar recurso…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="173"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="180"/>
        <source>&amp;History of this resource…</source>
        <translation>&amp;Historial de este recurso…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="181"/>
        <source>&amp;Bulk edit selection…</source>
        <translation>Edición por &amp;lotes de la selección…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="182"/>
        <source>T&amp;rash…</source>
        <translation>P&amp;apelera…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="183"/>
        <source>&amp;Vocabulary and thesaurus…</source>
        <translation>&amp;Vocabulario y tesauro…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="184"/>
        <source>&amp;Completeness…</source>
        <translation>&amp;Completitud…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="185"/>
        <source>&amp;Attach files from a folder…</source>
        <translation>&amp;Adjuntar archivos de una carpeta…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="187"/>
        <source>Library &amp;settings…</source>
        <translation>Con&amp;figuración de la biblioteca…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="189"/>
        <source>&amp;Lock (back to reader mode)</source>
        <translation>&amp;Bloquear (volver al modo de lectura)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="201"/>
        <source>Curator mode: editing is on</source>
        <translation>Modo de curaduría: edición activada</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="220"/>
        <location filename="../gui/curator_mode.py" line="225"/>
        <source>Curator mode</source>
        <translation>Modo de curaduría</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="226"/>
        <source>Curator password:</source>
        <translation>Contraseña de curaduría:</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="299"/>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>Edit resource</source>
        <translation>Editar recurso</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="328"/>
        <source>These resources look like the one you are adding:

%1

Add it anyway?</source>
        <translation>Estos recursos se parecen al que está añadiendo:

%1

¿Añadirlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="337"/>
        <source>Added “%1”</source>
        <translation>Se añadió “%1”</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="357"/>
        <source>Saved “%1”</source>
        <translation>Se guardó “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/curator_mode.py" line="376"/>
        <source>Moved %Ln resource(s) to the trash (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%Ln recurso movido a la papelera (Ctrl+Z lo deshace)</numerusform>
            <numerusform>%Ln recursos movidos a la papelera (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation type="vanished">%1 movido(s) a la papelera (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="391"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="392"/>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="85"/>
        <source>Resource details</source>
        <translation>Detalles del recurso</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="92"/>
        <source>Resource details text</source>
        <translation>Texto de los detalles del recurso</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="100"/>
        <location filename="../gui/panes/detail_pane.py" line="101"/>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="153"/>
        <source>Select a resource to see its details.</source>
        <translation>Seleccione un recurso para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="176"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="182"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="184"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="186"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="189"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="191"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="193"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="228"/>
        <source>Found in the document</source>
        <translation>Encontrado en el documento</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="230"/>
        <source>Found in the document · p. %1</source>
        <translation>Encontrado en el documento · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="234"/>
        <source>Open at page %1</source>
        <translation>Abrir en la página %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="262"/>
        <source>Citation copied</source>
        <translation>Cita copiada</translation>
    </message>
</context>
<context>
    <name>DocumentHits</name>
    <message>
        <location filename="../gui/document_hits.py" line="67"/>
        <source>The words are on page %1.</source>
        <translation>Las palabras están en la página %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTextLine</name>
    <message>
        <location filename="../gui/text_extraction.py" line="48"/>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="57"/>
        <source>Document text: reading…</source>
        <translation>Texto del documento: leyendo…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="59"/>
        <source>Document text: not read yet</source>
        <translation>Texto del documento: aún no leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="65"/>
        <source>Document text: %Ln page(s)</source>
        <translation>
            <numerusform>Texto del documento: %Ln página</numerusform>
            <numerusform>Texto del documento: %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="68"/>
        <source>Document text: none.</source>
        <translation>Texto del documento: ninguno.</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="70"/>
        <source>Document text: could not be read.</source>
        <translation>Texto del documento: no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="32"/>
        <source>PDF handout</source>
        <translation>Folleto en PDF</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="33"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="38"/>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="39"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="44"/>
        <source>JSON (full records)</source>
        <translation>JSON (registros completos)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="50"/>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="51"/>
        <source>RIS files (*.ris)</source>
        <translation>Archivos RIS (*.ris)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="56"/>
        <source>BibTeX (JabRef, LaTeX)</source>
        <translation>BibTeX (JabRef, LaTeX)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="57"/>
        <source>BibTeX files (*.bib)</source>
        <translation>Archivos BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="75"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="89"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="92"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="94"/>
        <source>Selected resources (%n)</source>
        <translation>
            <numerusform>Recurso seleccionado (%n)</numerusform>
            <numerusform>Recursos seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="95"/>
        <source>Current results (%n)</source>
        <translation>
            <numerusform>Resultado actual (%n)</numerusform>
            <numerusform>Resultados actuales (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="97"/>
        <source>Reading list: %1</source>
        <translation>Lista de lectura: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="98"/>
        <source>The whole library (%n)</source>
        <translation>
            <numerusform>Toda la biblioteca (%n)</numerusform>
            <numerusform>Toda la biblioteca (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="107"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="110"/>
        <source>Child protection resources</source>
        <translation>Recursos de protección de la infancia</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="116"/>
        <source>Handout title</source>
        <translation>Título del folleto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="117"/>
        <source>Table of contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="119"/>
        <source>QR code for each link</source>
        <translation>Código QR para cada enlace</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="121"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="122"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="123"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="124"/>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="134"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="135"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="139"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>FacetDialog</name>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="95"/>
        <source>%1: all values</source>
        <translation>%1: todos los valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="102"/>
        <source>Filter values</source>
        <translation>Filtrar valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="106"/>
        <source>Sort values</source>
        <translation>Ordenar valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="107"/>
        <source>Most resources first</source>
        <translation>Más recursos primero</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="108"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="109"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="113"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="132"/>
        <source>&amp;Include</source>
        <translation>&amp;Incluir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="133"/>
        <source>E&amp;xclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="134"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="220"/>
        <source>%1 of %2 values</source>
        <translation>%1 de %2 valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="222"/>
        <source>%1 values</source>
        <translation>%1 valores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="225"/>
        <source>%1 included</source>
        <translation>%1 incluido(s)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="227"/>
        <source>%1 excluded</source>
        <translation>%1 excluido(s)</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../gui/models/facet_model.py" line="112"/>
        <source>More… (%1 matches)</source>
        <translation>Más… (%1 coincidencias)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="66"/>
        <location filename="../gui/models/facet_model.py" line="122"/>
        <source>More… (%1)</source>
        <translation>Más… (%1)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="211"/>
        <source>%s: no match</source>
        <translation>%s: sin coincidencias</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="212"/>
        <source>%s: none in these results</source>
        <translation>%s: ninguno</translation>
    </message>
    <message>
        <source>not </source>
        <translation type="vanished">no </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="241"/>
        <source>, included</source>
        <translation>, incluido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="243"/>
        <source>, excluded</source>
        <translation>, excluido</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">recurso</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">recursos</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="39"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="40"/>
        <source>Region / country</source>
        <translation>Región / país</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="41"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="42"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="43"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="236"/>
        <source>not %1</source>
        <translation>no %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/models/facet_model.py" line="247"/>
        <source>%1, %Ln resource(s)</source>
        <translation>
            <numerusform>%1, %Ln recurso</numerusform>
            <numerusform>%1, %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, expanded</source>
        <translation>, expandido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, collapsed</source>
        <translation>, contraído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="261"/>
        <source>checked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="263"/>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="265"/>
        <source>not checked</source>
        <translation>no marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="269"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="274"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="292"/>
        <source>Click to include, Ctrl+click or right-click to exclude</source>
        <translation>Haga clic para incluir; Ctrl+clic o clic derecho para excluir</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="294"/>
        <source>All values: filter, sort, include or exclude several at once</source>
        <translation>Todos los valores: filtrar, ordenar, incluir o excluir varios a la vez</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="71"/>
        <source>Filter facet values…</source>
        <translation>Filtrar valores de las facetas…</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="72"/>
        <source>Filter facet values</source>
        <translation>Filtrar valores de las facetas</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="81"/>
        <source>Facets</source>
        <translation>Facetas</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="264"/>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="265"/>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="315"/>
        <source>Under %1</source>
        <translation>Dentro de %1</translation>
    </message>
</context>
<context>
    <name>FacetValuesModel</name>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, included</source>
        <translation>, incluido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, excluded</source>
        <translation>, excluido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>checked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="141"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="143"/>
        <source>not checked</source>
        <translation>no marcado</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../gui/strings.py" line="41"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="42"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="43"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="44"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="45"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="46"/>
        <source>Decade</source>
        <translation>Década</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="47"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="100"/>
        <source>NOT %1: %2</source>
        <translation>NO %1: %2</translation>
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
        <translation>Filtros activos</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="43"/>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="45"/>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="46"/>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="91"/>
        <source>Reading list: %1</source>
        <translation>Lista de lectura: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="93"/>
        <source>Show the whole library again</source>
        <translation>Volver a mostrar toda la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="99"/>
        <source>NOT </source>
        <translation>NO </translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="112"/>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="113"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>FindingMore</name>
    <message>
        <location filename="../gui/finding_more.py" line="69"/>
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../gui/finding_more.py" line="71"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <location filename="../gui/pdf/labels.py" line="29"/>
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation>
            <numerusform>%Ln recurso · generado el %1 con %2</numerusform>
            <numerusform>%Ln recursos · generado el %1 con %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="53"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="54"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="55"/>
        <source>%1 — page %2</source>
        <translation>%1 — página %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="63"/>
        <source>Reading list: %1</source>
        <translation>Lista de lectura: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="66"/>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="72"/>
        <source>Not %1: %2</source>
        <translation>Excepto %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="75"/>
        <source>Selected resources</source>
        <translation>Recursos seleccionados</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="76"/>
        <source>The whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="153"/>
        <source>%1: cannot write the PDF here</source>
        <translation>%1: no se puede escribir el PDF aquí</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="272"/>
        <source>the folder %1 does not exist or cannot be written</source>
        <translation>la carpeta %1 no existe o no se puede escribir en ella</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="24"/>
        <source>%1 (undone)</source>
        <translation>%1 (deshecho)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="32"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="33"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="34"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="35"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="36"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="38"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="41"/>
        <source>&amp;Revert to after this change</source>
        <translation>&amp;Volver al estado posterior a este cambio</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="35"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="44"/>
        <source>Columns (which field each column fills)</source>
        <translation>Columnas (qué campo rellena cada columna)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="48"/>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="49"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="53"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="55"/>
        <source>&amp;Apply column choices</source>
        <translation>&amp;Aplicar la elección de columnas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="59"/>
        <source>Entries already in the library</source>
        <translation>Entradas que ya están en la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="60"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="62"/>
        <source>&amp;Merge them in (fill empty fields, add topics, countries, names)</source>
        <translation>&amp;Fusionarlas (rellenar campos vacíos, añadir temas, países, nombres)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="74"/>
        <location filename="../gui/dialogs/import_preview.py" line="75"/>
        <source>What the import found</source>
        <translation>Lo que encontró la importación</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="86"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="97"/>
        <source>There is nothing new to add.</source>
        <translation>No hay nada nuevo que añadir.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="109"/>
        <source>Already in the library (%1)</source>
        <translation>Ya en la biblioteca (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="111"/>
        <source>Duplicates (%1 in the library, %2 within the file)</source>
        <translation>Duplicados (%1 en la biblioteca, %2 dentro del archivo)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="114"/>
        <source>New vocabulary terms (%1)</source>
        <translation>Nuevos términos de vocabulario (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="115"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116"/>
        <source>Notes (%1)</source>
        <translation>Observaciones (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/i18n.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../gui/i18n.py" line="124"/>
        <source>The window will be in %1 the next time you start %2.</source>
        <translation>La ventana estará en %1 la próxima vez que inicie %2.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <location filename="../gui/library_opener.py" line="37"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="19"/>
        <source>Library settings</source>
        <translation>Configuración de la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="21"/>
        <source>Hide staff-only resources in reader mode</source>
        <translation>Ocultar los recursos solo para el personal en el modo de lectura</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="26"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="27"/>
        <source>Lock curator mode after idle minutes</source>
        <translation>Bloquear el modo de curaduría tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="29"/>
        <source>Lock curator mode after</source>
        <translation>Bloquear el modo de curaduría tras</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../gui/links.py" line="33"/>
        <source>The local copy cannot be opened: %1.</source>
        <translation>No se puede abrir la copia local: %1.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="48"/>
        <source>This link (%1) cannot be opened: only web (http, https) and e-mail links are opened.</source>
        <translation>No se puede abrir este enlace (%1): solo se abren enlaces web (http, https) y de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="59"/>
        <source>This link opens in your web browser and leaves the offline library. It needs an internet connection.

Open it?</source>
        <translation>Este enlace se abrirá en su navegador web, fuera de la biblioteca sin conexión. Necesita conexión a internet.

¿Abrirlo?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="109"/>
        <location filename="../gui/main_window.py" line="242"/>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="307"/>
        <source>%Ln resource(s) · search took %1 ms</source>
        <translation>
            <numerusform>%Ln recurso · la búsqueda tardó %1 ms</numerusform>
            <numerusform>%Ln recursos · la búsqueda tardó %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="309"/>
        <source>No resources · search took %1 ms</source>
        <translation>Ningún recurso · la búsqueda tardó %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="415"/>
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>%Ln cita copiada</numerusform>
            <numerusform>%Ln citas copiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">recurso</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">recursos</translation>
    </message>
    <message>
        <source> · search took %1 ms</source>
        <translation type="vanished"> · la búsqueda tardó %1 ms</translation>
    </message>
    <message>
        <source>citation copied</source>
        <translation type="vanished">cita copiada</translation>
    </message>
    <message>
        <source>citations copied</source>
        <translation type="vanished">citas copiadas</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="423"/>
        <source> [curator]</source>
        <translation> [curaduría]</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="96"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="103"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;cita</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="109"/>
        <source>Go to results &amp;list</source>
        <translation>Ir a la &amp;lista de resultados</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="113"/>
        <source>Clear all &amp;filters</source>
        <translation>Borrar todos los &amp;filtros</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="118"/>
        <location filename="../gui/menus.py" line="122"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="128"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
</context>
<context>
    <name>ManageListsDialog</name>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="56"/>
        <source>Manage reading lists</source>
        <translation>Gestionar listas de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="64"/>
        <source>Reading lists</source>
        <translation>Listas de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="68"/>
        <source>Items of the reading list, in order</source>
        <translation>Elementos de la lista de lectura, en orden</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="70"/>
        <source>Ctrl+Up and Ctrl+Down move an item; Delete removes it</source>
        <translation>Ctrl+Flecha arriba y Ctrl+Flecha abajo mueven un elemento; Supr lo quita</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="80"/>
        <source>Note on this item, for the handout</source>
        <translation>Nota sobre este elemento, para el folleto</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="81"/>
        <source>A short note for the handout (optional)</source>
        <translation>Una nota breve para el folleto (opcional)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="100"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="101"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="102"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="104"/>
        <source>&amp;Show in window</source>
        <translation>&amp;Mostrar en la ventana</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="105"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="106"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="107"/>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="110"/>
        <source>Reading lists:</source>
        <translation>Listas de lectura:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="117"/>
        <source>Items:</source>
        <translation>Elementos:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="124"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="205"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="215"/>
        <source>Items of “%1”:</source>
        <translation>Elementos de “%1”:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>New reading list</source>
        <translation>Nueva lista de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>Rename reading list</source>
        <translation>Cambiar el nombre de la lista de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="308"/>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="41"/>
        <location filename="../gui/dialogs/open_library_dialog.py" line="98"/>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="51"/>
        <source>Library file or server URL</source>
        <translation>Archivo de la biblioteca o URL del servidor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="52"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="59"/>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="60"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="62"/>
        <source>A library file, or a catalogue on a PostgreSQL server: %1</source>
        <translation>Un archivo de biblioteca, o un catálogo en un servidor PostgreSQL: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="73"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="78"/>
        <source>&amp;Library:</source>
        <translation>&amp;Biblioteca:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="81"/>
        <source>Server &amp;password:</source>
        <translation>&amp;Contraseña del servidor:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="100"/>
        <source>Libraries (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bibliotecas (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="115"/>
        <source>Name a library file or a server&apos;s URL.</source>
        <translation>Indique un archivo de biblioteca o la URL de un servidor.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="124"/>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="26"/>
        <source>Import collection pack</source>
        <translation>Importar paquete de colección</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="34"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="51"/>
        <source>Changed on both sides since the last exchange: tick what to take from the pack; everything else keeps this library&apos;s version.</source>
        <translation>Modificado en ambos lados desde el último intercambio: marque lo que desea tomar del paquete; todo lo demás conserva la versión de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="55"/>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="59"/>
        <source>Keep all &amp;mine</source>
        <translation>Conservar todas las &amp;mías</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="61"/>
        <source>Take all &amp;theirs</source>
        <translation>Usar todas las del &amp;paquete</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>ReadingListsMenu</name>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="57"/>
        <source>&amp;Reading lists</source>
        <translation>&amp;Listas de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="61"/>
        <source>&amp;Add selection to reading list…</source>
        <translation>&amp;Añadir la selección a la lista de lectura…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="67"/>
        <source>&amp;Open reading list</source>
        <translation>A&amp;brir lista de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="71"/>
        <source>&amp;Manage reading lists…</source>
        <translation>&amp;Gestionar listas de lectura…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="78"/>
        <source>Show the &amp;whole library</source>
        <translation>Mostrar &amp;toda la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="90"/>
        <source>Add to reading list</source>
        <translation>Añadir a la lista de lectura</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="91"/>
        <source>Add %Ln resource(s) to the reading list:</source>
        <translation>
            <numerusform>Añadir %Ln recurso a la lista de lectura:</numerusform>
            <numerusform>Añadir %Ln recursos a la lista de lectura:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="110"/>
        <source>%Ln added to %2</source>
        <translation>
            <numerusform>%Ln recurso añadido a %2</numerusform>
            <numerusform>%Ln recursos añadidos a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="114"/>
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln ya estaba en ella)</numerusform>
            <numerusform> (%Ln ya estaban en ella)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the reading list:</source>
        <translation type="vanished">Añadir %1 a la lista de lectura:</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">recurso</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">recursos</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation type="vanished">%1 añadido(s) a %2</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="112"/>
        <source>Already in %2</source>
        <translation>Ya está en %2</translation>
    </message>
    <message>
        <source> (%3 already in it)</source>
        <translation type="vanished"> (%3 ya estaba(n) en ella)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="146"/>
        <source>Reading list</source>
        <translation>Lista de lectura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="175"/>
        <source>Showing all of “%1”: the search “%2” was cleared</source>
        <translation>Se muestra toda la lista “%1”: se borró la búsqueda “%2”</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="180"/>
        <source>Showing all of “%1”: the filters were cleared</source>
        <translation>Se muestra toda la lista “%1”: se borraron los filtros</translation>
    </message>
</context>
<context>
    <name>RecentSearchesMenu</name>
    <message>
        <location filename="../gui/recent_searches.py" line="135"/>
        <source>&amp;Recent searches</source>
        <translation>Búsquedas &amp;recientes</translation>
    </message>
    <message>
        <location filename="../gui/recent_searches.py" line="145"/>
        <source>&amp;Clear recent searches</source>
        <translation>&amp;Borrar búsquedas recientes</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../gui/dialogs/editor.py" line="110"/>
        <source>&amp;Local copy</source>
        <translation>&amp;Copia local</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="156"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="160"/>
        <source>T&amp;ype</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="164"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="168"/>
        <source>&amp;Authors</source>
        <translation>&amp;Autores</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="171"/>
        <source>To&amp;pics</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="176"/>
        <source>&amp;Countries</source>
        <translation>Paí&amp;ses</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="180"/>
        <source>&amp;Date (2017, 2017-10 or 2017-10-26)</source>
        <translation>&amp;Fecha (2017, 2017-10 o 2017-10-26)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="182"/>
        <source>&amp;Link</source>
        <translation>En&amp;lace</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="183"/>
        <source>La&amp;nguage code</source>
        <translation>Código de &amp;idioma</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="188"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="189"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="190"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="192"/>
        <source>A&amp;udience</source>
        <translation>Pú&amp;blico</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="194"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="198"/>
        <source>Trashed</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="200"/>
        <source>&amp;Status</source>
        <translation>Esta&amp;do</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="201"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="202"/>
        <source>Su&amp;mmary</source>
        <translation>Resu&amp;men</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="203"/>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="204"/>
        <source>E&amp;xcerpt</source>
        <translation>E&amp;xtracto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="205"/>
        <source>Curator notes</source>
        <translation>Notas de curaduría</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="206"/>
        <source>Curator &amp;notes</source>
        <translation>&amp;Notas de curaduría</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="210"/>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="214"/>
        <source>Why it needs review</source>
        <translation>Por qué requiere revisión</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="215"/>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="218"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="228"/>
        <source>Local copy</source>
        <translation>Copia local</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="229"/>
        <source>none: only the link</source>
        <translation>ninguna: solo el enlace</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="230"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="232"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="251"/>
        <source>Attach a local copy</source>
        <translation>Adjuntar una copia local</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="290"/>
        <source>a title is required</source>
        <translation>el título es obligatorio</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="294"/>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>“%1” no es un país conocido</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="302"/>
        <source>Cannot save yet: </source>
        <translation>Todavía no se puede guardar: </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="315"/>
        <source>New topic “%1” — did you mean “%2”?</source>
        <translation>Nuevo tema “%1” — ¿quiso decir “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="316"/>
        <source>New topic “%1” will be created.</source>
        <translation>Se creará el nuevo tema “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="317"/>
        <source>New organisation “%1” — did you mean “%2”?</source>
        <translation>Nueva organización “%1” — ¿quiso decir “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="318"/>
        <source>New organisation “%1” will be created.</source>
        <translation>Se creará la nueva organización “%1”.</translation>
    </message>
    <message>
        <source>New %1 “%2” — did you mean “%3”?</source>
        <translation type="vanished">Nuevo valor en %1: “%2” — ¿quiso decir “%3”?</translation>
    </message>
    <message>
        <source>New %1 “%2” will be created.</source>
        <translation type="vanished">Se creará un nuevo valor en %1: “%2”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="342"/>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="355"/>
        <source>Discard your changes?</source>
        <translation>¿Descartar sus cambios?</translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <location filename="../gui/strings.py" line="60"/>
        <source>Report / publication</source>
        <translation>Informe / publicación</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="61"/>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="62"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="63"/>
        <source>Infographic</source>
        <translation>Infografía</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="64"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="65"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="66"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="67"/>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="68"/>
        <source>Legislation review</source>
        <translation>Análisis de la legislación</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="69"/>
        <source>Training material</source>
        <translation>Material de formación</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="70"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../gui/result_actions.py" line="52"/>
        <source>“%1” has no link or local copy to open.</source>
        <translation>“%1” no tiene enlace ni copia local que abrir.</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="61"/>
        <source>Add to reading &amp;list</source>
        <translation>Añadir a la &amp;lista de lectura</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="68"/>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="71"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;cita</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="84"/>
        <source>Show &amp;similar</source>
        <translation>Mostrar &amp;similares</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="215"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="251"/>
        <source>Also in the document</source>
        <translation>También en el documento</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="252"/>
        <source>Also in the document · p. %1</source>
        <translation>También en el documento · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="254"/>
        <source>Found in the document: </source>
        <translation>Encontrado en el documento: </translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="255"/>
        <source>Found in the document · p. %1: </source>
        <translation>Encontrado en el documento · p. %1: </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../gui/models/results_model.py" line="140"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="149"/>
        <source>Found in the document, page %1: %2</source>
        <translation>Encontrado en el documento, página %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="176"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../gui/panes/results_pane.py" line="106"/>
        <source>Number of resources found</source>
        <translation>Número de recursos encontrados</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="109"/>
        <source>Sort order</source>
        <translation>Criterio de ordenación</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="vanished">Ordenar:</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="147"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="176"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">recurso</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">recursos</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="118"/>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="200"/>
        <source>No resources</source>
        <translation>0 recursos</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/panes/results_pane.py" line="202"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln recurso</numerusform>
            <numerusform>%Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="214"/>
        <source>Showing results for %1.</source>
        <translation>Se muestran resultados para %1.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="218"/>
        <source>Search instead for %1</source>
        <translation>Buscar %1 en su lugar</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="233"/>
        <source>No resources match “%1” with the filters you chose.</source>
        <translation>Ningún recurso coincide con “%1” con los filtros elegidos.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="237"/>
        <source>No resources match “%1”.</source>
        <translation>Ningún recurso coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="239"/>
        <source>This reading list is empty.</source>
        <translation>Esta lista de lectura está vacía.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="242"/>
        <source>No resources yet: import a file or a collection pack (File ▸ Import…, File ▸ Import collection pack…, in curator mode).</source>
        <translation>Todavía no hay recursos: importe un archivo o un paquete de colección (Archivo ▸ Importar…, Archivo ▸ Importar paquete de colección…, en el modo de curaduría).</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="246"/>
        <source>No resources match the filters you chose.</source>
        <translation>Ningún recurso coincide con los filtros elegidos.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="250"/>
        <source>Search for “%1” instead</source>
        <translation>Buscar “%1” en su lugar</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="22"/>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="23"/>
        <source>Newest first</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="24"/>
        <source>Oldest first</source>
        <translation>Más antiguos</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="25"/>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPane</name>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="42"/>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="56"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="59"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="63"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="143"/>
        <source>&amp;Run search</source>
        <translation>&amp;Ejecutar búsqueda</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="144"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="145"/>
        <source>Export to &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="147"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPart</name>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <location filename="../gui/saved_searches_part.py" line="158"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <source>Name for this search:</source>
        <translation>Nombre de esta búsqueda:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="159"/>
        <source>Replace the saved search “%1”?</source>
        <translation>¿Reemplazar la búsqueda guardada “%1”?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="177"/>
        <source>Saved the search “%1”</source>
        <translation>Se guardó la búsqueda “%1”</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="179"/>
        <source> (without the reading list)</source>
        <translation> (sin la lista de lectura)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="205"/>
        <source>Renamed the saved search to “%1”</source>
        <translation>Se cambió el nombre de la búsqueda guardada a “%1”</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="210"/>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="211"/>
        <source>Delete the saved search “%1”? The resources it finds stay.</source>
        <translation>¿Eliminar la búsqueda guardada “%1”? Los recursos que encuentra se conservan.</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="226"/>
        <source>Deleted the saved search “%1”</source>
        <translation>Se eliminó la búsqueda guardada “%1”</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="238"/>
        <source>Export saved search</source>
        <translation>Exportar búsqueda guardada</translation>
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
        <translation>Buscar… p. ej.: sexting, &quot;seguridad en línea&quot;, topic:Cybercrime, country:Cambodia, year:2015..2020, -legislation</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="39"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="55"/>
        <source>How the search was understood</source>
        <translation>Cómo se interpretó la búsqueda</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="96"/>
        <source>Searched for: %1</source>
        <translation>Se buscó: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="99"/>
        <source>Also searched: %1</source>
        <translation>También se buscó: %1</translation>
    </message>
</context>
<context>
    <name>SharedCatalogue</name>
    <message>
        <location filename="../gui/shared_catalogue.py" line="71"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../gui/shared_catalogue.py" line="182"/>
        <source>Offline: %1 cannot be reached; trying again in %2 s</source>
        <translation>Sin conexión: no se puede acceder a %1; nuevo intento en %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/shared_catalogue.py" line="193"/>
        <source>Back online (%1): %Ln resource(s) changed meanwhile</source>
        <translation>
            <numerusform>Conectado de nuevo (%1): %Ln recurso cambiado mientras tanto</numerusform>
            <numerusform>Conectado de nuevo (%1): %Ln recursos cambiados mientras tanto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/similar_pane.py" line="39"/>
        <source>%1 · +%Ln more</source>
        <translation>
            <numerusform>%1 · +%Ln más</numerusform>
            <numerusform>%1 · +%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="44"/>
        <location filename="../gui/panes/similar_pane.py" line="49"/>
        <location filename="../gui/panes/similar_pane.py" line="54"/>
        <source>Similar resources</source>
        <translation>Recursos similares</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="67"/>
        <source>Select a resource to see similar ones.</source>
        <translation>Seleccione un recurso para ver otros similares.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="72"/>
        <source>Finding similar resources…</source>
        <translation>Buscando recursos similares…</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="82"/>
        <source>No similar resources.</source>
        <translation>No hay recursos similares.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="98"/>
        <source>close in its words</source>
        <translation>parecido en el texto</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gui/strings.py" line="137"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="138"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="139"/>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="140"/>
        <source>Trashed</source>
        <translation>En la papelera</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/panes/status_bar.py" line="17"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="20"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="25"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../gui/dialogs/table_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../gui/task.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TextExtraction</name>
    <message>
        <location filename="../gui/text_notes.py" line="32"/>
        <source>No text layer: scanned?</source>
        <translation>Sin capa de texto: ¿escaneado?</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="102"/>
        <source>E&amp;xtract text from local copies…</source>
        <translation>E&amp;xtraer texto de las copias locales…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="148"/>
        <location filename="../gui/text_extraction.py" line="179"/>
        <source>Extract text</source>
        <translation>Extraer texto</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="152"/>
        <source>No resource has a local copy yet.</source>
        <translation>Ningún recurso tiene copia local todavía.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="157"/>
        <source>The text of every local copy has been read (%Ln file(s)). Read them all again?</source>
        <translation>
            <numerusform>El texto de todas las copias locales ya se leyó (%Ln archivo). ¿Leerlo todo de nuevo?</numerusform>
            <numerusform>El texto de todas las copias locales ya se leyó (%Ln archivos). ¿Leerlo todo de nuevo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="254"/>
        <source>Curator mode was locked, so reading stopped.</source>
        <translation>El modo de curaduría se bloqueó, así que la lectura se detuvo.</translation>
    </message>
    <message numerus="yes">
        <source>The text of all %Ln local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>El texto de la %Ln copia local ya se leyó. ¿Leerlo de nuevo?</numerusform>
            <numerusform>El texto de las %Ln copias locales ya se leyó. ¿Leerlas todas de nuevo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Reading the text of local copies…</source>
        <translation>Leyendo el texto de las copias locales…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="211"/>
        <source>Reading text %1 of %2: %3</source>
        <translation>Leyendo texto %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>TextNotes</name>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="48"/>
        <source>Text read: %Ln page(s)</source>
        <translation>
            <numerusform>Texto leído: %Ln página</numerusform>
            <numerusform>Texto leído: %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="51"/>
        <source>No text found</source>
        <translation>No se encontró texto</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="53"/>
        <source>The file is missing from the library&apos;s files folder</source>
        <translation>El archivo no está en la carpeta de archivos de la biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="55"/>
        <source>Not read (cancelled)</source>
        <translation>No leído (cancelado)</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
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
            <numerusform>%Ln con texto</numerusform>
            <numerusform>%Ln con texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="71"/>
        <source>%Ln without text</source>
        <translation>
            <numerusform>%Ln sin texto</numerusform>
            <numerusform>%Ln sin texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="73"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln ilegible</numerusform>
            <numerusform>%Ln ilegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="77"/>
        <source>Read %Ln file(s): %1</source>
        <translation>
            <numerusform>%Ln archivo leído: %1</numerusform>
            <numerusform>%Ln archivos leídos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln file(s)</source>
        <translation type="vanished">
            <numerusform>%Ln archivo leído</numerusform>
            <numerusform>%Ln archivos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="76"/>
        <source>; cancelled, %Ln left for later</source>
        <translation>
            <numerusform>; cancelado, %Ln pendiente</numerusform>
            <numerusform>; cancelado, %Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without text (scanned?)</source>
        <translation type="vanished">
            <numerusform>%Ln sin texto (¿escaneada?)</numerusform>
            <numerusform>%Ln sin texto (¿escaneadas?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation type="vanished">
            <numerusform>%Ln no se pudo leer</numerusform>
            <numerusform>%Ln no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="75"/>
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln ausente</numerusform>
            <numerusform>%Ln ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of %Ln local copy(ies) read</source>
        <translation type="vanished">
            <numerusform>Texto de %Ln copia local leído</numerusform>
            <numerusform>Texto de %Ln copias locales leído</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left for later (cancelled)</source>
        <translation type="vanished">
            <numerusform>; %Ln pendiente para después (cancelado)</numerusform>
            <numerusform>; %Ln pendientes para después (cancelado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSummaryDialog</name>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="35"/>
        <source>Text of local copies</source>
        <translation>Texto de las copias locales</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="43"/>
        <source>Nothing was read.</source>
        <translation>No se leyó nada.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="51"/>
        <source>Files and how their text was read</source>
        <translation>Archivos y cómo se leyó su texto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>TopicLabelsDialog</name>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="27"/>
        <source>Translations of “%1”</source>
        <translation>Traducciones de “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="30"/>
        <source>The topic is shown by its label in the interface&apos;s language, and a search in any of these languages finds it. Leave a box empty to show the name “%1”.</source>
        <translation>El tema se muestra con su etiqueta en el idioma de la interfaz, y una búsqueda en cualquiera de estos idiomas lo encuentra. Deje un campo vacío para mostrar el nombre “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="45"/>
        <source>Label in %1</source>
        <translation>Etiqueta en %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../gui/transfers.py" line="156"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="81"/>
        <source>Exported %1 of %2…</source>
        <translation>%1 de %2 exportados…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="87"/>
        <source>Laid out %1 of %2…</source>
        <translation>%1 de %2 maquetados…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="93"/>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="108"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resources to %1</source>
        <translation type="vanished">
            <numerusform>Se exportó %n recurso a %1</numerusform>
            <numerusform>Se exportaron %n recursos a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="197"/>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Export collection pack</source>
        <translation>Exportar paquete de colección</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="198"/>
        <source>Collection packs (*%1)</source>
        <translation>Paquetes de colección (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Writing the pack…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resources to %1</source>
        <translation type="vanished">
            <numerusform>Se escribió %n recurso en %1</numerusform>
            <numerusform>Se escribieron %n recursos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="41"/>
        <source>Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;All files (*)</source>
        <translation>Archivos de biblioteca (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="95"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="97"/>
        <source>Export collection &amp;pack…</source>
        <translation>Exportar &amp;paquete de colección…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="101"/>
        <source>Import collection pa&amp;ck…</source>
        <translation>Importar paquete de &amp;colección…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="167"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="185"/>
        <source>Exported %Ln resource(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln recurso a %1</numerusform>
            <numerusform>Se exportaron %Ln recursos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="208"/>
        <source>Wrote %Ln resource(s) to %1</source>
        <translation>
            <numerusform>Se escribió %Ln recurso en %1</numerusform>
            <numerusform>Se escribieron %Ln recursos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="214"/>
        <location filename="../gui/transfers.py" line="229"/>
        <location filename="../gui/transfers.py" line="269"/>
        <location filename="../gui/transfers.py" line="274"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="229"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="270"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="315"/>
        <location filename="../gui/transfers.py" line="323"/>
        <location filename="../gui/transfers.py" line="343"/>
        <location filename="../gui/transfers.py" line="350"/>
        <source>Import collection pack</source>
        <translation>Importar paquete de colección</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="316"/>
        <source>Collection packs (*%1);;All files (*)</source>
        <translation>Paquetes de colección (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="323"/>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="344"/>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="362"/>
        <source>Read %1 entries…</source>
        <translation>%1 entradas leídas…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="366"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>Importación cancelada; la biblioteca quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="77"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="79"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="80"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="87"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="102"/>
        <source>%Ln resource(s) in the trash. Restored resources keep their tags.</source>
        <translation>
            <numerusform>%Ln recurso en la papelera. Los recursos restaurados conservan sus etiquetas.</numerusform>
            <numerusform>%Ln recursos en la papelera. Los recursos restaurados conservan sus etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources in the trash. Restored resources keep their tags.</source>
        <translation type="vanished">%1 recursos en la papelera. Los recursos restaurados conservan sus etiquetas.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="115"/>
        <source>Delete everything in the trash for good?</source>
        <translation>¿Eliminar definitivamente todo lo que hay en la papelera?</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="26"/>
        <source>Vocabulary and thesaurus</source>
        <translation>Vocabulario y tesauro</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="29"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="30"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="42"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="43"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="44"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="45"/>
        <source>Thesaurus</source>
        <translation>Tesauro</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="51"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="52"/>
        <source>&amp;Alternative names…</source>
        <translation>Nombres &amp;alternativos…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="54"/>
        <source>&amp;Broader topic…</source>
        <translation>&amp;Tema más amplio…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="57"/>
        <source>&amp;Translations…</source>
        <translation>T&amp;raducciones…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="59"/>
        <source>Delete &amp;unused</source>
        <translation>Eliminar los no &amp;usados</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="60"/>
        <source>New synonym &amp;group…</source>
        <translation>Nuevo &amp;grupo de sinónimos…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="74"/>
        <source>synonym group</source>
        <translation>grupo de sinónimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="124"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="138"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="125"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionar “%1” con:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="139"/>
        <source>Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?</source>
        <translation>
            <numerusform>¿Pasar %Ln recurso de “%2” a “%3” y quitar “%2”?</numerusform>
            <numerusform>¿Pasar %Ln recursos de “%2” a “%3” y quitar “%2”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tag %1 resources from “%2” to “%3” and remove “%2”?</source>
        <translation type="vanished">¿Reetiquetar %1 recursos de “%2” a “%3” y quitar “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="157"/>
        <source>Synonym group</source>
        <translation>Grupo de sinónimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="158"/>
        <source>Equivalent terms, separated by ; (empty deletes the group):</source>
        <translation>Términos equivalentes, separados por ; (vacío elimina el grupo):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="168"/>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="169"/>
        <source>Other names that should find “%1” (separated by ;):</source>
        <translation>Otros nombres con los que se debe encontrar “%1” (separados por ;):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="185"/>
        <source>(none: a top-level topic)</source>
        <translation>(ninguno: tema de nivel superior)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="190"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="202"/>
        <source>Broader topic</source>
        <translation>Tema más amplio</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="191"/>
        <source>Put “%1” under:</source>
        <translation>Colocar “%1” dentro de:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="203"/>
        <source>There is no topic “%1”.</source>
        <translation>No existe el tema “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>New synonym group</source>
        <translation>Nuevo grupo de sinónimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>Equivalent terms, separated by ;</source>
        <translation>Términos equivalentes, separados por ;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../gui/worker.py" line="259"/>
        <source>The search index could not be opened: %1</source>
        <translation>No se pudo abrir el índice de búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../gui/worker.py" line="336"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="39"/>
        <source>Resources by year</source>
        <translation>Recursos por año</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="57"/>
        <source>%1 to %2; drag across years to choose a range</source>
        <translation>%1 a %2; arrastre sobre los años para elegir un intervalo</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="86"/>
        <source>No dated resources</source>
        <translation>Ningún recurso con fecha</translation>
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
        <translation>Intervalo de años</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="174"/>
        <source>From year</source>
        <translation>Año inicial</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="176"/>
        <source>To year</source>
        <translation>Año final</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="181"/>
        <location filename="../gui/panes/year_range.py" line="182"/>
        <source>Any year: clear the year range</source>
        <translation>Cualquier año: borrar el intervalo de años</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="186"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="146"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../gui/zoom.py" line="77"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Aumentar texto</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="84"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir texto</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="90"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
</context>
</TS>
