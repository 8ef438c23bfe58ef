<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="17"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="18"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library of child-protection resources for schools and the curators who look after it.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Une bibliothèque hors ligne de ressources sur la protection de l&apos;enfance, pour les écoles et les documentalistes qui la gèrent.&lt;/p&gt;&lt;p&gt;Bibliothèque&#xa0;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="32"/>
        <source>Help</source>
        <translation>Aide</translation>
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
        <translation>Tapez dans la zone de recherche pour chercher&#xa0;; les résultats se mettent à jour pendant la frappe.

Conseils de recherche&#xa0;:
  • mots&#xa0;: tous doivent correspondre — online safety
  • &quot;expression exacte&quot; — &quot;missing children&quot;
  • OR, NOT ou un signe moins — sexting -schools
  • champs — title:, org:, author:, topic:, country:, region:, type:, year:, lang:
  • années — year:2015..2020, year:&gt;2017
  • débuts de mots — protect*   • fautes de frappe — protecton~

Cliquez sur une valeur dans le panneau latéral pour ne garder que les ressources qui l&apos;ont&#xa0;; Ctrl+clic ou clic droit pour les écarter. Espace coche ou décoche la valeur sous le curseur.

Raccourcis&#xa0;: Ctrl+F rechercher, Ctrl+L liste des résultats, Ctrl+D ajouter à une liste de lecture, Ctrl+Maj+C copier la référence, Ctrl+= / Ctrl+- taille du texte, F1 aide.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="50"/>
        <source>Words are looked for in the text of local copies too; text: looks only there — text:&quot;mandatory reporting&quot;. A result found there names the page.</source>
        <translation>Les mots sont aussi cherchés dans le texte des copies locales ; text: ne cherche que là — text:&quot;signalement obligatoire&quot;. Un résultat trouvé là indique la page.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/accessibility.py" line="115"/>
        <source>Space or Enter checks the value under the cursor; the context menu (Menu key) can exclude it instead. Left and Right close and open a group.</source>
        <translation>Espace ou Entrée coche la valeur sous le curseur&#xa0;; le menu contextuel (touche Menu) permet plutôt de l&apos;exclure. Gauche et Droite réduisent et développent un groupe.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="121"/>
        <source>Up and Down move between resources; Enter opens one; Ctrl+D adds the selected ones to a reading list; the Menu key shows more actions.</source>
        <translation>Haut et Bas passent d&apos;une ressource à l&apos;autre&#xa0;; Entrée en ouvre une&#xa0;; Ctrl+D ajoute les ressources sélectionnées à une liste de lecture&#xa0;; la touche Menu affiche d&apos;autres actions.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="125"/>
        <source>The order of the results</source>
        <translation>L&apos;ordre des résultats</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="127"/>
        <source>Tab moves between the links; Enter follows the link under the cursor.</source>
        <translation>Tab passe d&apos;un lien à l&apos;autre&#xa0;; Entrée ouvre le lien sous le curseur.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="131"/>
        <source>Resources like the one shown; Tab moves between them, Enter shows one.</source>
        <translation>Ressources proches de celle affichée&#xa0;; Tab passe de l&apos;une à l&apos;autre, Entrée en affiche une.</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="138"/>
        <source>Spelling correction</source>
        <translation>Correction orthographique</translation>
    </message>
    <message>
        <location filename="../gui/accessibility.py" line="140"/>
        <source>Up and Down step a year; type a year and press Enter to apply it.</source>
        <translation>Haut et Bas changent l&apos;année d&apos;une unité&#xa0;; tapez une année et appuyez sur Entrée pour l&apos;appliquer.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="55"/>
        <source>%1: no library here (use --create to make a new one)</source>
        <translation>%1&#xa0;: aucune bibliothèque ici (utilisez --create pour en créer une)</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>The library could not be opened.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="147"/>
        <source>Your library could not be prepared: %1</source>
        <translation>Impossible de préparer votre bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="155"/>
        <source>%1 is already open in %2. Switch to that window to go on working.</source>
        <translation>%1 est déjà ouverte dans %2. Passez à cette fenêtre pour continuer à travailler.</translation>
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
        <translation>Joindre les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="79"/>
        <source>Reading file %1 of %2…</source>
        <translation>Lecture du fichier %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="84"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="126"/>
        <source>Copying file %1 of %2…</source>
        <translation>Copie du fichier %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="137"/>
        <source>Attaching…</source>
        <translation>Ajout des fichiers…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/attach_folder.py" line="146"/>
        <source>%Ln file(s) attached; text is being read</source>
        <translation>
            <numerusform>%Ln fichier joint ; lecture du texte en cours</numerusform>
            <numerusform>%Ln fichiers joints ; lecture du texte en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="148"/>
        <source>Nothing was attached</source>
        <translation>Aucun fichier n&apos;a été joint</translation>
    </message>
    <message>
        <location filename="../gui/attach_folder.py" line="153"/>
        <source>Left out:</source>
        <translation>Laissés de côté :</translation>
    </message>
</context>
<context>
    <name>AttachFolderDialog</name>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="55"/>
        <source>DOI %1 on the first page</source>
        <translation>DOI %1 en première page</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="59"/>
        <source>ISBN %1 on the first page</source>
        <translation>ISBN %1 en première page</translation>
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
        <translation>titre %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="66"/>
        <source>title on the first page %1%</source>
        <translation>titre en première page %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="68"/>
        <source>file name %1%</source>
        <translation>nom du fichier %1%</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="71"/>
        <source>its title contains the resource&apos;s title</source>
        <translation>son titre contient le titre de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="75"/>
        <source>its title is part of the resource&apos;s title</source>
        <translation>son titre fait partie du titre de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="79"/>
        <source>the first page&apos;s title contains the resource&apos;s title</source>
        <translation>le titre de la première page contient le titre de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="85"/>
        <source>the first page&apos;s title is part of the resource&apos;s title</source>
        <translation>le titre de la première page fait partie du titre de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="91"/>
        <source>the file name contains the title</source>
        <translation>le nom du fichier contient le titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="95"/>
        <source>the file name is part of the title</source>
        <translation>le nom du fichier fait partie du titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="97"/>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="100"/>
        <source>already attached to this resource</source>
        <translation>déjà joint à cette ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="104"/>
        <source>the resource already has a local copy (%1); tick to replace it</source>
        <translation>la ressource a déjà une copie locale (%1) ; cochez pour la remplacer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="110"/>
        <source>the resource is also claimed by %1</source>
        <translation>la ressource est aussi revendiquée par %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="114"/>
        <source>also claimed by %1</source>
        <translation>aussi revendiquée par %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="118"/>
        <source>the same file as %1</source>
        <translation>le même fichier que %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="123"/>
        <source>not a document type the library keeps</source>
        <translation>pas un type de document que la bibliothèque conserve</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="127"/>
        <source>does not hold what a .%1 file holds</source>
        <translation>ne contient pas ce que contient un fichier .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="131"/>
        <source>is not a .%1 file</source>
        <translation>n&apos;est pas un fichier .%1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="135"/>
        <source>holds macros, so it is not kept</source>
        <translation>contient des macros, il n&apos;est donc pas conservé</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="139"/>
        <source>is not plain text</source>
        <translation>n&apos;est pas du texte brut</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="143"/>
        <source>a link that leads out of the folder, so it is not read</source>
        <translation>un lien qui mène hors du dossier, il n&apos;est donc pas lu</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="149"/>
        <source>a link to a folder, which is not followed</source>
        <translation>un lien vers un dossier, qui n&apos;est pas suivi</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="180"/>
        <source>Attach files from a folder</source>
        <translation>Joindre les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="185"/>
        <source>Include &amp;subfolders</source>
        <translation>Inclure les &amp;sous-dossiers</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="191"/>
        <source>Files in the folder</source>
        <translation>Fichiers du dossier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="193"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="204"/>
        <source>&amp;Resource for the selected file:</source>
        <translation>&amp;Ressource du fichier sélectionné :</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="207"/>
        <source>Resource for the selected file</source>
        <translation>Ressource du fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="212"/>
        <source>Type part of a title</source>
        <translation>Tapez une partie d&apos;un titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="251"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln associé</numerusform>
            <numerusform>%Ln associés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="252"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln ambigu</numerusform>
            <numerusform>%Ln ambigus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="253"/>
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sans correspondance</numerusform>
            <numerusform>%Ln sans correspondance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="254"/>
        <source>%Ln not documents</source>
        <translation>
            <numerusform>%Ln qui n’est pas un document</numerusform>
            <numerusform>%Ln qui ne sont pas des documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="257"/>
        <source>%Ln file(s) in %1: %2.</source>
        <translation>
            <numerusform>%Ln fichier dans %1 : %2.</numerusform>
            <numerusform>%Ln fichiers dans %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files in %2: %3 matched, %4 ambiguous, %5 unmatched, %6 not documents.</source>
        <translation type="vanished">%1 fichiers dans %2 : %3 associés, %4 ambigus, %5 sans correspondance, %6 qui ne sont pas des documents.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="262"/>
        <source>Only the first %1 files were read.</source>
        <translation>Seuls les %1 premiers fichiers ont été lus.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="270"/>
        <source>Matched (%1)</source>
        <translation>Associés (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="271"/>
        <source>Ambiguous: choose the resource (%1)</source>
        <translation>Ambigus : choisissez la ressource (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="272"/>
        <source>Unmatched: type a title to choose one (%1)</source>
        <translation>Sans correspondance : tapez un titre pour en choisir une (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="273"/>
        <source>Not documents, never attached (%1)</source>
        <translation>Pas des documents, jamais joints (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="304"/>
        <source>%Ln candidate(s), the first: %1</source>
        <translation>
            <numerusform>%Ln candidate, la première : %1</numerusform>
            <numerusform>%Ln candidates, la première : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="337"/>
        <source>&amp;Attach %Ln file(s)</source>
        <translation>
            <numerusform>&amp;Joindre %Ln fichier</numerusform>
            <numerusform>&amp;Joindre %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="446"/>
        <source>“%1” and “%2” are both ticked for one resource: untick one.</source>
        <translation>« %1 » et « %2 » sont cochés pour la même ressource : décochez-en un.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="18"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="19"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="20"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="21"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="22"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="27"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="28"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="35"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="45"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="39"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="46"/>
        <source>How</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="41"/>
        <location filename="../gui/dialogs/bulk_dialog.py" line="47"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="42"/>
        <source>values, separated by ;</source>
        <translation>valeurs, séparées par&#xa0;;</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="51"/>
        <source>%Ln resource(s) selected. Preview shows exactly what will change.</source>
        <translation>
            <numerusform>%Ln ressource sélectionnée. L&apos;aperçu montre exactement ce qui va changer.</numerusform>
            <numerusform>%Ln ressources sélectionnées. L&apos;aperçu montre exactement ce qui va changer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="79"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="80"/>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="81"/>
        <source>replace all with</source>
        <translation>tout remplacer par</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="94"/>
        <source>%Ln resource(s) will change.</source>
        <translation>
            <numerusform>%Ln ressource va changer.</numerusform>
            <numerusform>%Ln ressources vont changer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources selected. Preview shows exactly what will change.</source>
        <translation type="vanished">%1 ressources sélectionnées. L&apos;aperçu montre exactement ce qui va changer.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="57"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/bulk_dialog.py" line="76"/>
        <source>set to</source>
        <translation>remplacer par</translation>
    </message>
    <message>
        <source>%1 resources will change.</source>
        <translation type="vanished">%1 ressources vont changer.</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="130"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="132"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="133"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="134"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="148"/>
        <source>%Ln resource(s) need attention. Double-click one to edit it.</source>
        <translation>
            <numerusform>%Ln ressource demande votre attention. Double-cliquez dessus pour la modifier.</numerusform>
            <numerusform>%Ln ressources demandent votre attention. Double-cliquez sur l&apos;une d&apos;elles pour la modifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources need attention. Double-click one to edit it.</source>
        <translation type="vanished">%1 ressources demandent votre attention. Double-cliquez sur l&apos;une d&apos;elles pour la modifier.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="18"/>
        <source>Changed elsewhere meanwhile</source>
        <translation>Modifiée ailleurs entre-temps</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="20"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="21"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="22"/>
        <source>Their version (saved)</source>
        <translation>L&apos;autre version (enregistrée)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="29"/>
        <source>Someone else saved this resource while you were editing it. Nothing has been overwritten. Keep your version, or take theirs (your edits are discarded).</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette ressource pendant que vous la modifiiez. Rien n&apos;a été écrasé. Gardez votre version ou prenez l&apos;autre (vos modifications seront alors abandonnées).</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="42"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/conflict_dialog.py" line="45"/>
        <source>Take &amp;theirs</source>
        <translation>&amp;Prendre l&apos;autre</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../gui/models/conflict_model.py" line="18"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="19"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="20"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="21"/>
        <source>Theirs</source>
        <translation>Version du paquet</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="22"/>
        <source>Take theirs</source>
        <translation>Prendre celle du paquet</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="29"/>
        <source>(deleted there)</source>
        <translation>(supprimée dans le paquet)</translation>
    </message>
    <message>
        <location filename="../gui/models/conflict_model.py" line="55"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../gui/strings.py" line="26"/>
        <source>Waiting for another program to finish the search index</source>
        <translation>En attente d&apos;un autre programme qui termine l&apos;index de recherche</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="27"/>
        <source>Search index ready</source>
        <translation>Index de recherche prêt</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="28"/>
        <source>Building the search index</source>
        <translation>Construction de l&apos;index de recherche</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="29"/>
        <source>Writing resources…</source>
        <translation>Écriture des ressources…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="30"/>
        <source>Merging resources…</source>
        <translation>Fusion des ressources…</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../gui/curator_mode.py" line="79"/>
        <source>Curator &amp;mode…</source>
        <translation>&amp;Mode documentaliste…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="161"/>
        <source>&amp;Curate</source>
        <translation>&amp;Gestion</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="169"/>
        <source>&amp;New resource…</source>
        <translation>&amp;Nouvelle ressource…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="170"/>
        <source>&amp;Edit resource…</source>
        <translation>Modifier la &amp;ressource…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="171"/>
        <source>D&amp;uplicate resource…</source>
        <translation>D&amp;upliquer la ressource…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="173"/>
        <source>Move to &amp;trash</source>
        <translation>Placer dans la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="180"/>
        <source>&amp;History of this resource…</source>
        <translation>&amp;Historique de cette ressource…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="181"/>
        <source>&amp;Bulk edit selection…</source>
        <translation>Modification &amp;groupée de la sélection…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="182"/>
        <source>T&amp;rash…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="183"/>
        <source>&amp;Vocabulary and thesaurus…</source>
        <translation>V&amp;ocabulaire et thésaurus…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="184"/>
        <source>&amp;Completeness…</source>
        <translation>Comp&amp;létude…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="185"/>
        <source>&amp;Attach files from a folder…</source>
        <translation>&amp;Joindre les fichiers d&apos;un dossier…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="187"/>
        <source>Library &amp;settings…</source>
        <translation>&amp;Paramètres de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="189"/>
        <source>&amp;Lock (back to reader mode)</source>
        <translation>&amp;Verrouiller (retour au mode lecteur)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="201"/>
        <source>Curator mode: editing is on</source>
        <translation>Mode documentaliste&#xa0;: modification activée</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="220"/>
        <location filename="../gui/curator_mode.py" line="225"/>
        <source>Curator mode</source>
        <translation>Mode documentaliste</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="226"/>
        <source>Curator password:</source>
        <translation>Mot de passe documentaliste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="299"/>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="311"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="328"/>
        <source>These resources look like the one you are adding:

%1

Add it anyway?</source>
        <translation>Ces ressources ressemblent à celle que vous ajoutez&#xa0;:

%1

L&apos;ajouter quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="337"/>
        <source>Added “%1”</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="357"/>
        <source>Saved “%1”</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/curator_mode.py" line="376"/>
        <source>Moved %Ln resource(s) to the trash (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%Ln ressource placée dans la corbeille (Ctrl+Z pour annuler)</numerusform>
            <numerusform>%Ln ressources placées dans la corbeille (Ctrl+Z pour annuler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation type="vanished">%1 placée(s) dans la corbeille (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="391"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/curator_mode.py" line="392"/>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="85"/>
        <source>Resource details</source>
        <translation>Détails de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="92"/>
        <source>Resource details text</source>
        <translation>Texte des détails de la ressource</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="100"/>
        <location filename="../gui/panes/detail_pane.py" line="101"/>
        <source>Copy citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="153"/>
        <source>Select a resource to see its details.</source>
        <translation>Sélectionnez une ressource pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="176"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="182"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="184"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="186"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="189"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="191"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="193"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="228"/>
        <source>Found in the document</source>
        <translation>Trouvé dans le document</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="230"/>
        <source>Found in the document · p. %1</source>
        <translation>Trouvé dans le document · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="234"/>
        <source>Open at page %1</source>
        <translation>Ouvrir à la page %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/detail_pane.py" line="262"/>
        <source>Citation copied</source>
        <translation>Référence copiée</translation>
    </message>
</context>
<context>
    <name>DocumentHits</name>
    <message>
        <location filename="../gui/document_hits.py" line="67"/>
        <source>The words are on page %1.</source>
        <translation>Les mots sont à la page %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTextLine</name>
    <message>
        <location filename="../gui/text_extraction.py" line="48"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="57"/>
        <source>Document text: reading…</source>
        <translation>Texte du document : lecture…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="59"/>
        <source>Document text: not read yet</source>
        <translation>Texte du document : pas encore lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="65"/>
        <source>Document text: %Ln page(s)</source>
        <translation>
            <numerusform>Texte du document : %Ln page</numerusform>
            <numerusform>Texte du document : %Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="68"/>
        <source>Document text: none.</source>
        <translation>Texte du document : aucun.</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="70"/>
        <source>Document text: could not be read.</source>
        <translation>Texte du document : illisible.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="32"/>
        <source>PDF handout</source>
        <translation>Document PDF à distribuer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="33"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="38"/>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="39"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="44"/>
        <source>JSON (full records)</source>
        <translation>JSON (notices complètes)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="50"/>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="51"/>
        <source>RIS files (*.ris)</source>
        <translation>Fichiers RIS (*.ris)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="56"/>
        <source>BibTeX (JabRef, LaTeX)</source>
        <translation>BibTeX (JabRef, LaTeX)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="57"/>
        <source>BibTeX files (*.bib)</source>
        <translation>Fichiers BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="75"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="89"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="92"/>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="94"/>
        <source>Selected resources (%n)</source>
        <translation>
            <numerusform>Ressource sélectionnée (%n)</numerusform>
            <numerusform>Ressources sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="95"/>
        <source>Current results (%n)</source>
        <translation>
            <numerusform>Résultat actuel (%n)</numerusform>
            <numerusform>Résultats actuels (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="97"/>
        <source>Reading list: %1</source>
        <translation>Liste de lecture&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="98"/>
        <source>The whole library (%n)</source>
        <translation>
            <numerusform>Toute la bibliothèque (%n)</numerusform>
            <numerusform>Toute la bibliothèque (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="107"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="110"/>
        <source>Child protection resources</source>
        <translation>Ressources pour la protection de l&apos;enfance</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="116"/>
        <source>Handout title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="117"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="119"/>
        <source>QR code for each link</source>
        <translation>Code QR pour chaque lien</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="121"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="122"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="123"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="124"/>
        <source>Handout</source>
        <translation>Document à distribuer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="134"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="135"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/export_dialog.py" line="139"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>FacetDialog</name>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="95"/>
        <source>%1: all values</source>
        <translation>%1&#xa0;: toutes les valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="102"/>
        <source>Filter values</source>
        <translation>Filtrer les valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="106"/>
        <source>Sort values</source>
        <translation>Trier les valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="107"/>
        <source>Most resources first</source>
        <translation>Les plus fréquentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="108"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="109"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Trier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="113"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="132"/>
        <source>&amp;Include</source>
        <translation>&amp;Inclure</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="133"/>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="134"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="220"/>
        <source>%1 of %2 values</source>
        <translation>%1 valeurs sur %2</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="222"/>
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="225"/>
        <source>%1 included</source>
        <translation>Incluses&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/facet_dialog.py" line="227"/>
        <source>%1 excluded</source>
        <translation>Exclues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../gui/models/facet_model.py" line="112"/>
        <source>More… (%1 matches)</source>
        <translation>Plus… (%1 correspondances)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="66"/>
        <location filename="../gui/models/facet_model.py" line="122"/>
        <source>More… (%1)</source>
        <translation>Plus… (%1)</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="211"/>
        <source>%s: no match</source>
        <translation>%s&#xa0;: aucune correspondance</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="212"/>
        <source>%s: none in these results</source>
        <translation>%s&#xa0;: absent des résultats</translation>
    </message>
    <message>
        <source>not </source>
        <translation type="vanished">sauf </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="241"/>
        <source>, included</source>
        <translation>, inclus</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="243"/>
        <source>, excluded</source>
        <translation>, exclu</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">ressources</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="39"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="40"/>
        <source>Region / country</source>
        <translation>Région / pays</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="43"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="44"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="236"/>
        <source>not %1</source>
        <translation>sauf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/models/facet_model.py" line="247"/>
        <source>%1, %Ln resource(s)</source>
        <translation>
            <numerusform>%1, %Ln ressource</numerusform>
            <numerusform>%1, %Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, expanded</source>
        <translation>, développé</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="251"/>
        <source>, collapsed</source>
        <translation>, réduit</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="261"/>
        <source>checked</source>
        <translation>coché</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="263"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="265"/>
        <source>not checked</source>
        <translation>non coché</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="269"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="274"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="292"/>
        <source>Click to include, Ctrl+click or right-click to exclude</source>
        <translation>Cliquez pour inclure&#xa0;; Ctrl+clic ou clic droit pour exclure</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_model.py" line="294"/>
        <source>All values: filter, sort, include or exclude several at once</source>
        <translation>Toutes les valeurs&#xa0;: filtrer, trier, inclure ou exclure plusieurs valeurs à la fois</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="71"/>
        <source>Filter facet values…</source>
        <translation>Filtrer les valeurs des facettes…</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="72"/>
        <source>Filter facet values</source>
        <translation>Filtrer les valeurs des facettes</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="81"/>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="264"/>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="265"/>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location filename="../gui/panes/facet_sidebar.py" line="315"/>
        <source>Under %1</source>
        <translation>Sous %1</translation>
    </message>
</context>
<context>
    <name>FacetValuesModel</name>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="69"/>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, included</source>
        <translation>, inclus</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="137"/>
        <source>, excluded</source>
        <translation>, exclu</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>checked</source>
        <translation>coché</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="140"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="141"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../gui/models/facet_values_model.py" line="143"/>
        <source>not checked</source>
        <translation>non coché</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../gui/strings.py" line="41"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="42"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="43"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="44"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="45"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="46"/>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="47"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="100"/>
        <source>NOT %1: %2</source>
        <translation>SAUF %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="102"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="37"/>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="43"/>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="45"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="46"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="91"/>
        <source>Reading list: %1</source>
        <translation>Liste de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="93"/>
        <source>Show the whole library again</source>
        <translation>Afficher de nouveau toute la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="99"/>
        <source>NOT </source>
        <translation>SAUF </translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="112"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/filters_bar.py" line="113"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>FindingMore</name>
    <message>
        <location filename="../gui/finding_more.py" line="69"/>
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../gui/finding_more.py" line="71"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <location filename="../gui/pdf/labels.py" line="29"/>
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation>
            <numerusform>%Ln ressource · document réalisé le %1 avec %2</numerusform>
            <numerusform>%Ln ressources · document réalisé le %1 avec %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="53"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="54"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="55"/>
        <source>%1 — page %2</source>
        <translation>%1 — page %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="63"/>
        <source>Reading list: %1</source>
        <translation>Liste de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="66"/>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="72"/>
        <source>Not %1: %2</source>
        <translation>Sauf %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="75"/>
        <source>Selected resources</source>
        <translation>Ressources sélectionnées</translation>
    </message>
    <message>
        <location filename="../gui/pdf/labels.py" line="76"/>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="153"/>
        <source>%1: cannot write the PDF here</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le PDF à cet endroit</translation>
    </message>
    <message>
        <location filename="../gui/pdf/renderer.py" line="272"/>
        <source>the folder %1 does not exist or cannot be written</source>
        <translation>le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="24"/>
        <source>%1 (undone)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="32"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="33"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="34"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="35"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="36"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="38"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="41"/>
        <source>&amp;Revert to after this change</source>
        <translation>&amp;Revenir à l&apos;état après cette modification</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="35"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="44"/>
        <source>Columns (which field each column fills)</source>
        <translation>Colonnes (champ rempli par chaque colonne)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="48"/>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="49"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="53"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="55"/>
        <source>&amp;Apply column choices</source>
        <translation>&amp;Appliquer le choix des colonnes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="59"/>
        <source>Entries already in the library</source>
        <translation>Entrées déjà présentes dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="60"/>
        <source>&amp;Skip them</source>
        <translation>Les i&amp;gnorer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="62"/>
        <source>&amp;Merge them in (fill empty fields, add topics, countries, names)</source>
        <translation>Les &amp;fusionner (remplir les champs vides, ajouter thèmes, pays, noms)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="74"/>
        <location filename="../gui/dialogs/import_preview.py" line="75"/>
        <source>What the import found</source>
        <translation>Ce que l&apos;importation a trouvé</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="86"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="97"/>
        <source>There is nothing new to add.</source>
        <translation>Il n&apos;y a rien de nouveau à ajouter.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="109"/>
        <source>Already in the library (%1)</source>
        <translation>Déjà dans la bibliothèque (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="111"/>
        <source>Duplicates (%1 in the library, %2 within the file)</source>
        <translation>Doublons (%1 dans la bibliothèque, %2 dans le fichier)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="114"/>
        <source>New vocabulary terms (%1)</source>
        <translation>Nouveaux termes du vocabulaire (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="115"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116"/>
        <source>Notes (%1)</source>
        <translation>Remarques (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/i18n.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../gui/i18n.py" line="124"/>
        <source>The window will be in %1 the next time you start %2.</source>
        <translation>Langue choisie&#xa0;: %1. Elle s&apos;appliquera au prochain démarrage de %2.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <location filename="../gui/library_opener.py" line="37"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="19"/>
        <source>Library settings</source>
        <translation>Paramètres de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="21"/>
        <source>Hide staff-only resources in reader mode</source>
        <translation>Masquer les ressources réservées au personnel en mode lecteur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="26"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="27"/>
        <source>Lock curator mode after idle minutes</source>
        <translation>Verrouiller le mode documentaliste après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/library_settings.py" line="29"/>
        <source>Lock curator mode after</source>
        <translation>Verrouiller le mode documentaliste après</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../gui/links.py" line="33"/>
        <source>The local copy cannot be opened: %1.</source>
        <translation>Impossible d&apos;ouvrir la copie locale&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="48"/>
        <source>This link (%1) cannot be opened: only web (http, https) and e-mail links are opened.</source>
        <translation>Impossible d&apos;ouvrir ce lien (%1)&#xa0;: seuls les liens web (http, https) et de courriel sont ouverts.</translation>
    </message>
    <message>
        <location filename="../gui/links.py" line="59"/>
        <source>This link opens in your web browser and leaves the offline library. It needs an internet connection.

Open it?</source>
        <translation>Ce lien s&apos;ouvre dans votre navigateur web, en dehors de la bibliothèque hors ligne. Il nécessite une connexion Internet.

L&apos;ouvrir&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="109"/>
        <location filename="../gui/main_window.py" line="242"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="307"/>
        <source>%Ln resource(s) · search took %1 ms</source>
        <translation>
            <numerusform>%Ln ressource · recherche en %1 ms</numerusform>
            <numerusform>%Ln ressources · recherche en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="309"/>
        <source>No resources · search took %1 ms</source>
        <translation>Aucune ressource · recherche en %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="415"/>
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>%Ln référence copiée</numerusform>
            <numerusform>%Ln références copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">ressources</translation>
    </message>
    <message>
        <source> · search took %1 ms</source>
        <translation type="vanished"> · recherche en %1 ms</translation>
    </message>
    <message>
        <source>citation copied</source>
        <translation type="vanished">référence copiée</translation>
    </message>
    <message>
        <source>citations copied</source>
        <translation type="vanished">références copiées</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="423"/>
        <source> [curator]</source>
        <translation> [documentaliste]</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="96"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="103"/>
        <source>Copy &amp;citation</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="109"/>
        <source>Go to results &amp;list</source>
        <translation>&amp;Aller à la liste des résultats</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="113"/>
        <source>Clear all &amp;filters</source>
        <translation>Effacer tous les &amp;filtres</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="118"/>
        <location filename="../gui/menus.py" line="122"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../gui/menus.py" line="128"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
</context>
<context>
    <name>ManageListsDialog</name>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="56"/>
        <source>Manage reading lists</source>
        <translation>Gérer les listes de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="64"/>
        <source>Reading lists</source>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="68"/>
        <source>Items of the reading list, in order</source>
        <translation>Éléments de la liste de lecture, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="70"/>
        <source>Ctrl+Up and Ctrl+Down move an item; Delete removes it</source>
        <translation>Ctrl+Haut et Ctrl+Bas déplacent un élément&#xa0;; Suppr le retire</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="80"/>
        <source>Note on this item, for the handout</source>
        <translation>Note sur cet élément, pour le document à distribuer</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="81"/>
        <source>A short note for the handout (optional)</source>
        <translation>Une courte note pour le document à distribuer (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="100"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="101"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="102"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="104"/>
        <source>&amp;Show in window</source>
        <translation>Afficher dans la &amp;fenêtre</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="105"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="106"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="107"/>
        <source>Re&amp;move from list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="110"/>
        <source>Reading lists:</source>
        <translation>Listes de lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="117"/>
        <source>Items:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="124"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="205"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="215"/>
        <source>Items of “%1”:</source>
        <translation>Éléments de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>New reading list</source>
        <translation>Nouvelle liste de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="262"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>Rename reading list</source>
        <translation>Renommer la liste de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="273"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists/manage_dialog.py" line="308"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="41"/>
        <location filename="../gui/dialogs/open_library_dialog.py" line="98"/>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="51"/>
        <source>Library file or server URL</source>
        <translation>Fichier de bibliothèque ou URL du serveur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="52"/>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="59"/>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="60"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="62"/>
        <source>A library file, or a catalogue on a PostgreSQL server: %1</source>
        <translation>Un fichier de bibliothèque, ou un catalogue sur un serveur PostgreSQL&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="73"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="78"/>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="81"/>
        <source>Server &amp;password:</source>
        <translation>Mot de &amp;passe du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="100"/>
        <source>Libraries (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bibliothèques (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="115"/>
        <source>Name a library file or a server&apos;s URL.</source>
        <translation>Indiquez un fichier de bibliothèque ou l&apos;URL d&apos;un serveur.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/open_library_dialog.py" line="124"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="26"/>
        <source>Import collection pack</source>
        <translation>Importer un paquet de collection</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="34"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="51"/>
        <source>Changed on both sides since the last exchange: tick what to take from the pack; everything else keeps this library&apos;s version.</source>
        <translation>Modifié des deux côtés depuis le dernier échange&#xa0;: cochez ce qu&apos;il faut reprendre du paquet&#xa0;; tout le reste garde la version de cette bibliothèque.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="55"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="59"/>
        <source>Keep all &amp;mine</source>
        <translation>&amp;Garder toutes les miennes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="61"/>
        <source>Take all &amp;theirs</source>
        <translation>&amp;Prendre toutes celles du paquet</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pack_preview.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ReadingListsMenu</name>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="57"/>
        <source>&amp;Reading lists</source>
        <translation>&amp;Listes de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="61"/>
        <source>&amp;Add selection to reading list…</source>
        <translation>&amp;Ajouter la sélection à une liste de lecture…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="67"/>
        <source>&amp;Open reading list</source>
        <translation>&amp;Ouvrir une liste de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="71"/>
        <source>&amp;Manage reading lists…</source>
        <translation>&amp;Gérer les listes de lecture…</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="78"/>
        <source>Show the &amp;whole library</source>
        <translation>Afficher &amp;toute la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="90"/>
        <source>Add to reading list</source>
        <translation>Ajouter à une liste de lecture</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="91"/>
        <source>Add %Ln resource(s) to the reading list:</source>
        <translation>
            <numerusform>Ajouter %Ln ressource à la liste de lecture&#xa0;:</numerusform>
            <numerusform>Ajouter %Ln ressources à la liste de lecture&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="110"/>
        <source>%Ln added to %2</source>
        <translation>
            <numerusform>%Ln ajoutée à %2</numerusform>
            <numerusform>%Ln ajoutées à %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="114"/>
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln y figurait déjà)</numerusform>
            <numerusform> (%Ln y figuraient déjà)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the reading list:</source>
        <translation type="vanished">Ajouter %1 à la liste de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">ressources</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation type="vanished">%1 ajoutée(s) à %2</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="112"/>
        <source>Already in %2</source>
        <translation>Déjà dans %2</translation>
    </message>
    <message>
        <source> (%3 already in it)</source>
        <translation type="vanished"> (%3 y figuraient déjà)</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="146"/>
        <source>Reading list</source>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="175"/>
        <source>Showing all of “%1”: the search “%2” was cleared</source>
        <translation>Affichage de toute la liste «&#xa0;%1&#xa0;»&#xa0;: la recherche «&#xa0;%2&#xa0;» a été effacée</translation>
    </message>
    <message>
        <location filename="../gui/reading_lists_menu.py" line="180"/>
        <source>Showing all of “%1”: the filters were cleared</source>
        <translation>Affichage de toute la liste «&#xa0;%1&#xa0;»&#xa0;: les filtres ont été effacés</translation>
    </message>
</context>
<context>
    <name>RecentSearchesMenu</name>
    <message>
        <location filename="../gui/recent_searches.py" line="135"/>
        <source>&amp;Recent searches</source>
        <translation>Recherches &amp;récentes</translation>
    </message>
    <message>
        <location filename="../gui/recent_searches.py" line="145"/>
        <source>&amp;Clear recent searches</source>
        <translation>&amp;Effacer les recherches récentes</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../gui/dialogs/editor.py" line="110"/>
        <source>&amp;Local copy</source>
        <translation>Copie &amp;locale</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="156"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="160"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="164"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="168"/>
        <source>&amp;Authors</source>
        <translation>&amp;Auteurs</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="171"/>
        <source>To&amp;pics</source>
        <translation>Thè&amp;mes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="176"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="180"/>
        <source>&amp;Date (2017, 2017-10 or 2017-10-26)</source>
        <translation>&amp;Date (2017, 2017-10 ou 2017-10-26)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="182"/>
        <source>&amp;Link</source>
        <translation>L&amp;ien</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="183"/>
        <source>La&amp;nguage code</source>
        <translation>&amp;Code de langue</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="188"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="189"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="190"/>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="192"/>
        <source>A&amp;udience</source>
        <translation>P&amp;ublic</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="194"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="198"/>
        <source>Trashed</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="200"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="201"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="202"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="203"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="204"/>
        <source>E&amp;xcerpt</source>
        <translation>E&amp;xtrait</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="205"/>
        <source>Curator notes</source>
        <translation>Notes du documentaliste</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="206"/>
        <source>Curator &amp;notes</source>
        <translation>&amp;Notes du documentaliste</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="210"/>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="214"/>
        <source>Why it needs review</source>
        <translation>Pourquoi il faut la vérifier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="215"/>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="218"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="228"/>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="229"/>
        <source>none: only the link</source>
        <translation>aucune&#xa0;: seulement le lien</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="230"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="232"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="251"/>
        <source>Attach a local copy</source>
        <translation>Joindre une copie locale</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="290"/>
        <source>a title is required</source>
        <translation>un titre est obligatoire</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="294"/>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays connu</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="302"/>
        <source>Cannot save yet: </source>
        <translation>Enregistrement impossible pour l&apos;instant&#xa0;: </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="315"/>
        <source>New topic “%1” — did you mean “%2”?</source>
        <translation>Nouveau thème «&#xa0;%1&#xa0;» — vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="316"/>
        <source>New topic “%1” will be created.</source>
        <translation>Le nouveau thème «&#xa0;%1&#xa0;» sera créé.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="317"/>
        <source>New organisation “%1” — did you mean “%2”?</source>
        <translation>Nouvelle organisation «&#xa0;%1&#xa0;» — vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="318"/>
        <source>New organisation “%1” will be created.</source>
        <translation>La nouvelle organisation «&#xa0;%1&#xa0;» sera créée.</translation>
    </message>
    <message>
        <source>New %1 “%2” — did you mean “%3”?</source>
        <translation type="vanished">Nouvelle valeur «&#xa0;%2&#xa0;» (%1) — vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>New %1 “%2” will be created.</source>
        <translation type="vanished">Nouvelle valeur «&#xa0;%2&#xa0;» (%1)&#xa0;: elle sera créée.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="342"/>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/editor.py" line="355"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <location filename="../gui/strings.py" line="60"/>
        <source>Report / publication</source>
        <translation>Rapport / publication</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="61"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="62"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="63"/>
        <source>Infographic</source>
        <translation>Infographie</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="64"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="65"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="66"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="67"/>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="68"/>
        <source>Legislation review</source>
        <translation>Analyse de la législation</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="69"/>
        <source>Training material</source>
        <translation>Support de formation</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="70"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../gui/result_actions.py" line="52"/>
        <source>“%1” has no link or local copy to open.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a ni lien ni copie locale à ouvrir.</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="61"/>
        <source>Add to reading &amp;list</source>
        <translation>Ajouter à une &amp;liste de lecture</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="68"/>
        <source>&amp;New list…</source>
        <translation>&amp;Nouvelle liste…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="71"/>
        <source>Copy &amp;citation</source>
        <translation>Copier la &amp;référence</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../gui/result_actions.py" line="84"/>
        <source>Show &amp;similar</source>
        <translation>Afficher les ressources &amp;similaires</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="215"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="251"/>
        <source>Also in the document</source>
        <translation>Aussi dans le document</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="252"/>
        <source>Also in the document · p. %1</source>
        <translation>Aussi dans le document · p. %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="254"/>
        <source>Found in the document: </source>
        <translation>Trouvé dans le document : </translation>
    </message>
    <message>
        <location filename="../gui/panes/result_delegate.py" line="255"/>
        <source>Found in the document · p. %1: </source>
        <translation>Trouvé dans le document · p. %1 : </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../gui/models/results_model.py" line="140"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="149"/>
        <source>Found in the document, page %1: %2</source>
        <translation>Trouvé dans le document, page %1 : %2</translation>
    </message>
    <message>
        <location filename="../gui/models/results_model.py" line="176"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../gui/panes/results_pane.py" line="106"/>
        <source>Number of resources found</source>
        <translation>Nombre de ressources trouvées</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="109"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="vanished">Tri&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="147"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="176"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="vanished">ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="vanished">ressources</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="118"/>
        <source>S&amp;ort:</source>
        <translation>&amp;Trier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="200"/>
        <source>No resources</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/panes/results_pane.py" line="202"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln ressource</numerusform>
            <numerusform>%Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="214"/>
        <source>Showing results for %1.</source>
        <translation>Résultats affichés pour %1.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="218"/>
        <source>Search instead for %1</source>
        <translation>Rechercher plutôt %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="233"/>
        <source>No resources match “%1” with the filters you chose.</source>
        <translation>Aucune ressource ne correspond à «&#xa0;%1&#xa0;» avec les filtres choisis.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="237"/>
        <source>No resources match “%1”.</source>
        <translation>Aucune ressource ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="239"/>
        <source>This reading list is empty.</source>
        <translation>Cette liste de lecture est vide.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="242"/>
        <source>No resources yet: import a file or a collection pack (File ▸ Import…, File ▸ Import collection pack…, in curator mode).</source>
        <translation>Aucune ressource pour l&apos;instant&#xa0;: importez un fichier ou un paquet de collection (Fichier ▸ Importer…, Fichier ▸ Importer un paquet de collection…, en mode documentaliste).</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="246"/>
        <source>No resources match the filters you chose.</source>
        <translation>Aucune ressource ne correspond aux filtres choisis.</translation>
    </message>
    <message>
        <location filename="../gui/panes/results_pane.py" line="250"/>
        <source>Search for “%1” instead</source>
        <translation>Rechercher plutôt «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="22"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="23"/>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="24"/>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../gui/search_state.py" line="25"/>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPane</name>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="42"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="56"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="59"/>
        <location filename="../gui/panes/saved_searches_pane.py" line="63"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="143"/>
        <source>&amp;Run search</source>
        <translation>&amp;Lancer la recherche</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="144"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="145"/>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../gui/panes/saved_searches_pane.py" line="147"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPart</name>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <location filename="../gui/saved_searches_part.py" line="158"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="146"/>
        <source>Name for this search:</source>
        <translation>Nom de cette recherche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="159"/>
        <source>Replace the saved search “%1”?</source>
        <translation>Remplacer la recherche enregistrée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="177"/>
        <source>Saved the search “%1”</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="179"/>
        <source> (without the reading list)</source>
        <translation> (sans la liste de lecture)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="192"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="205"/>
        <source>Renamed the saved search to “%1”</source>
        <translation>Recherche enregistrée renommée en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="210"/>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="211"/>
        <source>Delete the saved search “%1”? The resources it finds stay.</source>
        <translation>Supprimer la recherche enregistrée «&#xa0;%1&#xa0;»&#xa0;? Les ressources qu&apos;elle trouve sont conservées.</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="226"/>
        <source>Deleted the saved search “%1”</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_part.py" line="238"/>
        <source>Export saved search</source>
        <translation>Exporter la recherche enregistrée</translation>
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
        <translation>Rechercher… ex. sexting, &quot;online safety&quot;, topic:Cybercrime, country:Cambodia, year:2015..2020, -legislation</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="39"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="55"/>
        <source>How the search was understood</source>
        <translation>Comment la recherche a été comprise</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="96"/>
        <source>Searched for: %1</source>
        <translation>Recherché&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/panes/search_bar.py" line="99"/>
        <source>Also searched: %1</source>
        <translation>Également recherché&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SharedCatalogue</name>
    <message>
        <location filename="../gui/shared_catalogue.py" line="71"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gui/shared_catalogue.py" line="182"/>
        <source>Offline: %1 cannot be reached; trying again in %2 s</source>
        <translation>Hors ligne&#xa0;: %1 est injoignable&#xa0;; nouvelle tentative dans %2&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/shared_catalogue.py" line="193"/>
        <source>Back online (%1): %Ln resource(s) changed meanwhile</source>
        <translation>
            <numerusform>De nouveau en ligne (%1)&#xa0;: %Ln ressource modifiée entre-temps</numerusform>
            <numerusform>De nouveau en ligne (%1)&#xa0;: %Ln ressources modifiées entre-temps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/similar_pane.py" line="39"/>
        <source>%1 · +%Ln more</source>
        <translation>
            <numerusform>%1 · +%Ln autre</numerusform>
            <numerusform>%1 · +%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="44"/>
        <location filename="../gui/panes/similar_pane.py" line="49"/>
        <location filename="../gui/panes/similar_pane.py" line="54"/>
        <source>Similar resources</source>
        <translation>Ressources similaires</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="67"/>
        <source>Select a resource to see similar ones.</source>
        <translation>Sélectionnez une ressource pour voir les ressources similaires.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="72"/>
        <source>Finding similar resources…</source>
        <translation>Recherche de ressources similaires…</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="82"/>
        <source>No similar resources.</source>
        <translation>Aucune ressource similaire.</translation>
    </message>
    <message>
        <location filename="../gui/panes/similar_pane.py" line="98"/>
        <source>close in its words</source>
        <translation>vocabulaire proche</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gui/strings.py" line="137"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="138"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="139"/>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="140"/>
        <source>Trashed</source>
        <translation>Dans la corbeille</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/panes/status_bar.py" line="17"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="20"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../gui/panes/status_bar.py" line="25"/>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../gui/dialogs/table_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../gui/task.py" line="28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TextExtraction</name>
    <message>
        <location filename="../gui/text_notes.py" line="32"/>
        <source>No text layer: scanned?</source>
        <translation>Pas de couche texte : document numérisé ?</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="102"/>
        <source>E&amp;xtract text from local copies…</source>
        <translation>E&amp;xtraire le texte des copies locales…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="148"/>
        <location filename="../gui/text_extraction.py" line="179"/>
        <source>Extract text</source>
        <translation>Extraire le texte</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="152"/>
        <source>No resource has a local copy yet.</source>
        <translation>Aucune ressource n&apos;a encore de copie locale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="157"/>
        <source>The text of every local copy has been read (%Ln file(s)). Read them all again?</source>
        <translation>
            <numerusform>Le texte de toutes les copies locales a déjà été lu (%Ln fichier). Tout relire ?</numerusform>
            <numerusform>Le texte de toutes les copies locales a déjà été lu (%Ln fichiers). Tout relire ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="254"/>
        <source>Curator mode was locked, so reading stopped.</source>
        <translation>Le mode documentaliste a été verrouillé : la lecture s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>The text of all %Ln local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>Le texte de la %Ln copie locale a déjà été lu. Le relire ?</numerusform>
            <numerusform>Le texte des %Ln copies locales a déjà été lu. Tout relire ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Reading the text of local copies…</source>
        <translation>Lecture du texte des copies locales…</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="176"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/text_extraction.py" line="211"/>
        <source>Reading text %1 of %2: %3</source>
        <translation>Lecture du texte %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>TextNotes</name>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="48"/>
        <source>Text read: %Ln page(s)</source>
        <translation>
            <numerusform>Texte lu : %Ln page</numerusform>
            <numerusform>Texte lu : %Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="51"/>
        <source>No text found</source>
        <translation>Aucun texte trouvé</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="53"/>
        <source>The file is missing from the library&apos;s files folder</source>
        <translation>Le fichier manque dans le dossier des fichiers de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="55"/>
        <source>Not read (cancelled)</source>
        <translation>Non lu (annulé)</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>Could not read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="56"/>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <location filename="../gui/text_notes.py" line="61"/>
        <source>%1: %2</source>
        <comment>a file&apos;s name: how reading its text went</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="69"/>
        <source>%Ln with text</source>
        <translation>
            <numerusform>%Ln avec texte</numerusform>
            <numerusform>%Ln avec texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="71"/>
        <source>%Ln without text</source>
        <translation>
            <numerusform>%Ln sans texte</numerusform>
            <numerusform>%Ln sans texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="73"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln illisible</numerusform>
            <numerusform>%Ln illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="77"/>
        <source>Read %Ln file(s): %1</source>
        <translation>
            <numerusform>%Ln fichier lu&#xa0;: %1</numerusform>
            <numerusform>%Ln fichiers lus&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln file(s)</source>
        <translation type="vanished">
            <numerusform>%Ln fichier lu</numerusform>
            <numerusform>%Ln fichiers lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="76"/>
        <source>; cancelled, %Ln left for later</source>
        <translation>
            <numerusform>; annulé, %Ln pour plus tard</numerusform>
            <numerusform>; annulé, %Ln pour plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without text (scanned?)</source>
        <translation type="vanished">
            <numerusform>%Ln sans texte (numérisée ?)</numerusform>
            <numerusform>%Ln sans texte (numérisées ?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation type="vanished">
            <numerusform>%Ln illisible</numerusform>
            <numerusform>%Ln illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="75"/>
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquante</numerusform>
            <numerusform>%Ln manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of %Ln local copy(ies) read</source>
        <translation type="vanished">
            <numerusform>Texte de %Ln copie locale lu</numerusform>
            <numerusform>Texte de %Ln copies locales lu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left for later (cancelled)</source>
        <translation type="vanished">
            <numerusform>; %Ln laissée pour plus tard (annulé)</numerusform>
            <numerusform>; %Ln laissées pour plus tard (annulé)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSummaryDialog</name>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="35"/>
        <source>Text of local copies</source>
        <translation>Texte des copies locales</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="43"/>
        <source>Nothing was read.</source>
        <translation>Rien n&apos;a été lu.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="51"/>
        <source>Files and how their text was read</source>
        <translation>Fichiers et lecture de leur texte</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/text_summary.py" line="53"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>TopicLabelsDialog</name>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="27"/>
        <source>Translations of “%1”</source>
        <translation>Traductions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="30"/>
        <source>The topic is shown by its label in the interface&apos;s language, and a search in any of these languages finds it. Leave a box empty to show the name “%1”.</source>
        <translation>Le thème s&apos;affiche avec son libellé dans la langue de l&apos;interface, et une recherche dans n&apos;importe laquelle de ces langues le trouve. Laissez une case vide pour afficher le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/topic_labels_dialog.py" line="45"/>
        <source>Label in %1</source>
        <translation>Libellé (%1)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../gui/transfers.py" line="156"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="81"/>
        <source>Exported %1 of %2…</source>
        <translation>Exportation&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="87"/>
        <source>Laid out %1 of %2…</source>
        <translation>Mise en page&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="93"/>
        <location filename="../gui/transfers.py" line="181"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../gui/strings.py" line="108"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resources to %1</source>
        <translation type="vanished">
            <numerusform>%n ressource exportée vers %1</numerusform>
            <numerusform>%n ressources exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="197"/>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Export collection pack</source>
        <translation>Exporter un paquet de collection</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="198"/>
        <source>Collection packs (*%1)</source>
        <translation>Paquets de collection (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="204"/>
        <source>Writing the pack…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resources to %1</source>
        <translation type="vanished">
            <numerusform>%n ressource écrite dans %1</numerusform>
            <numerusform>%n ressources écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="41"/>
        <source>Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;All files (*)</source>
        <translation>Fichiers de bibliothèque (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="95"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="97"/>
        <source>Export collection &amp;pack…</source>
        <translation>Exporter un &amp;paquet de collection…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="101"/>
        <source>Import collection pa&amp;ck…</source>
        <translation>Importer un paquet de &amp;collection…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="167"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="185"/>
        <source>Exported %Ln resource(s) to %1</source>
        <translation>
            <numerusform>%Ln ressource exportée vers %1</numerusform>
            <numerusform>%Ln ressources exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="208"/>
        <source>Wrote %Ln resource(s) to %1</source>
        <translation>
            <numerusform>%Ln ressource écrite dans %1</numerusform>
            <numerusform>%Ln ressources écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="214"/>
        <location filename="../gui/transfers.py" line="229"/>
        <location filename="../gui/transfers.py" line="269"/>
        <location filename="../gui/transfers.py" line="274"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="229"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="270"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="315"/>
        <location filename="../gui/transfers.py" line="323"/>
        <location filename="../gui/transfers.py" line="343"/>
        <location filename="../gui/transfers.py" line="350"/>
        <source>Import collection pack</source>
        <translation>Importer un paquet de collection</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="316"/>
        <source>Collection packs (*%1);;All files (*)</source>
        <translation>Paquets de collection (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="323"/>
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="344"/>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="362"/>
        <source>Read %1 entries…</source>
        <translation>%1 entrées lues…</translation>
    </message>
    <message>
        <location filename="../gui/transfers.py" line="366"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>Importation annulée&#xa0;; la bibliothèque est restée telle quelle.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="77"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="79"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="80"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="87"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="102"/>
        <source>%Ln resource(s) in the trash. Restored resources keep their tags.</source>
        <translation>
            <numerusform>%Ln ressource dans la corbeille. Les ressources restaurées gardent leurs étiquettes.</numerusform>
            <numerusform>%Ln ressources dans la corbeille. Les ressources restaurées gardent leurs étiquettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resources in the trash. Restored resources keep their tags.</source>
        <translation type="vanished">%1 ressources dans la corbeille. Les ressources restaurées gardent leurs étiquettes.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/curator_lists.py" line="115"/>
        <source>Delete everything in the trash for good?</source>
        <translation>Supprimer définitivement tout le contenu de la corbeille&#xa0;?</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="26"/>
        <source>Vocabulary and thesaurus</source>
        <translation>Vocabulaire et thésaurus</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="29"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="30"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="42"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="43"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="44"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="45"/>
        <source>Thesaurus</source>
        <translation>Thésaurus</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="51"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="52"/>
        <source>&amp;Alternative names…</source>
        <translation>&amp;Autres noms…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="54"/>
        <source>&amp;Broader topic…</source>
        <translation>&amp;Thème générique…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="57"/>
        <source>&amp;Translations…</source>
        <translation>Tra&amp;ductions…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="59"/>
        <source>Delete &amp;unused</source>
        <translation>Supprimer les termes in&amp;utilisés</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="60"/>
        <source>New synonym &amp;group…</source>
        <translation>Nouveau &amp;groupe de synonymes…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="74"/>
        <source>synonym group</source>
        <translation>groupe de synonymes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="112"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="124"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="138"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="125"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="139"/>
        <source>Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?</source>
        <translation>
            <numerusform>Transférer %Ln ressource de «&#xa0;%2&#xa0;» vers «&#xa0;%3&#xa0;» et supprimer «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
            <numerusform>Transférer %Ln ressources de «&#xa0;%2&#xa0;» vers «&#xa0;%3&#xa0;» et supprimer «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tag %1 resources from “%2” to “%3” and remove “%2”?</source>
        <translation type="vanished">Réétiqueter %1 ressources de «&#xa0;%2&#xa0;» vers «&#xa0;%3&#xa0;» et supprimer «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="157"/>
        <source>Synonym group</source>
        <translation>Groupe de synonymes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="158"/>
        <source>Equivalent terms, separated by ; (empty deletes the group):</source>
        <translation>Termes équivalents, séparés par&#xa0;; (vide&#xa0;: le groupe est supprimé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="168"/>
        <source>Alternative names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="169"/>
        <source>Other names that should find “%1” (separated by ;):</source>
        <translation>Autres noms qui doivent trouver «&#xa0;%1&#xa0;» (séparés par&#xa0;;)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="185"/>
        <source>(none: a top-level topic)</source>
        <translation>(aucun&#xa0;: thème de premier niveau)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="190"/>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="202"/>
        <source>Broader topic</source>
        <translation>Thème générique</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="191"/>
        <source>Put “%1” under:</source>
        <translation>Placer «&#xa0;%1&#xa0;» sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="203"/>
        <source>There is no topic “%1”.</source>
        <translation>Il n&apos;existe pas de thème «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>New synonym group</source>
        <translation>Nouveau groupe de synonymes</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="234"/>
        <source>Equivalent terms, separated by ;</source>
        <translation>Termes équivalents, séparés par&#xa0;;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../gui/worker.py" line="259"/>
        <source>The search index could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui/worker.py" line="336"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="39"/>
        <source>Resources by year</source>
        <translation>Ressources par année</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="57"/>
        <source>%1 to %2; drag across years to choose a range</source>
        <translation>De %1 à %2&#xa0;; faites glisser sur les années pour choisir une période</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="86"/>
        <source>No dated resources</source>
        <translation>Aucune ressource datée</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="127"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>YearRange</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="171"/>
        <source>Year range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="174"/>
        <source>From year</source>
        <translation>De l&apos;année</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="176"/>
        <source>To year</source>
        <translation>À l&apos;année</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="181"/>
        <location filename="../gui/panes/year_range.py" line="182"/>
        <source>Any year: clear the year range</source>
        <translation>Toutes les années&#xa0;: effacer la période</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../gui/panes/year_range.py" line="186"/>
        <source>&amp;to</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../gui/panes/year_range.py" line="146"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../gui/zoom.py" line="77"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="84"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../gui/zoom.py" line="90"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
</context>
</TS>
