<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>candor::DecisionDialog</name>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="19" />
        <source>Shortlist</source>
        <translation>Auf die Shortlist</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="21" />
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="23" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="27" />
        <source>Remove from shortlist</source>
        <translation>Von der Shortlist nehmen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="35" />
        <source>%1 @%2</source>
        <translation>%1: @%2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="37" />
        <source>Why? Your reason is stored with the decision, your name and the time.</source>
        <translation>Warum? Ihre Begründung wird mit der Entscheidung, Ihrem Namen und der Uhrzeit gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="40" />
        <source>ranked %1, outside the top %2</source>
        <translation>auf Platz %1, außerhalb der besten %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="41" />
        <source>not ranked for this campaign</source>
        <translation>für diese Kampagne nicht gerankt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="44" />
        <source>&lt;b&gt;This goes against the ranking&lt;/b&gt;: @%1 is in the top %2. Write why you reject it; the override is recorded.</source>
        <translation>&lt;b&gt;Das widerspricht dem Ranking&lt;/b&gt;: @%1 ist unter den besten %2. Schreiben Sie, warum Sie ablehnen; die Abweichung wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="48" />
        <source>&lt;b&gt;This goes against the ranking&lt;/b&gt;: @%1 is %2. Write why; the override is recorded and shown with the decision.</source>
        <translation>&lt;b&gt;Das widerspricht dem Ranking&lt;/b&gt;: @%1 ist %2. Schreiben Sie, warum; die Abweichung wird festgehalten und mit der Entscheidung angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="57" />
        <source>Justification (required)</source>
        <translation>Begründung der Abweichung (Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="57" />
        <source>Reason (required)</source>
        <translation>Begründung (Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="61" />
        <source>Ctrl+Return records the decision; Escape cancels</source>
        <translation>Strg+Eingabe speichert die Entscheidung, Escape bricht ab</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="78" />
        <source>Record (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="79" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>candor::FairnessDashboard</name>
    <message numerus="yes">
        <location filename="../ui/FairnessDashboard.cpp" line="324" />
        <source>&lt;br&gt;%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.</source>
        <translation>
            <numerusform>&lt;br&gt;%n Konto von Creatorn, die kein Profiling wünschen, ist weder im Ranking noch in dieser Prüfung.</numerusform><numerusform>&lt;br&gt;%n Konten von Creatorn, die kein Profiling wünschen, sind weder im Ranking noch in dieser Prüfung.</numerusform></translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="425" />
        <source>%n creator(s) erased; the undo history was cleared.</source>
        <translation>
            <numerusform>%n Creator gelöscht; der Rückgängig-Verlauf wurde geleert.</numerusform><numerusform>%n Creator gelöscht; der Rückgängig-Verlauf wurde geleert.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474" />
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476" />
        <source>&amp;Import Creators…</source>
        <translation>Creator &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481" />
        <source>Import A&amp;udiences…</source>
        <translation>&amp;Zielgruppen importieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485" />
        <source>Import Self-declared A&amp;ttributes…</source>
        <translation>Selbstangaben i&amp;mportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487" />
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497" />
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523" />
        <source>Ca&amp;mpaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524" />
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530" />
        <source>&amp;Edit Campaign…</source>
        <translation>Kampagne &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535" />
        <source>&amp;Duplicate Campaign</source>
        <translation>Kampagne &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537" />
        <source>De&amp;lete Campaign…</source>
        <translation>Kampagne &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539" />
        <source>&amp;Approve Shortlist…</source>
        <translation>Shortlist &amp;freigeben …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543" />
        <source>&amp;Candidate</source>
        <translation>Ka&amp;ndidat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550" />
        <source>&amp;Shortlist…</source>
        <translation>Auf die &amp;Shortlist …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551" />
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552" />
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553" />
        <source>Remove from Short&amp;list…</source>
        <translation>Von der Short&amp;list nehmen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="557" />
        <source> Campaign: </source>
        <translation> Kampagne: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572" />
        <source>&amp;New Creator…</source>
        <translation>&amp;Neuer Creator …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="578" />
        <source>&amp;Edit Figures…</source>
        <translation>&amp;Zahlen bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="583" />
        <source>&amp;Merge Selected Creators…</source>
        <translation>Ausgewählte Creator &amp;zusammenführen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586" />
        <source>&amp;Delete Creator…</source>
        <translation>Creator &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="589" />
        <source>Do &amp;Not Profile…</source>
        <translation>&amp;Kein Profiling …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="594" />
        <source>E&amp;rase Creator…</source>
        <translation>Creator &amp;restlos löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="604" />
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="613" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614" />
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616" />
        <source>&amp;Fairness Dashboard</source>
        <translation>&amp;Fairness-Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="621" />
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="626" />
        <source>Pri&amp;vacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="631" />
        <source>&amp;Ethics Policy</source>
        <translation>&amp;Ethikrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642" />
        <source>&amp;Weights and Filters Panel</source>
        <translation>&amp;Gewichte und Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="644" />
        <source>Candidate &amp;Details Pane</source>
        <translation>Kandidaten&amp;details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="659" />
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674" />
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677" />
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="679" />
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1572" />
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1650" />
        <source> · %n account(s) not profiled at their creator's request</source>
        <translation>
            <numerusform> · %n Konto auf Wunsch des Creators ohne Profiling</numerusform><numerusform> · %n Konten auf Wunsch der Creator ohne Profiling</numerusform></translation>
    </message>
</context>
<context>
    <name>candor::PrivacyView</name>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="231" />
        <source>For %n creator(s) selected.</source>
        <translation>
            <numerusform>Für %n ausgewählten Creator.</numerusform><numerusform>Für %n ausgewählte Creator.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="287" />
        <source>The data of %n creator(s) is still needed; its retention starts again today. Why?</source>
        <translation>
            <numerusform>Die Daten von %n Creator werden noch gebraucht; ihre Aufbewahrung beginnt heute neu. Warum?</numerusform><numerusform>Die Daten von %n Creatorn werden noch gebraucht; ihre Aufbewahrung beginnt heute neu. Warum?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="301" />
        <source>%n consent(s) given again by the creator.</source>
        <translation>
            <numerusform>%n Einwilligung erneut vom Creator gegeben.</numerusform><numerusform>%n Einwilligungen erneut vom Creator gegeben.</numerusform></translation>
    </message>
</context>
<context>
    <name>candor::RankingModel</name>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="399" />
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="399" />
        <source>Handle</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="399" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="400" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="400" />
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="400" />
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="401" />
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="401" />
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="401" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="402" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="402" />
        <source>Not ranked because</source>
        <translation>Nicht gerankt, weil</translation>
    </message>
</context>
<context>
    <name>candor::privacyActions</name>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="39" />
        <source>Erase %n creator(s): every row about them, their personal details in the history and rejected import rows that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo history is cleared).

Reason, without the person's name (it stays in the history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="60" />
        <source>%n creator(s) withdrew their objection: ranked and audited again. How do you know?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="61" />
        <source>%n creator(s) objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. How did they object?</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>