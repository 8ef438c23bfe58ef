<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="17"/>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="18"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library of child-protection resources for schools and the curators who look after it.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Uma biblioteca off-line de recursos de proteção de crianças e adolescentes para escolas e para as pessoas que fazem a sua curadoria.&lt;/p&gt;&lt;p&gt;Biblioteca: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="32"/>
        <source>Help</source>
        <translation>Ajuda</translation>
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
        <translation>Digite na caixa de pesquisa para pesquisar; os resultados são atualizados enquanto você digita.

Dicas de pesquisa:
  • palavras: todas devem corresponder — segurança on-line
  • &quot;frase exata&quot; — &quot;crianças desaparecidas&quot;
  • OR, NOT ou um sinal de menos — sexting -escolas
  • campos — title:, org:, author:, topic:, country:, region:, type:, year:, lang:
  • anos — year:2015..2020, year:&gt;2017
  • início de palavra — proteç*   • erros de digitação — proteçao~

Clique em um valor na barra lateral para manter só os recursos que o têm; Ctrl+clique ou clique com o botão direito para deixá-los de fora. A barra de espaço marca ou desmarca o valor sob o cursor.

Atalhos: Ctrl+F pesquisar, Ctrl+L lista de resultados, Ctrl+D adicionar à lista de leitura, Ctrl+Shift+C copiar citação, Ctrl+= / Ctrl+- tamanho do texto, F1 ajuda.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="50"/>
        <source>Words are looked for in the text of local copies too; text: looks only there — text:&quot;mandatory reporting&quot;. A result found there names the page.</source>
        <translation>As palavras também são procuradas no texto das cópias locais; text: procura só nele — text:&quot;notificação obrigatória&quot;. Um resultado encontrado ali indica a página.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/accessibility.py" line="115"/>
        <source>Space or Enter checks the value under the cursor; the context menu (Menu key) can exclude it instead. Left and Right close and open a group.</source>
        <translation>Espaço ou Enter marca o valor sob o cursor; o menu de contexto (tecla Menu) permite excluí-lo. Seta para a esquerda e Seta para a direita recolhem e expandem um grupo.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="121"/>
        <source>Up and Down move between resources; Enter opens one; Ctrl+D adds the selected ones to a reading list; the Menu key shows more actions.</source>
        <translation>Seta para cima e Seta para baixo passam de um recurso a outro; Enter abre um recurso; Ctrl+D adiciona os selecionados a uma lista de leitura; a tecla Menu mostra mais ações.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="125"/>
        <source>The order of the results</source>
        <translation>A ordem dos resultados</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="127"/>
        <source>Tab moves between the links; Enter follows the link under the cursor.</source>
        <translation>Tab passa de um link a outro; Enter abre o link sob o cursor.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="131"/>
        <source>Resources like the one shown; Tab moves between them, Enter shows one.</source>
        <translation>Recursos parecidos com o que está sendo exibido; Tab passa de um a outro, Enter mostra um deles.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="138"/>
        <source>Spelling correction</source>
        <translation>Correção ortográfica</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="140"/>
        <source>Up and Down step a year; type a year and press Enter to apply it.</source>
        <translation>Seta para cima e Seta para baixo mudam o ano de um em um; digite um ano e pressione Enter para aplicá-lo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="55"/>
        <source>%1: no library here (use --create to make a new one)</source>
        <translation>%1: não há biblioteca aqui (use --create para criar uma nova)</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>The library could not be opened.</source>
        <translation>Não foi possível abrir a biblioteca.</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="147"/>
        <source>Your library could not be prepared: %1</source>
        <translation>Não foi possível preparar a sua biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="155"/>
        <source>%1 is already open in %2. Switch to that window to go on working.</source>
        <translation>%1 já está aberta no %2. Vá para aquela janela para continuar trabalhando.</translation>
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
        <translation>Anexar arquivos de uma pasta</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="79"/>
        <source>Reading file %1 of %2…</source>
        <translation>Lendo o arquivo %1 de %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="84"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="126"/>
        <source>Copying file %1 of %2…</source>
        <translation>Copiando o arquivo %1 de %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="137"/>
        <source>Attaching…</source>
        <translation>Anexando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/attach_folder.py" line="146"/>
        <source>%Ln file(s) attached; text is being read</source>
        <translation>
            <numerusform>%Ln arquivo anexado; o texto está sendo lido</numerusform>
            <numerusform>%Ln arquivos anexados; o texto está sendo lido</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="148"/>
        <source>Nothing was attached</source>
        <translation>Nada foi anexado</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="153"/>
        <source>Left out:</source>
        <translation>Deixados de fora:</translation>
    </message>
</context>
<context>
    <name>AttachFolderDialog</name>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="55"/>
        <source>DOI %1 on the first page</source>
        <translation>DOI %1 na primeira página</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="59"/>
        <source>ISBN %1 on the first page</source>
        <translation>ISBN %1 na primeira página</translation>
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
        <translation>título na primeira página %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="68"/>
        <source>file name %1%</source>
        <translation>nome do arquivo %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="71"/>
        <source>its title contains the resource&apos;s title</source>
        <translation>o título do arquivo contém o título do recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="75"/>
        <source>its title is part of the resource&apos;s title</source>
        <translation>o título do arquivo é parte do título do recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="79"/>
        <source>the first page&apos;s title contains the resource&apos;s title</source>
        <translation>o título da primeira página contém o título do recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="85"/>
        <source>the first page&apos;s title is part of the resource&apos;s title</source>
        <translation>o título da primeira página é parte do título do recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="91"/>
        <source>the file name contains the title</source>
        <translation>o nome do arquivo contém o título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="95"/>
        <source>the file name is part of the title</source>
        <translation>o nome do arquivo é parte do título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="97"/>
        <source>year %1</source>
        <translation>ano %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="100"/>
        <source>already attached to this resource</source>
        <translation>já anexado a este recurso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="104"/>
        <source>the resource already has a local copy (%1); tick to replace it</source>
        <translation>o recurso já tem uma cópia local (%1); marque para substituí-la</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="110"/>
        <source>the resource is also claimed by %1</source>
        <translation>o recurso também é indicado por %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="114"/>
        <source>also claimed by %1</source>
        <translation>também indicado por %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="118"/>
        <source>the same file as %1</source>
        <translation>o mesmo arquivo que %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="123"/>
        <source>not a document type the library keeps</source>
        <translation>não é um tipo de documento que a biblioteca guarda</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="127"/>
        <source>does not hold what a .%1 file holds</source>
        <translation>não contém o que um arquivo .%1 contém</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="131"/>
        <source>is not a .%1 file</source>
        <translation>não é um arquivo .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="135"/>
        <source>holds macros, so it is not kept</source>
        <translation>contém macros, por isso não é guardado</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="139"/>
        <source>is not plain text</source>
        <translation>não é texto simples</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="143"/>
        <source>a link that leads out of the folder, so it is not read</source>
        <translation>um atalho que leva para fora da pasta, por isso não é lido</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="149"/>
        <source>a link to a folder, which is not followed</source>
        <translation>um atalho para uma pasta, que não é seguido</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="180"/>
        <source>Attach files from a folder</source>
        <translation>Anexar arquivos de uma pasta</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="185"/>
        <source>Include &amp;subfolders</source>
        <translation>Incluir &amp;subpastas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="191"/>
        <source>Files in the folder</source>
        <translation>Arquivos da pasta</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>&amp;Recurso do arquivo selecionado:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="207"/>
        <source>Resource for the selected file</source>
        <translation>Recurso do arquivo selecionado</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="212"/>
        <source>Type part of a title</source>
        <translation>Digite parte de um título</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="251"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln associado</numerusform>
            <numerusform>%Ln associados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="252"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln ambíguo</numerusform>
            <numerusform>%Ln ambíguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="253"/>
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sem correspondência</numerusform>
            <numerusform>%Ln sem correspondência</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="254"/>
        <source>%Ln not documents</source>
        <translation>
            <numerusform>%Ln não é documento</numerusform>
            <numerusform>%Ln não são documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="257"/>
        <source>%Ln file(s) in %1: %2.</source>
        <translation>
            <numerusform>%Ln arquivo em %1: %2.</numerusform>
            <numerusform>%Ln arquivos em %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files in %2: %3 matched, %4 ambiguous, %5 unmatched, %6 not documents.</source>
        <translation type="vanished">%1 arquivos em %2: %3 associados, %4 ambíguos, %5 sem correspondência, %6 não são documentos.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="262"/>
        <source>Only the first %1 files were read.</source>
        <translation>Só os primeiros %1 arquivos foram lidos.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="270"/>
        <source>Matched (%1)</source>
        <translation>Associados (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="271"/>
        <source>Ambiguous: choose the resource (%1)</source>
        <translation>Ambíguos: escolha o recurso (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="272"/>
        <source>Unmatched: type a title to choose one (%1)</source>
        <translation>Sem correspondência: digite um título para escolher (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="273"/>
        <source>Not documents, never attached (%1)</source>
        <translation>Não são documentos, nunca anexados (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="304"/>
        <source>%Ln candidate(s), the first: %1</source>
        <translation>
            <numerusform>%Ln candidato, o primeiro: %1</numerusform>
            <numerusform>%Ln candidatos, o primeiro: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="337"/>
        <source>&amp;Attach %Ln file(s)</source>
        <translation>
            <numerusform>&amp;Anexar %Ln arquivo</numerusform>
            <numerusform>&amp;Anexar %Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="446"/>
        <source>“%1” and “%2” are both ticked for one resource: untick one.</source>
        <translation>“%1” e “%2” estão marcados para o mesmo recurso: desmarque um.</translation>
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
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="21"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="27"/>
        <source>Bulk edit</source>
        <translation>Edição em lote</translation>
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
        <translation>Depois</translation>
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
        <translation>Operação</translation>
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
            <numerusform>%Ln recurso selecionado. A visualização mostra exatamente o que vai mudar.</numerusform>
            <numerusform>%Ln recursos selecionados. A visualização mostra exatamente o que vai mudar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="79"/>
        <source>add</source>
        <translation>adicionar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="80"/>
        <source>remove</source>
        <translation>remover</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="81"/>
        <source>replace all with</source>
        <translation>substituir tudo por</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="94"/>
        <source>%Ln resource(s) will change.</source>
        <translation>
            <numerusform>%Ln recurso será alterado.</numerusform>
            <numerusform>%Ln recursos serão alterados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources selected. Preview shows exactly what will change.</source>
        <translation type="vanished">%1 recursos selecionados. A visualização mostra exatamente o que vai mudar.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="57"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="76"/>
        <source>set to</source>
        <translation>definir como</translation>
    </message>
    <message>
        <source>%1 resources will change.</source>
        <translation type="vanished">%1 recursos serão alterados.</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="130"/>
        <source>Completeness</source>
        <translation>Completude</translation>
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
            <numerusform>%Ln recurso precisa de atenção. Clique duas vezes nele para editá-lo.</numerusform>
            <numerusform>%Ln recursos precisam de atenção. Clique duas vezes em um deles para editá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources need attention. Double-click one to edit it.</source>
        <translation type="vanished">%1 recursos precisam de atenção. Clique duas vezes em um deles para editá-lo.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="18"/>
        <source>Changed elsewhere meanwhile</source>
        <translation>Alterado em outro lugar enquanto isso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="20"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="21"/>
        <source>Your version</source>
        <translation>A sua versão</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="22"/>
        <source>Their version (saved)</source>
        <translation>A versão da outra pessoa (salva)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="29"/>
        <source>Someone else saved this resource while you were editing it. Nothing has been overwritten. Keep your version, or take theirs (your edits are discarded).</source>
        <translation>Outra pessoa salvou este recurso enquanto você o editava. Nada foi sobrescrito. Mantenha a sua versão ou use a da outra pessoa (as suas edições serão descartadas).</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="42"/>
        <source>Keep &amp;mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="45"/>
        <source>Take &amp;theirs</source>
        <translation>Usar a da &amp;outra pessoa</translation>
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
        <translation>Nesta biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="21"/>
        <source>Theirs</source>
        <translation>No pacote</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="22"/>
        <source>Take theirs</source>
        <translation>Usar a do pacote</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="29"/>
        <source>(deleted there)</source>
        <translation>(apagado na outra biblioteca)</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="55"/>
        <source>deleted</source>
        <translation>apagado</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../gui/strings.py" line="26"/>
        <source>Waiting for another program to finish the search index</source>
        <translation>Aguardando outro programa terminar o índice de pesquisa</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="27"/>
        <source>Search index ready</source>
        <translation>Índice de pesquisa pronto</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="28"/>
        <source>Building the search index</source>
        <translation>Criando o índice de pesquisa</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="29"/>
        <source>Writing resources…</source>
        <translation>Gravando recursos…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="30"/>
        <source>Merging resources…</source>
        <translation>Mesclando recursos…</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../gui/curator_mode.py" line="79"/>
        <source>Curator &amp;mode…</source>
        <translation>&amp;Modo de curadoria…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="161"/>
        <source>&amp;Curate</source>
        <translation>&amp;Curadoria</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="169"/>
        <source>&amp;New resource…</source>
        <translation>&amp;Novo recurso…</translation>
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
        <translation>Mover para a &amp;lixeira</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="180"/>
        <source>&amp;History of this resource…</source>
        <translation>&amp;Histórico deste recurso…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="181"/>
        <source>&amp;Bulk edit selection…</source>
        <translation>Edição em l&amp;ote da seleção…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="182"/>
        <source>T&amp;rash…</source>
        <translation>Li&amp;xeira…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="183"/>
        <source>&amp;Vocabulary and thesaurus…</source>
        <translation>&amp;Vocabulário e tesauro…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="184"/>
        <source>&amp;Completeness…</source>
        <translation>&amp;Completude…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="185"/>
        <source>&amp;Attach files from a folder…</source>
        <translation>&amp;Anexar arquivos de uma pasta…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="187"/>
        <source>Library &amp;settings…</source>
        <translation>Con&amp;figurações da biblioteca…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="189"/>
        <source>&amp;Lock (back to reader mode)</source>
        <translation>&amp;Bloquear (voltar ao modo de leitura)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="201"/>
        <source>Curator mode: editing is on</source>
        <translation>Modo de curadoria: edição ativada</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="220"/>
        <location filename="../gui/curator_mode.py" line="225"/>
        <source>Curator mode</source>
        <translation>Modo de curadoria</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="226"/>
        <source>Curator password:</source>
        <translation>Senha de curadoria:</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="299"/>
        <source>Copy of %1</source>
        <translation>Cópia de %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>Edit resource</source>
        <translation>Editar recurso</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>New resource</source>
        <translation>Novo recurso</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="328"/>
        <source>These resources look like the one you are adding:

%1

Add it anyway?</source>
        <translation>Estes recursos se parecem com o que você está adicionando:

%1

Adicionar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="337"/>
        <source>Added “%1”</source>
        <translation>“%1” adicionado</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="357"/>
        <source>Saved “%1”</source>
        <translation>“%1” salvo</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/curator_mode.py" line="376"/>
        <source>Moved %Ln resource(s) to the trash (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%Ln recurso movido para a lixeira (Ctrl+Z desfaz)</numerusform>
            <numerusform>%Ln recursos movidos para a lixeira (Ctrl+Z desfaz)</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation type="vanished">%1 movido(s) para a lixeira (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="391"/>
        <source>Undone: %1</source>
        <translation>Desfeito: %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="392"/>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="85"/>
        <source>Resource details</source>
        <translation>Detalhes do recurso</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="92"/>
        <source>Resource details text</source>
        <translation>Texto dos detalhes do recurso</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="100"/>
        <location filename="../gui/panes/detail_pane.py" line="101"/>
        <source>Copy citation</source>
        <translation>Copiar citação</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="153"/>
        <source>Select a resource to see its details.</source>
        <translation>Selecione um recurso para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="176"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="182"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="184"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="186"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="228"/>
        <source>Found in the document</source>
        <translation>Encontrado no documento</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="230"/>
        <source>Found in the document · p. %1</source>
        <translation>Encontrado no documento · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="234"/>
        <source>Open at page %1</source>
        <translation>Abrir na página %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="262"/>
        <source>Citation copied</source>
        <translation>Citação copiada</translation>
    </message>
</context>
<context>
    <name>DocumentHits</name>
    <message>
        <location filename="../gui/document_hits.py" line="67"/>
        <source>The words are on page %1.</source>
        <translation>As palavras estão na página %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTextLine</name>
    <message>
        <location filename="../gui/text_extraction.py" line="48"/>
        <source>Document text</source>
        <translation>Texto do documento</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="57"/>
        <source>Document text: reading…</source>
        <translation>Texto do documento: lendo…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="59"/>
        <source>Document text: not read yet</source>
        <translation>Texto do documento: ainda não lido</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="65"/>
        <source>Document text: %Ln page(s)</source>
        <translation>
            <numerusform>Texto do documento: %Ln página</numerusform>
            <numerusform>Texto do documento: %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="68"/>
        <source>Document text: none.</source>
        <translation>Texto do documento: nenhum.</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="70"/>
        <source>Document text: could not be read.</source>
        <translation>Texto do documento: não foi possível ler.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="32"/>
        <source>PDF handout</source>
        <translation>Folheto em PDF</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="33"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="38"/>
        <source>CSV spreadsheet</source>
        <translation>Planilha CSV</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="39"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="44"/>
        <source>JSON (full records)</source>
        <translation>JSON (registros completos)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="50"/>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="51"/>
        <source>RIS files (*.ris)</source>
        <translation>Arquivos RIS (*.ris)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="56"/>
        <source>BibTeX (JabRef, LaTeX)</source>
        <translation>BibTeX (JabRef, LaTeX)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="57"/>
        <source>BibTeX files (*.bib)</source>
        <translation>Arquivos BibTeX (*.bib)</translation>
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
        <translation>O que exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="94"/>
        <source>Selected resources (%n)</source>
        <translation>
            <numerusform>Recurso selecionado (%n)</numerusform>
            <numerusform>Recursos selecionados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="95"/>
        <source>Current results (%n)</source>
        <translation>
            <numerusform>Resultado atual (%n)</numerusform>
            <numerusform>Resultados atuais (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="97"/>
        <source>Reading list: %1</source>
        <translation>Lista de leitura: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="98"/>
        <source>The whole library (%n)</source>
        <translation>
            <numerusform>A biblioteca inteira (%n)</numerusform>
            <numerusform>A biblioteca inteira (%n)</numerusform>
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
        <translation>Recursos de proteção infantil</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="116"/>
        <source>Handout title</source>
        <translation>Título do folheto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="117"/>
        <source>Table of contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="119"/>
        <source>QR code for each link</source>
        <translation>Código QR para cada link</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="121"/>
        <source>Page size</source>
        <translation>Tamanho da página</translation>
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
        <translation>Folheto</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Page size:</source>
        <translation>Tamanho da &amp;página:</translation>
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
        <translation>%1: todos os valores</translation>
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
        <translation>Mais recursos primeiro</translation>
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
        <translation>&amp;Limpar</translation>
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
        <translation>%1 incluído(s)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="227"/>
        <source>%1 excluded</source>
        <translation>%1 excluído(s)</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../gui/models/facet_model.py" line="112"/>
        <source>More… (%1 matches)</source>
        <translation>Mais… (%1 correspondências)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="66"/>
        <location filename="../gui/models/facet_model.py" line="122"/>
        <source>More… (%1)</source>
        <translation>Mais… (%1)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="211"/>
        <source>%s: no match</source>
        <translation>%s: nenhuma correspondência</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="212"/>
        <source>%s: none in these results</source>
        <translation>%s: nenhum</translation>
    </message>
    <message>
        <source>not </source>
        <translation type="vanished">não </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="241"/>
        <source>, included</source>
        <translation>, incluído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="243"/>
        <source>, excluded</source>
        <translation>, excluído</translation>
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
        <translation>Região / país</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="41"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="42"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="43"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="236"/>
        <source>not %1</source>
        <translation>não %1</translation>
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
        <translation>, recolhido</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="261"/>
        <source>checked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="263"/>
        <source>excluded</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="265"/>
        <source>not checked</source>
        <translation>não marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="269"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="274"/>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="292"/>
        <source>Click to include, Ctrl+click or right-click to exclude</source>
        <translation>Clique para incluir; Ctrl+clique ou clique com o botão direito para excluir</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="294"/>
        <source>All values: filter, sort, include or exclude several at once</source>
        <translation>Todos os valores: filtrar, ordenar, incluir ou excluir vários de uma vez</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="71"/>
        <source>Filter facet values…</source>
        <translation>Filtrar valores das facetas…</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="72"/>
        <source>Filter facet values</source>
        <translation>Filtrar valores das facetas</translation>
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
        <translation>, incluído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, excluded</source>
        <translation>, excluído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>checked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>excluded</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="141"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="143"/>
        <source>not checked</source>
        <translation>não marcado</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="43"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="44"/>
        <source>Organisation</source>
        <translation>Organização</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="100"/>
        <source>NOT %1: %2</source>
        <translation>NÃO %1: %2</translation>
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
        <translation>Filtros ativos</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="43"/>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="45"/>
        <source>Clear all</source>
        <translation>Limpar tudo</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="46"/>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="91"/>
        <source>Reading list: %1</source>
        <translation>Lista de leitura: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="93"/>
        <source>Show the whole library again</source>
        <translation>Mostrar a biblioteca inteira novamente</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="99"/>
        <source>NOT </source>
        <translation>NÃO </translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="112"/>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="113"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>FindingMore</name>
    <message>
        <location filename="../gui/finding_more.py" line="69"/>
        <source>&amp;Searches</source>
        <translation>&amp;Pesquisas</translation>
    </message>
    <message>
        <location filename="../gui/finding_more.py" line="71"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Salvar pesquisa…</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <location filename="../gui/pdf/labels.py" line="29"/>
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation>
            <numerusform>%Ln recurso · gerado em %1 com o %2</numerusform>
            <numerusform>%Ln recursos · gerado em %1 com o %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="53"/>
        <source>Contents</source>
        <translation>Sumário</translation>
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
        <translation>Lista de leitura: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="66"/>
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="72"/>
        <source>Not %1: %2</source>
        <translation>Exceto %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="75"/>
        <source>Selected resources</source>
        <translation>Recursos selecionados</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="76"/>
        <source>The whole library</source>
        <translation>A biblioteca inteira</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="153"/>
        <source>%1: cannot write the PDF here</source>
        <translation>%1: não é possível gravar o PDF aqui</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="272"/>
        <source>the folder %1 does not exist or cannot be written</source>
        <translation>a pasta %1 não existe ou não permite gravação</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="24"/>
        <source>%1 (undone)</source>
        <translation>%1 (desfeito)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="32"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="33"/>
        <source>Change</source>
        <translation>Alteração</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="38"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="41"/>
        <source>&amp;Revert to after this change</source>
        <translation>&amp;Voltar ao estado após esta alteração</translation>
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
        <translation>Colunas (qual campo cada coluna preenche)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="48"/>
        <source>Field for column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="49"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="53"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="55"/>
        <source>&amp;Apply column choices</source>
        <translation>&amp;Aplicar escolhas de colunas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="59"/>
        <source>Entries already in the library</source>
        <translation>Entradas que já estão na biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="60"/>
        <source>&amp;Skip them</source>
        <translation>I&amp;gnorá-las</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="62"/>
        <source>&amp;Merge them in (fill empty fields, add topics, countries, names)</source>
        <translation>&amp;Mesclá-las (preencher campos vazios, adicionar temas, países, nomes)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="74"/>
        <location filename="../gui/dialogs/import_preview.py" line="75"/>
        <source>What the import found</source>
        <translation>O que a importação encontrou</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="86"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="97"/>
        <source>There is nothing new to add.</source>
        <translation>Não há nada de novo para adicionar.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="109"/>
        <source>Already in the library (%1)</source>
        <translation>Já na biblioteca (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="111"/>
        <source>Duplicates (%1 in the library, %2 within the file)</source>
        <translation>Duplicatas (%1 na biblioteca, %2 dentro do arquivo)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="114"/>
        <source>New vocabulary terms (%1)</source>
        <translation>Novos termos de vocabulário (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="115"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116"/>
        <source>Notes (%1)</source>
        <translation>Observações (%1)</translation>
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
        <translation>A janela estará em %1 na próxima vez que você iniciar o %2.</translation>
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
        <translation>Configurações da biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="21"/>
        <source>Hide staff-only resources in reader mode</source>
        <translation>Ocultar recursos exclusivos da equipe no modo de leitura</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="26"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="27"/>
        <source>Lock curator mode after idle minutes</source>
        <translation>Bloquear o modo de curadoria após minutos de inatividade</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="29"/>
        <source>Lock curator mode after</source>
        <translation>Bloquear o modo de curadoria após</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../gui/links.py" line="33"/>
        <source>The local copy cannot be opened: %1.</source>
        <translation>Não é possível abrir a cópia local: %1.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="48"/>
        <source>This link (%1) cannot be opened: only web (http, https) and e-mail links are opened.</source>
        <translation>Não é possível abrir este link (%1): só são abertos links da web (http, https) e de e-mail.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="59"/>
        <source>This link opens in your web browser and leaves the offline library. It needs an internet connection.

Open it?</source>
        <translation>Este link será aberto no seu navegador e sairá da biblioteca off-line. É necessária uma conexão com a internet.

Abrir o link?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="109"/>
        <location filename="../gui/main_window.py" line="242"/>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="307"/>
        <source>%Ln resource(s) · search took %1 ms</source>
        <translation>
            <numerusform>%Ln recurso · a pesquisa levou %1 ms</numerusform>
            <numerusform>%Ln recursos · a pesquisa levou %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="309"/>
        <source>No resources · search took %1 ms</source>
        <translation>Nenhum recurso · a pesquisa levou %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="415"/>
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>%Ln citação copiada</numerusform>
            <numerusform>%Ln citações copiadas</numerusform>
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
        <translation type="vanished"> · a pesquisa levou %1 ms</translation>
    </message>
    <message>
        <source>citation copied</source>
        <translation type="vanished">citação copiada</translation>
    </message>
    <message>
        <source>citations copied</source>
        <translation type="vanished">citações copiadas</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="423"/>
        <source> [curator]</source>
        <translation> [curadoria]</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="96"/>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="103"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;citação</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="108"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="109"/>
        <source>Go to results &amp;list</source>
        <translation>Ir para a &amp;lista de resultados</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="113"/>
        <source>Clear all &amp;filters</source>
        <translation>Limpar todos os &amp;filtros</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="118"/>
        <location filename="../gui/menus.py" line="122"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="128"/>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
</context>
<context>
    <name>ManageListsDialog</name>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="56"/>
        <source>Manage reading lists</source>
        <translation>Gerenciar listas de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="64"/>
        <source>Reading lists</source>
        <translation>Listas de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="68"/>
        <source>Items of the reading list, in order</source>
        <translation>Itens da lista de leitura, em ordem</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="70"/>
        <source>Ctrl+Up and Ctrl+Down move an item; Delete removes it</source>
        <translation>Ctrl+Seta para cima e Ctrl+Seta para baixo movem um item; Delete o remove</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="80"/>
        <source>Note on this item, for the handout</source>
        <translation>Nota sobre este item, para o folheto</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="81"/>
        <source>A short note for the handout (optional)</source>
        <translation>Uma nota curta para o folheto (opcional)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="100"/>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="101"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="102"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>&amp;Apagar</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="104"/>
        <source>&amp;Show in window</source>
        <translation>&amp;Mostrar na janela</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="105"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="106"/>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="107"/>
        <source>Re&amp;move from list</source>
        <translation>Remo&amp;ver da lista</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="110"/>
        <source>Reading lists:</source>
        <translation>Listas de leitura:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="117"/>
        <source>Items:</source>
        <translation>Itens:</translation>
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
        <translation>Itens de “%1”:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>New reading list</source>
        <translation>Nova lista de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>Rename reading list</source>
        <translation>Renomear lista de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="308"/>
        <source>Deleted “%1”.</source>
        <translation>“%1” apagada.</translation>
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
        <translation>Arquivo da biblioteca ou URL do servidor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="52"/>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="59"/>
        <source>only if the server asks for one</source>
        <translation>só se o servidor pedir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="60"/>
        <source>Server password</source>
        <translation>Senha do servidor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="62"/>
        <source>A library file, or a catalogue on a PostgreSQL server: %1</source>
        <translation>Um arquivo de biblioteca, ou um catálogo num servidor PostgreSQL: %1</translation>
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
        <translation>&amp;Senha do servidor:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="100"/>
        <source>Libraries (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bibliotecas (*.db *.sqlite *.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="115"/>
        <source>Name a library file or a server&apos;s URL.</source>
        <translation>Indique um arquivo de biblioteca ou a URL de um servidor.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="124"/>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="26"/>
        <source>Import collection pack</source>
        <translation>Importar pacote de coleção</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="34"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="51"/>
        <source>Changed on both sides since the last exchange: tick what to take from the pack; everything else keeps this library&apos;s version.</source>
        <translation>Alterado nos dois lados desde a última troca: marque o que deve vir do pacote; todo o resto mantém a versão desta biblioteca.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="55"/>
        <source>No conflicts.</source>
        <translation>Nenhum conflito.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="59"/>
        <source>Keep all &amp;mine</source>
        <translation>Manter todas as &amp;minhas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="61"/>
        <source>Take all &amp;theirs</source>
        <translation>Usar todas as do &amp;pacote</translation>
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
        <translation>&amp;Listas de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="61"/>
        <source>&amp;Add selection to reading list…</source>
        <translation>&amp;Adicionar seleção à lista de leitura…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="67"/>
        <source>&amp;Open reading list</source>
        <translation>A&amp;brir lista de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="71"/>
        <source>&amp;Manage reading lists…</source>
        <translation>&amp;Gerenciar listas de leitura…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="78"/>
        <source>Show the &amp;whole library</source>
        <translation>Mostrar a biblioteca &amp;inteira</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="90"/>
        <source>Add to reading list</source>
        <translation>Adicionar à lista de leitura</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="91"/>
        <source>Add %Ln resource(s) to the reading list:</source>
        <translation>
            <numerusform>Adicionar %Ln recurso à lista de leitura:</numerusform>
            <numerusform>Adicionar %Ln recursos à lista de leitura:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="110"/>
        <source>%Ln added to %2</source>
        <translation>
            <numerusform>%Ln recurso adicionado a %2</numerusform>
            <numerusform>%Ln recursos adicionados a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="114"/>
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln já estava nela)</numerusform>
            <numerusform> (%Ln já estavam nela)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the reading list:</source>
        <translation type="vanished">Adicionar %1 à lista de leitura:</translation>
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
        <translation type="vanished">%1 adicionado(s) a %2</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="112"/>
        <source>Already in %2</source>
        <translation>Já está em %2</translation>
    </message>
    <message>
        <source> (%3 already in it)</source>
        <translation type="vanished"> (%3 já estava(m) nela)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="146"/>
        <source>Reading list</source>
        <translation>Lista de leitura</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="175"/>
        <source>Showing all of “%1”: the search “%2” was cleared</source>
        <translation>Mostrando toda a lista “%1”: a pesquisa “%2” foi limpa</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="180"/>
        <source>Showing all of “%1”: the filters were cleared</source>
        <translation>Mostrando toda a lista “%1”: os filtros foram limpos</translation>
    </message>
</context>
<context>
    <name>RecentSearchesMenu</name>
    <message>
        <location filename="../gui/recent_searches.py" line="135"/>
        <source>&amp;Recent searches</source>
        <translation>Pesquisas &amp;recentes</translation>
    </message>
    <message>
        <location filename="../gui/recent_searches.py" line="145"/>
        <source>&amp;Clear recent searches</source>
        <translation>&amp;Limpar pesquisas recentes</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../gui/dialogs/editor.py" line="110"/>
        <source>&amp;Local copy</source>
        <translation>&amp;Cópia local</translation>
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
        <translation>&amp;Organizações</translation>
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
        <translation>&amp;Data (2017, 2017-10 ou 2017-10-26)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="182"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
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
        <translation>Somente para a equipe</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="192"/>
        <source>A&amp;udience</source>
        <translation>Pú&amp;blico</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="198"/>
        <source>Trashed</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="200"/>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="201"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="202"/>
        <source>Su&amp;mmary</source>
        <translation>Resu&amp;mo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="203"/>
        <source>Excerpt</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="204"/>
        <source>E&amp;xcerpt</source>
        <translation>T&amp;recho</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="205"/>
        <source>Curator notes</source>
        <translation>Notas da curadoria</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="206"/>
        <source>Curator &amp;notes</source>
        <translation>&amp;Notas da curadoria</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="210"/>
        <source>Needs review</source>
        <translation>Precisa de revisão</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="214"/>
        <source>Why it needs review</source>
        <translation>Por que precisa de revisão</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="215"/>
        <source>why</source>
        <translation>por quê</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="218"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="228"/>
        <source>Local copy</source>
        <translation>Cópia local</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="229"/>
        <source>none: only the link</source>
        <translation>nenhuma: somente o link</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="230"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="232"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="251"/>
        <source>Attach a local copy</source>
        <translation>Anexar uma cópia local</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="290"/>
        <source>a title is required</source>
        <translation>o título é obrigatório</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="294"/>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>“%1” não é um país conhecido</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="302"/>
        <source>Cannot save yet: </source>
        <translation>Ainda não é possível salvar: </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="315"/>
        <source>New topic “%1” — did you mean “%2”?</source>
        <translation>Novo tema “%1” — você quis dizer “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="316"/>
        <source>New topic “%1” will be created.</source>
        <translation>Será criado o novo tema “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="317"/>
        <source>New organisation “%1” — did you mean “%2”?</source>
        <translation>Nova organização “%1” — você quis dizer “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="318"/>
        <source>New organisation “%1” will be created.</source>
        <translation>Será criada a nova organização “%1”.</translation>
    </message>
    <message>
        <source>New %1 “%2” — did you mean “%3”?</source>
        <translation type="vanished">Novo valor em %1: “%2” — você quis dizer “%3”?</translation>
    </message>
    <message>
        <source>New %1 “%2” will be created.</source>
        <translation type="vanished">Será criado um novo valor em %1: “%2”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="342"/>
        <source>Save anyway?</source>
        <translation>Salvar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="355"/>
        <source>Discard your changes?</source>
        <translation>Descartar as suas alterações?</translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <location filename="../gui/strings.py" line="60"/>
        <source>Report / publication</source>
        <translation>Relatório / publicação</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="61"/>
        <source>Book</source>
        <translation>Livro</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="62"/>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="63"/>
        <source>Infographic</source>
        <translation>Infográfico</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="64"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="65"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="66"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="67"/>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="68"/>
        <source>Legislation review</source>
        <translation>Análise da legislação</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="69"/>
        <source>Training material</source>
        <translation>Material de formação</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="70"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../gui/result_actions.py" line="52"/>
        <source>“%1” has no link or local copy to open.</source>
        <translation>“%1” não tem link nem cópia local para abrir.</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="61"/>
        <source>Add to reading &amp;list</source>
        <translation>Adicionar à &amp;lista de leitura</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="68"/>
        <source>&amp;New list…</source>
        <translation>&amp;Nova lista…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="71"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;citação</translation>
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
        <translation>Mostrar &amp;semelhantes</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="215"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="251"/>
        <source>Also in the document</source>
        <translation>Também no documento</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="252"/>
        <source>Also in the document · p. %1</source>
        <translation>Também no documento · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="254"/>
        <source>Found in the document: </source>
        <translation>Encontrado no documento: </translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="255"/>
        <source>Found in the document · p. %1: </source>
        <translation>Encontrado no documento · p. %1: </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../gui/models/results_model.py" line="140"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="149"/>
        <source>Found in the document, page %1: %2</source>
        <translation>Encontrado no documento, página %1: %2</translation>
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
        <translation>Ordem de classificação</translation>
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
        <translation>Limpar filtros</translation>
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
        <translation>Mostrando resultados para %1.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="218"/>
        <source>Search instead for %1</source>
        <translation>Pesquisar %1 em vez disso</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="233"/>
        <source>No resources match “%1” with the filters you chose.</source>
        <translation>Nenhum recurso corresponde a “%1” com os filtros escolhidos.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="237"/>
        <source>No resources match “%1”.</source>
        <translation>Nenhum recurso corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="239"/>
        <source>This reading list is empty.</source>
        <translation>Esta lista de leitura está vazia.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="242"/>
        <source>No resources yet: import a file or a collection pack (File ▸ Import…, File ▸ Import collection pack…, in curator mode).</source>
        <translation>Ainda não há recursos: importe um arquivo ou um pacote de coleção (Arquivo ▸ Importar…, Arquivo ▸ Importar pacote de coleção…, no modo de curadoria).</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="246"/>
        <source>No resources match the filters you chose.</source>
        <translation>Nenhum recurso corresponde aos filtros escolhidos.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="250"/>
        <source>Search for “%1” instead</source>
        <translation>Pesquisar “%1” em vez disso</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="22"/>
        <source>Relevance</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="23"/>
        <source>Newest first</source>
        <translation>Mais recentes</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="24"/>
        <source>Oldest first</source>
        <translation>Mais antigos</translation>
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
        <translation>tudo</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="56"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="59"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="63"/>
        <source>Saved searches</source>
        <translation>Pesquisas salvas</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="143"/>
        <source>&amp;Run search</source>
        <translation>&amp;Executar pesquisa</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="144"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="145"/>
        <source>Export to &amp;PDF…</source>
        <translation>Exportar para &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="147"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Apagar…</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPart</name>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <location filename="../gui/saved_searches_part.py" line="158"/>
        <source>Save search</source>
        <translation>Salvar pesquisa</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <source>Name for this search:</source>
        <translation>Nome para esta pesquisa:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="159"/>
        <source>Replace the saved search “%1”?</source>
        <translation>Substituir a pesquisa salva “%1”?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="177"/>
        <source>Saved the search “%1”</source>
        <translation>Pesquisa “%1” salva</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="179"/>
        <source> (without the reading list)</source>
        <translation> (sem a lista de leitura)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>Rename saved search</source>
        <translation>Renomear pesquisa salva</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="205"/>
        <source>Renamed the saved search to “%1”</source>
        <translation>Pesquisa salva renomeada para “%1”</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="210"/>
        <source>Delete saved search</source>
        <translation>Apagar pesquisa salva</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="211"/>
        <source>Delete the saved search “%1”? The resources it finds stay.</source>
        <translation>Apagar a pesquisa salva “%1”? Os recursos que ela encontra permanecem.</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="226"/>
        <source>Deleted the saved search “%1”</source>
        <translation>Pesquisa salva “%1” apagada</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="238"/>
        <source>Export saved search</source>
        <translation>Exportar pesquisa salva</translation>
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
        <translation>Pesquisar… ex.: sexting, &quot;segurança on-line&quot;, topic:Cybercrime, country:Cambodia, year:2015..2020, -legislation</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="39"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="55"/>
        <source>How the search was understood</source>
        <translation>Como a pesquisa foi entendida</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="96"/>
        <source>Searched for: %1</source>
        <translation>Pesquisado: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="99"/>
        <source>Also searched: %1</source>
        <translation>Também pesquisado: %1</translation>
    </message>
</context>
<context>
    <name>SharedCatalogue</name>
    <message>
        <location filename="../gui/shared_catalogue.py" line="71"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../gui/shared_catalogue.py" line="182"/>
        <source>Offline: %1 cannot be reached; trying again in %2 s</source>
        <translation>Sem conexão: não é possível acessar %1; nova tentativa em %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/shared_catalogue.py" line="193"/>
        <source>Back online (%1): %Ln resource(s) changed meanwhile</source>
        <translation>
            <numerusform>Conectado novamente (%1): %Ln recurso alterado nesse meio-tempo</numerusform>
            <numerusform>Conectado novamente (%1): %Ln recursos alterados nesse meio-tempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/similar_pane.py" line="39"/>
        <source>%1 · +%Ln more</source>
        <translation>
            <numerusform>%1 · +%Ln outro</numerusform>
            <numerusform>%1 · +%Ln outros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="44"/>
        <location filename="../gui/panes/similar_pane.py" line="49"/>
        <location filename="../gui/panes/similar_pane.py" line="54"/>
        <source>Similar resources</source>
        <translation>Recursos semelhantes</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="67"/>
        <source>Select a resource to see similar ones.</source>
        <translation>Selecione um recurso para ver outros semelhantes.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="72"/>
        <source>Finding similar resources…</source>
        <translation>Procurando recursos semelhantes…</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="82"/>
        <source>No similar resources.</source>
        <translation>Nenhum recurso semelhante.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="98"/>
        <source>close in its words</source>
        <translation>parecido no texto</translation>
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
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="139"/>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="140"/>
        <source>Trashed</source>
        <translation>Na lixeira</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/panes/status_bar.py" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="20"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="25"/>
        <source>Last import</source>
        <translation>Última importação</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../gui/dialogs/table_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Sem camada de texto: digitalizado?</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="102"/>
        <source>E&amp;xtract text from local copies…</source>
        <translation>E&amp;xtrair texto das cópias locais…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="148"/>
        <location filename="../gui/text_extraction.py" line="179"/>
        <source>Extract text</source>
        <translation>Extrair texto</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="152"/>
        <source>No resource has a local copy yet.</source>
        <translation>Nenhum recurso tem cópia local ainda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="157"/>
        <source>The text of every local copy has been read (%Ln file(s)). Read them all again?</source>
        <translation>
            <numerusform>O texto de todas as cópias locais já foi lido (%Ln arquivo). Ler tudo de novo?</numerusform>
            <numerusform>O texto de todas as cópias locais já foi lido (%Ln arquivos). Ler tudo de novo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="254"/>
        <source>Curator mode was locked, so reading stopped.</source>
        <translation>O modo de curadoria foi bloqueado, então a leitura parou.</translation>
    </message>
    <message numerus="yes">
        <source>The text of all %Ln local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>O texto da %Ln cópia local já foi lido. Ler de novo?</numerusform>
            <numerusform>O texto das %Ln cópias locais já foi lido. Ler todas de novo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Reading the text of local copies…</source>
        <translation>Lendo o texto das cópias locais…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="211"/>
        <source>Reading text %1 of %2: %3</source>
        <translation>Lendo texto %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>TextNotes</name>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="48"/>
        <source>Text read: %Ln page(s)</source>
        <translation>
            <numerusform>Texto lido: %Ln página</numerusform>
            <numerusform>Texto lido: %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="51"/>
        <source>No text found</source>
        <translation>Nenhum texto encontrado</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="53"/>
        <source>The file is missing from the library&apos;s files folder</source>
        <translation>O arquivo não está na pasta de arquivos da biblioteca</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="55"/>
        <source>Not read (cancelled)</source>
        <translation>Não lido (cancelado)</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>Could not read: %1</source>
        <translation>Não foi possível ler: %1</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>unknown problem</source>
        <translation>problema desconhecido</translation>
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
            <numerusform>%Ln com texto</numerusform>
            <numerusform>%Ln com texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="71"/>
        <source>%Ln without text</source>
        <translation>
            <numerusform>%Ln sem texto</numerusform>
            <numerusform>%Ln sem texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="73"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln ilegível</numerusform>
            <numerusform>%Ln ilegíveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="77"/>
        <source>Read %Ln file(s): %1</source>
        <translation>
            <numerusform>%Ln arquivo lido: %1</numerusform>
            <numerusform>%Ln arquivos lidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln file(s)</source>
        <translation type="vanished">
            <numerusform>%Ln arquivo lido</numerusform>
            <numerusform>%Ln arquivos lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="76"/>
        <source>; cancelled, %Ln left for later</source>
        <translation>
            <numerusform>; cancelado, %Ln para depois</numerusform>
            <numerusform>; cancelado, %Ln para depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without text (scanned?)</source>
        <translation type="vanished">
            <numerusform>%Ln sem texto (digitalizada?)</numerusform>
            <numerusform>%Ln sem texto (digitalizadas?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation type="vanished">
            <numerusform>%Ln não pôde ser lida</numerusform>
            <numerusform>%Ln não puderam ser lidas</numerusform>
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
            <numerusform>Texto de %Ln cópia local lido</numerusform>
            <numerusform>Texto de %Ln cópias locais lido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left for later (cancelled)</source>
        <translation type="vanished">
            <numerusform>; %Ln deixada para depois (cancelado)</numerusform>
            <numerusform>; %Ln deixadas para depois (cancelado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSummaryDialog</name>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="35"/>
        <source>Text of local copies</source>
        <translation>Texto das cópias locais</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="43"/>
        <source>Nothing was read.</source>
        <translation>Nada foi lido.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="51"/>
        <source>Files and how their text was read</source>
        <translation>Arquivos e como seu texto foi lido</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>Traduções de “%1”</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="30"/>
        <source>The topic is shown by its label in the interface&apos;s language, and a search in any of these languages finds it. Leave a box empty to show the name “%1”.</source>
        <translation>O tema é exibido com o rótulo no idioma da interface, e uma pesquisa em qualquer um destes idiomas o encontra. Deixe um campo vazio para exibir o nome “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="45"/>
        <source>Label in %1</source>
        <translation>Rótulo em %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../gui/transfers.py" line="156"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
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
        <translation>%1 de %2 diagramados…</translation>
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
        <translation>%1: não é possível gravar (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resources to %1</source>
        <translation type="vanished">
            <numerusform>%n recurso exportado para %1</numerusform>
            <numerusform>%n recursos exportados para %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="197"/>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Export collection pack</source>
        <translation>Exportar pacote de coleção</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="198"/>
        <source>Collection packs (*%1)</source>
        <translation>Pacotes de coleção (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Writing the pack…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resources to %1</source>
        <translation type="vanished">
            <numerusform>%n recurso gravado em %1</numerusform>
            <numerusform>%n recursos gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="41"/>
        <source>Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;All files (*)</source>
        <translation>Arquivos de biblioteca (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="95"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="97"/>
        <source>Export collection &amp;pack…</source>
        <translation>Exportar &amp;pacote de coleção…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="101"/>
        <source>Import collection pa&amp;ck…</source>
        <translation>Importar pacote de &amp;coleção…</translation>
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
            <numerusform>%Ln recurso exportado para %1</numerusform>
            <numerusform>%Ln recursos exportados para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="208"/>
        <source>Wrote %Ln resource(s) to %1</source>
        <translation>
            <numerusform>%Ln recurso gravado em %1</numerusform>
            <numerusform>%Ln recursos gravados em %1</numerusform>
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
        <translation>Lendo %1…</translation>
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
        <translation>Importar pacote de coleção</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="316"/>
        <source>Collection packs (*%1);;All files (*)</source>
        <translation>Pacotes de coleção (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="323"/>
        <source>Checking the pack…</source>
        <translation>Verificando o pacote…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="344"/>
        <source>Merging…</source>
        <translation>Mesclando…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="362"/>
        <source>Read %1 entries…</source>
        <translation>%1 entradas lidas…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="366"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>Importação cancelada; a biblioteca ficou como estava.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="77"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
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
        <translation>&amp;Esvaziar lixeira…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="102"/>
        <source>%Ln resource(s) in the trash. Restored resources keep their tags.</source>
        <translation>
            <numerusform>%Ln recurso na lixeira. Os recursos restaurados mantêm as suas tags.</numerusform>
            <numerusform>%Ln recursos na lixeira. Os recursos restaurados mantêm as suas tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources in the trash. Restored resources keep their tags.</source>
        <translation type="vanished">%1 recursos na lixeira. Os recursos restaurados mantêm as suas marcações.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="115"/>
        <source>Delete everything in the trash for good?</source>
        <translation>Apagar definitivamente tudo o que está na lixeira?</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="26"/>
        <source>Vocabulary and thesaurus</source>
        <translation>Vocabulário e tesauro</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="29"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="30"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Vocabulário</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="42"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="43"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
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
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="51"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar com…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="52"/>
        <source>&amp;Alternative names…</source>
        <translation>Nomes &amp;alternativos…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="54"/>
        <source>&amp;Broader topic…</source>
        <translation>&amp;Tema mais amplo…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="57"/>
        <source>&amp;Translations…</source>
        <translation>Tra&amp;duções…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="59"/>
        <source>Delete &amp;unused</source>
        <translation>Apagar os não &amp;usados</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="60"/>
        <source>New synonym &amp;group…</source>
        <translation>Novo &amp;grupo de sinônimos…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="74"/>
        <source>synonym group</source>
        <translation>grupo de sinônimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="124"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="138"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="125"/>
        <source>Merge “%1” into:</source>
        <translation>Mesclar “%1” com:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="139"/>
        <source>Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?</source>
        <translation>
            <numerusform>Transferir %Ln recurso de “%2” para “%3” e remover “%2”?</numerusform>
            <numerusform>Transferir %Ln recursos de “%2” para “%3” e remover “%2”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tag %1 resources from “%2” to “%3” and remove “%2”?</source>
        <translation type="vanished">Remarcar %1 recursos de “%2” para “%3” e remover “%2”?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="157"/>
        <source>Synonym group</source>
        <translation>Grupo de sinônimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="158"/>
        <source>Equivalent terms, separated by ; (empty deletes the group):</source>
        <translation>Termos equivalentes, separados por ; (vazio apaga o grupo):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="168"/>
        <source>Alternative names</source>
        <translation>Nomes alternativos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="169"/>
        <source>Other names that should find “%1” (separated by ;):</source>
        <translation>Outros nomes que devem encontrar “%1” (separados por ;):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="185"/>
        <source>(none: a top-level topic)</source>
        <translation>(nenhum: tema de nível superior)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="190"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="202"/>
        <source>Broader topic</source>
        <translation>Tema mais amplo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="191"/>
        <source>Put “%1” under:</source>
        <translation>Colocar “%1” dentro de:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="203"/>
        <source>There is no topic “%1”.</source>
        <translation>Não existe o tema “%1”.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>New synonym group</source>
        <translation>Novo grupo de sinônimos</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>Equivalent terms, separated by ;</source>
        <translation>Termos equivalentes, separados por ;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../gui/worker.py" line="259"/>
        <source>The search index could not be opened: %1</source>
        <translation>Não foi possível abrir o índice de pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../gui/worker.py" line="336"/>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="39"/>
        <source>Resources by year</source>
        <translation>Recursos por ano</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="57"/>
        <source>%1 to %2; drag across years to choose a range</source>
        <translation>%1 a %2; arraste sobre os anos para escolher um intervalo</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="86"/>
        <source>No dated resources</source>
        <translation>Nenhum recurso datado</translation>
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
        <translation>Intervalo de anos</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="174"/>
        <source>From year</source>
        <translation>Ano inicial</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="176"/>
        <source>To year</source>
        <translation>Ano final</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="181"/>
        <location filename="../gui/panes/year_range.py" line="182"/>
        <source>Any year: clear the year range</source>
        <translation>Qualquer ano: limpar o intervalo de anos</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="186"/>
        <source>&amp;to</source>
        <translation>a&amp;té</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="146"/>
        <source>any</source>
        <translation>qualquer</translation>
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
        <translation>&amp;Diminuir texto</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="90"/>
        <source>&amp;Normal text size</source>
        <translation>Tamanho &amp;normal do texto</translation>
    </message>
</context>
</TS>
