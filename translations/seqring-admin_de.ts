<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex meldet: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>Fehlercode: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Webex asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Webex bittet, %n Sekunde zu warten, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Webex bittet, %n Sekunden zu warten, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking ID for Webex support: %1</source>
        <translation>Tracking-ID für den Webex-Support: %1</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 New ID: %2</source>
        <translation>%1 Neue ID: %2</translation>
    </message>
</context>
<context>
    <name>ApplySubcommand</name>
    <message>
        <source>The draft whose criteria is applied (its workspace ID is ignored).</source>
        <translation>Der Entwurf, dessen Kriterium angewendet wird (seine Workspace-ID wird ignoriert).</translation>
    </message>
    <message>
        <source>The workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Die Workspaces: eine ID oder ein exakter Anzeigename pro Zeile, oder eine CSV-Datei mit einer Spalte workspaceId oder displayName.</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10, default 4).</source>
        <translation>Gleichzeitige Anfragen, Abfragen eingeschlossen (1 bis 10, Standard 4).</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from: skip it (default) or create anyway.</source>
        <translation>Ein Workspace, der schon ein Kriterium mit demselben Zeitplan und denselben Anrufern hat: überspringen (Standard) oder trotzdem erstellen.</translation>
    </message>
    <message>
        <source>Check every workspace and send no create.</source>
        <translation>Jeden Workspace prüfen und nichts erstellen.</translation>
    </message>
    <message>
        <source>Write the results as CSV to FILE.</source>
        <translation>Die Ergebnisse als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Keep the journal of the run in FILE.</source>
        <translation>Das Journal des Laufs in FILE führen.</translation>
    </message>
    <message>
        <source>Continue the run recorded in the journal: nothing recorded or found as created is sent again.</source>
        <translation>Den im Journal aufgezeichneten Lauf fortsetzen: nichts, was als erstellt aufgezeichnet oder gefunden wurde, wird erneut gesendet.</translation>
    </message>
    <message>
        <source>apply needs --draft FILE and --workspaces FILE.</source>
        <translation>apply braucht --draft FILE und --workspaces FILE.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip or create, not &quot;%1&quot;.</source>
        <translation>--on-duplicate muss skip oder create sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>The draft %1 is not valid.</source>
        <translation>Der Entwurf %1 ist nicht gültig.</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the run to continue.</source>
        <translation>--resume braucht --journal FILE, das Journal des fortzusetzenden Laufs.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>Das Journal %1 enthält bereits einen Lauf: Fügen Sie --resume hinzu, um ihn fortzusetzen, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Ratenbegrenzung: Jede Anfrage wartet %1 s.</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 failed. Journal: %3</source>
        <translation>%1 Workspaces: %2 fehlgeschlagen. Journal: %3</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>keines (Probelauf)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 done, %4 failed, %5 skipped</source>
        <translation>%1/%2 · %3 erledigt, %4 fehlgeschlagen, %5 übersprungen</translation>
    </message>
    <message>
        <source>The run recorded in %1 has ended: its report comes from the journal, and nothing was sent. %2 workspaces: %3 failed.</source>
        <translation>Der in %1 aufgezeichnete Lauf ist beendet: Sein Bericht stammt aus dem Journal, es wurde nichts gesendet. %2 Arbeitsbereiche: %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Apply the criteria of a draft to many workspaces, without a window. The token comes from WEBEX_ACCESS_TOKEN, else from the window&apos;s sign-in with Webex for the API root (of the integration WEBEX_CLIENT_ID or the settings name; renewed when it is about to expire), else from a token kept in the keychain for the API root. Exit codes: 0 every workspace created, skipped or would-create; 3 some failed; 2 bad input or no token.</source>
        <translation>Wendet die Kriterien eines Entwurfs ohne Fenster auf viele Arbeitsbereiche an. Das Token stammt aus WEBEX_ACCESS_TOKEN, sonst aus der Anmeldung mit Webex im Fenster für die API-Basis-URL (der Integration aus WEBEX_CLIENT_ID oder den Einstellungen; erneuert, wenn es bald abläuft), sonst aus einem im Schlüsselbund für die API-Basis-URL gespeicherten Token. Exit-Codes: 0 jeder Arbeitsbereich erstellt, übersprungen oder würde erstellt; 3 einige fehlgeschlagen; 2 ungültige Eingabe oder kein Token.</translation>
    </message>
</context>
<context>
    <name>AutosaveFile</name>
    <message>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>der Schlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be %2.</source>
        <translation>der Schlüssel „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>der Schlüssel „%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list %1 slots.</source>
        <translation>der Schlüssel „numbers“ muss %1 Plätze aufführen.</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list objects.</source>
        <translation>der Schlüssel „numbers“ muss Objekte aufführen.</translation>
    </message>
    <message>
        <source>it is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>sie ist kein gültiges JSON (bei Zeichen %1: %2); vielleicht wurde sie abgeschnitten.</translation>
    </message>
    <message>
        <source>it is not an autosave of seqring-admin.</source>
        <translation>sie ist keine automatische Sicherung von seqring-admin.</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number.</source>
        <translation>ihre Formatversion fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>it was written by a newer version of seqring-admin (format %1; this version reads format %2).</source>
        <translation>sie wurde von einer neueren Version von seqring-admin geschrieben (Format %1; diese Version liest Format %2).</translation>
    </message>
    <message>
        <source>the key &quot;savedAt&quot; must be a date and time.</source>
        <translation>der Schlüssel „savedAt“ muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <source>the key &quot;mode&quot; must be &quot;create&quot; or &quot;edit&quot;.</source>
        <translation>der Schlüssel „mode“ muss &quot;create&quot; oder &quot;edit&quot; sein.</translation>
    </message>
    <message>
        <source>the form: %1</source>
        <translation>das Formular: %1</translation>
    </message>
    <message>
        <source>the key &quot;criteriaId&quot; must not be empty.</source>
        <translation>der Schlüssel „criteriaId“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the criteria as loaded: %1</source>
        <translation>das Kriterium, wie es geladen wurde: %1</translation>
    </message>
    <message>
        <source>the ring settings: %1</source>
        <translation>die Einstellungen für sequenzielles Klingeln: %1</translation>
    </message>
    <message>
        <source>Could not create the folder of the autosave &quot;%1&quot;.</source>
        <translation>Der Ordner der automatischen Sicherung „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the autosave &quot;%1&quot;: %2.</source>
        <translation>Die automatische Sicherung „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2.</source>
        <translation>Die automatische Sicherung „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: it is %2 bytes, more than an autosave can be (%3).</source>
        <translation>Die automatische Sicherung „%1“ kann nicht gelesen werden: Sie ist %2 Byte groß, mehr als eine automatische Sicherung sein kann (%3).</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2</source>
        <translation>Die automatische Sicherung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChecks</name>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>Seine Lizenz konnte nicht gelesen werden; der Dienst entscheidet.</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>Er hat keine Webex Calling Professional-Lizenz, die für sequenzielles Klingeln nötig ist.</translation>
    </message>
    <message>
        <source>Its location has a schedule &quot;%1&quot;, but not of the chosen type.</source>
        <translation>Sein Standort hat einen Zeitplan „%1“, aber nicht vom gewählten Typ.</translation>
    </message>
    <message>
        <source>Its location has no schedule &quot;%1&quot;.</source>
        <translation>Sein Standort hat keinen Zeitplan „%1“.</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2.</source>
        <translation>In das Journal %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BulkOutcome</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>%1 per minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunRecord</name>
    <message>
        <source>The journal %1 does not say which run it records (no &quot;run&quot; record).</source>
        <translation>Das Journal %1 sagt nicht, welchen Lauf es aufzeichnet (kein „run“-Eintrag).</translation>
    </message>
    <message>
        <source>A create was sent and its answer is not recorded (in flight).</source>
        <translation>Eine Erstellung wurde gesendet, ihre Antwort ist nicht aufgezeichnet (unterwegs).</translation>
    </message>
</context>
<context>
    <name>CallComparison</name>
    <message>
        <source>Saving the form&apos;s criteria would not change this.</source>
        <translation>Das Speichern der Kriterien des Formulars würde daran nichts ändern.</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved: %1</source>
        <translation>Wenn die Kriterien des Formulars gespeichert wären: %1</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>the criteria for all hours</source>
        <translation>das Kriterium für alle Zeiten</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>the criteria &quot;%1&quot; (%2)</source>
        <translation>das Kriterium „%1“ (%2)</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is off for this workspace.</source>
        <translation>Klingelt nicht sequenziell: Sequenzielles Klingeln ist für diesen Arbeitsbereich deaktiviert.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is on, but no number to ring is set.</source>
        <translation>Klingelt nicht sequenziell: Sequenzielles Klingeln ist aktiviert, aber es ist keine Nummer zum Klingeln festgelegt.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: no criteria matches this caller at this time.</source>
        <translation>Klingelt nicht sequenziell: Zu diesem Zeitpunkt trifft kein Kriterium auf diesen Anrufer zu.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: %1 matches this caller and does not ring; criteria which do not ring take priority.</source>
        <translation>Klingelt nicht sequenziell: %1 trifft auf diesen Anrufer zu und klingelt nicht; Kriterien, die nicht klingeln, haben Vorrang.</translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n Klingelzeichen</numerusform>
            <numerusform>%n Klingelzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace %1</source>
        <translation>Dieser Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>%1 %2 with answer confirmation</source>
        <translation>%1 %2 mit Annahmebestätigung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Rings sequentially: %1 matches this caller and rings. %2.</source>
        <translation>Klingelt sequenziell: %1 trifft auf diesen Anrufer zu und klingelt. %2.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
</context>
<context>
    <name>CallRules</name>
    <message>
        <source>The criteria %1 names the schedule &quot;%2&quot; (%3), which this location does not have: the criteria is never in effect.</source>
        <translation>Das Kriterium %1 nennt den Zeitplan „%2“ (%3), den dieser Standort nicht hat: Das Kriterium gilt nie.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>ohne Typ</translation>
    </message>
</context>
<context>
    <name>CallerParser</name>
    <message>
        <source>Caller: %1 Or type private or unavailable.</source>
        <translation>Anrufer: %1 Oder geben Sie private oder unavailable ein.</translation>
    </message>
</context>
<context>
    <name>CommandLineToken</name>
    <message>
        <source>The sign-in with Webex for %1 could not be renewed: %2</source>
        <translation>Die Anmeldung mit Webex für %1 konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>no answer.</source>
        <translation>keine Antwort.</translation>
    </message>
    <message>
        <source>No token for %1: set WEBEX_ACCESS_TOKEN, or sign in with Webex in the window with this API root, so that the keychain holds the sign-in.</source>
        <translation>Kein Token für %1: Setzen Sie WEBEX_ACCESS_TOKEN, oder melden Sie sich im Fenster mit dieser API-Basis-URL mit Webex an, damit der Schlüsselbund die Anmeldung enthält.</translation>
    </message>
    <message>
        <source>No integration is known to look its sign-in up: set WEBEX_CLIENT_ID to its client ID, or sign in from the window once.</source>
        <translation>Es ist keine Integration bekannt, deren Anmeldung gesucht werden könnte: Setzen Sie WEBEX_CLIENT_ID auf ihre Client-ID, oder melden Sie sich einmal im Fenster an.</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>API root, e.g. https://webexapis.com/v1.</source>
        <translation>API-Basis-URL, z. B. https://webexapis.com/v1.</translation>
    </message>
    <message>
        <source>Organization ID (partner administrators).</source>
        <translation>Organisations-ID (für Partneradministratoren).</translation>
    </message>
    <message>
        <source>At exit, write the requests and answers of this run to FILE as HAR 1.2, tokens and secrets removed.</source>
        <translation>Beim Beenden die Anfragen und Antworten dieses Laufs als HAR 1.2 in DATEI schreiben, ohne Tokens und Geheimnisse.</translation>
    </message>
    <message>
        <source>Log every request and answer (method, URL, status, time; never a token) to standard error.</source>
        <translation>Jede Anfrage und Antwort (Methode, URL, Status, Dauer; nie ein Token) auf die Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1: %2</translation>
    </message>
    <message>
        <source>--har %1: %2</source>
        <translation>--har %1: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaDiff</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 added</source>
        <translation>phoneNumbers: %1 hinzugefügt</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 removed</source>
        <translation>phoneNumbers: %1 entfernt</translation>
    </message>
    <message>
        <source>phoneNumbers: order changed</source>
        <translation>phoneNumbers: Reihenfolge geändert</translation>
    </message>
</context>
<context>
    <name>CriteriaJson</name>
    <message>
        <source>The JSON is not well formed at character %1: %2.</source>
        <translation>Das JSON ist bei Zeichen %1 nicht wohlgeformt: %2.</translation>
    </message>
    <message>
        <source>The JSON must be an object ({ … }).</source>
        <translation>Das JSON muss ein Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (value %2). Remove it; the keys allowed are: %3.</source>
        <translation>Unbekannter Schlüssel „%1“ (Wert %2). Entfernen Sie ihn; zulässige Schlüssel sind: %3.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the value %2, but it must be %3.</source>
        <translation>Schlüssel „%1“ hat den Wert %2, muss aber %3 sein.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the unknown value %2. Use one of: %3.</source>
        <translation>Schlüssel „%1“ hat den unbekannten Wert %2. Verwenden Sie einen dieser Werte: %3.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>The key &quot;callsFrom&quot; is missing. Add &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; or &quot;SELECT_PHONE_NUMBERS&quot;.</source>
        <translation>Der Schlüssel „callsFrom“ fehlt. Fügen Sie &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; oder &quot;SELECT_PHONE_NUMBERS&quot; hinzu.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is missing. Add &quot;%1&quot;: true or false.</source>
        <translation>Der Schlüssel „%1“ fehlt. Fügen Sie &quot;%1&quot;: true oder false hinzu.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;phoneNumbers&quot; is %2, but it must be a string.</source>
        <translation>Eintrag %1 von „phoneNumbers“ ist %2, muss aber eine Zeichenkette sein.</translation>
    </message>
</context>
<context>
    <name>CriteriaValidator</name>
    <message>
        <source>Workspace ID is required. Paste the workspace&apos;s ID from Control Hub or the API, or choose the workspace.</source>
        <translation>Die Arbeitsbereichs-ID ist erforderlich. Fügen Sie die ID des Arbeitsbereichs aus Control Hub oder der API ein oder wählen Sie den Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>Workspace ID &quot;%1&quot; has spaces at its start or end; they will be removed.</source>
        <translation>Die Arbeitsbereichs-ID „%1“ hat Leerzeichen am Anfang oder Ende; sie werden entfernt.</translation>
    </message>
    <message>
        <source>No access token is set. Set a token with the scope spark-admin:workspaces_write before creating the criteria.</source>
        <translation>Es ist kein Zugriffstoken festgelegt. Legen Sie ein Token mit dem Scope spark-admin:workspaces_write fest, bevor Sie das Kriterium erstellen.</translation>
    </message>
    <message>
        <source>Schedule name is empty. Type or choose the name of a location schedule, or turn off &quot;Only during a schedule&quot;.</source>
        <translation>Der Zeitplanname ist leer. Geben Sie den Namen eines Standortzeitplans ein oder wählen Sie ihn aus, oder deaktivieren Sie „Nur während eines Zeitplans“.</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot; for schedule &quot;%1&quot;.</source>
        <translation>Es ist kein Zeitplantyp ausgewählt. Wählen Sie „Geschäftszeiten“ oder „Feiertage“ für den Zeitplan „%1“.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; is not among the schedules of the workspace&apos;s location (%2). Check the spelling, or create the schedule first; the service refuses an unknown schedule.</source>
        <translation>Der Zeitplan „%1“ gehört nicht zu den Zeitplänen des Standorts des Arbeitsbereichs (%2). Prüfen Sie die Schreibweise oder erstellen Sie zuerst den Zeitplan; der Dienst lehnt einen unbekannten Zeitplan ab.</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>der Standort hat keine</translation>
    </message>
    <message>
        <source>&quot;Select phone numbers&quot; needs at least one phone number, private callers or unavailable callers. Add a number, turn on a caller option, or choose &quot;Any phone number&quot;.</source>
        <translation>„Ausgewählte Telefonnummern“ erfordert mindestens eine Telefonnummer, private Anrufer oder Anrufer ohne verfügbare Nummer. Fügen Sie eine Nummer hinzu, aktivieren Sie eine Anruferoption oder wählen Sie „Beliebige Telefonnummer“.</translation>
    </message>
    <message>
        <source>There are %1 phone numbers, but a criteria holds at most %2. Remove %3.</source>
        <translation>Es sind %1 Telefonnummern angegeben, aber ein Kriterium enthält höchstens %2. Entfernen Sie %3.</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot;.</source>
        <translation>Es ist kein Zeitplantyp ausgewählt. Wählen Sie „Geschäftszeiten“ oder „Feiertage“.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Der CSV-Leser konnte nicht starten.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2.</source>
        <translation>Die Datei ist in der Nähe von Zeile %1 kein gültiges CSV: %2.</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Could not open the draft &quot;%1&quot;: %2.</source>
        <translation>Der Entwurf „%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, too large for a draft (at most %3). Choose a draft saved by this program.</source>
        <translation>„%1“ ist %2 Byte groß und damit zu groß für einen Entwurf (höchstens %3). Wählen Sie einen Entwurf, der mit diesem Programm gespeichert wurde.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Entwurf „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Could not write the draft &quot;%1&quot;: %2.</source>
        <translation>Der Entwurf „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not save the draft &quot;%1&quot;: %2. The previous file, if any, is unchanged.</source>
        <translation>Der Entwurf „%1“ konnte nicht gespeichert werden: %2. Eine eventuell vorhandene frühere Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Key &quot;format&quot; must be &quot;%1&quot;, but the draft has %2.</source>
        <translation>Schlüssel „format“ muss „%1“ sein, im Entwurf steht aber %2.</translation>
    </message>
    <message>
        <source>Key &quot;version&quot; must be a whole number, but the draft has %1.</source>
        <translation>Schlüssel „version“ muss eine ganze Zahl sein, im Entwurf steht aber %1.</translation>
    </message>
    <message>
        <source>It was written by a newer version of seqring-admin (draft format %1; this version reads format %2). Open it with that version.</source>
        <translation>Er wurde von einer neueren Version von seqring-admin geschrieben (Entwurfsformat %1; diese Version liest Format %2). Öffnen Sie ihn mit jener Version.</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (at character %1: %2).</source>
        <translation>Der Entwurf ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <source>The draft must be a JSON object ({ … }).</source>
        <translation>Der Entwurf muss ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a string, but the draft has %2.</source>
        <translation>Schlüssel „%1“ muss eine Zeichenkette sein, im Entwurf steht aber %2.</translation>
    </message>
</context>
<context>
    <name>ExportSubcommand</name>
    <message>
        <source>%1/%2 · %3 failed</source>
        <translation>%1/%2 · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 read, %2 listed so far · %3 failed</source>
        <translation>%1 gelesen, %2 bisher aufgelistet · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export the sequential ring settings and criteria of every workspace of the organisation (or of those listed) to a state file, without a window. The token is found as for apply. Exit codes: 0 every workspace read; 3 some failed (left out of the file) or the workspaces could not be listed; 2 bad input or no token.</source>
        <translation>Exportiert die Einstellungen für sequenzielles Klingeln und die Kriterien jedes Arbeitsbereichs der Organisation (oder der aufgeführten) ohne Fenster in eine Statusdatei. Das Token wird wie bei apply gefunden. Exit-Codes: 0 jeder Arbeitsbereich gelesen; 3 einige fehlgeschlagen (nicht in der Datei) oder die Arbeitsbereiche konnten nicht aufgelistet werden; 2 ungültige Eingabe oder kein Token.</translation>
    </message>
    <message>
        <source>The state file to write (JSON); it appears only when the export has ended.</source>
        <translation>Die zu schreibende Statusdatei (JSON); sie erscheint erst, wenn der Export beendet ist.</translation>
    </message>
    <message>
        <source>Only these workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column (as apply reads them).</source>
        <translation>Nur diese Arbeitsbereiche: eine ID oder ein exakter Anzeigename pro Zeile, oder eine CSV-Datei mit einer Spalte workspaceId oder displayName (wie apply sie liest).</translation>
    </message>
    <message>
        <source>Also write a summary, a CSV line per workspace, to FILE.</source>
        <translation>Außerdem eine Zusammenfassung, eine CSV-Zeile pro Arbeitsbereich, nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to %1, default %2).</source>
        <translation>Gleichzeitige Anfragen, Abfragen eingeschlossen (1 bis %1, Standard %2).</translation>
    </message>
    <message>
        <source>export needs --out FILE.json, the state file to write.</source>
        <translation>export braucht --out FILE.json, die zu schreibende Statusdatei.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The summary %1 cannot be written: %2</source>
        <translation>Die Zusammenfassung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Ratenbegrenzung: Jede Anfrage wartet %1 s.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 workspaces written to %2; %3 failed.</source>
        <translation>%1 Arbeitsbereiche nach %2 geschrieben; %3 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>The session log could not be written to %1: %2</source>
        <translation>Das Sitzungsprotokoll konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpStatus</name>
    <message>
        <source>OK (200): Webex answered the request.</source>
        <translation>OK (200): Webex hat die Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>Created (201): Webex created the item.</source>
        <translation>Erstellt (201): Webex hat das Element erstellt.</translation>
    </message>
    <message>
        <source>Accepted (202): Webex accepted the request and will finish it shortly. Reload in a moment to see the result.</source>
        <translation>Angenommen (202): Webex hat die Anfrage angenommen und schließt sie in Kürze ab. Laden Sie gleich neu, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>No content (204): Webex carried out the request.</source>
        <translation>Kein Inhalt (204): Webex hat die Anfrage ausgeführt.</translation>
    </message>
    <message>
        <source>Bad request (400): Webex could not accept the request as sent. Read the server&apos;s message below, correct the field it names and try again.</source>
        <translation>Ungültige Anfrage (400): Webex konnte die Anfrage in dieser Form nicht annehmen. Lesen Sie die Meldung des Servers unten, korrigieren Sie das genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unauthorized (401): the access token is missing, wrong or has expired. Sign in again or paste a fresh token, then try again.</source>
        <translation>Nicht autorisiert (401): Das Zugriffstoken fehlt, ist falsch oder abgelaufen. Melden Sie sich erneut an oder fügen Sie ein neues Token ein, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Forbidden (403): the signed-in account may not do this. Use a full or location administrator with the scope spark-admin:workspaces_write, and check that the workspace has the Webex Calling Professional license.</source>
        <translation>Verboten (403): Das angemeldete Konto darf diese Aktion nicht ausführen. Verwenden Sie einen vollständigen Administrator oder Standortadministrator mit dem Scope spark-admin:workspaces_write und prüfen Sie, ob der Arbeitsbereich die Lizenz Webex Calling Professional hat.</translation>
    </message>
    <message>
        <source>Not found (404): the workspace, criteria or address does not exist, or belongs to another organisation. Check the workspace and organisation IDs and the API address.</source>
        <translation>Nicht gefunden (404): Der Arbeitsbereich, das Kriterium oder die Adresse existiert nicht oder gehört zu einer anderen Organisation. Prüfen Sie die Arbeitsbereichs- und die Organisations-ID sowie die API-Adresse.</translation>
    </message>
    <message>
        <source>Method not allowed (405): this address does not accept this kind of request. Check the API address in the settings.</source>
        <translation>Methode nicht zulässig (405): Diese Adresse akzeptiert diese Art von Anfrage nicht. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Conflict (409): the request conflicts with the workspace&apos;s current settings, for example a criteria with the same schedule already exists. Reload the criteria list and change the request.</source>
        <translation>Konflikt (409): Die Anfrage steht im Widerspruch zu den aktuellen Einstellungen des Arbeitsbereichs, zum Beispiel gibt es bereits ein Kriterium mit demselben Zeitplan. Laden Sie die Kriterienliste neu und ändern Sie die Anfrage.</translation>
    </message>
    <message>
        <source>Gone (410): the item is no longer available. Reload the list.</source>
        <translation>Nicht mehr vorhanden (410): Das Element ist nicht mehr verfügbar. Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Unsupported media type (415): Webex did not accept the body&apos;s format. This is a defect of this program; please report it with the details below.</source>
        <translation>Nicht unterstützter Medientyp (415): Webex hat das Format des Anfrageinhalts nicht akzeptiert. Dies ist ein Fehler dieses Programms; bitte melden Sie ihn mit den Details unten.</translation>
    </message>
    <message>
        <source>Locked (423): the item is temporarily locked by another change. Wait the time shown and try again.</source>
        <translation>Gesperrt (423): Das Element ist durch eine andere Änderung vorübergehend gesperrt. Warten Sie die angezeigte Zeit ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Precondition required (428): Webex needs a precondition this request did not meet. Read the server&apos;s message below.</source>
        <translation>Vorbedingung erforderlich (428): Webex benötigt eine Vorbedingung, die diese Anfrage nicht erfüllt hat. Lesen Sie die Meldung des Servers unten.</translation>
    </message>
    <message>
        <source>Too many requests (429): Webex is limiting how fast requests may be sent, and did not process this one. Wait the time shown and try again.</source>
        <translation>Zu viele Anfragen (429): Webex begrenzt, wie schnell Anfragen gesendet werden dürfen, und hat diese Anfrage nicht verarbeitet. Warten Sie die angezeigte Zeit ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Internal server error (500): something went wrong inside Webex. Try again later; if it persists, contact Webex support with the tracking ID.</source>
        <translation>Interner Serverfehler (500): Bei Webex ist ein Fehler aufgetreten. Versuchen Sie es später erneut; wenn der Fehler bestehen bleibt, wenden Sie sich mit der Tracking-ID an den Webex-Support.</translation>
    </message>
    <message>
        <source>Bad gateway (502): a Webex server got an invalid answer from another one. Try again later.</source>
        <translation>Ungültiges Gateway (502): Ein Webex-Server hat von einem anderen eine ungültige Antwort erhalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Service unavailable (503): Webex is overloaded or under maintenance. Try again later.</source>
        <translation>Dienst nicht verfügbar (503): Webex ist überlastet oder wird gewartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Gateway timeout (504): a Webex server did not answer in time. Try again later.</source>
        <translation>Gateway-Zeitüberschreitung (504): Ein Webex-Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Success (%1): Webex answered the request.</source>
        <translation>Erfolg (%1): Webex hat die Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1, which this program does not know. Read the details below; if in doubt, contact Webex support with the tracking ID.</source>
        <translation>Webex hat mit dem HTTP-Status %1 geantwortet, den dieses Programm nicht kennt. Lesen Sie die Details unten; wenden Sie sich im Zweifel mit der Tracking-ID an den Webex-Support.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address and that the service is running, then try again.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die API-Adresse und ob der Dienst läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered. Check your network and try again.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API address and your network connection.</source>
        <translation>Der Name des Servers wurde nicht gefunden (DNS). Prüfen Sie die API-Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the API address, the system clock and any proxy that inspects traffic.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zum Server hergestellt werden. Prüfen Sie die API-Adresse, die Systemuhr und jeden Proxy, der den Datenverkehr untersucht.</translation>
    </message>
    <message>
        <source>The network connection was lost. Reconnect and try again.</source>
        <translation>Die Netzwerkverbindung wurde unterbrochen. Stellen Sie die Verbindung wieder her und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the system&apos;s proxy settings.</source>
        <translation>Der Proxyserver konnte nicht verwendet werden. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere it may not go. Check the API address.</source>
        <translation>Der Server hat die Anfrage an ein unzulässiges Ziel umgeleitet. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the HTTP protocol. Check the API address.</source>
        <translation>Die Antwort des Servers entsprach nicht dem HTTP-Protokoll. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The request failed because of a network problem (code %1). Check your network connection and try again.</source>
        <translation>Die Anfrage ist wegen eines Netzwerkproblems fehlgeschlagen (Code %1). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server redirected the request again and again (a redirect loop), so it was stopped. Check the API address.</source>
        <translation>Der Server hat die Anfrage immer wieder umgeleitet (eine Umleitungsschleife), daher wurde sie abgebrochen. Prüfen Sie die API-Adresse.</translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>its criteria cannot be read: %1</source>
        <translation>sein Kriterium ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; file, not a journal of seqring-admin</source>
        <translation>es ist eine Datei vom Typ „%1“, kein Journal von seqring-admin</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>Das Journal %1 ist in Zeile %2 beschädigt: %3.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer seqring-admin (journal version %2; this one reads versions up to %3). Resume it with that version.</source>
        <translation>Das Journal %1 wurde von einer neueren Version von seqring-admin geschrieben (Journalversion %2; diese Version liest Versionen bis %3). Setzen Sie es mit jener Version fort.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>The time zone &quot;%1&quot; is not a known IANA time zone (such as America/Chicago).</source>
        <translation>Die Zeitzone „%1“ ist keine bekannte IANA-Zeitzone (wie America/Chicago).</translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation>Die Zeit ist ungültig.</translation>
    </message>
</context>
<context>
    <name>LocationScheduleJson</name>
    <message>
        <source>missing</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD from %1 to %2</source>
        <translation>ein Datum YYYY-MM-DD in den Jahren %1 bis %2</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>eine Uhrzeit HH:MM von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>a month JANUARY to DECEMBER</source>
        <translation>ein Monat JANUARY bis DECEMBER</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the one kind of recurrence, an object</source>
        <translation>die eine Art der Wiederholung, ein Objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date exactly when recurForEver is not true</source>
        <translation>ein Datum genau dann, wenn recurForEver nicht true ist</translation>
    </message>
    <message>
        <source>at least one weekday marked true</source>
        <translation>mindestens ein Wochentag mit true</translation>
    </message>
    <message>
        <source>a day that %1 has</source>
        <translation>ein Tag, den %1 hat</translation>
    </message>
    <message>
        <source>a weekday SUNDAY to SATURDAY</source>
        <translation>ein Wochentag SUNDAY bis SATURDAY</translation>
    </message>
    <message>
        <source>FIRST, SECOND, THIRD, FOURTH or LAST</source>
        <translation>FIRST, SECOND, THIRD, FOURTH oder LAST</translation>
    </message>
    <message>
        <source>an end after the start</source>
        <translation>ein Ende nach dem Beginn</translation>
    </message>
    <message>
        <source>a date on or after startDate</source>
        <translation>ein Datum am oder nach startDate</translation>
    </message>
    <message>
        <source>The schedule is not a JSON object.</source>
        <translation>Der Zeitplan ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The schedule has no name (name is %1).</source>
        <translation>Der Zeitplan hat keinen Namen (name ist %1).</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; has type %2; expected businessHours or holidays.</source>
        <translation>Der Zeitplan „%1“ hat den Typ %2; erwartet wird businessHours oder holidays.</translation>
    </message>
    <message>
        <source>The events of the schedule &quot;%1&quot; are not a list.</source>
        <translation>Die Ereignisse des Zeitplans „%1“ sind keine Liste.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot; is not an object; it is left out.</source>
        <translation>Das Ereignis %1 des Zeitplans „%2“ ist kein Objekt; es wird ausgelassen.</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot;: %3 is %4, expected %5; the event is left out.</source>
        <translation>Ereignis %1 des Zeitplans „%2“: %3 ist %4, erwartet wird %5; das Ereignis wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>LookupError</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Abrufen %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1 was refused (401): the token is not valid or has expired. Set a new token; it needs the scope %2.</source>
        <translation>Das Abrufen %1 wurde abgelehnt (401): Das Token ist ungültig oder abgelaufen. Legen Sie ein neues Token fest; es benötigt den Scope %2.</translation>
    </message>
    <message>
        <source>Reading %1 was refused (403): the token lacks the scope %2, or the administrator may not read this organisation. Use a token with %2.</source>
        <translation>Das Abrufen %1 wurde abgelehnt (403): Dem Token fehlt der Scope %2, oder der Administrator darf diese Organisation nicht lesen. Verwenden Sie ein Token mit %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Abrufen %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty. Type a number such as +44 20 7183 8750.</source>
        <translation>Die Telefonnummer ist leer. Geben Sie eine Nummer wie +44 20 7183 8750 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters. Type digits only, for example +44 20 7183 8750.</source>
        <translation>„%1“ enthält Buchstaben. Geben Sie nur Ziffern ein, zum Beispiel +44 20 7183 8750.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension. Sequential ring criteria match whole numbers: remove the extension.</source>
        <translation>„%1“ enthält eine Durchwahl. Kriterien für sequenzielles Klingeln gelten für vollständige Nummern: Entfernen Sie die Durchwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type digits, optionally starting with +.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie Ziffern ein, optional mit + am Anfang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start it with + and the country code, or choose the default region for national numbers.</source>
        <translation>„%1“ hat keine gültige Ländervorwahl. Beginnen Sie mit + und der Ländervorwahl oder wählen Sie die Standardregion für nationale Nummern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Short codes and extensions cannot be used; type the full number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer. Kurzwahlnummern und Durchwahlen können nicht verwendet werden; geben Sie die vollständige Nummer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check the digits.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for its region (default region %2). Check the digits, or add + and the country code.</source>
        <translation>„%1“ ist keine gültige Nummer für ihre Region (Standardregion %2). Prüfen Sie die Ziffern oder ergänzen Sie + und die Ländervorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list (the same number written differently). Remove one of them.</source>
        <translation>„%1“ steht bereits in der Liste (dieselbe Nummer, anders geschrieben). Entfernen Sie einen der beiden Einträge.</translation>
    </message>
</context>
<context>
    <name>PreviewSubcommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>(no token)</source>
        <translation>(kein Token)</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[%n weiteres Byte nicht angezeigt]</numerusform>
            <numerusform>[%n weitere Bytes nicht angezeigt]</numerusform>
        </translation>
    </message>
    <message>
        <source>Webex answered %1, but its reply could not be read (%2). The request was probably carried out; reload to check.</source>
        <translation>Webex hat mit %1 geantwortet, aber die Antwort konnte nicht gelesen werden (%2). Die Anfrage wurde wahrscheinlich ausgeführt; laden Sie neu, um das zu prüfen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>StateFileReader</name>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>nichts (der Schlüssel fehlt)</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing; it must be %3.</source>
        <translation>%1: Der Schlüssel „%2“ fehlt; er muss %3 sein.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; has the value %3; it must be %4.</source>
        <translation>%1: Der Schlüssel „%2“ hat den Wert %3; er muss %4 sein.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; has the value %2: %3</source>
        <translation>Der Schlüssel „%1“ hat den Wert %2: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>left out (a number slot has only the keys %1)</source>
        <translation>weggelassen (ein Nummernplatz hat nur die Schlüssel %1)</translation>
    </message>
    <message>
        <source>the key &quot;sequentialRing.phoneNumbers&quot; lists %1 numbers; sequential ring rings at most %2.</source>
        <translation>Der Schlüssel „sequentialRing.phoneNumbers“ enthält %1 Nummern; sequenzielles Klingeln klingelt höchstens %2 an.</translation>
    </message>
    <message>
        <source>the workspace&apos;s ID</source>
        <translation>die ID des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is there, but &quot;professional&quot; is false: a workspace without the Professional license has no sequential ring. Remove the key, or set &quot;professional&quot; to true.</source>
        <translation>Der Schlüssel „%1“ ist vorhanden, aber „professional“ ist false: Ein Arbeitsbereich ohne Professional-Lizenz hat kein sequenzielles Klingeln. Entfernen Sie den Schlüssel oder setzen Sie „professional“ auf true.</translation>
    </message>
    <message>
        <source>The state file is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>Die Zustandsdatei ist kein gültiges JSON (bei Zeichen %1: %2); vielleicht wurde sie abgeschnitten.</translation>
    </message>
    <message>
        <source>This is not a state file of seqring-admin: its key &quot;format&quot; is %1, not &quot;%2&quot;.</source>
        <translation>Dies ist keine Zustandsdatei von seqring-admin: Ihr Schlüssel „format“ ist %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>The key &quot;version&quot; of the state file has the value %1; it must be a whole number.</source>
        <translation>Der Schlüssel „version“ der Zustandsdatei hat den Wert %1; er muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The state file is format version %1, written by a newer seqring-admin; this version reads format version %2. Update seqring-admin to read it.</source>
        <translation>Die Zustandsdatei hat die Formatversion %1 und wurde von einem neueren seqring-admin geschrieben; diese Version liest die Formatversion %2. Aktualisieren Sie seqring-admin, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The state file</source>
        <translation>Die Zustandsdatei</translation>
    </message>
    <message>
        <source>a date and time such as &quot;2026-12-07T10:00:00Z&quot;</source>
        <translation>ein Datum mit Uhrzeit wie „2026-12-07T10:00:00Z“</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>Workspace %1 of the list</source>
        <translation>Arbeitsbereich %1 der Liste</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; (%2 of the list)</source>
        <translation>Arbeitsbereich „%1“ (%2 der Liste)</translation>
    </message>
    <message>
        <source>its ID %1 is also that of workspace %2 of the list; list each workspace once.</source>
        <translation>Seine ID %1 ist auch die von Arbeitsbereich %2 der Liste; führen Sie jeden Arbeitsbereich nur einmal auf.</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Die Zustandsdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be used. %2</source>
        <translation>Die Zustandsdatei „%1“ kann nicht verwendet werden. %2</translation>
    </message>
</context>
<context>
    <name>StateFileWriter</name>
    <message>
        <source>Could not write the state file &quot;%1&quot;: %2.</source>
        <translation>Die Zustandsdatei „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>Das Journal %1 ist in Zeile %2 beschädigt: %3.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a sync journal (its first line has no &quot;format&quot;: &quot;%2&quot;). Give the journal a sync wrote, or another file to start a new one.</source>
        <translation>%1 ist kein Synchronisierungsjournal (seine erste Zeile hat kein &quot;format&quot;: &quot;%2&quot;). Geben Sie das Journal an, das eine Synchronisierung geschrieben hat, oder eine andere Datei, um ein neues zu beginnen.</translation>
    </message>
    <message>
        <source>The journal %1 is of version %2 of the sync journal; this seqring-admin reads version %3 and older. Resume it with the seqring-admin that wrote it.</source>
        <translation>Das Journal %1 hat Version %2 des Synchronisierungsjournals; dieses seqring-admin liest Version %3 und ältere. Setzen Sie es mit dem seqring-admin fort, das es geschrieben hat.</translation>
    </message>
    <message>
        <source>The journal %1 is empty: there is no sync to resume.</source>
        <translation>Das Journal %1 ist leer: Es gibt keine Synchronisierung fortzusetzen.</translation>
    </message>
    <message>
        <source>The first line of the journal %1 holds entries that cannot be read (%2). Discard the journal and run the sync again.</source>
        <translation>Die erste Zeile des Journals %1 enthält Einträge, die nicht gelesen werden können (%2). Verwerfen Sie das Journal und starten Sie die Synchronisierung erneut.</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>schedule &quot;%1&quot; (%2)</source>
        <translation>Zeitplan „%1“ (%2)</translation>
    </message>
    <message>
        <source>all hours, all days</source>
        <translation>alle Stunden, alle Tage</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>klingeln</translation>
    </message>
    <message>
        <source>do not ring</source>
        <translation>nicht klingeln</translation>
    </message>
    <message>
        <source>The workspace has no Webex Calling Professional license, so it has no sequential ring; assign the license first.</source>
        <translation>Der Arbeitsbereich hat keine Webex Calling Professional-Lizenz und daher kein sequenzielles Klingeln; weisen Sie zuerst die Lizenz zu.</translation>
    </message>
    <message>
        <source>The file lists the workspace without the Professional license, but it has the license now; its sequential ring is left as it is. Export it again to include its settings.</source>
        <translation>Die Datei führt den Arbeitsbereich ohne Professional-Lizenz auf, aber er hat die Lizenz jetzt; sein sequenzielles Klingeln bleibt, wie es ist. Exportieren Sie ihn erneut, um seine Einstellungen aufzunehmen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>The location &quot;%1&quot; has no schedule %2. Create it there, or change the criteria; nothing was sent to this workspace.</source>
        <translation>Der Standort „%1“ hat keinen Zeitplan %2. Legen Sie ihn dort an oder ändern Sie das Kriterium; an diesen Arbeitsbereich wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>ring settings changed</source>
        <translation>Klingeleinstellungen geändert</translation>
    </message>
    <message>
        <source>turns sequential ring on</source>
        <translation>schaltet sequenzielles Klingeln ein</translation>
    </message>
    <message>
        <source>turns sequential ring off</source>
        <translation>schaltet sequenzielles Klingeln aus</translation>
    </message>
    <message>
        <source>replaced: an update cannot remove its schedule &quot;%1&quot;</source>
        <translation>ersetzt: Eine Aktualisierung kann seinen Zeitplan „%1“ nicht entfernen</translation>
    </message>
    <message>
        <source>the file removes its schedule &quot;%1&quot;, which takes a delete and a create; deleting needs --allow-delete</source>
        <translation>Die Datei entfernt seinen Zeitplan „%1“, was ein Löschen und ein Anlegen erfordert; Löschen erfordert --allow-delete</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>nicht in der Datei: %1</translation>
    </message>
    <message>
        <source>not in the file (%1); deleting needs --allow-delete</source>
        <translation>nicht in der Datei (%1); Löschen erfordert --allow-delete</translation>
    </message>
    <message>
        <source>+%1 criteria</source>
        <translation>+%1 Kriterien</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
</context>
<context>
    <name>SyncSubcommand</name>
    <message>
        <source>The state file each workspace listed in it is made equal to; others are not touched.</source>
        <translation>Die Zustandsdatei, der jeder darin aufgeführte Arbeitsbereich angeglichen wird; andere bleiben unberührt.</translation>
    </message>
    <message>
        <source>A state file with one workspace whose ring settings and criteria every target gets (with --workspaces).</source>
        <translation>Eine Zustandsdatei mit einem Arbeitsbereich, dessen Klingeleinstellungen und Kriterien jedes Ziel erhält (mit --workspaces).</translation>
    </message>
    <message>
        <source>The targets of --template: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Die Ziele von --template: eine ID oder ein exakter Anzeigename pro Zeile oder eine CSV-Datei mit einer Spalte workspaceId oder displayName.</translation>
    </message>
    <message>
        <source>Read and plan every workspace; send nothing.</source>
        <translation>Jeden Arbeitsbereich lesen und planen; nichts senden.</translation>
    </message>
    <message>
        <source>Delete the criteria a workspace has and its entry has not (else they are kept, and the workspace does not match).</source>
        <translation>Die Kriterien löschen, die ein Arbeitsbereich hat und sein Eintrag nicht (sonst bleiben sie, und der Arbeitsbereich stimmt nicht überein).</translation>
    </message>
    <message>
        <source>Keep the journal of the sync in FILE.</source>
        <translation>Das Journal der Synchronisierung in FILE führen.</translation>
    </message>
    <message>
        <source>Continue the sync recorded in the journal: workspaces it finished are not touched, a write it sent unanswered is checked by reading.</source>
        <translation>Die im Journal aufgezeichnete Synchronisierung fortsetzen: Abgeschlossene Arbeitsbereiche bleiben unberührt, ein unbeantwortet gesendeter Schreibvorgang wird durch Lesen geprüft.</translation>
    </message>
    <message>
        <source>Write a row per action as CSV to FILE.</source>
        <translation>Eine Zeile pro Aktion als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Requests at once, reads included (1 to 10, default 4).</source>
        <translation>Gleichzeitige Anfragen, Lesevorgänge eingeschlossen (1 bis 10, Standard 4).</translation>
    </message>
    <message>
        <source>sync needs either --desired FILE.json, or --template FILE.json with --workspaces TARGETS.</source>
        <translation>sync braucht entweder --desired FILE.json oder --template FILE.json mit --workspaces TARGETS.</translation>
    </message>
    <message>
        <source>--template needs --workspaces TARGETS, the workspaces to give the template to.</source>
        <translation>--template braucht --workspaces TARGETS, die Arbeitsbereiche, die die Vorlage erhalten.</translation>
    </message>
    <message>
        <source>--workspaces goes with --template; with --desired the file lists the workspaces.</source>
        <translation>--workspaces gehört zu --template; bei --desired listet die Datei die Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>The template %1 holds %2 workspaces; a template holds exactly one. Export one workspace, or use --desired.</source>
        <translation>Die Vorlage %1 enthält %2 Arbeitsbereiche; eine Vorlage enthält genau einen. Exportieren Sie einen Arbeitsbereich, oder verwenden Sie --desired.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; in %2 has no &quot;id&quot;; a desired state names each workspace by its ID.</source>
        <translation>Der Arbeitsbereich &quot;%1&quot; in %2 hat keine &quot;id&quot;; ein Sollzustand nennt jeden Arbeitsbereich bei seiner ID.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>würde übereinstimmen</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>würde nicht übereinstimmen</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file (their ring settings and criteria), without a window: each workspace is read, planned and sent only what differs. The token is found as for apply. Exit codes: 0 every workspace matches (or would, in a dry run); 3 some failed or were left not matching; 2 bad input or no token.</source>
        <translation>Arbeitsbereiche ohne Fenster einer Zustandsdatei angleichen (ihre Klingeleinstellungen und Kriterien): Jeder Arbeitsbereich wird gelesen, geplant und erhält nur, was abweicht. Das Token wird wie bei apply gefunden. Exit-Codes: 0 jeder Arbeitsbereich stimmt überein (oder würde es im Probelauf); 3 einige sind fehlgeschlagen oder stimmen nicht überein; 2 ungültige Eingabe oder kein Token.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the sync to continue.</source>
        <translation>--resume braucht --journal FILE, das Journal der fortzusetzenden Synchronisierung.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>Das Journal %1 enthält bereits einen Lauf: Fügen Sie --resume hinzu, um ihn fortzusetzen, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Ratenbegrenzung: Jede Anfrage wartet %1 s.</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 match, %3 failed, %4 left not matching. Journal: %5</source>
        <translation>%1 Arbeitsbereiche: %2 stimmen überein, %3 fehlgeschlagen, %4 stimmen nicht überein. Journal: %5</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>keines (Probelauf)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 would match, %4 failed, %5 would not match</source>
        <translation>%1/%2 · %3 würden übereinstimmen, %4 fehlgeschlagen, %5 würden nicht übereinstimmen</translation>
    </message>
    <message>
        <source>%1/%2 · %3 match, %4 failed, %5 not matching</source>
        <translation>%1/%2 · %3 stimmen überein, %4 fehlgeschlagen, %5 stimmen nicht überein</translation>
    </message>
    <message numerus="yes">
        <source>%n writes to send</source>
        <translation>
            <numerusform>%n Schreibvorgang zu senden</numerusform>
            <numerusform>%n Schreibvorgänge zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writes done</source>
        <translation>
            <numerusform>%n Schreibvorgang erledigt</numerusform>
            <numerusform>%n Schreibvorgänge erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited: every request waits %n s</source>
        <translation>
            <numerusform>Rate-Limit: jede Anfrage wartet %n s</numerusform>
            <numerusform>Rate-Limit: jede Anfrage wartet %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>Fortschritt:</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>%1 (in an earlier run, recorded in the journal; not touched).</source>
        <translation>%1 (in einem früheren Lauf, im Journal aufgezeichnet; nicht berührt).</translation>
    </message>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>Seine Lizenz konnte nicht gelesen werden; der Dienst entscheidet.</translation>
    </message>
    <message>
        <source>Sent by an earlier run whose answer was not recorded; found done by reading the workspace, not sent again.</source>
        <translation>Von einem früheren Lauf gesendet, dessen Antwort nicht aufgezeichnet wurde; beim Lesen des Arbeitsbereichs als erledigt gefunden, nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The answer was lost; found done by reading the workspace, not sent again.</source>
        <translation>Die Antwort ging verloren; beim Lesen des Arbeitsbereichs als erledigt gefunden, nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>It failed for a reason not given.</source>
        <translation>Er ist aus einem nicht genannten Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not sent: an earlier write to this workspace failed.</source>
        <translation>Nicht gesendet: Ein früherer Schreibvorgang an diesen Arbeitsbereich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>in einem früheren Lauf erledigt</translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>Cannot read the workspaces file %1: %2.</source>
        <translation>Die Workspace-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The workspaces file %1 is larger than %2 MiB.</source>
        <translation>Die Workspace-Datei %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Workspaces file %1: %2</source>
        <translation>Workspace-Datei %1: %2</translation>
    </message>
    <message>
        <source>It names no workspace: give one workspace ID or display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Sie nennt keinen Workspace: Geben Sie eine Workspace-ID oder einen Anzeigenamen pro Zeile an, oder eine CSV-Datei mit einer Spalte workspaceId oder displayName.</translation>
    </message>
</context>
<context>
    <name>TestCallSubcommand</name>
    <message>
        <source>--caller &quot;%1&quot;: %2</source>
        <translation>--caller „%1“: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Time used: %1 in %2, the time zone of %3 (the location of %4).</source>
        <translation>Verwendete Zeit: %1 in %2, der Zeitzone von %3 (dem Standort von %4).</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace: whether it rings sequentially, which criteria decides, and the ring sequence, from the schedules, criteria and ring settings read afresh from the service. Times are wall-clock times at the workspace&apos;s location. The token is found as apply finds it. Exit codes: 0 an answer; 1 the service could not be read; 2 bad input or no token.</source>
        <translation>Sagt, was mit einem Anruf an einen Arbeitsbereich geschieht: ob er sequenziell klingelt, welches Kriterium entscheidet und die Klingelfolge, aus den Zeitplänen, Kriterien und Klingeleinstellungen, frisch vom Dienst gelesen. Zeiten sind Ortszeiten am Standort des Arbeitsbereichs. Das Token wird wie bei apply gefunden. Exit-Codes: 0 eine Antwort; 1 der Dienst konnte nicht gelesen werden; 2 ungültige Eingabe oder kein Token.</translation>
    </message>
    <message>
        <source>The workspace the call is made to.</source>
        <translation>Der Arbeitsbereich, der angerufen wird.</translation>
    </message>
    <message>
        <source>Who calls: a phone number (+E.164, or national in the country of the location&apos;s time zone), private (number withheld) or unavailable (no number).</source>
        <translation>Wer anruft: eine Telefonnummer (+E.164, oder national im Land der Zeitzone des Standorts), private (Nummer unterdrückt) oder unavailable (keine Nummer).</translation>
    </message>
    <message>
        <source>When, at the location: &quot;YYYY-MM-DD HH:MM&quot; (24 h). Default: now at the location.</source>
        <translation>Wann, am Standort: „YYYY-MM-DD HH:MM“ (24 h). Standard: jetzt am Standort.</translation>
    </message>
    <message>
        <source>Print the outcome as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>test-call needs --workspace ID and --caller NUMBER, private or unavailable.</source>
        <translation>test-call braucht --workspace ID und --caller NUMMER, private oder unavailable.</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not a date and time: write it as &quot;YYYY-MM-DD HH:MM&quot; (24 h), e.g. &quot;2026-12-25 10:00&quot;.</source>
        <translation>--at „%1“ ist kein Datum mit Uhrzeit: schreiben Sie es als „YYYY-MM-DD HH:MM“ (24 h), z. B. „2026-12-25 10:00“.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the API address in the settings.</source>
        <translation>Die Adresse „%1“ ist keine gültige Webadresse. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; uses unencrypted http to another computer, which would expose the access token. Nothing was sent. Use an https address; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die Adresse „%1“ verwendet unverschlüsseltes http zu einem anderen Computer, wodurch das Zugriffstoken offengelegt würde. Es wurde nichts gesendet. Verwenden Sie eine https-Adresse; reines http ist nur für diesen Computer zulässig (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not start with https://. Nothing was sent. Check the API address in the settings.</source>
        <translation>Die Adresse „%1“ beginnt nicht mit https://. Es wurde nichts gesendet. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request from a secure https address to the insecure address &quot;%1&quot;. The redirect was refused.</source>
        <translation>Der Server hat versucht, die Anfrage von einer sicheren https-Adresse an die unsichere Adresse „%1“ umzuleiten. Die Umleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request to another host, &quot;%1&quot;. The redirect was refused so that the access token is not sent there. Check the API address.</source>
        <translation>Der Server hat versucht, die Anfrage an einen anderen Host („%1“) umzuleiten. Die Umleitung wurde abgelehnt, damit das Zugriffstoken nicht dorthin gesendet wird. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request, and the new address is not allowed: %1</source>
        <translation>Der Server hat versucht, die Anfrage umzuleiten, und die neue Adresse ist nicht zulässig: %1</translation>
    </message>
    <message>
        <source>The API root is empty. Use https://webexapis.com/v1, or choose the sandbox.</source>
        <translation>Die API-Basis-URL ist leer. Verwenden Sie https://webexapis.com/v1 oder wählen Sie die Sandbox.</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; is not a valid URL. Use a full address such as https://webexapis.com/v1.</source>
        <translation>Die API-Basis-URL „%1“ ist keine gültige URL. Verwenden Sie eine vollständige Adresse wie https://webexapis.com/v1.</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; uses http, which would send the token unencrypted. Use https (http is allowed only for this computer, such as the sandbox).</source>
        <translation>Die API-Basis-URL „%1“ verwendet http, wodurch das Token unverschlüsselt gesendet würde. Verwenden Sie https (http ist nur für diesen Computer zulässig, etwa für die Sandbox).</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; must start with https://.</source>
        <translation>Die API-Basis-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>%1 criteria</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>All hours criteria</source>
        <translation>Kriterium für alle Zeiten</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formular: %1</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>klingelt nicht</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: holiday</source>
        <translation>%1: Feiertag</translation>
    </message>
    <message>
        <source>%1: its schedule is not at this location, never in effect</source>
        <translation>%1: Sein Zeitplan gehört nicht zu diesem Standort, nie wirksam</translation>
    </message>
    <message>
        <source>%1: not in effect this week</source>
        <translation>%1: in dieser Woche nicht wirksam</translation>
    </message>
    <message>
        <source>its schedule is not at this location</source>
        <translation>sein Zeitplan gehört nicht zu diesem Standort</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>Vorhandene Kriterien</translation>
    </message>
    <message>
        <source>Target and criteria</source>
        <translation>Ziel und Kriterien</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>Wann es klingelt</translation>
    </message>
    <message>
        <source>Request preview and When it rings</source>
        <translation>Anfragevorschau und Wann es klingelt</translation>
    </message>
</context>
<context>
    <name>WorkspaceEntry</name>
    <message>
        <source>Webex Calling</source>
        <translation>Webex Calling</translation>
    </message>
    <message>
        <source>Free calling</source>
        <translation>Free Calling</translation>
    </message>
    <message>
        <source>Hybrid calling</source>
        <translation>Hybrid Calling</translation>
    </message>
    <message>
        <source>No calling</source>
        <translation>Keine Telefonie</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Basic workspace license</source>
        <translation>Basislizenz für Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Not Webex Calling</source>
        <translation>Nicht Webex Calling</translation>
    </message>
    <message>
        <source>License not known</source>
        <translation>Lizenz unbekannt</translation>
    </message>
    <message>
        <source>sequential ring needs the Professional license</source>
        <translation>sequenzielles Klingeln erfordert die Professional-Lizenz</translation>
    </message>
    <message>
        <source>the workspace is not on Webex Calling</source>
        <translation>der Arbeitsbereich nutzt nicht Webex Calling</translation>
    </message>
    <message>
        <source>the license could not be read; the service will refuse the criteria unless the workspace has the Professional license</source>
        <translation>die Lizenz konnte nicht gelesen werden; der Dienst lehnt das Kriterium ab, sofern der Arbeitsbereich nicht die Professional-Lizenz hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceResolver</name>
    <message>
        <source>No workspace has the ID %1 in this organization.</source>
        <translation>Kein Workspace dieser Organisation hat die ID %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>Der Workspace konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The workspace named &quot;%1&quot; could not be looked up: %2</source>
        <translation>Der Workspace „%1“ konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>No workspace is named exactly &quot;%1&quot; (line %2).</source>
        <translation>Kein Workspace heißt genau „%1“ (Zeile %2).</translation>
    </message>
    <message>
        <source>%1 workspaces are named &quot;%2&quot; (line %3); give the ID of the one meant instead: %4.</source>
        <translation>%1 Workspaces heißen „%2“ (Zeile %3); geben Sie stattdessen die ID des gemeinten an: %4.</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace %1 with another workspace (&quot;%2&quot;); it was not changed.</source>
        <translation>Webex hat die Abfrage des Arbeitsbereichs %1 mit einem anderen Arbeitsbereich (&quot;%2&quot;) beantwortet; er wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create Webex Calling sequential ring criteria for a workspace, and see the exact request before sending it.</source>
        <translation>Kriterien für sequenzielles Klingeln in Webex Calling für einen Arbeitsbereich erstellen und die genaue Anfrage vor dem Senden ansehen.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox API with its demo token.</source>
        <translation>Die integrierte Sandbox-API mit ihrem Demo-Token verwenden.</translation>
    </message>
    <message>
        <source>Workspace ID.</source>
        <translation>Arbeitsbereichs-ID.</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, ja, en).</source>
        <translation>Sprache der Oberfläche (de, fr, ja, en).</translation>
    </message>
    <message>
        <source>Print the request DRAFT would send (token redacted) and exit; exit code 2 if it is invalid.</source>
        <translation>Die Anfrage ausgeben, die DRAFT senden würde (Token unkenntlich gemacht), und beenden; Exit-Code 2, wenn der Entwurf ungültig ist.</translation>
    </message>
    <message>
        <source>Open a draft in the window.</source>
        <translation>Einen Entwurf im Fenster öffnen.</translation>
    </message>
    <message>
        <source>Client ID of the Webex integration to sign in with (else WEBEX_CLIENT_ID, else the settings).</source>
        <translation>Client-ID der Webex-Integration für die Anmeldung (sonst WEBEX_CLIENT_ID, sonst die Einstellungen).</translation>
    </message>
    <message>
        <source>Apply a draft&apos;s criteria to many workspaces, with no window; see seqring-admin apply --help.</source>
        <translation>Das Kriterium eines Entwurfs ohne Fenster auf viele Workspaces anwenden; siehe seqring-admin apply --help.</translation>
    </message>
    <message>
        <source>Unknown screenshot scene %1; the scenes are: %2.</source>
        <translation>Unbekannte Bildschirmfoto-Szene %1; die Szenen sind: %2.</translation>
    </message>
    <message>
        <source>A draft to open in the window, as --open does (the desktop entry passes the file opened with it).</source>
        <translation>Ein Entwurf, der im Fenster geöffnet wird, wie mit --open (der Desktop-Eintrag übergibt die damit geöffnete Datei).</translation>
    </message>
    <message>
        <source>One draft at a time: %1 were given.</source>
        <translation>Nur ein Entwurf auf einmal: angegeben wurden %1.</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace, with no window; see seqring-admin test-call --help.</source>
        <translation>Ohne Fenster sagen, was mit einem Anruf an einen Arbeitsbereich geschieht; siehe seqring-admin test-call --help.</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, with no window; see seqring-admin sync --help.</source>
        <translation>Arbeitsbereiche ohne Fenster einer Zustandsdatei angleichen; siehe seqring-admin sync --help.</translation>
    </message>
    <message>
        <source>Export every workspace&apos;s sequential ring settings and criteria to a state file, with no window; see seqring-admin export --help.</source>
        <translation>Die Einstellungen für sequenzielles Klingeln und die Kriterien jedes Arbeitsbereichs ohne Fenster in eine Statusdatei exportieren; siehe seqring-admin export --help.</translation>
    </message>
</context>
<context>
    <name>seqring::ApiJob</name>
    <message>
        <source>The server&apos;s reply is %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>Die Antwort des Servers ist %1 Byte lang, mehr als die %2 Byte, die dieses Programm akzeptiert. Sie wurde nicht gelesen. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s reply grew beyond the %1 bytes this program accepts, so it was not read to the end. Check the API address.</source>
        <translation>Die Antwort des Servers überschritt die %1 Byte, die dieses Programm akzeptiert, und wurde daher nicht bis zum Ende gelesen. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change may or may not have been made. Reload to check before you try again.</source>
        <translation>Ob die Änderung vorgenommen wurde, ist ungewiss. Laden Sie neu und prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply headers are %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>Die Kopfzeilen der Serverantwort sind %1 Byte lang, mehr als die %2 Byte, die dieses Programm annimmt. Sie wurde nicht gelesen. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s). Check your network and the API address, then try again.</source>
        <translation>
            <numerusform>Der Server hat seine Antwort nicht innerhalb von %n Sekunde beendet. Prüfen Sie Ihr Netzwerk und die API-Adresse und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Server hat seine Antwort nicht innerhalb von %n Sekunden beendet. Prüfen Sie Ihr Netzwerk und die API-Adresse und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered %1 and then sent more than the %2 bytes this program accepts, so the rest was not read. %3</source>
        <translation>Der Dienst hat mit %1 geantwortet und dann mehr als die %2 Bytes gesendet, die dieses Programm annimmt; der Rest wurde nicht gelesen. %3</translation>
    </message>
    <message numerus="yes">
        <source>The service answered %1 and then sent nothing more for %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>Der Dienst hat mit %1 geantwortet und dann %n Sekunde lang nichts mehr gesendet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Dienst hat mit %1 geantwortet und dann %n Sekunden lang nichts mehr gesendet. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was probably carried out.</source>
        <translation>Die Anfrage wurde wahrscheinlich ausgeführt.</translation>
    </message>
</context>
<context>
    <name>seqring::AutosaveOffer</name>
    <message>
        <source>It could not be set aside and was removed; nothing was restored.</source>
        <translation>Sie konnte nicht beiseitegelegt werden und wurde entfernt; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>It was set aside as &quot;%1&quot;; nothing was restored.</source>
        <translation>Sie wurde als „%1“ beiseitegelegt; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Automatische Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The autosaved form was restored.</source>
        <translation>Das automatisch gesicherte Formular wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Put the autosaved form back</source>
        <translation>Das automatisch gesicherte Formular zurückholen</translation>
    </message>
    <message>
        <source>Delete the autosave and keep the form as it is</source>
        <translation>Die automatische Sicherung löschen und das Formular lassen, wie es ist</translation>
    </message>
    <message>
        <source>Changes to a criteria were autosaved %1 (%2) and not saved on the service when seqring-admin last ended.</source>
        <translation>Änderungen an einem Kriterium wurden %1 (%2) automatisch gesichert und beim letzten Beenden von seqring-admin nicht im Dienst gespeichert.</translation>
    </message>
    <message>
        <source>A form was autosaved %1 (%2) when seqring-admin last ended without a clean quit.</source>
        <translation>Ein Formular wurde %1 (%2) automatisch gesichert, als seqring-admin zuletzt ohne ordentliches Beenden endete.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkActions</name>
    <message>
        <source>Apply to se&amp;veral workspaces…</source>
        <translation>Auf &amp;mehrere Arbeitsbereiche anwenden…</translation>
    </message>
    <message>
        <source>Apply the criteria of the form to many workspaces at once</source>
        <translation>Das Kriterium des Formulars auf viele Arbeitsbereiche auf einmal anwenden</translation>
    </message>
    <message>
        <source>Resume the earlier run?</source>
        <translation>Früheren Lauf fortsetzen?</translation>
    </message>
    <message>
        <source>A run of Apply to several workspaces did not finish (its journal is %1). Resume it? Workspaces already done are not sent again; for those whose create was in flight, their criteria are read first.</source>
        <translation>Ein Lauf von „Auf mehrere Arbeitsbereiche anwenden“ wurde nicht beendet (sein Journal ist %1). Fortsetzen? Bereits erledigte Arbeitsbereiche werden nicht erneut gesendet; bei jenen, deren Erstellung unterwegs war, werden zuerst die Kriterien gelesen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>seqring::BulkController</name>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Ein Lauf ist im Gange; warten Sie, bis er endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Retry failed needs a finished run (not a check).</source>
        <translation>„Fehlgeschlagene wiederholen“ braucht einen beendeten Lauf (keine Prüfung).</translation>
    </message>
    <message>
        <source>No workspace failed: there is nothing to retry.</source>
        <translation>Kein Arbeitsbereich ist fehlgeschlagen: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>Kein Token für %1: Legen Sie ein Token fest oder melden Sie sich an, dann setzen Sie fort.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkRun</name>
    <message>
        <source>Done in an earlier run (recorded in the journal); not sent again.</source>
        <translation>In einem früheren Lauf erledigt (im Journal aufgezeichnet); nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>Die Zeitpläne seines Standorts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its sequential ring settings could not be read: %1</source>
        <translation>Seine Einstellungen für sequenzielles Klingeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Warning: its sequential ring is off; the criteria has no effect until it is turned on.</source>
        <translation>Warnung: Sein sequenzielles Klingeln ist aus; das Kriterium wirkt erst, wenn es eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Created by an earlier run (found by reading its criteria); not sent again.</source>
        <translation>Von einem früheren Lauf erstellt (beim Lesen seiner Kriterien gefunden); nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>It already has a criteria with this schedule and calls-from (ID %1).</source>
        <translation>Er hat bereits ein Kriterium mit diesem Zeitplan und diesen Anrufern (ID %1).</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
    <message>
        <source>Created (the answer was lost; found by reading its criteria).</source>
        <translation>Erstellt (die Antwort ging verloren; beim Lesen seiner Kriterien gefunden).</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled before this workspace&apos;s turn.</source>
        <translation>Nicht gesendet: Der Lauf wurde abgebrochen, bevor dieser Arbeitsbereich an der Reihe war.</translation>
    </message>
    <message>
        <source>Created: %1 It was found by reading its criteria.</source>
        <translation>Erstellt: %1 Sie wurde beim Lesen ihrer Kriterien gefunden.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkTargetsPanel</name>
    <message>
        <source>Workspace na&amp;me contains</source>
        <translation>Na&amp;me des Arbeitsbereichs enthält</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>Teil des Arbeitsbereichsnamens; leer zeigt alle an</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>S&amp;tandort</translation>
    </message>
    <message>
        <source>Found &amp;workspaces</source>
        <translation>&amp;Gefundene Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>Found workspaces</source>
        <translation>Gefundene Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Select &amp;all results</source>
        <translation>&amp;Alle Ergebnisse auswählen</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>Ausgewählte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Add the workspaces of a file: one ID or exact display name per line, or a CSV with a workspaceId or displayName column</source>
        <translation>Die Arbeitsbereiche einer Datei hinzufügen: eine ID oder ein exakter Anzeigename pro Zeile, oder eine CSV mit einer Spalte workspaceId oder displayName</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace found.</source>
        <translation>Kein Arbeitsbereich gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n Arbeitsbereich gefunden.</numerusform>
            <numerusform>%n Arbeitsbereiche gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspaces</source>
        <translation>Arbeitsbereiche importieren</translation>
    </message>
    <message>
        <source>Workspace lists (*.csv *.txt);;All files (*)</source>
        <translation>Arbeitsbereichslisten (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Workspaces not imported</source>
        <translation>Arbeitsbereiche nicht importiert</translation>
    </message>
    <message>
        <source>(found by name when run)</source>
        <translation>(beim Lauf über den Namen gesucht)</translation>
    </message>
</context>
<context>
    <name>seqring::BulkWindow</name>
    <message>
        <source>Select a workspace in the results to see its request.</source>
        <translation>Wählen Sie einen Arbeitsbereich in den Ergebnissen, um seine Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>Apply to several workspaces</source>
        <translation>Auf mehrere Arbeitsbereiche anwenden</translation>
    </message>
    <message>
        <source>On &amp;duplicate</source>
        <translation>Bei &amp;Duplikat</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Trotzdem erstellen</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from</source>
        <translation>Ein Arbeitsbereich, der bereits ein Kriterium mit demselben Zeitplan und denselben Anrufern hat</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Parallelität</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10)</source>
        <translation>Gleichzeitige Anfragen, Abfragen eingeschlossen (1 bis 10)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Check every target and send nothing (a dry run)</source>
        <translation>Jedes Ziel prüfen und nichts senden (Probelauf)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Send nothing new; the requests in flight finish</source>
        <translation>Nichts Neues senden; laufende Anfragen werden beendet</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Run again for the workspaces not created</source>
        <translation>Erneut für die nicht erstellten Arbeitsbereiche ausführen</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>Kriteriums-ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Tracking-ID</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>The earlier run was not resumed</source>
        <translation>Der frühere Lauf wurde nicht fortgesetzt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 remaining</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen, %4 verbleibend</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: every request waits %n s.</source>
        <translation>
            <numerusform>Ratenbegrenzung: Jede Anfrage wartet %n s.</numerusform>
            <numerusform>Ratenbegrenzung: Jede Anfrage wartet %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Would be created</source>
        <translation>Würde erstellt</translation>
    </message>
    <message>
        <source>No request: this workspace was not found.</source>
        <translation>Keine Anfrage: Dieser Arbeitsbereich wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Ergebnisse nicht exportiert</translation>
    </message>
    <message>
        <source>Template: the criteria in the form (its own workspace ID is ignored).</source>
        <translation>Vorlage: das Kriterium im Formular (seine eigene Arbeitsbereichs-ID wird ignoriert).</translation>
    </message>
    <message>
        <source>The criteria in the form has errors: correct them in the main window first.</source>
        <translation>Das Kriterium im Formular hat Fehler: Korrigieren Sie sie zuerst im Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>seqring::CallActions</name>
    <message>
        <source>Reading the workspace&apos;s criteria and schedules…</source>
        <translation>Die Kriterien und Zeitpläne des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Choose a workspace to see when its calls ring.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um zu sehen, wann seine Anrufe klingeln.</translation>
    </message>
    <message>
        <source>No workspace is chosen: choose one (Edit &gt; Choose workspace…), then test the call again.</source>
        <translation>Kein Arbeitsbereich gewählt: Wählen Sie einen (Bearbeiten &gt; Arbeitsbereich auswählen…) und testen Sie den Anruf erneut.</translation>
    </message>
    <message>
        <source>Test a c&amp;all…</source>
        <translation>Anru&amp;f testen…</translation>
    </message>
    <message>
        <source>What happens to a call from a caller at a date and time</source>
        <translation>Was mit einem Anruf eines Anrufers zu einem Datum und einer Uhrzeit geschieht</translation>
    </message>
</context>
<context>
    <name>seqring::CallScenarioReader</name>
    <message>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace %1 has no location, so it has no schedules or time zone: assign it to a location.</source>
        <translation>Der Arbeitsbereich %1 hat keinen Standort und damit weder Zeitpläne noch Zeitzone: Weisen Sie ihn einem Standort zu.</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>die Einstellungen für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>The criteria %1 was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>Das Kriterium %1 war aufgeführt, wurde aber nicht gefunden (inzwischen entfernt?); es wird ausgelassen.</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>das Kriterium %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Das Kriterium %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>der Standort</translation>
    </message>
    <message>
        <source>The location %1 has no time zone (timeZone), so its schedules cannot be placed in time: set the location&apos;s time zone.</source>
        <translation>Der Standort %1 hat keine Zeitzone (timeZone), daher lassen sich seine Zeitpläne zeitlich nicht einordnen: Legen Sie die Zeitzone des Standorts fest.</translation>
    </message>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>die Zeitpläne des Standorts</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is listed without an ID or a known type; it is left out.</source>
        <translation>Der Zeitplan „%1“ ist ohne ID oder bekannten Typ aufgeführt; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>Der Zeitplan „%1“ war aufgeführt, wurde aber nicht gefunden (inzwischen entfernt?); er wird ausgelassen.</translation>
    </message>
    <message>
        <source>the schedule &quot;%1&quot;</source>
        <translation>der Zeitplan „%1“</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; could not be read: %2</source>
        <translation>Der Zeitplan „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;: %2</source>
        <translation>Zeitplan „%1“: %2</translation>
    </message>
</context>
<context>
    <name>seqring::CallTestDialog</name>
    <message>
        <source>Reading the schedules, the criteria and the ring settings…</source>
        <translation>Zeitpläne, Kriterien und Klingeleinstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Test a call</source>
        <translation>Anruf testen</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Anrufer:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Private caller</source>
        <translation>Anonymer Anrufer</translation>
    </message>
    <message>
        <source>Unavailable caller</source>
        <translation>Nicht verfügbarer Anrufer</translation>
    </message>
    <message>
        <source>A phone number, Private caller or Unavailable caller</source>
        <translation>Eine Telefonnummer, Anonymer Anrufer oder Nicht verfügbarer Anrufer</translation>
    </message>
    <message>
        <source>(time at the workspace&apos;s location)</source>
        <translation>(Uhrzeit am Standort des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Date and time at %1 (%2)</source>
        <translation>Datum und Uhrzeit in %1 (%2)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>What happens to the call</source>
        <translation>Was mit dem Anruf geschieht</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved</source>
        <translation>Wenn die Kriterien des Formulars gespeichert wären</translation>
    </message>
</context>
<context>
    <name>seqring::CreateCriteriaJob</name>
    <message>
        <source>Webex answered %1 but did not return the ID of a new criteria. The criteria was probably created: reload the workspace&apos;s criteria list to check before you create it again.</source>
        <translation>Webex hat mit %1 geantwortet, aber keine ID eines neuen Kriteriums zurückgegeben. Das Kriterium wurde wahrscheinlich erstellt: Laden Sie die Kriterienliste des Arbeitsbereichs neu und prüfen Sie das, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>The criteria may or may not have been created. Reload the workspace&apos;s criteria list to check before you create it again, so that it does not exist twice.</source>
        <translation>Ob das Kriterium erstellt wurde, ist ungewiss. Laden Sie die Kriterienliste des Arbeitsbereichs neu und prüfen Sie das, bevor Sie es erneut erstellen, damit es nicht doppelt vorhanden ist.</translation>
    </message>
    <message>
        <source>The criteria was probably created.</source>
        <translation>Das Kriterium wurde wahrscheinlich erstellt.</translation>
    </message>
</context>
<context>
    <name>seqring::CreatedCheck</name>
    <message>
        <source>The criteria was created after all (ID %1). Do not create it again.</source>
        <translation>Das Kriterium wurde doch erstellt (ID %1). Erstellen Sie es nicht noch einmal.</translation>
    </message>
    <message>
        <source>Whether the criteria was created could not be checked: %1</source>
        <translation>Es konnte nicht geprüft werden, ob das Kriterium erstellt wurde: %1</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The criteria was not created: the workspace has no criteria like it. You can create it again.</source>
        <translation>Das Kriterium wurde nicht erstellt: Der Arbeitsbereich hat kein entsprechendes Kriterium. Sie können es erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaConflictDialog</name>
    <message>
        <source>The criteria changed on the service</source>
        <translation>Das Kriterium wurde im Dienst geändert</translation>
    </message>
    <message>
        <source>Someone deleted this criteria on the service after you loaded it. Create it again with your version, or cancel and keep editing.</source>
        <translation>Jemand hat dieses Kriterium im Dienst gelöscht, nachdem Sie es geladen haben. Erstellen Sie es mit Ihrer Fassung neu, oder brechen Sie ab und bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>Someone changed this criteria on the service after you loaded it. Overwrite it with your version, load theirs into the form, or cancel.</source>
        <translation>Jemand hat dieses Kriterium im Dienst geändert, nachdem Sie es geladen haben. Überschreiben Sie es mit Ihrer Fassung, laden Sie die andere Fassung ins Formular, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>&amp;Ihre Fassung</translation>
    </message>
    <message>
        <source>On the &amp;service</source>
        <translation>Im &amp;Dienst</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Über&amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>Deren Fassung &amp;laden</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>&amp;Neu erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaDetailView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Copy this criteria into the form to create a new one from it</source>
        <translation>Dieses Kriterium in das Formular übernehmen, um daraus ein neues zu erstellen</translation>
    </message>
    <message>
        <source>Delete this criteria from the workspace, after a confirmation</source>
        <translation>Dieses Kriterium nach einer Bestätigung aus dem Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>Rund um die Uhr, an allen Tagen</translation>
    </message>
    <message>
        <source>Any phone number</source>
        <translation>Beliebige Telefonnummer</translation>
    </message>
    <message>
        <source>Selected phone numbers</source>
        <translation>Ausgewählte Telefonnummern</translation>
    </message>
    <message>
        <source>Private: %1, unavailable: %2</source>
        <translation>Privat: %1, ohne Nummer: %2</translation>
    </message>
    <message>
        <source>Select a criteria above to see it here.</source>
        <translation>Wählen Sie oben ein Kriterium aus, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;</source>
        <translation>Zeitplan „%1“</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>beliebige Nummer</translation>
    </message>
    <message>
        <source>selected numbers</source>
        <translation>ausgewählte Nummern</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>rings sequentially</source>
        <translation>klingelt sequenziell</translation>
    </message>
    <message>
        <source>does not ring sequentially</source>
        <translation>klingelt nicht sequenziell</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>Kriteriums-ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Anrufe von</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Private or unavailable callers</source>
        <translation>Private Anrufer / ohne Nummer</translation>
    </message>
    <message>
        <source>Rings sequentially</source>
        <translation>Klingelt sequenziell</translation>
    </message>
    <message>
        <source>Use as template</source>
        <translation>Als Vorlage verwenden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Load this criteria into the form to change it</source>
        <translation>Dieses Kriterium zum Ändern ins Formular laden</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaForm</name>
    <message>
        <source>Sequential ring criteria</source>
        <translation>Kriterium für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Only during a schedule</source>
        <translation>Nur &amp;während eines Zeitplans</translation>
    </message>
    <message>
        <source>When off, the criteria holds at all hours on all days.</source>
        <translation>Wenn deaktiviert, gilt das Kriterium rund um die Uhr an allen Tagen.</translation>
    </message>
    <message>
        <source>Schedule &amp;name</source>
        <translation>Zeitplanna&amp;me</translation>
    </message>
    <message>
        <source>The name of a location schedule. Type it, or choose one of the location&apos;s schedules.</source>
        <translation>Der Name eines Standortzeitplans. Geben Sie ihn ein oder wählen Sie einen der Zeitpläne des Standorts.</translation>
    </message>
    <message>
        <source>Schedule &amp;type</source>
        <translation>Zeitplant&amp;yp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Location schedule (GROUP)</source>
        <translation>Standortzeitplan (GROUP)</translation>
    </message>
    <message>
        <source>Schedule level</source>
        <translation>Zeitplanebene</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Anrufe von</translation>
    </message>
    <message>
        <source>&amp;Any phone number</source>
        <translation>Beliebi&amp;ge Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Select phone numbers</source>
        <translation>Ausgew&amp;ählte Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Private (anonymous) callers</source>
        <translation>&amp;Private (anonyme) Anrufer</translation>
    </message>
    <message>
        <source>&amp;Unavailable callers</source>
        <translation>Anrufer ohne verf&amp;ügbare Nummer</translation>
    </message>
    <message>
        <source>&amp;Ring sequentially for matching calls</source>
        <translation>Passende Anrufe se&amp;quenziell klingeln lassen</translation>
    </message>
    <message>
        <source>Criteria which do not ring take priority over criteria which ring.</source>
        <translation>Kriterien ohne Klingeln haben Vorrang vor Kriterien mit Klingeln.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Holidays schedule</source>
        <translation>Zeitplan für Feiertage</translation>
    </message>
    <message>
        <source>Business hours schedule</source>
        <translation>Zeitplan für Geschäftszeiten</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Zeitplanname</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>seqring::DraftActions</name>
    <message>
        <source>&amp;Open draft…</source>
        <translation>Entwurf ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save draft…</source>
        <translation>Entwurf &amp;speichern…</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>Entwurf speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>The form was left as it was.</source>
        <translation>Das Formular wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Drafts (*.json)</source>
        <translation>Entwürfe (*.json)</translation>
    </message>
</context>
<context>
    <name>seqring::EditController</name>
    <message>
        <source>All hours, all days</source>
        <translation>Rund um die Uhr, an allen Tagen</translation>
    </message>
    <message>
        <source>Nothing has changed since the criteria was loaded.</source>
        <translation>Seit dem Laden des Kriteriums wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>des Kriteriums</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Das Kriterium %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The criteria was created again as %1.</source>
        <translation>Das Kriterium wurde als %1 neu erstellt.</translation>
    </message>
    <message>
        <source>Changes to the criteria %1 were saved.</source>
        <translation>Die Änderungen am Kriterium %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Webex keeps a criteria&apos;s schedule when a change leaves it out, so &quot;Only during a schedule&quot; cannot be turned off here. To ring at all hours, create a new criteria without a schedule and delete this one.</source>
        <translation>Webex behält den Zeitplan eines Kriteriums, wenn eine Änderung ihn weglässt; „Nur während eines Zeitplans“ kann hier deshalb nicht ausgeschaltet werden. Um zu jeder Zeit zu klingeln, erstellen Sie ein neues Kriterium ohne Zeitplan und löschen Sie dieses.</translation>
    </message>
</context>
<context>
    <name>seqring::EditModeBar</name>
    <message>
        <source>Edit criteria</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>&amp;Neu erstellen</translation>
    </message>
    <message>
        <source>Send the form&apos;s criteria as a new criteria (POST)</source>
        <translation>Das Kriterium des Formulars als neues Kriterium senden (POST)</translation>
    </message>
    <message>
        <source>Editing criteria “%1” — seqring-admin</source>
        <translation>Kriterium „%1“ bearbeiten — seqring-admin</translation>
    </message>
    <message>
        <source>Sequential ring criteria — seqring-admin</source>
        <translation>Kriterien für sequenzielles Klingeln — seqring-admin</translation>
    </message>
    <message>
        <source>No changes against the loaded criteria.</source>
        <translation>Keine Änderungen gegenüber dem geladenen Kriterium.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Editing criteria “%1”</source>
        <translation>Kriterium „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Go back to creating a new criteria, without sending (Esc)</source>
        <translation>Zurück zum Erstellen eines neuen Kriteriums, ohne zu senden (Esc)</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>Bearbeitungsmodus</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>seqring::ErrorDialog</name>
    <message>
        <source>Criteria may have been created</source>
        <translation>Kriterium wurde möglicherweise erstellt</translation>
    </message>
    <message>
        <source>Criteria not created</source>
        <translation>Kriterium nicht erstellt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The request failed, but Webex may have carried it out.</source>
        <translation>Die Anfrage ist fehlgeschlagen, aber Webex hat sie möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Webex may have carried out the request. Check whether it was created before you try again.</source>
        <translation>Webex hat die Anfrage möglicherweise ausgeführt. Prüfen Sie, ob das Kriterium erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The request failed without an answer from Webex.</source>
        <translation>Die Anfrage ist ohne Antwort von Webex fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex meldet: %1</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (Fehlercode %2)</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Der Dienst bittet, %n Sekunde zu warten, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Der Dienst bittet, %n Sekunden zu warten, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking &amp;ID:</source>
        <translation>Tracking-&amp;ID:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Webex support asks for this ID.</source>
        <translation>Der Webex-Support fragt nach dieser ID.</translation>
    </message>
    <message>
        <source>&amp;Copy tracking ID</source>
        <translation>Tracking-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Rohdaten der Antwort</translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation>Es wurde keine Antwort empfangen.</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>seqring::ExistingCriteriaPanel</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Anrufe von</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>Vorhandene Kriterien</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Abfrage läuft</translation>
    </message>
    <message>
        <source>Stop the lookups in progress</source>
        <translation>Die laufenden Abfragen anhalten</translation>
    </message>
    <message>
        <source>The criteria %1 was deleted.</source>
        <translation>Das Kriterium %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Choose a workspace to see its criteria.</source>
        <translation>Wählen Sie einen Arbeitsbereich aus, um seine Kriterien zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Reading the sequential ring settings of %1…</source>
        <translation>Die Einstellungen für sequenzielles Klingeln von %1 werden abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s), answer confirmation)</source>
        <translation>
            <numerusform>%1 (%n Klingelzeichen, Annahmebestätigung)</numerusform>
            <numerusform>%1 (%n Klingelzeichen, Annahmebestätigung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s))</source>
        <translation>
            <numerusform>%1 (%n Klingelzeichen)</numerusform>
            <numerusform>%1 (%n Klingelzeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential ring is on.</source>
        <translation>Sequenzielles Klingeln ist aktiviert.</translation>
    </message>
    <message>
        <source>Sequential ring is off.</source>
        <translation>Sequenzielles Klingeln ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 No numbers are rung.</source>
        <translation>%1 Es werden keine Nummern angerufen.</translation>
    </message>
    <message>
        <source>%1 Numbers rung in turn: %2.</source>
        <translation>%1 Nacheinander angerufene Nummern: %2.</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>Rund um die Uhr, an allen Tagen</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Alle Nummern</translation>
    </message>
    <message>
        <source>Specific numbers</source>
        <translation>Bestimmte Nummern</translation>
    </message>
    <message>
        <source>Does not ring</source>
        <translation>Klingelt nicht</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>The workspace has no criteria yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Kriterien.</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria.</source>
        <translation>
            <numerusform>%n Kriterium.</numerusform>
            <numerusform>%n Kriterien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the criteria…</source>
        <translation>Das Kriterium wird abgerufen…</translation>
    </message>
    <message>
        <source>Delete criteria</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <source>Delete the criteria (%1) of %2?
ID: %3
This cannot be undone.</source>
        <translation>Das Kriterium (%1) des Arbeitsbereichs %2 löschen?
ID: %3
Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting the criteria…</source>
        <translation>Das Kriterium wird gelöscht…</translation>
    </message>
    <message>
        <source>E&amp;xisting criteria</source>
        <translation>&amp;Vorhandene Kriterien</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again (F5)</source>
        <translation>Die Kriterien des Arbeitsbereichs erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Existing criteria status</source>
        <translation>Status der vorhandenen Kriterien</translation>
    </message>
    <message>
        <source>Sequential ring settings…</source>
        <translation>Einstellungen für sequenzielles Klingeln…</translation>
    </message>
    <message>
        <source>Turn sequential ring on or off and choose the numbers it rings (Ctrl+R)</source>
        <translation>Sequenzielles Klingeln ein- oder ausschalten und die angerufenen Nummern wählen (Strg+R)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Copy to other workspaces…</source>
        <translation>In andere Arbeitsbereiche kopieren…</translation>
    </message>
    <message>
        <source>Make other workspaces match this one: its ring settings and criteria</source>
        <translation>Andere Arbeitsbereiche an diesen angleichen: seine Klingeleinstellungen und Kriterien</translation>
    </message>
</context>
<context>
    <name>seqring::FieldMarker</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>seqring::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>seqring::LicenseCatalog</name>
    <message>
        <source>the licenses</source>
        <translation>der Lizenzen</translation>
    </message>
</context>
<context>
    <name>seqring::LocationCatalog</name>
    <message>
        <source>the locations</source>
        <translation>der Standorte</translation>
    </message>
</context>
<context>
    <name>seqring::MainMenus</name>
    <message>
        <source>About seqring-admin</source>
        <translation>Über seqring-admin</translation>
    </message>
    <message>
        <source>seqring-admin %1
Create Webex Calling sequential ring criteria for workspaces, and see exactly what is sent.</source>
        <translation>seqring-admin %1
Kriterien für sequenzielles Klingeln in Webex Calling für Arbeitsbereiche erstellen und genau sehen, was gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>&amp;About seqring-admin</source>
        <translation>&amp;Über seqring-admin</translation>
    </message>
</context>
<context>
    <name>seqring::MainWindow</name>
    <message>
        <source>Sandbox API listening on %1</source>
        <translation>Sandbox-API empfangsbereit unter %1</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>seqring::MatchActions</name>
    <message>
        <source>Import stat&amp;e…</source>
        <translation>Zustand &amp;importieren…</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, after a check</source>
        <translation>Arbeitsbereiche nach einer Prüfung einer Zustandsdatei angleichen</translation>
    </message>
    <message>
        <source>Import state</source>
        <translation>Zustand importieren</translation>
    </message>
    <message>
        <source>State files (*.json)</source>
        <translation>Zustandsdateien (*.json)</translation>
    </message>
    <message>
        <source>Resume the interrupted sync?</source>
        <translation>Unterbrochene Synchronisierung fortsetzen?</translation>
    </message>
    <message>
        <source>A sync of Make them match did not finish (its journal is %1). Resume it? Workspaces it finished are not touched again; for those whose write was under way, the workspace is read first, so nothing is sent twice.</source>
        <translation>Eine Synchronisierung von „Angleichen“ wurde nicht beendet (ihr Journal ist %1). Fortsetzen? Bereits fertige Arbeitsbereiche werden nicht erneut angefasst; bei jenen, deren Schreibvorgang unterwegs war, wird zuerst der Arbeitsbereich gelesen, sodass nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>seqring::MatchWindow</name>
    <message>
        <source>Make them match</source>
        <translation>Angleichen</translation>
    </message>
    <message>
        <source>Allow &amp;deleting criteria</source>
        <translation>&amp;Löschen von Kriterien erlauben</translation>
    </message>
    <message>
        <source>Delete the criteria a target has and the template has not; off, they are kept and the target does not match</source>
        <translation>Die Kriterien löschen, die ein Ziel hat und die Vorlage nicht; aus: Sie bleiben, und das Ziel stimmt nicht überein</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Parallelität</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Read every target and show what would change; nothing is sent</source>
        <translation>Jedes Ziel lesen und zeigen, was sich ändern würde; nichts wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Plans and res&amp;ults</source>
        <translation>Pläne und &amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Actions of the se&amp;lected workspace</source>
        <translation>Aktionen des ausgewählten Arbeits&amp;bereichs</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>Kriteriums-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Plans and results</source>
        <translation>Pläne und Ergebnisse</translation>
    </message>
    <message>
        <source>Actions of the selected workspace</source>
        <translation>Aktionen des ausgewählten Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>Die Vorlage wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</source>
        <translation>
            <numerusform>Vorlage: %1 — seine Klingeleinstellungen (sequenzielles Klingeln %2) und %n Kriterium; jedes Ziel wird ihm angeglichen.</numerusform>
            <numerusform>Vorlage: %1 — seine Klingeleinstellungen (sequenzielles Klingeln %2) und %n Kriterien; jedes Ziel wird ihm angeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>Each target is made equal to its entry in the state file (%n workspaces).</source>
        <translation>
            <numerusform>Jedes Ziel wird seinem Eintrag in der Zustandsdatei angeglichen (%n Arbeitsbereich).</numerusform>
            <numerusform>Jedes Ziel wird seinem Eintrag in der Zustandsdatei angeglichen (%n Arbeitsbereiche).</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Die Vorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Delete criteria?</source>
        <translation>Kriterien löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</source>
        <translation>
            <numerusform>Das Angleichen löscht %n Kriterium, das die Vorlage nicht hat. Diese App kann es nicht wiederherstellen.</numerusform>
            <numerusform>Das Angleichen löscht %n Kriterien, die die Vorlage nicht hat. Diese App kann sie nicht wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria and run</source>
        <translation>
            <numerusform>%n Kriterium löschen und ausführen</numerusform>
            <numerusform>%n Kriterien löschen und ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Select an action to see its request.</source>
        <translation>Wählen Sie eine Aktion, um ihre Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 match, %4 do not match, %5 failed</source>
        <translation>%1 von %2 · %3 stimmen überein, %4 stimmen nicht überein, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Ratenbegrenzung: Jede Anfrage wartet %1 s.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>würde übereinstimmen</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>würde nicht übereinstimmen</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>This action sends no request.</source>
        <translation>Diese Aktion sendet keine Anfrage.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 workspaces done; the others were not sent. The results are kept.</source>
        <translation>Abgebrochen: %1 von %2 Arbeitsbereichen erledigt; die übrigen wurden nicht gesendet. Die Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; the requests under way finish. %1</source>
        <translation>Wird abgebrochen: Nichts Neues wird gesendet; laufende Anfragen werden beendet. %1</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent until Resume; the requests under way finish. %1</source>
        <translation>Angehalten: Bis „Fortsetzen“ wird nichts Neues gesendet; laufende Anfragen werden beendet. %1</translation>
    </message>
    <message>
        <source>The interrupted sync was not resumed</source>
        <translation>Die unterbrochene Synchronisierung wurde nicht fortgesetzt</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewActions</name>
    <message>
        <source>Organization &amp;overview…</source>
        <translation>&amp;Organisationsübersicht…</translation>
    </message>
    <message>
        <source>Every workspace of the organisation with its sequential ring</source>
        <translation>Jeder Arbeitsbereich der Organisation mit seinem sequenziellen Klingeln</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewModel</name>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>No license</source>
        <translation>Keine Lizenz</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2 outside)</source>
        <translation>%1 (%2 außerhalb)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>Er hat keine Webex Calling Professional-Lizenz, die für sequenzielles Klingeln nötig ist.</translation>
    </message>
    <message>
        <source>The organisation&apos;s numbers could not be read: numbers outside it are not counted.</source>
        <translation>Die Nummern der Organisation konnten nicht gelesen werden: Nummern außerhalb werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Sequential ring</source>
        <translation>Sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Do-not-ring criteria</source>
        <translation>Kriterien ohne Klingeln</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewWindow</name>
    <message>
        <source>Organization overview</source>
        <translation>Organisationsübersicht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Part of a workspace&apos;s name</source>
        <translation>Teil des Namens eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Sequential ring on</source>
        <translation>&amp;Sequenzielles Klingeln an</translation>
    </message>
    <message>
        <source>&amp;Has numbers outside the organisation</source>
        <translation>Nummern außerhalb der &amp;Organisation</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Progress of the read</source>
        <translation>Fortschritt des Lesens</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read every workspace of the organisation again</source>
        <translation>Jeden Arbeitsbereich der Organisation erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write what was read as a state file (JSON) or as its summary (CSV)</source>
        <translation>Das Gelesene als Statusdatei (JSON) oder als ihre Zusammenfassung (CSV) schreiben</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Ratenbegrenzung: Jede Anfrage wartet %1 s.</translation>
    </message>
    <message>
        <source>%1 of %2 workspaces read, %3 failed</source>
        <translation>%1 von %2 Arbeitsbereichen gelesen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed; listing…</source>
        <translation>%1 Arbeitsbereiche gelesen, %2 fehlgeschlagen; Auflistung läuft…</translation>
    </message>
    <message>
        <source>Cancelled: %1 workspaces read, %2 failed.</source>
        <translation>Abgebrochen: %1 Arbeitsbereiche gelesen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed.</source>
        <translation>%1 Arbeitsbereiche gelesen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>State file (*.json);;Summary (*.csv)</source>
        <translation>Statusdatei (*.json);;Zusammenfassung (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Overview not exported</source>
        <translation>Übersicht nicht exportiert</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberListModel</name>
    <message>
        <source>Sent as %1</source>
        <translation>Wird als %1 gesendet</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberRegionCombo</name>
    <message>
        <source>The region of numbers typed without + and a country code.</source>
        <translation>Die Region für Nummern, die ohne + und Ländervorwahl eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumbersEditor</name>
    <message>
        <source>Add nu&amp;mber</source>
        <translation>&amp;Nummer hinzufügen</translation>
    </message>
    <message>
        <source>+44 20 7183 8750</source>
        <translation>+44 20 7183 8750</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Phone numbers used</source>
        <translation>Verwendete Telefonnummern</translation>
    </message>
    <message>
        <source>Default re&amp;gion</source>
        <translation>&amp;Standardregion</translation>
    </message>
    <message>
        <source>A criteria holds at most %1 phone numbers. &quot;%2&quot; was not added: remove a number first.</source>
        <translation>Ein Kriterium enthält höchstens %1 Telefonnummern. „%2“ wurde nicht hinzugefügt: Entfernen Sie zuerst eine Nummer.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln number(s).</source>
        <translation>
            <numerusform>%Ln Nummer hinzugefügt.</numerusform>
            <numerusform>%Ln Nummern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) left out: a criteria holds at most %1 phone numbers.</source>
        <translation>
            <numerusform>%Ln Nummer ausgelassen: Ein Kriterium enthält höchstens %1 Telefonnummern.</numerusform>
            <numerusform>%Ln Nummern ausgelassen: Ein Kriterium enthält höchstens %1 Telefonnummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a phone number to add, such as +44 20 7183 8750.</source>
        <translation>Geben Sie eine Telefonnummer zum Hinzufügen ein, etwa +44 20 7183 8750.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Phone num&amp;bers</source>
        <translation>&amp;Telefonnummern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete)</source>
        <translation>Die ausgewählten Nummern entfernen (Entf)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
</context>
<context>
    <name>seqring::RequestGate</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: Der Lauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>seqring::RequestLogExport</name>
    <message>
        <source>E&amp;xport session log…</source>
        <translation>Sitzungsprotokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this session&apos;s requests and answers as a HAR file, with tokens and secrets removed, for support</source>
        <translation>Die Anfragen und Antworten dieser Sitzung als HAR-Datei speichern, ohne Tokens und Geheimnisse, für den Support</translation>
    </message>
    <message>
        <source>Export session log</source>
        <translation>Sitzungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Session log not exported</source>
        <translation>Sitzungsprotokoll nicht exportiert</translation>
    </message>
</context>
<context>
    <name>seqring::RequestPreview</name>
    <message>
        <source>No request yet: choose a workspace and fill in the criteria.</source>
        <translation>Noch keine Anfrage: Wählen Sie einen Arbeitsbereich und füllen Sie das Kriterium aus.</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON body exactly as it will be sent.</source>
        <translation>Kopiert den JSON-Inhalt genau so, wie er gesendet wird.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Show the access token in the Authorization header</source>
        <translation>Das Zugriffstoken im Authorization-Header anzeigen</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Copied the curl command, token included.</source>
        <translation>Der curl-Befehl wurde einschließlich Token kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.</source>
        <translation>Der curl-Befehl wurde kopiert; er liest das Token aus $WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the JSON body.</source>
        <translation>Der JSON-Inhalt wurde kopiert.</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (%1). While the token is hidden, the command reads it from $WEBEX_ACCESS_TOKEN.</source>
        <translation>Kopiert die Anfrage als curl-Befehl (%1). Solange das Token verborgen ist, liest der Befehl es aus $WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsActions</name>
    <message>
        <source>The sequential ring settings were saved.</source>
        <translation>Die Einstellungen für sequenzielles Klingeln wurden gespeichert.</translation>
    </message>
    <message>
        <source>Saving the settings failed: %1</source>
        <translation>Das Speichern der Einstellungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The sequential ring settings have not been read yet.</source>
        <translation>Die Einstellungen für sequenzielles Klingeln wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Sequential ring is off for this workspace: criteria have no effect until it is turned on.</source>
        <translation>Sequenzielles Klingeln ist für diesen Arbeitsplatz ausgeschaltet: Kriterien wirken erst, wenn es eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Einschalten…</translation>
    </message>
    <message>
        <source>Open the sequential ring settings (Ctrl+R)</source>
        <translation>Die Einstellungen für sequenzielles Klingeln öffnen (Strg+R)</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsDialog</name>
    <message>
        <source>Correct the numbers and rings marked above first</source>
        <translation>Korrigieren Sie zuerst die oben markierten Nummern und Klingelzeichen</translation>
    </message>
    <message>
        <source>Send the request shown above</source>
        <translation>Die oben gezeigte Anfrage senden</translation>
    </message>
    <message>
        <source>Sequential ring settings</source>
        <translation>Einstellungen für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>&amp;Enable sequential ring</source>
        <translation>Sequenzielles Klingeln &amp;einschalten</translation>
    </message>
    <message>
        <source>Ring this workspace &amp;first</source>
        <translation>Diesen Arbeitsplatz &amp;zuerst klingeln lassen</translation>
    </message>
    <message>
        <source>&amp;Rings at this workspace</source>
        <translation>&amp;Klingelzeichen am Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Continue if this workspace is busy</source>
        <translation>&amp;Weiter, wenn dieser Arbeitsplatz besetzt ist</translation>
    </message>
    <message>
        <source>Send unanswered calls to &amp;voicemail</source>
        <translation>Unbeantwortete Anrufe an die &amp;Voicemail</translation>
    </message>
    <message>
        <source>Numbers, rung in this order</source>
        <translation>Nummern, in dieser Reihenfolge angerufen</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Klingelzeichen</translation>
    </message>
    <message>
        <source>Answer confirmation</source>
        <translation>Annahmebestätigung</translation>
    </message>
    <message>
        <source>Number &amp;%1</source>
        <translation>Nummer &amp;%1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>E.164, e.g. +442071838750</source>
        <translation>E.164, z. B. +442071838750</translation>
    </message>
    <message>
        <source>Rings for number %1</source>
        <translation>Klingelzeichen für Nummer %1</translation>
    </message>
    <message>
        <source>Answer confirmation for number %1</source>
        <translation>Annahmebestätigung für Nummer %1</translation>
    </message>
    <message>
        <source>The person called must press 1 to take the call</source>
        <translation>Die angerufene Person muss 1 drücken, um den Anruf anzunehmen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move number %1 up</source>
        <translation>Nummer %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move number %1 down</source>
        <translation>Nummer %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Request &amp;preview</source>
        <translation>&amp;Anfragevorschau</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>seqring::ScheduleListReader</name>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>der Zeitpläne des Standorts</translation>
    </message>
</context>
<context>
    <name>seqring::ScreenshotScene</name>
    <message>
        <source>The screenshot scene stopped waiting for %1.</source>
        <translation>Die Bildschirmfoto-Szene hat aufgehört, auf %1 zu warten.</translation>
    </message>
    <message>
        <source>the last paint</source>
        <translation>das letzte Zeichnen</translation>
    </message>
    <message>
        <source>the existing criteria</source>
        <translation>die vorhandenen Kriterien</translation>
    </message>
    <message>
        <source>the criteria read</source>
        <translation>das gelesene Kriterium</translation>
    </message>
    <message>
        <source>edit mode</source>
        <translation>den Bearbeitungsmodus</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>die Einstellungen für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>the settings editor</source>
        <translation>den Einstellungseditor</translation>
    </message>
    <message>
        <source>the window&apos;s look-ups</source>
        <translation>die Abfragen des Fensters</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>das Fenster</translation>
    </message>
    <message>
        <source>the week read</source>
        <translation>die gelesene Woche</translation>
    </message>
</context>
<context>
    <name>seqring::SendBar</name>
    <message>
        <source>Send the request shown in the preview (Ctrl+Return)</source>
        <translation>Die in der Vorschau angezeigte Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cannot create yet: %1</source>
        <translation>Kann noch nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Create criteria</source>
        <translation>&amp;Kriterium erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this request (Esc)</source>
        <translation>Nicht länger auf diese Anfrage warten (Esc)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendevorgang</translation>
    </message>
    <message numerus="yes">
        <source>The service is rate limiting requests (429). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Der Dienst begrenzt die Anfragerate (429). Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Dienst begrenzt die Anfragerate (429). Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry %1.</source>
        <translation>Wiederholung %1.</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Anfragestatus</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Noch nicht speicherbar: %1</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Kriterium speichern</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingReader</name>
    <message>
        <source>the sequential ring settings</source>
        <translation>der Einstellungen für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>des Kriteriums</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Das Kriterium %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Deleting the criteria was refused (%1): the token needs the scope spark-admin:workspaces_write of a full or location administrator.</source>
        <translation>Das Löschen des Kriteriums wurde abgelehnt (%1): Das Token benötigt den Scope spark-admin:workspaces_write eines vollständigen Administrators oder Standortadministrators.</translation>
    </message>
    <message>
        <source>Deleting the criteria failed: %1</source>
        <translation>Das Löschen des Kriteriums ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingSettingsModel</name>
    <message>
        <source>Rings at this workspace is %1; it must be from %2 to %3.</source>
        <translation>Klingelzeichen am Arbeitsplatz ist %1; erlaubt sind %2 bis %3.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>Nummer %1: %2</translation>
    </message>
    <message>
        <source>Number %1: %2 is already in the list; each number is rung once.</source>
        <translation>Nummer %1: %2 steht schon in der Liste; jede Nummer wird einmal angerufen.</translation>
    </message>
    <message>
        <source>Rings for number %1 is %2; it must be from %3 to %4.</source>
        <translation>Klingelzeichen für Nummer %1 ist %2; erlaubt sind %3 bis %4.</translation>
    </message>
    <message>
        <source>Sequential ring is on but has no number to ring: add at least one number.</source>
        <translation>Sequenzielles Klingeln ist eingeschaltet, hat aber keine Nummer: Fügen Sie mindestens eine Nummer hinzu.</translation>
    </message>
</context>
<context>
    <name>seqring::SignInActions</name>
    <message>
        <source>Sign &amp;in with Webex…</source>
        <translation>Bei Webex &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Ab&amp;melden</translation>
    </message>
</context>
<context>
    <name>seqring::SignInController</name>
    <message>
        <source>Find workspaces, and read their sequential ring settings and criteria.</source>
        <translation>Arbeitsbereiche finden und ihre Einstellungen und Kriterien für sequenzielles Klingeln lesen.</translation>
    </message>
    <message>
        <source>Create, change and delete sequential ring criteria of a workspace.</source>
        <translation>Kriterien für sequenzielles Klingeln eines Arbeitsbereichs erstellen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Offer the location&apos;s schedules (business hours, holidays).</source>
        <translation>Die Zeitpläne des Standorts anbieten (Geschäftszeiten, Feiertage).</translation>
    </message>
    <message>
        <source>Name the location a workspace belongs to.</source>
        <translation>Den Standort eines Arbeitsbereichs benennen.</translation>
    </message>
    <message>
        <source>Tell which workspaces have the Professional license sequential ring needs.</source>
        <translation>Anzeigen, welche Arbeitsbereiche die Professional-Lizenz haben, die sequenzielles Klingeln braucht.</translation>
    </message>
    <message>
        <source>Show whose sign-in is in use.</source>
        <translation>Anzeigen, wessen Anmeldung verwendet wird.</translation>
    </message>
    <message>
        <source>Enter the client ID of the Webex integration.</source>
        <translation>Geben Sie die Client-ID der Webex-Integration ein.</translation>
    </message>
</context>
<context>
    <name>seqring::SignInDialog</name>
    <message>
        <source>No browser opened. Copy the link and open it in a browser.</source>
        <translation>Es wurde kein Browser geöffnet. Kopieren Sie den Link und öffnen Sie ihn in einem Browser.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and press Allow.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an und klicken Sie auf „Allow“.</translation>
    </message>
    <message>
        <source>Sign in with Webex</source>
        <translation>Bei Webex anmelden</translation>
    </message>
    <message>
        <source>Sign in through the browser with a Webex integration registered for this app (see the README). The client ID is kept in the settings, the client secret in the system keychain.</source>
        <translation>Melden Sie sich im Browser mit einer für diese App registrierten Webex-Integration an (siehe README). Die Client-ID wird in den Einstellungen gespeichert, das Client-Secret im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-S&amp;ecret</translation>
    </message>
    <message>
        <source>Re&amp;member the secret in the system keychain</source>
        <translation>Secret im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Re&amp;direct URI</source>
        <translation>&amp;Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Must be exactly the redirect URI registered for the integration.</source>
        <translation>Muss genau die für die Integration registrierte Weiterleitungs-URI sein.</translation>
    </message>
    <message>
        <source>Set by --client-id or WEBEX_CLIENT_ID.</source>
        <translation>Festgelegt durch --client-id oder WEBEX_CLIENT_ID.</translation>
    </message>
    <message>
        <source>Set by WEBEX_CLIENT_SECRET.</source>
        <translation>Festgelegt durch WEBEX_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Sc&amp;opes asked for</source>
        <translation>Angeforderte Sc&amp;opes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Wozu</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Lin&amp;k to open in a browser</source>
        <translation>Lin&amp;k zum Öffnen im Browser</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link ko&amp;pieren</translation>
    </message>
    <message>
        <source>&amp;Sign in with Webex</source>
        <translation>Bei Webex &amp;anmelden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>seqring::SignInFlow</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Melden Sie sich erneut an.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Melden Sie sich erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not a loopback address with a port and a path, such as http://127.0.0.1:6001/redirect. Enter the one registered for the integration.</source>
        <translation>Die Weiterleitungs-URI „%1“ ist keine Loopback-Adresse mit Port und Pfad wie http://127.0.0.1:6001/redirect. Geben Sie die für die Integration registrierte ein.</translation>
    </message>
    <message>
        <source>Port %1 of 127.0.0.1 is in use, so the answer of the browser cannot be received. Close the program that uses it, or register another redirect URI for the integration and enter it in the setting &quot;Redirect URI&quot;.</source>
        <translation>Port %1 von 127.0.0.1 ist belegt, daher kann die Antwort des Browsers nicht empfangen werden. Beenden Sie das Programm, das ihn nutzt, oder registrieren Sie eine andere Weiterleitungs-URI für die Integration und tragen Sie sie in der Einstellung „Redirect URI“ (Weiterleitungs-URI) ein.</translation>
    </message>
    <message>
        <source>seqring-admin is waiting for the sign-in.</source>
        <translation>seqring-admin wartet auf die Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>A second answer from the browser arrived and was ignored; the first one is being used.</source>
        <translation>Eine zweite Antwort des Browsers kam an und wurde ignoriert; die erste wird verwendet.</translation>
    </message>
    <message>
        <source>Access was denied in the browser (access_denied). Nothing was signed in.</source>
        <translation>Der Zugriff wurde im Browser verweigert (access_denied). Es wurde nichts angemeldet.</translation>
    </message>
    <message>
        <source>Webex refused the sign-in: %1 %2</source>
        <translation>Webex hat die Anmeldung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (ihr state stimmt nicht überein) und wurde nicht verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The answer from the browser carries no authorization code. Sign in again.</source>
        <translation>Die Antwort des Browsers enthält keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>seqring-admin received the answer. You can close this page.</source>
        <translation>seqring-admin hat die Antwort erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The Webex token service gave no expires_in with the token. Sign in again.</source>
        <translation>Der Webex-Tokendienst hat zum Token kein expires_in geliefert. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>seqring::StateExport</name>
    <message>
        <source>the workspaces</source>
        <translation>der Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>seqring::SuccessDialog</name>
    <message>
        <source>Criteria created</source>
        <translation>Kriterium erstellt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>The sequential ring criteria was created.</source>
        <translation>Das Kriterium für sequenzielles Klingeln wurde erstellt.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>New criteria &amp;ID:</source>
        <translation>&amp;ID des neuen Kriteriums:</translation>
    </message>
    <message>
        <source>Webex did not return an ID</source>
        <translation>Webex hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>seqring::SyncController</name>
    <message>
        <source>A sync is in progress; wait for it to finish or cancel it.</source>
        <translation>Eine Synchronisierung läuft; warten Sie, bis sie fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The template is still being read; try again in a moment.</source>
        <translation>Die Vorlage wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no template: its workspace could not be read (%1).</source>
        <translation>Es gibt keine Vorlage: Ihr Arbeitsbereich konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Choose the workspaces to make match first.</source>
        <translation>Wählen Sie zuerst die anzugleichenden Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>The sync of the journal %1 has ended: there is nothing to resume.</source>
        <translation>Die Synchronisierung des Journals %1 ist beendet: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>Kein Token für %1: Legen Sie ein Token fest oder melden Sie sich an, dann setzen Sie fort.</translation>
    </message>
    <message>
        <source>The journal %1 does not record what its sync makes the workspaces equal to. Resume it with the command that started it: seqring-admin sync --resume --journal %1.</source>
        <translation>Das Journal %1 hält nicht fest, woran seine Synchronisierung die Arbeitsbereiche angleicht. Setzen Sie sie mit dem Befehl fort, der sie gestartet hat: seqring-admin sync --resume --journal %1.</translation>
    </message>
</context>
<context>
    <name>seqring::SyncRun</name>
    <message>
        <source>Its writes kept going unanswered; it was read %1 times. Run the sync again later.</source>
        <translation>Seine Schreibvorgänge blieben immer wieder unbeantwortet; er wurde %1-mal gelesen. Führen Sie die Synchronisierung später erneut aus.</translation>
    </message>
    <message>
        <source>Its sequential ring could not be read: %1</source>
        <translation>Sein sequenzielles Klingeln konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>Die Zeitpläne seines Standorts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not sent: the sync was cancelled before this workspace&apos;s turn.</source>
        <translation>Nicht gesendet: Die Synchronisierung wurde abgebrochen, bevor dieser Arbeitsbereich an der Reihe war.</translation>
    </message>
    <message>
        <source>Nothing to send: it equals its entry.</source>
        <translation>Nichts zu senden: Er entspricht seinem Eintrag.</translation>
    </message>
</context>
<context>
    <name>seqring::TargetModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The local sandbox API could not start: %1</source>
        <translation>Die lokale Sandbox-API konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>seqring::TargetPanel</name>
    <message>
        <source>Webex (webexapis.com)</source>
        <translation>Webex (webexapis.com)</translation>
    </message>
    <message>
        <source>Sandbox (local demo API)</source>
        <translation>Sandbox (lokale Demo-API)</translation>
    </message>
    <message>
        <source>Custom API root</source>
        <translation>Eigene API-Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Workspace ID</source>
        <translation>A&amp;rbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>The workspace&apos;s ID from Control Hub or the API</source>
        <translation>Die ID des Arbeitsbereichs aus Control Hub oder der API</translation>
    </message>
    <message>
        <source>Only for partner administrators</source>
        <translation>Nur für Partneradministratoren</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Enter a token, store it in the system keychain, or forget the stored one</source>
        <translation>Token eingeben, im System-Schlüsselbund speichern oder das gespeicherte Token löschen</translation>
    </message>
    <message>
        <source>Token state</source>
        <translation>Tokenstatus</translation>
    </message>
    <message>
        <source>Workspace ID problem</source>
        <translation>Problem mit der Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>Choose wor&amp;kspace…</source>
        <translation>Arbeitsberei&amp;ch auswählen…</translation>
    </message>
    <message>
        <source>Find the workspace by name (Ctrl+K)</source>
        <translation>Den Arbeitsbereich nach Namen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Env&amp;ironment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>API root</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Organi&amp;zation ID (optional)</source>
        <translation>&amp;Organisations-ID (optional)</translation>
    </message>
    <message>
        <source>Set token…</source>
        <translation>Token festlegen…</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>Organization ID (optional)</source>
        <translation>Organisations-ID (optional)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Looking the workspace up…</source>
        <translation>Arbeitsbereich wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Press Enter to change to this workspace: the form has changes that are not saved.</source>
        <translation>Drücken Sie die Eingabetaste, um zu diesem Arbeitsbereich zu wechseln: Das Formular hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>seqring::TokenDialog</name>
    <message>
        <source>Set access token</source>
        <translation>Zugriffstoken festlegen</translation>
    </message>
    <message>
        <source>Paste a personal access token or an integration token</source>
        <translation>Persönliches oder Integrationstoken einfügen</translation>
    </message>
    <message>
        <source>&amp;Show token</source>
        <translation>Token an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>Gespeichertes Token &amp;löschen</translation>
    </message>
    <message>
        <source>The token is used for %1. It needs the scope spark-admin:workspaces_write to create criteria. It is kept in the system keychain, never in a settings file.</source>
        <translation>Das Token wird für %1 verwendet. Zum Erstellen von Kriterien benötigt es den Scope spark-admin:workspaces_write. Es wird im System-Schlüsselbund aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Sign in &amp;with Webex…</source>
        <translation>Bei &amp;Webex anmelden…</translation>
    </message>
</context>
<context>
    <name>seqring::TokenFailure</name>
    <message>
        <source>Webex no longer accepts this sign-in (%1). Sign in again.</source>
        <translation>Webex akzeptiert diese Anmeldung nicht mehr (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Webex refused the integration&apos;s client ID or client secret (%1). Check both in Sign in with Webex.</source>
        <translation>Webex hat die Client-ID oder das Client-Secret der Integration abgelehnt (%1). Prüfen Sie beide unter „Bei Webex anmelden“.</translation>
    </message>
    <message>
        <source>The Webex token service could not be reached: %1</source>
        <translation>Der Webex-Tokendienst war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The Webex token service answered HTTP %1: %2</source>
        <translation>Der Webex-Tokendienst antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>seqring::TokenProvider</name>
    <message>
        <source>Token for this session only (not stored)</source>
        <translation>Token nur für diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Sandbox demo token</source>
        <translation>Demo-Token der Sandbox</translation>
    </message>
    <message>
        <source>No token. Use &quot;Set token…&quot;, &quot;Sign in with Webex…&quot; or set WEBEX_ACCESS_TOKEN.</source>
        <translation>Kein Token. Verwenden Sie „Token festlegen…“, „Bei Webex anmelden…“ oder setzen Sie WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Personal token from WEBEX_ACCESS_TOKEN</source>
        <translation>Persönliches Token aus WEBEX_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>Token from the keychain</source>
        <translation>Token aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>einem Administrator</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n day(s))</source>
        <translation>
            <numerusform>Angemeldet als %1 (läuft in %n Tag ab)</numerusform>
            <numerusform>Angemeldet als %1 (läuft in %n Tagen ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n hour(s))</source>
        <translation>
            <numerusform>Angemeldet als %1 (läuft in %n Stunde ab)</numerusform>
            <numerusform>Angemeldet als %1 (läuft in %n Stunden ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n minute(s))</source>
        <translation>
            <numerusform>Angemeldet als %1 (läuft in %n Minute ab)</numerusform>
            <numerusform>Angemeldet als %1 (läuft in %n Minuten ab)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenRenewer</name>
    <message>
        <source>The sign-in with Webex has expired. Sign in again.</source>
        <translation>Die Anmeldung bei Webex ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>The Webex token service did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Webex-Tokendienst hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Webex-Tokendienst hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenStore</name>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet). The token is kept for this session only.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (zum Beispiel GNOME Keyring oder KWallet). Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain and try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert: %1. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1.</source>
        <translation>Der System-Schlüsselbund hat ein Problem gemeldet: %1.</translation>
    </message>
</context>
<context>
    <name>seqring::UnsavedGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The criteria has changes that are not saved. Save them on the service first?</source>
        <translation>Das Kriterium hat ungespeicherte Änderungen. Zuerst im Dienst speichern?</translation>
    </message>
    <message>
        <source>The form has changes that are not saved in a draft. Save the draft first?</source>
        <translation>Das Formular hat Änderungen, die in keinem Entwurf gespeichert sind. Zuerst den Entwurf speichern?</translation>
    </message>
</context>
<context>
    <name>seqring::ValidationList</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>seqring::WeekChart</name>
    <message>
        <source>rings</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>klingelt nicht</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>Wann es klingelt</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>seqring::WeekPanel</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Week of %1 at %2 (%3)</source>
        <translation>Woche vom %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation>Die Woche wird gelesen…</translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <translation>%1, wird gelesen…</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Selected band</source>
        <translation>Ausgewählter Abschnitt</translation>
    </message>
    <message>
        <source>Week problems</source>
        <translation>Probleme der Woche</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceContext</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDialogs</name>
    <message>
        <source>Was the criteria created?</source>
        <translation>Wurde das Kriterium erstellt?</translation>
    </message>
    <message>
        <source>&amp;Choose workspace…</source>
        <translation>Arbeitsbereich &amp;auswählen…</translation>
    </message>
    <message>
        <source>C&amp;heck whether it was created</source>
        <translation>&amp;Prüfen, ob es erstellt wurde</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again and look for this one</source>
        <translation>Die Kriterien des Arbeitsbereichs erneut abrufen und nach diesem suchen</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDirectory</name>
    <message>
        <source>the workspaces</source>
        <translation>der Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace has the ID &quot;%1&quot; in this organisation. Check the ID, or choose the workspace.</source>
        <translation>In dieser Organisation hat kein Arbeitsbereich die ID „%1“. Prüfen Sie die ID oder wählen Sie den Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; without a workspace ID. Try again; if it persists, check the API address.</source>
        <translation>Webex hat die Abfrage des Arbeitsbereichs &quot;%1&quot; ohne Arbeitsbereich-ID beantwortet. Versuchen Sie es erneut; bleibt es so, prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; with another workspace (&quot;%2&quot;). Try again; if it persists, check the API address.</source>
        <translation>Webex hat die Abfrage des Arbeitsbereichs &quot;%1&quot; mit einem anderen Arbeitsbereich (&quot;%2&quot;) beantwortet. Versuchen Sie es erneut; bleibt es so, prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>The look-up of the workspace &quot;%1&quot; was cancelled.</source>
        <translation>Die Abfrage des Arbeitsbereichs &quot;%1&quot; wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspacePickerDialog</name>
    <message>
        <source>Choose workspace</source>
        <translation>Arbeitsbereich auswählen</translation>
    </message>
    <message>
        <source>Workspace &amp;name contains</source>
        <translation>&amp;Name des Arbeitsbereichs enthält</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>Teil des Arbeitsbereichsnamens; leer zeigt alle an</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Telefonie</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation>Gefundene Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop the search in progress</source>
        <translation>Die laufende Suche anhalten</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>Aus&amp;wählen</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n page(s) read</source>
        <translation>
            <numerusform>Suche läuft… %n Seite gelesen</numerusform>
            <numerusform>Suche läuft… %n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n workspace(s) so far)</source>
        <translation>
            <numerusform>(bisher %n Arbeitsbereich)</numerusform>
            <numerusform>(bisher %n Arbeitsbereiche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stopped. Type to search again.</source>
        <translation>Suche angehalten. Tippen Sie, um erneut zu suchen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace name contains &quot;%1&quot;.</source>
        <translation>Kein Arbeitsbereichsname enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n Arbeitsbereich gefunden.</numerusform>
            <numerusform>%n Arbeitsbereiche gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceStateReader</name>
    <message>
        <source>Cancelled before its state was read.</source>
        <translation>Abgebrochen, bevor sein Status gelesen wurde.</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>die Einstellungen für sequenzielles Klingeln</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>das Kriterium %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Das Kriterium %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>seqring::WriteAccess</name>
    <message>
        <source>The token belongs to a read-only administrator (%1): it can look up workspaces and criteria, but creating will be refused. Use a full or location administrator&apos;s token with spark-admin:workspaces_write.</source>
        <translation>Das Token gehört einem Administrator mit Lesezugriff (%1): Damit lassen sich Arbeitsbereiche und Kriterien abrufen, das Erstellen wird aber abgelehnt. Verwenden Sie das Token eines vollständigen Administrators oder Standortadministrators mit spark-admin:workspaces_write.</translation>
    </message>
    <message>
        <source>A change was refused with 403 for this token in this session: it cannot write (it needs spark-admin:workspaces_write of a full or location administrator). Set another token to create criteria.</source>
        <translation>Eine Änderung wurde in dieser Sitzung für dieses Token mit 403 abgelehnt: Es hat keine Schreibrechte (es benötigt spark-admin:workspaces_write eines vollständigen Administrators oder Standortadministrators). Legen Sie ein anderes Token fest, um Kriterien zu erstellen.</translation>
    </message>
</context>
</TS>
