<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Webex asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Webex asks to wait %n second before trying again.</numerusform>
            <numerusform>Webex asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutosaveFile</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n ring</numerusform>
            <numerusform>%n rings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[%n more byte not shown]</numerusform>
            <numerusform>[%n more bytes not shown]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSubcommand</name>
    <message numerus="yes">
        <source>%n writes to send</source>
        <translation>
            <numerusform>%n write to send</numerusform>
            <numerusform>%n writes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writes done</source>
        <translation>
            <numerusform>%n write done</numerusform>
            <numerusform>%n writes done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited: every request waits %n s</source>
        <translation>
            <numerusform>rate limited: every request waits %n s</numerusform>
            <numerusform>rate limited: every request waits %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::ApiJob</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Check your network and try again.</numerusform>
            <numerusform>The server did not answer within %n seconds. Check your network and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s). Check your network and the API address, then try again.</source>
        <translation>
            <numerusform>The server did not finish its answer within %n second. Check your network and the API address, then try again.</numerusform>
            <numerusform>The server did not finish its answer within %n seconds. Check your network and the API address, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service answered %1 and then sent nothing more for %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>The service answered %1 and then sent nothing more for %n second. Check your network and try again.</numerusform>
            <numerusform>The service answered %1 and then sent nothing more for %n seconds. Check your network and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::BulkTargetsPanel</name>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n workspace found.</numerusform>
            <numerusform>%n workspaces found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::BulkWindow</name>
    <message numerus="yes">
        <source>Rate limited: every request waits %n s.</source>
        <translation>
            <numerusform>Rate limited: every request waits %n s.</numerusform>
            <numerusform>Rate limited: every request waits %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::ErrorDialog</name>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The service asks to wait %n second before trying again.</numerusform>
            <numerusform>The service asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::ExistingCriteriaPanel</name>
    <message numerus="yes">
        <source>%1 (%n ring(s), answer confirmation)</source>
        <translation>
            <numerusform>%1 (%n ring, answer confirmation)</numerusform>
            <numerusform>%1 (%n rings, answer confirmation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s))</source>
        <translation>
            <numerusform>%1 (%n ring)</numerusform>
            <numerusform>%1 (%n rings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria.</source>
        <translation>
            <numerusform>%n criterion.</numerusform>
            <numerusform>%n criteria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::MatchWindow</name>
    <message numerus="yes">
        <source>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</source>
        <translation>
            <numerusform>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</numerusform>
            <numerusform>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each target is made equal to its entry in the state file (%n workspaces).</source>
        <translation>
            <numerusform>Each target is made equal to its entry in the state file (%n workspace).</numerusform>
            <numerusform>Each target is made equal to its entry in the state file (%n workspaces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</source>
        <translation>
            <numerusform>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</numerusform>
            <numerusform>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria and run</source>
        <translation>
            <numerusform>Delete %n criteria and run</numerusform>
            <numerusform>Delete %n criteria and run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumbersEditor</name>
    <message numerus="yes">
        <source>Added %Ln number(s).</source>
        <translation>
            <numerusform>Added %Ln number.</numerusform>
            <numerusform>Added %Ln numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) left out: a criteria holds at most %1 phone numbers.</source>
        <translation>
            <numerusform>%Ln number left out: a criteria holds at most %1 phone numbers.</numerusform>
            <numerusform>%Ln numbers left out: a criteria holds at most %1 phone numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::SendBar</name>
    <message numerus="yes">
        <source>The service is rate limiting requests (429). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>The service is rate limiting requests (429). Retrying in %n second…</numerusform>
            <numerusform>The service is rate limiting requests (429). Retrying in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::SignInFlow</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>No answer came from the browser within %n minute. Sign in again.</numerusform>
            <numerusform>No answer came from the browser within %n minutes. Sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenProvider</name>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n day(s))</source>
        <translation>
            <numerusform>Signed in as %1 (expires in %n day)</numerusform>
            <numerusform>Signed in as %1 (expires in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n hour(s))</source>
        <translation>
            <numerusform>Signed in as %1 (expires in %n hour)</numerusform>
            <numerusform>Signed in as %1 (expires in %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n minute(s))</source>
        <translation>
            <numerusform>Signed in as %1 (expires in %n minute)</numerusform>
            <numerusform>Signed in as %1 (expires in %n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenRenewer</name>
    <message numerus="yes">
        <source>The Webex token service did not answer within %n second(s).</source>
        <translation>
            <numerusform>The Webex token service did not answer within %n second.</numerusform>
            <numerusform>The Webex token service did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::WorkspacePickerDialog</name>
    <message numerus="yes">
        <source>Searching… %n page(s) read</source>
        <translation>
            <numerusform>Searching… %n page read</numerusform>
            <numerusform>Searching… %n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n workspace(s) so far)</source>
        <translation>
            <numerusform>(%n workspace so far)</numerusform>
            <numerusform>(%n workspaces so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n workspace found.</numerusform>
            <numerusform>%n workspaces found.</numerusform>
        </translation>
    </message>
</context>
</TS>
