<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditText</name>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="50"/>
        <source>entry %1 is missing: the next stored entry is number %2 (an entry was deleted or the entries renumbered)</source>
        <translation>Eintrag %1 fehlt: der nächste gespeicherte Eintrag hat die Nummer %2 (ein Eintrag wurde gelöscht oder die Einträge neu nummeriert)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="56"/>
        <source>entry %1 does not follow entry %2: its record of the entry before differs (entries were removed, inserted or reordered)</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: sein Verweis auf den Eintrag davor weicht ab (Einträge wurden entfernt, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="62"/>
        <source>entry %1 (%2, %3) was changed after it was written: its content no longer matches its hash</source>
        <translation>Eintrag %1 (%2, %3) wurde nach dem Schreiben geändert: sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="70"/>
        <source>the log ends after entry %1, but %2 entries were written: the last ones were removed</source>
        <translation>das Protokoll endet nach Eintrag %1, aber %2 Einträge wurden geschrieben: die letzten wurden entfernt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="77"/>
        <source>the log&apos;s last entry is not the one Candor wrote last: entries were added or replaced outside Candor</source>
        <translation>der letzte Eintrag des Protokolls ist nicht der, den Candor zuletzt schrieb: Einträge wurden außerhalb von Candor hinzugefügt oder ersetzt</translation>
    </message>
</context>
<context>
    <name>AuthenticityText</name>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="42"/>
        <source>Engagement rate against similar accounts</source>
        <translation>Interaktionsrate gegenüber ähnlichen Konten</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="46"/>
        <source>No benchmark for this platform and size.</source>
        <translation>Kein Vergleichswert für diese Plattform und Größe.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="47"/>
        <source>No engagement figures.</source>
        <translation>Keine Interaktionszahlen.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="59"/>
        <location filename="../models/authenticity/AccountSignals.cpp" line="125"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="61"/>
        <source>%1 is under %2 of the median for %3: few of its followers react, as when many are bought or inactive.</source>
        <translation>%1 liegt unter %2 des Medians für %3: Wenige seiner Follower reagieren, wie wenn viele gekauft oder inaktiv sind.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="66"/>
        <source>%1 is over %2 times the median for %3: more reactions than an audience this size gives, as engagement pods and bought likes produce — or a post that spread.</source>
        <translation>%1 liegt über dem %2-Fachen des Medians für %3: mehr Reaktionen, als ein so großes Publikum bringt, wie es Engagement-Pods und gekaufte Likes erzeugen — oder ein Beitrag, der sich verbreitet hat.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="73"/>
        <source>%1, within the usual range for %2.</source>
        <translation>%1, im üblichen Bereich für %2.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="81"/>
        <source>Accounts it follows</source>
        <translation>Konten, denen es folgt</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="85"/>
        <source>The number of accounts it follows is not known.</source>
        <translation>Die Zahl der Konten, denen es folgt, ist nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="96"/>
        <location filename="../models/authenticity/AccountSignals.cpp" line="164"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="97"/>
        <source>Follows %1 accounts%2: follow-for-follow is a common way to inflate a count.</source>
        <translation>Folgt %1 Konten%2: Follow-for-Follow ist ein verbreiteter Weg, eine Zahl aufzublähen.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="100"/>
        <source>, more than follow it (%1)</source>
        <translation>, mehr als ihm folgen (%1)</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="103"/>
        <source>Follows %1 accounts.</source>
        <translation>Folgt %1 Konten.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="109"/>
        <source>Comments per like</source>
        <translation>Kommentare pro Like</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="113"/>
        <source>Likes and comments per post are not both known.</source>
        <translation>Likes und Kommentare pro Beitrag sind nicht beide bekannt.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="130"/>
        <source>%1 comments per like: likes without conversation, as bought likes come.</source>
        <translation>%1 Kommentare pro Like: Likes ohne Gespräch, wie gekaufte Likes kommen.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="133"/>
        <source>%1 comments per like: more comments than likes usually bring, as engagement pods and comment bots produce (or a giveaway asking for comments).</source>
        <translation>%1 Kommentare pro Like: mehr Kommentare, als Likes üblicherweise bringen, wie es Engagement-Pods und Kommentar-Bots erzeugen (oder ein Gewinnspiel, das um Kommentare bittet).</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="138"/>
        <source>%1 comments per like, within the usual range.</source>
        <translation>%1 Kommentare pro Like, im üblichen Bereich.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="146"/>
        <source>Generic and repeated comments</source>
        <translation>Allgemeine und wiederholte Kommentare</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="151"/>
        <source>Only %1 comment texts: at least %2 are needed to judge.</source>
        <translation>Nur %1 Kommentartexte: Mindestens %2 sind für ein Urteil nötig.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="154"/>
        <source>No comment texts imported.</source>
        <translation>Keine Kommentartexte importiert.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="165"/>
        <source>%1 of %2 comments are generic (stock words or emoji only) and %3 repeat an earlier comment word for word</source>
        <translation>%1 von %2 Kommentaren sind generisch (Standardwörter oder nur Emoji) und %3 wiederholen einen früheren Kommentar Wort für Wort</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="172"/>
        <source>; “%1” comes %2 times</source>
        <translation>; „%1“ kommt %2-mal vor</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="180"/>
        <source>Jumps in follower growth</source>
        <translation>Sprünge im Follower-Wachstum</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="184"/>
        <source>No follower history (at least four readings are needed).</source>
        <translation>Kein Follower-Verlauf (mindestens vier Messpunkte sind nötig).</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/authenticity/AccountSignals.cpp" line="198"/>
        <source>%n jump(s), %1 not followed by engagement</source>
        <translation>
            <numerusform>%n Sprung, %1 ohne folgende Interaktion</numerusform>
            <numerusform>%n Sprünge, %1 ohne folgende Interaktion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="205"/>
        <source>Growth without jumps over %1 readings.</source>
        <translation>Wachstum ohne Sprünge über %1 Messpunkte.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="214"/>
        <source>Followers that look real (sample)</source>
        <translation>Follower, die echt wirken (Stichprobe)</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="218"/>
        <source>No follower sample.</source>
        <translation>Keine Follower-Stichprobe.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="227"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="228"/>
        <source>%1 of %2 sampled followers look fake by the follower rules.</source>
        <translation>%1 von %2 Followern der Stichprobe wirken nach den Follower-Regeln gefälscht.</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="244"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="246"/>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="248"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../models/authenticity/AccountSignals.cpp" line="252"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="98"/>
        <source>Followers per account followed below</source>
        <translation>Follower pro gefolgtem Konto unter</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="100"/>
        <source>Accounts followed per post above</source>
        <translation>Gefolgte Konten pro Beitrag über</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="102"/>
        <source>Posts fewer than</source>
        <translation>Beiträge weniger als</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="104"/>
        <source>No profile picture</source>
        <translation>Kein Profilbild</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="106"/>
        <source>Follows more accounts than</source>
        <translation>Folgt mehr Konten als</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="108"/>
        <source>Digits in the username more than</source>
        <translation>Ziffern im Benutzernamen mehr als</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="112"/>
        <source>Followers fewer than</source>
        <translation>Follower weniger als</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="131"/>
        <source>%1: %2 points if so, %3 if not (held for %4 of the fake and %5 of the real followers it was learnt from)</source>
        <translation>%1: %2 Punkte, wenn ja, %3, wenn nicht (traf auf %4 der gefälschten und %5 der echten Follower zu, aus denen gelernt wurde)</translation>
    </message>
    <message>
        <location filename="../models/authenticity/FollowerRules.cpp" line="265"/>
        <source>learnt from SRF Data&apos;s 975 hand-labelled followers of Swiss influencers (2017, CC BY-SA 4.0); cross-validated accuracy 93.8 %, specificity 96.5 %</source>
        <translation>gelernt aus 975 von Hand bewerteten Followern Schweizer Influencer von SRF Data (2017, CC BY-SA 4.0); kreuzvalidierte Genauigkeit 93,8 %, Spezifität 96,5 %</translation>
    </message>
    <message>
        <location filename="../models/authenticity/GrowthJumps.cpp" line="123"/>
        <source>%1 followers gained between %2 and %3 (%4 a day; usual %5, a jump above %6)%7</source>
        <translation>%1 Follower gewonnen zwischen %2 und %3 (%4 pro Tag; üblich %5, ein Sprung über %6)%7</translation>
    </message>
    <message>
        <location filename="../models/authenticity/GrowthJumps.cpp" line="130"/>
        <source>: no engagement history to compare with; look at the posts of those days</source>
        <translation>: kein Interaktionsverlauf zum Vergleichen; sehen Sie sich die Beiträge dieser Tage an</translation>
    </message>
    <message>
        <location filename="../models/authenticity/GrowthJumps.cpp" line="133"/>
        <source>: engagement jumped on the same days, so likely organic (a post that spread)</source>
        <translation>: die Interaktion sprang an denselben Tagen, also wahrscheinlich organisch (ein Beitrag, der sich verbreitet hat)</translation>
    </message>
    <message>
        <location filename="../models/authenticity/GrowthJumps.cpp" line="135"/>
        <source>: engagement did not follow, which bought followers would explain</source>
        <translation>: die Interaktion folgte nicht, was gekaufte Follower erklären würden</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="24"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="25"/>
        <source>low-confidence part</source>
        <translation>Anteil mit geringer Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="26"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="35"/>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="48"/>
        <source>% of the audience</source>
        <translation>% des Publikums</translation>
    </message>
    <message>
        <location filename="../ui/AudienceBalanceChart.cpp" line="61"/>
        <source>Band (%1–%2 × target)</source>
        <translation>Band (%1–%2 × Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownChart.cpp" line="21"/>
        <source>From data</source>
        <translation>Aus Daten</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownChart.cpp" line="22"/>
        <source>Imputed (no data)</source>
        <translation>Ergänzt (keine Daten)</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownChart.cpp" line="31"/>
        <source>Points (of 100)</source>
        <translation>Punkte (von 100)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="23"/>
        <source>The account of an Instagram or YouTube API file (they name none).</source>
        <translation>Das Konto einer Instagram- oder YouTube-API-Datei (sie nennen keines).</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="26"/>
        <source>Platform of the accounts when the file has no platform column.</source>
        <translation>Plattform der Konten, wenn die Datei keine Plattformspalte hat.</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="29"/>
        <source>Where the figures come from (default: the format or file).</source>
        <translation>Woher die Zahlen stammen (Standard: das Format oder die Datei).</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="32"/>
        <source>measured (by the platform), estimated (by a vendor) or entered (by hand).</source>
        <translation>measured (von der Plattform gemessen), estimated (von einem Anbieter geschätzt) oder entered (von Hand eingegeben).</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="34"/>
        <source>How far to trust the figures, 0 to 1.</source>
        <translation>Wie weit den Zahlen zu trauen ist, 0 bis 1.</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="37"/>
        <source>Date of the figures, over any the file gives (default: the file&apos;s, else today).</source>
        <translation>Datum der Zahlen, vor jedem, das die Datei nennt (Standard: das der Datei, sonst heute).</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="52"/>
        <source>--provenance is measured, estimated or entered</source>
        <translation>--provenance ist measured, estimated oder entered</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="58"/>
        <source>--confidence needs a number from 0 to 1</source>
        <translation>--confidence braucht eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="77"/>
        <source>audiences</source>
        <translation>Publikumsdaten</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="94"/>
        <source>self-declared attributes</source>
        <translation>Selbstangaben</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="100"/>
        <source>Only this attribute (default: every one).</source>
        <translation>Nur dieses Merkmal (Standard: jedes).</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="102"/>
        <location filename="../app/AuthenticityCommands.cpp" line="185"/>
        <location filename="../app/PostCommands.cpp" line="181"/>
        <location filename="../app/PrivacyCommands.cpp" line="27"/>
        <location filename="../app/PrivacyCommands.cpp" line="66"/>
        <location filename="../app/PrivacyCommands.cpp" line="224"/>
        <location filename="../app/ShortlistCommands.cpp" line="41"/>
        <source>Platform of HANDLE when it is on several.</source>
        <translation>Plattform von HANDLE, wenn es auf mehreren ist.</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="104"/>
        <source>Why, as the creator said it.</source>
        <translation>Warum, wie der Creator es sagte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AudienceCommands.cpp" line="122"/>
        <source>Consent withdrawn: %n self-declared attribute(s) of @%1 deleted; the withdrawal is recorded.</source>
        <translation>
            <numerusform>Einwilligung widerrufen: %n Selbstangabe von @%1 gelöscht; der Widerruf ist festgehalten.</numerusform>
            <numerusform>Einwilligung widerrufen: %n Selbstangaben von @%1 gelöscht; der Widerruf ist festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="182"/>
        <source>What the numbers mean:</source>
        <translation>Was die Zahlen bedeuten:</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="209"/>
        <source>Fairness audit of %1 for campaign &quot;%2&quot;</source>
        <translation>Fairness-Prüfung für %1 der Kampagne „%2“</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="213"/>
        <source>Audience pooled by %1; estimates below %2 confidence are low confidence and left out. Four-fifths band %3–%4.</source>
        <translation>Publikum zusammengefasst nach %1; Schätzungen unter %2 Konfidenz gelten als wenig verlässlich und werden ausgelassen. Vier-Fünftel-Band %3–%4.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="216"/>
        <source>Audience pooled by %1; estimates below %2 confidence are low confidence. Four-fifths band %3–%4.</source>
        <translation>Publikum zusammengefasst nach %1; Schätzungen unter %2 Konfidenz gelten als wenig verlässlich. Vier-Fünftel-Band %3–%4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="223"/>
        <source>%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.</source>
        <translation>
            <numerusform>%n Konto eines Creators, der nicht profiliert werden möchte, ist weder im Ranking noch in dieser Prüfung.</numerusform>
            <numerusform>%n Konten von Creatorn, die nicht profiliert werden möchten, sind weder im Ranking noch in dieser Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="230"/>
        <source>Findings, most serious first: none.</source>
        <translation>Befunde, das Ernsteste zuerst: keine.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="231"/>
        <source>Findings, most serious first:</source>
        <translation>Befunde, das Ernsteste zuerst:</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="239"/>
        <source>The campaign has no target audience, so the audience balance cannot be checked. Add one with candor campaign edit FILE CAMPAIGN --target gender:female=60%,male=40% (or Campaign › Edit).</source>
        <translation>Die Kampagne hat keine Zielgruppe, daher lässt sich die Publikumsbalance nicht prüfen. Legen Sie eine an mit candor campaign edit FILE CAMPAIGN --target gender:female=60%,male=40% (oder Kampagne › Bearbeiten).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="247"/>
        <source>%1: %2; %3 of %n creator(s) pooled</source>
        <translation>
            <numerusform>%1: %2; %3 von %n Creator zusammengefasst</numerusform>
            <numerusform>%1: %2; %3 von %n Creatorn zusammengefasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="253"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="257"/>
        <source>selected %1  target %2  ratio %3</source>
        <translation>ausgewählt %1  Ziel %2  Quote %3</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="258"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="263"/>
        <source>(data confidence %1)</source>
        <translation>(Datenkonfidenz %1)</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="270"/>
        <source>Would raise %1 most per point of score given up:</source>
        <translation>Würde %1 je aufgegebenem Bewertungspunkt am stärksten anheben:</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="273"/>
        <source>@%1 (rank %2, +%3 pts)</source>
        <translation>@%1 (Rang %2, +%3 Pkt.)</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="281"/>
        <source>No creator has self-declared attributes with consent, so how creator groups fare cannot be checked. Import them with candor import-attributes (File › Import Self-declared Attributes).</source>
        <translation>Kein Creator hat Selbstangaben mit Einwilligung, daher lässt sich nicht prüfen, wie Creator-Gruppen abschneiden. Importieren Sie sie mit candor import-attributes (Datei › Selbstangaben importieren).</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="288"/>
        <source>Creators by %1 (self-declared, with consent: %2 ranked candidates; %3 without consent left out; consent for: %4). Reference group: %5.</source>
        <translation>Creator nach %1 (Selbstangabe, mit Einwilligung: %2 gerankte Kandidaten; %3 ohne Einwilligung ausgelassen; Einwilligung für: %4). Referenzgruppe: %5.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="301"/>
        <source>Ranking: %1 Skew@%2: %3.</source>
        <translation>Ranking: %1 Skew@%2: %3.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="305"/>
        <source>mean points per factor:</source>
        <translation>durchschnittliche Punkte je Faktor:</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="325"/>
        <source>Size of the top k when there is no shortlist (default 10).</source>
        <translation>Größe der Top k, wenn es keine Shortlist gibt (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="328"/>
        <source>auto (the shortlist if any, else the top k), shortlist or top.</source>
        <translation>auto (die Shortlist, falls vorhanden, sonst die Top k), shortlist oder top.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="330"/>
        <source>Pool audiences by followers (default) or views.</source>
        <translation>Publikum nach Followern (Standard) oder Aufrufen zusammenfassen.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="333"/>
        <source>Leave audience estimates with a confidence below 0.5 out of the pool.</source>
        <translation>Publikumsschätzungen mit einer Konfidenz unter 0,5 nicht mitzählen.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="334"/>
        <source>Smallest group whose rate is judged (default 5).</source>
        <translation>Kleinste Gruppe, deren Quote beurteilt wird (Standard 5).</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="338"/>
        <source>Reference group of an attribute, e.g. gender=woman (default: the largest). Repeatable.</source>
        <translation>Referenzgruppe eines Merkmals, z. B. gender=woman (Standard: die größte). Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="341"/>
        <source>Lower edge of the band of fair ratios; the upper is its inverse (default 0.8, the four-fifths rule).</source>
        <translation>Untere Grenze des Bands fairer Quoten; die obere ist ihr Kehrwert (Standard 0.8, die Vier-Fünftel-Regel).</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="344"/>
        <location filename="../app/AuthenticityCommands.cpp" line="86"/>
        <location filename="../app/AuthenticityCommands.cpp" line="191"/>
        <location filename="../app/HistoryCommands.cpp" line="128"/>
        <location filename="../app/PolicyCommand.cpp" line="86"/>
        <location filename="../app/PostCommands.cpp" line="183"/>
        <location filename="../app/PrivacyCommands.cpp" line="124"/>
        <location filename="../app/ScoringCommands.cpp" line="389"/>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="351"/>
        <source>audit needs one project file</source>
        <translation>audit braucht eine Projektdatei</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="356"/>
        <source>--top and --min-group need a whole number of 1 or more</source>
        <translation>--top und --min-group brauchen eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="363"/>
        <source>--band takes a number between 0 and 1, such as 0.8</source>
        <translation>--band nimmt eine Zahl zwischen 0 und 1, etwa 0.8</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="373"/>
        <source>--selection is auto, shortlist or top</source>
        <translation>--selection ist auto, shortlist oder top</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="378"/>
        <source>--weighting is followers or views</source>
        <translation>--weighting ist followers oder views</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="383"/>
        <source>--reference needs attribute=group, got &quot;%1&quot;</source>
        <translation>--reference braucht attribute=group, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="388"/>
        <location filename="../app/CampaignCommand.cpp" line="374"/>
        <source>--format is text or json</source>
        <translation>--format ist text oder json</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="74"/>
        <source>accuracy %1, specificity %2, sensitivity %3, precision %4 (base rate %5 fake)</source>
        <translation>Genauigkeit %1, Spezifität %2, Sensitivität %3, Präzision %4 (Basisrate %5 gefälscht)</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="84"/>
        <source>Learn the rules from the sample&apos;s own labels (cross-validated) instead of using the rules learnt from SRF Data&apos;s labelled followers.</source>
        <translation>Die Regeln aus den eigenen Labels der Stichprobe lernen (kreuzvalidiert), statt der aus den bewerteten Followern von SRF Data gelernten Regeln.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="93"/>
        <source>followers-check needs one follower sample (CSV or JSON)</source>
        <translation>followers-check braucht eine Follower-Stichprobe (CSV oder JSON)</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="96"/>
        <location filename="../app/AuthenticityCommands.cpp" line="201"/>
        <location filename="../app/HistoryCommands.cpp" line="138"/>
        <location filename="../app/PolicyCommand.cpp" line="99"/>
        <location filename="../app/PostCommands.cpp" line="217"/>
        <location filename="../app/PrivacyCommands.cpp" line="132"/>
        <location filename="../app/ScoringCommands.cpp" line="399"/>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="103"/>
        <source>has no fake/real labels to learn from</source>
        <translation>hat keine Labels fake/real, aus denen sich lernen ließe</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="106"/>
        <source>learnt from this sample&apos;s %1 labelled followers</source>
        <translation>gelernt aus den %1 bewerteten Followern dieser Stichprobe</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="151"/>
        <source>Follower sample %1: %2 followers read, %3 rejected</source>
        <translation>Follower-Stichprobe %1: %2 Follower gelesen, %3 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="158"/>
        <source>Rules (%1):</source>
        <translation>Regeln (%1):</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="161"/>
        <source>holds for %1 of %2 in this sample</source>
        <translation>trifft auf %1 von %2 in dieser Stichprobe zu</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="164"/>
        <source>A follower looks fake at %1 points or more: %2 of %3 (%4).</source>
        <translation>Ein Follower wirkt ab %1 Punkten gefälscht: %2 von %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="170"/>
        <source>Against the sample&apos;s labels (in sample: the rules were learnt on them): %1.</source>
        <translation>Gegen die Labels der Stichprobe (in der Stichprobe: die Regeln wurden an ihnen gelernt): %1.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="171"/>
        <source>Against the sample&apos;s labels: %1.</source>
        <translation>Gegen die Labels der Stichprobe: %1.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="175"/>
        <source>Cross-validated (20 x stratified 5-fold, rules learnt without the followers they judge): %1.</source>
        <translation>Kreuzvalidiert (20 × geschichtete 5-fache Aufteilung, Regeln ohne die beurteilten Follower gelernt): %1.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="188"/>
        <source>A follower sample of the account, judged by the follower rules in place of the sample stored with candor import-followers.</source>
        <translation>Eine Follower-Stichprobe des Kontos, nach den Follower-Regeln beurteilt, anstelle der mit candor import-followers gespeicherten.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="198"/>
        <source>authenticity needs a project file and a handle</source>
        <translation>authenticity braucht eine Projektdatei und ein Handle</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="262"/>
        <source>Authenticity of @%1 (%2): each signal with its threshold and where the threshold comes from</source>
        <translation>Echtheit von @%1 (%2): jedes Signal mit seinem Schwellenwert und woher dieser stammt</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="269"/>
        <source>%1 (usual: %2)</source>
        <translation>%1 (üblich: %2)</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="271"/>
        <source>threshold: %1</source>
        <translation>Schwellenwert: %1</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="274"/>
        <source>counts %1 x confidence %2 in the factor</source>
        <translation>zählt %1 × Konfidenz %2 im Faktor</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="282"/>
        <source>Together (the authenticity factor before its curve): %1 of the points of the %2 signals with data; green counts 1, amber 1/2, red 0, each weighted by its weight x confidence</source>
        <translation>Zusammen (der Echtheitsfaktor vor seiner Kurve): %1 der Punkte der %2 Signale mit Daten; grün zählt 1, gelb 1/2, rot 0, jeweils gewichtet mit Gewicht × Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="288"/>
        <source>No signal has data, so the authenticity factor has none either.</source>
        <translation>Kein Signal hat Daten, daher hat auch der Echtheitsfaktor keine.</translation>
    </message>
    <message>
        <location filename="../app/AuthenticityCommands.cpp" line="290"/>
        <source>Beside it, not counted: the imported figures&apos; own authentic engagement, %1 (another tool&apos;s model, which Candor cannot check)</source>
        <translation>Daneben, nicht mitgezählt: die eigene echte Interaktion der importierten Zahlen, %1 (das Modell eines anderen Werkzeugs, das Candor nicht prüfen kann)</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="35"/>
        <source>Campaign name (unique in the project).</source>
        <translation>Name der Kampagne (eindeutig im Projekt).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="36"/>
        <source>The brief, in a sentence or two.</source>
        <translation>Das Briefing, in ein, zwei Sätzen.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="38"/>
        <source>Relevant topics, comma-separated (brand safety and relevance).</source>
        <translation>Relevante Themen, durch Kommas getrennt (Markensicherheit und Relevanz).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="40"/>
        <source>Topics the brief rules out, comma-separated.</source>
        <translation>Themen, die das Briefing ausschließt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="42"/>
        <source>What the campaign sells when the ethics policy restricts it: alcohol, gambling or hfss_food.</source>
        <translation>Was die Kampagne verkauft, wenn die Ethikrichtlinie es einschränkt: alcohol, gambling oder hfss_food.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="45"/>
        <source>Budget (a number).</source>
        <translation>Budget (eine Zahl).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="47"/>
        <source>ISO 4217 currency of the budget (default EUR).</source>
        <translation>ISO-4217-Währung des Budgets (Standard EUR).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="48"/>
        <source>Start date, YYYY-MM-DD.</source>
        <translation>Startdatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="49"/>
        <source>End date, YYYY-MM-DD.</source>
        <translation>Enddatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="51"/>
        <source>Hard filter: only these platforms (instagram,tiktok,youtube).</source>
        <translation>Harter Filter: nur diese Plattformen (instagram,tiktok,youtube).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="53"/>
        <source>Hard filter: at least this many followers.</source>
        <translation>Harter Filter: mindestens so viele Follower.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="55"/>
        <source>Hard filter: leading audience country is one of these (names or ISO codes).</source>
        <translation>Harter Filter: das wichtigste Publikumsland ist eines von diesen (Namen oder ISO-Codes).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="57"/>
        <source>Hard filter: creators in any of these categories are left out.</source>
        <translation>Harter Filter: Creator in einer dieser Kategorien bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="59"/>
        <source>Reach factor: audience size that scores 0 (log scale).</source>
        <translation>Reichweitenfaktor: Publikumsgröße, die 0 Punkte ergibt (logarithmische Skala).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="61"/>
        <source>Reach factor: audience size that scores full marks.</source>
        <translation>Reichweitenfaktor: Publikumsgröße, die die volle Punktzahl ergibt.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="84"/>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="93"/>
        <source>--target needs DIMENSION:CATEGORY=SHARE,…, e.g. gender:female=60%,male=40%</source>
        <translation>--target braucht DIMENSION:CATEGORY=SHARE,…, z. B. gender:female=60%,male=40%</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="106"/>
        <source>--target: &quot;%1&quot; is not CATEGORY=SHARE</source>
        <translation>--target: „%1“ ist nicht CATEGORY=SHARE</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="159"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="166"/>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: kein gültiges JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="168"/>
        <source>%1: a campaign must be a JSON object</source>
        <translation>%1: eine Kampagne muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="192"/>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="234"/>
        <source>Campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="237"/>
        <source>Brief:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="238"/>
        <source>Relevant topics:</source>
        <translation>Relevante Themen:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="239"/>
        <source>Excluded topics:</source>
        <translation>Ausgeschlossene Themen:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="240"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="243"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="243"/>
        <location filename="../app/CampaignCommand.cpp" line="247"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="244"/>
        <source>Scoring model:</source>
        <translation>Bewertungsmodell:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="245"/>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="246"/>
        <source>Reach scale:</source>
        <translation>Reichweitenskala:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="250"/>
        <source>the model&apos;s</source>
        <translation>die des Modells</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="253"/>
        <source>Hard filters:</source>
        <translation>Harte Filter:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="256"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="257"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="258"/>
        <source>Minimum followers:</source>
        <translation>Mindestzahl Follower:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="260"/>
        <source>Leading audience country:</source>
        <translation>Wichtigstes Publikumsland:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="261"/>
        <source>Excluded categories:</source>
        <translation>Ausgeschlossene Kategorien:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="264"/>
        <source>Target audience: none</source>
        <translation>Zielgruppe: keine</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="264"/>
        <source>Target audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="271"/>
        <source>%1: %2 (weight %3)</source>
        <translation>%1: %2 (Gewicht %3)</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="284"/>
        <source>Scoring model by name (default: Balanced).</source>
        <translation>Bewertungsmodell nach Name (Standard: Balanced).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="286"/>
        <source>Version of --model (default: the newest).</source>
        <translation>Version von --model (Standard: die neueste).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="289"/>
        <source>Target audience of one dimension, e.g. gender:female=60%,male=40%. Repeatable; shares must add up to 100 %.</source>
        <translation>Zielgruppe einer Dimension, z. B. gender:female=60%,male=40%. Wiederholbar; die Anteile müssen zusammen 100 % ergeben.</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="292"/>
        <source>Read the campaign from a JSON file (docs/campaigns.md).</source>
        <translation>Die Kampagne aus einer JSON-Datei lesen (docs/campaigns.md).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="295"/>
        <source>show: text or json (default text).</source>
        <translation>show: text oder json (Standard text).</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="305"/>
        <source>campaign needs one of %1, not &quot;%2&quot;</source>
        <translation>campaign braucht eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="312"/>
        <source>campaign %1 expects FILE.candor%2</source>
        <translation>campaign %1 erwartet FILE.candor%2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="325"/>
        <source>No campaigns yet. Add one with: candor campaign add %1 --name NAME</source>
        <translation>Noch keine Kampagnen. Legen Sie eine an mit: candor campaign add %1 --name NAME</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="335"/>
        <source>no target audience</source>
        <translation>keine Zielgruppe</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="336"/>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="347"/>
        <source>campaign add needs --name NAME (or --from campaign.json)</source>
        <translation>campaign add braucht --name NAME (oder --from campaign.json)</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="354"/>
        <source>Added campaign %1: %2</source>
        <translation>Kampagne %1 angelegt: %2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="385"/>
        <source>Saved campaign %1: %2</source>
        <translation>Kampagne %1 gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../app/CampaignCommand.cpp" line="392"/>
        <source>Removed campaign %1: %2 (with its shortlist, decisions and notes)</source>
        <translation>Kampagne %1 gelöscht: %2 (mit ihrer Shortlist, ihren Entscheidungen und Notizen)</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="40"/>
        <source>Try: candor %1 --help</source>
        <translation>Versuchen Sie: candor %1 --help</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="71"/>
        <source>note: %1 is open read-only: %2</source>
        <translation>Hinweis: %1 ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="73"/>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="115"/>
        <source>Campaign name or id (default: the first).</source>
        <translation>Name oder ID der Kampagne (Standard: die erste).</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="133"/>
        <location filename="../app/CreatorCommand.cpp" line="121"/>
        <location filename="../app/ScoringCommands.cpp" line="407"/>
        <source>--platform is one of %1</source>
        <translation>--platform ist eines von %1</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="143"/>
        <source>Imported %1 from %2 into %3 (batch %4)</source>
        <translation>%1 aus %2 in %3 importiert (Import %4)</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="146"/>
        <location filename="../app/CommandLine.cpp" line="125"/>
        <source>  rows read: %1</source>
        <translation>  gelesene Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="147"/>
        <source>  imported:  %1</source>
        <translation>  importiert:      %1</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="148"/>
        <source>  merged:    %1 (replacing or adding to what the project had)</source>
        <translation>  zusammengeführt: %1 (ersetzt oder ergänzt, was das Projekt hatte)</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="150"/>
        <location filename="../app/CommandLine.cpp" line="129"/>
        <source>  rejected:  %1</source>
        <translation>  abgelehnt:       %1</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="152"/>
        <location filename="../app/CommandLine.cpp" line="131"/>
        <source>Notes on reading the file:</source>
        <translation>Hinweise zum Lesen der Datei:</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="159"/>
        <source>Rows not stored, and warnings:</source>
        <translation>Nicht gespeicherte Zeilen und Warnungen:</translation>
    </message>
    <message>
        <location filename="../app/AudienceCommands.cpp" line="72"/>
        <location filename="../app/CliSupport.cpp" line="174"/>
        <location filename="../app/CommandLine.cpp" line="113"/>
        <source>Nothing was imported; the project is unchanged.</source>
        <translation>Nichts wurde importiert; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="189"/>
        <source>has no campaign yet</source>
        <translation>hat noch keine Kampagne</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="208"/>
        <source>holds @%1, who asked not to be profiled: they are neither scored nor audited (candor privacy lists them)</source>
        <translation>enthält @%1, der nicht profiliert werden möchte: weder bewertet noch geprüft (candor privacy listet sie)</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="214"/>
        <source>has no candidate @%1</source>
        <translation>hat keinen Kandidaten @%1</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="226"/>
        <source>--%1 needs a date such as 2026-12-01, not &quot;%2&quot;</source>
        <translation>--%1 braucht ein Datum wie 2026-12-01, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="50"/>
        <source>Created %1 (schema version %2)</source>
        <translation>%1 angelegt (Schemaversion %2)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>The demo project already exists: %1</source>
        <translation>Das Demoprojekt existiert bereits: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>Created the demo project (synthetic data): %1</source>
        <translation>Demoprojekt angelegt (synthetische Daten): %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>unknown platform &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Plattform „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="93"/>
        <source>--encoding must be utf8 or latin1</source>
        <translation>--encoding muss utf8 oder latin1 sein</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="100"/>
        <source>--lawful-basis must be one of %1</source>
        <translation>--lawful-basis muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="121"/>
        <source>Imported %1 into %2 (batch %3, %4, %5, platform %6)</source>
        <translation>%1 in %2 importiert (Import %3, %4, %5, Plattform %6)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="126"/>
        <source>  imported:  %1 (new accounts)</source>
        <translation>  importiert:      %1 (neue Konten)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="127"/>
        <source>  merged:    %1 (new snapshots of accounts already in the project)</source>
        <translation>  zusammengeführt: %1 (neue Schnappschüsse von Konten, die schon im Projekt sind)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <location filename="../app/CommandLine.cpp" line="183"/>
        <source>Rejected rows:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLine.cpp" line="146"/>
        <source>%n cell(s) left empty with a warning; list them with: candor rejected %1 --warnings</source>
        <translation>
            <numerusform>%n Zelle mit einer Warnung leer gelassen; auflisten mit: candor rejected %1 --warnings</numerusform>
            <numerusform>%n Zellen mit einer Warnung leer gelassen; auflisten mit: candor rejected %1 --warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="171"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="172"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="172"/>
        <source>synthetic, made up by the demo generator</source>
        <translation>synthetisch, vom Demo-Generator erfunden</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="173"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="174"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="175"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="176"/>
        <source>Creators:</source>
        <translation>Creator:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="177"/>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="178"/>
        <source>Metric snapshots:</source>
        <translation>Kennzahl-Schnappschüsse:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="179"/>
        <source>Audience shares:</source>
        <translation>Publikumsanteile:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="180"/>
        <source>Consented attributes:</source>
        <translation>Merkmale mit Einwilligung:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="181"/>
        <source>Campaigns:</source>
        <translation>Kampagnen:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="182"/>
        <source>Imports:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="184"/>
        <source>Last import:</source>
        <translation>Letzter Import:</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="186"/>
        <source>%1 at %2: %3 read, %4 imported, %5 merged, %6 rejected</source>
        <translation>%1 am %2: %3 gelesen, %4 importiert, %5 zusammengeführt, %6 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="206"/>
        <source>No rejected rows.</source>
        <translation>Keine abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="219"/>
        <source>Create an empty project file.</source>
        <translation>Eine leere Projektdatei anlegen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="221"/>
        <source>Create the demo project (synthetic data) at FILE or the default place.</source>
        <translation>Das Demoprojekt (synthetische Daten) unter FILE oder am Standardort anlegen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="224"/>
        <source>Import creators from a CSV or JSON export.</source>
        <translation>Creator aus einem CSV- oder JSON-Export importieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="227"/>
        <source>Platform of the accounts: instagram, tiktok, youtube.</source>
        <translation>Plattform der Konten: instagram, tiktok, youtube.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="230"/>
        <source>Map a column (header or #N) to a field, or to &apos;ignore&apos;. Repeatable.</source>
        <translation>Eine Spalte (Überschrift oder #N) einem Feld zuordnen oder &apos;ignore&apos;. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="232"/>
        <source>utf8 or latin1 (default: detect).</source>
        <translation>utf8 oder latin1 (Standard: erkennen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="234"/>
        <source>Date of the snapshot (default: today).</source>
        <translation>Datum des Schnappschusses (Standard: heute).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="238"/>
        <source>Lawful basis for the creators this file brings that have none yet: consent, contract or legitimate_interest.</source>
        <translation>Rechtsgrundlage für die Creator dieser Datei, die noch keine haben: consent, contract oder legitimate_interest.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="242"/>
        <source>The day those creators were told their data is held (GDPR Art. 14).</source>
        <translation>Der Tag, an dem diese Creator informiert wurden, dass ihre Daten gehalten werden (DSGVO Art. 14).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="245"/>
        <source>Currency of fees when the file has no currency column (e.g. EUR).</source>
        <translation>Währung der Honorare, wenn die Datei keine Währungsspalte hat (z. B. EUR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="249"/>
        <source>Import audience demographics (long CSV, Instagram or YouTube API JSON, vendor export).</source>
        <translation>Publikumsdemografie importieren (lange CSV, JSON der Instagram- oder YouTube-API, Anbieterexport).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="253"/>
        <source>Import self-declared creator attributes with their consent (for fairness audits only).</source>
        <translation>Selbstangaben der Creator mit ihrer Einwilligung importieren (nur für Fairness-Prüfungen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>Import posts (Instagram Graph API, YouTube Data API or plain columns): evidence for disclosure.</source>
        <translation>Beiträge importieren (Instagram Graph API, YouTube Data API oder einfache Spalten): Belege für die Kennzeichnung.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="261"/>
        <source>Import follower counts by day (date, followers): evidence for growth jumps.</source>
        <translation>Follower-Zahlen pro Tag importieren (Datum, Follower): Belege für Wachstumssprünge.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="265"/>
        <source>Import a sample of one account&apos;s followers (--handle H; posts, following, followers per profile): evidence for the follower-sample signal.</source>
        <translation>Eine Stichprobe der Follower eines Kontos importieren (--handle H; Beiträge, Folgt, Follower je Profil): Belege für das Signal der Follower-Stichprobe.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="270"/>
        <source>Import comment texts (Instagram Graph API, YouTube Data API or plain columns): evidence for the generic and repeated comments signal.</source>
        <translation>Kommentartexte importieren (Instagram Graph API, YouTube Data API oder einfache Spalten): Belege für das Signal generischer und wiederholter Kommentare.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="275"/>
        <source>Erase one creator: every row about them, their personal details in the log, rejected rows that mention them; the file is rewritten (--reason, without their name).</source>
        <translation>Einen Creator löschen: jede Zeile über ihn, seine persönlichen Angaben im Protokoll, abgelehnte Zeilen, die ihn nennen; die Datei wird neu geschrieben (--reason, ohne seinen Namen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="280"/>
        <source>Export everything held about one creator to a JSON file (--out FILE.json; GDPR Art. 15, CCPA).</source>
        <translation>Alles, was über einen Creator gespeichert ist, in eine JSON-Datei exportieren (--out FILE.json; DSGVO Art. 15, CCPA).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="284"/>
        <source>Privacy review: retention policy, consents expiring, data without a basis or notice.</source>
        <translation>Datenschutzprüfung: Aufbewahrungsrichtlinie, ablaufende Einwilligungen, Daten ohne Rechtsgrundlage oder Information.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="288"/>
        <source>Record a creator&apos;s lawful basis, notice, objection to profiling, or a renewed consent.</source>
        <translation>Rechtsgrundlage, Information, Widerspruch gegen Profiling oder eine erneuerte Einwilligung eines Creators erfassen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="292"/>
        <source>Delete a creator&apos;s self-declared attributes and record why.</source>
        <translation>Die Selbstangaben eines Creators löschen und festhalten, warum.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="295"/>
        <source>Creators by hand: add (--platform, figures), edit (new figures), remove, merge KEPT MERGED.</source>
        <translation>Creator von Hand: add (--platform, Zahlen), edit (neue Zahlen), remove, merge KEPT MERGED.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="300"/>
        <source>Campaigns: list, show (--format json), add (--name, --from JSON), edit, remove.</source>
        <translation>Kampagnen: list, show (--format json), add (--name, --from JSON), edit, remove.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="304"/>
        <source>Record a decision on a candidate (--decision shortlist|approve|reject|remove --reason TEXT).</source>
        <translation>Eine Entscheidung zu einem Kandidaten erfassen (--decision shortlist|approve|reject|remove --reason TEXT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="309"/>
        <source>Approve a campaign&apos;s shortlist as it stands, by a named person (--by NAME).</source>
        <translation>Die Shortlist einer Kampagne so freigeben, wie sie ist, durch eine namentlich genannte Person (--by NAME).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="313"/>
        <source>Write the client report of a campaign&apos;s shortlist (--format html|csv|json --out PATH).</source>
        <translation>Den Kundenbericht zur Shortlist einer Kampagne schreiben (--format html|csv|json --out PATH).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="317"/>
        <source>Show or set the agency a report names on its cover (--name NAME, --logo FILE.png).</source>
        <translation>Die Agentur, die ein Bericht auf dem Deckblatt nennt, anzeigen oder festlegen (--name NAME, --logo FILE.png).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="321"/>
        <source>Check the campaign&apos;s shortlist against the ethics policy (exit 4 while a blocking finding is open).</source>
        <translation>Die Shortlist der Kampagne gegen die Ethikrichtlinie prüfen (Exit 4, solange ein blockierender Befund offen ist).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="325"/>
        <source>Show the ethics policy as JSON, or change it (--from FILE.json, --enable/--disable RULE, --set RULE.PARAM=VALUE).</source>
        <translation>Die Ethikrichtlinie als JSON anzeigen oder ändern (--from FILE.json, --enable/--disable RULE, --set RULE.PARAM=VALUE).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="329"/>
        <source>Override a policy finding about a creator, or acknowledge one about a group, with a written --reason.</source>
        <translation>Einen Befund der Richtlinie zu einem Creator übergehen oder einen zu einer Gruppe zur Kenntnis nehmen, mit schriftlichem --reason.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="333"/>
        <source>Rank a campaign&apos;s candidates with a per-factor breakdown.</source>
        <translation>Die Kandidaten einer Kampagne ranken, mit Aufschlüsselung nach Faktoren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="336"/>
        <source>Explain one candidate&apos;s score, stability and what would change it.</source>
        <translation>Die Bewertung eines Kandidaten erklären, ihre Stabilität und was sie ändern würde.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="339"/>
        <source>Fairness audit: audience balance and creator-group selection rates.</source>
        <translation>Fairness-Prüfung: Publikumsbalance und Auswahlquoten der Creator-Gruppen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="342"/>
        <source>Each sponsored post&apos;s disclosure verdict with its rule, and each creator&apos;s record.</source>
        <translation>Das Kennzeichnungsergebnis jedes gesponserten Beitrags mit seiner Regel und die Bilanz jedes Creators.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="346"/>
        <source>Check the file: SQLite&apos;s integrity check, the schema, and the audit log&apos;s hash chain (exit 3 when broken).</source>
        <translation>Die Datei prüfen: SQLites Integritätsprüfung, das Schema und die Hash-Kette des Prüfprotokolls (Exit 3, wenn unterbrochen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="350"/>
        <source>The audit log: who did what, when, to which creator or campaign.</source>
        <translation>Das Prüfprotokoll: wer was wann mit welchem Creator oder welcher Kampagne getan hat.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="353"/>
        <source>Each post&apos;s brand-safety words (GARM categories) and the campaign&apos;s excluded topics, with the words found.</source>
        <translation>Die Markensicherheitswörter jedes Beitrags (GARM-Kategorien) und die ausgeschlossenen Themen der Kampagne, mit den gefundenen Wörtern.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="357"/>
        <source>An account&apos;s authenticity signals with thresholds, sources and evidence.</source>
        <translation>Die Echtheitssignale eines Kontos mit Schwellenwerten, Quellen und Belegen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="360"/>
        <source>Judge a follower sample with readable rules; with labels, how well they do.</source>
        <translation>Eine Follower-Stichprobe mit lesbaren Regeln beurteilen; mit Labels: wie gut sie sind.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="363"/>
        <source>Show schema version, counts and the last import.</source>
        <translation>Schemaversion, Anzahlen und den letzten Import anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="366"/>
        <source>List the rows imports rejected, with file, line, column and reason.</source>
        <translation>Die von Importen abgelehnten Zeilen auflisten, mit Datei, Zeile, Spalte und Grund.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="369"/>
        <source>Also list cells left empty with a warning.</source>
        <translation>Auch Zellen auflisten, die mit einer Warnung leer gelassen wurden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="370"/>
        <source>Show each rejected row as it was written.</source>
        <translation>Jede abgelehnte Zeile so zeigen, wie sie geschrieben war.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="379"/>
        <source>Candor %1 — choose influencers with scores you can explain.</source>
        <translation>Candor %1 — Influencer wählen mit Bewertungen, die Sie erklären können.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="382"/>
        <source>Usage:
  candor [FILE.candor]          start the workbench (the demo project if no file is given)
  candor COMMAND [options] ...  work headless

Commands:
</source>
        <translation>Aufruf:
  candor [FILE.candor]          die Arbeitsfläche starten (das Demoprojekt, wenn keine Datei angegeben ist)
  candor COMMAND [options] ...  ohne Fenster arbeiten

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="390"/>
        <source>
Options:
  -h, --help     show this help (candor COMMAND --help for a command)
  -v, --version  show the version

Exit codes: 0 ok, 1 usage error, 2 data errors (rows rejected or file unreadable),
            3 project file cannot be opened, 4 a blocking finding of the ethics policy (check).
</source>
        <translation>
Optionen:
  -h, --help     diese Hilfe anzeigen (candor COMMAND --help für einen Befehl)
  -v, --version  die Version anzeigen

Exit-Codes: 0 ok, 1 Aufruffehler, 2 Datenfehler (Zeilen abgelehnt oder Datei unlesbar),
            3 Projektdatei kann nicht geöffnet werden, 4 ein blockierender Befund der Ethikrichtlinie (check).
</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="489"/>
        <source>Usage: candor %1 [options] %2</source>
        <translation>Aufruf: candor %1 [options] %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="502"/>
        <source>%1 expects %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="506"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="31"/>
        <source>Followers (477.9M, 12.5K and 1,234 are understood).</source>
        <translation>Follower (477.9M, 12.5K und 1,234 werden verstanden).</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="33"/>
        <source>Accounts it follows.</source>
        <translation>Konten, denen es folgt.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="34"/>
        <source>Number of posts.</source>
        <translation>Anzahl der Beiträge.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="35"/>
        <source>Average likes per post.</source>
        <translation>Durchschnittliche Likes pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="36"/>
        <source>Average comments per post.</source>
        <translation>Durchschnittliche Kommentare pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="38"/>
        <source>Average views per post.</source>
        <translation>Durchschnittliche Aufrufe pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="39"/>
        <source>Engagement rate, e.g. 3.4%.</source>
        <translation>Interaktionsrate, z. B. 3.4%.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="41"/>
        <source>Average engagement (likes + comments) per post.</source>
        <translation>Durchschnittliche Interaktion (Likes + Kommentare) pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="43"/>
        <source>Engagement from real accounts, per post.</source>
        <translation>Interaktion von echten Konten, pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="77"/>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="97"/>
        <source>instagram, tiktok or youtube.</source>
        <translation>instagram, tiktok oder youtube.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="98"/>
        <source>The creator&apos;s name.</source>
        <translation>Der Name des Creators.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="102"/>
        <source>Categories, comma-separated.</source>
        <translation>Kategorien, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="103"/>
        <source>Leading audience country (name or ISO code).</source>
        <translation>Wichtigstes Publikumsland (Name oder ISO-Code).</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="114"/>
        <source>creator needs one of %1, not &quot;%2&quot;</source>
        <translation>creator braucht eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="127"/>
        <source>creator merge expects FILE.candor KEPT MERGED (platform:handle each)</source>
        <translation>creator merge erwartet FILE.candor KEPT MERGED (jeweils platform:handle)</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="128"/>
        <source>creator %1 expects FILE.candor HANDLE</source>
        <translation>creator %1 erwartet FILE.candor HANDLE</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="139"/>
        <source>creator add needs --platform</source>
        <translation>creator add braucht --platform</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="148"/>
        <source>Added @%1 on %2 (entered by %3)</source>
        <translation>@%1 auf %2 hinzugefügt (eingegeben von %3)</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="182"/>
        <source>New figures for @%1 (a snapshot entered by %2)</source>
        <translation>Neue Zahlen für @%1 (ein Schnappschuss, eingegeben von %2)</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="187"/>
        <source>Removed the creator of @%1 with every account, figure, audience, attribute, decision and note</source>
        <translation>Den Creator von @%1 mit allen Konten, Zahlen, Publikumsdaten, Merkmalen, Entscheidungen und Notizen gelöscht</translation>
    </message>
    <message>
        <location filename="../app/CreatorCommand.cpp" line="194"/>
        <source>Merged: %1 now belongs to the creator of %2</source>
        <translation>Zusammengeführt: %1 gehört jetzt zum Creator von %2</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="23"/>
        <source>Also check that this client report (PDF, HTML or JSON) was made from this file&apos;s history as it still stands.</source>
        <translation>Auch prüfen, ob dieser Kundenbericht (PDF, HTML oder JSON) aus dem Verlauf dieser Datei entstand, wie er noch besteht.</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="37"/>
        <source>report %1: cannot be read: %2</source>
        <translation>Bericht %1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="42"/>
        <source>report %1: holds no audit-log stamp (a CSV has none: check the PDF, HTML or JSON)</source>
        <translation>Bericht %1: enthält keinen Stempel des Prüfprotokolls (eine CSV hat keinen: prüfen Sie das PDF, HTML oder JSON)</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="49"/>
        <source>report %1: was made when the log held %2 entries, but this file&apos;s log has only %3</source>
        <translation>Bericht %1: entstand, als das Protokoll %2 Einträge hatte, aber das Protokoll dieser Datei hat nur %3</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="56"/>
        <source>report %1: does not match: entry %2 here is not the one the report was made from</source>
        <translation>Bericht %1: stimmt nicht überein: Eintrag %2 hier ist nicht der, aus dem der Bericht entstand</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="60"/>
        <source>report %1: matches: made from the first %2 entries of this log (%3 now)</source>
        <translation>Bericht %1: stimmt überein: entstanden aus den ersten %2 Einträgen dieses Protokolls (jetzt %3)</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="71"/>
        <source>verify needs a project file</source>
        <translation>verify braucht eine Projektdatei</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="81"/>
        <source>integrity: damaged: %1</source>
        <translation>Integrität: beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="83"/>
        <source>integrity: ok (SQLite integrity_check)</source>
        <translation>Integrität: ok (SQLite integrity_check)</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="87"/>
        <source>schema: version %1, but it %2</source>
        <translation>Schema: Version %1, aber %2</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="91"/>
        <source>schema: version %1, as Candor made it</source>
        <translation>Schema: Version %1, wie Candor es angelegt hat</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="98"/>
        <source>audit log: broken at entry %1: %2</source>
        <translation>Prüfprotokoll: unterbrochen bei Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HistoryCommands.cpp" line="100"/>
        <source>audit log: %n entries, the hash chain holds</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Eintrag, die Hash-Kette hält</numerusform>
            <numerusform>Prüfprotokoll: %n Einträge, die Hash-Kette hält</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="111"/>
        <source>: changed outside Candor or damaged
</source>
        <translation>: außerhalb von Candor geändert oder beschädigt
</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="112"/>
        <source>: ok, but the report does not match it
</source>
        <translation>: ok, aber der Bericht passt nicht dazu
</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="113"/>
        <source>: ok
</source>
        <translation>: ok
</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="122"/>
        <source>Only the entries about this creator (a handle).</source>
        <translation>Nur die Einträge über diesen Creator (ein Handle).</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="125"/>
        <source>Only this action: import, decision, decision_undone, note, note_undone, consent_withdrawn …</source>
        <translation>Nur diese Aktion: import, decision, decision_undone, note, note_undone, consent_withdrawn …</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="135"/>
        <source>log needs a project file</source>
        <translation>log braucht eine Projektdatei</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="176"/>
        <source>(personal details erased)</source>
        <translation>(persönliche Angaben gelöscht)</translation>
    </message>
    <message>
        <location filename="../app/HistoryCommands.cpp" line="184"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="88"/>
        <source>Check as on this day (default: today): the last N months and retention count back from it.</source>
        <translation>Prüfen wie an diesem Tag (Standard: heute): die letzten N Monate und die Aufbewahrung zählen von ihm zurück.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="198"/>
        <source>Replace the policy with this file (candor-policy/1 JSON).</source>
        <translation>Die Richtlinie durch diese Datei ersetzen (candor-policy/1 JSON).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="200"/>
        <source>Switch a rule on.</source>
        <translation>Eine Regel einschalten.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="201"/>
        <source>Switch a rule off.</source>
        <translation>Eine Regel ausschalten.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="203"/>
        <source>Set a rule&apos;s parameter, e.g. disclosure_history.months=6.</source>
        <translation>Einen Parameter einer Regel setzen, z. B. disclosure_history.months=6.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="206"/>
        <source>Who changes it (default: your user name).</source>
        <translation>Wer sie ändert (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="229"/>
        <location filename="../app/ReportCommand.cpp" line="124"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="68"/>
        <location filename="../app/PolicyCommand.cpp" line="241"/>
        <source>the policy has no rule &quot;%1&quot;</source>
        <translation>die Richtlinie hat keine Regel „%1“</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="53"/>
        <source>--set takes RULE.PARAMETER=VALUE, not &quot;%1&quot;</source>
        <translation>--set nimmt RULE.PARAMETER=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="61"/>
        <source>rule %1 has no parameter &quot;%2&quot; (it has: %3)</source>
        <translation>Regel %1 hat keinen Parameter „%2“ (sie hat: %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="134"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n offener Befund</numerusform>
            <numerusform>%n offene Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="135"/>
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blockierend</numerusform>
            <numerusform>%n blockierend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="137"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n aufgelöst</numerusform>
            <numerusform>%n aufgelöst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="138"/>
        <source>Ethics policy against the shortlist of &quot;%1&quot;%2: %3.</source>
        <translation>Ethikrichtlinie gegen die Shortlist von „%1“%2: %3.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="152"/>
        <source>acknowledged by %1 at %2: %3</source>
        <translation>zur Kenntnis genommen von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="153"/>
        <source>overridden by %1 at %2: %3</source>
        <translation>übergangen von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="160"/>
        <source>Approved by %1 at %2; since then: nothing the policy looks at changed.</source>
        <translation>Freigegeben von %1 am %2; seitdem: nichts geändert, worauf die Richtlinie achtet.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="161"/>
        <source>Approved by %1 at %2; since then:</source>
        <translation>Freigegeben von %1 am %2; seitdem:</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="182"/>
        <source>Approved shortlist of &quot;%1&quot; (by %2 at %3) checked again: nothing the ethics policy looks at changed.</source>
        <translation>Freigegebene Shortlist von „%1“ (von %2 am %3) erneut geprüft: nichts geändert, worauf die Ethikrichtlinie achtet.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="185"/>
        <source>Approved shortlist of &quot;%1&quot; (by %2 at %3) checked again: since approval,</source>
        <translation>Freigegebene Shortlist von „%1“ (von %2 am %3) erneut geprüft: seit der Freigabe</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="254"/>
        <source>The ethics policy of %1 was changed by %2 (in the audit log).</source>
        <translation>Die Ethikrichtlinie von %1 wurde von %2 geändert (im Prüfprotokoll).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="266"/>
        <source>The rule of the finding, e.g. authenticity_red.</source>
        <translation>Die Regel des Befunds, z. B. authenticity_red.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="269"/>
        <source>Whom the finding is about: @HANDLE, or ATTRIBUTE=GROUP for a group.</source>
        <translation>Worum es im Befund geht: @HANDLE oder ATTRIBUTE=GROUP für eine Gruppe.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="272"/>
        <source>Why it may stand (required).</source>
        <translation>Warum er bestehen bleiben darf (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="273"/>
        <source>Who resolves it (default: your user name).</source>
        <translation>Wer ihn auflöst (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="276"/>
        <source>Check as on this day (default: today).</source>
        <translation>Prüfen wie an diesem Tag (Standard: heute).</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="287"/>
        <source>resolve needs --rule, --subject and a written --reason</source>
        <translation>resolve braucht --rule, --subject und einen schriftlichen --reason</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="310"/>
        <source>has no %1 finding about %2 on the shortlist of &quot;%3&quot; (candor check lists them)</source>
        <translation>hat keinen Befund %1 zu %2 auf der Shortlist von „%3“ (candor check listet sie)</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="318"/>
        <source>The %1 finding about %2 was acknowledged by %3 (in the audit log). A later decision on it asks again.</source>
        <translation>Der Befund %1 zu %2 wurde von %3 zur Kenntnis genommen (im Prüfprotokoll). Eine spätere Entscheidung dazu fragt erneut.</translation>
    </message>
    <message>
        <location filename="../app/PolicyCommand.cpp" line="321"/>
        <source>The %1 finding about %2 was overridden by %3 (in the audit log). A later decision on it asks again.</source>
        <translation>Der Befund %1 zu %2 wurde von %3 übergangen (im Prüfprotokoll). Eine spätere Entscheidung dazu fragt erneut.</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="67"/>
        <source>Platform of the accounts when the file has no platform column: instagram, tiktok, youtube.</source>
        <translation>Plattform der Konten, wenn die Datei keine Plattformspalte hat: instagram, tiktok, youtube.</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="71"/>
        <source>Whose data this is, for an export of one account (as the APIs give them).</source>
        <translation>Wessen Daten das sind, für den Export eines Kontos (wie die APIs sie liefern).</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="80"/>
        <source>The link of the post the comments are under, for a file of one post&apos;s comments (as the Instagram Graph API gives them).</source>
        <translation>Der Link des Beitrags, unter dem die Kommentare stehen, für eine Datei mit den Kommentaren eines Beitrags (wie die Instagram Graph API sie liefert).</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="89"/>
        <source>import-posts needs a project file and a data file</source>
        <translation>import-posts braucht eine Projektdatei und eine Datendatei</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="103"/>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="116"/>
        <source>%1 needs a project file and a data file</source>
        <translation>%1 braucht eine Projektdatei und eine Datendatei</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="137"/>
        <source>follower history</source>
        <translation>Follower-Verlauf</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="159"/>
        <source>import-followers needs a project file and a follower sample</source>
        <translation>import-followers braucht eine Projektdatei und eine Follower-Stichprobe</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="162"/>
        <source>import-followers needs --handle: whose followers the sample shows</source>
        <translation>import-followers braucht --handle: wessen Follower die Stichprobe zeigt</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="172"/>
        <source>follower sample</source>
        <translation>Follower-Stichprobe</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="192"/>
        <source>Whose rules decide where they differ, e.g. US or UK,DE (default: the strictest of all).</source>
        <translation>Wessen Regeln entscheiden, wo sie sich unterscheiden, z. B. US oder UK,DE (Standard: die strengsten von allen).</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="213"/>
        <source>%1 needs a project file and, optionally, a handle</source>
        <translation>%1 braucht eine Projektdatei und, wahlweise, ein Handle</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="285"/>
        <source>Disclosure of sponsored posts in %1 (the strictest rule of every market where they differ; docs/disclosure.md)</source>
        <translation>Kennzeichnung gesponserter Beiträge in %1 (die strengste Regel jedes Markts, wo sie sich unterscheiden; docs/disclosure.md)</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="289"/>
        <source>Disclosure of sponsored posts in %1 (the rules of %2 where they differ; docs/disclosure.md)</source>
        <translation>Kennzeichnung gesponserter Beiträge in %1 (die Regeln von %2, wo sie sich unterscheiden; docs/disclosure.md)</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="294"/>
        <location filename="../app/PostCommands.cpp" line="369"/>
        <source>No posts imported yet: candor import-posts FILE.candor POSTS.csv</source>
        <translation>Noch keine Beiträge importiert: candor import-posts FILE.candor POSTS.csv</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="298"/>
        <source>%n sponsored post(s)</source>
        <translation>
            <numerusform>%n gesponserter Beitrag</numerusform>
            <numerusform>%n gesponserte Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="301"/>
        <source>%1 compliant (%2 %), %3 with a warning, %4 violations</source>
        <translation>%1 konform (%2 %), %3 mit Warnung, %4 Verstöße</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="320"/>
        <source>Also match this campaign&apos;s excluded topics (name or id; default: the first campaign, if any).</source>
        <translation>Auch die ausgeschlossenen Themen dieser Kampagne abgleichen (Name oder ID; Standard: die erste Kampagne, falls vorhanden).</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="361"/>
        <source>; topics campaign &quot;%1&quot; excludes: %2</source>
        <translation>; Themen, die die Kampagne „%1“ ausschließt: %2</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="363"/>
        <location filename="../app/ReportCommand.cpp" line="137"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/PostCommands.cpp" line="365"/>
        <source>Brand safety of posts in %1 (%2%3; docs/brand-safety.md)</source>
        <translation>Markensicherheit der Beiträge in %1 (%2%3; docs/brand-safety.md)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="402"/>
        <source>%1 of %n post(s) with a brand-safety word or an excluded topic</source>
        <translation>
            <numerusform>%1 von %n Beitrag mit einem Markensicherheitswort oder einem ausgeschlossenen Thema</numerusform>
            <numerusform>%1 von %n Beiträgen mit einem Markensicherheitswort oder einem ausgeschlossenen Thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="416"/>
        <source>%1 of %n account(s) with posts have a brand-safety word or an excluded topic in a post.</source>
        <translation>
            <numerusform>%1 von %n Konto mit Beiträgen hat ein Markensicherheitswort oder ein ausgeschlossenes Thema in einem Beitrag.</numerusform>
            <numerusform>%1 von %n Konten mit Beiträgen haben ein Markensicherheitswort oder ein ausgeschlossenes Thema in einem Beitrag.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="24"/>
        <source>Why (kept in the audit log, so without the person&apos;s name), e.g. &quot;erasure request of 2026-12-01, ticket 4411&quot;.</source>
        <translation>Warum (bleibt im Prüfprotokoll, also ohne den Namen der Person), z. B. &quot;Löschantrag vom 2026-12-01, Ticket 4411&quot;.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="35"/>
        <source>erase needs a project file and a handle</source>
        <translation>erase braucht eine Projektdatei und ein Handle</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="38"/>
        <source>erase needs --reason: why, without the person&apos;s name</source>
        <translation>erase braucht --reason: warum, ohne den Namen der Person</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="47"/>
        <source>Erased creator %1 from %2: %3; %4; %5. The file was rewritten so that none of it remains; the log keeps a tombstone with a salted hash of the handle.</source>
        <translation>Creator %1 aus %2 gelöscht: %3; %4; %5. Die Datei wurde neu geschrieben, sodass nichts davon bleibt; das Protokoll behält einen Grabstein mit einem gesalzenen Hash des Handles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="51"/>
        <source>%n account(s) with their figures, audiences, attributes, posts, histories, samples, comments, decisions and notes</source>
        <translation>
            <numerusform>%n Konto mit seinen Zahlen, Publikumsdaten, Merkmalen, Beiträgen, Verläufen, Stichproben, Kommentaren, Entscheidungen und Notizen</numerusform>
            <numerusform>%n Konten mit ihren Zahlen, Publikumsdaten, Merkmalen, Beiträgen, Verläufen, Stichproben, Kommentaren, Entscheidungen und Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="55"/>
        <source>%n personal detail(s) of the audit log</source>
        <translation>
            <numerusform>%n persönliche Angabe des Prüfprotokolls</numerusform>
            <numerusform>%n persönliche Angaben des Prüfprotokolls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="56"/>
        <source>%n rejected import row(s) that mentioned them</source>
        <translation>
            <numerusform>%n abgelehnte Importzeile, die ihn nannte</numerusform>
            <numerusform>%n abgelehnte Importzeilen, die ihn nannten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="64"/>
        <source>The JSON file to write (readable by you only).</source>
        <translation>Die zu schreibende JSON-Datei (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="74"/>
        <source>export-person needs a project file and a handle</source>
        <translation>export-person braucht eine Projektdatei und ein Handle</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="77"/>
        <source>export-person needs --out FILE.json</source>
        <translation>export-person braucht --out FILE.json</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="84"/>
        <source>Writing personal data of one person to %1 (readable by you only): hand it to them, and delete it when that is done.</source>
        <translation>Personenbezogene Daten einer Person werden nach %1 geschrieben (nur für Sie lesbar): Übergeben Sie sie ihr und löschen Sie sie danach.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="91"/>
        <source>Exported everything held about creator %1 to %2.</source>
        <translation>Alles, was über Creator %1 gespeichert ist, nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="116"/>
        <source>Review as of this date (default: today).</source>
        <translation>Prüfung zu diesem Datum (Standard: heute).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="119"/>
        <source>Set the policy: keep a creator&apos;s data N months after its last use.</source>
        <translation>Die Richtlinie festlegen: Daten eines Creators N Monate nach ihrer letzten Verwendung aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="122"/>
        <source>Set the policy: list consents N days before they expire.</source>
        <translation>Die Richtlinie festlegen: Einwilligungen N Tage vor ihrem Ablauf aufführen.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="149"/>
        <source>--retention-months and --notice-days need whole numbers</source>
        <translation>--retention-months und --notice-days brauchen ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="173"/>
        <source>Privacy review of %1 on %2</source>
        <translation>Datenschutzprüfung von %1 am %2</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="175"/>
        <source>Policy: a creator&apos;s data is kept %1 months after its last use; consents are listed %2 days before they expire.</source>
        <translation>Richtlinie: Die Daten eines Creators werden %1 Monate nach ihrer letzten Verwendung aufbewahrt; Einwilligungen werden %2 Tage vor ihrem Ablauf aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="185"/>
        <source>Nothing to do: every creator has a lawful basis and a notice, and nothing is past its time.</source>
        <translation>Nichts zu tun: Jeder Creator hat eine Rechtsgrundlage und eine Information, und nichts ist über seine Zeit hinaus.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="202"/>
        <source>Lawful basis: %1 (or none).</source>
        <translation>Rechtsgrundlage: %1 (oder none).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="205"/>
        <source>The day the creator was told their data is held (GDPR Art. 14).</source>
        <translation>Der Tag, an dem der Creator informiert wurde, dass seine Daten gehalten werden (DSGVO Art. 14).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="208"/>
        <source>no: the creator objected to profiling and is left out of rankings and audits; yes: lifts that.</source>
        <translation>no: Der Creator hat dem Profiling widersprochen und wird aus Rankings und Prüfungen ausgeschlossen; yes: hebt das auf.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="212"/>
        <source>The data is still needed: its retention starts again today.</source>
        <translation>Die Daten werden weiterhin benötigt: Ihre Aufbewahrung beginnt heute neu.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="214"/>
        <source>Renew the consent to this self-declared attribute.</source>
        <translation>Die Einwilligung zu dieser Selbstangabe erneuern.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="216"/>
        <source>The day the renewed consent was given.</source>
        <translation>Der Tag, an dem die erneuerte Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="219"/>
        <source>The day the renewed consent ends (default: never).</source>
        <translation>Der Tag, an dem die erneuerte Einwilligung endet (Standard: nie).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="220"/>
        <source>Where the renewed consent is kept (a reference).</source>
        <translation>Wo die erneuerte Einwilligung aufbewahrt wird (eine Referenz).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="222"/>
        <source>Why (kept in the log with the creator&apos;s details).</source>
        <translation>Warum (bleibt im Protokoll bei den Angaben des Creators).</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="232"/>
        <source>privacy-record needs a project file and a handle</source>
        <translation>privacy-record braucht eine Projektdatei und ein Handle</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="237"/>
        <source>--basis must be one of %1 or none</source>
        <translation>--basis muss eines von %1 oder none sein</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="250"/>
        <source>--profile must be yes or no</source>
        <translation>--profile muss yes oder no sein</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="257"/>
        <source>--given-on and --expires renew a consent: name it with --consent</source>
        <translation>--given-on und --expires erneuern eine Einwilligung: nennen Sie sie mit --consent</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="260"/>
        <source>--consent needs --given-on, the day the consent was given again</source>
        <translation>--consent braucht --given-on, den Tag, an dem die Einwilligung erneut erteilt wurde</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="265"/>
        <source>say what to record: --basis, --informed-on, --profile, --renew-retention or --consent</source>
        <translation>sagen Sie, was erfasst werden soll: --basis, --informed-on, --profile, --renew-retention oder --consent</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="287"/>
        <source>Privacy record of creator %1 (%2):</source>
        <translation>Datenschutzeintrag von Creator %1 (%2):</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="290"/>
        <source>  lawful basis: %1</source>
        <translation>  Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="291"/>
        <source>  informed on:  %1</source>
        <translation>  informiert am:   %1</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="293"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="295"/>
        <source>  profiling:    %1</source>
        <translation>  Profiling:       %1</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="296"/>
        <source>objected: left out of rankings and audits</source>
        <translation>widersprochen: aus Rankings und Prüfungen ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="297"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="299"/>
        <source>  last used:    %1</source>
        <translation>  zuletzt genutzt: %1</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="302"/>
        <source>  consent to &quot;%1&quot;: given %2, expires %3</source>
        <translation>  Einwilligung zu „%1“: erteilt %2, läuft ab %3</translation>
    </message>
    <message>
        <location filename="../app/PrivacyCommands.cpp" line="305"/>
        <source>  consent to &quot;%1&quot;: given %2, no expiry</source>
        <translation>  Einwilligung zu „%1“: erteilt %2, kein Ablauf</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="35"/>
        <source>pdf, html, csv or json.</source>
        <translation>pdf, html, csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="37"/>
        <source>For a PDF: a4 (default) or letter.</source>
        <translation>Für ein PDF: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="38"/>
        <source>The file to write (readable by you only).</source>
        <translation>Die zu schreibende Datei (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="41"/>
        <source>The report&apos;s language, for a client who reads another: %1 (default: yours).</source>
        <translation>Die Sprache des Berichts, für einen Kunden, der eine andere liest: %1 (Standard: Ihre).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="53"/>
        <source>report needs --format pdf, html, csv or json</source>
        <translation>report braucht --format pdf, html, csv oder json</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="56"/>
        <source>--paper must be a4 or letter</source>
        <translation>--paper muss a4 oder letter sein</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="59"/>
        <source>report needs --out PATH</source>
        <translation>report braucht --out PATH</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="64"/>
        <source>Candor has no report in &quot;%1&quot;; it speaks %2</source>
        <translation>Candor hat keinen Bericht auf „%1“; es spricht %2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="88"/>
        <source>Wrote the %1 report of &quot;%2&quot; (%3 shortlisted, not approved) to %4.</source>
        <translation>Den %1-Bericht zu „%2“ (%3 auf der Shortlist, nicht freigegeben) nach %4 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="89"/>
        <source>Wrote the %1 report of &quot;%2&quot; (%3 shortlisted, approved) to %4.</source>
        <translation>Den %1-Bericht zu „%2“ (%3 auf der Shortlist, freigegeben) nach %4 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="98"/>
        <source>The agency&apos;s name.</source>
        <translation>Der Name der Agentur.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="99"/>
        <source>A PNG or JPEG logo for the report&apos;s cover.</source>
        <translation>Ein PNG- oder JPEG-Logo für das Deckblatt des Berichts.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="101"/>
        <source>Take the logo off the reports.</source>
        <translation>Das Logo von den Berichten entfernen.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="128"/>
        <source>%1 is not a PNG or JPEG image</source>
        <translation>%1 ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="135"/>
        <source>Agency: %1; logo: %2.</source>
        <translation>Agentur: %1; Logo: %2.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="136"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="137"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="32"/>
        <source>Scoring model id (default: the campaign&apos;s).</source>
        <translation>ID des Bewertungsmodells (Standard: das der Kampagne).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="34"/>
        <source>Override one factor&apos;s weight, e.g. reach=2. Repeatable.</source>
        <translation>Das Gewicht eines Faktors überschreiben, z. B. reach=2. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="37"/>
        <source>Missing data: lower_bound (count as 0), neutral (count as 0.5) or exclude.</source>
        <translation>Fehlende Daten: lower_bound (als 0 zählen), neutral (als 0.5 zählen) oder exclude.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="40"/>
        <source>Size of the top group for stability and counterfactuals (default 10).</source>
        <translation>Größe der Spitzengruppe für Stabilität und Kontrafakten (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="42"/>
        <source>Monte Carlo weight draws (default 1000; 0 turns it off).</source>
        <translation>Monte-Carlo-Ziehungen der Gewichte (Standard 1000; 0 schaltet sie ab).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="45"/>
        <source>How close the weight draws stay to the weights (default 50).</source>
        <translation>Wie nah die Ziehungen an den Gewichten bleiben (Standard 50).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="48"/>
        <source>Seed of the weight draws (default 1).</source>
        <translation>Startwert der Gewichtsziehungen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="69"/>
        <source>--model takes a model id (a number)</source>
        <translation>--model nimmt eine Modell-ID (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="75"/>
        <source>--k needs a whole number of 1 or more; --draws and --seed 0 or more</source>
        <translation>--k braucht eine ganze Zahl ab 1; --draws und --seed ab 0</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="82"/>
        <source>--concentration needs a number above 0</source>
        <translation>--concentration braucht eine Zahl über 0</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="97"/>
        <source>--missing must be lower_bound, neutral or exclude</source>
        <translation>--missing muss lower_bound, neutral oder exclude sein</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="112"/>
        <source>--weight needs factor=value with a value of 0 or more; factors: %1</source>
        <translation>--weight braucht factor=value mit einem Wert ab 0; Faktoren: %1</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="179"/>
        <source>Show only the first N ranked candidates.</source>
        <translation>Nur die ersten N gerankten Kandidaten zeigen.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="180"/>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="182"/>
        <source>Show only candidates with this warning: authenticity_warning, disclosure_issue, brand_safety_hit, or any (their ranks stay those of the whole ranking).</source>
        <translation>Nur Kandidaten mit dieser Warnung zeigen: authenticity_warning, disclosure_issue, brand_safety_hit oder any (ihre Ränge bleiben die des ganzen Rankings).</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="195"/>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="199"/>
        <source>--top needs a whole number of 1 or more</source>
        <translation>--top braucht eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="209"/>
        <source>--warning must be authenticity_warning, disclosure_issue, brand_safety_hit or any</source>
        <translation>--warning muss authenticity_warning, disclosure_issue, brand_safety_hit oder any sein</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="318"/>
        <source>Campaign &quot;%1&quot;, model %2 v%3 (missing data: %4), top %5 stability over %6 weight draws</source>
        <translation>Kampagne „%1“, Modell %2 v%3 (fehlende Daten: %4), Stabilität der Top %5 über %6 Gewichtsziehungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ScoringCommands.cpp" line="365"/>
        <source>%n candidate(s) filtered out before ranking; see --format json (&quot;excluded&quot;) or candor explain FILE HANDLE.</source>
        <translation>
            <numerusform>%n Kandidat vor dem Ranking herausgefiltert; siehe --format json (&quot;excluded&quot;) oder candor explain FILE HANDLE.</numerusform>
            <numerusform>%n Kandidaten vor dem Ranking herausgefiltert; siehe --format json (&quot;excluded&quot;) oder candor explain FILE HANDLE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ScoringCommands.cpp" line="371"/>
        <source>%n account(s) of creators who asked not to be profiled are not ranked (candor privacy lists them).</source>
        <translation>
            <numerusform>%n Konto eines Creators, der nicht profiliert werden möchte, wird nicht gerankt (candor privacy listet sie).</numerusform>
            <numerusform>%n Konten von Creatorn, die nicht profiliert werden möchten, werden nicht gerankt (candor privacy listet sie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="384"/>
        <source>Compare factor by factor with another handle.</source>
        <translation>Faktor für Faktor mit einem anderen Handle vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="387"/>
        <source>Platform of HANDLE (and of --compare) when the handle is on several.</source>
        <translation>Plattform von HANDLE (und von --compare), wenn das Handle auf mehreren ist.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="420"/>
        <source>has %1 on several platforms (%2); choose one with --platform</source>
        <translation>hat %1 auf mehreren Plattformen (%2); wählen Sie eine mit --platform</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="528"/>
        <source>%1 (%2, %3) for campaign &quot;%4&quot;, model %5 v%6</source>
        <translation>%1 (%2, %3) für die Kampagne „%4“, Modell %5 v%6</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="534"/>
        <source>Not ranked: %1. The score below is shown for reference.</source>
        <translation>Nicht gerankt: %1. Die Bewertung unten dient nur zur Orientierung.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="535"/>
        <source>Score %1 of 100, rank %2 of %3, data coverage %4</source>
        <translation>Bewertung %1 von 100, Rang %2 von %3, Datenabdeckung %4</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="538"/>
        <source>Score %1 of 100, data coverage %2</source>
        <translation>Bewertung %1 von 100, Datenabdeckung %2</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="542"/>
        <source>With the missing data the score could lie between %1 and %2 (each missing factor at 0 and at full marks)</source>
        <translation>Mit den fehlenden Daten könnte die Bewertung zwischen %1 und %2 liegen (jeder fehlende Faktor bei 0 und bei voller Punktzahl)</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="548"/>
        <source>Rank stability: in the top %1 in %2 of %3 weight draws; rank %4 to %5 (5th to 95th percentile)%6</source>
        <translation>Stabilität des Rangs: unter den Top %1 in %2 von %3 Gewichtsziehungen; Rang %4 bis %5 (5. bis 95. Perzentil)%6</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="553"/>
        <source> — not a stable place</source>
        <translation> — kein stabiler Platz</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="556"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="556"/>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="556"/>
        <source>Normalised</source>
        <translation>Normiert</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="557"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="557"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="577"/>
        <source>(* no data: counts as 0 until there is data)</source>
        <translation>(* keine Daten: zählt als 0, bis es Daten gibt)</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="578"/>
        <source>(* imputed: no data, counted as neutral)</source>
        <translation>(* ergänzt: keine Daten, als neutral gezählt)</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="580"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="583"/>
        <source>%1: %2. Source: %3. Curve: %4.</source>
        <translation>%1: %2. Quelle: %3. Kurve: %4.</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="589"/>
        <source>What would bring it into the top %1 (one change at a time):</source>
        <translation>Was ihn in die Top %1 bringen würde (jeweils eine Änderung):</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="598"/>
        <source>Compared with %1 (points, this candidate minus the other):</source>
        <translation>Verglichen mit %1 (Punkte, dieser Kandidat minus der andere):</translation>
    </message>
    <message>
        <location filename="../app/ScoringCommands.cpp" line="606"/>
        <source>Score gap</source>
        <translation>Abstand der Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="35"/>
        <source>shortlist, approve, reject or remove.</source>
        <translation>shortlist, approve, reject oder remove.</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="37"/>
        <source>Why (required; a decision against the ranking needs a justification).</source>
        <translation>Warum (erforderlich; eine Entscheidung gegen das Ranking braucht eine Begründung).</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="40"/>
        <source>Who decides (default: your user name).</source>
        <translation>Wer entscheidet (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="51"/>
        <source>--decision must be shortlist, approve, reject or remove</source>
        <translation>--decision muss shortlist, approve, reject oder remove sein</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="65"/>
        <source>@%1 is on several platforms: add --platform</source>
        <translation>@%1 ist auf mehreren Plattformen: fügen Sie --platform hinzu</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="77"/>
        <source>not ranked: %1</source>
        <translation>nicht gerankt: %1</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="77"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="78"/>
        <source>%1 @%2 in campaign &quot;%3&quot; (%4), by %5.</source>
        <translation>%1 @%2 in der Kampagne „%3“ (%4), von %5.</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="82"/>
        <source> It goes against the ranking: recorded as an override with your justification.</source>
        <translation> Das widerspricht dem Ranking: als Übergehen mit Ihrer Begründung erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="90"/>
        <source>The name of the person who approves (required).</source>
        <translation>Der Name der Person, die freigibt (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="100"/>
        <source>approve needs --by NAME: a shortlist is approved by a named person</source>
        <translation>approve braucht --by NAME: Eine Shortlist wird von einer namentlich genannten Person freigegeben</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="111"/>
        <source>The shortlist of campaign &quot;%1&quot; was approved by %2 at %3, under %4 version %5%6. A later decision on it withdraws the approval.</source>
        <translation>Die Shortlist der Kampagne „%1“ wurde von %2 am %3 freigegeben, unter %4 Version %5%6. Eine spätere Entscheidung dazu zieht die Freigabe zurück.</translation>
    </message>
    <message>
        <location filename="../app/ShortlistCommands.cpp" line="116"/>
        <source> with unsaved weights</source>
        <translation> mit nicht gespeicherten Gewichten</translation>
    </message>
</context>
<context>
    <name>ComplianceText</name>
    <message>
        <location filename="../models/compliance/BrandSafety.cpp" line="164"/>
        <source>the brief excludes %1</source>
        <translation>das Briefing schließt %1 aus</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="26"/>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="30"/>
        <source>%1th</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="27"/>
        <source>%1st</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="28"/>
        <source>%1nd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="29"/>
        <source>%1rd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="47"/>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="49"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="53"/>
        <source>violation</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="221"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="222"/>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="224"/>
        <source>in the title</source>
        <translation>im Titel</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="225"/>
        <source>at character %1</source>
        <translation>bei Zeichen %1</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="232"/>
        <source>%1 is only in the description; a video should say it in the video itself (or use YouTube&apos;s paid-promotion label), where viewers see it.</source>
        <translation>%1 steht nur in der Beschreibung; ein Video sollte es im Video selbst sagen (oder YouTubes Kennzeichnung für bezahlte Werbung verwenden), wo die Zuschauer es sehen.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="235"/>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="247"/>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="262"/>
        <source>FTC, Disclosures 101 for Social Media Influencers (2019)</source>
        <translation>FTC, Disclosures 101 for Social Media Influencers (2019)</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="237"/>
        <source>Labelled %1 %2, before the %3 is cut off: seen by every viewer.</source>
        <translation>Gekennzeichnet mit %1 %2, bevor die %3 abgeschnitten wird: von allen gesehen.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="244"/>
        <source>%1 is the %2 of %3 hashtags in a row: buried in a string of hashtags, where viewers skip it. Put it first, or write &quot;Ad&quot; at the start.</source>
        <translation>%1 ist das %2 von %3 Hashtags in Folge: in einer Reihe von Hashtags versteckt, die Zuschauer überspringen. Setzen Sie es an den Anfang oder schreiben Sie „Werbung“ an den Anfang.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="253"/>
        <source>Only the platform&apos;s paid-partnership label%1; the FTC does not count it as enough on its own. Write &quot;Ad&quot; at the start of the %2.</source>
        <translation>Nur die Kennzeichnung „Bezahlte Partnerschaft“ der Plattform%1; die FTC lässt sie allein nicht gelten. Schreiben Sie „Werbung“ an den Anfang der %2.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="255"/>
        <source> is seen (%1 comes after the cut-off)</source>
        <translation> ist zu sehen (%1 kommt nach der Abschneidestelle)</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="258"/>
        <source> and %1, which is not a clear label</source>
        <translation> und %1, was keine klare Kennzeichnung ist</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="266"/>
        <source>%1 starts at character %2, after the first %3 characters (or %4 lines) that show before &quot;more&quot;: most viewers never see it.</source>
        <translation>%1 beginnt bei Zeichen %2, nach den ersten %3 Zeichen (oder %4 Zeilen), die vor „mehr“ angezeigt werden: Die meisten Zuschauer sehen es nie.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="272"/>
        <source>FTC, letters to influencers (April 2017); Disclosures 101 (2019)</source>
        <translation>FTC, letters to influencers (April 2017); Disclosures 101 (2019)</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="276"/>
        <source>The only label is %1, which the %2 rules name as not clear enough on its own. Write &quot;Ad&quot; at the start.</source>
        <translation>Die einzige Kennzeichnung ist %1, die nach den Regeln von %2 allein nicht klar genug ist. Schreiben Sie „Werbung“ an den Anfang.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="281"/>
        <source>A sponsored post without any label that it is an ad.</source>
        <translation>Ein gesponserter Beitrag ohne jede Kennzeichnung als Werbung.</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="282"/>
        <source>FTC, 16 CFR 255.5; UK CAP Code 2.1; EU UCPD Annex I point 11</source>
        <translation>FTC, 16 CFR 255.5; UK CAP Code 2.1; EU UCPD Annex I point 11</translation>
    </message>
    <message>
        <location filename="../models/compliance/DisclosureCheck.cpp" line="290"/>
        <source>Marked as made with AI, but the post carries no AI label; images and video made or altered with AI that look real must say so.</source>
        <translation>Als mit KI erstellt markiert, aber der Beitrag trägt keine KI-Kennzeichnung; Bilder und Videos, die mit KI erstellt oder verändert wurden und echt wirken, müssen das sagen.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../models/domain/Decision.cpp" line="20"/>
        <source>Shortlisted</source>
        <translation>Auf der Shortlist</translation>
    </message>
    <message>
        <location filename="../models/domain/Decision.cpp" line="21"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../models/domain/Decision.cpp" line="22"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/domain/Decision.cpp" line="23"/>
        <source>Removed from the shortlist</source>
        <translation>Von der Shortlist genommen</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="100"/>
        <source>%1 has no categories.</source>
        <translation>%1 hat keine Kategorien.</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="106"/>
        <source>%1 has a category without a name.</source>
        <translation>%1 hat eine Kategorie ohne Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="108"/>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 nennt „%2“ zweimal.</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="111"/>
        <source>%1 &quot;%2&quot; has share %3; a share must lie between 0 and 1.</source>
        <translation>%1 „%2“ hat den Anteil %3; ein Anteil muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="117"/>
        <source>%1 shares add up to %2 %, not 100 % (allowed: ±%3 points).</source>
        <translation>%1: Die Anteile ergeben zusammen %2 %, nicht 100 % (erlaubt: ±%3 Punkte).</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="135"/>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="18"/>
        <source>the product category is a key such as alcohol, gambling or hfss_food</source>
        <translation>die Produktkategorie ist ein Schlüssel wie alcohol, gambling oder hfss_food</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="20"/>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="22"/>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="24"/>
        <source>The campaign ends before it starts.</source>
        <translation>Die Kampagne endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="28"/>
        <source>The target audience gives %1 twice.</source>
        <translation>Die Zielgruppe nennt %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="39"/>
        <source>has no campaign yet</source>
        <translation>hat noch keine Kampagne</translation>
    </message>
    <message>
        <location filename="../models/domain/Campaign.cpp" line="51"/>
        <source>has no campaign &quot;%1&quot; (campaigns: %2)</source>
        <translation>hat keine Kampagne „%1“ (Kampagnen: %2)</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="42"/>
        <source>is not a valid campaign: %1</source>
        <translation>ist keine gültige Kampagne: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="56"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="69"/>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="75"/>
        <source>must be a list of non-empty text</source>
        <translation>muss eine Liste nicht leerer Texte sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="93"/>
        <source>must be a number of 0 or more</source>
        <translation>muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="107"/>
        <source>must be a date such as 2026-03-01</source>
        <translation>muss ein Datum wie 2026-03-01 sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="119"/>
        <location filename="../models/domain/CampaignJson.cpp" line="255"/>
        <source>&quot;%1&quot; is not a country name or ISO 3166 code</source>
        <translation>„%1“ ist kein Ländername und kein ISO-3166-Code</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="188"/>
        <source>must be a three-letter ISO 4217 code such as EUR</source>
        <translation>muss ein dreibuchstabiger ISO-4217-Code wie EUR sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="201"/>
        <source>must be a name or {&quot;name&quot;, &quot;version&quot;}</source>
        <translation>muss ein Name oder {&quot;name&quot;, &quot;version&quot;} sein</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="208"/>
        <source>min must be below max</source>
        <translation>min muss unter max liegen</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="224"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="241"/>
        <source>is not an audience dimension (age_band, gender, country, language)</source>
        <translation>ist keine Publikumsdimension (age_band, gender, country, language)</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="259"/>
        <source>every entry needs a &quot;category&quot; and a numeric &quot;share&quot;</source>
        <translation>jeder Eintrag braucht eine &quot;category&quot; und einen numerischen &quot;share&quot;</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="267"/>
        <source>must map each dimension to a list of shares</source>
        <translation>muss jeder Dimension eine Liste von Anteilen zuordnen</translation>
    </message>
    <message>
        <location filename="../models/domain/CampaignJson.cpp" line="278"/>
        <source>must be an audience dimension with a weight of 0 or more</source>
        <translation>muss eine Publikumsdimension mit einem Gewicht ab 0 sein</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="30"/>
        <source>The handle is empty.</source>
        <translation>Das Handle ist leer.</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="32"/>
        <source>“%1” is not valid as a handle on %2: %3.</source>
        <translation>„%1“ ist als Handle auf %2 nicht gültig: %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="35"/>
        <source>The name holds control or bidirectional characters.</source>
        <translation>Der Name enthält Steuer- oder bidirektionale Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="38"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="50"/>
        <source>The engagement rate is a share from 0 to 100 %.</source>
        <translation>Die Interaktionsrate ist ein Anteil von 0 bis 100 %.</translation>
    </message>
    <message>
        <location filename="../models/domain/Creator.cpp" line="52"/>
        <source>“%1” is not a country name or ISO 3166 code.</source>
        <translation>„%1“ ist kein Ländername und kein ISO-3166-Code.</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="70"/>
        <source>a handle has no spaces (this looks like a name)</source>
        <translation>ein Handle hat keine Leerzeichen (das sieht nach einem Namen aus)</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="72"/>
        <source>a handle has no line breaks</source>
        <translation>ein Handle hat keine Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="74"/>
        <source>a handle has no control characters</source>
        <translation>ein Handle hat keine Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="76"/>
        <source>a handle has no bidirectional controls (they can make text read backwards)</source>
        <translation>ein Handle hat keine bidirektionalen Steuerzeichen (sie können Text rückwärts lesen lassen)</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="79"/>
        <source>a handle has no quotes or angle brackets</source>
        <translation>ein Handle hat keine Anführungszeichen oder spitzen Klammern</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="85"/>
        <source>a %1 handle holds only letters, digits and &quot;%2&quot;; &quot;%3&quot; is not one of them</source>
        <translation>ein %1-Handle enthält nur Buchstaben, Ziffern und „%2“; „%3“ gehört nicht dazu</translation>
    </message>
    <message>
        <location filename="../models/domain/Platform.cpp" line="90"/>
        <source>a %1 handle has %2 to %3 characters, this one %4</source>
        <translation>ein %1-Handle hat %2 bis %3 Zeichen, dieses %4</translation>
    </message>
    <message>
        <location filename="../models/core/Formatting.cpp" line="58"/>
        <source>lower</source>
        <extracomment>&quot;lower&quot; if a label inside a sentence starts in lower case (English), &quot;keep&quot; if it keeps its capital (German).</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>FairnessText</name>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="15"/>
        <source>followers</source>
        <translation>Followern</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="16"/>
        <source>average views</source>
        <translation>durchschnittlichen Aufrufen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="27"/>
        <source>balanced</source>
        <translation>ausgewogen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="29"/>
        <source>some categories off</source>
        <translation>einige Kategorien abweichend</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="31"/>
        <source>unbalanced</source>
        <translation>unausgewogen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="35"/>
        <location filename="../models/fairness/AudienceBalance.cpp" line="52"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="42"/>
        <source>within</source>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="44"/>
        <source>under-represented</source>
        <translation>unterrepräsentiert</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="46"/>
        <source>over-represented</source>
        <translation>überrepräsentiert</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="48"/>
        <source>outside the target</source>
        <translation>außerhalb des Ziels</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="110"/>
        <source>age bands cut differently by the sources are pooled and compared on the bands they all share: %1</source>
        <translation>Altersgruppen, die die Quellen unterschiedlich schneiden, werden zusammengefasst und auf den Gruppen verglichen, die alle teilen: %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="164"/>
        <location filename="../models/fairness/AuditReport.cpp" line="88"/>
        <source>no audience data</source>
        <translation>keine Publikumsdaten</translation>
    </message>
    <message>
        <location filename="../models/fairness/AudienceBalance.cpp" line="187"/>
        <source>no selected creator&apos;s audience data names this category</source>
        <translation>die Publikumsdaten keines ausgewählten Creators nennen diese Kategorie</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="27"/>
        <source>data confidence %1</source>
        <translation>Datenkonfidenz %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="36"/>
        <source> Not defined here: %1.</source>
        <translation> Hier nicht definiert: %1.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="46"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="48"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="52"/>
        <source>Caution</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="80"/>
        <source>from %1, no upper limit</source>
        <translation>ab %1, ohne Obergrenze</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="81"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="93"/>
        <source>Audience mismatch</source>
        <translation>Publikumsabweichung</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="94"/>
        <source>total variation distance (TVD)</source>
        <translation>Totalvariationsabstand (TVD)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="95"/>
        <source>half the sum of the differences between the selection&apos;s audience shares and the target&apos;s: the share of the audience that would have to move to match the target. 0 is a perfect match, 1 no overlap at all.</source>
        <translation>die halbe Summe der Differenzen zwischen den Publikumsanteilen der Auswahl und denen des Ziels: der Anteil des Publikums, der sich verschieben müsste, um dem Ziel zu entsprechen. 0 ist eine perfekte Übereinstimmung, 1 gar keine Überschneidung.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="100"/>
        <source>%1 of the audience would have to move to match the target.</source>
        <translation>%1 des Publikums müsste sich verschieben, um dem Ziel zu entsprechen.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="105"/>
        <source>Divergence from the target</source>
        <translation>Abweichung vom Ziel</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="106"/>
        <source>Kullback–Leibler divergence KL(selection ‖ target), natural logarithm</source>
        <translation>Kullback-Leibler-Divergenz KL(Auswahl ‖ Ziel), natürlicher Logarithmus</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="107"/>
        <source>Σ p·ln(p / q) over the categories: 0 when the audiences match; it grows fast where the selection reaches categories the target gives little. Not defined where the selection reaches a category the target leaves out.</source>
        <translation>Σ p·ln(p / q) über die Kategorien: 0, wenn die Publika übereinstimmen; sie wächst schnell, wo die Auswahl Kategorien erreicht, denen das Ziel wenig gibt. Nicht definiert, wo die Auswahl eine Kategorie erreicht, die das Ziel auslässt.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="115"/>
        <source>Divergence, both ways</source>
        <translation>Abweichung in beide Richtungen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="116"/>
        <source>Jensen–Shannon distance</source>
        <translation>Jensen-Shannon-Abstand</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="117"/>
        <source>the square root of ½KL(p ‖ m) + ½KL(q ‖ m), m the average of the two audiences: symmetric, defined even where the target leaves a category out, from 0 (the same) to about 0.83 (no overlap).</source>
        <translation>die Quadratwurzel aus ½KL(p ‖ m) + ½KL(q ‖ m), m der Durchschnitt der beiden Publika: symmetrisch, auch definiert, wo das Ziel eine Kategorie auslässt, von 0 (gleich) bis etwa 0,83 (keine Überschneidung).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="125"/>
        <source>Resting on low-confidence estimates</source>
        <translation>Gestützt auf Schätzungen geringer Konfidenz</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="126"/>
        <source>low-confidence share of the pooled audience</source>
        <translation>Anteil des gemeinsamen Publikums mit geringer Konfidenz</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="127"/>
        <source>the part of the pooled audience whose estimates come with a confidence below the threshold (50 % by default): those figures may be far off.</source>
        <translation>der Teil des gemeinsamen Publikums, dessen Schätzungen mit einer Konfidenz unter dem Schwellenwert kommen (standardmäßig 50 %): Diese Zahlen können weit danebenliegen.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="131"/>
        <source>%1 of the pooled audience rests on low-confidence estimates.</source>
        <translation>%1 des gemeinsamen Publikums stützt sich auf Schätzungen geringer Konfidenz.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="141"/>
        <source>No selected creator&apos;s audience data names this category: its share is unknown.</source>
        <translation>Die Publikumsdaten keines ausgewählten Creators nennen diese Kategorie: ihr Anteil ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="145"/>
        <source>Outside the target, and not reached.</source>
        <translation>Außerhalb des Ziels und nicht erreicht.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="146"/>
        <source>%1 of the selection&apos;s audience is here, and the campaign targets none (%2).</source>
        <translation>%1 des Publikums der Auswahl ist hier, und die Kampagne zielt auf keinen (%2).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="154"/>
        <source>%1 of the selection&apos;s audience against a target of %2: %3 × the target</source>
        <translation>%1 des Publikums der Auswahl gegenüber einem Ziel von %2: %3 × das Ziel</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="158"/>
        <source>, within %1–%2.</source>
        <translation>, innerhalb %1–%2.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="160"/>
        <source>, %1 (outside %2–%3; %4).</source>
        <translation>, %1 (außerhalb %2–%3; %4).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="176"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="184"/>
        <source>0 because %1 has no one selected, while %2 has %3.</source>
        <translation>0, weil bei %1 niemand ausgewählt ist, während %2 %3 hat.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="186"/>
        <source>%1 (%2) is selected at %3 × the rate of %4 (%5).</source>
        <translation>%1 (%2) wird mit dem %3-Fachen der Quote von %4 ausgewählt (%5).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="191"/>
        <source> With %1 selected in all (fewer than %2) this is too few to judge.</source>
        <translation> Mit insgesamt %1 Ausgewählten (weniger als %2) sind das zu wenige für ein Urteil.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="198"/>
        <source>Gap in selection rates</source>
        <translation>Lücke bei den Auswahlquoten</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="199"/>
        <source>demographic parity difference (Fairlearn, between groups)</source>
        <translation>Demographic Parity Difference (Fairlearn, zwischen Gruppen)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="200"/>
        <source>the highest minus the lowest selection rate among the groups large enough to judge: 0 when every group is selected at the same rate.</source>
        <translation>die höchste minus die niedrigste Auswahlquote unter den Gruppen, die groß genug für ein Urteil sind: 0, wenn jede Gruppe mit derselben Quote ausgewählt wird.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="207"/>
        <source>Lowest rate against highest</source>
        <translation>Niedrigste Quote gegenüber höchster</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="208"/>
        <source>demographic parity ratio (Fairlearn); AIF360 calls it disparate impact</source>
        <translation>Demographic Parity Ratio (Fairlearn); AIF360 nennt es Disparate Impact</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="209"/>
        <source>the lowest selection rate divided by the highest, among the groups large enough to judge: 1 when alike; under %1 fails the four-fifths rule.</source>
        <translation>die niedrigste Auswahlquote geteilt durch die höchste, unter den Gruppen, die groß genug für ein Urteil sind: 1, wenn gleich; unter %1 verfehlt es die Vier-Fünftel-Regel.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="217"/>
        <source>Ranking exposure</source>
        <translation>Sichtbarkeit im Ranking</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="218"/>
        <source>normalised discounted KL divergence (NDKL; Geyik, Ambler and Kenthapadi 2019)</source>
        <translation>normierte diskontierte KL-Divergenz (NDKL; Geyik, Ambler und Kenthapadi 2019)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="219"/>
        <source>how far the groups&apos; shares among the first i candidates are from their shares of the pool, summed over every position i = 1 … n of the consenting ranked candidates (not only the selection), each weighted 1 / log₂(i + 1) so the top counts most, and divided by the sum of the weights. 0 = proportional at every depth.</source>
        <translation>wie weit die Anteile der Gruppen unter den ersten i Kandidaten von ihren Anteilen am Pool entfernt sind, summiert über jede Position i = 1 … n der eingewilligten gerankten Kandidaten (nicht nur der Auswahl), jeweils gewichtet mit 1 / log₂(i + 1), sodass die Spitze am meisten zählt, und geteilt durch die Summe der Gewichte. 0 = proportional in jeder Tiefe.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="233"/>
        <source>%1 of %2 selected — too few to judge (%3).</source>
        <translation>%1 von %2 ausgewählt — zu wenige für ein Urteil (%3).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="238"/>
        <source>%1 of %2 selected (%3; plausibly %4)</source>
        <translation>%1 von %2 ausgewählt (%3; plausibel %4)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="243"/>
        <source>; %1 × the rate of %2</source>
        <translation>; %1 × die Quote von %2</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="245"/>
        <source> (plausibly %1)</source>
        <translation> (plausibel %1)</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="247"/>
        <source>; the reference group</source>
        <translation>; die Referenzgruppe</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="249"/>
        <source>; no comparison: %1</source>
        <translation>; kein Vergleich: %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="262"/>
        <source>FA*IR test, α = %1, adjusted to %2 for %3 positions</source>
        <translation>FA*IR-Test, α = %1, angepasst auf %2 für %3 Positionen</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="266"/>
        <source>Placed in the top %1 as fairly as chance allows (%2).</source>
        <translation>So fair unter den Top %1 platziert, wie der Zufall erlaubt (%2).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="267"/>
        <source>Fewer in the ranking than chance allows: among the first %1 it needed at least %2 and had %3 (%4).</source>
        <translation>Weniger im Ranking, als der Zufall erlaubt: Unter den ersten %1 brauchte es mindestens %2 und hatte %3 (%4).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="283"/>
        <source>Audience balance</source>
        <translation>Publikumsbalance</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="284"/>
        <source>The campaign has no target audience, so the audience balance cannot be checked.</source>
        <translation>Die Kampagne hat keine Zielgruppe, daher lässt sich die Publikumsbalance nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="295"/>
        <source>No selected creator has audience data for this dimension: add it with File › Import Audiences or candor import-audience (docs/audience-import.md).</source>
        <translation>Kein ausgewählter Creator hat Publikumsdaten für diese Dimension: Fügen Sie sie hinzu mit Datei › Publikumsdaten importieren oder candor import-audience (docs/audience-import.md).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="307"/>
        <source>Only %1 creators&apos; audiences are pooled: the balance moves a lot with each creator added or removed.</source>
        <translation>Nur die Publika von %1 Creatorn sind zusammengefasst: Die Balance bewegt sich stark mit jedem Creator, der hinzukommt oder wegfällt.</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="321"/>
        <source>%1 of the selection&apos;s audience is aged %2, which includes people under 18, and the campaign does not target it (%3).</source>
        <translation>%1 des Publikums der Auswahl ist %2 Jahre alt, was Menschen unter 18 einschließt, und die Kampagne zielt nicht darauf (%3).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="361"/>
        <source>%1 of the selection&apos;s audience is in categories the campaign does not target: %2 (data confidence %3).</source>
        <translation>%1 des Publikums der Auswahl ist in Kategorien, auf die die Kampagne nicht zielt: %2 (Datenkonfidenz %3).</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="370"/>
        <source>Creators by %1</source>
        <translation>Creator nach %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.cpp" line="376"/>
        <source>%1 consenting creators are selected, fewer than %2: too few to judge whether groups are selected alike.</source>
        <translation>%1 eingewilligte Creator sind ausgewählt, weniger als %2: zu wenige, um zu beurteilen, ob Gruppen gleich ausgewählt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/fairness/FairnessAudit.cpp" line="34"/>
        <source>the shortlist (%n candidate(s))</source>
        <translation>
            <numerusform>die Shortlist (%n Kandidat)</numerusform>
            <numerusform>die Shortlist (%n Kandidaten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessAudit.cpp" line="38"/>
        <source>the top %1</source>
        <translation>die Top %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessAudit.cpp" line="197"/>
        <source>age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessAudit.cpp" line="198"/>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessAudit.cpp" line="199"/>
        <source>ethnicity</source>
        <translation>ethnische Herkunft</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="18"/>
        <source>not defined (%1)</source>
        <translation>nicht definiert (%1)</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="69"/>
        <source>the target has no share here</source>
        <translation>das Ziel hat hier keinen Anteil</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="74"/>
        <source>the selection reaches a category the target leaves out</source>
        <translation>die Auswahl erreicht eine Kategorie, die das Ziel auslässt</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="85"/>
        <source>too few to judge</source>
        <translation>zu wenige für ein Urteil</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="87"/>
        <source>no comparison possible</source>
        <translation>kein Vergleich möglich</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="89"/>
        <source>within the band</source>
        <translation>innerhalb des Bands</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="91"/>
        <source>outside the band, but could be chance</source>
        <translation>außerhalb des Bands, könnte aber Zufall sein</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="95"/>
        <source>outside the band</source>
        <translation>außerhalb des Bands</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="121"/>
        <source>no one is selected</source>
        <translation>niemand ist ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="140"/>
        <source>%1 members, fewer than %2</source>
        <translation>%1 Mitglieder, weniger als %2</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="143"/>
        <source>too few to judge: </source>
        <translation>zu wenige für ein Urteil: </translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="152"/>
        <source>the reference group is not in the pool</source>
        <translation>die Referenzgruppe ist nicht im Pool</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="156"/>
        <source>no one of the reference group (%1) is selected</source>
        <translation>niemand aus der Referenzgruppe (%1) ist ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="172"/>
        <source>%1 selected in all, fewer than %2</source>
        <translation>insgesamt %1 ausgewählt, weniger als %2</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="178"/>
        <source>fewer than two groups large enough to judge</source>
        <translation>weniger als zwei Gruppen, die groß genug für ein Urteil sind</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="184"/>
        <source>no group has anyone selected</source>
        <translation>keine Gruppe hat Ausgewählte</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="194"/>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="206"/>
        <source>the ranking is empty</source>
        <translation>das Ranking ist leer</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="196"/>
        <source>the group has no target share</source>
        <translation>die Gruppe hat keinen Zielanteil</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="199"/>
        <source>no one of the group is in the top %1</source>
        <translation>niemand aus der Gruppe ist unter den Top %1</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="224"/>
        <source>group &quot;%1&quot; has no target share</source>
        <translation>Gruppe „%1“ hat keinen Zielanteil</translation>
    </message>
    <message>
        <location filename="../models/fairness/FairnessMetrics.cpp" line="230"/>
        <source>a ranked group has a target share of 0</source>
        <translation>eine gerankte Gruppe hat einen Zielanteil von 0</translation>
    </message>
    <message>
        <location filename="../models/fairness/AuditReport.h" line="31"/>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="23"/>
        <location filename="../models/import/AudienceImporter.cpp" line="635"/>
        <location filename="../models/import/CommentImporter.cpp" line="99"/>
        <location filename="../models/import/HistoryImporter.cpp" line="61"/>
        <location filename="../models/import/ImportStream.cpp" line="167"/>
        <location filename="../models/import/PostImporter.cpp" line="120"/>
        <source>per row</source>
        <translation>pro Zeile</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="35"/>
        <source>has no &quot;%1&quot; column (an attribute file has handle, platform, attribute, value, consent_date, purpose, evidence, consent_expires)</source>
        <translation>hat keine Spalte „%1“ (eine Merkmalsdatei hat handle, platform, attribute, value, consent_date, purpose, evidence, consent_expires)</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="65"/>
        <location filename="../models/import/AudienceImporter.cpp" line="314"/>
        <location filename="../models/import/AudienceImporter.cpp" line="425"/>
        <location filename="../models/import/CommentImporter.cpp" line="114"/>
        <location filename="../models/import/HistoryImporter.cpp" line="76"/>
        <location filename="../models/import/PostImporter.cpp" line="137"/>
        <location filename="../models/import/RecordInterpreter.cpp" line="219"/>
        <source>the handle is empty</source>
        <translation>das Handle ist leer</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="69"/>
        <location filename="../models/import/AudienceImporter.cpp" line="322"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="73"/>
        <source>the attribute and its value are both needed</source>
        <translation>das Merkmal und sein Wert werden beide gebraucht</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="76"/>
        <source>no consent date: a self-declared attribute is kept only with the creator&apos;s consent, so this row was not stored</source>
        <translation>kein Einwilligungsdatum: Eine Selbstangabe wird nur mit der Einwilligung des Creators aufbewahrt, daher wurde diese Zeile nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="80"/>
        <source>&quot;%1&quot; is not a past date such as 2026-03-01</source>
        <translation>„%1“ ist kein vergangenes Datum wie 2026-03-01</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="83"/>
        <source>&quot;%1&quot; is not a date such as 2027-03-01</source>
        <translation>„%1“ ist kein Datum wie 2027-03-01</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="86"/>
        <source>the consent expires (%1) before it was given (%2)</source>
        <translation>die Einwilligung läuft ab (%1), bevor sie erteilt wurde (%2)</translation>
    </message>
    <message>
        <location filename="../models/import/AttributeImporter.cpp" line="90"/>
        <source>no consent purpose: consent is given for a purpose (GDPR Art. 6 and 9), so this row was not stored</source>
        <translation>kein Zweck der Einwilligung: Eine Einwilligung wird für einen Zweck erteilt (DSGVO Art. 6 und 9), daher wurde diese Zeile nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="120"/>
        <source>&quot;%1&quot; is not a known %2%3</source>
        <translation>„%1“ ist kein bekanntes %2%3</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="124"/>
        <source> (an ISO 3166 code or an English country name)</source>
        <translation> (ein ISO-3166-Code oder ein englischer Ländername)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="130"/>
        <source>a share cannot be negative</source>
        <translation>ein Anteil kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="177"/>
        <source>breakdown &quot;%1&quot; is not an audience dimension Candor keeps</source>
        <translation>Aufschlüsselung „%1“ ist keine Publikumsdimension, die Candor speichert</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="191"/>
        <location filename="../models/import/AudienceImporter.cpp" line="205"/>
        <source>Instagram Graph API %1</source>
        <translation>Instagram Graph API %1</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="227"/>
        <source>metric &quot;%1&quot; is not an audience dimension Candor keeps</source>
        <translation>Kennzahl „%1“ ist keine Publikumsdimension, die Candor speichert</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="246"/>
        <source>the report has no viewerPercentage column</source>
        <translation>der Bericht hat keine Spalte viewerPercentage</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="279"/>
        <location filename="../models/import/AudienceImporter.cpp" line="619"/>
        <source>YouTube Analytics viewerPercentage</source>
        <translation>YouTube Analytics viewerPercentage</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="333"/>
        <source>&quot;%1&quot; is not age_band, gender, country or language</source>
        <translation>„%1“ ist nicht age_band, gender, country oder language</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="343"/>
        <location filename="../models/import/AudienceImporter.cpp" line="438"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="352"/>
        <source>&quot;%1&quot; is not measured, estimated or entered</source>
        <translation>„%1“ ist nicht measured, estimated oder entered</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="361"/>
        <source>&quot;%1&quot; is not a confidence between 0 and 1</source>
        <translation>„%1“ ist keine Konfidenz zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="370"/>
        <source>&quot;%1&quot; is not a date such as 2026-11-01</source>
        <translation>„%1“ ist kein Datum wie 2026-11-01</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="417"/>
        <source>no column holds the handle (name it &quot;handle&quot;)</source>
        <translation>keine Spalte enthält das Handle (nennen Sie sie „handle“)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="519"/>
        <source>percent (0–100)</source>
        <translation>Prozent (0–100)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="520"/>
        <source>fractions (0–1)</source>
        <translation>Bruchteile (0–1)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="527"/>
        <source>every %1 share of @%2 is 0</source>
        <translation>jeder %1-Anteil von @%2 ist 0</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="549"/>
        <source>the %1 shares of @%2 add up to %3, more than 100 %</source>
        <translation>die %1-Anteile von @%2 ergeben zusammen %3, mehr als 100 %</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="577"/>
        <source>not stored: line %1 of the same %2 distribution of @%3 was rejected, and a distribution is kept whole</source>
        <translation>nicht gespeichert: Zeile %1 derselben %2-Verteilung von @%3 wurde abgelehnt, und eine Verteilung wird nur ganz aufbewahrt</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="592"/>
        <source>Shares read as %1.</source>
        <translation>Anteile gelesen als %1.</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="613"/>
        <source>long (one row per category)</source>
        <translation>lang (eine Zeile pro Kategorie)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="615"/>
        <source>Instagram Graph API follower_demographics</source>
        <translation>Instagram Graph API follower_demographics</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="617"/>
        <source>Instagram Graph API audience_gender_age (legacy)</source>
        <translation>Instagram Graph API audience_gender_age (veraltet)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="623"/>
        <source>vendor export (one row per account)</source>
        <translation>Anbieterexport (eine Zeile pro Konto)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="645"/>
        <source>is not valid JSON at line %1 (%2)</source>
        <translation>ist kein gültiges JSON in Zeile %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="659"/>
        <source>is JSON but neither an Instagram Graph API insights response (&quot;data&quot;) nor a YouTube Analytics report (&quot;columnHeaders&quot;, &quot;rows&quot;)</source>
        <translation>ist JSON, aber weder eine Insights-Antwort der Instagram Graph API („data“) noch ein Bericht von YouTube Analytics („columnHeaders“, „rows“)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="665"/>
        <source>does not name its account: give it with --handle (the %1 response has no username)</source>
        <translation>nennt sein Konto nicht: geben Sie es mit --handle an (die %1-Antwort hat keinen Benutzernamen)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="667"/>
        <source>YouTube Analytics</source>
        <translation>YouTube Analytics</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="667"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="690"/>
        <source>has no audience columns Candor recognises: use the long format (handle, platform, dimension, category, share) or columns such as &quot;Audience 18-24 %&quot;, &quot;Audience female %&quot;, &quot;Top country 1&quot; (see docs/audience-import.md)</source>
        <translation>hat keine Publikumsspalten, die Candor erkennt: Verwenden Sie das lange Format (handle, platform, dimension, category, share) oder Spalten wie „Audience 18-24 %“, „Audience female %“, „Top country 1“ (siehe docs/audience-import.md)</translation>
    </message>
    <message>
        <location filename="../models/import/AudienceImporter.cpp" line="698"/>
        <source>Recognised as %1.</source>
        <translation>Erkannt als %1.</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="100"/>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation>Spalte %1 („%2“)</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="218"/>
        <source> (full numbers rather than abbreviations)</source>
        <translation> (ganze Zahlen statt Abkürzungen)</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="209"/>
        <source>%1 is read from %2%3; %4 seems to hold the same figure and is not imported. You can choose another column (--map, or the Columns tab when importing).</source>
        <translation>%1 wird aus %2%3 gelesen; %4 scheint dieselbe Zahl zu enthalten und wird nicht importiert. Sie können eine andere Spalte wählen (--map oder der Reiter Spalten beim Import).</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="213"/>
        <source>%1 is read from %2%3; %4 seem to hold the same figure and are not imported. You can choose another column (--map, or the Columns tab when importing).</source>
        <translation>%1 wird aus %2%3 gelesen; %4 scheinen dieselbe Zahl zu enthalten und werden nicht importiert. Sie können eine andere Spalte wählen (--map oder der Reiter Spalten beim Import).</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="225"/>
        <source>Not imported (no matching field): %1.</source>
        <translation>Nicht importiert (kein passendes Feld): %1.</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="233"/>
        <source>--map needs column=field, got &quot;%1&quot;</source>
        <translation>--map braucht column=field, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="243"/>
        <source>--map: there is no column %1 (the file has %2)</source>
        <translation>--map: es gibt keine Spalte %1 (die Datei hat %2)</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="254"/>
        <source>--map: several columns are called &quot;%1&quot;; name one by number, e.g. #%2=%3</source>
        <translation>--map: mehrere Spalten heißen „%1“; nennen Sie eine per Nummer, z. B. #%2=%3</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="263"/>
        <source>--map: no column is called &quot;%1&quot;</source>
        <translation>--map: keine Spalte heißt „%1“</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="276"/>
        <source>--map: unknown field &quot;%1&quot;; known fields: %2, ignore</source>
        <translation>--map: unbekanntes Feld „%1“; bekannte Felder: %2, ignore</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="306"/>
        <source>The headers look swapped: %1 holds display names (only %2 % look like handles) while %3 holds handles (%4 %). Handles were read from %3. Override with --map if this is wrong.</source>
        <translation>Die Überschriften wirken vertauscht: %1 enthält Anzeigenamen (nur %2 % sehen wie Handles aus), während %3 Handles enthält (%4 %). Handles wurden aus %3 gelesen. Überschreiben Sie das mit --map, wenn es falsch ist.</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="371"/>
        <source>the header &quot;%1&quot;</source>
        <translation>die Überschrift „%1“</translation>
    </message>
    <message>
        <location filename="../models/import/ColumnMapping.cpp" line="385"/>
        <source>profile links on line %1</source>
        <translation>Profillinks in Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/import/CommentImporter.cpp" line="92"/>
        <source>has no column for the comment&apos;s text (text, comment, textOriginal)</source>
        <translation>hat keine Spalte für den Text des Kommentars (text, comment, textOriginal)</translation>
    </message>
    <message>
        <location filename="../models/import/CommentImporter.cpp" line="96"/>
        <source>does not say whose posts the comments are under: add a handle column or use --handle</source>
        <translation>sagt nicht, unter wessen Beiträgen die Kommentare stehen: Fügen Sie eine Handle-Spalte hinzu oder verwenden Sie --handle</translation>
    </message>
    <message>
        <location filename="../models/import/CommentImporter.cpp" line="123"/>
        <location filename="../models/import/HistoryImporter.cpp" line="82"/>
        <location filename="../models/import/PostImporter.cpp" line="142"/>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>unbekannte Plattform „%1“</translation>
    </message>
    <message>
        <location filename="../models/import/CommentImporter.cpp" line="131"/>
        <location filename="../models/import/PostImporter.cpp" line="157"/>
        <source>&quot;%1&quot; is not a date such as 2024-05-01 or 2024-05-01T10:00:00Z</source>
        <translation>„%1“ ist kein Datum wie 2024-05-01 oder 2024-05-01T10:00:00Z</translation>
    </message>
    <message>
        <location filename="../models/import/CommentImporter.cpp" line="137"/>
        <source>the comment has no text</source>
        <translation>der Kommentar hat keinen Text</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="160"/>
        <source>text after a closing quote was kept: check the quotes</source>
        <translation>Text nach einem schließenden Anführungszeichen wurde behalten: prüfen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="171"/>
        <source>a stray quote character was kept as text</source>
        <translation>ein einzelnes Anführungszeichen wurde als Text behalten</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="230"/>
        <source>a quote opened on this line is never closed; the line was skipped and reading went on with the next line</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; die Zeile wurde übersprungen und das Lesen mit der nächsten Zeile fortgesetzt</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="234"/>
        <source>a quote opened on this line is not closed within %1 million characters; the line was skipped and reading went on with the next line</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen wird innerhalb von %1 Millionen Zeichen nicht geschlossen; die Zeile wurde übersprungen und das Lesen mit der nächsten Zeile fortgesetzt</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="238"/>
        <source>a quote opened on this line runs on over the next lines, which look like rows of their own (a stray quote?); the line was skipped and the rows after it were read</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen läuft über die nächsten Zeilen weiter, die wie eigene Zeilen aussehen (ein verirrtes Anführungszeichen?); die Zeile wurde übersprungen und die Zeilen danach gelesen</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="289"/>
        <source>Columns are separated by %1 (found %2 in the header line).</source>
        <translation>Spalten sind durch %1 getrennt (%2 in der Überschriftszeile gefunden).</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="31"/>
        <source>the data file does not exist</source>
        <translation>die Datendatei existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="35"/>
        <source>is a folder, not a data file</source>
        <translation>ist ein Ordner, keine Datendatei</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="36"/>
        <source>is not a regular file (a device, pipe or socket); export the data to a CSV or JSON file and import that</source>
        <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); exportieren Sie die Daten in eine CSV- oder JSON-Datei und importieren Sie diese</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="42"/>
        <source>is %1 MiB, more than an import reads (%2 MiB); split it into smaller files</source>
        <translation>ist %1 MiB groß, mehr als ein Import liest (%2 MiB); teilen Sie sie in kleinere Dateien</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="69"/>
        <location filename="../models/import/ImportStream.cpp" line="45"/>
        <location filename="../models/import/ImportStream.cpp" line="58"/>
        <source>cannot read the data file</source>
        <translation>die Datendatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="74"/>
        <source>grew beyond %1 MiB while it was read</source>
        <translation>wuchs beim Lesen über %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/import/DataFile.cpp" line="107"/>
        <source>Read as a platform API&apos;s response: rows are numbered by item (1 is the first item), not by line.</source>
        <translation>Als Antwort einer Plattform-API gelesen: Zeilen sind nach Element nummeriert (1 ist das erste Element), nicht nach Zeile.</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="78"/>
        <source>has no column for %1 (a follower sample has posts, following and followers per follower; see docs/authenticity.md)</source>
        <translation>hat keine Spalte für %1 (eine Follower-Stichprobe hat Beiträge, Folgt und Follower je Follower; siehe docs/authenticity.md)</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="86"/>
        <source>No profile-picture column: the rule on missing pictures is not applied.</source>
        <translation>Keine Spalte für das Profilbild: die Regel zu fehlenden Bildern wird nicht angewandt.</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="105"/>
        <location filename="../models/import/PostImporter.cpp" line="177"/>
        <source>&quot;%1&quot; is not a count</source>
        <translation>„%1“ ist keine Anzahl</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="118"/>
        <source>&quot;%1&quot; is not %2</source>
        <translation>„%1“ ist nicht %2</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="119"/>
        <source>fake or real (TRUE/FALSE)</source>
        <translation>fake oder real (TRUE/FALSE)</translation>
    </message>
    <message>
        <location filename="../models/import/FollowerSampleImporter.cpp" line="120"/>
        <source>TRUE or FALSE</source>
        <translation>TRUE oder FALSE</translation>
    </message>
    <message>
        <location filename="../models/import/HistoryImporter.cpp" line="55"/>
        <source>needs a date column and a followers column (date, followers)</source>
        <translation>braucht eine Datumsspalte und eine Follower-Spalte (date, followers)</translation>
    </message>
    <message>
        <location filename="../models/import/HistoryImporter.cpp" line="59"/>
        <source>does not say whose history this is: add a handle column or use --handle</source>
        <translation>sagt nicht, wessen Verlauf das ist: Fügen Sie eine Handle-Spalte hinzu oder verwenden Sie --handle</translation>
    </message>
    <message>
        <location filename="../models/import/HistoryImporter.cpp" line="87"/>
        <source>&quot;%1&quot; is not a date such as 2024-05-01</source>
        <translation>„%1“ ist kein Datum wie 2024-05-01</translation>
    </message>
    <message>
        <location filename="../models/import/HistoryImporter.cpp" line="91"/>
        <source>&quot;%1&quot; is not a follower count</source>
        <translation>„%1“ ist keine Follower-Zahl</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="55"/>
        <source>Checking characters</source>
        <translation>Zeichen werden geprüft</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="69"/>
        <source>it grew beyond %1 MiB while it was read</source>
        <translation>sie wuchs beim Lesen über %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="110"/>
        <location filename="../models/import/ImportStream.cpp" line="241"/>
        <source>could not be read to the end</source>
        <translation>konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="121"/>
        <source>holds no header row and no records</source>
        <translation>enthält keine Überschriftszeile und keine Datensätze</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="123"/>
        <source>The columns, the number format and the platform were judged from the first %1 rows.</source>
        <translation>Die Spalten, das Zahlenformat und die Plattform wurden aus den ersten %1 Zeilen bestimmt.</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="147"/>
        <source>no column holds the handle; name it with --map COLUMN=handle (columns: %1)</source>
        <translation>keine Spalte enthält das Handle; benennen Sie sie mit --map COLUMN=handle (Spalten: %1)</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="161"/>
        <source>does not say which platform its accounts are on; use --platform (%1)</source>
        <translation>sagt nicht, auf welcher Plattform seine Konten sind; verwenden Sie --platform (%1)</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="164"/>
        <source>Platform %1, recognised from %2.</source>
        <translation>Plattform %1, erkannt an %2.</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="221"/>
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
    <message>
        <location filename="../models/import/ImportStream.cpp" line="247"/>
        <source>%1 blank lines were skipped.</source>
        <translation>%1 leere Zeilen wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../models/import/JsonReader.cpp" line="87"/>
        <source>is not valid JSON: line %1: %2</source>
        <translation>ist kein gültiges JSON: Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../models/import/JsonReader.cpp" line="94"/>
        <source>must hold a JSON array of objects, one object per creator</source>
        <translation>muss ein JSON-Array von Objekten enthalten, ein Objekt pro Creator</translation>
    </message>
    <message>
        <location filename="../models/import/JsonReader.cpp" line="109"/>
        <source>element %1 is not an object</source>
        <translation>Element %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../models/import/JsonReader.cpp" line="119"/>
        <source>&quot;%1&quot; holds a list or object; expected text or a number</source>
        <translation>„%1“ enthält eine Liste oder ein Objekt; erwartet wurde Text oder eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="111"/>
        <source>has no column for the date of a post (timestamp, date, publishedAt)</source>
        <translation>hat keine Spalte für das Datum eines Beitrags (timestamp, date, publishedAt)</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="115"/>
        <source>does not say whose posts these are: add a handle column or use --handle</source>
        <translation>sagt nicht, wessen Beiträge das sind: Fügen Sie eine Handle-Spalte hinzu oder verwenden Sie --handle</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="119"/>
        <source>does not say which platform the posts are on: use --platform</source>
        <translation>sagt nicht, auf welcher Plattform die Beiträge sind: verwenden Sie --platform</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="149"/>
        <source>neither a platform column nor the link says which platform the post is on; use --platform</source>
        <translation>weder eine Plattformspalte noch der Link sagt, auf welcher Plattform der Beitrag ist; verwenden Sie --platform</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="166"/>
        <source>&quot;%1&quot; is not a media type (image, video, carousel, story)</source>
        <translation>„%1“ ist kein Medientyp (image, video, carousel, story)</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="184"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist nicht true oder false</translation>
    </message>
    <message>
        <location filename="../models/import/PostImporter.cpp" line="201"/>
        <source>&quot;%1&quot; is not none, creator or platform</source>
        <translation>„%1“ ist nicht none, creator oder platform</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="54"/>
        <source>; the figure was left empty</source>
        <translation>; die Zahl wurde leer gelassen</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="63"/>
        <source>&quot;%1&quot; is negative</source>
        <translation>„%1“ ist negativ</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="66"/>
        <source>&quot;%1&quot; is more than there are people on Earth (%2 billion, UN World Population Prospects 2024): a data error</source>
        <translation>„%1“ ist mehr, als es Menschen auf der Erde gibt (%2 Milliarden, UN World Population Prospects 2024): ein Datenfehler</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="73"/>
        <source>engagement rate &quot;%1&quot; is above 1: write it as a percentage (3.4%) or a fraction (0.034)</source>
        <translation>Interaktionsrate „%1“ ist über 1: schreiben Sie sie als Prozentsatz (3.4%) oder als Bruchteil (0.034)</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="90"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="207"/>
        <source>the row has %1 cells but the header has %2</source>
        <translation>die Zeile hat %1 Zellen, aber die Überschrift hat %2</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="209"/>
        <source>the row has %1 cells but the header has %2; the extra cells are not empty (a separator inside an unquoted value?)</source>
        <translation>die Zeile hat %1 Zellen, aber die Überschrift hat %2; die zusätzlichen Zellen sind nicht leer (ein Trennzeichen in einem Wert ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="230"/>
        <source>unknown platform &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Plattform „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="235"/>
        <source>the row names no platform; use --platform</source>
        <translation>die Zeile nennt keine Plattform; verwenden Sie --platform</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="241"/>
        <source>&quot;%1&quot; is not valid as a handle on %2: %3</source>
        <translation>„%1“ ist als Handle auf %2 nicht gültig: %3</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="252"/>
        <source>&quot;%1&quot; is not a date in the form 2022-09-30</source>
        <translation>„%1“ ist kein Datum in der Form 2022-09-30</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="274"/>
        <source>the fee has no currency; add a currency column or use --currency</source>
        <translation>das Honorar hat keine Währung; fügen Sie eine Währungsspalte hinzu oder verwenden Sie --currency</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="285"/>
        <source>&quot;%1&quot; is not a country Candor knows; it is kept as written</source>
        <translation>„%1“ ist kein Land, das Candor kennt; es wird so behalten, wie es geschrieben ist</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="296"/>
        <source>holds bytes that are not valid UTF-8 (shown as �); check the names on this row</source>
        <translation>enthält Bytes, die kein gültiges UTF-8 sind (angezeigt als �); prüfen Sie die Namen in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="308"/>
        <source>repeats line %1 exactly</source>
        <translation>wiederholt Zeile %1 genau</translation>
    </message>
    <message>
        <location filename="../models/import/RecordInterpreter.cpp" line="309"/>
        <source>handle &quot;%1&quot; already appears on line %2 with different figures; line %2 was kept. Remove one of the two rows, or import them as separate snapshots</source>
        <translation>Handle „%1“ erscheint schon in Zeile %2 mit anderen Zahlen; Zeile %2 wurde behalten. Entfernen Sie eine der beiden Zeilen oder importieren Sie sie als getrennte Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="105"/>
        <source>The file starts with a UTF-8 byte-order mark (as Excel writes it); it was skipped.</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke (wie Excel sie schreibt); sie wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="117"/>
        <source>The file is UTF-16 (%1).</source>
        <translation>Die Datei ist UTF-16 (%1).</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="118"/>
        <source>The file is UTF-16 (%1) without a byte-order mark, recognised by its zero bytes.</source>
        <translation>Die Datei ist UTF-16 (%1) ohne Bytereihenfolgemarke, erkannt an ihren Null-Bytes.</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="137"/>
        <source>The file is UTF-8 (it starts with a byte-order mark), but line(s) %1 hold bytes that are not valid UTF-8; they were replaced with � and those rows are marked with a warning.</source>
        <translation>Die Datei ist UTF-8 (sie beginnt mit einer Bytereihenfolgemarke), aber Zeile(n) %1 enthalten Bytes, die kein gültiges UTF-8 sind; sie wurden durch � ersetzt und diese Zeilen mit einer Warnung markiert.</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="146"/>
        <source>The file is not valid UTF-8; unreadable characters were replaced with �. Re-save the file as UTF-8 or import it with --encoding latin1.</source>
        <translation>Die Datei ist kein gültiges UTF-8; unlesbare Zeichen wurden durch � ersetzt. Speichern Sie die Datei erneut als UTF-8 oder importieren Sie sie mit --encoding latin1.</translation>
    </message>
    <message>
        <location filename="../models/import/TextDecoding.cpp" line="152"/>
        <source>The file is not valid UTF-8, so it was read as Latin-1 (ISO 8859-1, common in older Windows exports). If accented names look wrong, re-save the file as UTF-8.</source>
        <translation>Die Datei ist kein gültiges UTF-8, daher wurde sie als Latin-1 gelesen (ISO 8859-1, häufig in älteren Windows-Exporten). Wenn Namen mit Akzenten falsch aussehen, speichern Sie die Datei erneut als UTF-8.</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="87"/>
        <source>&quot;%1&quot; is not a number: %2</source>
        <translation>„%1“ ist keine Zahl: %2</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="106"/>
        <source>&quot;%1&quot; is a spreadsheet error, not a value</source>
        <translation>„%1“ ist ein Tabellenkalkulationsfehler, kein Wert</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="120"/>
        <source>unknown unit &quot;%1&quot; (known: K, M, B)</source>
        <translation>unbekannte Einheit „%1“ (bekannt: K, M, B)</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="122"/>
        <source>a percentage cannot carry a K/M/B unit</source>
        <translation>ein Prozentsatz kann keine Einheit K/M/B tragen</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="139"/>
        <source>more than one decimal separator &quot;%1&quot;</source>
        <translation>mehr als ein Dezimaltrennzeichen „%1“</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="150"/>
        <source>digit groups separated by &quot;%1&quot; must have three digits</source>
        <translation>durch „%1“ getrennte Zifferngruppen müssen drei Ziffern haben</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="157"/>
        <source>unexpected characters</source>
        <translation>unerwartete Zeichen</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="165"/>
        <location filename="../models/import/ValueParser.cpp" line="172"/>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="205"/>
        <source>Numbers are written both ways: %1 cells use a decimal comma, %2 a decimal point. Read with a decimal %3; cells written the other way are rejected.</source>
        <translation>Zahlen sind auf beide Arten geschrieben: %1 Zellen verwenden ein Dezimalkomma, %2 einen Dezimalpunkt. Gelesen mit %3; anders geschriebene Zellen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="209"/>
        <source>comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="209"/>
        <source>point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <location filename="../models/import/ValueParser.cpp" line="212"/>
        <source>Numbers use a decimal comma (%1 cells such as &quot;3,4&quot;): &quot;1.234,5&quot; is read as one thousand two hundred thirty-four and a half.</source>
        <translation>Zahlen verwenden ein Dezimalkomma (%1 Zellen wie „3,4“): „1.234,5“ wird als eintausendzweihundertvierunddreißigeinhalb gelesen.</translation>
    </message>
    <message>
        <location filename="../models/import/ImportPlan.h" line="57"/>
        <source>rejected</source>
        <comment>an import issue</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/import/ImportPlan.h" line="58"/>
        <source>warning</source>
        <comment>an import issue</comment>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="37"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="71"/>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="75"/>
        <source>authenticity fell from %1 to %2 for %3%4</source>
        <translation>Echtheit fiel von %1 auf %2 für %3%4</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="76"/>
        <source>authenticity rose from %1 to %2 for %3%4</source>
        <translation>Echtheit stieg von %1 auf %2 für %3%4</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="82"/>
        <source>the audience under 18 went from %1 to %2 for %3%4</source>
        <translation>das Publikum unter 18 ging von %1 auf %2 für %3%4</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="85"/>
        <source>an age estimate arrived for %1%2: %3 of the audience is under 18</source>
        <translation>eine Altersschätzung kam für %1%2: %3 des Publikums ist unter 18</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="89"/>
        <source>%n more sponsored post(s) failing the disclosure check for %1%2</source>
        <translation>
            <numerusform>%n weiterer gesponserter Beitrag besteht die Kennzeichnungsprüfung nicht für %1%2</numerusform>
            <numerusform>%n weitere gesponserte Beiträge bestehen die Kennzeichnungsprüfung nicht für %1%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="93"/>
        <source>%1 objected to profiling</source>
        <translation>%1 hat dem Profiling widersprochen</translation>
    </message>
    <message>
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="95"/>
        <source>the retention period for %1 ended on %2</source>
        <translation>die Aufbewahrungsfrist für %1 endete am %2</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="36"/>
        <source>is not a policy: %1 at character %2</source>
        <translation>ist keine Richtlinie: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="42"/>
        <source>is not a policy of schema candor-policy/1</source>
        <translation>ist keine Richtlinie des Schemas candor-policy/1</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="52"/>
        <source>rule %1 needs an id and a severity of block or warn</source>
        <translation>Regel %1 braucht eine ID und eine Schwere block oder warn</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="53"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="96"/>
        <source>Age-restricted products</source>
        <translation>Produkte mit Altersgrenze</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="97"/>
        <source>For alcohol, gambling and less healthy food: no creator whose audience is too young, and none without age data</source>
        <translation>Für Alkohol, Glücksspiel und weniger gesunde Lebensmittel: kein Creator mit zu jungem Publikum und keiner ohne Altersdaten</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="99"/>
        <source>Authenticity</source>
        <translation>Echtheit</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="100"/>
        <source>A creator whose authenticity check is red needs a person&apos;s override with a reason</source>
        <translation>Ein Creator, dessen Echtheitsprüfung rot ist, braucht das Übergehen durch eine Person, mit Begründung</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="102"/>
        <source>Disclosure history</source>
        <translation>Kennzeichnungsverlauf</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="103"/>
        <source>Creators who did not disclose sponsored posts properly in the last months are flagged</source>
        <translation>Creator, die gesponserte Beiträge in den letzten Monaten nicht richtig gekennzeichnet haben, werden markiert</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="106"/>
        <source>Deliverables disclosed</source>
        <translation>Lieferungen gekennzeichnet</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="107"/>
        <source>Sponsored posts published after approval must pass the disclosure check</source>
        <translation>Gesponserte Beiträge, die nach der Freigabe erscheinen, müssen die Kennzeichnungsprüfung bestehen</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="109"/>
        <source>Consent and privacy</source>
        <translation>Einwilligung und Datenschutz</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="110"/>
        <source>No expired consent, no creator who objected to profiling and none past retention on a shortlist</source>
        <translation>Keine abgelaufene Einwilligung, kein Creator, der dem Profiling widersprochen hat, und keiner nach Ablauf der Aufbewahrungsfrist auf einer Shortlist</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="113"/>
        <source>Human decision</source>
        <translation>Menschliche Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="114"/>
        <source>A named person approves, and every decision against the ranking has a reason</source>
        <translation>Eine namentlich genannte Person gibt frei, und jede Entscheidung gegen das Ranking hat eine Begründung</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="116"/>
        <source>Group fairness</source>
        <translation>Gruppenfairness</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="117"/>
        <source>A creator group selected at a rate outside the four-fifths band must be acknowledged with a note</source>
        <translation>Eine Creator-Gruppe, deren Auswahlquote außerhalb des Vier-Fünftel-Bands liegt, muss mit einer Notiz zur Kenntnis genommen werden</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="145"/>
        <source>Resolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="146"/>
        <source>Blocks approval</source>
        <translation>Blockiert die Freigabe</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="147"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="152"/>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="153"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../models/policy/Policy.cpp" line="154"/>
        <source>Overridden</source>
        <translation>Übergangen</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="94"/>
        <source>unknown: no age data for this creator&apos;s audience; ask for audience data before it takes part in %1 campaigns (%2)</source>
        <translation>unbekannt: keine Altersdaten für das Publikum dieses Creators; fragen Sie nach Publikumsdaten, bevor er an Kampagnen für %1 teilnimmt (%2)</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="105"/>
        <source>%1 of the audience is under 18 (data confidence %2), at or above the %3 limit for %4 campaigns (%5)</source>
        <translation>%1 des Publikums ist unter 18 (Datenkonfidenz %2), auf oder über der Grenze von %3 für Kampagnen für %4 (%5)</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="118"/>
        <source>the authenticity check is red%1; it needs an override with a reason before the shortlist is approved (%2)</source>
        <translation>die Echtheitsprüfung ist rot%1; sie braucht ein Übergehen mit Begründung, bevor die Shortlist freigegeben wird (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policy/PolicyRules.cpp" line="140"/>
        <source>%n sponsored post(s) in the last %1 months were not disclosed as the rules ask; the newest, on %2: %3 (%4)</source>
        <translation>
            <numerusform>%n gesponserter Beitrag der letzten %1 Monate wurde nicht gekennzeichnet, wie die Regeln es verlangen; der neueste, am %2: %3 (%4)</numerusform>
            <numerusform>%n gesponserte Beiträge der letzten %1 Monate wurden nicht gekennzeichnet, wie die Regeln es verlangen; der neueste, am %2: %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policy/PolicyRules.cpp" line="158"/>
        <source>%n sponsored post(s) published since the shortlist was approved on %1 fail(s) the disclosure check; the first, on %2: %3 (%4)</source>
        <translation>
            <numerusform>%n gesponserter Beitrag, veröffentlicht seit der Freigabe der Shortlist am %1, besteht die Kennzeichnungsprüfung nicht; der erste, am %2: %3 (%4)</numerusform>
            <numerusform>%n gesponserte Beiträge, veröffentlicht seit der Freigabe der Shortlist am %1, bestehen die Kennzeichnungsprüfung nicht; der erste, am %2: %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="176"/>
        <source>the creator objected to profiling; remove them from the shortlist</source>
        <translation>der Creator hat dem Profiling widersprochen; nehmen Sie ihn von der Shortlist</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="178"/>
        <source>the project&apos;s retention period for this creator ended on %1; remove them from the shortlist or record a new use</source>
        <translation>die Aufbewahrungsfrist des Projekts für diesen Creator endete am %1; nehmen Sie ihn von der Shortlist oder erfassen Sie eine neue Verwendung</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="183"/>
        <source>the consent to the self-declared %1 has expired; ask for it again or erase the value</source>
        <translation>die Einwilligung zur Selbstangabe %1 ist abgelaufen; fragen Sie erneut danach oder löschen Sie den Wert</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="195"/>
        <source>the decision goes against the ranking without a written reason; decide again with one (%1)</source>
        <translation>die Entscheidung widerspricht dem Ranking ohne schriftlichen Grund; entscheiden Sie erneut mit einem (%1)</translation>
    </message>
    <message>
        <location filename="../models/policy/PolicyRules.cpp" line="220"/>
        <source>%1 of %2 creators in this group were shortlisted, a selection rate %3 times the %4 group&apos;s, outside the %5 to %6 band; acknowledge it with a written note (%7)</source>
        <translation>%1 von %2 Creatorn dieser Gruppe kamen auf die Shortlist, eine Auswahlquote vom %3-Fachen der Gruppe %4, außerhalb des Bands %5 bis %6; nehmen Sie es mit einer schriftlichen Notiz zur Kenntnis (%7)</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="39"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="40"/>
        <source>Erase %n creator(s): every row about them, their personal details in the history and rejected import rows that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo history is cleared).

Reason, without the person&apos;s name (it stays in the history):</source>
        <translation>
            <numerusform>%n Creator löschen: jede Zeile über sie, ihre persönlichen Angaben im Verlauf und abgelehnte Importzeilen, die sie nennen. Die Datei wird neu geschrieben, sodass nichts davon bleibt, und das lässt sich nicht rückgängig machen (der Rückgängig-Verlauf wird geleert).

Grund, ohne den Namen der Person (er bleibt im Verlauf):</numerusform>
            <numerusform>%n Creator löschen: jede Zeile über sie, ihre persönlichen Angaben im Verlauf und abgelehnte Importzeilen, die sie nennen. Die Datei wird neu geschrieben, sodass nichts davon bleibt, und das lässt sich nicht rückgängig machen (der Rückgängig-Verlauf wird geleert).

Grund, ohne den Namen der Personen (er bleibt im Verlauf):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="51"/>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="63"/>
        <source>Allow profiling</source>
        <translation>Profiling erlauben</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="63"/>
        <source>Do not profile</source>
        <translation>Nicht profilieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="64"/>
        <source>%n creator(s) withdrew their objection: ranked and audited again. How do you know?</source>
        <translation>
            <numerusform>%n Creator hat den Widerspruch zurückgenommen: wird wieder gerankt und geprüft. Woher wissen Sie das?</numerusform>
            <numerusform>%n Creator haben den Widerspruch zurückgenommen: werden wieder gerankt und geprüft. Woher wissen Sie das?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="67"/>
        <source>%n creator(s) objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. How did they object?</source>
        <translation>
            <numerusform>%n Creator hat dem Profiling widersprochen (DSGVO Art. 21): verlässt sofort jedes Ranking und jede Prüfung. Wie wurde widersprochen?</numerusform>
            <numerusform>%n Creator haben dem Profiling widersprochen (DSGVO Art. 21): verlassen sofort jedes Ranking und jede Prüfung. Wie wurde widersprochen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyActions.cpp" line="76"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>PrivacyText</name>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="30"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="31"/>
        <source>consent (GDPR Art. 6(1)(a))</source>
        <translation>Einwilligung (DSGVO Art. 6 Abs. 1 lit. a)</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="32"/>
        <source>contract (GDPR Art. 6(1)(b))</source>
        <translation>Vertrag (DSGVO Art. 6 Abs. 1 lit. b)</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="34"/>
        <source>legitimate interest (GDPR Art. 6(1)(f))</source>
        <translation>berechtigtes Interesse (DSGVO Art. 6 Abs. 1 lit. f)</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="38"/>
        <source>Past retention</source>
        <translation>Aufbewahrungsfrist überschritten</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="39"/>
        <source>Consent expired</source>
        <translation>Einwilligung abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="41"/>
        <source>Consent expires soon</source>
        <translation>Einwilligung läuft bald ab</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="42"/>
        <source>No lawful basis</source>
        <translation>Keine Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="43"/>
        <source>Not informed</source>
        <translation>Nicht informiert</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="44"/>
        <source>Do not profile</source>
        <translation>Nicht profilieren</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="94"/>
        <source>the retention period must be from %1 to %2 months</source>
        <translation>die Aufbewahrungsfrist muss zwischen %1 und %2 Monaten liegen</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="98"/>
        <source>the notice before a consent expires must be from 0 to 365 days</source>
        <translation>die Vorlaufzeit vor dem Ablauf einer Einwilligung muss zwischen 0 und 365 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="131"/>
        <source>Last used on %1; the policy keeps data %2 months after its last use, so it should have gone on %3. Erase it, or renew it if it is still needed.</source>
        <translation>Zuletzt verwendet am %1; die Richtlinie bewahrt Daten %2 Monate nach ihrer letzten Verwendung auf, sie hätten also am %3 gelöscht werden sollen. Löschen Sie sie oder erneuern Sie sie, wenn sie noch gebraucht werden.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="142"/>
        <source>The consent to use &quot;%1&quot; expired on %2; audits leave it out until it is renewed.</source>
        <translation>Die Einwilligung zur Verwendung von „%1“ ist am %2 abgelaufen; Prüfungen lassen sie aus, bis sie erneuert ist.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="148"/>
        <source>The consent to use &quot;%1&quot; expires on %2, in %3 days.</source>
        <translation>Die Einwilligung zur Verwendung von „%1“ läuft am %2 ab, in %3 Tagen.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="155"/>
        <source>Held since %1 without a recorded lawful basis (GDPR Art. 6): record one, or erase the data.</source>
        <translation>Seit %1 ohne erfasste Rechtsgrundlage gespeichert (DSGVO Art. 6): Erfassen Sie eine oder löschen Sie die Daten.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="162"/>
        <source>No record that the creator was told their data is held (GDPR Art. 14); the notice was due by %1.</source>
        <translation>Kein Nachweis, dass der Creator informiert wurde, dass seine Daten gespeichert sind (DSGVO Art. 14); die Information war fällig bis %1.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="165"/>
        <source>No record that the creator was told their data is held (GDPR Art. 14); the notice is due by %1.</source>
        <translation>Kein Nachweis, dass der Creator informiert wurde, dass seine Daten gespeichert sind (DSGVO Art. 14); die Information ist fällig bis %1.</translation>
    </message>
    <message>
        <location filename="../models/privacy/PrivacyReview.cpp" line="172"/>
        <source>Asked not to be profiled (GDPR Art. 21): left out of every ranking and audit.</source>
        <translation>Möchte nicht profiliert werden (DSGVO Art. 21): aus jedem Ranking und jeder Prüfung ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="30"/>
        <source>A factor without data counts as half marks (0.5) and is marked &quot;imputed&quot;.</source>
        <translation>Ein Faktor ohne Daten zählt mit halber Punktzahl (0,5) und wird als „ergänzt“ markiert.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="32"/>
        <source>A factor without data is left out for that creator and the other weights are scaled up to make up for it.</source>
        <translation>Ein Faktor ohne Daten wird für diesen Creator weggelassen, und die übrigen Gewichte werden zum Ausgleich hochskaliert.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="36"/>
        <source>A factor without data adds nothing, so missing data never beats real data; the range the score could reach with the data is shown beside it.</source>
        <translation>Ein Faktor ohne Daten trägt nichts bei, sodass fehlende Daten nie echte Daten schlagen; daneben steht der Bereich, den die Bewertung mit den Daten erreichen könnte.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="47"/>
        <source>at least %1 followers</source>
        <translation>mindestens %1 Follower</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="52"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="55"/>
        <source>leading audience country one of %1</source>
        <translation>wichtigstes Publikumsland eines von %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="59"/>
        <source>no category among %1</source>
        <translation>keine Kategorie aus %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="81"/>
        <source>%1 at %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="88"/>
        <location filename="../models/report/ReportBuilder.cpp" line="91"/>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/ReportBuilder.cpp" line="98"/>
        <source>%1; the audiences of %2 of %n creator(s) are known.</source>
        <translation>
            <numerusform>%1; das Publikum von %2 von %n Creator ist bekannt.</numerusform>
            <numerusform>%1; das Publikum von %2 von %n Creatorn ist bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="101"/>
        <source> Not in the target: %1.</source>
        <translation> Nicht im Ziel: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="103"/>
        <source> Fewer than the target: %1.</source>
        <translation> Weniger als das Ziel: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="105"/>
        <source> More than the target: %1.</source>
        <translation> Mehr als das Ziel: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="107"/>
        <source> Every part of the target is within the four-fifths band.</source>
        <translation> Jeder Teil des Ziels liegt im Vier-Fünftel-Band.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="152"/>
        <source>has no campaign to report on</source>
        <translation>hat keine Kampagne, über die berichtet werden kann</translation>
    </message>
    <message>
        <location filename="../models/report/ReportBuilder.cpp" line="243"/>
        <source>Audience figures are estimates with a stated confidence; creator groups count only creators who declared the attribute with consent, and a group smaller than %1 is not judged.</source>
        <translation>Publikumszahlen sind Schätzungen mit angegebener Verlässlichkeit; Creator-Gruppen zählen nur Creator, die das Merkmal mit Einwilligung angegeben haben, und eine Gruppe kleiner als %1 wird nicht beurteilt.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="13"/>
        <source>%1 · shortlist report</source>
        <translation>%1 · Shortlist-Bericht</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="19"/>
        <source>Prepared on %1 with Candor · scoring model %2 version %3</source>
        <translation>Erstellt am %1 mit Candor · Bewertungsmodell %2 Version %3</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="21"/>
        <source>%1 · Prepared on %2 with Candor · scoring model %3 version %4</source>
        <translation>%1 · Erstellt am %2 mit Candor · Bewertungsmodell %3 Version %4</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="27"/>
        <source>How the score is made</source>
        <translation>So entsteht die Bewertung</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/ReportText.cpp" line="32"/>
        <source>Each creator&apos;s score is the weighted share of the points each factor gives, out of 100. %1 In this shortlist %n value(s) were missing.</source>
        <translation>
            <numerusform>Die Bewertung jedes Creators ist der gewichtete Anteil der Punkte, die jeder Faktor gibt, von 100. %1 In dieser Shortlist fehlte %n Wert.</numerusform>
            <numerusform>Die Bewertung jedes Creators ist der gewichtete Anteil der Punkte, die jeder Faktor gibt, von 100. %1 In dieser Shortlist fehlten %n Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="41"/>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="41"/>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="41"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="41"/>
        <source>How it is scaled</source>
        <translation>Wie er skaliert wird</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="41"/>
        <source>Data and benchmarks</source>
        <translation>Daten und Vergleichswerte</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="46"/>
        <source>Hard filters: %1.</source>
        <translation>Harte Filter: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="47"/>
        <source>none</source>
        <comment>hard filters</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="52"/>
        <source>The shortlist (%1)</source>
        <translation>Die Shortlist (%1)</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="57"/>
        <source>Score %1 of 100</source>
        <translation>Bewertung %1 von 100</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="64"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="64"/>
        <source>not ranked: %1</source>
        <translation>nicht gerankt: %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="67"/>
        <source>with the missing data: %1 to %2</source>
        <translation>mit den fehlenden Daten: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="69"/>
        <source>in the top %1 in %2 of weight draws, rank %3–%4</source>
        <translation>unter den besten %1 in %2 der Gewichtsziehungen, Rang %3–%4</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Raw</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Scaled</source>
        <translation>Skaliert</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="77"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="82"/>
        <location filename="../models/report/ReportText.cpp" line="132"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="87"/>
        <source>%1 (imputed)</source>
        <translation>%1 (ergänzt)</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="92"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="97"/>
        <source>%1, against the ranking</source>
        <translation>%1, gegen das Ranking</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="102"/>
        <source> by %1 on %2: %3</source>
        <translation> von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="107"/>
        <source>Considered and rejected</source>
        <translation>Geprüft und abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="112"/>
        <source>@%1 (score %2): %3</source>
        <translation>@%1 (Bewertung %2): %3</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="117"/>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="122"/>
        <source>Audited: %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="127"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="127"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="127"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="127"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="137"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="142"/>
        <source>%1 · %2: </source>
        <translation>%1 · %2: </translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="147"/>
        <source>Nothing to flag.</source>
        <translation>Nichts zu beanstanden.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="152"/>
        <source>Ethics policy</source>
        <translation>Ethikrichtlinie</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="157"/>
        <source>The agency&apos;s own rules, checked against this shortlist; a finding that blocks approval is resolved only by a named person, with a written reason.</source>
        <translation>Die eigenen Regeln der Agentur, an dieser Shortlist geprüft; ein Befund, der die Freigabe blockiert, wird nur von einer namentlich genannten Person mit schriftlicher Begründung gelöst.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="164"/>
        <source>%1 · %2 · %3: </source>
        <translation>%1 · %2 · %3: </translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="169"/>
        <source>No rule of the policy finds anything on this shortlist.</source>
        <translation>Keine Regel der Richtlinie findet etwas auf dieser Shortlist.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="174"/>
        <source>Changed since approval</source>
        <translation>Seit der Freigabe geändert</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="179"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="179"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="179"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="179"/>
        <source>Source of its threshold</source>
        <translation>Quelle ihres Schwellenwerts</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="184"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="184"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="189"/>
        <source>blocks approval</source>
        <translation>blockiert die Freigabe</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="189"/>
        <source>warns</source>
        <translation>warnt</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="194"/>
        <source>Accountability</source>
        <translation>Verantwortlichkeit</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="199"/>
        <source>The shortlist is not approved yet.</source>
        <translation>Die Shortlist ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="200"/>
        <source>Approved by %1 at %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/ReportText.cpp" line="205"/>
        <source>The project&apos;s audit log held %n entries when this report was made; the last one&apos;s SHA-256 is %1. candor verify on the project file checks that it still does.</source>
        <translation>
            <numerusform>Das Prüfprotokoll des Projekts hatte %n Eintrag, als dieser Bericht erstellt wurde; dessen SHA-256 ist %1. candor verify prüft an der Projektdatei, dass es noch so ist.</numerusform>
            <numerusform>Das Prüfprotokoll des Projekts hatte %n Einträge, als dieser Bericht erstellt wurde; der SHA-256 des letzten ist %1. candor verify prüft an der Projektdatei, dass es noch so ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="214"/>
        <source>Points each factor adds</source>
        <translation>Punkte, die jeder Faktor beiträgt</translation>
    </message>
    <message>
        <location filename="../models/report/ReportText.cpp" line="219"/>
        <source>%1: the shortlist&apos;s audience against the target</source>
        <translation>%1: das Publikum der Shortlist gegenüber dem Ziel</translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="71"/>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="72"/>
        <source>the factor has no weight</source>
        <translation>der Faktor hat kein Gewicht</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="73"/>
        <source>fewer than k others</source>
        <translation>weniger als k andere</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="90"/>
        <source>%1 would need a normalised value of %2 (now %3)</source>
        <translation>%1 bräuchte einen normierten Wert von %2 (jetzt %3)</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="94"/>
        <source>: a raw value of %1 (now %2)</source>
        <translation>: einen Rohwert von %1 (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="98"/>
        <source>%1 alone cannot do it: even a perfect value leaves the candidate outside the top %2</source>
        <translation>%1 allein schafft es nicht: Selbst ein perfekter Wert lässt den Kandidaten außerhalb der Top %2</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="163"/>
        <source>Weight of %1 from %2 to %3</source>
        <translation>Gewicht von %1 von %2 auf %3</translation>
    </message>
    <message>
        <location filename="../models/scoring/Counterfactuals.cpp" line="166"/>
        <source>No weight of %1 alone brings the candidate into the top %2</source>
        <translation>Kein Gewicht von %1 allein bringt den Kandidaten in die Top %2</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="86"/>
        <source>No past campaign results yet</source>
        <translation>Noch keine Ergebnisse früherer Kampagnen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="124"/>
        <source>The campaign has no target audience to compare with</source>
        <translation>Die Kampagne hat keine Zielgruppe zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="136"/>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="147"/>
        <source> on the age bands both share</source>
        <translation> bei den Altersgruppen, die beide teilen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="154"/>
        <source>No audience data for the campaign&apos;s target dimensions</source>
        <translation>Keine Publikumsdaten für die Zieldimensionen der Kampagne</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="160"/>
        <source>Audience matches the campaign target at %1 (%2)</source>
        <translation>Das Publikum passt zu %1 zur Zielgruppe der Kampagne (%2)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="175"/>
        <source>The benchmark table has no %1 row, so engagement is left out of the score (add one with its source in Preferences)</source>
        <translation>Die Vergleichstabelle hat keine Zeile für %1, daher bleibt die Interaktion bei der Bewertung außen vor (fügen Sie in den Einstellungen eine mit ihrer Quelle hinzu)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="180"/>
        <source>No follower count, so no engagement benchmark applies</source>
        <translation>Keine Follower-Zahl, daher gilt kein Vergleichswert für die Interaktion</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="186"/>
        <source>The benchmark table has no %1 row for %2 followers, so engagement is left out of the score</source>
        <translation>Die Vergleichstabelle hat keine Zeile für %1 mit %2 Followern, daher bleibt die Interaktion bei der Bewertung außen vor</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="191"/>
        <source>No average views and likes, so no engagement per view</source>
        <translation>Keine durchschnittlichen Aufrufe und Likes, daher keine Interaktion pro Aufruf</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="192"/>
        <source>No engagement figures</source>
        <translation>Keine Interaktionszahlen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="202"/>
        <source>Engagement %1%2 is %3 the %4 %5 for %6 accounts</source>
        <translation>Interaktion %1%2 ist %3 des %5s von %4 für Konten mit %6</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="203"/>
        <source> per view</source>
        <translation> pro Aufruf</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="206"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="207"/>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="224"/>
        <source>; the export&apos;s own figure, %1 of engagement authentic, is shown beside it and not counted</source>
        <translation>; die eigene Zahl des Exports, %1 der Interaktion echt, steht daneben und wird nicht gezählt</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="231"/>
        <source>None of Candor&apos;s authenticity signals has data yet (engagement against a benchmark, accounts followed, comments per like, follower history, follower sample)</source>
        <translation>Noch keines von Candors Echtheitssignalen hat Daten (Interaktion gegenüber einem Vergleichswert, gefolgte Konten, Kommentare pro Like, Follower-Verlauf, Follower-Stichprobe)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="244"/>
        <source>%1: %2</source>
        <comment>an authenticity signal: its light</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="248"/>
        <source>Candor&apos;s %n authenticity signal(s) with data give %1 of their points (%2)</source>
        <translation>
            <numerusform>Candors %n Echtheitssignal mit Daten ergibt %1 seiner Punkte (%2)</numerusform>
            <numerusform>Candors %n Echtheitssignale mit Daten ergeben %1 ihrer Punkte (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="253"/>
        <source>Candor&apos;s authenticity signals, each weighted by its weight and confidence (candor authenticity shows each with its threshold, source and evidence)</source>
        <translation>Candors Echtheitssignale, jedes gewichtet mit seinem Gewicht und seiner Konfidenz (candor authenticity zeigt jedes mit Schwellenwert, Quelle und Beleg)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="268"/>
        <source>No follower count</source>
        <translation>Keine Follower-Zahl</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="274"/>
        <source>%1 %2, on a log scale from %3 to %4</source>
        <translation>%1 %2, auf einer logarithmischen Skala von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="276"/>
        <source>average views</source>
        <translation>durchschnittliche Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="276"/>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="287"/>
        <source>No fee known</source>
        <translation>Kein Honorar bekannt</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="291"/>
        <source>Fee known but no engagement figures</source>
        <translation>Honorar bekannt, aber keine Interaktionszahlen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="299"/>
        <source>About %1 expected engagements per %2 (fee %2 %3 per post)</source>
        <translation>Etwa %1 erwartete Interaktionen pro %2 (Honorar %2 %3 pro Beitrag)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="302"/>
        <source>Fee per post; followers and engagement rate</source>
        <translation>Honorar pro Beitrag; Follower und Interaktionsrate</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="319"/>
        <source>No posts imported (import its posts), so the disclosure record is unknown</source>
        <translation>Keine Beiträge importiert (importieren Sie seine Beiträge), daher ist die Kennzeichnungsbilanz unbekannt</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="327"/>
        <source>None of its %1 imported posts is known to be sponsored: nothing to disclose, so the disclosure record leaves the score</source>
        <translation>Von seinen %1 importierten Beiträgen ist keiner als gesponsert bekannt: nichts zu kennzeichnen, daher bleibt die Kennzeichnungsbilanz bei der Bewertung außen vor</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="336"/>
        <source>%1 of %2 sponsored posts labelled as ads clearly and upfront</source>
        <translation>%1 von %2 gesponserten Beiträgen klar und vorab als Werbung gekennzeichnet</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="340"/>
        <source>its imported posts, judged by the disclosure table (FTC, ASA/CMA and others; candor disclosure shows each post)</source>
        <translation>seine importierten Beiträge, beurteilt nach der Kennzeichnungstabelle (FTC, ASA/CMA und andere; candor disclosure zeigt jeden Beitrag)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="353"/>
        <source>No categories and no posts known for this account, so relevance and brand safety cannot be judged</source>
        <translation>Für dieses Konto sind keine Kategorien und keine Beiträge bekannt, daher lassen sich Relevanz und Markensicherheit nicht beurteilen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="370"/>
        <source>Category &quot;%1&quot; matches &quot;%2&quot;, which the brief excludes</source>
        <translation>Die Kategorie „%1“ passt zu „%2“, das das Briefing ausschließt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="381"/>
        <source>%n of its posts touch(es) &quot;%1&quot;, which the brief excludes (the post of %2 says &quot;%3&quot;)</source>
        <translation>
            <numerusform>%n seiner Beiträge berührt „%1“, das das Briefing ausschließt (der Beitrag vom %2 sagt „%3“)</numerusform>
            <numerusform>%n seiner Beiträge berühren „%1“, das das Briefing ausschließt (der Beitrag vom %2 sagt „%3“)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="399"/>
        <source>The brief lists no topics to match</source>
        <translation>Das Briefing nennt keine Themen zum Abgleichen</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="422"/>
        <source>Nothing in its categories or posts matches the brief&apos;s topics (%1)</source>
        <translation>Nichts in seinen Kategorien oder Beiträgen passt zu den Themen des Briefings (%1)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="424"/>
        <source>Matches the brief&apos;s topics: %1%2</source>
        <translation>Passt zu den Themen des Briefings: %1%2</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="428"/>
        <source> (%1 from its posts)</source>
        <translation> (%1 aus seinen Beiträgen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="430"/>
        <source>; %n of %1 posts touch(es) a brand-safety category, which takes %2 off (%3 on %4: &quot;%5&quot;)</source>
        <translation>
            <numerusform>; %n von %1 Beiträgen berührt eine Markensicherheitskategorie, was %2 abzieht (%3 am %4: „%5“)</numerusform>
            <numerusform>; %n von %1 Beiträgen berühren eine Markensicherheitskategorie, was %2 abzieht (%3 am %4: „%5“)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="439"/>
        <source>; none of its %1 posts touches a brand-safety category</source>
        <translation>; keiner seiner %1 Beiträge berührt eine Markensicherheitskategorie</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="442"/>
        <source>its categories and imported posts, matched against the brief and the brand-safety list (GARM Brand Safety Floor + Suitability Framework, WFA 2022)</source>
        <translation>seine Kategorien und importierten Beiträge, abgeglichen mit dem Briefing und der Markensicherheitsliste (GARM Brand Safety Floor + Suitability Framework, WFA 2022)</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="452"/>
        <source>platform %1 is not in this campaign</source>
        <translation>Plattform %1 gehört nicht zu dieser Kampagne</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="454"/>
        <source>fewer than %1 followers</source>
        <translation>weniger als %1 Follower</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="457"/>
        <source>leading audience country %1 is not one of %2</source>
        <translation>wichtigstes Publikumsland %1 ist keines von %2</translation>
    </message>
    <message>
        <location filename="../models/scoring/FactorEvaluator.cpp" line="463"/>
        <source>category &quot;%1&quot; is excluded</source>
        <translation>Kategorie „%1“ ist ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/scoring/Normalization.cpp" line="86"/>
        <source>used as it is (already between 0 and 1)</source>
        <translation>unverändert verwendet (schon zwischen 0 und 1)</translation>
    </message>
    <message>
        <location filename="../models/scoring/Normalization.cpp" line="88"/>
        <source>0 at %1 or less, 1 at %2 or more, in a straight line between</source>
        <translation>0 bei %1 oder weniger, 1 bei %2 oder mehr, dazwischen geradlinig</translation>
    </message>
    <message>
        <location filename="../models/scoring/Normalization.cpp" line="91"/>
        <source>0 at %1 or less, 1 at %2 or more, on a logarithmic scale between (each tenfold step counts the same)</source>
        <translation>0 bei %1 oder weniger, 1 bei %2 oder mehr, dazwischen logarithmisch (jeder Zehnerschritt zählt gleich)</translation>
    </message>
    <message>
        <location filename="../models/scoring/Normalization.cpp" line="96"/>
        <source>an S-curve: 0.5 at %1, steepness %2</source>
        <translation>eine S-Kurve: 0,5 bei %1, Steilheit %2</translation>
    </message>
    <message>
        <location filename="../models/scoring/Normalization.cpp" line="99"/>
        <source>0 at %1× the benchmark or less, 1 at %2× or more, in a straight line between</source>
        <translation>0 bei %1× dem Vergleichswert oder weniger, 1 bei %2× oder mehr, dazwischen geradlinig</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoredPool.cpp" line="24"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoredPool.cpp" line="301"/>
        <source>%1; counted as neutral (50 %, imputed): %2</source>
        <translation>%1; als neutral gezählt (50 %, ergänzt): %2</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoredPool.cpp" line="305"/>
        <source>%1; left out, the other weights count for more</source>
        <translation>%1; weggelassen, die anderen Gewichte zählen mehr</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoredPool.cpp" line="309"/>
        <source>%1; adds nothing until there is data (the score is its lowest)</source>
        <translation>%1; trägt nichts bei, bis es Daten gibt (die Bewertung ist ihr niedrigster Wert)</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoringModel.cpp" line="93"/>
        <source>The model needs a name.</source>
        <translation>Das Modell braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoringModel.cpp" line="96"/>
        <source>%1 has weight %2; weights must be 0 or more.</source>
        <translation>%1 hat das Gewicht %2; Gewichte müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../models/scoring/ScoringModel.cpp" line="101"/>
        <source>At least one factor needs a weight above 0.</source>
        <translation>Mindestens ein Faktor braucht ein Gewicht über 0.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="46"/>
        <source>authenticity warning</source>
        <translation>Echtheitswarnung</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="17"/>
        <source>Authenticity is %1 on a 0–1 scale, below %2: a red authenticity signal or several amber ones; the Authenticity tab shows each with its evidence.</source>
        <translation>Die Echtheit liegt bei %1 auf einer Skala von 0–1, unter %2: ein rotes Echtheitssignal oder mehrere gelbe; der Reiter Echtheit zeigt jedes mit seinem Beleg.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="27"/>
        <source>Authenticity warnings</source>
        <translation>Echtheitswarnungen</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="29"/>
        <source>Disclosure issues</source>
        <translation>Kennzeichnungsprobleme</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="31"/>
        <source>Brand-safety hits</source>
        <translation>Markensicherheitstreffer</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="48"/>
        <source>disclosure issue</source>
        <translation>Kennzeichnungsproblem</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="122"/>
        <source>A sponsored post is not labelled as an ad clearly and upfront; the Disclosure tab shows each post with the rule that decided it.</source>
        <translation>Ein gesponserter Beitrag ist nicht klar und vorab als Werbung gekennzeichnet; der Reiter Kennzeichnung zeigt jeden Beitrag mit der Regel, die entschied.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="50"/>
        <source>brand-safety hit</source>
        <translation>Markensicherheitstreffer</translation>
    </message>
    <message>
        <location filename="../models/scoring/Warnings.cpp" line="129"/>
        <source>A post touches a brand-safety category or a topic the brief excludes; the brand-safety line of the score names the post and the words.</source>
        <translation>Ein Beitrag berührt eine Markensicherheitskategorie oder ein vom Briefing ausgeschlossenes Thema; die Zeile Markensicherheit der Bewertung nennt den Beitrag und die Wörter.</translation>
    </message>
    <message>
        <location filename="../models/scoring/EngagementBenchmarks.cpp" line="68"/>
        <source>over %1</source>
        <comment>a follower tier: over 1M</comment>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../models/storage/AccountLookup.cpp" line="44"/>
        <source>no %1 account @%2 in this project; import the creators first</source>
        <translation>kein %1-Konto @%2 in diesem Projekt; importieren Sie zuerst die Creator</translation>
    </message>
    <message>
        <location filename="../models/storage/AccountLookup.cpp" line="46"/>
        <source>no account @%1 in this project; import the creators first</source>
        <translation>kein Konto @%1 in diesem Projekt; importieren Sie zuerst die Creator</translation>
    </message>
    <message>
        <location filename="../models/storage/AccountLookup.cpp" line="52"/>
        <source>@%1 is on several platforms (%2); add a platform column or use --platform</source>
        <translation>@%1 ist auf mehreren Plattformen (%2); fügen Sie eine Plattformspalte hinzu oder verwenden Sie --platform</translation>
    </message>
    <message>
        <location filename="../models/storage/AudienceWriter.cpp" line="83"/>
        <source>could not store the %1 audience of @%2</source>
        <translation>das %1-Publikum von @%2 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditStore.cpp" line="207"/>
        <source>entry %1 is missing, though its personal details are still there (it was deleted)</source>
        <translation>Eintrag %1 fehlt, obwohl seine persönlichen Angaben noch da sind (er wurde gelöscht)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditStore.cpp" line="216"/>
        <source>the personal details of entry %1 were changed after they were written: they no longer match the hash the entry keeps</source>
        <translation>die persönlichen Angaben von Eintrag %1 wurden nach dem Schreiben geändert: sie passen nicht mehr zum Hash, den der Eintrag hält</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkStatement.cpp" line="33"/>
        <location filename="../models/storage/ProjectFile.cpp" line="136"/>
        <source>the Qt SQLite driver did not expose its connection</source>
        <translation>der Qt-SQLite-Treiber hat seine Verbindung nicht herausgegeben</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkStatement.cpp" line="38"/>
        <location filename="../models/storage/SqlSupport.cpp" line="92"/>
        <source>could not prepare a database statement</source>
        <translation>eine Datenbankanweisung konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkStatement.cpp" line="100"/>
        <location filename="../models/storage/SqlSupport.cpp" line="107"/>
        <source>a database statement failed</source>
        <translation>eine Datenbankanweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/storage/CampaignStore.cpp" line="42"/>
        <source>already has a campaign called &quot;%1&quot;</source>
        <translation>hat schon eine Kampagne namens „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/CampaignStore.cpp" line="121"/>
        <location filename="../models/storage/CampaignStore.cpp" line="141"/>
        <source>has no campaign with id %1</source>
        <translation>hat keine Kampagne mit der ID %1</translation>
    </message>
    <message>
        <location filename="../models/storage/CommentStore.cpp" line="40"/>
        <source>These comments replace %1 imported before under the same posts.</source>
        <translation>Diese Kommentare ersetzen %1 früher unter denselben Beiträgen importierte.</translation>
    </message>
    <message>
        <location filename="../models/storage/CreatorStore.cpp" line="83"/>
        <source>already has @%1 on %2</source>
        <translation>hat schon @%1 auf %2</translation>
    </message>
    <message>
        <location filename="../models/storage/CreatorStore.cpp" line="120"/>
        <source>lost the snapshot just written</source>
        <translation>hat den gerade geschriebenen Schnappschuss verloren</translation>
    </message>
    <message>
        <location filename="../models/storage/CreatorStore.cpp" line="196"/>
        <location filename="../models/storage/ScoringStore.cpp" line="69"/>
        <source>has no account with id %1</source>
        <translation>hat kein Konto mit der ID %1</translation>
    </message>
    <message>
        <location filename="../models/storage/CreatorStore.cpp" line="253"/>
        <source>cannot merge a creator with itself</source>
        <translation>ein Creator kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ErasureStore.cpp" line="66"/>
        <location filename="../models/storage/PersonExport.cpp" line="52"/>
        <location filename="../models/storage/PrivacyStore.cpp" line="167"/>
        <location filename="../models/storage/PrivacyStore.cpp" line="202"/>
        <source>has no creator with id %1</source>
        <translation>hat keinen Creator mit der ID %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ErasureStore.cpp" line="69"/>
        <source>an erasure needs a reason (without the person&apos;s name)</source>
        <translation>eine Löschung braucht einen Grund (ohne den Namen der Person)</translation>
    </message>
    <message>
        <location filename="../models/storage/ErasureStore.cpp" line="74"/>
        <source>the reason names the person; it stays in the log, so write it without their handle or name</source>
        <translation>der Grund nennt die Person; er bleibt im Protokoll, also schreiben Sie ihn ohne ihr Handle oder ihren Namen</translation>
    </message>
    <message>
        <location filename="../models/storage/FollowerSampleStore.cpp" line="23"/>
        <source>This sample replaces the account&apos;s earlier one of %1 followers.</source>
        <translation>Diese Stichprobe ersetzt die frühere des Kontos mit %1 Followern.</translation>
    </message>
    <message>
        <location filename="../models/storage/ImportWriter.cpp" line="37"/>
        <source>the import was cancelled; the project is unchanged</source>
        <translation>der Import wurde abgebrochen; das Projekt ist unverändert</translation>
    </message>
    <message>
        <location filename="../models/storage/ImportWriter.cpp" line="67"/>
        <source>could not store line %1 (%2): %3</source>
        <translation>Zeile %1 (%2) konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/NoteStore.cpp" line="38"/>
        <source>an empty note is not saved</source>
        <translation>eine leere Notiz wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../models/storage/PersonExport.cpp" line="84"/>
        <source>Everything this Candor project holds about one person (GDPR Art. 15, CCPA right to know): each table&apos;s rows with their dates and the imports they came from (batch_id, import_batches), the audit-log entries about them, and import rows that mention them.</source>
        <translation>Alles, was dieses Candor-Projekt über eine Person enthält (DSGVO Art. 15, CCPA Recht auf Auskunft): die Zeilen jeder Tabelle mit ihren Daten und den Importen, aus denen sie stammen (batch_id, import_batches), die Einträge des Prüfprotokolls über sie und Importzeilen, die sie nennen.</translation>
    </message>
    <message>
        <location filename="../models/storage/PolicyStore.cpp" line="72"/>
        <source>a %1 finding is resolved only by acting on it (removing the creator, renewing the consent, deciding again with a reason), not by a note</source>
        <translation>ein Befund %1 wird nur durch Handeln aufgelöst (den Creator entfernen, die Einwilligung erneuern, mit Grund neu entscheiden), nicht durch eine Notiz</translation>
    </message>
    <message>
        <location filename="../models/storage/PolicyStore.cpp" line="77"/>
        <source>a resolution needs a written reason</source>
        <translation>eine Auflösung braucht einen schriftlichen Grund</translation>
    </message>
    <message>
        <location filename="../models/storage/PolicyStore.cpp" line="80"/>
        <source>a resolution is written by a named person: give your name</source>
        <translation>eine Auflösung wird von einer namentlich genannten Person geschrieben: geben Sie Ihren Namen an</translation>
    </message>
    <message>
        <location filename="../models/storage/PostStore.cpp" line="101"/>
        <source>could not store the post on line %1</source>
        <translation>der Beitrag in Zeile %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/PrivacyStore.cpp" line="240"/>
        <source>a renewed consent needs the date it was given</source>
        <translation>eine erneuerte Einwilligung braucht das Datum, an dem sie erteilt wurde</translation>
    </message>
    <message>
        <location filename="../models/storage/PrivacyStore.cpp" line="243"/>
        <source>a consent cannot expire (%1) before it was given (%2)</source>
        <translation>eine Einwilligung kann nicht ablaufen (%1), bevor sie erteilt wurde (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/PrivacyStore.cpp" line="257"/>
        <source>creator %1 has no self-declared &quot;%2&quot; to renew the consent of</source>
        <translation>Creator %1 hat keine Selbstangabe „%2“, deren Einwilligung erneuert werden könnte</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="86"/>
        <source>the project is open read-only: %1</source>
        <translation>das Projekt ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="94"/>
        <source>is damaged (%1), so Candor does not change it; restore it from a backup</source>
        <translation>ist beschädigt (%1), daher ändert Candor es nicht; stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="125"/>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="152"/>
        <source>a file with this name already exists; choose another name</source>
        <translation>eine Datei mit diesem Namen existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="160"/>
        <source>cannot create a file in this folder (check that it exists and that you may write to it)</source>
        <translation>in diesem Ordner kann keine Datei angelegt werden (prüfen Sie, ob er existiert und Sie darin schreiben dürfen)</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="194"/>
        <source>the new project could not be put in place</source>
        <translation>das neue Projekt konnte nicht an seinen Platz gebracht werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="202"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="204"/>
        <source>the file cannot be read (check its permissions)</source>
        <translation>die Datei kann nicht gelesen werden (prüfen Sie ihre Berechtigungen)</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="218"/>
        <source>is not a Candor project (not an SQLite database)</source>
        <translation>ist kein Candor-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="224"/>
        <source>is not a Candor project (application id 0x%1, Candor files carry 0x%2)</source>
        <translation>ist kein Candor-Projekt (Application ID 0x%1, Candor-Dateien tragen 0x%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="232"/>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="243"/>
        <source>it was saved by a newer Candor (schema version %1; this version understands up to %2)</source>
        <translation>es wurde von einem neueren Candor gespeichert (Schemaversion %1; diese Version versteht bis %2)</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="248"/>
        <source>you do not have permission to change the file</source>
        <translation>Sie dürfen die Datei nicht ändern</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="281"/>
        <source>is damaged: %1; restore it from a backup</source>
        <translation>ist beschädigt: %1; stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="288"/>
        <source>the table %1 is missing</source>
        <translation>die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="291"/>
        <source>the column %1.%2 is missing</source>
        <translation>die Spalte %1.%2 fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="296"/>
        <source>the index %1 is missing</source>
        <translation>der Index %1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="305"/>
        <source>is damaged and cannot be read; restore it from a backup</source>
        <translation>ist beschädigt und kann nicht gelesen werden; stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="312"/>
        <source>is damaged (the integrity check failed); restore it from a backup</source>
        <translation>ist beschädigt (die Integritätsprüfung schlug fehl); stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="323"/>
        <source>cannot read the data version</source>
        <translation>die Datenversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="338"/>
        <source>This project is on a network share (%1). SQLite cannot lock files reliably there: if two people or computers work on it at once, the file can be damaged. Copy it to this computer to work on it, and back when done.</source>
        <translation>Dieses Projekt liegt auf einer Netzwerkfreigabe (%1). SQLite kann Dateien dort nicht zuverlässig sperren: Wenn zwei Personen oder Computer gleichzeitig daran arbeiten, kann die Datei beschädigt werden. Kopieren Sie es zum Arbeiten auf diesen Computer und danach zurück.</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="354"/>
        <source>failed the integrity check</source>
        <translation>hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="360"/>
        <source>has rows that point to missing rows</source>
        <translation>hat Zeilen, die auf fehlende Zeilen verweisen</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="361"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="386"/>
        <source>contains a %1 named &quot;%2&quot; that Candor did not create; it was not opened so that nothing in it could run</source>
        <translation>enthält ein %1 namens „%2“, das Candor nicht angelegt hat; es wurde nicht geöffnet, damit nichts darin ausgeführt werden kann</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="407"/>
        <source>lacks &quot;%1&quot;, which Candor made: it was removed outside Candor</source>
        <translation>es fehlt „%1“, das Candor angelegt hat: es wurde außerhalb von Candor entfernt</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="424"/>
        <source>cannot create the copy</source>
        <translation>die Kopie kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="429"/>
        <source>could not save a copy to %1</source>
        <translation>eine Kopie nach %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="434"/>
        <source>cannot replace the existing file</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectFile.cpp" line="437"/>
        <source>cannot move the finished copy into place</source>
        <translation>die fertige Kopie kann nicht an ihren Platz gebracht werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectStore.cpp" line="57"/>
        <source>the logo is %1 KiB; a report takes one of up to %2 KiB</source>
        <translation>das Logo ist %1 KiB groß; ein Bericht nimmt eines bis %2 KiB</translation>
    </message>
    <message>
        <location filename="../models/storage/ProjectStore.cpp" line="94"/>
        <source>cannot read the project&apos;s settings</source>
        <translation>die Einstellungen des Projekts können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/Schema.cpp" line="543"/>
        <source>could not upgrade the project to schema version %1</source>
        <translation>das Projekt konnte nicht auf Schemaversion %1 aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/Schema.cpp" line="558"/>
        <source>could not upgrade the project to schema version %1: table %2 refers to a missing row</source>
        <translation>das Projekt konnte nicht auf Schemaversion %1 aktualisiert werden: Tabelle %2 verweist auf eine fehlende Zeile</translation>
    </message>
    <message>
        <location filename="../models/storage/Schema.cpp" line="613"/>
        <source>(expected schema)</source>
        <translation>(erwartetes Schema)</translation>
    </message>
    <message>
        <location filename="../models/storage/Schema.cpp" line="615"/>
        <source>cannot build the expected schema</source>
        <translation>das erwartete Schema kann nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="274"/>
        <source>scoring was cancelled</source>
        <translation>die Bewertung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="338"/>
        <source>holds a scoring factor this version of Candor cannot read (&quot;%1&quot;)</source>
        <translation>enthält einen Bewertungsfaktor, den diese Version von Candor nicht lesen kann („%1“)</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="356"/>
        <source>has no scoring model with id %1</source>
        <translation>hat kein Bewertungsmodell mit der ID %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="397"/>
        <source>has no scoring model &quot;%1&quot;%2 (models: %3)</source>
        <translation>hat kein Bewertungsmodell „%1“%2 (Modelle: %3)</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="398"/>
        <source> version %1</source>
        <translation> Version %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ScoringStore.cpp" line="434"/>
        <source>cannot read model versions</source>
        <translation>die Modellversionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ShortlistStore.cpp" line="101"/>
        <source>this decision goes against the ranking: write why before saving it</source>
        <translation>diese Entscheidung widerspricht dem Ranking: schreiben Sie vor dem Speichern, warum</translation>
    </message>
    <message>
        <location filename="../models/storage/ShortlistStore.cpp" line="103"/>
        <source>every decision needs a reason</source>
        <translation>jede Entscheidung braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../models/storage/ShortlistStore.cpp" line="118"/>
        <source>someone else (another Candor window, or another computer sharing the file) decided on this creator meanwhile; nothing was recorded: look at the decision now shown and decide again if you still want to</source>
        <translation>jemand anderes (ein anderes Candor-Fenster oder ein anderer Computer, der die Datei teilt) hat inzwischen über diesen Creator entschieden; nichts wurde erfasst: Sehen Sie sich die jetzt angezeigte Entscheidung an und entscheiden Sie erneut, wenn Sie es noch möchten</translation>
    </message>
    <message>
        <location filename="../models/storage/ShortlistStore.cpp" line="209"/>
        <source>a shortlist is approved by a named person: give your name</source>
        <translation>eine Shortlist wird von einer namentlich genannten Person freigegeben: geben Sie Ihren Namen an</translation>
    </message>
    <message>
        <location filename="../models/storage/ShortlistStore.cpp" line="223"/>
        <source>nobody is on the shortlist yet: there is nothing to approve</source>
        <translation>noch niemand ist auf der Shortlist: es gibt nichts freizugeben</translation>
    </message>
    <message>
        <location filename="../models/storage/SqlSupport.cpp" line="77"/>
        <source>is busy: another Candor window or program is writing to it, and it stayed busy for %1 seconds. Try again when that has finished.</source>
        <translation>ist beschäftigt: ein anderes Candor-Fenster oder Programm schreibt darin, und es blieb %1 Sekunden beschäftigt. Versuchen Sie es erneut, wenn das beendet ist.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="17"/>
        <source>weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="44"/>
        <source>reset weights</source>
        <translation>Gewichte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="62"/>
        <source>the project is no longer open</source>
        <translation>das Projekt ist nicht mehr geöffnet</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="129"/>
        <source>note on @%1</source>
        <translation>Notiz zu @%1</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="145"/>
        <source>filter change</source>
        <translation>Filteränderung</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="197"/>
        <source>edit campaign &quot;%1&quot;</source>
        <translation>Kampagne „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="213"/>
        <source>delete campaign &quot;%1&quot;</source>
        <translation>Kampagne „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="232"/>
        <source>new creator @%1</source>
        <translation>neuer Creator @%1</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="257"/>
        <source>figures of @%1</source>
        <translation>Zahlen von @%1</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="276"/>
        <source>delete creator of @%1</source>
        <translation>Creator von @%1 löschen</translation>
    </message>
    <message>
        <location filename="../models/undo/WorkbenchCommands.cpp" line="296"/>
        <source>merge @%1 into the creator of @%2</source>
        <translation>@%1 mit dem Creator von @%2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>WorkbenchText</name>
    <message>
        <location filename="../models/workbench/Workbench.cpp" line="367"/>
        <source>this decision goes against the ranking: write why before saving it</source>
        <translation>diese Entscheidung widerspricht dem Ranking: schreiben Sie vor dem Speichern, warum</translation>
    </message>
    <message>
        <location filename="../models/workbench/Workbench.cpp" line="368"/>
        <source>every decision needs a reason</source>
        <translation>jede Entscheidung braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../models/workbench/Workbench.cpp" line="394"/>
        <source>has no campaign whose shortlist could be approved</source>
        <translation>hat keine Kampagne, deren Shortlist freigegeben werden könnte</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/workbench/Workbench.cpp" line="419"/>
        <source>the shortlist cannot be approved while the ethics policy has %n blocking finding(s) open (candor check lists them): %1</source>
        <translation>
            <numerusform>die Shortlist kann nicht freigegeben werden, solange die Ethikrichtlinie %n blockierenden Befund offen hat (candor check listet sie): %1</numerusform>
            <numerusform>die Shortlist kann nicht freigegeben werden, solange die Ethikrichtlinie %n blockierende Befunde offen hat (candor check listet sie): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/workbench/Workbench.cpp" line="478"/>
        <source>has no campaign whose findings could be resolved</source>
        <translation>hat keine Kampagne, deren Befunde aufgelöst werden könnten</translation>
    </message>
    <message>
        <location filename="../models/workbench/Workbench.cpp" line="538"/>
        <source>has no campaign whose shortlist could change</source>
        <translation>hat keine Kampagne, deren Shortlist sich ändern könnte</translation>
    </message>
</context>
<context>
    <name>candor::ApprovalBar</name>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="19"/>
        <source>&amp;Approve Shortlist…</source>
        <translation>Shortlist &amp;freigeben…</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="25"/>
        <source>A named person approves the shortlist as it stands (Ctrl+Shift+A); the log keeps who, when, and the model and weights in use</source>
        <translation>Eine namentlich genannte Person gibt die Shortlist so frei, wie sie ist (Strg+Umschalt+A); das Protokoll hält fest, wer, wann und mit welchem Modell und welchen Gewichten</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="27"/>
        <source>Decision &amp;Record</source>
        <translation>Entscheidungs&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="28"/>
        <source>Every decision on this shortlist with its reason, and its approval, on the History page</source>
        <translation>Jede Entscheidung zu dieser Shortlist mit ihrem Grund und ihre Freigabe, auf der Seite Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="57"/>
        <source>The approval cannot be read: %1</source>
        <translation>Die Freigabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="59"/>
        <source>&lt;b&gt;Shortlist not approved.&lt;/b&gt; Candor advises; a named person approves the shortlist once it is complete.</source>
        <translation>&lt;b&gt;Shortlist nicht freigegeben.&lt;/b&gt; Candor berät; eine namentlich genannte Person gibt die Shortlist frei, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="62"/>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2. A new decision on the shortlist withdraws the approval.</source>
        <translation>&lt;b&gt;Freigegeben&lt;/b&gt; von %1 am %2. Eine neue Entscheidung zur Shortlist zieht die Freigabe zurück.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="79"/>
        <source>Approve the shortlist</source>
        <translation>Shortlist freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="80"/>
        <source>You approve the shortlist of &quot;%1&quot; as it stands, under %2 version %3%4. Your name goes into the record with the time.

Approved by:</source>
        <translation>Sie geben die Shortlist von „%1“ so frei, wie sie ist, unter %2 Version %3%4. Ihr Name wird mit der Uhrzeit ins Protokoll aufgenommen.

Freigegeben von:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="84"/>
        <source> with weights not saved</source>
        <translation> mit nicht gespeicherten Gewichten</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalBar.cpp" line="89"/>
        <source>Shortlist not approved</source>
        <translation>Shortlist nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>candor::AudienceDimension</name>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="26"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="27"/>
        <source>age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="28"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="29"/>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="30"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="31"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="32"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../models/domain/AudienceDistribution.cpp" line="33"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>candor::AudienceImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="43"/>
        <source>Imported %Ln row(s), merged %1 with what the project had, rejected %2.</source>
        <translation>
            <numerusform>%Ln Zeile importiert, %1 mit dem Bestand des Projekts zusammengeführt, %2 abgelehnt.</numerusform>
            <numerusform>%Ln Zeilen importiert, %1 mit dem Bestand des Projekts zusammengeführt, %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="56"/>
        <source>Import Audiences</source>
        <translation>Publikumsdaten importieren</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="56"/>
        <source>Import Self-declared Attributes</source>
        <translation>Selbstangaben importieren</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="59"/>
        <source>Audience demographics per account: a long CSV (handle, platform, dimension, category, share …), an Instagram Graph API or YouTube Analytics response (JSON), or a vendor export with columns such as “Audience 18-24 %”. Templates: resources/templates.</source>
        <translation>Publikumsdemografie je Konto: eine lange CSV (handle, platform, dimension, category, share …), eine Antwort der Instagram Graph API oder von YouTube Analytics (JSON) oder ein Anbieterexport mit Spalten wie „Audience 18-24 %“. Vorlagen: resources/templates.</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="62"/>
        <source>Attributes creators declared about themselves (gender, age band …), for fairness audits only, never for scoring. Each row needs the date and purpose of the creator&apos;s consent; rows without are not stored.</source>
        <translation>Angaben, die Creator über sich selbst gemacht haben (Geschlecht, Altersgruppe …), nur für Fairness-Prüfungen, nie für die Bewertung. Jede Zeile braucht Datum und Zweck der Einwilligung; Zeilen ohne werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="72"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="75"/>
        <source>CSV or JSON (*.csv *.json *.txt);;All files (*)</source>
        <translation>CSV oder JSON (*.csv *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="81"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="84"/>
        <source>only for Instagram or YouTube API files, which name no account</source>
        <translation>nur für Instagram- oder YouTube-API-Dateien, die kein Konto nennen</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="86"/>
        <source>&amp;Account handle:</source>
        <translation>&amp;Konto-Handle:</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="88"/>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="92"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="98"/>
        <source>Choose a file to see how it is read.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wie sie gelesen wird.</translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="134"/>
        <source>
%Ln row(s) read; %1 distributions to store (accounts are matched when importing).
</source>
        <translation>
            <numerusform>
%Ln Zeile gelesen; %1 Verteilungen zu speichern (Konten werden beim Import zugeordnet).
</numerusform>
            <numerusform>
%Ln Zeilen gelesen; %1 Verteilungen zu speichern (Konten werden beim Import zugeordnet).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="143"/>
        <source>%Ln row(s) read; %1 with a consent record.
</source>
        <translation>
            <numerusform>%Ln Zeile gelesen; %1 mit Einwilligungsnachweis.
</numerusform>
            <numerusform>%Ln Zeilen gelesen; %1 mit Einwilligungsnachweis.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AudienceImportDialog.cpp" line="166"/>
        <location filename="../ui/AudienceImportDialog.cpp" line="173"/>
        <source>
Nothing was imported; the project is unchanged.</source>
        <translation>
Nichts wurde importiert; das Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>candor::AuditLogModel</name>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="28"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="29"/>
        <source>Scoring model saved</source>
        <translation>Bewertungsmodell gespeichert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="30"/>
        <source>Campaign added</source>
        <translation>Kampagne angelegt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="31"/>
        <source>Campaign changed</source>
        <translation>Kampagne geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="32"/>
        <source>Campaign deleted</source>
        <translation>Kampagne gelöscht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="33"/>
        <source>Campaign restored (undo)</source>
        <translation>Kampagne wiederhergestellt (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="34"/>
        <source>Creator added</source>
        <translation>Creator hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="35"/>
        <source>Figures entered</source>
        <translation>Zahlen eingegeben</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="36"/>
        <source>Figures taken back (undo)</source>
        <translation>Zahlen zurückgenommen (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="37"/>
        <source>Creator deleted</source>
        <translation>Creator gelöscht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="38"/>
        <source>Creator restored (undo)</source>
        <translation>Creator wiederhergestellt (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="39"/>
        <source>Creators merged</source>
        <translation>Creator zusammengeführt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="40"/>
        <source>Creators taken apart (undo)</source>
        <translation>Creator getrennt (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="41"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="42"/>
        <source>Decision taken back (undo)</source>
        <translation>Entscheidung zurückgenommen (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="43"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="44"/>
        <source>Note taken back (undo)</source>
        <translation>Notiz zurückgenommen (Rückgängig)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="45"/>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="46"/>
        <source>Consent renewed</source>
        <translation>Einwilligung erneuert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="47"/>
        <source>Privacy record changed</source>
        <translation>Datenschutzeintrag geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="48"/>
        <source>Retention policy changed</source>
        <translation>Aufbewahrungsrichtlinie geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="49"/>
        <source>Shortlist approved</source>
        <translation>Shortlist freigegeben</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="50"/>
        <source>Creator erased</source>
        <translation>Creator gelöscht (DSGVO)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="51"/>
        <source>Agency changed</source>
        <translation>Agentur geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="64"/>
        <source>; model %1 v%2%3</source>
        <translation>; Modell %1 v%2%3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="68"/>
        <source>, with unsaved weights</source>
        <translation>, mit nicht gespeicherten Gewichten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="80"/>
        <source>, against the ranking</source>
        <translation>, gegen das Ranking</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="82"/>
        <source>, at rank %1</source>
        <translation>, auf Rang %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="84"/>
        <source> (score %1)</source>
        <translation> (Bewertung %1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="87"/>
        <source>, overriding the filter &quot;%1&quot;</source>
        <translation>, unter Übergehen des Filters „%1“</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="91"/>
        <source>; the shortlist&apos;s approval was withdrawn</source>
        <translation>; die Freigabe der Shortlist wurde zurückgezogen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="95"/>
        <source>%1 chosen, %2 rejected, %3 against the ranking%4</source>
        <translation>%1 ausgewählt, %2 abgelehnt, %3 gegen das Ranking%4</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="105"/>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="160"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="115"/>
        <source>keep data %1 months after last use (was %2); list consents %3 days before expiry</source>
        <translation>Daten %1 Monate nach letzter Verwendung aufbewahren (war %2); Einwilligungen %3 Tage vor Ablauf aufführen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="122"/>
        <source>%1: given %2, %3</source>
        <translation>%1: erteilt %2, %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="125"/>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="128"/>
        <source>%1: %2 new, %3 merged, %4 rejected</source>
        <translation>%1: %2 neu, %3 zusammengeführt, %4 abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="138"/>
        <source>%1 v%2, weights %3</source>
        <translation>%1 v%2, Gewichte %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="148"/>
        <source>no attributes were held</source>
        <translation>es waren keine Merkmale gespeichert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="149"/>
        <source>attributes deleted: </source>
        <translation>Merkmale gelöscht: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="152"/>
        <source>note %1 in campaign %2</source>
        <translation>Notiz %1 in Kampagne %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="162"/>
        <source>model %1; topics: %2; excluded: %3</source>
        <translation>Modell %1; Themen: %2; ausgeschlossen: %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="166"/>
        <source>budget %1 %2; </source>
        <translation>Budget %1 %2; </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="192"/>
        <source>Entry %1 · %2
SHA-256 %3</source>
        <translation>Eintrag %1 · %2
SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="224"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="225"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="226"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="227"/>
        <source>About</source>
        <translation>Worüber</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="228"/>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="229"/>
        <source>Reason, note or name</source>
        <translation>Grund, Notiz oder Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="231"/>
        <source>When it happened, in this computer&apos;s time zone</source>
        <translation>Wann es geschah, in der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="232"/>
        <source>The Candor user who did it, or who an import was made by</source>
        <translation>Die Person in Candor, die es tat oder für die ein Import gemacht wurde</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="234"/>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="235"/>
        <source>The creator, campaign or model it was about, as it is called now (its internal id once it is gone)</source>
        <translation>Der Creator, die Kampagne oder das Modell, worum es ging, unter dem heutigen Namen (die interne ID, wenn es nicht mehr existiert)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="237"/>
        <source>What changed, without personal data</source>
        <translation>Was sich änderte, ohne personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="238"/>
        <source>The personal details kept apart from the chained entry: a decision&apos;s reason, a note, a handle; erased when the person was erased</source>
        <translation>Die persönlichen Angaben, getrennt vom verketteten Eintrag gespeichert: der Grund einer Entscheidung, eine Notiz, ein Handle; gelöscht, wenn die Person gelöscht wurde</translation>
    </message>
</context>
<context>
    <name>candor::AuthenticityView</name>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="95"/>
        <source>&lt;i&gt;Select a candidate to see the evidence behind its authenticity.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Kandidaten, um die Belege für seine Echtheit zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="103"/>
        <source>&lt;i&gt;The evidence cannot be read: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Belege können nicht gelesen werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;Threshold from: %3&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;Schwellenwert aus: %3&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="124"/>
        <source>&lt;p&gt;&lt;b&gt;Authenticity from Candor&apos;s signals: %1 of the points&lt;/b&gt; of the %2 signals with data (green 1, amber ½, red 0, each weighted by weight × confidence). Worst light: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Echtheit aus Candors Signalen: %1 der Punkte&lt;/b&gt; der %2 Signale mit Daten (grün 1, gelb ½, rot 0, jeweils gewichtet mit Gewicht × Konfidenz). Schlechteste Ampel: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="130"/>
        <source>&lt;p&gt;&lt;b&gt;No authenticity signal has data yet.&lt;/b&gt; Import the account&apos;s posts (&lt;i&gt;candor import-posts&lt;/i&gt;), its follower history (&lt;i&gt;candor import-history&lt;/i&gt;), a follower sample (&lt;i&gt;candor import-followers&lt;/i&gt;) or the comments under its posts (&lt;i&gt;candor import-comments&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Echtheitssignal hat Daten.&lt;/b&gt; Importieren Sie die Beiträge des Kontos (&lt;i&gt;candor import-posts&lt;/i&gt;), seinen Follower-Verlauf (&lt;i&gt;candor import-history&lt;/i&gt;), eine Follower-Stichprobe (&lt;i&gt;candor import-followers&lt;/i&gt;) oder die Kommentare unter seinen Beiträgen (&lt;i&gt;candor import-comments&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="137"/>
        <source>&lt;p&gt;Beside it, not counted: the imported figures&apos; own &lt;i&gt;authentic engagement&lt;/i&gt;, %1 — another tool&apos;s model, which Candor cannot check.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Daneben, nicht mitgezählt: die eigene &lt;i&gt;echte Interaktion&lt;/i&gt; der importierten Zahlen, %1 — das Modell eines anderen Werkzeugs, das Candor nicht prüfen kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="147"/>
        <source>&lt;i&gt;No follower sample: import one with candor import-followers to see which of its followers look fake and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Follower-Stichprobe: importieren Sie eine mit candor import-followers, um zu sehen, welche Follower gefälscht wirken und warum.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="152"/>
        <source>&lt;p&gt;&lt;b&gt;Follower sample&lt;/b&gt;: %1 followers, judged by rules %2. A follower looks fake at %3 points or more.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Rule&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Points if it holds&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Holds for&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Follower-Stichprobe&lt;/b&gt;: %1 Follower, beurteilt nach Regeln %2. Ein Follower wirkt ab %3 Punkten gefälscht.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Regel&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Punkte, wenn sie zutrifft&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Trifft zu auf&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="177"/>
        <source>No follower history (import one with candor import-history)</source>
        <translation>Kein Follower-Verlauf (importieren Sie einen mit candor import-history)</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="181"/>
        <source>Followers by day; jumps marked (red: engagement did not follow)</source>
        <translation>Follower pro Tag; Sprünge markiert (rot: die Interaktion folgte nicht)</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="184"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="188"/>
        <source>Jump engagement did not follow</source>
        <translation>Sprung, dem die Interaktion nicht folgte</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="191"/>
        <source>Jump with engagement, or nothing to compare</source>
        <translation>Sprung mit Interaktion oder nichts zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>candor::BenchmarkTableModel</name>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="99"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="100"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="101"/>
        <source>Average rate</source>
        <translation>Durchschnittsrate</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="102"/>
        <source>Median rate</source>
        <translation>Medianrate</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="103"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="105"/>
        <source>Platform the figures were measured on</source>
        <translation>Plattform, auf der die Zahlen gemessen wurden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="106"/>
        <source>Follower tier</source>
        <translation>Follower-Stufe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="107"/>
        <source>Average engagement rate of the tier: (likes + comments) / followers</source>
        <translation>Durchschnittliche Interaktionsrate der Stufe: (Likes + Kommentare) / Follower</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="109"/>
        <source>Median engagement rate of the tier; used by default: it is the typical account&apos;s rate, which a few extreme accounts cannot move (in the shipped table every median is above its average)</source>
        <translation>Median der Interaktionsrate der Stufe; standardmäßig verwendet: die Rate des typischen Kontos, die wenige extreme Konten nicht verschieben können (in der mitgelieferten Tabelle liegt jeder Median über seinem Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BenchmarkTableModel.cpp" line="114"/>
        <source>Where the figures come from: shown wherever a benchmark is used</source>
        <translation>Woher die Zahlen stammen: wird überall angezeigt, wo ein Vergleichswert verwendet wird</translation>
    </message>
</context>
<context>
    <name>candor::BreakdownModel</name>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="61"/>
        <source>Curve: </source>
        <translation>Kurve: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="74"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="77"/>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="79"/>
        <source> (imputed)</source>
        <translation> (ergänzt)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="79"/>
        <source> (no data)</source>
        <translation> (keine Daten)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="83"/>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="96"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="97"/>
        <source>Raw</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="98"/>
        <source>Scaled</source>
        <translation>Skaliert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="99"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="100"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="101"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="102"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="104"/>
        <source>The factor, in plain words (hover over it for what it measures)</source>
        <translation>Der Faktor in einfachen Worten (mit der Maus darüber: was er misst)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="106"/>
        <source>The figure as it came in, in its own unit</source>
        <translation>Die Zahl, wie sie hereinkam, in ihrer eigenen Einheit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="107"/>
        <source>The figure on a 0-1 scale, by the factor&apos;s curve (hover for the curve); &quot;imputed&quot; when there was no data</source>
        <translation>Die Zahl auf einer Skala von 0 bis 1, nach der Kurve des Faktors (mit der Maus darüber: die Kurve); „ergänzt“, wenn es keine Daten gab</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="109"/>
        <source>How much the factor counts, as set in the weights panel</source>
        <translation>Wie stark der Faktor zählt, wie im Gewichtungsbereich eingestellt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="111"/>
        <source>What the factor adds to the score: 100 x weight x normalised value / sum of the weights</source>
        <translation>Was der Faktor zur Bewertung beiträgt: 100 × Gewicht × normierter Wert / Summe der Gewichte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="114"/>
        <source>The contribution in one sentence</source>
        <translation>Der Beitrag in einem Satz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/BreakdownModel.cpp" line="115"/>
        <source>Where the raw figure comes from</source>
        <translation>Woher der Rohwert stammt</translation>
    </message>
</context>
<context>
    <name>candor::CampaignDialog</name>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="57"/>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="57"/>
        <source>Edit Campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="66"/>
        <source>e.g. Spring skincare launch</source>
        <translation>z. B. Hautpflege-Einführung im Frühjahr</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="69"/>
        <source>What the campaign is for, in a sentence or two</source>
        <translation>Wofür die Kampagne ist, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="72"/>
        <source>&amp;Brief:</source>
        <translation>&amp;Briefing:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="74"/>
        <source>Skincare, Beauty, Wellness</source>
        <translation>Hautpflege, Beauty, Wellness</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="75"/>
        <source>Topics matched against creators&apos; categories (brand safety and relevance); separate them with commas</source>
        <translation>Themen, die mit den Kategorien der Creator abgeglichen werden (Markensicherheit und Relevanz); durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="77"/>
        <source>&amp;Relevant topics:</source>
        <translation>&amp;Relevante Themen:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="79"/>
        <source>A creator in one of these topics scores 0 on brand safety</source>
        <translation>Ein Creator in einem dieser Themen erhält 0 bei der Markensicherheit</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="80"/>
        <source>E&amp;xcluded topics:</source>
        <translation>&amp;Ausgeschlossene Themen:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="86"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="93"/>
        <source>ISO 4217 currency code</source>
        <translation>Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="96"/>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="98"/>
        <source>Runs from</source>
        <translation>Läuft vom</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="112"/>
        <location filename="../ui/CampaignDialog.cpp" line="164"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="115"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="116"/>
        <source>&amp;Brief</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="123"/>
        <source>The scoring model and version whose weights rank this campaign</source>
        <translation>Das Bewertungsmodell und die Version, deren Gewichte diese Kampagne ranken</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="126"/>
        <source>%1, version %2 (missing data: %3)</source>
        <translation>%1, Version %2 (fehlende Daten: %3)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="134"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="135"/>
        <source>Scoring &amp;model:</source>
        <translation>Bewertungs&amp;modell:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="144"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="146"/>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="146"/>
        <source>Candidates with fewer followers are not ranked</source>
        <translation>Kandidaten mit weniger Followern werden nicht gerankt</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="148"/>
        <source>Minimum &amp;followers:</source>
        <translation>Mindestzahl &amp;Follower:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="151"/>
        <source>any; e.g. US, India, UK</source>
        <translation>beliebig; z. B. US, Indien, UK</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="152"/>
        <source>Only creators whose leading audience country is one of these (country names or ISO 3166 codes, separated by commas)</source>
        <translation>Nur Creator, deren wichtigstes Publikumsland eines davon ist (Ländernamen oder ISO-3166-Codes, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="154"/>
        <source>Leading audience &amp;country:</source>
        <translation>Wichtigstes Publikums&amp;land:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="156"/>
        <source>Creators in any of these categories are not ranked</source>
        <translation>Creator in einer dieser Kategorien werden nicht gerankt</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="157"/>
        <source>Excluded c&amp;ategories:</source>
        <translation>Ausgeschlossene K&amp;ategorien:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="158"/>
        <location filename="../ui/CampaignDialog.cpp" line="159"/>
        <source>the model&apos;s</source>
        <translation>die des Modells</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="158"/>
        <source>Audience size that scores 0 on reach (log scale)</source>
        <translation>Publikumsgröße, die bei der Reichweite 0 Punkte ergibt (logarithmische Skala)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="159"/>
        <source>Audience size that scores full marks on reach</source>
        <translation>Publikumsgröße, die bei der Reichweite volle Punktzahl ergibt</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="166"/>
        <source>Reach scale:</source>
        <translation>Reichweitenskala:</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="167"/>
        <source>&amp;Filters and scoring</source>
        <translation>&amp;Filter und Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="173"/>
        <source>Take the &amp;pooled audience of the selected creators</source>
        <translation>&amp;Gemeinsames Publikum der ausgewählten Creator übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="176"/>
        <source>Select creators in the ranking first</source>
        <translation>Wählen Sie zuerst Creator im Ranking aus</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="177"/>
        <source>Their audiences, weighted by followers, as the target</source>
        <translation>Ihr Publikum, nach Followern gewichtet, als Ziel</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="181"/>
        <source>Copy from campaign…</source>
        <translation>Aus Kampagne kopieren…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="206"/>
        <source>&amp;Target audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="215"/>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="215"/>
        <source>Save campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="297"/>
        <source>Another campaign is called &quot;%1&quot;.</source>
        <translation>Eine andere Kampagne heißt „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="301"/>
        <source>&quot;%1&quot; is not a country name or ISO 3166 code.</source>
        <translation>„%1“ ist kein Ländername und kein ISO-3166-Code.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="304"/>
        <source>Choose at least one platform.</source>
        <translation>Wählen Sie mindestens eine Plattform.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="306"/>
        <source>The reach scale must start below where it ends.</source>
        <translation>Die Reichweitenskala muss unterhalb ihres Endes beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignDialog.cpp" line="309"/>
        <source>Target %1: %2.</source>
        <translation>Ziel %1: %2.</translation>
    </message>
</context>
<context>
    <name>candor::CandidateDetail</name>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="99"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="108"/>
        <source>Write a note for this campaign and press Enter</source>
        <translation>Schreiben Sie eine Notiz zu dieser Kampagne und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="109"/>
        <source>Saved in the project with your name and the time; Ctrl+Z takes it back</source>
        <translation>Im Projekt gespeichert, mit Ihrem Namen und der Uhrzeit; Strg+Z nimmt sie zurück</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="125"/>
        <source>&amp;Score</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="127"/>
        <source>&amp;Authenticity</source>
        <translation>&amp;Echtheit</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="129"/>
        <source>&amp;Disclosure</source>
        <translation>&amp;Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="204"/>
        <source>&lt;i&gt;The notes cannot be read: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Notizen können nicht gelesen werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="208"/>
        <source>&lt;i&gt;No notes yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Notizen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="234"/>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left: -20px&quot;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left: -20px&quot;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="251"/>
        <source>no lawful basis recorded</source>
        <translation>keine Rechtsgrundlage erfasst</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="252"/>
        <source>lawful basis: </source>
        <translation>Rechtsgrundlage: </translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="254"/>
        <source>informed on %1</source>
        <translation>informiert am %1</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="255"/>
        <source>not informed (GDPR Art. 14)</source>
        <translation>nicht informiert (DSGVO Art. 14)</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="256"/>
        <source>&lt;p style=&quot;color:gray&quot; title=&quot;The creator&apos;s privacy record; View › Privacy lists what needs attention&quot;&gt;Privacy: %1 · %2 · data kept until %3&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot; title=&quot;Der Datenschutzeintrag des Creators; Ansicht › Datenschutz listet, was Aufmerksamkeit braucht&quot;&gt;Datenschutz: %1 · %2 · Daten aufbewahrt bis %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="264"/>
        <source>&lt;p&gt;Select a candidate to see why it has its score.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Kandidaten, um zu sehen, warum er seine Bewertung hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="271"/>
        <source>&lt;p&gt;&lt;b&gt;Score %1&lt;/b&gt; of 100</source>
        <translation>&lt;p&gt;&lt;b&gt;Bewertung %1&lt;/b&gt; von 100</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="273"/>
        <source> · rank &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation> · Rang &lt;b&gt;%1&lt;/b&gt; von %2</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="275"/>
        <source> · &lt;b&gt;not ranked&lt;/b&gt;: %1</source>
        <translation> · &lt;b&gt;nicht gerankt&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="277"/>
        <source> · data coverage %1</source>
        <translation> · Datenabdeckung %1</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="279"/>
        <source> · &lt;span title=&quot;Each factor without data at 0 (the lowest) and at full marks (the highest)&quot;&gt;with the missing data: %1 to %2&lt;/span&gt;</source>
        <translation> · &lt;span title=&quot;Jeder Faktor ohne Daten bei 0 (dem niedrigsten Wert) und bei voller Punktzahl (dem höchsten)&quot;&gt;mit den fehlenden Daten: %1 bis %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="289"/>
        <source> &lt;a href=&quot;#%1&quot;&gt;See the evidence&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;#%1&quot;&gt;Belege ansehen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="294"/>
        <source>&lt;p title=&quot;Weights are redrawn 1,000 times around the current ones; the candidate&apos;s place is noted each time.&quot;&gt;Rank stability: in the top %1 in &lt;b&gt;%2&lt;/b&gt; of the weight draws; rank %3 to %4 (5th–95th percentile)%5&lt;/p&gt;</source>
        <translation>&lt;p title=&quot;Die Gewichte werden 1.000-mal um die aktuellen herum neu gezogen; der Platz des Kandidaten wird jedes Mal notiert.&quot;&gt;Stabilität des Rangs: unter den Top %1 in &lt;b&gt;%2&lt;/b&gt; der Gewichtsziehungen; Rang %3 bis %4 (5. bis 95. Perzentil)%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="301"/>
        <source> — &lt;b&gt;not a stable place&lt;/b&gt;</source>
        <translation> — &lt;b&gt;kein stabiler Platz&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="304"/>
        <source>&lt;p&gt;Decision: &lt;b&gt;%1&lt;/b&gt;%2 by %3 on %4 — “%5”&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entscheidung: &lt;b&gt;%1&lt;/b&gt;%2 von %3 am %4 — „%5“&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="306"/>
        <source> (overrides the ranking)</source>
        <translation> (gegen das Ranking)</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="323"/>
        <source>&lt;p&gt;&lt;b&gt;What would bring it into the top %1&lt;/b&gt; (one change at a time):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was ihn in die Top %1 bringen würde&lt;/b&gt; (jeweils eine Änderung):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="327"/>
        <location filename="../ui/CandidateDetail.cpp" line="331"/>
        <source>&lt;li&gt;%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="333"/>
        <source>&lt;/ul&gt;</source>
        <translation>&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="348"/>
        <source>&lt;p&gt;&lt;i&gt;Working out what would bring it into the top %1…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Es wird ermittelt, was ihn in die Top %1 bringen würde…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="396"/>
        <source>Factor contributions</source>
        <translation>Beiträge der Faktoren</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="396"/>
        <source>Points each factor adds</source>
        <translation>Punkte, die jeder Faktor beiträgt</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="414"/>
        <source>%1 against the target</source>
        <translation>%1 gegenüber dem Ziel</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="424"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="425"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="449"/>
        <source>Audience: %1, confidence %2.</source>
        <translation>Publikum: %1, Konfidenz %2.</translation>
    </message>
    <message>
        <location filename="../ui/CandidateDetail.cpp" line="451"/>
        <source>No audience data for this dimension (no data, not 0).</source>
        <translation>Keine Publikumsdaten für diese Dimension (keine Daten, nicht 0).</translation>
    </message>
</context>
<context>
    <name>candor::CompareView</name>
    <message>
        <location filename="../ui/CompareView.cpp" line="81"/>
        <source>Select two or three candidates in the ranking and choose Candidate › Compare.</source>
        <translation>Wählen Sie zwei oder drei Kandidaten im Ranking aus und dann Kandidat › Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="89"/>
        <source>What each factor adds to each score (points)</source>
        <translation>Was jeder Faktor zu jeder Bewertung beiträgt (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="110"/>
        <source>Points of the score (of 100)</source>
        <translation>Punkte der Bewertung (von 100)</translation>
    </message>
</context>
<context>
    <name>candor::ComparisonModel</name>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="108"/>
        <source>%1 scores %2 points more than %3</source>
        <translation>%1 erzielt %2 Punkte mehr als %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="118"/>
        <source>, mostly from </source>
        <translation>, vor allem durch </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="122"/>
        <source> %1 does better on %2.</source>
        <translation> %1 schneidet besser ab bei %2.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="144"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="165"/>
        <source>Points %1 gets more than %2 in all (negative: fewer)</source>
        <translation>Punkte, die %1 insgesamt mehr bekommt als %2 (negativ: weniger)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="166"/>
        <source>Points %1 gets more than %2 from this factor (negative: fewer)</source>
        <translation>Punkte, die %1 aus diesem Faktor mehr bekommt als %2 (negativ: weniger)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="193"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="194"/>
        <source>Points each factor adds</source>
        <translation>Punkte, die jeder Faktor beiträgt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="198"/>
        <source>Gap to %1</source>
        <translation>Abstand zu %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="199"/>
        <source>Points %1 gets more than %2 per factor (negative: fewer); the column adds up to the score gap</source>
        <translation>Punkte, die %1 je Faktor mehr bekommt als %2 (negativ: weniger); die Spalte ergibt zusammen den Abstand der Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="207"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="207"/>
        <source>not ranked</source>
        <translation>nicht gerankt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComparisonModel.cpp" line="209"/>
        <source>Points out of 100 for %1</source>
        <translation>Punkte von 100 für %1</translation>
    </message>
</context>
<context>
    <name>candor::CreatorDialog</name>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="31"/>
        <source>The creator&apos;s name as people know it (any printable text)</source>
        <translation>Der Name des Creators, wie man ihn kennt (beliebiger druckbarer Text)</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="32"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="33"/>
        <source>The account&apos;s handle on the platform, with or without @</source>
        <translation>Das Handle des Kontos auf der Plattform, mit oder ohne @</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="34"/>
        <source>&amp;Followers:</source>
        <translation>&amp;Follower:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="35"/>
        <source>Followers or subscribers now; 477.9M, 12.5K and 1,234 are understood</source>
        <translation>Follower oder Abonnenten jetzt; 477.9M, 12.5K und 1,234 werden verstanden</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="37"/>
        <source>Following:</source>
        <translation>Folgt:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="38"/>
        <source>Accounts this account follows</source>
        <translation>Konten, denen dieses Konto folgt</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="39"/>
        <source>Posts:</source>
        <translation>Beiträge:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="40"/>
        <source>Number of posts or videos</source>
        <translation>Anzahl der Beiträge oder Videos</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="41"/>
        <source>Average &amp;likes:</source>
        <translation>Durchschnittliche &amp;Likes:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="42"/>
        <source>Likes per post</source>
        <translation>Likes pro Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="43"/>
        <source>Average &amp;comments:</source>
        <translation>Durchschnittliche &amp;Kommentare:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="44"/>
        <source>Comments per post</source>
        <translation>Kommentare pro Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="45"/>
        <source>Average &amp;views:</source>
        <translation>Durchschnittliche &amp;Aufrufe:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="46"/>
        <source>Views per post or video</source>
        <translation>Aufrufe pro Beitrag oder Video</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="47"/>
        <source>&amp;Engagement rate:</source>
        <translation>&amp;Interaktionsrate:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="48"/>
        <source>As the source states it, e.g. 3.4%</source>
        <translation>Wie von der Quelle angegeben, z. B. 3.4%</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="49"/>
        <source>Average engagement:</source>
        <translation>Durchschnittliche Interaktion:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="50"/>
        <source>Likes and comments per post</source>
        <translation>Likes und Kommentare pro Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="51"/>
        <source>Authentic engagement:</source>
        <translation>Echte Interaktion:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="52"/>
        <source>Engagement from accounts the source judges real</source>
        <translation>Interaktion von Konten, die die Quelle für echt hält</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="53"/>
        <source>C&amp;ategories:</source>
        <translation>K&amp;ategorien:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="54"/>
        <source>Topics of the creator, separated by commas (brand safety and relevance)</source>
        <translation>Themen des Creators, durch Kommas getrennt (Markensicherheit und Relevanz)</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="56"/>
        <source>Leading audience c&amp;ountry:</source>
        <translation>Wichtigstes Publikums&amp;land:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="57"/>
        <source>Country name or ISO 3166 code</source>
        <translation>Ländername oder ISO-3166-Code</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="70"/>
        <source>New Creator</source>
        <translation>Neuer Creator</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="70"/>
        <source>Edit Figures</source>
        <translation>Zahlen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="72"/>
        <source>A creator and one of their accounts. Leave a figure empty when it is not known: it then counts as missing, never as 0.</source>
        <translation>Ein Creator und eines seiner Konten. Lassen Sie eine Zahl leer, wenn sie nicht bekannt ist: Sie zählt dann als fehlend, nie als 0.</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="74"/>
        <source>New figures become a snapshot dated today that names you; the older ones stay as history.</source>
        <translation>Neue Zahlen werden ein Schnappschuss mit dem heutigen Datum und Ihrem Namen; die älteren bleiben als Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="85"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/CreatorDialog.cpp" line="179"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>candor::DecisionDialog</name>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="19"/>
        <source>Shortlist</source>
        <translation>Auf die Shortlist</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="21"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="23"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="27"/>
        <source>Remove from shortlist</source>
        <translation>Von der Shortlist nehmen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="35"/>
        <source>%1 @%2</source>
        <translation>%1: @%2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="37"/>
        <source>Why? Your reason is stored with the decision, your name and the time.</source>
        <translation>Warum? Ihre Begründung wird mit der Entscheidung, Ihrem Namen und der Uhrzeit gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="40"/>
        <source>ranked %1, outside the top %2</source>
        <translation>auf Platz %1, außerhalb der besten %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="41"/>
        <source>not ranked for this campaign</source>
        <translation>für diese Kampagne nicht gerankt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="44"/>
        <source>&lt;b&gt;This goes against the ranking&lt;/b&gt;: @%1 is in the top %2. Write why you reject it; the override is recorded.</source>
        <translation>&lt;b&gt;Das widerspricht dem Ranking&lt;/b&gt;: @%1 ist unter den besten %2. Schreiben Sie, warum Sie ablehnen; die Abweichung wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="48"/>
        <source>&lt;b&gt;This goes against the ranking&lt;/b&gt;: @%1 is %2. Write why; the override is recorded and shown with the decision.</source>
        <translation>&lt;b&gt;Das widerspricht dem Ranking&lt;/b&gt;: @%1 ist %2. Schreiben Sie, warum; die Abweichung wird festgehalten und mit der Entscheidung angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="57"/>
        <source>Justification (required)</source>
        <translation>Begründung der Abweichung (Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="57"/>
        <source>Reason (required)</source>
        <translation>Begründung (Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="61"/>
        <source>Ctrl+Return records the decision; Escape cancels</source>
        <translation>Strg+Eingabe speichert die Entscheidung, Escape bricht ab</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="78"/>
        <source>Record (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionDialog.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>candor::DisclosureView</name>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="243"/>
        <source>&lt;i&gt;Select a candidate to see its posts and how each paid one was labelled.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Kandidaten, um seine Beiträge zu sehen und wie jeder bezahlte gekennzeichnet war.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="250"/>
        <source>&lt;i&gt;The posts cannot be read: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Beiträge können nicht gelesen werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="256"/>
        <source>&lt;p&gt;&lt;b&gt;No posts imported.&lt;/b&gt; Import the account&apos;s posts (&lt;i&gt;candor import-posts&lt;/i&gt;, from an Instagram Graph API or YouTube Data API export or a CSV) to judge its sponsored posts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Beiträge importiert.&lt;/b&gt; Importieren Sie die Beiträge des Kontos (&lt;i&gt;candor import-posts&lt;/i&gt;, aus einem Export der Instagram Graph API oder der YouTube Data API oder einer CSV), um seine gesponserten Beiträge zu beurteilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EvidenceViews.cpp" line="274"/>
        <source>&lt;p&gt;&lt;b&gt;Disclosure record: %1 of %2 sponsored posts labelled as ads clearly and upfront&lt;/b&gt; (%3 warnings, %4 violations) among %5 imported posts. AI: %6 posts labelled as AI-made, %7 you marked as AI-made without a label. Brand safety: a brand-safety word or a topic the brief excludes in %8 of them. Rules: FTC 16 CFR 255 and Disclosures 101, UK ASA/CMA, and others&apos; tags (docs/disclosure.md); hover a finding for its source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kennzeichnung: %1 von %2 gesponserten Beiträgen klar und vorab als Werbung gekennzeichnet&lt;/b&gt; (%3 Warnungen, %4 Verstöße) unter %5 importierten Beiträgen. KI: %6 Beiträge als KI-erstellt gekennzeichnet, %7 von Ihnen als KI-erstellt markiert, ohne Kennzeichnung. Markensicherheit: ein Markensicherheitswort oder ein vom Briefing ausgeschlossenes Thema in %8 davon. Regeln: FTC 16 CFR 255 und Disclosures 101, UK ASA/CMA und die Tags anderer (docs/disclosure.md); mit der Maus über einem Befund: seine Quelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>candor::FairnessDashboard</name>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="69"/>
        <source>&lt;p&gt;&lt;b&gt;How to read this.&lt;/b&gt; The &lt;i&gt;selection&lt;/i&gt; is your shortlist, or the top of the ranking while the shortlist is empty. &lt;i&gt;Findings&lt;/i&gt; at the top list what needs a look, the most serious first: an audience the campaign leaves out (people under 18 above all), target groups reached too little or too much, creator groups selected apart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Audience balance:&lt;/b&gt; the selected creators&apos; audiences are added up, each weighted by its reach, and set against the campaign&apos;s target. 1 × the target means a group is reached as much as the target asks; outside the band (0.8–1.25 × by default: the four-fifths rule of US employment law, applied both ways) it is flagged, and the dashed boxes in the chart show that band. &lt;i&gt;Audience mismatch&lt;/i&gt; is the share of the audience that would have to move to match the target. Audience figures are estimates: each finding gives its data confidence, and low-confidence estimates can be left out. A category no source reports is shown as &quot;no data&quot;, not as 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Creator groups:&lt;/b&gt; only creators who consented to their self-declared gender, age or ethnicity being used for this check are counted. The &lt;i&gt;selection rate&lt;/i&gt; is how many of a group are selected, with the range it could plausibly be in; &lt;i&gt;rate against reference&lt;/i&gt; compares it with the reference group (1 = alike). With few people counted the ranges are wide: below the minimum group size, or with fewer than 10 selected, Candor says &quot;too few to judge&quot; instead of a verdict. &lt;i&gt;Ranking exposure&lt;/i&gt; says how a group fares at the top of the ranking. Hover over any number for its technical name and definition.&lt;/p&gt;&lt;p&gt;The tool measures; it does not decide. A gap is a question to look into, not a verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie diese Seite.&lt;/b&gt; Die &lt;i&gt;Auswahl&lt;/i&gt; ist Ihre Shortlist oder, solange die Shortlist leer ist, die Spitze des Rankings. &lt;i&gt;Befunde&lt;/i&gt; oben listen, was einen Blick braucht, das Ernsteste zuerst: ein Publikum, das die Kampagne auslässt (vor allem Menschen unter 18), Zielgruppen, die zu wenig oder zu stark erreicht werden, Creator-Gruppen, die abweichend ausgewählt werden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Publikumsbalance:&lt;/b&gt; Das Publikum der ausgewählten Creator wird addiert, jeweils nach Reichweite gewichtet, und dem Ziel der Kampagne gegenübergestellt. 1 × das Ziel heißt, eine Gruppe wird so stark erreicht, wie das Ziel es verlangt; außerhalb des Bands (standardmäßig 0,8–1,25 ×: die Vier-Fünftel-Regel des US-Arbeitsrechts, in beide Richtungen angewandt) wird sie markiert, und die gestrichelten Kästen im Diagramm zeigen dieses Band. &lt;i&gt;Publikumsabweichung&lt;/i&gt; ist der Anteil des Publikums, der sich verschieben müsste, um dem Ziel zu entsprechen. Publikumszahlen sind Schätzungen: Jeder Befund nennt seine Datenkonfidenz, und Schätzungen mit geringer Konfidenz lassen sich auslassen. Eine Kategorie, die keine Quelle meldet, wird als „keine Daten“ angezeigt, nicht als 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Creator-Gruppen:&lt;/b&gt; Gezählt werden nur Creator, die eingewilligt haben, dass ihr selbst angegebenes Geschlecht, Alter oder ihre Ethnie für diese Prüfung verwendet wird. Die &lt;i&gt;Auswahlquote&lt;/i&gt; gibt an, wie viele einer Gruppe ausgewählt sind, mit dem Bereich, in dem sie plausibel liegen könnte; &lt;i&gt;Quote gegenüber Referenz&lt;/i&gt; vergleicht sie mit der Referenzgruppe (1 = gleich). Bei wenigen gezählten Personen sind die Bereiche breit: unter der Mindestgruppengröße oder bei weniger als 10 Ausgewählten sagt Candor „zu wenige für ein Urteil“ statt eines Ergebnisses. &lt;i&gt;Sichtbarkeit im Ranking&lt;/i&gt; sagt, wie eine Gruppe an der Spitze des Rankings abschneidet. Mit der Maus über einer Zahl: ihr Fachbegriff und ihre Definition.&lt;/p&gt;&lt;p&gt;Das Werkzeug misst; es entscheidet nicht. Eine Lücke ist eine Frage, der man nachgehen sollte, kein Urteil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="120"/>
        <source>&lt;span title=&quot;%1&quot;&gt;%2: &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span title=&quot;%1&quot;&gt;%2: &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="145"/>
        <source>Shortlist (top k while empty)</source>
        <translation>Shortlist (Top k, solange leer)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="147"/>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="148"/>
        <source>Top k of the ranking</source>
        <translation>Top k des Rankings</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="149"/>
        <source>Which candidates the dashboard audits</source>
        <translation>Welche Kandidaten die Übersicht prüft</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="153"/>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="154"/>
        <source>How many of the top of the ranking count as selected</source>
        <translation>Wie viele von der Spitze des Rankings als ausgewählt zählen</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="156"/>
        <source>Weight audiences by followers</source>
        <translation>Publikum nach Followern gewichten</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="157"/>
        <source>Weight audiences by average views</source>
        <translation>Publikum nach durchschnittlichen Aufrufen gewichten</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="159"/>
        <source>How much each creator&apos;s audience counts in the pooled audience</source>
        <translation>Wie stark das Publikum jedes Creators im gemeinsamen Publikum zählt</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="160"/>
        <source>Leave out low-confidence estimates</source>
        <translation>Schätzungen mit geringer Konfidenz auslassen</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="161"/>
        <source>Audience estimates whose source gives a confidence below 50 %</source>
        <translation>Publikumsschätzungen, deren Quelle eine Konfidenz unter 50 % angibt</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="165"/>
        <source>min. group </source>
        <translation>Mindestgruppe </translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="166"/>
        <source>Groups with fewer members are shown as too few to judge</source>
        <translation>Gruppen mit weniger Mitgliedern werden als zu wenige für ein Urteil angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="173"/>
        <source>band </source>
        <translation>Band </translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="174"/>
        <source>Ratios under this or over its inverse are flagged. 0.8 is the four-fifths rule of the US EEOC Uniform Guidelines, 29 CFR § 1607.4(D) (1978)</source>
        <translation>Quoten unter diesem Wert oder über seinem Kehrwert werden markiert. 0,8 ist die Vier-Fünftel-Regel der Uniform Guidelines der US-EEOC, 29 CFR § 1607.4(D) (1978)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="208"/>
        <source>Creator groups (self-declared, with consent)</source>
        <translation>Creator-Gruppen (Selbstangabe, mit Einwilligung)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="217"/>
        <source>The group the others are compared with (by default the largest)</source>
        <translation>Die Gruppe, mit der die anderen verglichen werden (standardmäßig die größte)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="218"/>
        <source>Attribute:</source>
        <translation>Merkmal:</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="220"/>
        <source>compared with:</source>
        <translation>verglichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="243"/>
        <source>Mean points each factor gives the group&apos;s members: where a gap in selection comes from (reach, engagement, fit…)</source>
        <translation>Durchschnittliche Punkte, die jeder Faktor den Mitgliedern der Gruppe gibt: woher eine Lücke bei der Auswahl kommt (Reichweite, Interaktion, Passung …)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="337"/>
        <source>The campaign has no target audience, so the audience balance cannot be checked: add one with Campaign › Edit Campaign (Ctrl+E), &lt;i&gt;Target audience&lt;/i&gt;.</source>
        <translation>Die Kampagne hat keine Zielgruppe, daher lässt sich die Publikumsbalance nicht prüfen: Legen Sie eine an unter Kampagne › Kampagne bearbeiten (Strg+E), &lt;i&gt;Zielgruppe&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FairnessDashboard.cpp" line="342"/>
        <source>&lt;br&gt;%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.</source>
        <translation>
            <numerusform>&lt;br&gt;%n Konto von Creatorn, die kein Profiling wünschen, ist weder im Ranking noch in dieser Prüfung.</numerusform>
            <numerusform>&lt;br&gt;%n Konten von Creatorn, die kein Profiling wünschen, sind weder im Ranking noch in dieser Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="345"/>
        <source>Auditing &lt;b&gt;%1&lt;/b&gt; for “%2”.&lt;br&gt;%3%4</source>
        <translation>Geprüft wird &lt;b&gt;%1&lt;/b&gt; für „%2“.&lt;br&gt;%3%4</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="349"/>
        <source>&lt;b&gt;Findings:&lt;/b&gt; nothing to flag.</source>
        <translation>&lt;b&gt;Befunde:&lt;/b&gt; nichts zu melden.</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="350"/>
        <source>&lt;b&gt;Findings, most serious first:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befunde, das Ernsteste zuerst:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="385"/>
        <source>%1: the selection&apos;s audience (weighted by %2) against the target</source>
        <translation>%1: das Publikum der Auswahl (gewichtet nach %2) gegenüber dem Ziel</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="404"/>
        <source>No selected creator has audience data for this dimension: no data, not 0.</source>
        <translation>Kein ausgewählter Creator hat Publikumsdaten für diese Dimension: keine Daten, nicht 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FairnessDashboard.cpp" line="410"/>
        <source>%1 of %Ln selected creator(s) pooled.</source>
        <translation>
            <numerusform>%1 von %Ln ausgewählten Creator zusammengefasst.</numerusform>
            <numerusform>%1 von %Ln ausgewählten Creatorn zusammengefasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="424"/>
        <source>@%1 (rank %2, +%3 points of share)</source>
        <translation>@%1 (Rang %2, +%3 Punkte Anteil)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="428"/>
        <source>&lt;span title=&quot;Candidates not selected who would raise the category most per point of score given up&quot;&gt;Would raise &lt;b&gt;%1&lt;/b&gt;:&lt;/span&gt; %2</source>
        <translation>&lt;span title=&quot;Nicht ausgewählte Kandidaten, die die Kategorie je aufgegebenem Bewertungspunkt am stärksten anheben würden&quot;&gt;Würde &lt;b&gt;%1&lt;/b&gt; anheben:&lt;/span&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="452"/>
        <source>&lt;p&gt;&lt;b&gt;Where the differences come from&lt;/b&gt; — mean points per factor:&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Factor&lt;/th&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Woher die Unterschiede kommen&lt;/b&gt; — durchschnittliche Punkte je Faktor:&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Faktor&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="476"/>
        <source>&lt;p&gt;The largest difference from %1: %2 gives %3 members %4 points fewer on average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der größte Unterschied zu %1: %2 gibt Mitgliedern von %3 im Durchschnitt %4 Punkte weniger.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="478"/>
        <source>&lt;p&gt;The largest difference from %1: %2 gives %3 members %4 points more on average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der größte Unterschied zu %1: %2 gibt Mitgliedern von %3 im Durchschnitt %4 Punkte mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="492"/>
        <source>No creator has consented to the use of a self-declared attribute.</source>
        <translation>Kein Creator hat in die Verwendung einer Selbstangabe eingewilligt.</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="500"/>
        <source>the largest group (%1)</source>
        <translation>die größte Gruppe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="511"/>
        <source>%1 ranked candidates consented to the use of their %2 (%3 did not and are left out; consent recorded for: %4); %5 of them are selected.&lt;br&gt;%6</source>
        <translation>%1 gerankte Kandidaten haben in die Verwendung ihres Merkmals %2 eingewilligt (%3 nicht, sie werden ausgelassen; Einwilligung erfasst für: %4); %5 davon sind ausgewählt.&lt;br&gt;%6</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="523"/>
        <source>Selection rate against the reference group (%1), with the band</source>
        <translation>Auswahlquote gegenüber der Referenzgruppe (%1), mit dem Band</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="524"/>
        <source>Rate against the reference group&apos;s</source>
        <translation>Quote gegenüber der der Referenzgruppe</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="539"/>
        <source>× reference</source>
        <translation>× Referenz</translation>
    </message>
    <message>
        <location filename="../ui/FairnessDashboard.cpp" line="547"/>
        <source>Band (%1 and %2)</source>
        <translation>Band (%1 und %2)</translation>
    </message>
</context>
<context>
    <name>candor::FiltersPanel</name>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="24"/>
        <source>&lt;b&gt;Filters&lt;/b&gt; — who is ranked at all</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt; — wer überhaupt gerankt wird</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="25"/>
        <source>Candidates a filter removes stay in the list, unranked, with the reason</source>
        <translation>Kandidaten, die ein Filter entfernt, bleiben ungerankt in der Liste, mit dem Grund</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="32"/>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="34"/>
        <source>Candidates with fewer followers are not ranked</source>
        <translation>Kandidaten mit weniger Followern werden nicht gerankt</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="36"/>
        <source>Minimum &amp;followers:</source>
        <translation>Mindestzahl &amp;Follower:</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="42"/>
        <source>Rank candidates on this platform</source>
        <translation>Kandidaten auf dieser Plattform ranken</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="47"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="50"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="51"/>
        <source>Rank only creators whose leading audience country is one of these: country names or ISO 3166 codes, separated by commas</source>
        <translation>Nur Creator ranken, deren wichtigstes Publikumsland eines davon ist: Ländernamen oder ISO-3166-Codes, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="54"/>
        <source>Leading audience &amp;country:</source>
        <translation>Wichtigstes Publikums&amp;land:</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="56"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="57"/>
        <source>Creators in any of these categories are not ranked (commas between them)</source>
        <translation>Creator in einer dieser Kategorien werden nicht gerankt (Kommas dazwischen)</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="60"/>
        <source>&amp;Excluded categories:</source>
        <translation>&amp;Ausgeschlossene Kategorien:</translation>
    </message>
    <message>
        <location filename="../ui/FiltersPanel.cpp" line="113"/>
        <source>Not a country name or ISO 3166 code: %1</source>
        <translation>Kein Ländername und kein ISO-3166-Code: %1</translation>
    </message>
</context>
<context>
    <name>candor::GroupFairnessModel</name>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="73"/>
        <source>Not defined: </source>
        <translation>Nicht definiert: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="93"/>
        <source>no one selected</source>
        <translation>niemand ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="96"/>
        <source>reference</source>
        <comment>the reference group</comment>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="102"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="107"/>
        <source>passes</source>
        <comment>the ranked test</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="108"/>
        <source>too few by rank %1</source>
        <translation>zu wenige bis Rang %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="121"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="122"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="123"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="124"/>
        <source>Selection rate (range)</source>
        <translation>Auswahlquote (Bereich)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="125"/>
        <source>Share of selected</source>
        <translation>Anteil an den Ausgewählten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="126"/>
        <source>Rate against reference</source>
        <translation>Quote gegenüber Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="127"/>
        <source>Plausible range</source>
        <translation>Plausibler Bereich</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="128"/>
        <source>Ranking exposure</source>
        <translation>Sichtbarkeit im Ranking</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="129"/>
        <source>Ranking test</source>
        <translation>Ranking-Test</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="130"/>
        <source>Four-fifths rule</source>
        <translation>Vier-Fünftel-Regel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="132"/>
        <source>The creators&apos; self-declared group (only creators who consented to its use are counted)</source>
        <translation>Die selbst angegebene Gruppe des Creators (gezählt werden nur Creator, die in ihre Verwendung eingewilligt haben)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="135"/>
        <source>Ranked candidates in the group</source>
        <translation>Gerankte Kandidaten in der Gruppe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="136"/>
        <source>Of them, how many are selected (shortlisted, or in the top k)</source>
        <translation>Davon, wie viele ausgewählt sind (auf der Shortlist oder in den Top k)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="138"/>
        <source>Selected ÷ pool: the group&apos;s selection rate (Fairlearn selection_rate, Aequitas pprev)</source>
        <translation>Ausgewählt ÷ Pool: die Auswahlquote der Gruppe (Fairlearn selection_rate, Aequitas pprev)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="141"/>
        <source>The group&apos;s share of everyone selected (Aequitas ppr)</source>
        <translation>Der Anteil der Gruppe an allen Ausgewählten (Aequitas ppr)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="143"/>
        <source>The group&apos;s selection rate ÷ the reference group&apos;s (Aequitas pprev disparity); 1 is equal treatment</source>
        <translation>Die Auswahlquote der Gruppe ÷ die der Referenzgruppe (Aequitas pprev disparity); 1 ist Gleichbehandlung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="145"/>
        <source>Where the rate against the reference could plausibly be, given how few people are counted: both exact 95 % intervals combined (Clopper–Pearson, each at 97.5 %)</source>
        <translation>Wo die Quote gegenüber der Referenz plausibel liegen könnte, bei so wenigen gezählten Personen: beide exakten 95-%-Intervalle kombiniert (Clopper–Pearson, jeweils zu 97,5 %)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GroupFairnessModel.cpp" line="153"/>
        <source>FA*IR&apos;s ranked group fairness test (Zehlike et al. 2017): whether every top-i of the ranking holds at least as many of the group as chance allows, α = 0.1 adjusted for testing every position</source>
        <translation>Der Test auf Gruppenfairness im Ranking von FA*IR (Zehlike et al. 2017): ob jede Spitze top-i des Rankings mindestens so viele aus der Gruppe enthält, wie der Zufall erlaubt, α = 0,1, angepasst für den Test jeder Position</translation>
    </message>
</context>
<context>
    <name>candor::HelpBrowser</name>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="21"/>
        <source>Candor User Guide</source>
        <translation>Candor-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>candor::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="27"/>
        <source>This &amp;campaign only</source>
        <translation>Nur diese &amp;Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="28"/>
        <source>The selected c&amp;reator only</source>
        <translation>Nur der ausgewählte C&amp;reator</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="33"/>
        <source>Kind of action</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="35"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="36"/>
        <source>Decisions and approvals</source>
        <translation>Entscheidungen und Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="37"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="37"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="38"/>
        <source>Consent and privacy</source>
        <translation>Einwilligung und Datenschutz</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="39"/>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="39"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="40"/>
        <source>Scoring models</source>
        <translation>Bewertungsmodelle</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="42"/>
        <source>The open campaign&apos;s own changes, its decisions and its notes</source>
        <translation>Die eigenen Änderungen der offenen Kampagne, ihre Entscheidungen und ihre Notizen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="43"/>
        <source>What the log holds about the creator selected in the ranking</source>
        <translation>Was das Protokoll über den im Ranking ausgewählten Creator enthält</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="44"/>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="46"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="94"/>
        <source>&lt;i&gt;The history cannot be read: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Verlauf kann nicht gelesen werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="99"/>
        <source>the chain could not be checked: </source>
        <translation>die Kette konnte nicht geprüft werden: </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="100"/>
        <source>the hash chain over all %Ln entries holds</source>
        <translation>
            <numerusform>die Hash-Kette über den %Ln Eintrag hält</numerusform>
            <numerusform>die Hash-Kette über alle %Ln Einträge hält</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="102"/>
        <source>&lt;b&gt;the log was changed outside Candor&lt;/b&gt;: broken at entry %1 (%2)</source>
        <translation>&lt;b&gt;das Protokoll wurde außerhalb von Candor geändert&lt;/b&gt;: unterbrochen bei Eintrag %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="107"/>
        <source>%Ln entries shown; %1. An undo is an entry of its own; reasons, notes and names are kept apart from the chain (docs/audit-log.md).</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt; %1. Ein Rückgängigmachen ist ein eigener Eintrag; Gründe, Notizen und Namen werden getrennt von der Kette gespeichert (docs/audit-log.md).</numerusform>
            <numerusform>%Ln Einträge angezeigt; %1. Ein Rückgängigmachen ist ein eigener Eintrag; Gründe, Notizen und Namen werden getrennt von der Kette gespeichert (docs/audit-log.md).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="81"/>
        <location filename="../ui/ImportDialog.cpp" line="184"/>
        <source>Import creators</source>
        <translation>Creator importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="88"/>
        <source>A CSV or JSON export (HypeAuditor, Modash, a platform&apos;s own…)</source>
        <translation>Ein CSV- oder JSON-Export (HypeAuditor, Modash, der einer Plattform …)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="89"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="93"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="95"/>
        <source>Recognise from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="98"/>
        <source>Which platform the accounts are on, when the file does not say</source>
        <translation>Auf welcher Plattform die Konten sind, wenn die Datei es nicht sagt</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="100"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="104"/>
        <source>Not recorded yet (the Privacy page lists them)</source>
        <translation>Noch nicht erfasst (die Seite Datenschutz listet sie)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="107"/>
        <source>GDPR Art. 6: why the agency may hold these creators&apos; data; given to the creators this file brings that have none recorded</source>
        <translation>DSGVO Art. 6: warum die Agentur die Daten dieser Creator halten darf; wird den Creatorn dieser Datei gegeben, für die keine erfasst ist</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="109"/>
        <source>&amp;Lawful basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="110"/>
        <source>Told on</source>
        <translation>Informiert am</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="112"/>
        <source>GDPR Art. 14: the creators were told that the agency holds their data, at the latest a month after obtaining it</source>
        <translation>DSGVO Art. 14: Die Creator wurden informiert, dass die Agentur ihre Daten hält, spätestens einen Monat nach deren Erhebung</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="122"/>
        <source>Creators informed:</source>
        <translation>Creator informiert:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="140"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="144"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="147"/>
        <source>Choose a file to see what would be imported.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was importiert würde.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="184"/>
        <source>Exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="215"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="240"/>
        <source>%1 of %2… %3</source>
        <translation>%1 von %2… %3</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="256"/>
        <source>&lt;b&gt;This file cannot be imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Datei kann nicht importiert werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="262"/>
        <source>&lt;b&gt;How the file is read:&lt;/b&gt;&lt;ul style=&quot;margin: 0&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Wie die Datei gelesen wird:&lt;/b&gt;&lt;ul style=&quot;margin: 0&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="264"/>
        <source>%Ln record(s) read: &lt;b&gt;%1 will be imported&lt;/b&gt; (new accounts, or new snapshots of accounts already in the project) and &lt;b&gt;%2 rejected&lt;/b&gt;; the Problems tab says why, line by line.</source>
        <translation>
            <numerusform>%Ln Datensatz gelesen: &lt;b&gt;%1 werden importiert&lt;/b&gt; (neue Konten oder neue Schnappschüsse von Konten, die schon im Projekt sind) und &lt;b&gt;%2 abgelehnt&lt;/b&gt;; der Reiter Probleme sagt Zeile für Zeile, warum.</numerusform>
            <numerusform>%Ln Datensätze gelesen: &lt;b&gt;%1 werden importiert&lt;/b&gt; (neue Konten oder neue Schnappschüsse von Konten, die schon im Projekt sind) und &lt;b&gt;%2 abgelehnt&lt;/b&gt;; der Reiter Probleme sagt Zeile für Zeile, warum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="285"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="288"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="301"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="305"/>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts wurde importiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="309"/>
        <source>&lt;b&gt;Imported:&lt;/b&gt; %1 new accounts, %2 merged into accounts already in the project, %3 rows rejected (listed under Problems and kept in the project).</source>
        <translation>&lt;b&gt;Importiert:&lt;/b&gt; %1 neue Konten, %2 mit Konten zusammengeführt, die schon im Projekt sind, %3 Zeilen abgelehnt (unter Probleme aufgeführt und im Projekt aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>candor::ImportSampleModel</name>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="54"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="65"/>
        <source>This column is left out</source>
        <translation>Diese Spalte wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="66"/>
        <source>Read as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="90"/>
        <source>(left out)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="115"/>
        <source>Double-click (or F2) to choose what this column holds</source>
        <translation>Doppelklick (oder F2), um zu wählen, was diese Spalte enthält</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="168"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="170"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="172"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="227"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="228"/>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="229"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="230"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="231"/>
        <source>As written in the file</source>
        <translation>Wie in der Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="233"/>
        <source>Line of the file on which the record starts</source>
        <translation>Zeile der Datei, in der der Datensatz beginnt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="234"/>
        <source>Rejected (not imported) or a warning (imported, one value left empty)</source>
        <translation>Abgelehnt (nicht importiert) oder eine Warnung (importiert, ein Wert leer gelassen)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="236"/>
        <source>The column at fault; empty when the whole row is</source>
        <translation>Die fehlerhafte Spalte; leer, wenn es die ganze Zeile ist</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="237"/>
        <source>Why, in plain words</source>
        <translation>Warum, in einfachen Worten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ImportModels.cpp" line="238"/>
        <source>The record as it stands in the file, to find and fix it</source>
        <translation>Der Datensatz, wie er in der Datei steht, um ihn zu finden und zu korrigieren</translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>%n creator(s) erased; the undo history was cleared.</source>
        <translation>
            <numerusform>%n Creator gelöscht; der Rückgängig-Verlauf wurde geleert.</numerusform>
            <numerusform>%n Creator gelöscht; der Rückgängig-Verlauf wurde geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>&amp;Import Creators…</source>
        <translation>Creator &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Import A&amp;udiences…</source>
        <translation>&amp;Zielgruppen importieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Audience demographics per account (age, gender, country, language)</source>
        <translation>Publikumsdemografie je Konto (Alter, Geschlecht, Land, Sprache)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>Import Self-declared A&amp;ttributes…</source>
        <translation>Selbstangaben i&amp;mportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>The client report of this campaign&apos;s shortlist: PDF, HTML, CSV or JSON</source>
        <translation>Der Kundenbericht zur Shortlist dieser Kampagne: PDF, HTML, CSV oder JSON</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Ca&amp;mpaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <source>&amp;Edit Campaign…</source>
        <translation>Kampagne &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535"/>
        <source>&amp;Duplicate Campaign</source>
        <translation>Kampagne &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>De&amp;lete Campaign…</source>
        <translation>Kampagne &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539"/>
        <source>&amp;Approve Shortlist…</source>
        <translation>Shortlist &amp;freigeben …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543"/>
        <source>&amp;Candidate</source>
        <translation>Ka&amp;ndidat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>&amp;Shortlist…</source>
        <translation>Auf die &amp;Shortlist …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Remove from Short&amp;list…</source>
        <translation>Von der Short&amp;list nehmen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="557"/>
        <source> Campaign: </source>
        <translation> Kampagne: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="566"/>
        <source>Record a decision for the selected candidate, with your reason</source>
        <translation>Eine Entscheidung für den ausgewählten Kandidaten erfassen, mit Ihrem Grund</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>&amp;New Creator…</source>
        <translation>&amp;Neuer Creator …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Enter a creator and one of their accounts by hand</source>
        <translation>Einen Creator und eines seiner Konten von Hand eingeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="578"/>
        <source>&amp;Edit Figures…</source>
        <translation>&amp;Zahlen bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="583"/>
        <source>&amp;Merge Selected Creators…</source>
        <translation>Ausgewählte Creator &amp;zusammenführen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="585"/>
        <source>Two selected accounts are the same person on two platforms</source>
        <translation>Zwei ausgewählte Konten sind dieselbe Person auf zwei Plattformen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586"/>
        <source>&amp;Delete Creator…</source>
        <translation>Creator &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="589"/>
        <source>Do &amp;Not Profile…</source>
        <translation>&amp;Kein Profiling …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592"/>
        <source>The creator objected to profiling (GDPR Art. 21): left out of every ranking and audit; lifted again on the Privacy page</source>
        <translation>Der Creator hat dem Profiling widersprochen (DSGVO Art. 21): aus jedem Ranking und jeder Prüfung ausgeschlossen; auf der Seite Datenschutz wieder aufhebbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="594"/>
        <source>E&amp;rase Creator…</source>
        <translation>Creator &amp;restlos löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="600"/>
        <source>Every trace of the selected creators removed from the file (GDPR Art. 17); cannot be undone</source>
        <translation>Jede Spur der ausgewählten Creator wird aus der Datei entfernt (DSGVO Art. 17); lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="604"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="607"/>
        <source>Two or three selected candidates side by side, factor by factor (with one selected: against the candidate ranked just above it)</source>
        <translation>Zwei oder drei ausgewählte Kandidaten nebeneinander, Faktor für Faktor (bei einem ausgewählten: gegenüber dem Kandidaten direkt darüber)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="613"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>&amp;Fairness Dashboard</source>
        <translation>&amp;Fairness-Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&lt;b&gt;Demo project:&lt;/b&gt; every creator, figure and audience here is synthetic, made up by a generator to show how Candor works. None of it describes a real person.</source>
        <translation>&lt;b&gt;Demoprojekt:&lt;/b&gt; Jeder Creator, jede Zahl und jedes Publikum hier ist synthetisch, von einem Generator erfunden, um zu zeigen, wie Candor arbeitet. Nichts davon beschreibt eine reale Person.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Search handles, names, platforms, flags and decisions (Ctrl+F)</source>
        <translation>Handles, Namen, Plattformen, Hinweise und Entscheidungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>All candidates</source>
        <translation>Alle Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Any warning</source>
        <translation>Beliebige Warnung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Show only candidates with a warning: authenticity (a red signal or several amber ones), disclosure (a sponsored post not labelled clearly and upfront) or brand safety (a post with a brand-safety word or a topic the brief excludes)</source>
        <translation>Nur Kandidaten mit einer Warnung anzeigen: Echtheit (ein rotes Signal oder mehrere gelbe), Kennzeichnung (ein gesponserter Beitrag, der nicht klar und vorab gekennzeichnet ist) oder Markensicherheit (ein Beitrag mit einem Markensicherheitswort oder einem vom Briefing ausgeschlossenen Thema)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Show candidates</source>
        <translation>Kandidaten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;1  Import creators…</source>
        <translation>&amp;1  Creator importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Your export of creators and their figures (CSV or JSON)</source>
        <translation>Ihr Export der Creator und ihrer Zahlen (CSV oder JSON)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;2  Import audiences… (optional)</source>
        <translation>&amp;2  Publikumsdaten importieren… (optional)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Audience demographics per account, for audience fit and fairness</source>
        <translation>Publikumsdemografie je Konto, für Publikumspassung und Fairness</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;3  Create a campaign…</source>
        <translation>&amp;3  Kampagne anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Name, brief, filters and target audience: the ranking follows</source>
        <translation>Name, Briefing, Filter und Zielgruppe: Das Ranking folgt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Stop opening the project; the one open now stays open</source>
        <translation>Das Öffnen des Projekts abbrechen; das jetzt offene bleibt offen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>The campaign brings its brief, target audience, filters and scoring model</source>
        <translation>Die Kampagne bringt ihr Briefing, ihre Zielgruppe, ihre Filter und ihr Bewertungsmodell mit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Who did what, when: imports, decisions and their reasons, notes, consent, campaigns and models, with the log&apos;s hash chain checked</source>
        <translation>Wer was wann getan hat: Importe, Entscheidungen und ihre Gründe, Notizen, Einwilligungen, Kampagnen und Modelle, mit geprüfter Hash-Kette des Protokolls</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <location filename="../ui/MainWindow.cpp" line="626"/>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Creators past retention, consents expiring, data without a lawful basis or notice, objections to profiling; erase or renew them</source>
        <translation>Creator über die Aufbewahrungsfrist hinaus, ablaufende Einwilligungen, Daten ohne Rechtsgrundlage oder Information, Widersprüche gegen Profiling; löschen oder erneuern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Ethics Polic&amp;y</source>
        <translation>Ethikrichtl&amp;inie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>The project&apos;s ethics policy checked against the shortlist: audiences too young for the product, red authenticity, undisclosed ads, consent, group fairness</source>
        <translation>Die Ethikrichtlinie des Projekts, gegen die Shortlist geprüft: zu junges Publikum für das Produkt, rote Echtheit, nicht gekennzeichnete Werbung, Einwilligung, Gruppenfairness</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Ethics Polic&amp;y (%1)</source>
        <translation>Ethikrichtl&amp;inie (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>The project&apos;s ethics policy checked against the shortlist: audiences too young for the product, red authenticity, undisclosed ads, consent, group fairness; %1 open finding(s), %2 blocking approval</source>
        <translation>Die Ethikrichtlinie des Projekts, gegen die Shortlist geprüft: zu junges Publikum für das Produkt, rote Echtheit, nicht gekennzeichnete Werbung, Einwilligung, Gruppenfairness; offene Befunde: %1, davon blockieren die Freigabe: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>Remove From Shortlist</source>
        <translation>Von der Shortlist nehmen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>Why is the creator taken off the shortlist?</source>
        <translation>Warum wird der Creator von der Shortlist genommen?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>objected to profiling</source>
        <translation>hat dem Profiling widersprochen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>Authenticity</source>
        <translation>Echtheit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Disclosure</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="414"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>&amp;Ethics Policy</source>
        <translation>&amp;Ethikrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="633"/>
        <source>The project&apos;s ethics policy checked live against the shortlist</source>
        <translation>Die Ethikrichtlinie des Projekts, laufend gegen die Shortlist geprüft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="635"/>
        <source>Retention, consent, lawful basis and erasure</source>
        <translation>Aufbewahrung, Einwilligung, Rechtsgrundlage und Löschung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>Who did what, when, and why: the project&apos;s audit log</source>
        <translation>Wer was wann und warum getan hat: das Prüfprotokoll des Projekts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <location filename="../ui/MainWindow.cpp" line="858"/>
        <source>Audience balance of the shortlist and how creator groups fare in selection</source>
        <translation>Publikumsbalance der Shortlist und wie Creator-Gruppen bei der Auswahl abschneiden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>&amp;Weights and Filters Panel</source>
        <translation>&amp;Gewichte und Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="644"/>
        <source>Candidate &amp;Details Pane</source>
        <translation>Kandidaten&amp;details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="659"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="676"/>
        <source>The score, the fairness page, authenticity and privacy in plain words</source>
        <translation>Die Bewertung, die Fairness-Seite, Echtheit und Datenschutz in einfachen Worten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="679"/>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="707"/>
        <source>Project on a network share</source>
        <translation>Projekt auf einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="720"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="732"/>
        <source>Scoring %1 of %Ln creator(s)…</source>
        <translation>
            <numerusform>Bewerte %1 von %Ln Creator…</numerusform>
            <numerusform>Bewerte %1 von %Ln Creatorn…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="767"/>
        <source>The project is busy</source>
        <translation>Das Projekt ist beschäftigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="774"/>
        <location filename="../app/main.cpp" line="74"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="775"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="808"/>
        <source>Changes made in another Candor window were loaded.</source>
        <translation>Änderungen aus einem anderen Candor-Fenster wurden geladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="826"/>
        <source>No project is open.

File › New Project (Ctrl+N) for your own data, File › Open Project (Ctrl+O), or File › Open Demo Project to look around with synthetic data.</source>
        <translation>Kein Projekt ist geöffnet.

Datei › Neues Projekt (Strg+N) für Ihre eigenen Daten, Datei › Projekt öffnen (Strg+O) oder Datei › Demoprojekt öffnen, um sich mit synthetischen Daten umzusehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="829"/>
        <source>This project has %Ln candidate(s) and no campaign yet.

Three steps to an explained, audited shortlist:</source>
        <translation>
            <numerusform>Dieses Projekt hat %Ln Kandidaten und noch keine Kampagne.

Drei Schritte zu einer erklärten, geprüften Shortlist:</numerusform>
            <numerusform>Dieses Projekt hat %Ln Kandidaten und noch keine Kampagne.

Drei Schritte zu einer erklärten, geprüften Shortlist:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="855"/>
        <source>&amp;Fairness</source>
        <translation>&amp;Fairness</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="899"/>
        <source>Weights and filters</source>
        <translation>Gewichte und Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="924"/>
        <location filename="../ui/MainWindow.cpp" line="929"/>
        <source>Filters not changed</source>
        <translation>Filter nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="936"/>
        <location filename="../ui/MainWindow.cpp" line="939"/>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="949"/>
        <location filename="../ui/MainWindow.cpp" line="1157"/>
        <source>Cannot save the model</source>
        <translation>Das Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="951"/>
        <source>Saved as %1 version %2</source>
        <translation>Gespeichert als %1 Version %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1023"/>
        <source>Select two or three candidates to compare</source>
        <translation>Wählen Sie zwei oder drei Kandidaten zum Vergleichen aus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1029"/>
        <source>Compare candidates</source>
        <translation>Kandidaten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1063"/>
        <source>Cannot reload the project</source>
        <translation>Das Projekt kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <source>Approved shortlists could not be checked again: %1</source>
        <translation>Freigegebene Shortlists konnten nicht erneut geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1098"/>
        <source>&quot;%1&quot;, approved by %2:</source>
        <translation>„%1“, freigegeben von %2:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1103"/>
        <source>Changed Since Approval</source>
        <translation>Seit der Freigabe geändert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1104"/>
        <source>The new data changes what the ethics policy sees on %1 approved shortlist(s). The approvals stand; look at them again on the Ethics Policy page.</source>
        <translation>Die neuen Daten ändern, was die Ethikrichtlinie bei %1 freigegebenen Shortlists sieht. Die Freigaben bleiben bestehen; sehen Sie sie auf der Seite Ethikrichtlinie erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1115"/>
        <source>Approved shortlists checked again: nothing the ethics policy looks at changed.</source>
        <translation>Freigegebene Shortlists erneut geprüft: Nichts, worauf die Ethikrichtlinie achtet, hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1148"/>
        <source>Weights not saved</source>
        <translation>Gewichte nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1149"/>
        <source>The weights you are trying for “%1” are not saved. Save them as a new version of the model before switching?</source>
        <translation>Die Gewichte, die Sie für „%1“ ausprobieren, sind nicht gespeichert. Vor dem Wechsel als neue Version des Modells speichern?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1163"/>
        <source>Cannot show the campaign</source>
        <translation>Die Kampagne kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1198"/>
        <source>Campaigns cannot be changed</source>
        <translation>Kampagnen können nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1202"/>
        <source>Cannot add the built-in models</source>
        <translation>Die mitgelieferten Modelle können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1218"/>
        <source>%1

The project was not changed.</source>
        <translation>%1

Das Projekt wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1234"/>
        <source>Could not undo “%1”</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1234"/>
        <source>Could not redo “%1”</source>
        <translation>„%1“ konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1235"/>
        <source>%1

That step was not applied; the project is as it was before it.</source>
        <translation>%1

Dieser Schritt wurde nicht ausgeführt; das Projekt ist so wie davor.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1247"/>
        <source>Creators cannot be changed</source>
        <translation>Creator können nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>Creator cannot be edited</source>
        <translation>Der Creator kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1270"/>
        <source>Creator not added</source>
        <translation>Creator nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1275"/>
        <source>Figures not saved</source>
        <translation>Zahlen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1286"/>
        <source>Delete creator</source>
        <translation>Creator löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1287"/>
        <source>Delete %1 (@%2) with every account, figure, audience, attribute, decision and note of theirs? Edit › Undo brings all of it back.</source>
        <translation>%1 (@%2) mit allen Konten, Zahlen, Publikumsdaten, Merkmalen, Entscheidungen und Notizen löschen? Bearbeiten › Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1293"/>
        <source>Creator not deleted</source>
        <translation>Creator nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>Select the two accounts of the same person to merge them</source>
        <translation>Wählen Sie die zwei Konten derselben Person aus, um sie zusammenzuführen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1306"/>
        <source>Merge creators</source>
        <translation>Creator zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1307"/>
        <source>Are @%1 (%2) and @%3 (%4) the same person? Their accounts become one creator&apos;s, named %5.</source>
        <translation>Sind @%1 (%2) und @%3 (%4) dieselbe Person? Ihre Konten werden die eines Creators namens %5.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1316"/>
        <source>Creators not merged</source>
        <translation>Creator nicht zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1326"/>
        <source>new campaign &quot;%1&quot;</source>
        <translation>neue Kampagne „%1“</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1327"/>
        <source>Campaign not created</source>
        <translation>Kampagne nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1329"/>
        <source>Campaign not saved</source>
        <translation>Kampagne nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1339"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1343"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1347"/>
        <source>duplicate campaign &quot;%1&quot;</source>
        <translation>Kampagne „%1“ duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1348"/>
        <source>Campaign not duplicated</source>
        <translation>Kampagne nicht dupliziert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1357"/>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1358"/>
        <source>Delete “%1” with its shortlist, decisions and notes? Edit › Undo brings all of it back.</source>
        <translation>„%1“ mit ihrer Shortlist, ihren Entscheidungen und Notizen löschen? Bearbeiten › Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1364"/>
        <source>Campaign not deleted</source>
        <translation>Kampagne nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1407"/>
        <location filename="../ui/MainWindow.cpp" line="1411"/>
        <source>Decision not recorded</source>
        <translation>Entscheidung nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1416"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1417"/>
        <source>Candor projects (*.candor);;All files (*)</source>
        <translation>Candor-Projekte (*.candor);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1425"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1425"/>
        <location filename="../ui/MainWindow.cpp" line="1501"/>
        <source>Candor projects (*.candor)</source>
        <translation>Candor-Projekte (*.candor)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1432"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1447"/>
        <source>Import Creators</source>
        <translation>Creator importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1447"/>
        <source>Creator exports (*.csv *.json);;All files (*)</source>
        <translation>Creator-Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1500"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1507"/>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1522"/>
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1523"/>
        <source>An import into this project is still running. Stop it?</source>
        <translation>Ein Import in dieses Projekt läuft noch. Abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1525"/>
        <source>An import is written whole or not at all: stopped now, it leaves the project exactly as it was before, and you can run it again later.</source>
        <translation>Ein Import wird ganz oder gar nicht geschrieben: Jetzt abgebrochen, lässt er das Projekt genau so, wie es vorher war, und Sie können ihn später erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1527"/>
        <source>Stop the Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1528"/>
        <source>Keep Importing</source>
        <translation>Weiter importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1552"/>
        <source>Cannot create the demo project</source>
        <translation>Das Demoprojekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1574"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1598"/>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Choose influencers with scores you can explain. The tool advises; a person decides.&lt;/p&gt;&lt;p&gt;Candor is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later): you may use, study, share and change it. It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, under the GNU Lesser General Public License v3 (LGPL-3.0) and GPL; Qt Charts under the GPL-3.0&lt;/li&gt;&lt;li&gt;Boost %3, under the Boost Software License 1.0 (BSL-1.0)&lt;/li&gt;&lt;li&gt;SQLite %4, in the public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Data it carries&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Follower rules learnt from SRF Data&apos;s 975 hand-labelled followers of Swiss influencers (&quot;2017-10-instagram-influencers&quot; by SRF Data, CC BY-SA 4.0)&lt;/li&gt;&lt;li&gt;Engagement-rate medians by follower tier from the HypeAuditor Instagram benchmark (March 2018), and the thresholds of the UK CAP Code, the FTC Endorsement Guides, GDPR and the EU AI Act, each named where it is used&lt;/li&gt;&lt;li&gt;The demo project: synthetic, made up by Candor&apos;s generator; it describes no real person&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Wählen Sie Influencer mit Bewertungen, die Sie erklären können. Das Werkzeug berät; ein Mensch entscheidet.&lt;/p&gt;&lt;p&gt;Candor ist freie Software unter der &lt;b&gt;GNU General Public License, Version 3 oder später&lt;/b&gt; (GPL-3.0-or-later): Sie dürfen sie verwenden, untersuchen, weitergeben und verändern. Sie wird ohne Gewährleistung geliefert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aufgebaut auf&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, unter der GNU Lesser General Public License v3 (LGPL-3.0) und der GPL; Qt Charts unter der GPL-3.0&lt;/li&gt;&lt;li&gt;Boost %3, unter der Boost Software License 1.0 (BSL-1.0)&lt;/li&gt;&lt;li&gt;SQLite %4, gemeinfrei (public domain)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Mitgelieferte Daten&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Follower-Regeln, gelernt aus 975 von Hand bewerteten Followern Schweizer Influencer von SRF Data („2017-10-instagram-influencers“ von SRF Data, CC BY-SA 4.0)&lt;/li&gt;&lt;li&gt;Mediane der Interaktionsrate nach Follower-Stufe aus dem Instagram-Benchmark von HypeAuditor (März 2018) sowie die Schwellenwerte des UK CAP Code, der FTC Endorsement Guides, der DSGVO und der KI-Verordnung der EU, jeweils dort genannt, wo sie verwendet werden&lt;/li&gt;&lt;li&gt;Das Demoprojekt: synthetisch, von Candors Generator erfunden; es beschreibt keine reale Person&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1629"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1634"/>
        <source>%1 — Candor</source>
        <translation>%1 — Candor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1634"/>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1641"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1645"/>
        <source>%Ln candidate(s), no campaign · %1</source>
        <translation>
            <numerusform>%Ln Kandidat, keine Kampagne · %1</numerusform>
            <numerusform>%Ln Kandidaten, keine Kampagne · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1650"/>
        <source>%Ln candidate(s), %1 ranked for “%2” · model %3 v%4 · %5</source>
        <translation>
            <numerusform>%Ln Kandidat, %1 gerankt für „%2“ · Modell %3 v%4 · %5</numerusform>
            <numerusform>%Ln Kandidaten, %1 gerankt für „%2“ · Modell %3 v%4 · %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1655"/>
        <source> · %n account(s) not profiled at their creator&apos;s request</source>
        <translation>
            <numerusform> · %n Konto auf Wunsch des Creators ohne Profiling</numerusform>
            <numerusform> · %n Konten auf Wunsch der Creator ohne Profiling</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1657"/>
        <source> · read-only: </source>
        <translation> · schreibgeschützt: </translation>
    </message>
</context>
<context>
    <name>candor::PolicyFindingsModel</name>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="15"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="16"/>
        <source>Creator or group</source>
        <translation>Creator oder Gruppe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="17"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="18"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="20"/>
        <source>Whether the finding blocks approval of the shortlist, is a warning, or was resolved by a person</source>
        <translation>Ob der Befund die Freigabe der Shortlist blockiert, eine Warnung ist oder von einer Person aufgelöst wurde</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="23"/>
        <source>The rule of the project&apos;s ethics policy that found it</source>
        <translation>Die Regel der Ethikrichtlinie des Projekts, die ihn gefunden hat</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="24"/>
        <source>The creator (or the group of creators) the finding is about</source>
        <translation>Der Creator (oder die Gruppe von Creatorn), um den es im Befund geht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="26"/>
        <source>What the rule found, with its evidence and the source of its threshold</source>
        <translation>Was die Regel gefunden hat, mit ihren Belegen und der Quelle ihres Schwellenwerts</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PolicyFindingsModel.cpp" line="28"/>
        <source>Who overrode or acknowledged it, when and why</source>
        <translation>Wer ihn übergangen oder zur Kenntnis genommen hat, wann und warum</translation>
    </message>
</context>
<context>
    <name>candor::PolicyView</name>
    <message>
        <location filename="../ui/PolicyView.cpp" line="72"/>
        <source>Show &amp;Evidence</source>
        <translation>&amp;Belege anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="73"/>
        <source>The creator&apos;s audience, authenticity, disclosure or privacy record, or the fairness page</source>
        <translation>Publikum, Echtheit, Kennzeichnung oder Datenschutzeintrag des Creators oder die Fairness-Seite</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="78"/>
        <location filename="../ui/PolicyView.cpp" line="175"/>
        <source>&amp;Override With Reason…</source>
        <translation>Mit Begründung ü&amp;bergehen…</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="79"/>
        <source>Keep the creator despite the finding, with a written reason (a group&apos;s finding is acknowledged with a note); in the audit log and the client report</source>
        <translation>Den Creator trotz des Befunds behalten, mit schriftlicher Begründung (der Befund einer Gruppe wird mit einer Notiz zur Kenntnis genommen); im Prüfprotokoll und im Kundenbericht</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="82"/>
        <source>&amp;Remove From Shortlist…</source>
        <translation>Von der Shortlist &amp;nehmen…</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="83"/>
        <source>Take the creator off this campaign&apos;s shortlist, with a reason</source>
        <translation>Den Creator mit einem Grund von der Shortlist dieser Kampagne nehmen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="87"/>
        <source>Request &amp;Data or Consent…</source>
        <translation>&amp;Daten oder Einwilligung anfragen…</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="88"/>
        <source>A message to the creator asking for audience data or a renewed consent, copied to the clipboard and kept as a note</source>
        <translation>Eine Nachricht an den Creator mit der Bitte um Publikumsdaten oder eine erneuerte Einwilligung, in die Zwischenablage kopiert und als Notiz aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="127"/>
        <source>The policy could not be checked: %1</source>
        <translation>Die Richtlinie konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="129"/>
        <source>The ethics policy checks a campaign&apos;s shortlist: create a campaign first.</source>
        <translation>Die Ethikrichtlinie prüft die Shortlist einer Kampagne: Legen Sie zuerst eine Kampagne an.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="134"/>
        <source>The shortlist of &quot;%1&quot; meets the project&apos;s ethics policy.</source>
        <translation>Die Shortlist von „%1“ erfüllt die Ethikrichtlinie des Projekts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="136"/>
        <source>%Ln open finding(s) on the shortlist of &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln offener Befund auf der Shortlist von „%1“</numerusform>
            <numerusform>%Ln offene Befunde auf der Shortlist von „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="139"/>
        <source>; %Ln of them block(s) approval until resolved</source>
        <translation>
            <numerusform>; %Ln davon blockiert die Freigabe bis zur Auflösung</numerusform>
            <numerusform>; %Ln davon blockieren die Freigabe bis zur Auflösung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="143"/>
        <source> %Ln finding(s) resolved by a person.</source>
        <translation>
            <numerusform> %Ln Befund von einer Person aufgelöst.</numerusform>
            <numerusform> %Ln Befunde von einer Person aufgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="144"/>
        <source> The rules, their thresholds and sources are the project&apos;s own; every resolution goes into the audit log and the client report.</source>
        <translation> Die Regeln, ihre Schwellenwerte und Quellen gehören dem Projekt; jede Auflösung kommt ins Prüfprotokoll und in den Kundenbericht.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="151"/>
        <source>Since the shortlist was approved: </source>
        <translation>Seit der Freigabe der Shortlist: </translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="160"/>
        <source>Select a finding to see it in full and resolve it.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu sehen und aufzulösen.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="163"/>
        <source>%1 (%2): %3
%4: %5</source>
        <translation>%1 (%2): %3
%4: %5</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="174"/>
        <source>&amp;Acknowledge With Note…</source>
        <translation>Mit Notiz zur &amp;Kenntnis nehmen…</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="188"/>
        <source>Not resolved</source>
        <translation>Nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="202"/>
        <source>Acknowledge Finding</source>
        <translation>Befund zur Kenntnis nehmen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="202"/>
        <source>Override Finding</source>
        <translation>Befund übergehen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="203"/>
        <source>%1

%2: %3

Why may it stand? The reason goes into the audit log and the client report; a later decision on %4 asks again.</source>
        <translation>%1

%2: %3

Warum darf es so bleiben? Der Grund kommt ins Prüfprotokoll und in den Kundenbericht; eine spätere Entscheidung zu %4 fragt erneut.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="206"/>
        <source>this creator</source>
        <translation>diesem Creator</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="206"/>
        <source>the shortlist</source>
        <translation>der Shortlist</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="219"/>
        <source>could you send us the age breakdown of your audience (a screenshot of your platform&apos;s audience insights, with its date)? The campaign is for an age-restricted product, and the advertising rules ask us to check that fewer than a quarter of your audience is under 18.</source>
        <translation>könnten Sie uns die Altersverteilung Ihres Publikums schicken (einen Screenshot der Publikumsstatistik Ihrer Plattform, mit Datum)? Die Kampagne ist für ein Produkt mit Altersbeschränkung, und die Werberegeln verlangen von uns zu prüfen, dass weniger als ein Viertel Ihres Publikums unter 18 ist.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="223"/>
        <source>could you confirm whether we may keep using your details for this campaign? Your earlier consent has expired or our retention period has ended; without your answer we will remove your details.</source>
        <translation>könnten Sie bestätigen, ob wir Ihre Angaben für diese Kampagne weiter verwenden dürfen? Ihre frühere Einwilligung ist abgelaufen oder unsere Aufbewahrungsfrist ist zu Ende; ohne Ihre Antwort entfernen wir Ihre Angaben.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="226"/>
        <source>Hello %1, about the campaign &quot;%2&quot;: %3</source>
        <translation>Hallo %1, zur Kampagne „%2“: %3</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="229"/>
        <source>Requested from the creator: </source>
        <translation>Beim Creator angefragt: </translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="230"/>
        <source>Note not kept</source>
        <translation>Notiz nicht aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="239"/>
        <source>Request Copied</source>
        <translation>Anfrage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/PolicyView.cpp" line="240"/>
        <source>This message is on the clipboard, ready to paste into an email or a direct message, and a note on the creator records that you asked:

%1</source>
        <translation>Diese Nachricht ist in der Zwischenablage, bereit zum Einfügen in eine E-Mail oder Direktnachricht, und eine Notiz beim Creator hält fest, dass Sie gefragt haben:

%1</translation>
    </message>
</context>
<context>
    <name>candor::PostVerdictModel</name>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="234"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="235"/>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="236"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="237"/>
        <source>Rule that decided it</source>
        <translation>Entscheidende Regel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="238"/>
        <source>AI label</source>
        <translation>KI-Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="239"/>
        <source>Brand safety</source>
        <translation>Markensicherheit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="240"/>
        <source>What Candor found</source>
        <translation>Was Candor fand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="241"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="243"/>
        <source>When the post was published</source>
        <translation>Wann der Beitrag veröffentlicht wurde</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="244"/>
        <source>Who says a brand paid for it: the platform&apos;s paid-partnership label, you (a contract or a brand mention you confirmed), or both</source>
        <translation>Wer sagt, dass eine Marke dafür bezahlt hat: die Kennzeichnung „Bezahlte Partnerschaft“ der Plattform, Sie (ein Vertrag oder eine bestätigte Markennennung) oder beide</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="251"/>
        <source>The rule and the label it found; the tooltip names the source</source>
        <translation>Die Regel und die Kennzeichnung, die sie fand; der Tooltip nennt die Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="253"/>
        <source>Whether the post carries a label for AI-made content; a post you mark as AI-made without one is a warning (EU AI Act, Art. 50)</source>
        <translation>Ob der Beitrag eine Kennzeichnung für KI-erstellte Inhalte trägt; ein Beitrag, den Sie ohne eine solche als KI-erstellt markieren, ist eine Warnung (KI-Verordnung der EU, Art. 50)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="256"/>
        <source>Words from the brand-safety list (GARM categories) and the brief&apos;s excluded topics found in the post</source>
        <translation>Wörter aus der Markensicherheitsliste (GARM-Kategorien) und vom Briefing ausgeschlossene Themen, die im Beitrag gefunden wurden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="258"/>
        <source>The rule that decided the verdict, a missing AI label and brand-safety words, a line each; hover for the source</source>
        <translation>Die Regel, die das Ergebnis bestimmte, eine fehlende KI-Kennzeichnung und Markensicherheitswörter, je eine Zeile; mit der Maus darüber: die Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="261"/>
        <source>The caption, or a video&apos;s title and description, as imported</source>
        <translation>Die Bildunterschrift oder der Titel und die Beschreibung eines Videos, wie importiert</translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="56"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="59"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="62"/>
        <source>Recorded with every decision, override and import you make</source>
        <translation>Wird bei jeder Entscheidung, jedem Übergehen und jedem Import, den Sie vornehmen, festgehalten</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="63"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="68"/>
        <source>How many times the weights are redrawn to see how stable a rank is; more is steadier and slower</source>
        <translation>Wie oft die Gewichte neu gezogen werden, um zu sehen, wie stabil ein Rang ist; mehr ist ruhiger und langsamer</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="70"/>
        <source>Rank-stability &amp;draws:</source>
        <translation>&amp;Ziehungen für die Rangstabilität:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="73"/>
        <source>In this project (saved in the file)</source>
        <translation>In diesem Projekt (in der Datei gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="76"/>
        <source>Count it as neutral (0.5) and mark it imputed</source>
        <translation>Als neutral (0,5) zählen und als ergänzt markieren</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="78"/>
        <source>Leave the factor out and share its weight among the others</source>
        <translation>Den Faktor weglassen und sein Gewicht auf die anderen verteilen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="80"/>
        <source>Count it as 0: missing data never beats real data; the range shows what data could add (recommended)</source>
        <translation>Als 0 zählen: Fehlende Daten schlagen nie echte Daten; der Bereich zeigt, was Daten hinzufügen könnten (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="84"/>
        <source>Changing it saves a new version of the campaign&apos;s scoring model</source>
        <translation>Eine Änderung speichert eine neue Version des Bewertungsmodells der Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="85"/>
        <source>When a factor has no &amp;data:</source>
        <translation>Wenn ein Faktor keine &amp;Daten hat:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="87"/>
        <source>Median (recommended: the typical account)</source>
        <translation>Median (empfohlen: das typische Konto)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="89"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="91"/>
        <source>The median is the typical account&apos;s rate: a few extreme accounts cannot move it. In the shipped table every median is higher than its average, so the median is also the stricter benchmark.</source>
        <translation>Der Median ist die Rate des typischen Kontos: Wenige extreme Konten können ihn nicht verschieben. In der mitgelieferten Tabelle ist jeder Median höher als sein Durchschnitt, also ist der Median auch der strengere Vergleichswert.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="95"/>
        <source>Compare engagement with the &amp;tier&apos;s:</source>
        <translation>Interaktion vergleichen mit dem Wert der &amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="103"/>
        <source>Engagement benchmarks by follower tier (double-click a rate or a source to change it):</source>
        <translation>Vergleichswerte der Interaktion nach Follower-Stufe (Doppelklick auf eine Rate oder Quelle, um sie zu ändern):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="135"/>
        <source>Cannot save the benchmarks</source>
        <translation>Die Vergleichswerte können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="142"/>
        <source>Cannot save the scoring model</source>
        <translation>Das Bewertungsmodell kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>candor::PrivacyReviewModel</name>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="87"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="89"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="90"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="91"/>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="93"/>
        <source>The creator&apos;s accounts</source>
        <translation>Die Konten des Creators</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="94"/>
        <source>The creator&apos;s name</source>
        <translation>Der Name des Creators</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="95"/>
        <source>What needs a person&apos;s attention</source>
        <translation>Was die Aufmerksamkeit einer Person braucht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="96"/>
        <source>When retention ended, the consent expires or expired, or the notice to the creator was or is due</source>
        <translation>Wann die Aufbewahrung endete, die Einwilligung abläuft oder ablief oder die Information an den Creator fällig war oder ist</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PrivacyReviewModel.cpp" line="99"/>
        <source>The finding in a sentence, with what resolves it</source>
        <translation>Der Befund in einem Satz, mit dem, was ihn auflöst</translation>
    </message>
</context>
<context>
    <name>candor::PrivacyView</name>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="54"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="55"/>
        <source>GDPR Art. 5(1)(e): data is kept no longer than needed. Candor&apos;s default is 24 months after a creator&apos;s data was last used (figures, a decision, a note or a renewal)</source>
        <translation>DSGVO Art. 5 Abs. 1 lit. e: Daten werden nicht länger als nötig aufbewahrt. Candors Standard sind 24 Monate nach der letzten Verwendung der Daten eines Creators (Zahlen, eine Entscheidung, eine Notiz oder eine Erneuerung)</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="60"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="62"/>
        <source>How long before a consent expires it is listed, so that it can be renewed in time</source>
        <translation>Wie lange vor ihrem Ablauf eine Einwilligung aufgeführt wird, damit sie rechtzeitig erneuert werden kann</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="63"/>
        <source>Apply &amp;Policy</source>
        <translation>&amp;Richtlinie anwenden</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="66"/>
        <source>&amp;Keep a creator&apos;s data</source>
        <translation>Daten eines Creators &amp;aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="68"/>
        <source>after its last use · list consents</source>
        <translation>nach der letzten Verwendung · Einwilligungen aufführen</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="74"/>
        <source>before they expire</source>
        <translation>vor ihrem Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="79"/>
        <source>Kind of finding</source>
        <translation>Art des Befunds</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="80"/>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="84"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="112"/>
        <source>&amp;Record Basis and Notice…</source>
        <translation>&amp;Rechtsgrundlage und Information erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="113"/>
        <source>The lawful basis (GDPR Art. 6) and the day the creator was told their data is held (Art. 14)</source>
        <translation>Die Rechtsgrundlage (DSGVO Art. 6) und der Tag, an dem der Creator informiert wurde, dass seine Daten gehalten werden (Art. 14)</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="116"/>
        <source>Re&amp;new…</source>
        <translation>Er&amp;neuern…</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="117"/>
        <source>A consent given again, or data still needed: its retention starts again today</source>
        <translation>Eine erneut erteilte Einwilligung oder weiterhin benötigte Daten: Die Aufbewahrung beginnt heute neu</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="119"/>
        <source>&amp;Do Not Profile…</source>
        <translation>Nicht &amp;profilieren…</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="120"/>
        <source>The creator objected (GDPR Art. 21): left out of every ranking and audit</source>
        <translation>Der Creator hat widersprochen (DSGVO Art. 21): aus jedem Ranking und jeder Prüfung ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="121"/>
        <source>A&amp;llow Profiling…</source>
        <translation>Profiling &amp;erlauben…</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="122"/>
        <source>The objection was withdrawn: ranked and audited again</source>
        <translation>Der Widerspruch wurde zurückgenommen: wird wieder gerankt und geprüft</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="123"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="124"/>
        <source>Every trace of the creator removed from the file; cannot be undone</source>
        <translation>Jede Spur des Creators wird aus der Datei entfernt; lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="164"/>
        <source>&lt;i&gt;Reviewing every creator…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Jeder Creator wird geprüft…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="176"/>
        <source>&lt;i&gt;The review cannot be read: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Prüfung kann nicht gelesen werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="195"/>
        <source>Nothing to do on %1: every creator has a lawful basis and a notice, and nothing is past its time.</source>
        <translation>Nichts zu tun am %1: Jeder Creator hat eine Rechtsgrundlage und eine Information, und nichts ist über seine Zeit hinaus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="198"/>
        <source>On %1, %Ln creator(s) need attention: %2.</source>
        <translation>
            <numerusform>Am %1 braucht %Ln Creator Aufmerksamkeit: %2.</numerusform>
            <numerusform>Am %1 brauchen %Ln Creator Aufmerksamkeit: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="227"/>
        <source>Policy not changed</source>
        <translation>Richtlinie nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="238"/>
        <source>Record a lawful basis and notice</source>
        <translation>Rechtsgrundlage und Information erfassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="240"/>
        <source>For %n creator(s) selected.</source>
        <translation>
            <numerusform>Für %n ausgewählten Creator.</numerusform>
            <numerusform>Für %n ausgewählte Creator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="244"/>
        <source>(leave as it is)</source>
        <translation>(unverändert lassen)</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="247"/>
        <source>Lawful &amp;basis:</source>
        <translation>Rechts&amp;grundlage:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="248"/>
        <source>&amp;Informed on</source>
        <translation>&amp;Informiert am</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="258"/>
        <source>e.g. notice e-mailed with the agency&apos;s privacy policy</source>
        <translation>z. B. Hinweis per E-Mail mit der Datenschutzerklärung der Agentur</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="259"/>
        <source>&amp;Reason or reference:</source>
        <translation>&amp;Grund oder Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="272"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="288"/>
        <source>Nothing to renew</source>
        <translation>Nichts zu erneuern</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="289"/>
        <source>Select creators past retention or consents that expired or expire soon.</source>
        <translation>Wählen Sie Creator über der Aufbewahrungsfrist oder Einwilligungen, die abgelaufen sind oder bald ablaufen.</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="295"/>
        <source>Keep the data</source>
        <translation>Daten aufbewahren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="296"/>
        <source>The data of %n creator(s) is still needed; its retention starts again today. Why?</source>
        <translation>
            <numerusform>Die Daten von %n Creator werden noch gebraucht; ihre Aufbewahrung beginnt heute neu. Warum?</numerusform>
            <numerusform>Die Daten von %n Creatorn werden noch gebraucht; ihre Aufbewahrung beginnt heute neu. Warum?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="303"/>
        <source>Not renewed</source>
        <translation>Nicht erneuert</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="308"/>
        <source>Renew consent</source>
        <translation>Einwilligung erneuern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="310"/>
        <source>%n consent(s) given again by the creator.</source>
        <translation>
            <numerusform>%n Einwilligung erneut vom Creator gegeben.</numerusform>
            <numerusform>%n Einwilligungen erneut vom Creator gegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="321"/>
        <source>Where the signed consent is kept, e.g. form 2026-44</source>
        <translation>Wo die unterschriebene Einwilligung aufbewahrt wird, z. B. Formular 2026-44</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="322"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="323"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="324"/>
        <source>E&amp;vidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <location filename="../ui/PrivacyView.cpp" line="334"/>
        <source>Consent not renewed</source>
        <translation>Einwilligung nicht erneuert</translation>
    </message>
</context>
<context>
    <name>candor::RankingModel</name>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="20"/>
        <source>unstable rank</source>
        <translation>instabiler Rang</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="21"/>
        <source>%1 imputed</source>
        <translation>%1 ergänzt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="23"/>
        <source>%1 without data</source>
        <translation>%1 ohne Daten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="24"/>
        <source>%1 left out</source>
        <translation>%1 weggelassen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="25"/>
        <source>%1 not applicable</source>
        <translation>%1 nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="253"/>
        <source> (override)</source>
        <translation> (Übergehen)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="394"/>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="398"/>
        <source>Score out of 100; the bar shows what each factor adds. Select the row for the full breakdown.</source>
        <translation>Bewertung von 100; der Balken zeigt, was jeder Faktor beiträgt. Wählen Sie die Zeile für die ganze Aufschlüsselung.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="402"/>
        <source>Not ranked: </source>
        <translation>Nicht gerankt: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="420"/>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="420"/>
        <source>Handle</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="420"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="421"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="421"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="421"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="422"/>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="422"/>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="422"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="423"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="423"/>
        <source>Not ranked because</source>
        <translation>Nicht gerankt, weil</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="425"/>
        <source>Place in the ranking for this campaign and these weights</source>
        <translation>Platz im Ranking für diese Kampagne und diese Gewichte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="426"/>
        <source>The account&apos;s handle</source>
        <translation>Das Handle des Kontos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="427"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="428"/>
        <source>Platform of the account</source>
        <translation>Plattform des Kontos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="429"/>
        <source>Followers in the newest snapshot</source>
        <translation>Follower im neuesten Schnappschuss</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="430"/>
        <source>Score out of 100: the weighted sum of the factors, each normalised to 0-1</source>
        <translation>Bewertung von 100: die gewichtete Summe der Faktoren, jeder auf 0–1 normiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="432"/>
        <source>Where the score could lie with the data that is missing: each missing factor at 0 (the score) and at full marks (empty when nothing is missing)</source>
        <translation>Wo die Bewertung mit den fehlenden Daten liegen könnte: jeder fehlende Faktor bei 0 (die Bewertung) und bei voller Punktzahl (leer, wenn nichts fehlt)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="435"/>
        <source>Factors without data (imputed, counted as 0 or left out, as the model&apos;s rule says), not applicable (no benchmark for the platform), unstable rank (the place changes when the weights wobble), authenticity warning</source>
        <translation>Faktoren ohne Daten (ergänzt, als 0 gezählt oder weggelassen, wie die Regel des Modells sagt), nicht anwendbar (kein Vergleichswert für die Plattform), instabiler Rang (der Platz ändert sich, wenn die Gewichte schwanken), Echtheitswarnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="441"/>
        <source>Your shortlist decision; &quot;override&quot; when it goes against the ranking</source>
        <translation>Ihre Entscheidung zur Shortlist; „gegen das Ranking“, wenn sie dem Ranking widerspricht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="443"/>
        <source>Why the decision was taken, as written by the person who took it</source>
        <translation>Warum die Entscheidung getroffen wurde, wie von der Person geschrieben, die sie traf</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/RankingModel.cpp" line="445"/>
        <source>The hard filter that removed the candidate before ranking</source>
        <translation>Der harte Filter, der den Kandidaten vor dem Ranking entfernt hat</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="32"/>
        <source>Export the client report</source>
        <translation>Den Kundenbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="38"/>
        <source>&amp;Agency on the cover:</source>
        <translation>&amp;Agentur auf dem Deckblatt:</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="41"/>
        <source>Your agency&apos;s name</source>
        <translation>Der Name Ihrer Agentur</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="42"/>
        <source>&amp;Logo…</source>
        <translation>&amp;Logo…</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="43"/>
        <source>A PNG or JPEG image for the report&apos;s cover (up to 512 KiB)</source>
        <translation>Ein PNG- oder JPEG-Bild für das Deckblatt des Berichts (bis 512 KiB)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="44"/>
        <source>&amp;No Logo</source>
        <translation>&amp;Kein Logo</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="45"/>
        <source>Appl&amp;y</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="67"/>
        <source>PDF (to hand over or print)</source>
        <translation>PDF (zum Übergeben oder Drucken)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="68"/>
        <source>HTML (one file, opens offline)</source>
        <translation>HTML (eine Datei, öffnet offline)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="69"/>
        <source>CSV (one row per creator)</source>
        <translation>CSV (eine Zeile pro Creator)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="70"/>
        <source>JSON (for other tools)</source>
        <translation>JSON (für andere Werkzeuge)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="74"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="77"/>
        <source>The language the report is written in; the numbers stay the same</source>
        <translation>Die Sprache, in der der Bericht geschrieben ist; die Zahlen bleiben dieselben</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="82"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="84"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="90"/>
        <source>La&amp;nguage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="100"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="126"/>
        <source>&lt;i&gt;The report cannot be made: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Bericht kann nicht erstellt werden: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="130"/>
        <source>The report of &lt;b&gt;%1&lt;/b&gt;: %2 shortlisted, %3. It holds the creators&apos; handles, names and the reasons for decisions; creators&apos; self-declared attributes appear only in aggregate.</source>
        <translation>Der Bericht zu &lt;b&gt;%1&lt;/b&gt;: %2 auf der Shortlist, %3. Er enthält die Handles und Namen der Creator und die Gründe der Entscheidungen; selbst angegebene Merkmale der Creator erscheinen nur zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="136"/>
        <source>not approved yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="137"/>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="149"/>
        <source>Agency not changed</source>
        <translation>Agentur nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="158"/>
        <source>The agency&apos;s logo</source>
        <translation>Das Logo der Agentur</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="158"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="164"/>
        <source>Not a logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="165"/>
        <source>%1 is not a PNG or JPEG image that can be read.</source>
        <translation>%1 ist kein lesbares PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="181"/>
        <source>there is no report to save</source>
        <translation>es gibt keinen Bericht zum Speichern</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="194"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="200"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="202"/>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="203"/>
        <source>Saved to %1, readable by you only.</source>
        <translation>Gespeichert unter %1, nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>candor::SignalTableModel</name>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="75"/>
        <source>Threshold from: </source>
        <translation>Schwellenwert aus: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="104"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="105"/>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="106"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="107"/>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="108"/>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="109"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="110"/>
        <source>Threshold from</source>
        <translation>Schwellenwert aus</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="112"/>
        <source>What is checked</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="113"/>
        <source>Green: as real accounts look; amber: worth a look; red: a sign of bought followers or engagement; no data: not judged</source>
        <translation>Grün: wie echte Konten aussehen; gelb: einen Blick wert; rot: ein Zeichen für gekaufte Follower oder Interaktion; keine Daten: nicht beurteilt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="116"/>
        <source>The account&apos;s figure</source>
        <translation>Die Zahl des Kontos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="117"/>
        <source>The range in which the light is green</source>
        <translation>Der Bereich, in dem die Ampel grün ist</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="118"/>
        <source>Weight × confidence: how much the signal counts in the authenticity factor (confidence grows with the data behind it)</source>
        <translation>Gewicht × Konfidenz: wie stark das Signal im Echtheitsfaktor zählt (die Konfidenz wächst mit den Daten dahinter)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="121"/>
        <source>Why the light is what it is</source>
        <translation>Warum die Ampel so steht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="122"/>
        <source>Where the threshold comes from</source>
        <translation>Woher der Schwellenwert stammt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="181"/>
        <source>Brand-safety words: GARM Brand Safety Floor + Suitability Framework categories, Candor&apos;s word lists (docs/brand-safety.md)</source>
        <translation>Markensicherheitswörter: Kategorien des GARM Brand Safety Floor + Suitability Framework, Candors Wortlisten (docs/brand-safety.md)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="195"/>
        <source>platform label, and you</source>
        <translation>Kennzeichnung der Plattform und Sie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="196"/>
        <source>platform label</source>
        <translation>Kennzeichnung der Plattform</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="197"/>
        <source>you</source>
        <comment>who knows a post is sponsored</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="198"/>
        <source>no</source>
        <comment>not known as sponsored</comment>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="205"/>
        <source>none, but AI-made: warning</source>
        <translation>keine, aber KI-erstellt: Warnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="207"/>
        <source>labelled by the creator</source>
        <translation>vom Creator gekennzeichnet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="208"/>
        <source>labelled by the platform</source>
        <translation>von der Plattform gekennzeichnet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="217"/>
        <source>AI: marked as AI-made, without a label: a warning.</source>
        <translation>KI: als KI-erstellt markiert, ohne Kennzeichnung: eine Warnung.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="219"/>
        <source>Brand safety: </source>
        <translation>Markensicherheit: </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EvidenceModels.cpp" line="248"/>
        <source>Compliant, warning or violation under the disclosure table (FTC, ASA/CMA and others)</source>
        <translation>Konform, Warnung oder Verstoß nach der Kennzeichnungstabelle (FTC, ASA/CMA und andere)</translation>
    </message>
</context>
<context>
    <name>candor::TargetAudienceEditor</name>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="37"/>
        <source>&amp;Add category</source>
        <translation>Kategorie &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="38"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="39"/>
        <source>&amp;Normalise to 100 %</source>
        <translation>Auf 100 % &amp;normieren</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="40"/>
        <source>Scale every share so that they add up to 100 %; nothing is scaled unless you ask</source>
        <translation>Jeden Anteil so skalieren, dass sie zusammen 100 % ergeben; nichts wird skaliert, ohne dass Sie es verlangen</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="60"/>
        <source>How much this dimension counts in audience fit, against the others</source>
        <translation>Wie stark diese Dimension bei der Publikumspassung zählt, gegenüber den anderen</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="61"/>
        <source>&amp;Weight in audience fit:</source>
        <translation>&amp;Gewicht bei der Publikumspassung:</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="68"/>
        <source> target, %</source>
        <translation> Ziel, %</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="85"/>
        <source>No target for this dimension (audience fit leaves it out).</source>
        <translation>Kein Ziel für diese Dimension (die Publikumspassung lässt sie weg).</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="86"/>
        <source>Total %1 ✓</source>
        <translation>Summe %1 ✓</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="87"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Total %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Summe %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TargetAudienceEditor.cpp" line="96"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>candor::TargetAudienceModel</name>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="16"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="17"/>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="27"/>
        <source>Age band (18-24, 65+), gender (female, male, other), country (ISO code or English name) or language (en)</source>
        <translation>Altersgruppe (18-24, 65+), Geschlecht (female, male, other), Land (ISO-Code oder englischer Name) oder Sprache (en)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="29"/>
        <source>The share of the target audience in this category, in percent; the shares of a dimension add up to 100</source>
        <translation>Der Anteil der Zielgruppe in dieser Kategorie, in Prozent; die Anteile einer Dimension ergeben zusammen 100</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="71"/>
        <source>a row has no category</source>
        <translation>eine Zeile hat keine Kategorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="73"/>
        <source>&quot;%1&quot; is not a known %2</source>
        <translation>„%1“ ist kein bekanntes %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/TargetAudienceModel.cpp" line="77"/>
        <source>the shares add up to %1, not 100 % (Normalise scales them)</source>
        <translation>die Anteile ergeben zusammen %1, nicht 100 % (Normieren skaliert sie)</translation>
    </message>
</context>
<context>
    <name>candor::WeightsPanel</name>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="35"/>
        <source>&lt;b&gt;Weights&lt;/b&gt; — model %1 v%2</source>
        <translation>&lt;b&gt;Gewichte&lt;/b&gt; — Modell %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="39"/>
        <source>Only the ratios between weights matter. Drag to see the ranking change; Undo (Ctrl+Z) takes a drag back.</source>
        <translation>Nur die Verhältnisse zwischen den Gewichten zählen. Ziehen Sie, um das Ranking sich ändern zu sehen; Rückgängig (Strg+Z) nimmt ein Ziehen zurück.</translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="47"/>
        <source>
Data: </source>
        <translation>
Daten: </translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="56"/>
        <source>Weight of </source>
        <translation>Gewicht von </translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="82"/>
        <source>&amp;Reset to saved</source>
        <translation>Auf Gespeichertes &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="83"/>
        <source>Back to the weights of the campaign&apos;s saved model</source>
        <translation>Zurück zu den Gewichten des gespeicherten Modells der Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="84"/>
        <source>Save as new &amp;version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/WeightsPanel.cpp" line="85"/>
        <source>Store these weights as the next version of the model; shortlists made with the old version keep it</source>
        <translation>Diese Gewichte als nächste Version des Modells speichern; Shortlists, die mit der alten Version gemacht wurden, behalten sie</translation>
    </message>
</context>
<context>
    <name>candor::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="37"/>
        <source>Welcome to Candor</source>
        <translation>Willkommen bei Candor</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="41"/>
        <source>&lt;h2&gt;Choose influencers with scores you can explain&lt;/h2&gt;&lt;p&gt;Candor ranks creators with a score whose every point you can trace, checks the shortlist for fairness, fake followers, undisclosed ads and privacy, and keeps everything in one file on your computer. It suggests; you decide.&lt;/p&gt;&lt;p&gt;&lt;b&gt;With your own data, in three steps:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import creators&lt;/b&gt;: your export of creators and their figures (CSV or JSON).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import audiences&lt;/b&gt; (optional): who follows each creator, for audience fit and fairness.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create a campaign&lt;/b&gt;: its brief, target audience and filters. The ranking follows.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Wählen Sie Influencer mit Bewertungen, die Sie erklären können&lt;/h2&gt;&lt;p&gt;Candor rankt Creator mit einer Bewertung, deren jeden Punkt Sie nachvollziehen können, prüft die Shortlist auf Fairness, gefälschte Follower, nicht gekennzeichnete Werbung und Datenschutz und bewahrt alles in einer Datei auf Ihrem Computer auf. Es schlägt vor; Sie entscheiden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mit Ihren eigenen Daten, in drei Schritten:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Creator importieren&lt;/b&gt;: Ihr Export der Creator und ihrer Zahlen (CSV oder JSON).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Publikumsdaten importieren&lt;/b&gt; (optional): wer jedem Creator folgt, für Publikumspassung und Fairness.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kampagne anlegen&lt;/b&gt;: ihr Briefing, ihre Zielgruppe und ihre Filter. Das Ranking folgt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="62"/>
        <source>Look around the &amp;demo project</source>
        <translation>Das &amp;Demoprojekt ansehen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="63"/>
        <source>Synthetic data made up by Candor: it describes no real person</source>
        <translation>Synthetische Daten, von Candor erfunden: Sie beschreiben keine reale Person</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="64"/>
        <source>&amp;New project for my data…</source>
        <translation>&amp;Neues Projekt für meine Daten…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="65"/>
        <source>An empty project file; then import your creators</source>
        <translation>Eine leere Projektdatei; dann importieren Sie Ihre Creator</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="66"/>
        <source>New project and &amp;import a CSV…</source>
        <translation>Neues Projekt und CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="67"/>
        <source>Pick your export first; Candor makes the project</source>
        <translation>Wählen Sie zuerst Ihren Export; Candor legt das Projekt an</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="68"/>
        <source>&amp;Open a project…</source>
        <translation>Ein Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="69"/>
        <source>A .candor file you or a colleague made</source>
        <translation>Eine .candor-Datei, die Sie oder eine Kollegin angelegt haben</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="85"/>
        <source>Help › User Guide (F1) explains the score, the fairness page, authenticity and privacy in plain words.</source>
        <translation>Hilfe › Benutzerhandbuch (F1) erklärt die Bewertung, die Fairness-Seite, Echtheit und Datenschutz in einfachen Worten.</translation>
    </message>
</context>
<context>
    <name>candor::scoring::Factor</name>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="17"/>
        <location filename="../models/scoring/Factor.cpp" line="18"/>
        <source>Audience fit</source>
        <translation>Publikumspassung</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="19"/>
        <source>How closely the creator&apos;s audience (age band, gender, country) matches the campaign&apos;s target audience: 1 minus the total variation distance, per dimension.</source>
        <translation>Wie genau das Publikum des Creators (Altersgruppe, Geschlecht, Land) zur Zielgruppe der Kampagne passt: 1 minus der Totalvariationsabstand, je Dimension.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="23"/>
        <source>Audience demographics of the account against the campaign target</source>
        <translation>Publikumsdemografie des Kontos gegenüber dem Kampagnenziel</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="26"/>
        <source>Engagement quality</source>
        <translation>Interaktionsqualität</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="27"/>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="28"/>
        <source>Engagement rate compared with the typical rate for accounts of the same size on the same platform (the benchmark table).</source>
        <translation>Interaktionsrate im Vergleich zur typischen Rate von Konten gleicher Größe auf derselben Plattform (die Vergleichstabelle).</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="32"/>
        <source>Newest metric snapshot; engagement benchmark table</source>
        <translation>Neuester Kennzahlen-Stand; Vergleichstabelle der Interaktion</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="35"/>
        <location filename="../models/scoring/Factor.cpp" line="36"/>
        <source>Authenticity</source>
        <translation>Echtheit</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="37"/>
        <source>Share of the engagement that comes from real accounts, as the data source reports it.</source>
        <translation>Anteil der Interaktion, der von echten Konten kommt, wie die Datenquelle ihn angibt.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="40"/>
        <source>Authentic and average engagement from the newest metric snapshot</source>
        <translation>Echte und durchschnittliche Interaktion aus dem neuesten Kennzahlen-Stand</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="42"/>
        <location filename="../models/scoring/Factor.cpp" line="43"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="44"/>
        <source>Audience size on a logarithmic scale between the campaign&apos;s bounds: followers, or average views for YouTube.</source>
        <translation>Publikumsgröße auf logarithmischer Skala zwischen den Grenzen der Kampagne: Follower oder, bei YouTube, durchschnittliche Aufrufe.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="48"/>
        <source>Followers or average views from the newest metric snapshot</source>
        <translation>Follower oder durchschnittliche Aufrufe aus dem neuesten Kennzahlen-Stand</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="51"/>
        <source>Cost efficiency</source>
        <translation>Kosteneffizienz</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="52"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="53"/>
        <source>Expected engagements per post for each unit of the creator&apos;s fee.</source>
        <translation>Erwartete Interaktionen pro Beitrag je Einheit des Creator-Honorars.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="56"/>
        <source>Fee per post; followers and engagement rate</source>
        <translation>Honorar pro Beitrag; Follower und Interaktionsrate</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="58"/>
        <source>Brand safety and relevance</source>
        <translation>Markensicherheit und Relevanz</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="59"/>
        <source>Brand safety</source>
        <translation>Markensicherheit</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="60"/>
        <source>How many of the brief&apos;s topics the creator&apos;s categories or posts match, times the share of its posts free of brand-safety categories (GARM); a topic the brief excludes, in a category or a post, sets it to zero.</source>
        <translation>Wie viele Themen des Briefings die Kategorien oder Beiträge des Creators treffen, mal dem Anteil seiner Beiträge ohne Markensicherheits-Kategorien (GARM); ein Thema, das das Briefing ausschließt, in einer Kategorie oder einem Beitrag, setzt ihn auf null.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="67"/>
        <source>Creator categories and imported posts against the campaign&apos;s topics and the brand-safety list</source>
        <translation>Creator-Kategorien und importierte Beiträge gegenüber den Themen der Kampagne und der Markensicherheitsliste</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="71"/>
        <source>Disclosure record</source>
        <translation>Kennzeichnungsbilanz</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="72"/>
        <source>Disclosure</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="73"/>
        <source>Share of the sponsored posts that were labelled as ads clearly and upfront (#ad, Ad |, Werbung).</source>
        <translation>Anteil der gesponserten Beiträge, die klar und vorab als Werbung gekennzeichnet waren (#ad, Ad |, Werbung).</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="77"/>
        <source>Sponsored posts imported with candor import-posts, judged by the disclosure table</source>
        <translation>Mit candor import-posts importierte gesponserte Beiträge, beurteilt nach der Kennzeichnungstabelle</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="81"/>
        <location filename="../models/scoring/Factor.cpp" line="82"/>
        <source>Track record</source>
        <translation>Bisherige Ergebnisse</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="83"/>
        <source>Results of the creator&apos;s past campaigns with you.</source>
        <translation>Ergebnisse der früheren Kampagnen des Creators mit Ihnen.</translation>
    </message>
    <message>
        <location filename="../models/scoring/Factor.cpp" line="86"/>
        <source>Past campaign results (not collected yet)</source>
        <translation>Ergebnisse früherer Kampagnen (noch nicht erfasst)</translation>
    </message>
</context>
</TS>
