<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthenticityText</name>
    <message numerus="yes">
        <location filename="../models/authenticity/AccountSignals.cpp" line="198"/>
        <source>%n jump(s), %1 not followed by engagement</source>
        <translation>
            <numerusform>%n jump, %1 not followed by engagement</numerusform>
            <numerusform>%n jumps, %1 not followed by engagement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/CommandLine.cpp" line="146"/>
        <source>%n cell(s) left empty with a warning; list them with: candor rejected %1 --warnings</source>
        <translation>
            <numerusform>%n cell left empty with a warning; list it with: candor rejected %1 --warnings</numerusform>
            <numerusform>%n cells left empty with a warning; list them with: candor rejected %1 --warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AudienceCommands.cpp" line="122"/>
        <source>Consent withdrawn: %n self-declared attribute(s) of @%1 deleted; the withdrawal is recorded.</source>
        <translation>
            <numerusform>Consent withdrawn: %n self-declared attribute of @%1 deleted; the withdrawal is recorded.</numerusform>
            <numerusform>Consent withdrawn: %n self-declared attributes of @%1 deleted; the withdrawal is recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/HistoryCommands.cpp" line="100"/>
        <source>audit log: %n entries, the hash chain holds</source>
        <translation>
            <numerusform>audit log: %n entry, the hash chain holds</numerusform>
            <numerusform>audit log: %n entries, the hash chain holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="134"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="135"/>
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PolicyCommand.cpp" line="137"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="298"/>
        <source>%n sponsored post(s)</source>
        <translation>
            <numerusform>%n sponsored post</numerusform>
            <numerusform>%n sponsored posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="402"/>
        <source>%1 of %n post(s) with a brand-safety word or an excluded topic</source>
        <translation>
            <numerusform>%1 of %n post with a brand-safety word or an excluded topic</numerusform>
            <numerusform>%1 of %n posts with a brand-safety word or an excluded topic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PostCommands.cpp" line="416"/>
        <source>%1 of %n account(s) with posts have a brand-safety word or an excluded topic in a post.</source>
        <translation>
            <numerusform>%1 of %n account with posts has a brand-safety word or an excluded topic in a post.</numerusform>
            <numerusform>%1 of %n accounts with posts have a brand-safety word or an excluded topic in a post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="51"/>
        <source>%n account(s) with their figures, audiences, attributes, posts, histories, samples, comments, decisions and notes</source>
        <translation>
            <numerusform>%n account with their figures, audiences, attributes, posts, histories, samples, comments, decisions and notes</numerusform>
            <numerusform>%n accounts with their figures, audiences, attributes, posts, histories, samples, comments, decisions and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="55"/>
        <source>%n personal detail(s) of the audit log</source>
        <translation>
            <numerusform>%n personal detail of the audit log</numerusform>
            <numerusform>%n personal details of the audit log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PrivacyCommands.cpp" line="56"/>
        <source>%n rejected import row(s) that mentioned them</source>
        <translation>
            <numerusform>%n rejected import row that mentioned them</numerusform>
            <numerusform>%n rejected import rows that mentioned them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="223"/>
        <source>%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.</source>
        <translation>
            <numerusform>%n account of a creator who asked not to be profiled is in neither the ranking nor this audit.</numerusform>
            <numerusform>%n accounts of creators who asked not to be profiled are in neither the ranking nor this audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="247"/>
        <source>%1: %2; %3 of %n creator(s) pooled</source>
        <translation>
            <numerusform>%1: %2; %3 of %n creator pooled</numerusform>
            <numerusform>%1: %2; %3 of %n creators pooled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ScoringCommands.cpp" line="365"/>
        <source>%n candidate(s) filtered out before ranking; see --format json (&quot;excluded&quot;) or candor explain FILE HANDLE.</source>
        <translation>
            <numerusform>%n candidate filtered out before ranking; see --format json (&quot;excluded&quot;) or candor explain FILE HANDLE.</numerusform>
            <numerusform>%n candidates filtered out before ranking; see --format json (&quot;excluded&quot;) or candor explain FILE HANDLE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ScoringCommands.cpp" line="371"/>
        <source>%n account(s) of creators who asked not to be profiled are not ranked (candor privacy lists them).</source>
        <translation>
            <numerusform>%n account of a creator who asked not to be profiled is not ranked (candor privacy lists them).</numerusform>
            <numerusform>%n accounts of creators who asked not to be profiled are not ranked (candor privacy lists them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessText</name>
    <message numerus="yes">
        <location filename="../models/fairness/FairnessAudit.cpp" line="34"/>
        <source>the shortlist (%n candidate(s))</source>
        <translation>
            <numerusform>the shortlist (%n candidate)</numerusform>
            <numerusform>the shortlist (%n candidates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message numerus="yes">
        <location filename="../models/policy/ApprovalSnapshot.cpp" line="89"/>
        <source>%n more sponsored post(s) failing the disclosure check for %1%2</source>
        <translation>
            <numerusform>%n more sponsored post failing the disclosure check for %1%2</numerusform>
            <numerusform>%n more sponsored posts failing the disclosure check for %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policy/PolicyRules.cpp" line="140"/>
        <source>%n sponsored post(s) in the last %1 months were not disclosed as the rules ask; the newest, on %2: %3 (%4)</source>
        <translation>
            <numerusform>%n sponsored post in the last %1 months was not disclosed as the rules ask; the newest, on %2: %3 (%4)</numerusform>
            <numerusform>%n sponsored posts in the last %1 months were not disclosed as the rules ask; the newest, on %2: %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policy/PolicyRules.cpp" line="158"/>
        <source>%n sponsored post(s) published since the shortlist was approved on %1 fail(s) the disclosure check; the first, on %2: %3 (%4)</source>
        <translation>
            <numerusform>%n sponsored post published since the shortlist was approved on %1 fails the disclosure check; the first, on %2: %3 (%4)</numerusform>
            <numerusform>%n sponsored posts published since the shortlist was approved on %1 fail the disclosure check; the first, on %2: %3 (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="40"/>
        <source>Erase %n creator(s): every row about them, their personal details in the history and rejected import rows that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo history is cleared).

Reason, without the person&apos;s name (it stays in the history):</source>
        <translation>
            <numerusform>Erase %n creator: every row about them, their personal details in the history and rejected import rows that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo history is cleared).

Reason, without the person&apos;s name (it stays in the history):</numerusform>
            <numerusform>Erase %n creators: every row about them, their personal details in the history and rejected import rows that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo history is cleared).

Reason, without the person&apos;s name (it stays in the history):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="64"/>
        <source>%n creator(s) withdrew their objection: ranked and audited again. How do you know?</source>
        <translation>
            <numerusform>%n creator withdrew their objection: ranked and audited again. How do you know?</numerusform>
            <numerusform>%n creators withdrew their objection: ranked and audited again. How do you know?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyActions.cpp" line="67"/>
        <source>%n creator(s) objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. How did they object?</source>
        <translation>
            <numerusform>%n creator objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. How did they object?</numerusform>
            <numerusform>%n creators objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. How did they object?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <location filename="../models/report/ReportBuilder.cpp" line="98"/>
        <source>%1; the audiences of %2 of %n creator(s) are known.</source>
        <translation>
            <numerusform>%1; the audiences of %2 of %n creator are known.</numerusform>
            <numerusform>%1; the audiences of %2 of %n creators are known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/ReportText.cpp" line="32"/>
        <source>Each creator&apos;s score is the weighted share of the points each factor gives, out of 100. %1 In this shortlist %n value(s) were missing.</source>
        <translation>
            <numerusform>Each creator&apos;s score is the weighted share of the points each factor gives, out of 100. %1 In this shortlist %n value was missing.</numerusform>
            <numerusform>Each creator&apos;s score is the weighted share of the points each factor gives, out of 100. %1 In this shortlist %n values were missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/ReportText.cpp" line="205"/>
        <source>The project&apos;s audit log held %n entries when this report was made; the last one&apos;s SHA-256 is %1. candor verify on the project file checks that it still does.</source>
        <translation>
            <numerusform>The project&apos;s audit log held %n entry when this report was made; its SHA-256 is %1. candor verify on the project file checks that it still does.</numerusform>
            <numerusform>The project&apos;s audit log held %n entries when this report was made; the last one&apos;s SHA-256 is %1. candor verify on the project file checks that it still does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="248"/>
        <source>Candor&apos;s %n authenticity signal(s) with data give %1 of their points (%2)</source>
        <translation>
            <numerusform>Candor&apos;s %n authenticity signal with data give %1 of their points (%2)</numerusform>
            <numerusform>Candor&apos;s %n authenticity signals with data give %1 of their points (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="381"/>
        <source>%n of its posts touch(es) &quot;%1&quot;, which the brief excludes (the post of %2 says &quot;%3&quot;)</source>
        <translation>
            <numerusform>%n of its posts touches &quot;%1&quot;, which the brief excludes (the post of %2 says &quot;%3&quot;)</numerusform>
            <numerusform>%n of its posts touch &quot;%1&quot;, which the brief excludes (the post of %2 says &quot;%3&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scoring/FactorEvaluator.cpp" line="430"/>
        <source>; %n of %1 posts touch(es) a brand-safety category, which takes %2 off (%3 on %4: &quot;%5&quot;)</source>
        <translation>
            <numerusform>; %n of %1 posts touches a brand-safety category, which takes %2 off (%3 on %4: &quot;%5&quot;)</numerusform>
            <numerusform>; %n of %1 posts touch a brand-safety category, which takes %2 off (%3 on %4: &quot;%5&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbenchText</name>
    <message numerus="yes">
        <location filename="../models/workbench/Workbench.cpp" line="419"/>
        <source>the shortlist cannot be approved while the ethics policy has %n blocking finding(s) open (candor check lists them): %1</source>
        <translation>
            <numerusform>the shortlist cannot be approved while the ethics policy has %n blocking finding open (candor check lists them): %1</numerusform>
            <numerusform>the shortlist cannot be approved while the ethics policy has %n blocking findings open (candor check lists them): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::AudienceImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="43"/>
        <source>Imported %Ln row(s), merged %1 with what the project had, rejected %2.</source>
        <translation>
            <numerusform>Imported %Ln row, merged %1 with what the project had, rejected %2.</numerusform>
            <numerusform>Imported %Ln rows, merged %1 with what the project had, rejected %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="134"/>
        <source>
%Ln row(s) read; %1 distributions to store (accounts are matched when importing).
</source>
        <translation>
            <numerusform>
%Ln row read; %1 distributions to store (accounts are matched when importing).
</numerusform>
            <numerusform>
%Ln rows read; %1 distributions to store (accounts are matched when importing).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AudienceImportDialog.cpp" line="143"/>
        <source>%Ln row(s) read; %1 with a consent record.
</source>
        <translation>
            <numerusform>%Ln row read; %1 with a consent record.
</numerusform>
            <numerusform>%Ln rows read; %1 with a consent record.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::FairnessDashboard</name>
    <message numerus="yes">
        <location filename="../ui/FairnessDashboard.cpp" line="342"/>
        <source>&lt;br&gt;%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.</source>
        <translation>
            <numerusform>&lt;br&gt;%n account of a creator who asked not to be profiled is in neither the ranking nor this audit.</numerusform>
            <numerusform>&lt;br&gt;%n accounts of creators who asked not to be profiled are in neither the ranking nor this audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FairnessDashboard.cpp" line="410"/>
        <source>%1 of %Ln selected creator(s) pooled.</source>
        <translation>
            <numerusform>%1 of %Ln selected creator pooled.</numerusform>
            <numerusform>%1 of %Ln selected creators pooled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="100"/>
        <source>the hash chain over all %Ln entries holds</source>
        <translation>
            <numerusform>the hash chain over its %Ln entry holds</numerusform>
            <numerusform>the hash chain over all %Ln entries holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="107"/>
        <source>%Ln entries shown; %1. An undo is an entry of its own; reasons, notes and names are kept apart from the chain (docs/audit-log.md).</source>
        <translation>
            <numerusform>%Ln entry shown; %1. An undo is an entry of its own; reasons, notes and names are kept apart from the chain (docs/audit-log.md).</numerusform>
            <numerusform>%Ln entries shown; %1. An undo is an entry of its own; reasons, notes and names are kept apart from the chain (docs/audit-log.md).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="264"/>
        <source>%Ln record(s) read: &lt;b&gt;%1 will be imported&lt;/b&gt; (new accounts, or new snapshots of accounts already in the project) and &lt;b&gt;%2 rejected&lt;/b&gt;; the Problems tab says why, line by line.</source>
        <translation>
            <numerusform>%Ln record read: &lt;b&gt;%1 will be imported&lt;/b&gt; (new accounts, or new snapshots of accounts already in the project) and &lt;b&gt;%2 rejected&lt;/b&gt;; the Problems tab says why, line by line.</numerusform>
            <numerusform>%Ln records read: &lt;b&gt;%1 will be imported&lt;/b&gt; (new accounts, or new snapshots of accounts already in the project) and &lt;b&gt;%2 rejected&lt;/b&gt;; the Problems tab says why, line by line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>%n creator(s) erased; the undo history was cleared.</source>
        <translation>
            <numerusform>%n creator erased; the undo history was cleared.</numerusform>
            <numerusform>%n creators erased; the undo history was cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="732"/>
        <source>Scoring %1 of %Ln creator(s)…</source>
        <translation>
            <numerusform>Scoring %1 of %Ln creator…</numerusform>
            <numerusform>Scoring %1 of %Ln creators…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="829"/>
        <source>This project has %Ln candidate(s) and no campaign yet.

Three steps to an explained, audited shortlist:</source>
        <translation>
            <numerusform>This project has %Ln candidate and no campaign yet.

Three steps to an explained, audited shortlist:</numerusform>
            <numerusform>This project has %Ln candidates and no campaign yet.

Three steps to an explained, audited shortlist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1645"/>
        <source>%Ln candidate(s), no campaign · %1</source>
        <translation>
            <numerusform>%Ln candidate, no campaign · %1</numerusform>
            <numerusform>%Ln candidates, no campaign · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1650"/>
        <source>%Ln candidate(s), %1 ranked for “%2” · model %3 v%4 · %5</source>
        <translation>
            <numerusform>%Ln candidate, %1 ranked for “%2” · model %3 v%4 · %5</numerusform>
            <numerusform>%Ln candidates, %1 ranked for “%2” · model %3 v%4 · %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1655"/>
        <source> · %n account(s) not profiled at their creator&apos;s request</source>
        <translation>
            <numerusform> · %n account not profiled at their creator&apos;s request</numerusform>
            <numerusform> · %n accounts not profiled at their creator&apos;s request</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::PolicyView</name>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="136"/>
        <source>%Ln open finding(s) on the shortlist of &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln open finding on the shortlist of &quot;%1&quot;</numerusform>
            <numerusform>%Ln open findings on the shortlist of &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="139"/>
        <source>; %Ln of them block(s) approval until resolved</source>
        <translation>
            <numerusform>; %Ln of them blocks approval until resolved</numerusform>
            <numerusform>; %Ln of them block approval until resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PolicyView.cpp" line="143"/>
        <source> %Ln finding(s) resolved by a person.</source>
        <translation>
            <numerusform> %Ln finding resolved by a person.</numerusform>
            <numerusform> %Ln findings resolved by a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::PrivacyView</name>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="198"/>
        <source>On %1, %Ln creator(s) need attention: %2.</source>
        <translation>
            <numerusform>On %1, %Ln creator needs attention: %2.</numerusform>
            <numerusform>On %1, %Ln creators need attention: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="240"/>
        <source>For %n creator(s) selected.</source>
        <translation>
            <numerusform>For %n creator selected.</numerusform>
            <numerusform>For %n creators selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="296"/>
        <source>The data of %n creator(s) is still needed; its retention starts again today. Why?</source>
        <translation>
            <numerusform>The data of %n creator is still needed; its retention starts again today. Why?</numerusform>
            <numerusform>The data of %n creators is still needed; its retention starts again today. Why?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PrivacyView.cpp" line="310"/>
        <source>%n consent(s) given again by the creator.</source>
        <translation>
            <numerusform>%n consent given again by the creator.</numerusform>
            <numerusform>%n consents given again by the creator.</numerusform>
        </translation>
    </message>
</context>
</TS>
