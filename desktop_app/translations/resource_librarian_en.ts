<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation type="vanished">
            <numerusform>%Ln resource · made on %1 with %2</numerusform>
            <numerusform>%Ln resources · made on %1 with %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachFolder</name>
    <message numerus="yes">
        <location filename="../gui/attach_folder.py" line="146"/>
        <source>%Ln file(s) attached; text is being read</source>
        <translation>
            <numerusform>%Ln file attached; text is being read</numerusform>
            <numerusform>%Ln files attached; text is being read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachFolderDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="251"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln matched</numerusform>
            <numerusform>%Ln matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="252"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln ambiguous</numerusform>
            <numerusform>%Ln ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="253"/>
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln unmatched</numerusform>
            <numerusform>%Ln unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="254"/>
        <source>%Ln not documents</source>
        <translation>
            <numerusform>%Ln not a document</numerusform>
            <numerusform>%Ln not documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="257"/>
        <source>%Ln file(s) in %1: %2.</source>
        <translation>
            <numerusform>%Ln file in %1: %2.</numerusform>
            <numerusform>%Ln files in %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="304"/>
        <source>%Ln candidate(s), the first: %1</source>
        <translation>
            <numerusform>%Ln candidate, the first: %1</numerusform>
            <numerusform>%Ln candidates, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/attach_folder_dialog.py" line="337"/>
        <source>&amp;Attach %Ln file(s)</source>
        <translation>
            <numerusform>&amp;Attach %Ln file</numerusform>
            <numerusform>&amp;Attach %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="51"/>
        <source>%Ln resource(s) selected. Preview shows exactly what will change.</source>
        <translation>
            <numerusform>%Ln resource selected. Preview shows exactly what will change.</numerusform>
            <numerusform>%Ln resources selected. Preview shows exactly what will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/bulk_dialog.py" line="94"/>
        <source>%Ln resource(s) will change.</source>
        <translation>
            <numerusform>%Ln resource will change.</numerusform>
            <numerusform>%Ln resources will change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="148"/>
        <source>%Ln resource(s) need attention. Double-click one to edit it.</source>
        <translation>
            <numerusform>%Ln resource need attention. Double-click one to edit it.</numerusform>
            <numerusform>%Ln resources need attention. Double-click one to edit it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message numerus="yes">
        <location filename="../gui/curator_mode.py" line="376"/>
        <source>Moved %Ln resource(s) to the trash (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Moved %Ln resource to the trash (Ctrl+Z undoes)</numerusform>
            <numerusform>Moved %Ln resources to the trash (Ctrl+Z undoes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTextLine</name>
    <message numerus="yes">
        <source>Document text: %n page(s)</source>
        <translation type="vanished">
            <numerusform>Document text: %n page</numerusform>
            <numerusform>Document text: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="65"/>
        <source>Document text: %Ln page(s)</source>
        <translation>
            <numerusform>Document text: %Ln page</numerusform>
            <numerusform>Document text: %Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="94"/>
        <source>Selected resources (%n)</source>
        <translation>
            <numerusform>Selected resources (%n)</numerusform>
            <numerusform>Selected resources (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="95"/>
        <source>Current results (%n)</source>
        <translation>
            <numerusform>Current results (%n)</numerusform>
            <numerusform>Current results (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/export_dialog.py" line="98"/>
        <source>The whole library (%n)</source>
        <translation>
            <numerusform>The whole library (%n)</numerusform>
            <numerusform>The whole library (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../gui/models/facet_model.py" line="247"/>
        <source>%1, %Ln resource(s)</source>
        <translation>
            <numerusform>%1, %Ln resource</numerusform>
            <numerusform>%1, %Ln resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <location filename="../gui/pdf/labels.py" line="29"/>
        <source>%Ln resource(s) · made on %1 with %2</source>
        <translation>
            <numerusform>%Ln resource · made on %1 with %2</numerusform>
            <numerusform>%Ln resources · made on %1 with %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="307"/>
        <source>%Ln resource(s) · search took %1 ms</source>
        <translation>
            <numerusform>%Ln resource · search took %1 ms</numerusform>
            <numerusform>%Ln resources · search took %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="415"/>
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>%Ln citation copied</numerusform>
            <numerusform>%Ln citations copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingListsMenu</name>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="91"/>
        <source>Add %Ln resource(s) to the reading list:</source>
        <translation>
            <numerusform>Add %Ln resource to the reading list:</numerusform>
            <numerusform>Add %Ln resources to the reading list:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="110"/>
        <source>%Ln added to %2</source>
        <translation>
            <numerusform>%Ln added to %2</numerusform>
            <numerusform>%Ln added to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reading_lists_menu.py" line="114"/>
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln already in it)</numerusform>
            <numerusform> (%Ln already in it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/results_pane.py" line="202"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedCatalogue</name>
    <message numerus="yes">
        <location filename="../gui/shared_catalogue.py" line="193"/>
        <source>Back online (%1): %Ln resource(s) changed meanwhile</source>
        <translation>
            <numerusform>Back online (%1): %Ln resource changed meanwhile</numerusform>
            <numerusform>Back online (%1): %Ln resources changed meanwhile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message numerus="yes">
        <location filename="../gui/panes/similar_pane.py" line="39"/>
        <source>%1 · +%Ln more</source>
        <translation>
            <numerusform>%1 · +%Ln more</numerusform>
            <numerusform>%1 · +%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextExtraction</name>
    <message numerus="yes">
        <source>The text of all %n local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>The text of all %n local copy(ies) has been read. Read them all again?</numerusform>
            <numerusform>The text of all %n local copy(ies) has been read. Read them all again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of all %Ln local copy(ies) has been read. Read them all again?</source>
        <translation type="vanished">
            <numerusform>The text of all %Ln local copy(ies) has been read. Read them all again?</numerusform>
            <numerusform>The text of all %Ln local copy(ies) has been read. Read them all again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_extraction.py" line="157"/>
        <source>The text of every local copy has been read (%Ln file(s)). Read them all again?</source>
        <translation>
            <numerusform>The text of every local copy has been read (%Ln file). Read them all again?</numerusform>
            <numerusform>The text of every local copy has been read (%Ln files). Read them all again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextNotes</name>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="48"/>
        <source>Text read: %Ln page(s)</source>
        <translation>
            <numerusform>Text read: %Ln page</numerusform>
            <numerusform>Text read: %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="69"/>
        <source>%Ln with text</source>
        <translation>
            <numerusform>%Ln with text</numerusform>
            <numerusform>%Ln with text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="71"/>
        <source>%Ln without text</source>
        <translation>
            <numerusform>%Ln without text</numerusform>
            <numerusform>%Ln without text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="73"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln unreadable</numerusform>
            <numerusform>%Ln unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="77"/>
        <source>Read %Ln file(s): %1</source>
        <translation>
            <numerusform>Read %Ln file: %1</numerusform>
            <numerusform>Read %Ln files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln file(s)</source>
        <translation type="vanished">
            <numerusform>Read %Ln file</numerusform>
            <numerusform>Read %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="76"/>
        <source>; cancelled, %Ln left for later</source>
        <translation>
            <numerusform>; cancelled, %Ln left for later</numerusform>
            <numerusform>; cancelled, %Ln left for later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without text (scanned?)</source>
        <translation type="vanished">
            <numerusform>%Ln without text (scanned?)</numerusform>
            <numerusform>%Ln without text (scanned?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation type="vanished">
            <numerusform>%Ln could not be read</numerusform>
            <numerusform>%Ln could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/text_notes.py" line="75"/>
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of %Ln local copy(ies) read</source>
        <translation type="vanished">
            <numerusform>Text of %Ln local copy(ies) read</numerusform>
            <numerusform>Text of %Ln local copy(ies) read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left for later (cancelled)</source>
        <translation type="vanished">
            <numerusform>; %Ln left for later (cancelled)</numerusform>
            <numerusform>; %Ln left for later (cancelled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="185"/>
        <source>Exported %Ln resource(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln resource to %1</numerusform>
            <numerusform>Exported %Ln resources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers.py" line="208"/>
        <source>Wrote %Ln resource(s) to %1</source>
        <translation>
            <numerusform>Wrote %Ln resource to %1</numerusform>
            <numerusform>Wrote %Ln resources to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/curator_lists.py" line="102"/>
        <source>%Ln resource(s) in the trash. Restored resources keep their tags.</source>
        <translation>
            <numerusform>%Ln resource in the trash. Restored resources keep their tags.</numerusform>
            <numerusform>%Ln resources in the trash. Restored resources keep their tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/vocabulary_dialog.py" line="139"/>
        <source>Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?</source>
        <translation>
            <numerusform>Re-tag %Ln resource from “%2” to “%3” and remove “%2”?</numerusform>
            <numerusform>Re-tag %Ln resources from “%2” to “%3” and remove “%2”?</numerusform>
        </translation>
    </message>
</context>
</TS>
