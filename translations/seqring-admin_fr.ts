<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>Code d&apos;erreur&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Webex asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Webex demande d&apos;attendre %n seconde avant de réessayer.</numerusform>
            <numerusform>Webex demande d&apos;attendre %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking ID for Webex support: %1</source>
        <translation>ID de suivi pour l&apos;assistance Webex&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 New ID: %2</source>
        <translation>%1 Nouvel ID&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApplySubcommand</name>
    <message>
        <source>The draft whose criteria is applied (its workspace ID is ignored).</source>
        <translation>Le brouillon dont le critère est appliqué (son ID d’espace de travail est ignoré).</translation>
    </message>
    <message>
        <source>The workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Les espaces de travail : un ID ou un nom d’affichage exact par ligne, ou un CSV avec une colonne workspaceId ou displayName.</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10, default 4).</source>
        <translation>Requêtes simultanées, recherches comprises (1 à 10, 4 par défaut).</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from: skip it (default) or create anyway.</source>
        <translation>Un espace de travail qui a déjà un critère avec le même calendrier et les mêmes appelants : l’ignorer (par défaut) ou créer quand même.</translation>
    </message>
    <message>
        <source>Check every workspace and send no create.</source>
        <translation>Vérifier chaque espace de travail sans rien créer.</translation>
    </message>
    <message>
        <source>Write the results as CSV to FILE.</source>
        <translation>Écrire les résultats en CSV dans FILE.</translation>
    </message>
    <message>
        <source>Keep the journal of the run in FILE.</source>
        <translation>Tenir le journal de l’exécution dans FILE.</translation>
    </message>
    <message>
        <source>Continue the run recorded in the journal: nothing recorded or found as created is sent again.</source>
        <translation>Reprendre l’exécution enregistrée dans le journal : rien de ce qui est enregistré ou trouvé comme créé n’est renvoyé.</translation>
    </message>
    <message>
        <source>apply needs --draft FILE and --workspaces FILE.</source>
        <translation>apply nécessite --draft FILE et --workspaces FILE.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency doit être un nombre entier de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip or create, not &quot;%1&quot;.</source>
        <translation>--on-duplicate doit valoir skip ou create, pas « %1 ».</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>The draft %1 is not valid.</source>
        <translation>Le brouillon %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the run to continue.</source>
        <translation>--resume nécessite --journal FILE, le journal de l’exécution à reprendre.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>Le journal %1 contient déjà une exécution : ajoutez --resume pour la reprendre, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Limite de débit : chaque requête attend %1 s.</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 failed. Journal: %3</source>
        <translation>%1 espaces de travail : %2 en échec. Journal : %3</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>aucun (simulation)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 done, %4 failed, %5 skipped</source>
        <translation>%1/%2 · %3 faits, %4 en échec, %5 ignorés</translation>
    </message>
    <message>
        <source>The run recorded in %1 has ended: its report comes from the journal, and nothing was sent. %2 workspaces: %3 failed.</source>
        <translation>L’exécution enregistrée dans %1 est terminée : son rapport vient du journal, rien n’a été envoyé. %2 espaces de travail : %3 en échec.</translation>
    </message>
    <message>
        <source>Apply the criteria of a draft to many workspaces, without a window. The token comes from WEBEX_ACCESS_TOKEN, else from the window&apos;s sign-in with Webex for the API root (of the integration WEBEX_CLIENT_ID or the settings name; renewed when it is about to expire), else from a token kept in the keychain for the API root. Exit codes: 0 every workspace created, skipped or would-create; 3 some failed; 2 bad input or no token.</source>
        <translation>Applique les critères d&apos;un brouillon à de nombreux espaces de travail, sans fenêtre. Le jeton vient de WEBEX_ACCESS_TOKEN, sinon de la connexion avec Webex faite dans la fenêtre pour la racine de l&apos;API (de l&apos;intégration indiquée par WEBEX_CLIENT_ID ou les réglages ; renouvelé lorsqu&apos;il va expirer), sinon d&apos;un jeton conservé dans le trousseau pour la racine de l&apos;API. Codes de sortie : 0 chaque espace de travail créé, ignoré ou à créer ; 3 certains ont échoué ; 2 entrée invalide ou aucun jeton.</translation>
    </message>
</context>
<context>
    <name>AutosaveFile</name>
    <message>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>la clé « %1 » est absente.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be %2.</source>
        <translation>la clé « %1 » doit être %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>la clé « %1 » doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list %1 slots.</source>
        <translation>la clé « numbers » doit lister %1 emplacements.</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list objects.</source>
        <translation>la clé « numbers » doit lister des objets.</translation>
    </message>
    <message>
        <source>it is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>ce n’est pas du JSON valide (au caractère %1 : %2) ; il a peut-être été tronqué.</translation>
    </message>
    <message>
        <source>it is not an autosave of seqring-admin.</source>
        <translation>ce n’est pas une sauvegarde automatique de seqring-admin.</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number.</source>
        <translation>sa version de format est absente ou n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>it was written by a newer version of seqring-admin (format %1; this version reads format %2).</source>
        <translation>elle a été écrite par une version plus récente de seqring-admin (format %1 ; cette version lit le format %2).</translation>
    </message>
    <message>
        <source>the key &quot;savedAt&quot; must be a date and time.</source>
        <translation>la clé « savedAt » doit être une date et une heure.</translation>
    </message>
    <message>
        <source>the key &quot;mode&quot; must be &quot;create&quot; or &quot;edit&quot;.</source>
        <translation>la clé « mode » doit valoir &quot;create&quot; ou &quot;edit&quot;.</translation>
    </message>
    <message>
        <source>the form: %1</source>
        <translation>le formulaire : %1</translation>
    </message>
    <message>
        <source>the key &quot;criteriaId&quot; must not be empty.</source>
        <translation>la clé « criteriaId » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>the criteria as loaded: %1</source>
        <translation>le critère tel qu’il a été chargé : %1</translation>
    </message>
    <message>
        <source>the ring settings: %1</source>
        <translation>les réglages de la sonnerie séquentielle : %1</translation>
    </message>
    <message>
        <source>Could not create the folder of the autosave &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier de la sauvegarde automatique « %1 ».</translation>
    </message>
    <message>
        <source>Could not write the autosave &quot;%1&quot;: %2.</source>
        <translation>Impossible d’écrire la sauvegarde automatique « %1 » : %2.</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2.</source>
        <translation>La sauvegarde automatique « %1 » ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: it is %2 bytes, more than an autosave can be (%3).</source>
        <translation>La sauvegarde automatique « %1 » ne peut pas être lue : elle fait %2 octets, plus qu’une sauvegarde automatique ne peut en faire (%3).</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2</source>
        <translation>La sauvegarde automatique « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChecks</name>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>Sa licence n’a pas pu être lue ; le service décide.</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>Il n’a pas de licence Webex Calling Professional, nécessaire à la sonnerie séquentielle.</translation>
    </message>
    <message>
        <source>Its location has a schedule &quot;%1&quot;, but not of the chosen type.</source>
        <translation>Son site a un calendrier « %1 », mais pas du type choisi.</translation>
    </message>
    <message>
        <source>Its location has no schedule &quot;%1&quot;.</source>
        <translation>Son site n’a pas de calendrier « %1 ».</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Impossible d’ouvrir le journal %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2.</source>
        <translation>Impossible d’écrire dans le journal %1 : %2.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>BulkOutcome</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Impossible d’écrire le rapport %1 : %2.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>%1 per minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunRecord</name>
    <message>
        <source>The journal %1 does not say which run it records (no &quot;run&quot; record).</source>
        <translation>Le journal %1 ne dit pas quelle exécution il enregistre (aucun enregistrement « run »).</translation>
    </message>
    <message>
        <source>A create was sent and its answer is not recorded (in flight).</source>
        <translation>Une création a été envoyée et sa réponse n’est pas enregistrée (en cours).</translation>
    </message>
</context>
<context>
    <name>CallComparison</name>
    <message>
        <source>Saving the form&apos;s criteria would not change this.</source>
        <translation>Enregistrer les critères du formulaire n’y changerait rien.</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved: %1</source>
        <translation>Si les critères du formulaire étaient enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>the criteria for all hours</source>
        <translation>le critère pour toutes les heures</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>the criteria &quot;%1&quot; (%2)</source>
        <translation>le critère «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is off for this workspace.</source>
        <translation>Ne sonne pas séquentiellement&#xa0;: la sonnerie séquentielle est désactivée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is on, but no number to ring is set.</source>
        <translation>Ne sonne pas séquentiellement&#xa0;: la sonnerie séquentielle est activée, mais aucun numéro à faire sonner n&apos;est défini.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: no criteria matches this caller at this time.</source>
        <translation>Ne sonne pas séquentiellement&#xa0;: aucun critère ne correspond à cet appelant à ce moment.</translation>
    </message>
    <message>
        <source>Does not ring sequentially: %1 matches this caller and does not ring; criteria which do not ring take priority.</source>
        <translation>Ne sonne pas séquentiellement&#xa0;: %1 correspond à cet appelant et ne sonne pas&#xa0;; les critères qui ne sonnent pas sont prioritaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n sonnerie</numerusform>
            <numerusform>%n sonneries</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace %1</source>
        <translation>Cet espace de travail %1</translation>
    </message>
    <message>
        <source>%1 %2 with answer confirmation</source>
        <translation>%1 %2 avec confirmation de réponse</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>Rings sequentially: %1 matches this caller and rings. %2.</source>
        <translation>Sonne séquentiellement&#xa0;: %1 correspond à cet appelant et sonne. %2.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
</context>
<context>
    <name>CallRules</name>
    <message>
        <source>The criteria %1 names the schedule &quot;%2&quot; (%3), which this location does not have: the criteria is never in effect.</source>
        <translation>Le critère %1 désigne le calendrier «&#xa0;%2&#xa0;» (%3), que cet emplacement n&apos;a pas&#xa0;: le critère ne s&apos;applique jamais.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
</context>
<context>
    <name>CallerParser</name>
    <message>
        <source>Caller: %1 Or type private or unavailable.</source>
        <translation>Appelant&#xa0;: %1 Ou saisissez private ou unavailable.</translation>
    </message>
</context>
<context>
    <name>CommandLineToken</name>
    <message>
        <source>The sign-in with Webex for %1 could not be renewed: %2</source>
        <translation>La connexion avec Webex pour %1 n&apos;a pas pu être renouvelée : %2</translation>
    </message>
    <message>
        <source>no answer.</source>
        <translation>aucune réponse.</translation>
    </message>
    <message>
        <source>No token for %1: set WEBEX_ACCESS_TOKEN, or sign in with Webex in the window with this API root, so that the keychain holds the sign-in.</source>
        <translation>Aucun jeton pour %1 : définissez WEBEX_ACCESS_TOKEN, ou connectez-vous avec Webex dans la fenêtre avec cette racine d&apos;API, afin que le trousseau conserve la connexion.</translation>
    </message>
    <message>
        <source>No integration is known to look its sign-in up: set WEBEX_CLIENT_ID to its client ID, or sign in from the window once.</source>
        <translation>Aucune intégration n&apos;est connue pour retrouver sa connexion : définissez WEBEX_CLIENT_ID avec son ID client, ou connectez-vous une fois depuis la fenêtre.</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>API root, e.g. https://webexapis.com/v1.</source>
        <translation>Racine de l&apos;API, p. ex. https://webexapis.com/v1.</translation>
    </message>
    <message>
        <source>Organization ID (partner administrators).</source>
        <translation>ID d&apos;organisation (administrateurs partenaires).</translation>
    </message>
    <message>
        <source>At exit, write the requests and answers of this run to FILE as HAR 1.2, tokens and secrets removed.</source>
        <translation>À la sortie, écrire les requêtes et réponses de cette exécution dans FICHIER au format HAR 1.2, sans jetons ni secrets.</translation>
    </message>
    <message>
        <source>Log every request and answer (method, URL, status, time; never a token) to standard error.</source>
        <translation>Journaliser chaque requête et réponse (méthode, URL, statut, durée ; jamais un jeton) sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1 : %2</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 added</source>
        <translation>phoneNumbers : %1 ajouté</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 removed</source>
        <translation>phoneNumbers : %1 retiré</translation>
    </message>
    <message>
        <source>phoneNumbers: order changed</source>
        <translation>phoneNumbers : ordre modifié</translation>
    </message>
</context>
<context>
    <name>CriteriaJson</name>
    <message>
        <source>The JSON is not well formed at character %1: %2.</source>
        <translation>Le JSON est mal formé au caractère %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The JSON must be an object ({ … }).</source>
        <translation>Le JSON doit être un objet ({ … }).</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (value %2). Remove it; the keys allowed are: %3.</source>
        <translation>Clé inconnue &quot;%1&quot; (valeur %2). Supprimez-la&#xa0;; les clés autorisées sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the value %2, but it must be %3.</source>
        <translation>La clé &quot;%1&quot; a la valeur %2, mais elle doit être %3.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the unknown value %2. Use one of: %3.</source>
        <translation>La clé &quot;%1&quot; a la valeur inconnue %2. Utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>The key &quot;callsFrom&quot; is missing. Add &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; or &quot;SELECT_PHONE_NUMBERS&quot;.</source>
        <translation>La clé &quot;callsFrom&quot; est absente. Ajoutez &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; ou &quot;SELECT_PHONE_NUMBERS&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is missing. Add &quot;%1&quot;: true or false.</source>
        <translation>La clé &quot;%1&quot; est absente. Ajoutez &quot;%1&quot;: true ou false.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;phoneNumbers&quot; is %2, but it must be a string.</source>
        <translation>L&apos;entrée %1 de &quot;phoneNumbers&quot; est %2, mais elle doit être une chaîne.</translation>
    </message>
</context>
<context>
    <name>CriteriaValidator</name>
    <message>
        <source>Workspace ID is required. Paste the workspace&apos;s ID from Control Hub or the API, or choose the workspace.</source>
        <translation>L&apos;ID de l&apos;espace de travail est obligatoire. Collez l&apos;ID de l&apos;espace de travail depuis Control Hub ou l&apos;API, ou choisissez l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Workspace ID &quot;%1&quot; has spaces at its start or end; they will be removed.</source>
        <translation>L&apos;ID d&apos;espace de travail &quot;%1&quot; contient des espaces au début ou à la fin&#xa0;; ils seront supprimés.</translation>
    </message>
    <message>
        <source>No access token is set. Set a token with the scope spark-admin:workspaces_write before creating the criteria.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est défini. Définissez un jeton doté de l&apos;étendue spark-admin:workspaces_write avant de créer le critère.</translation>
    </message>
    <message>
        <source>Schedule name is empty. Type or choose the name of a location schedule, or turn off &quot;Only during a schedule&quot;.</source>
        <translation>Le nom du calendrier est vide. Saisissez ou choisissez le nom d&apos;un calendrier de l&apos;emplacement, ou désactivez «&#xa0;Uniquement selon un calendrier&#xa0;».</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot; for schedule &quot;%1&quot;.</source>
        <translation>Le type de calendrier n&apos;est pas choisi. Choisissez «&#xa0;Heures d&apos;ouverture&#xa0;» ou «&#xa0;Jours fériés&#xa0;» pour le calendrier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; is not among the schedules of the workspace&apos;s location (%2). Check the spelling, or create the schedule first; the service refuses an unknown schedule.</source>
        <translation>Le calendrier &quot;%1&quot; ne fait pas partie des calendriers de l&apos;emplacement de l&apos;espace de travail (%2). Vérifiez l&apos;orthographe ou créez d&apos;abord le calendrier&#xa0;; le service refuse un calendrier inconnu.</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>il n&apos;en a aucun</translation>
    </message>
    <message>
        <source>&quot;Select phone numbers&quot; needs at least one phone number, private callers or unavailable callers. Add a number, turn on a caller option, or choose &quot;Any phone number&quot;.</source>
        <translation>«&#xa0;Sélectionner des numéros&#xa0;» nécessite au moins un numéro de téléphone, les appelants privés ou les appelants indisponibles. Ajoutez un numéro, activez une option d&apos;appelants ou choisissez «&#xa0;N&apos;importe quel numéro&#xa0;».</translation>
    </message>
    <message>
        <source>There are %1 phone numbers, but a criteria holds at most %2. Remove %3.</source>
        <translation>Il y a %1 numéros de téléphone, mais un critère en contient %2 au plus. Enlevez-en %3.</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot;.</source>
        <translation>Le type de calendrier n&apos;est pas choisi. Choisissez «&#xa0;Heures d&apos;ouverture&#xa0;» ou «&#xa0;Jours fériés&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Le lecteur CSV n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2.</source>
        <translation>Le fichier n’est pas un CSV valide vers la ligne %1 : %2.</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Could not open the draft &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir le brouillon &quot;%1&quot;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, too large for a draft (at most %3). Choose a draft saved by this program.</source>
        <translation>&quot;%1&quot; fait %2 octets, ce qui est trop pour un brouillon (%3 au maximum). Choisissez un brouillon enregistré par ce programme.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; cannot be used: %2</source>
        <translation>Le brouillon &quot;%1&quot; est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the draft &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire le brouillon &quot;%1&quot;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save the draft &quot;%1&quot;: %2. The previous file, if any, is unchanged.</source>
        <translation>Impossible d&apos;enregistrer le brouillon &quot;%1&quot;&#xa0;: %2. Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>Key &quot;format&quot; must be &quot;%1&quot;, but the draft has %2.</source>
        <translation>La clé &quot;format&quot; doit valoir &quot;%1&quot;, mais le brouillon contient %2.</translation>
    </message>
    <message>
        <source>Key &quot;version&quot; must be a whole number, but the draft has %1.</source>
        <translation>La clé &quot;version&quot; doit être un nombre entier, mais le brouillon contient %1.</translation>
    </message>
    <message>
        <source>It was written by a newer version of seqring-admin (draft format %1; this version reads format %2). Open it with that version.</source>
        <translation>Il a été écrit par une version plus récente de seqring-admin (format de brouillon %1 ; cette version lit le format %2). Ouvrez-le avec cette version.</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (at character %1: %2).</source>
        <translation>Le brouillon n&apos;est pas un JSON valide (au caractère %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The draft must be a JSON object ({ … }).</source>
        <translation>Le brouillon doit être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a string, but the draft has %2.</source>
        <translation>La clé &quot;%1&quot; doit être une chaîne, mais le brouillon contient %2.</translation>
    </message>
</context>
<context>
    <name>ExportSubcommand</name>
    <message>
        <source>%1/%2 · %3 failed</source>
        <translation>%1/%2 · %3 en échec</translation>
    </message>
    <message>
        <source>%1 read, %2 listed so far · %3 failed</source>
        <translation>%1 lus, %2 listés jusqu’ici · %3 en échec</translation>
    </message>
    <message>
        <source>Export the sequential ring settings and criteria of every workspace of the organisation (or of those listed) to a state file, without a window. The token is found as for apply. Exit codes: 0 every workspace read; 3 some failed (left out of the file) or the workspaces could not be listed; 2 bad input or no token.</source>
        <translation>Exporte les réglages de sonnerie séquentielle et les critères de chaque espace de travail de l’organisation (ou de ceux listés) vers un fichier d’état, sans fenêtre. Le jeton est trouvé comme pour apply. Codes de sortie : 0 chaque espace de travail lu ; 3 certains en échec (absents du fichier) ou les espaces de travail n’ont pas pu être listés ; 2 entrée invalide ou pas de jeton.</translation>
    </message>
    <message>
        <source>The state file to write (JSON); it appears only when the export has ended.</source>
        <translation>Le fichier d’état à écrire (JSON) ; il n’apparaît qu’à la fin de l’export.</translation>
    </message>
    <message>
        <source>Only these workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column (as apply reads them).</source>
        <translation>Seulement ces espaces de travail : un ID ou un nom d’affichage exact par ligne, ou un CSV avec une colonne workspaceId ou displayName (comme apply les lit).</translation>
    </message>
    <message>
        <source>Also write a summary, a CSV line per workspace, to FILE.</source>
        <translation>Écrire aussi un résumé, une ligne CSV par espace de travail, dans FILE.</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to %1, default %2).</source>
        <translation>Requêtes simultanées, recherches comprises (1 à %1, %2 par défaut).</translation>
    </message>
    <message>
        <source>export needs --out FILE.json, the state file to write.</source>
        <translation>export a besoin de --out FICHIER.json, le fichier d’état à écrire.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency doit être un nombre entier de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>The summary %1 cannot be written: %2</source>
        <translation>Le résumé %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Limite de débit : chaque requête attend %1 s.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 workspaces written to %2; %3 failed.</source>
        <translation>%1 espaces de travail écrits dans %2 ; %3 en échec.</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>The session log could not be written to %1: %2</source>
        <translation>Le journal de session n’a pas pu être écrit dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>HttpStatus</name>
    <message>
        <source>OK (200): Webex answered the request.</source>
        <translation>OK (200)&#xa0;: Webex a répondu à la requête.</translation>
    </message>
    <message>
        <source>Created (201): Webex created the item.</source>
        <translation>Créé (201)&#xa0;: Webex a créé l&apos;élément.</translation>
    </message>
    <message>
        <source>Accepted (202): Webex accepted the request and will finish it shortly. Reload in a moment to see the result.</source>
        <translation>Accepté (202)&#xa0;: Webex a accepté la requête et la terminera sous peu. Rechargez dans un instant pour voir le résultat.</translation>
    </message>
    <message>
        <source>No content (204): Webex carried out the request.</source>
        <translation>Aucun contenu (204)&#xa0;: Webex a exécuté la requête.</translation>
    </message>
    <message>
        <source>Bad request (400): Webex could not accept the request as sent. Read the server&apos;s message below, correct the field it names and try again.</source>
        <translation>Requête incorrecte (400)&#xa0;: Webex n&apos;a pas pu accepter la requête telle qu&apos;elle a été envoyée. Lisez le message du serveur ci-dessous, corrigez le champ qu&apos;il indique et réessayez.</translation>
    </message>
    <message>
        <source>Unauthorized (401): the access token is missing, wrong or has expired. Sign in again or paste a fresh token, then try again.</source>
        <translation>Non autorisé (401)&#xa0;: le jeton d&apos;accès est absent, incorrect ou expiré. Reconnectez-vous ou collez un nouveau jeton, puis réessayez.</translation>
    </message>
    <message>
        <source>Forbidden (403): the signed-in account may not do this. Use a full or location administrator with the scope spark-admin:workspaces_write, and check that the workspace has the Webex Calling Professional license.</source>
        <translation>Interdit (403)&#xa0;: le compte connecté n&apos;a pas le droit d&apos;effectuer cette action. Utilisez un administrateur complet ou un administrateur d&apos;emplacement doté de l&apos;étendue spark-admin:workspaces_write, et vérifiez que l&apos;espace de travail dispose de la licence Webex Calling Professional.</translation>
    </message>
    <message>
        <source>Not found (404): the workspace, criteria or address does not exist, or belongs to another organisation. Check the workspace and organisation IDs and the API address.</source>
        <translation>Introuvable (404)&#xa0;: l&apos;espace de travail, le critère ou l&apos;adresse n&apos;existe pas, ou appartient à une autre organisation. Vérifiez l&apos;ID de l&apos;espace de travail, l&apos;ID d&apos;organisation et l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>Method not allowed (405): this address does not accept this kind of request. Check the API address in the settings.</source>
        <translation>Méthode non autorisée (405)&#xa0;: cette adresse n&apos;accepte pas ce type de requête. Vérifiez l&apos;adresse de l&apos;API dans les paramètres.</translation>
    </message>
    <message>
        <source>Conflict (409): the request conflicts with the workspace&apos;s current settings, for example a criteria with the same schedule already exists. Reload the criteria list and change the request.</source>
        <translation>Conflit (409)&#xa0;: la requête est en conflit avec les paramètres actuels de l&apos;espace de travail&#xa0;; par exemple, un critère avec le même calendrier existe déjà. Rechargez la liste des critères et modifiez la requête.</translation>
    </message>
    <message>
        <source>Gone (410): the item is no longer available. Reload the list.</source>
        <translation>Supprimé (410)&#xa0;: l&apos;élément n&apos;est plus disponible. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Unsupported media type (415): Webex did not accept the body&apos;s format. This is a defect of this program; please report it with the details below.</source>
        <translation>Type de média non pris en charge (415)&#xa0;: Webex n&apos;a pas accepté le format du corps de la requête. Il s&apos;agit d&apos;un défaut de ce programme&#xa0;; veuillez le signaler en joignant les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Locked (423): the item is temporarily locked by another change. Wait the time shown and try again.</source>
        <translation>Verrouillé (423)&#xa0;: l&apos;élément est temporairement verrouillé par une autre modification. Attendez le délai indiqué et réessayez.</translation>
    </message>
    <message>
        <source>Precondition required (428): Webex needs a precondition this request did not meet. Read the server&apos;s message below.</source>
        <translation>Condition préalable requise (428)&#xa0;: Webex exige une condition préalable que cette requête ne remplissait pas. Lisez le message du serveur ci-dessous.</translation>
    </message>
    <message>
        <source>Too many requests (429): Webex is limiting how fast requests may be sent, and did not process this one. Wait the time shown and try again.</source>
        <translation>Trop de requêtes (429)&#xa0;: Webex limite le débit des requêtes et n&apos;a pas traité celle-ci. Attendez le délai indiqué et réessayez.</translation>
    </message>
    <message>
        <source>Internal server error (500): something went wrong inside Webex. Try again later; if it persists, contact Webex support with the tracking ID.</source>
        <translation>Erreur interne du serveur (500)&#xa0;: un problème est survenu chez Webex. Réessayez plus tard&#xa0;; si le problème persiste, contactez l&apos;assistance Webex en indiquant l&apos;ID de suivi.</translation>
    </message>
    <message>
        <source>Bad gateway (502): a Webex server got an invalid answer from another one. Try again later.</source>
        <translation>Passerelle incorrecte (502)&#xa0;: un serveur Webex a reçu une réponse non valide d&apos;un autre serveur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Service unavailable (503): Webex is overloaded or under maintenance. Try again later.</source>
        <translation>Service indisponible (503)&#xa0;: Webex est surchargé ou en maintenance. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Gateway timeout (504): a Webex server did not answer in time. Try again later.</source>
        <translation>Délai de passerelle dépassé (504)&#xa0;: un serveur Webex n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Success (%1): Webex answered the request.</source>
        <translation>Succès (%1)&#xa0;: Webex a répondu à la requête.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1, which this program does not know. Read the details below; if in doubt, contact Webex support with the tracking ID.</source>
        <translation>Webex a répondu avec le statut HTTP %1, que ce programme ne connaît pas. Lisez les détails ci-dessous&#xa0;; en cas de doute, contactez l&apos;assistance Webex en indiquant l&apos;ID de suivi.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address and that the service is running, then try again.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse de l&apos;API et que le service est en cours d&apos;exécution, puis réessayez.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered. Check your network and try again.</source>
        <translation>Le serveur a fermé la connexion avant de répondre. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API address and your network connection.</source>
        <translation>Le nom du serveur est introuvable (DNS). Vérifiez l&apos;adresse de l&apos;API et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the API address, the system clock and any proxy that inspects traffic.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec le serveur. Vérifiez l&apos;adresse de l&apos;API, l&apos;horloge du système et tout proxy qui inspecte le trafic.</translation>
    </message>
    <message>
        <source>The network connection was lost. Reconnect and try again.</source>
        <translation>La connexion réseau a été perdue. Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the system&apos;s proxy settings.</source>
        <translation>Impossible d&apos;utiliser le serveur proxy. Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere it may not go. Check the API address.</source>
        <translation>Le serveur a redirigé la requête vers une destination non autorisée. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the HTTP protocol. Check the API address.</source>
        <translation>La réponse du serveur ne respecte pas le protocole HTTP. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The request failed because of a network problem (code %1). Check your network connection and try again.</source>
        <translation>La requête a échoué à cause d&apos;un problème réseau (code %1). Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server redirected the request again and again (a redirect loop), so it was stopped. Check the API address.</source>
        <translation>Le serveur a redirigé la requête encore et encore (une boucle de redirection) ; elle a donc été arrêtée. Vérifiez l’adresse de l’API.</translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>its criteria cannot be read: %1</source>
        <translation>son critère est illisible : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; file, not a journal of seqring-admin</source>
        <translation>c’est un fichier &quot;%1&quot;, pas un journal de seqring-admin</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Impossible de lire le journal %1 : %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>Le journal %1 est endommagé à la ligne %2 : %3.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer seqring-admin (journal version %2; this one reads versions up to %3). Resume it with that version.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de seqring-admin (version de journal %2 ; celle-ci lit les versions jusqu’à %3). Reprenez-le avec cette version.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>The time zone &quot;%1&quot; is not a known IANA time zone (such as America/Chicago).</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» n&apos;est pas un fuseau IANA connu (comme America/Chicago).</translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation>L&apos;heure n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>LocationScheduleJson</name>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD from %1 to %2</source>
        <translation>une date YYYY-MM-DD des années %1 à %2</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>une heure HH:MM de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>a month JANUARY to DECEMBER</source>
        <translation>un mois de JANUARY à DECEMBER</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the one kind of recurrence, an object</source>
        <translation>le seul type de récurrence, un objet</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date exactly when recurForEver is not true</source>
        <translation>une date si et seulement si recurForEver n&apos;est pas true</translation>
    </message>
    <message>
        <source>at least one weekday marked true</source>
        <translation>au moins un jour de la semaine à true</translation>
    </message>
    <message>
        <source>a day that %1 has</source>
        <translation>un jour que compte %1</translation>
    </message>
    <message>
        <source>a weekday SUNDAY to SATURDAY</source>
        <translation>un jour de SUNDAY à SATURDAY</translation>
    </message>
    <message>
        <source>FIRST, SECOND, THIRD, FOURTH or LAST</source>
        <translation>FIRST, SECOND, THIRD, FOURTH ou LAST</translation>
    </message>
    <message>
        <source>an end after the start</source>
        <translation>une fin après le début</translation>
    </message>
    <message>
        <source>a date on or after startDate</source>
        <translation>une date égale ou postérieure à startDate</translation>
    </message>
    <message>
        <source>The schedule is not a JSON object.</source>
        <translation>Le calendrier n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The schedule has no name (name is %1).</source>
        <translation>Le calendrier n&apos;a pas de nom (name est %1).</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; has type %2; expected businessHours or holidays.</source>
        <translation>Le calendrier «&#xa0;%1&#xa0;» a le type %2&#xa0;; businessHours ou holidays est attendu.</translation>
    </message>
    <message>
        <source>The events of the schedule &quot;%1&quot; are not a list.</source>
        <translation>Les événements du calendrier «&#xa0;%1&#xa0;» ne sont pas une liste.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot; is not an object; it is left out.</source>
        <translation>L&apos;événement %1 du calendrier «&#xa0;%2&#xa0;» n&apos;est pas un objet&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot;: %3 is %4, expected %5; the event is left out.</source>
        <translation>Événement %1 du calendrier «&#xa0;%2&#xa0;»&#xa0;: %3 est %4, attendu&#xa0;: %5&#xa0;; l&apos;événement est ignoré.</translation>
    </message>
</context>
<context>
    <name>LookupError</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Impossible de lire %1&#xa0;: la lecture a été annulée.</translation>
    </message>
    <message>
        <source>Reading %1 was refused (401): the token is not valid or has expired. Set a new token; it needs the scope %2.</source>
        <translation>Impossible de lire %1&#xa0;: accès refusé (401), le jeton n&apos;est pas valide ou a expiré. Définissez un nouveau jeton&#xa0;; il doit être doté de l&apos;étendue %2.</translation>
    </message>
    <message>
        <source>Reading %1 was refused (403): the token lacks the scope %2, or the administrator may not read this organisation. Use a token with %2.</source>
        <translation>Impossible de lire %1&#xa0;: accès refusé (403), le jeton n&apos;a pas l&apos;étendue %2 ou l&apos;administrateur n&apos;a pas le droit de lire cette organisation. Utilisez un jeton doté de %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty. Type a number such as +44 20 7183 8750.</source>
        <translation>Le numéro de téléphone est vide. Saisissez un numéro, par exemple +44 20 7183 8750.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters. Type digits only, for example +44 20 7183 8750.</source>
        <translation>&quot;%1&quot; contient des lettres. Saisissez uniquement des chiffres, par exemple +44 20 7183 8750.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension. Sequential ring criteria match whole numbers: remove the extension.</source>
        <translation>&quot;%1&quot; comporte un numéro de poste. Les critères de sonnerie séquentielle portent sur des numéros complets&#xa0;: supprimez le poste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type digits, optionally starting with +.</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone. Saisissez des chiffres, éventuellement précédés de +.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start it with + and the country code, or choose the default region for national numbers.</source>
        <translation>&quot;%1&quot; n&apos;a pas d&apos;indicatif de pays valide. Commencez par + suivi de l&apos;indicatif du pays, ou choisissez la région par défaut pour les numéros nationaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Short codes and extensions cannot be used; type the full number.</source>
        <translation>&quot;%1&quot; est trop court pour être un numéro de téléphone. Les numéros courts et les numéros de poste ne sont pas acceptés&#xa0;; saisissez le numéro complet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check the digits.</source>
        <translation>&quot;%1&quot; est trop long pour être un numéro de téléphone. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for its region (default region %2). Check the digits, or add + and the country code.</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro valide pour sa région (région par défaut&#xa0;: %2). Vérifiez les chiffres ou ajoutez + suivi de l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list (the same number written differently). Remove one of them.</source>
        <translation>&quot;%1&quot; figure déjà dans la liste (le même numéro écrit autrement). Enlevez l&apos;un des deux.</translation>
    </message>
</context>
<context>
    <name>PreviewSubcommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>(no token)</source>
        <translation>(aucun jeton)</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[%n octet supplémentaire non affiché]</numerusform>
            <numerusform>[%n octets supplémentaires non affichés]</numerusform>
        </translation>
    </message>
    <message>
        <source>Webex answered %1, but its reply could not be read (%2). The request was probably carried out; reload to check.</source>
        <translation>Webex a répondu %1, mais sa réponse n&apos;a pas pu être lue (%2). La requête a probablement été exécutée&#xa0;; rechargez pour vérifier.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>StateFileReader</name>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>rien (la clé manque)</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing; it must be %3.</source>
        <translation>%1 : la clé « %2 » manque ; elle doit être %3.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; has the value %3; it must be %4.</source>
        <translation>%1 : la clé « %2 » a la valeur %3 ; elle doit être %4.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; has the value %2: %3</source>
        <translation>la clé « %1 » a la valeur %2 : %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>left out (a number slot has only the keys %1)</source>
        <translation>omise (un emplacement de numéro n’a que les clés %1)</translation>
    </message>
    <message>
        <source>the key &quot;sequentialRing.phoneNumbers&quot; lists %1 numbers; sequential ring rings at most %2.</source>
        <translation>la clé « sequentialRing.phoneNumbers » contient %1 numéros ; la sonnerie séquentielle en fait sonner au plus %2.</translation>
    </message>
    <message>
        <source>the workspace&apos;s ID</source>
        <translation>l’ID de l’espace de travail</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is there, but &quot;professional&quot; is false: a workspace without the Professional license has no sequential ring. Remove the key, or set &quot;professional&quot; to true.</source>
        <translation>la clé « %1 » est présente, mais « professional » vaut false : un espace de travail sans licence Professional n’a pas de sonnerie séquentielle. Supprimez la clé ou mettez « professional » à true.</translation>
    </message>
    <message>
        <source>The state file is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>Le fichier d’état n’est pas du JSON valide (au caractère %1 : %2) ; il a peut-être été tronqué.</translation>
    </message>
    <message>
        <source>This is not a state file of seqring-admin: its key &quot;format&quot; is %1, not &quot;%2&quot;.</source>
        <translation>Ce n’est pas un fichier d’état de seqring-admin : sa clé « format » vaut %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>The key &quot;version&quot; of the state file has the value %1; it must be a whole number.</source>
        <translation>La clé « version » du fichier d’état a la valeur %1 ; elle doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The state file is format version %1, written by a newer seqring-admin; this version reads format version %2. Update seqring-admin to read it.</source>
        <translation>Le fichier d’état est au format version %1, écrit par un seqring-admin plus récent ; cette version lit le format version %2. Mettez seqring-admin à jour pour le lire.</translation>
    </message>
    <message>
        <source>The state file</source>
        <translation>Le fichier d’état</translation>
    </message>
    <message>
        <source>a date and time such as &quot;2026-12-07T10:00:00Z&quot;</source>
        <translation>une date et une heure comme « 2026-12-07T10:00:00Z »</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>Workspace %1 of the list</source>
        <translation>L’espace de travail %1 de la liste</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; (%2 of the list)</source>
        <translation>L’espace de travail « %1 » (%2 de la liste)</translation>
    </message>
    <message>
        <source>its ID %1 is also that of workspace %2 of the list; list each workspace once.</source>
        <translation>son ID %1 est aussi celle de l’espace de travail %2 de la liste ; listez chaque espace de travail une seule fois.</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Le fichier d’état « %1 » ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be used. %2</source>
        <translation>Le fichier d’état « %1 » ne peut pas être utilisé. %2</translation>
    </message>
</context>
<context>
    <name>StateFileWriter</name>
    <message>
        <source>Could not write the state file &quot;%1&quot;: %2.</source>
        <translation>Impossible d’écrire le fichier d’état « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Impossible d’écrire le rapport %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Impossible de lire le journal %1 : %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>Le journal %1 est endommagé à la ligne %2 : %3.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not a sync journal (its first line has no &quot;format&quot;: &quot;%2&quot;). Give the journal a sync wrote, or another file to start a new one.</source>
        <translation>%1 n’est pas un journal de synchronisation (sa première ligne n’a pas &quot;format&quot;: &quot;%2&quot;). Indiquez le journal écrit par une synchronisation, ou un autre fichier pour en commencer un nouveau.</translation>
    </message>
    <message>
        <source>The journal %1 is of version %2 of the sync journal; this seqring-admin reads version %3 and older. Resume it with the seqring-admin that wrote it.</source>
        <translation>Le journal %1 est de la version %2 du journal de synchronisation ; ce seqring-admin lit la version %3 et les précédentes. Reprenez-le avec le seqring-admin qui l’a écrit.</translation>
    </message>
    <message>
        <source>The journal %1 is empty: there is no sync to resume.</source>
        <translation>Le journal %1 est vide : il n’y a pas de synchronisation à reprendre.</translation>
    </message>
    <message>
        <source>The first line of the journal %1 holds entries that cannot be read (%2). Discard the journal and run the sync again.</source>
        <translation>La première ligne du journal %1 contient des entrées illisibles (%2). Abandonnez le journal et relancez la synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>schedule &quot;%1&quot; (%2)</source>
        <translation>calendrier « %1 » (%2)</translation>
    </message>
    <message>
        <source>all hours, all days</source>
        <translation>toutes les heures, tous les jours</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>sonner</translation>
    </message>
    <message>
        <source>do not ring</source>
        <translation>ne pas sonner</translation>
    </message>
    <message>
        <source>The workspace has no Webex Calling Professional license, so it has no sequential ring; assign the license first.</source>
        <translation>L’espace de travail n’a pas de licence Webex Calling Professional, donc pas de sonnerie séquentielle ; attribuez d’abord la licence.</translation>
    </message>
    <message>
        <source>The file lists the workspace without the Professional license, but it has the license now; its sequential ring is left as it is. Export it again to include its settings.</source>
        <translation>Le fichier liste l’espace de travail sans licence Professional, mais il a la licence maintenant ; sa sonnerie séquentielle reste telle quelle. Exportez-le à nouveau pour inclure ses réglages.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>The location &quot;%1&quot; has no schedule %2. Create it there, or change the criteria; nothing was sent to this workspace.</source>
        <translation>L’emplacement « %1 » n’a pas de calendrier %2. Créez-le là, ou modifiez le critère ; rien n’a été envoyé à cet espace de travail.</translation>
    </message>
    <message>
        <source>ring settings changed</source>
        <translation>réglages de sonnerie modifiés</translation>
    </message>
    <message>
        <source>turns sequential ring on</source>
        <translation>active la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>turns sequential ring off</source>
        <translation>désactive la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>replaced: an update cannot remove its schedule &quot;%1&quot;</source>
        <translation>remplacé : une mise à jour ne peut pas retirer son calendrier « %1 »</translation>
    </message>
    <message>
        <source>the file removes its schedule &quot;%1&quot;, which takes a delete and a create; deleting needs --allow-delete</source>
        <translation>le fichier retire son calendrier « %1 », ce qui demande une suppression et une création ; supprimer demande --allow-delete</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>absent du fichier : %1</translation>
    </message>
    <message>
        <source>not in the file (%1); deleting needs --allow-delete</source>
        <translation>absent du fichier (%1) ; supprimer demande --allow-delete</translation>
    </message>
    <message>
        <source>+%1 criteria</source>
        <translation>+%1 critères</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifiés</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>réglages modifiés</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 conservés</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncSubcommand</name>
    <message>
        <source>The state file each workspace listed in it is made equal to; others are not touched.</source>
        <translation>Le fichier d’état auquel chaque espace de travail qu’il liste est rendu identique ; les autres ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>A state file with one workspace whose ring settings and criteria every target gets (with --workspaces).</source>
        <translation>Un fichier d’état avec un seul espace de travail dont chaque cible reçoit les réglages de sonnerie et les critères (avec --workspaces).</translation>
    </message>
    <message>
        <source>The targets of --template: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Les cibles de --template : un ID ou un nom d’affichage exact par ligne, ou un CSV avec une colonne workspaceId ou displayName.</translation>
    </message>
    <message>
        <source>Read and plan every workspace; send nothing.</source>
        <translation>Lire et planifier chaque espace de travail ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Delete the criteria a workspace has and its entry has not (else they are kept, and the workspace does not match).</source>
        <translation>Supprimer les critères qu’un espace de travail a et que son entrée n’a pas (sinon ils sont gardés et l’espace de travail ne correspond pas).</translation>
    </message>
    <message>
        <source>Keep the journal of the sync in FILE.</source>
        <translation>Tenir le journal de la synchronisation dans FILE.</translation>
    </message>
    <message>
        <source>Continue the sync recorded in the journal: workspaces it finished are not touched, a write it sent unanswered is checked by reading.</source>
        <translation>Reprendre la synchronisation enregistrée dans le journal : les espaces de travail terminés ne sont pas modifiés, une écriture envoyée sans réponse est vérifiée par lecture.</translation>
    </message>
    <message>
        <source>Write a row per action as CSV to FILE.</source>
        <translation>Écrire une ligne par action en CSV dans FILE.</translation>
    </message>
    <message>
        <source>Requests at once, reads included (1 to 10, default 4).</source>
        <translation>Requêtes simultanées, lectures comprises (1 à 10, 4 par défaut).</translation>
    </message>
    <message>
        <source>sync needs either --desired FILE.json, or --template FILE.json with --workspaces TARGETS.</source>
        <translation>sync demande soit --desired FILE.json, soit --template FILE.json avec --workspaces TARGETS.</translation>
    </message>
    <message>
        <source>--template needs --workspaces TARGETS, the workspaces to give the template to.</source>
        <translation>--template demande --workspaces TARGETS, les espaces de travail qui reçoivent le modèle.</translation>
    </message>
    <message>
        <source>--workspaces goes with --template; with --desired the file lists the workspaces.</source>
        <translation>--workspaces va avec --template ; avec --desired, le fichier liste les espaces de travail.</translation>
    </message>
    <message>
        <source>The template %1 holds %2 workspaces; a template holds exactly one. Export one workspace, or use --desired.</source>
        <translation>Le modèle %1 contient %2 espaces de travail ; un modèle en contient exactement un. Exportez un seul espace de travail, ou utilisez --desired.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; in %2 has no &quot;id&quot;; a desired state names each workspace by its ID.</source>
        <translation>L’espace de travail &quot;%1&quot; dans %2 n’a pas d’&quot;id&quot; ; un état voulu nomme chaque espace de travail par son ID.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>correspondrait</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>ne correspondrait pas</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file (their ring settings and criteria), without a window: each workspace is read, planned and sent only what differs. The token is found as for apply. Exit codes: 0 every workspace matches (or would, in a dry run); 3 some failed or were left not matching; 2 bad input or no token.</source>
        <translation>Rendre des espaces de travail identiques à un fichier d’état (leurs réglages de sonnerie et critères), sans fenêtre : chaque espace de travail est lu, planifié et ne reçoit que ce qui diffère. Le jeton est trouvé comme pour apply. Codes de sortie : 0 chaque espace de travail correspond (ou correspondrait, en essai à blanc) ; 3 certains ont échoué ou ne correspondent pas ; 2 entrée invalide ou pas de jeton.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency doit être un nombre entier de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the sync to continue.</source>
        <translation>--resume demande --journal FILE, le journal de la synchronisation à reprendre.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>Le journal %1 contient déjà une exécution : ajoutez --resume pour la reprendre, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Limite de débit : chaque requête attend %1 s.</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 match, %3 failed, %4 left not matching. Journal: %5</source>
        <translation>%1 espaces de travail : %2 correspondent, %3 en échec, %4 ne correspondent pas. Journal : %5</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>aucun (simulation)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 would match, %4 failed, %5 would not match</source>
        <translation>%1/%2 · %3 correspondraient, %4 en échec, %5 ne correspondraient pas</translation>
    </message>
    <message>
        <source>%1/%2 · %3 match, %4 failed, %5 not matching</source>
        <translation>%1/%2 · %3 correspondent, %4 en échec, %5 ne correspondent pas</translation>
    </message>
    <message numerus="yes">
        <source>%n writes to send</source>
        <translation>
            <numerusform>%n écriture à envoyer</numerusform>
            <numerusform>%n écritures à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writes done</source>
        <translation>
            <numerusform>%n écriture faite</numerusform>
            <numerusform>%n écritures faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited: every request waits %n s</source>
        <translation>
            <numerusform>limite de débit : chaque requête attend %n s</numerusform>
            <numerusform>limite de débit : chaque requête attend %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>progression :</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>%1 (in an earlier run, recorded in the journal; not touched).</source>
        <translation>%1 (lors d’une exécution précédente, enregistrée dans le journal ; non modifié).</translation>
    </message>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>Sa licence n’a pas pu être lue ; le service décide.</translation>
    </message>
    <message>
        <source>Sent by an earlier run whose answer was not recorded; found done by reading the workspace, not sent again.</source>
        <translation>Envoyé par une exécution précédente dont la réponse n’a pas été enregistrée ; trouvé fait en lisant l’espace de travail, pas renvoyé.</translation>
    </message>
    <message>
        <source>The answer was lost; found done by reading the workspace, not sent again.</source>
        <translation>La réponse a été perdue ; trouvé fait en lisant l’espace de travail, pas renvoyé.</translation>
    </message>
    <message>
        <source>It failed for a reason not given.</source>
        <translation>Il a échoué pour une raison non indiquée.</translation>
    </message>
    <message>
        <source>Not sent: an earlier write to this workspace failed.</source>
        <translation>Non envoyé : une écriture précédente vers cet espace de travail a échoué.</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>fait lors d’une exécution précédente</translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>Cannot read the workspaces file %1: %2.</source>
        <translation>Impossible de lire le fichier d’espaces de travail %1 : %2.</translation>
    </message>
    <message>
        <source>The workspaces file %1 is larger than %2 MiB.</source>
        <translation>Le fichier d’espaces de travail %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>Workspaces file %1: %2</source>
        <translation>Fichier d’espaces de travail %1 : %2</translation>
    </message>
    <message>
        <source>It names no workspace: give one workspace ID or display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>Il ne nomme aucun espace de travail : indiquez un ID ou un nom d’affichage par ligne, ou un CSV avec une colonne workspaceId ou displayName.</translation>
    </message>
</context>
<context>
    <name>TestCallSubcommand</name>
    <message>
        <source>--caller &quot;%1&quot;: %2</source>
        <translation>--caller «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time used: %1 in %2, the time zone of %3 (the location of %4).</source>
        <translation>Heure utilisée&#xa0;: %1 en %2, le fuseau horaire de %3 (l&apos;emplacement de %4).</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace: whether it rings sequentially, which criteria decides, and the ring sequence, from the schedules, criteria and ring settings read afresh from the service. Times are wall-clock times at the workspace&apos;s location. The token is found as apply finds it. Exit codes: 0 an answer; 1 the service could not be read; 2 bad input or no token.</source>
        <translation>Dit ce qui arrive à un appel vers un espace de travail&#xa0;: s&apos;il sonne en séquence, quel critère décide, et la séquence de sonnerie, d&apos;après les calendriers, les critères et les réglages de sonnerie relus sur le service. Les heures sont celles de l&apos;emplacement de l&apos;espace de travail. Le jeton est trouvé comme pour apply. Codes de sortie&#xa0;: 0 une réponse&#xa0;; 1 le service n&apos;a pas pu être lu&#xa0;; 2 entrée invalide ou pas de jeton.</translation>
    </message>
    <message>
        <source>The workspace the call is made to.</source>
        <translation>L&apos;espace de travail appelé.</translation>
    </message>
    <message>
        <source>Who calls: a phone number (+E.164, or national in the country of the location&apos;s time zone), private (number withheld) or unavailable (no number).</source>
        <translation>Qui appelle&#xa0;: un numéro (+E.164, ou national dans le pays du fuseau horaire de l&apos;emplacement), private (numéro masqué) ou unavailable (pas de numéro).</translation>
    </message>
    <message>
        <source>When, at the location: &quot;YYYY-MM-DD HH:MM&quot; (24 h). Default: now at the location.</source>
        <translation>Quand, à l&apos;emplacement&#xa0;: «&#xa0;YYYY-MM-DD HH:MM&#xa0;» (24&#xa0;h). Par défaut&#xa0;: maintenant à l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Print the outcome as one JSON object.</source>
        <translation>Afficher le résultat sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>test-call needs --workspace ID and --caller NUMBER, private or unavailable.</source>
        <translation>test-call a besoin de --workspace ID et de --caller NUMÉRO, private ou unavailable.</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not a date and time: write it as &quot;YYYY-MM-DD HH:MM&quot; (24 h), e.g. &quot;2026-12-25 10:00&quot;.</source>
        <translation>--at «&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;: écrivez-la sous la forme «&#xa0;YYYY-MM-DD HH:MM&#xa0;» (24&#xa0;h), par exemple «&#xa0;2026-12-25 10:00&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the API address in the settings.</source>
        <translation>L&apos;adresse &quot;%1&quot; n&apos;est pas une adresse web valide. Vérifiez l&apos;adresse de l&apos;API dans les paramètres.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; uses unencrypted http to another computer, which would expose the access token. Nothing was sent. Use an https address; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>L&apos;adresse &quot;%1&quot; utilise http non chiffré vers un autre ordinateur, ce qui exposerait le jeton d&apos;accès. Rien n&apos;a été envoyé. Utilisez une adresse https&#xa0;; le http simple n&apos;est autorisé que pour cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not start with https://. Nothing was sent. Check the API address in the settings.</source>
        <translation>L&apos;adresse &quot;%1&quot; ne commence pas par https://. Rien n&apos;a été envoyé. Vérifiez l&apos;adresse de l&apos;API dans les paramètres.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request from a secure https address to the insecure address &quot;%1&quot;. The redirect was refused.</source>
        <translation>Le serveur a tenté de rediriger la requête d&apos;une adresse https sécurisée vers l&apos;adresse non sécurisée &quot;%1&quot;. La redirection a été refusée.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request to another host, &quot;%1&quot;. The redirect was refused so that the access token is not sent there. Check the API address.</source>
        <translation>Le serveur a tenté de rediriger la requête vers un autre hôte, &quot;%1&quot;. La redirection a été refusée afin que le jeton d&apos;accès n&apos;y soit pas envoyé. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request, and the new address is not allowed: %1</source>
        <translation>Le serveur a tenté de rediriger la requête, mais la nouvelle adresse n&apos;est pas autorisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API root is empty. Use https://webexapis.com/v1, or choose the sandbox.</source>
        <translation>La racine de l&apos;API est vide. Utilisez https://webexapis.com/v1 ou choisissez le bac à sable.</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; is not a valid URL. Use a full address such as https://webexapis.com/v1.</source>
        <translation>La racine de l&apos;API &quot;%1&quot; n&apos;est pas une URL valide. Utilisez une adresse complète, par exemple https://webexapis.com/v1.</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; uses http, which would send the token unencrypted. Use https (http is allowed only for this computer, such as the sandbox).</source>
        <translation>La racine de l&apos;API &quot;%1&quot; utilise http, ce qui enverrait le jeton sans chiffrement. Utilisez https (http n&apos;est autorisé que pour cet ordinateur, par exemple pour le bac à sable).</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; must start with https://.</source>
        <translation>La racine de l&apos;API &quot;%1&quot; doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>%1 criteria</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>All hours criteria</source>
        <translation>Critère pour toutes les heures</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formulaire : %1</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>ne sonne pas</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>%1: holiday</source>
        <translation>%1 : jour férié</translation>
    </message>
    <message>
        <source>%1: its schedule is not at this location, never in effect</source>
        <translation>%1 : son horaire n’existe pas à cet emplacement, jamais en vigueur</translation>
    </message>
    <message>
        <source>%1: not in effect this week</source>
        <translation>%1 : pas en vigueur cette semaine</translation>
    </message>
    <message>
        <source>its schedule is not at this location</source>
        <translation>son horaire n’existe pas à cet emplacement</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>Critères existants</translation>
    </message>
    <message>
        <source>Target and criteria</source>
        <translation>Cible et critère</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>Quand ça sonne</translation>
    </message>
    <message>
        <source>Request preview and When it rings</source>
        <translation>Aperçu de la requête et Quand ça sonne</translation>
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
        <translation>Appels gratuits</translation>
    </message>
    <message>
        <source>Hybrid calling</source>
        <translation>Appels hybrides</translation>
    </message>
    <message>
        <source>No calling</source>
        <translation>Aucun service d&apos;appel</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Basic workspace license</source>
        <translation>Licence d&apos;espace de travail de base</translation>
    </message>
    <message>
        <source>Not Webex Calling</source>
        <translation>Hors Webex Calling</translation>
    </message>
    <message>
        <source>License not known</source>
        <translation>Licence inconnue</translation>
    </message>
    <message>
        <source>sequential ring needs the Professional license</source>
        <translation>la sonnerie séquentielle nécessite la licence Professional</translation>
    </message>
    <message>
        <source>the workspace is not on Webex Calling</source>
        <translation>l&apos;espace de travail n&apos;utilise pas Webex Calling</translation>
    </message>
    <message>
        <source>the license could not be read; the service will refuse the criteria unless the workspace has the Professional license</source>
        <translation>la licence n&apos;a pas pu être lue&#xa0;; le service refusera le critère si l&apos;espace de travail ne dispose pas de la licence Professional</translation>
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
        <translation>Aucun espace de travail de cette organisation n’a l’ID %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>L’espace de travail n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The workspace named &quot;%1&quot; could not be looked up: %2</source>
        <translation>L’espace de travail nommé « %1 » n’a pas pu être recherché : %2</translation>
    </message>
    <message>
        <source>No workspace is named exactly &quot;%1&quot; (line %2).</source>
        <translation>Aucun espace de travail ne s’appelle exactement « %1 » (ligne %2).</translation>
    </message>
    <message>
        <source>%1 workspaces are named &quot;%2&quot; (line %3); give the ID of the one meant instead: %4.</source>
        <translation>%1 espaces de travail s’appellent « %2 » (ligne %3) ; indiquez plutôt l’ID de celui voulu : %4.</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace %1 with another workspace (&quot;%2&quot;); it was not changed.</source>
        <translation>Webex a répondu à la recherche de l&apos;espace de travail %1 avec un autre espace de travail (&quot;%2&quot;) ; il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create Webex Calling sequential ring criteria for a workspace, and see the exact request before sending it.</source>
        <translation>Créez des critères de sonnerie séquentielle Webex Calling pour un espace de travail et voyez la requête exacte avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox API with its demo token.</source>
        <translation>Utiliser l&apos;API du bac à sable intégré et son jeton de démonstration.</translation>
    </message>
    <message>
        <source>Workspace ID.</source>
        <translation>ID de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, ja, en).</source>
        <translation>Langue de l&apos;interface (de, fr, ja, en).</translation>
    </message>
    <message>
        <source>Print the request DRAFT would send (token redacted) and exit; exit code 2 if it is invalid.</source>
        <translation>Afficher la requête que DRAFT enverrait (jeton masqué) et quitter&#xa0;; code de sortie 2 si le brouillon n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Open a draft in the window.</source>
        <translation>Ouvrir un brouillon dans la fenêtre.</translation>
    </message>
    <message>
        <source>Client ID of the Webex integration to sign in with (else WEBEX_CLIENT_ID, else the settings).</source>
        <translation>ID client de l’intégration Webex pour la connexion (sinon WEBEX_CLIENT_ID, sinon les réglages).</translation>
    </message>
    <message>
        <source>Apply a draft&apos;s criteria to many workspaces, with no window; see seqring-admin apply --help.</source>
        <translation>Appliquer le critère d’un brouillon à de nombreux espaces de travail, sans fenêtre ; voir seqring-admin apply --help.</translation>
    </message>
    <message>
        <source>Unknown screenshot scene %1; the scenes are: %2.</source>
        <translation>Scène de capture d’écran inconnue %1 ; les scènes sont : %2.</translation>
    </message>
    <message>
        <source>A draft to open in the window, as --open does (the desktop entry passes the file opened with it).</source>
        <translation>Un brouillon à ouvrir dans la fenêtre, comme avec --open (l’entrée de bureau transmet le fichier ouvert avec elle).</translation>
    </message>
    <message>
        <source>One draft at a time: %1 were given.</source>
        <translation>Un seul brouillon à la fois : %1 ont été donnés.</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace, with no window; see seqring-admin test-call --help.</source>
        <translation>Dire ce qui arrive à un appel vers un espace de travail, sans fenêtre&#xa0;; voir seqring-admin test-call --help.</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, with no window; see seqring-admin sync --help.</source>
        <translation>Rendre des espaces de travail identiques à un fichier d’état, sans fenêtre ; voir seqring-admin sync --help.</translation>
    </message>
    <message>
        <source>Export every workspace&apos;s sequential ring settings and criteria to a state file, with no window; see seqring-admin export --help.</source>
        <translation>Exporter les réglages de sonnerie séquentielle et les critères de chaque espace de travail vers un fichier d’état, sans fenêtre ; voir seqring-admin export --help.</translation>
    </message>
</context>
<context>
    <name>seqring::ApiJob</name>
    <message>
        <source>The server&apos;s reply is %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>La réponse du serveur fait %1 octets, soit plus que les %2 octets acceptés par ce programme. Elle n&apos;a pas été lue. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The server&apos;s reply grew beyond the %1 bytes this program accepts, so it was not read to the end. Check the API address.</source>
        <translation>La réponse du serveur a dépassé les %1 octets acceptés par ce programme&#xa0;; elle n&apos;a donc pas été lue jusqu&apos;au bout. Vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu dans le délai de %n seconde. Vérifiez votre réseau et réessayez.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu dans le délai de %n secondes. Vérifiez votre réseau et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change may or may not have been made. Reload to check before you try again.</source>
        <translation>La modification a peut-être été effectuée, ou peut-être pas. Rechargez pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <source>The server&apos;s reply headers are %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>Les en-têtes de la réponse du serveur font %1 octets, plus que les %2 octets acceptés par ce programme. Elle n’a pas été lue. Vérifiez l’adresse de l’API.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s). Check your network and the API address, then try again.</source>
        <translation>
            <numerusform>Le serveur n’a pas terminé sa réponse en %n seconde. Vérifiez votre réseau et l’adresse de l’API, puis réessayez.</numerusform>
            <numerusform>Le serveur n’a pas terminé sa réponse en %n secondes. Vérifiez votre réseau et l’adresse de l’API, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered %1 and then sent more than the %2 bytes this program accepts, so the rest was not read. %3</source>
        <translation>Le service a répondu %1 puis a envoyé plus que les %2 octets acceptés par ce programme ; la suite n&apos;a pas été lue. %3</translation>
    </message>
    <message numerus="yes">
        <source>The service answered %1 and then sent nothing more for %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>Le service a répondu %1 puis n&apos;a plus rien envoyé pendant %n seconde. Vérifiez votre réseau et réessayez.</numerusform>
            <numerusform>Le service a répondu %1 puis n&apos;a plus rien envoyé pendant %n secondes. Vérifiez votre réseau et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was probably carried out.</source>
        <translation>La requête a probablement été exécutée.</translation>
    </message>
</context>
<context>
    <name>seqring::AutosaveOffer</name>
    <message>
        <source>It could not be set aside and was removed; nothing was restored.</source>
        <translation>Elle n’a pas pu être mise de côté et a été supprimée ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>It was set aside as &quot;%1&quot;; nothing was restored.</source>
        <translation>Elle a été mise de côté sous « %1 » ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Sauvegarde automatique non restaurée</translation>
    </message>
    <message>
        <source>The autosaved form was restored.</source>
        <translation>Le formulaire sauvegardé automatiquement a été restauré.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Put the autosaved form back</source>
        <translation>Remettre le formulaire sauvegardé automatiquement</translation>
    </message>
    <message>
        <source>Delete the autosave and keep the form as it is</source>
        <translation>Supprimer la sauvegarde automatique et garder le formulaire tel quel</translation>
    </message>
    <message>
        <source>Changes to a criteria were autosaved %1 (%2) and not saved on the service when seqring-admin last ended.</source>
        <translation>Des modifications d’un critère ont été sauvegardées automatiquement %1 (%2) et n’étaient pas enregistrées sur le service quand seqring-admin s’est arrêté.</translation>
    </message>
    <message>
        <source>A form was autosaved %1 (%2) when seqring-admin last ended without a clean quit.</source>
        <translation>Un formulaire a été sauvegardé automatiquement %1 (%2) quand seqring-admin s’est arrêté la dernière fois sans être quitté normalement.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkActions</name>
    <message>
        <source>Apply to se&amp;veral workspaces…</source>
        <translation>Appliquer à p&amp;lusieurs espaces de travail…</translation>
    </message>
    <message>
        <source>Apply the criteria of the form to many workspaces at once</source>
        <translation>Appliquer le critère du formulaire à de nombreux espaces de travail à la fois</translation>
    </message>
    <message>
        <source>Resume the earlier run?</source>
        <translation>Reprendre l’exécution précédente ?</translation>
    </message>
    <message>
        <source>A run of Apply to several workspaces did not finish (its journal is %1). Resume it? Workspaces already done are not sent again; for those whose create was in flight, their criteria are read first.</source>
        <translation>Une exécution de « Appliquer à plusieurs espaces de travail » ne s’est pas terminée (son journal est %1). La reprendre ? Les espaces de travail déjà traités ne sont pas renvoyés ; pour ceux dont la création était en cours, leurs critères sont d’abord lus.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>seqring::BulkController</name>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Une exécution est en cours ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Retry failed needs a finished run (not a check).</source>
        <translation>« Réessayer les échecs » nécessite une exécution terminée (pas une vérification).</translation>
    </message>
    <message>
        <source>No workspace failed: there is nothing to retry.</source>
        <translation>Aucun espace de travail n’a échoué : rien à réessayer.</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>Aucun jeton pour %1 : définissez un jeton ou connectez-vous, puis reprenez.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkRun</name>
    <message>
        <source>Done in an earlier run (recorded in the journal); not sent again.</source>
        <translation>Fait lors d’une exécution précédente (enregistré dans le journal) ; non renvoyé.</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>Les calendriers de son site n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Its sequential ring settings could not be read: %1</source>
        <translation>Ses paramètres de sonnerie séquentielle n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Warning: its sequential ring is off; the criteria has no effect until it is turned on.</source>
        <translation>Avertissement : sa sonnerie séquentielle est désactivée ; le critère n’a aucun effet tant qu’elle n’est pas activée.</translation>
    </message>
    <message>
        <source>Created by an earlier run (found by reading its criteria); not sent again.</source>
        <translation>Créé par une exécution précédente (trouvé en lisant ses critères) ; non renvoyé.</translation>
    </message>
    <message>
        <source>It already has a criteria with this schedule and calls-from (ID %1).</source>
        <translation>Il a déjà un critère avec ce calendrier et ces appelants (ID %1).</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Created (the answer was lost; found by reading its criteria).</source>
        <translation>Créé (la réponse a été perdue ; trouvé en lisant ses critères).</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled before this workspace&apos;s turn.</source>
        <translation>Non envoyé : l’exécution a été annulée avant le tour de cet espace de travail.</translation>
    </message>
    <message>
        <source>Created: %1 It was found by reading its criteria.</source>
        <translation>Créé : %1 Il a été trouvé en lisant ses critères.</translation>
    </message>
</context>
<context>
    <name>seqring::BulkTargetsPanel</name>
    <message>
        <source>Workspace na&amp;me contains</source>
        <translation>Le &amp;nom de l&apos;espace de travail contient</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>Partie du nom de l&apos;espace de travail&#xa0;; vide pour tout afficher</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>Found &amp;workspaces</source>
        <translation>Espaces de travail &amp;trouvés</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Cibles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ID de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Found workspaces</source>
        <translation>Espaces de travail trouvés</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Select &amp;all results</source>
        <translation>Sélectionner t&amp;ous les résultats</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the workspaces of a file: one ID or exact display name per line, or a CSV with a workspaceId or displayName column</source>
        <translation>Ajouter les espaces de travail d’un fichier : un ID ou un nom d’affichage exact par ligne, ou un CSV avec une colonne workspaceId ou displayName</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace found.</source>
        <translation>Aucun espace de travail trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n espace de travail trouvé.</numerusform>
            <numerusform>%n espaces de travail trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspaces</source>
        <translation>Importer des espaces de travail</translation>
    </message>
    <message>
        <source>Workspace lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes d’espaces de travail (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workspaces not imported</source>
        <translation>Espaces de travail non importés</translation>
    </message>
    <message>
        <source>(found by name when run)</source>
        <translation>(trouvé par son nom à l’exécution)</translation>
    </message>
</context>
<context>
    <name>seqring::BulkWindow</name>
    <message>
        <source>Select a workspace in the results to see its request.</source>
        <translation>Sélectionnez un espace de travail dans les résultats pour voir sa requête.</translation>
    </message>
    <message>
        <source>Apply to several workspaces</source>
        <translation>Appliquer à plusieurs espaces de travail</translation>
    </message>
    <message>
        <source>On &amp;duplicate</source>
        <translation>En cas de dou&amp;blon</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>L’ignorer</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from</source>
        <translation>Un espace de travail qui a déjà un critère avec le même horaire et les mêmes appelants</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>Re&amp;quêtes simultanées</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10)</source>
        <translation>Requêtes simultanées, consultations comprises (1 à 10)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check every target and send nothing (a dry run)</source>
        <translation>Vérifier chaque cible sans rien envoyer (essai à blanc)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Send nothing new; the requests in flight finish</source>
        <translation>Ne rien envoyer de nouveau ; les requêtes en cours se terminent</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Réessayer les éc&amp;hecs</translation>
    </message>
    <message>
        <source>Run again for the workspaces not created</source>
        <translation>Relancer pour les espaces de travail non créés</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Résultat&amp;s</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>ID du critère</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>The earlier run was not resumed</source>
        <translation>L’exécution précédente n’a pas été reprise</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 remaining</source>
        <translation>%1 faits, %2 en échec, %3 ignorés, %4 restants</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: every request waits %n s.</source>
        <translation>
            <numerusform>Limite de débit : chaque requête attend %n s.</numerusform>
            <numerusform>Limite de débit : chaque requête attend %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Would be created</source>
        <translation>Serait créé</translation>
    </message>
    <message>
        <source>No request: this workspace was not found.</source>
        <translation>Aucune requête : cet espace de travail est introuvable.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Résultats non exportés</translation>
    </message>
    <message>
        <source>Template: the criteria in the form (its own workspace ID is ignored).</source>
        <translation>Modèle : le critère du formulaire (son propre ID d’espace de travail est ignoré).</translation>
    </message>
    <message>
        <source>The criteria in the form has errors: correct them in the main window first.</source>
        <translation>Le critère du formulaire comporte des erreurs : corrigez-les d’abord dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>seqring::CallActions</name>
    <message>
        <source>Reading the workspace&apos;s criteria and schedules…</source>
        <translation>Lecture des critères et des horaires de l’espace de travail…</translation>
    </message>
    <message>
        <source>Choose a workspace to see when its calls ring.</source>
        <translation>Choisissez un espace de travail pour voir quand ses appels sonnent.</translation>
    </message>
    <message>
        <source>No workspace is chosen: choose one (Edit &gt; Choose workspace…), then test the call again.</source>
        <translation>Aucun espace de travail n’est choisi : choisissez-en un (Édition &gt; Choisir un espace de travail…), puis testez l’appel à nouveau.</translation>
    </message>
    <message>
        <source>Test a c&amp;all…</source>
        <translation>Tester un app&amp;el…</translation>
    </message>
    <message>
        <source>What happens to a call from a caller at a date and time</source>
        <translation>Ce qu’il advient d’un appel d’un appelant à une date et une heure</translation>
    </message>
</context>
<context>
    <name>seqring::CallScenarioReader</name>
    <message>
        <source>the workspace</source>
        <translation>l’espace de travail</translation>
    </message>
    <message>
        <source>The workspace %1 has no location, so it has no schedules or time zone: assign it to a location.</source>
        <translation>L’espace de travail %1 n’a pas d’emplacement, donc ni horaires ni fuseau horaire : attribuez-le à un emplacement.</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>les réglages de la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>The criteria %1 was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>Le critère %1 était listé mais introuvable (supprimé entre-temps ?) ; il est laissé de côté.</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>le critère %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Le critère %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>l’emplacement</translation>
    </message>
    <message>
        <source>The location %1 has no time zone (timeZone), so its schedules cannot be placed in time: set the location&apos;s time zone.</source>
        <translation>L’emplacement %1 n’a pas de fuseau horaire (timeZone), ses horaires ne peuvent donc pas être placés dans le temps : définissez le fuseau horaire de l’emplacement.</translation>
    </message>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>les horaires de l’emplacement</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is listed without an ID or a known type; it is left out.</source>
        <translation>L’horaire « %1 » est listé sans identifiant ou sans type connu ; il est laissé de côté.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>L’horaire « %1 » était listé mais introuvable (supprimé entre-temps ?) ; il est laissé de côté.</translation>
    </message>
    <message>
        <source>the schedule &quot;%1&quot;</source>
        <translation>l’horaire « %1 »</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; could not be read: %2</source>
        <translation>L’horaire « %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;: %2</source>
        <translation>Horaire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>seqring::CallTestDialog</name>
    <message>
        <source>Reading the schedules, the criteria and the ring settings…</source>
        <translation>Lecture des horaires, des critères et des réglages de sonnerie…</translation>
    </message>
    <message>
        <source>Test a call</source>
        <translation>Tester un appel</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Appelant :</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Private caller</source>
        <translation>Appelant masqué</translation>
    </message>
    <message>
        <source>Unavailable caller</source>
        <translation>Appelant indisponible</translation>
    </message>
    <message>
        <source>A phone number, Private caller or Unavailable caller</source>
        <translation>Un numéro de téléphone, Appelant masqué ou Appelant indisponible</translation>
    </message>
    <message>
        <source>(time at the workspace&apos;s location)</source>
        <translation>(heure à l’emplacement de l’espace de travail)</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>à %1 (%2)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Date and time at %1 (%2)</source>
        <translation>Date et heure à %1 (%2)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>What happens to the call</source>
        <translation>Ce qu’il advient de l’appel</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved</source>
        <translation>Si les critères du formulaire étaient enregistrés</translation>
    </message>
</context>
<context>
    <name>seqring::CreateCriteriaJob</name>
    <message>
        <source>Webex answered %1 but did not return the ID of a new criteria. The criteria was probably created: reload the workspace&apos;s criteria list to check before you create it again.</source>
        <translation>Webex a répondu %1, mais n&apos;a pas renvoyé l&apos;ID d&apos;un nouveau critère. Le critère a probablement été créé&#xa0;: rechargez la liste des critères de l&apos;espace de travail pour vérifier avant de le créer à nouveau.</translation>
    </message>
    <message>
        <source>The criteria may or may not have been created. Reload the workspace&apos;s criteria list to check before you create it again, so that it does not exist twice.</source>
        <translation>Le critère a peut-être été créé, ou peut-être pas. Rechargez la liste des critères de l&apos;espace de travail pour vérifier avant de le créer à nouveau, afin qu&apos;il n&apos;existe pas en double.</translation>
    </message>
    <message>
        <source>The criteria was probably created.</source>
        <translation>Le critère a probablement été créé.</translation>
    </message>
</context>
<context>
    <name>seqring::CreatedCheck</name>
    <message>
        <source>The criteria was created after all (ID %1). Do not create it again.</source>
        <translation>Le critère a finalement bien été créé (ID %1). Ne le créez pas à nouveau.</translation>
    </message>
    <message>
        <source>Whether the criteria was created could not be checked: %1</source>
        <translation>Impossible de vérifier si le critère a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The criteria was not created: the workspace has no criteria like it. You can create it again.</source>
        <translation>Le critère n&apos;a pas été créé&#xa0;: l&apos;espace de travail n&apos;a aucun critère semblable. Vous pouvez le créer à nouveau.</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaConflictDialog</name>
    <message>
        <source>The criteria changed on the service</source>
        <translation>Le critère a changé sur le service</translation>
    </message>
    <message>
        <source>Someone deleted this criteria on the service after you loaded it. Create it again with your version, or cancel and keep editing.</source>
        <translation>Quelqu’un a supprimé ce critère sur le service après que vous l’avez chargé. Recréez-le avec votre version, ou annulez et continuez la modification.</translation>
    </message>
    <message>
        <source>Someone changed this criteria on the service after you loaded it. Overwrite it with your version, load theirs into the form, or cancel.</source>
        <translation>Quelqu’un a modifié ce critère sur le service après que vous l’avez chargé. Écrasez-le avec votre version, chargez la sienne dans le formulaire, ou annulez.</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>&amp;Votre version</translation>
    </message>
    <message>
        <source>On the &amp;service</source>
        <translation>Sur le &amp;service</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>Charger &amp;la leur</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>&amp;Recréer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaDetailView</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Copy this criteria into the form to create a new one from it</source>
        <translation>Copier ce critère dans le formulaire pour en créer un nouveau à partir de celui-ci</translation>
    </message>
    <message>
        <source>Delete this criteria from the workspace, after a confirmation</source>
        <translation>Supprimer ce critère de l&apos;espace de travail, après confirmation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>Toutes les heures, tous les jours</translation>
    </message>
    <message>
        <source>Any phone number</source>
        <translation>N&apos;importe quel numéro</translation>
    </message>
    <message>
        <source>Selected phone numbers</source>
        <translation>Numéros sélectionnés</translation>
    </message>
    <message>
        <source>Private: %1, unavailable: %2</source>
        <translation>Privés&#xa0;: %1, indisponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a criteria above to see it here.</source>
        <translation>Sélectionnez un critère ci-dessus pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;</source>
        <translation>calendrier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>n&apos;importe quel numéro</translation>
    </message>
    <message>
        <source>selected numbers</source>
        <translation>numéros sélectionnés</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>rings sequentially</source>
        <translation>sonnerie séquentielle</translation>
    </message>
    <message>
        <source>does not ring sequentially</source>
        <translation>sans sonnerie séquentielle</translation>
    </message>
    <message>
        <source>Use as template</source>
        <translation>Utiliser comme modèle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>ID du critère</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Appels provenant de</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Private or unavailable callers</source>
        <translation>Appelants privés ou indisponibles</translation>
    </message>
    <message>
        <source>Rings sequentially</source>
        <translation>Sonnerie séquentielle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Load this criteria into the form to change it</source>
        <translation>Charger ce critère dans le formulaire pour le modifier</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaForm</name>
    <message>
        <source>Sequential ring criteria</source>
        <translation>Critère de sonnerie séquentielle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Only during a schedule</source>
        <translation>&amp;Uniquement selon un calendrier</translation>
    </message>
    <message>
        <source>When off, the criteria holds at all hours on all days.</source>
        <translation>Si cette option est désactivée, le critère s&apos;applique à toute heure, tous les jours.</translation>
    </message>
    <message>
        <source>Schedule &amp;name</source>
        <translation>&amp;Nom du calendrier</translation>
    </message>
    <message>
        <source>The name of a location schedule. Type it, or choose one of the location&apos;s schedules.</source>
        <translation>Le nom d&apos;un calendrier de l&apos;emplacement. Saisissez-le ou choisissez l&apos;un des calendriers de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Schedule &amp;type</source>
        <translation>T&amp;ype de calendrier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location schedule (GROUP)</source>
        <translation>Calendrier de l&apos;emplacement (GROUP)</translation>
    </message>
    <message>
        <source>Schedule level</source>
        <translation>Niveau du calendrier</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Appels provenant de</translation>
    </message>
    <message>
        <source>&amp;Any phone number</source>
        <translation>N&apos;importe &amp;quel numéro</translation>
    </message>
    <message>
        <source>&amp;Select phone numbers</source>
        <translation>&amp;Sélectionner des numéros</translation>
    </message>
    <message>
        <source>&amp;Private (anonymous) callers</source>
        <translation>Appelants &amp;privés (anonymes)</translation>
    </message>
    <message>
        <source>&amp;Unavailable callers</source>
        <translation>Appelants indisponi&amp;bles</translation>
    </message>
    <message>
        <source>&amp;Ring sequentially for matching calls</source>
        <translation>S&amp;onnerie séquentielle pour les appels concernés</translation>
    </message>
    <message>
        <source>Criteria which do not ring take priority over criteria which ring.</source>
        <translation>Les critères sans sonnerie sont prioritaires sur les critères avec sonnerie.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Holidays schedule</source>
        <translation>Calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Business hours schedule</source>
        <translation>Calendrier des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Nom du calendrier</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>seqring::DraftActions</name>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Ouvrir un brouillon…</translation>
    </message>
    <message>
        <source>&amp;Save draft…</source>
        <translation>&amp;Enregistrer le brouillon…</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>Enregistrer le brouillon &amp;sous…</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>The form was left as it was.</source>
        <translation>Le formulaire n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drafts (*.json)</source>
        <translation>Brouillons (*.json)</translation>
    </message>
</context>
<context>
    <name>seqring::EditController</name>
    <message>
        <source>All hours, all days</source>
        <translation>Toutes les heures, tous les jours</translation>
    </message>
    <message>
        <source>Nothing has changed since the criteria was loaded.</source>
        <translation>Rien n’a changé depuis le chargement du critère.</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>le critère</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Impossible de lire le critère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The criteria was created again as %1.</source>
        <translation>Le critère a été recréé sous l’identifiant %1.</translation>
    </message>
    <message>
        <source>Changes to the criteria %1 were saved.</source>
        <translation>Les modifications du critère %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>Webex keeps a criteria&apos;s schedule when a change leaves it out, so &quot;Only during a schedule&quot; cannot be turned off here. To ring at all hours, create a new criteria without a schedule and delete this one.</source>
        <translation>Webex conserve le calendrier d’un critère quand une modification l’omet : « Uniquement selon un calendrier » ne peut donc pas être désactivé ici. Pour sonner à toute heure, créez un nouveau critère sans calendrier et supprimez celui-ci.</translation>
    </message>
</context>
<context>
    <name>seqring::EditModeBar</name>
    <message>
        <source>Edit criteria</source>
        <translation>Modifier le critère</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>&amp;Recréer</translation>
    </message>
    <message>
        <source>Send the form&apos;s criteria as a new criteria (POST)</source>
        <translation>Envoyer le critère du formulaire comme nouveau critère (POST)</translation>
    </message>
    <message>
        <source>Editing criteria “%1” — seqring-admin</source>
        <translation>Modification du critère « %1 » — seqring-admin</translation>
    </message>
    <message>
        <source>Sequential ring criteria — seqring-admin</source>
        <translation>Critères de sonnerie séquentielle — seqring-admin</translation>
    </message>
    <message>
        <source>No changes against the loaded criteria.</source>
        <translation>Aucune modification par rapport au critère chargé.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Editing criteria “%1”</source>
        <translation>Modification du critère « %1 »</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Go back to creating a new criteria, without sending (Esc)</source>
        <translation>Revenir à la création d’un nouveau critère, sans envoyer (Échap)</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>Mode modification</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>seqring::ErrorDialog</name>
    <message>
        <source>Criteria may have been created</source>
        <translation>Le critère a peut-être été créé</translation>
    </message>
    <message>
        <source>Criteria not created</source>
        <translation>Critère non créé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The request failed, but Webex may have carried it out.</source>
        <translation>La requête a échoué, mais Webex l&apos;a peut-être exécutée.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>Webex may have carried out the request. Check whether it was created before you try again.</source>
        <translation>Webex a peut-être exécuté la requête. Vérifiez si le critère a été créé avant de réessayer.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The request failed without an answer from Webex.</source>
        <translation>La requête a échoué sans réponse de Webex.</translation>
    </message>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (code d&apos;erreur %2)</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Code d&apos;erreur %1</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Le service demande d&apos;attendre %n seconde avant de réessayer.</numerusform>
            <numerusform>Le service demande d&apos;attendre %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking &amp;ID:</source>
        <translation>&amp;ID de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Webex support asks for this ID.</source>
        <translation>L&apos;assistance Webex demande cet ID.</translation>
    </message>
    <message>
        <source>&amp;Copy tracking ID</source>
        <translation>&amp;Copier l&apos;ID de suivi</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation>Aucune réponse n&apos;a été reçue.</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>seqring::ExistingCriteriaPanel</name>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>Appels provenant de</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>Critères existants</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Stop the lookups in progress</source>
        <translation>Arrêter les recherches en cours</translation>
    </message>
    <message>
        <source>The criteria %1 was deleted.</source>
        <translation>Le critère %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Choose a workspace to see its criteria.</source>
        <translation>Choisissez un espace de travail pour voir ses critères.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reading the sequential ring settings of %1…</source>
        <translation>Lecture des paramètres de sonnerie séquentielle de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s), answer confirmation)</source>
        <translation>
            <numerusform>%1 (%n sonnerie, confirmation de réponse)</numerusform>
            <numerusform>%1 (%n sonneries, confirmation de réponse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s))</source>
        <translation>
            <numerusform>%1 (%n sonnerie)</numerusform>
            <numerusform>%1 (%n sonneries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential ring is on.</source>
        <translation>La sonnerie séquentielle est activée.</translation>
    </message>
    <message>
        <source>Sequential ring is off.</source>
        <translation>La sonnerie séquentielle est désactivée.</translation>
    </message>
    <message>
        <source>%1 No numbers are rung.</source>
        <translation>%1 Aucun numéro n&apos;est appelé.</translation>
    </message>
    <message>
        <source>%1 Numbers rung in turn: %2.</source>
        <translation>%1 Numéros appelés tour à tour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>Toutes les heures, tous les jours</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Tous les numéros</translation>
    </message>
    <message>
        <source>Specific numbers</source>
        <translation>Numéros spécifiques</translation>
    </message>
    <message>
        <source>Does not ring</source>
        <translation>Pas de sonnerie</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>The workspace has no criteria yet.</source>
        <translation>L&apos;espace de travail n&apos;a encore aucun critère.</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria.</source>
        <translation>
            <numerusform>%n critère.</numerusform>
            <numerusform>%n critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the criteria…</source>
        <translation>Lecture du critère…</translation>
    </message>
    <message>
        <source>Delete criteria</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Delete the criteria (%1) of %2?
ID: %3
This cannot be undone.</source>
        <translation>Supprimer le critère (%1) de %2&#xa0;?
ID&#xa0;: %3
Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleting the criteria…</source>
        <translation>Suppression du critère…</translation>
    </message>
    <message>
        <source>E&amp;xisting criteria</source>
        <translation>Critères e&amp;xistants</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again (F5)</source>
        <translation>Relire les critères de l&apos;espace de travail (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Existing criteria status</source>
        <translation>État des critères existants</translation>
    </message>
    <message>
        <source>Sequential ring settings…</source>
        <translation>Réglages de la sonnerie séquentielle…</translation>
    </message>
    <message>
        <source>Turn sequential ring on or off and choose the numbers it rings (Ctrl+R)</source>
        <translation>Activer ou désactiver la sonnerie séquentielle et choisir les numéros appelés (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Copy to other workspaces…</source>
        <translation>Copier vers d’autres espaces de travail…</translation>
    </message>
    <message>
        <source>Make other workspaces match this one: its ring settings and criteria</source>
        <translation>Rendre d’autres espaces de travail identiques à celui-ci : ses réglages de sonnerie et ses critères</translation>
    </message>
</context>
<context>
    <name>seqring::FieldMarker</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>seqring::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>seqring::LicenseCatalog</name>
    <message>
        <source>the licenses</source>
        <translation>les licences</translation>
    </message>
</context>
<context>
    <name>seqring::LocationCatalog</name>
    <message>
        <source>the locations</source>
        <translation>les emplacements</translation>
    </message>
</context>
<context>
    <name>seqring::MainMenus</name>
    <message>
        <source>About seqring-admin</source>
        <translation>À propos de seqring-admin</translation>
    </message>
    <message>
        <source>seqring-admin %1
Create Webex Calling sequential ring criteria for workspaces, and see exactly what is sent.</source>
        <translation>seqring-admin %1
Créez des critères de sonnerie séquentielle Webex Calling pour les espaces de travail et voyez exactement ce qui est envoyé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>Définir le je&amp;ton…</translation>
    </message>
    <message>
        <source>&amp;About seqring-admin</source>
        <translation>À &amp;propos de seqring-admin</translation>
    </message>
</context>
<context>
    <name>seqring::MainWindow</name>
    <message>
        <source>Sandbox API listening on %1</source>
        <translation>API du bac à sable à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
</context>
<context>
    <name>seqring::MatchActions</name>
    <message>
        <source>Import stat&amp;e…</source>
        <translation>&amp;Importer un état…</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, after a check</source>
        <translation>Rendre des espaces de travail identiques à un fichier d’état, après une vérification</translation>
    </message>
    <message>
        <source>Import state</source>
        <translation>Importer un état</translation>
    </message>
    <message>
        <source>State files (*.json)</source>
        <translation>Fichiers d’état (*.json)</translation>
    </message>
    <message>
        <source>Resume the interrupted sync?</source>
        <translation>Reprendre la synchronisation interrompue ?</translation>
    </message>
    <message>
        <source>A sync of Make them match did not finish (its journal is %1). Resume it? Workspaces it finished are not touched again; for those whose write was under way, the workspace is read first, so nothing is sent twice.</source>
        <translation>Une synchronisation de « Les rendre identiques » ne s’est pas terminée (son journal est %1). La reprendre ? Les espaces de travail déjà terminés ne sont plus touchés ; pour ceux dont une écriture était en cours, l’espace de travail est d’abord lu, si bien que rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>seqring::MatchWindow</name>
    <message>
        <source>Make them match</source>
        <translation>Les rendre identiques</translation>
    </message>
    <message>
        <source>Allow &amp;deleting criteria</source>
        <translation>Autoriser la &amp;suppression de critères</translation>
    </message>
    <message>
        <source>Delete the criteria a target has and the template has not; off, they are kept and the target does not match</source>
        <translation>Supprimer les critères qu’une cible a et que le modèle n’a pas ; désactivé, ils sont gardés et la cible ne correspond pas</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>Re&amp;quêtes simultanées</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Read every target and show what would change; nothing is sent</source>
        <translation>Lire chaque cible et montrer ce qui changerait ; rien n’est envoyé</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Plans and res&amp;ults</source>
        <translation>Plans et &amp;résultats</translation>
    </message>
    <message>
        <source>Actions of the se&amp;lected workspace</source>
        <translation>Actions de l’espace de travail sé&amp;lectionné</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>ID du critère</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Plans and results</source>
        <translation>Plans et résultats</translation>
    </message>
    <message>
        <source>Actions of the selected workspace</source>
        <translation>Actions de l’espace de travail sélectionné</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>Lecture du modèle…</translation>
    </message>
    <message numerus="yes">
        <source>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</source>
        <translation>
            <numerusform>Modèle : %1 — ses réglages de sonnerie (sonnerie séquentielle %2) et %n critère ; chaque cible lui est rendue identique.</numerusform>
            <numerusform>Modèle : %1 — ses réglages de sonnerie (sonnerie séquentielle %2) et %n critères ; chaque cible lui est rendue identique.</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Each target is made equal to its entry in the state file (%n workspaces).</source>
        <translation>
            <numerusform>Chaque cible est rendue identique à son entrée dans le fichier d’état (%n espace de travail).</numerusform>
            <numerusform>Chaque cible est rendue identique à son entrée dans le fichier d’état (%n espaces de travail).</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Le modèle n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Impossible de démarrer</translation>
    </message>
    <message>
        <source>Delete criteria?</source>
        <translation>Supprimer des critères ?</translation>
    </message>
    <message numerus="yes">
        <source>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</source>
        <translation>
            <numerusform>Les rendre identiques supprime %n critère que le modèle n’a pas. Cette application ne peut pas le restaurer.</numerusform>
            <numerusform>Les rendre identiques supprime %n critères que le modèle n’a pas. Cette application ne peut pas les restaurer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria and run</source>
        <translation>
            <numerusform>Supprimer %n critère et lancer</numerusform>
            <numerusform>Supprimer %n critères et lancer</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Select an action to see its request.</source>
        <translation>Sélectionnez une action pour voir sa requête.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 match, %4 do not match, %5 failed</source>
        <translation>%1 sur %2 · %3 correspondent, %4 ne correspondent pas, %5 en échec</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Limite de débit : chaque requête attend %1 s.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>correspondrait</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>ne correspondrait pas</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>This action sends no request.</source>
        <translation>Cette action n’envoie aucune requête.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 workspaces done; the others were not sent. The results are kept.</source>
        <translation>Annulée : %1 espaces de travail sur %2 traités ; les autres n’ont pas été envoyés. Les résultats sont conservés.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; the requests under way finish. %1</source>
        <translation>Annulation : rien de nouveau n’est envoyé ; les requêtes en cours se terminent. %1</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent until Resume; the requests under way finish. %1</source>
        <translation>En pause : rien de nouveau n’est envoyé avant « Reprendre » ; les requêtes en cours se terminent. %1</translation>
    </message>
    <message>
        <source>The interrupted sync was not resumed</source>
        <translation>La synchronisation interrompue n’a pas été reprise</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewActions</name>
    <message>
        <source>Organization &amp;overview…</source>
        <translation>Vue d’ensemble de l’&amp;organisation…</translation>
    </message>
    <message>
        <source>Every workspace of the organisation with its sequential ring</source>
        <translation>Chaque espace de travail de l’organisation avec sa sonnerie séquentielle</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewModel</name>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>No license</source>
        <translation>Pas de licence</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>%1 (%2 outside)</source>
        <translation>%1 (%2 hors organisation)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>Il n’a pas de licence Webex Calling Professional, nécessaire à la sonnerie séquentielle.</translation>
    </message>
    <message>
        <source>The organisation&apos;s numbers could not be read: numbers outside it are not counted.</source>
        <translation>Les numéros de l’organisation n’ont pas pu être lus : les numéros hors organisation ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Sequential ring</source>
        <translation>Sonnerie séquentielle</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Do-not-ring criteria</source>
        <translation>Critères sans sonnerie</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewWindow</name>
    <message>
        <source>Organization overview</source>
        <translation>Vue d’ensemble de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Part of a workspace&apos;s name</source>
        <translation>Partie du nom d’un espace de travail</translation>
    </message>
    <message>
        <source>&amp;Sequential ring on</source>
        <translation>&amp;Sonnerie séquentielle activée</translation>
    </message>
    <message>
        <source>&amp;Has numbers outside the organisation</source>
        <translation>Numéros &amp;hors de l’organisation</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Progress of the read</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read every workspace of the organisation again</source>
        <translation>Relire chaque espace de travail de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write what was read as a state file (JSON) or as its summary (CSV)</source>
        <translation>Écrire ce qui a été lu comme fichier d’état (JSON) ou comme son résumé (CSV)</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>Limite de débit : chaque requête attend %1 s.</translation>
    </message>
    <message>
        <source>%1 of %2 workspaces read, %3 failed</source>
        <translation>%1 espaces de travail sur %2 lus, %3 en échec</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed; listing…</source>
        <translation>%1 espaces de travail lus, %2 en échec ; liste en cours…</translation>
    </message>
    <message>
        <source>Cancelled: %1 workspaces read, %2 failed.</source>
        <translation>Annulé : %1 espaces de travail lus, %2 en échec.</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed.</source>
        <translation>%1 espaces de travail lus, %2 en échec.</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Exporter la vue d’ensemble</translation>
    </message>
    <message>
        <source>State file (*.json);;Summary (*.csv)</source>
        <translation>Fichier d’état (*.json);;Résumé (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Overview not exported</source>
        <translation>Vue d’ensemble non exportée</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberListModel</name>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyé sous la forme %1</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberRegionCombo</name>
    <message>
        <source>The region of numbers typed without + and a country code.</source>
        <translation>La région des numéros saisis sans + ni indicatif de pays.</translation>
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
        <translation>Ajoute&amp;z un numéro</translation>
    </message>
    <message>
        <source>+44 20 7183 8750</source>
        <translation>+44 20 7183 8750</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Phone numbers used</source>
        <translation>Numéros de téléphone utilisés</translation>
    </message>
    <message>
        <source>Default re&amp;gion</source>
        <translation>Ré&amp;gion par défaut</translation>
    </message>
    <message>
        <source>A criteria holds at most %1 phone numbers. &quot;%2&quot; was not added: remove a number first.</source>
        <translation>Un critère contient %1 numéros de téléphone au plus. &quot;%2&quot; n&apos;a pas été ajouté&#xa0;: enlevez d&apos;abord un numéro.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln number(s).</source>
        <translation>
            <numerusform>%Ln numéro ajouté.</numerusform>
            <numerusform>%Ln numéros ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) left out: a criteria holds at most %1 phone numbers.</source>
        <translation>
            <numerusform>%Ln numéro laissé de côté&#xa0;: un critère contient %1 numéros de téléphone au plus.</numerusform>
            <numerusform>%Ln numéros laissés de côté&#xa0;: un critère contient %1 numéros de téléphone au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a phone number to add, such as +44 20 7183 8750.</source>
        <translation>Saisissez un numéro de téléphone à ajouter, par exemple +44 20 7183 8750.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Phone num&amp;bers</source>
        <translation>Nu&amp;méros de téléphone</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete)</source>
        <translation>Enlever les numéros sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
</context>
<context>
    <name>seqring::RequestGate</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Non envoyé : l’exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>seqring::RequestLogExport</name>
    <message>
        <source>E&amp;xport session log…</source>
        <translation>E&amp;xporter le journal de session…</translation>
    </message>
    <message>
        <source>Save this session&apos;s requests and answers as a HAR file, with tokens and secrets removed, for support</source>
        <translation>Enregistrer les requêtes et réponses de cette session dans un fichier HAR, sans jetons ni secrets, pour le support</translation>
    </message>
    <message>
        <source>Export session log</source>
        <translation>Exporter le journal de session</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>Session log not exported</source>
        <translation>Journal de session non exporté</translation>
    </message>
</context>
<context>
    <name>seqring::RequestPreview</name>
    <message>
        <source>No request yet: choose a workspace and fill in the criteria.</source>
        <translation>Pas encore de requête&#xa0;: choisissez un espace de travail et remplissez le critère.</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Copier le &amp;JSON</translation>
    </message>
    <message>
        <source>Copy the JSON body exactly as it will be sent.</source>
        <translation>Copier le corps JSON exactement tel qu&apos;il sera envoyé.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Show the access token in the Authorization header</source>
        <translation>Afficher le jeton d&apos;accès dans l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>Copied the curl command, token included.</source>
        <translation>Commande curl copiée, jeton inclus.</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.</source>
        <translation>Commande curl copiée&#xa0;; elle lit le jeton dans $WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the JSON body.</source>
        <translation>Corps JSON copié.</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en cURL</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (%1). While the token is hidden, the command reads it from $WEBEX_ACCESS_TOKEN.</source>
        <translation>Copier la requête sous forme de commande curl (%1). Tant que le jeton est masqué, la commande le lit dans $WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Co&amp;rps&#xa0;:</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsActions</name>
    <message>
        <source>The sequential ring settings were saved.</source>
        <translation>Les réglages de la sonnerie séquentielle ont été enregistrés.</translation>
    </message>
    <message>
        <source>Saving the settings failed: %1</source>
        <translation>L’enregistrement des réglages a échoué : %1</translation>
    </message>
    <message>
        <source>The sequential ring settings have not been read yet.</source>
        <translation>Les réglages de la sonnerie séquentielle n’ont pas encore été lus.</translation>
    </message>
    <message>
        <source>Sequential ring is off for this workspace: criteria have no effect until it is turned on.</source>
        <translation>La sonnerie séquentielle est désactivée pour cet espace de travail : les critères restent sans effet tant qu’elle n’est pas activée.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Open the sequential ring settings (Ctrl+R)</source>
        <translation>Ouvrir les réglages de la sonnerie séquentielle (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsDialog</name>
    <message>
        <source>Correct the numbers and rings marked above first</source>
        <translation>Corrigez d’abord les numéros et sonneries signalés ci-dessus</translation>
    </message>
    <message>
        <source>Send the request shown above</source>
        <translation>Envoyer la requête affichée ci-dessus</translation>
    </message>
    <message>
        <source>Sequential ring settings</source>
        <translation>Réglages de la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>&amp;Enable sequential ring</source>
        <translation>&amp;Activer la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>Ring this workspace &amp;first</source>
        <translation>Faire sonner cet espace de travail en &amp;premier</translation>
    </message>
    <message>
        <source>&amp;Rings at this workspace</source>
        <translation>&amp;Sonneries sur cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Continue if this workspace is busy</source>
        <translation>&amp;Continuer si cet espace de travail est occupé</translation>
    </message>
    <message>
        <source>Send unanswered calls to &amp;voicemail</source>
        <translation>Renvoyer les appels sans réponse vers la &amp;messagerie vocale</translation>
    </message>
    <message>
        <source>Numbers, rung in this order</source>
        <translation>Numéros, appelés dans cet ordre</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Sonneries</translation>
    </message>
    <message>
        <source>Answer confirmation</source>
        <translation>Confirmation de réponse</translation>
    </message>
    <message>
        <source>Number &amp;%1</source>
        <translation>Numéro &amp;%1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <source>E.164, e.g. +442071838750</source>
        <translation>E.164, par ex. +442071838750</translation>
    </message>
    <message>
        <source>Rings for number %1</source>
        <translation>Sonneries pour le numéro %1</translation>
    </message>
    <message>
        <source>Answer confirmation for number %1</source>
        <translation>Confirmation de réponse pour le numéro %1</translation>
    </message>
    <message>
        <source>The person called must press 1 to take the call</source>
        <translation>La personne appelée doit appuyer sur 1 pour prendre l’appel</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move number %1 up</source>
        <translation>Monter le numéro %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move number %1 down</source>
        <translation>Descendre le numéro %1</translation>
    </message>
    <message>
        <source>Request &amp;preview</source>
        <translation>Aperç&amp;u de la requête</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>seqring::ScheduleListReader</name>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>les calendriers de l&apos;emplacement</translation>
    </message>
</context>
<context>
    <name>seqring::ScreenshotScene</name>
    <message>
        <source>The screenshot scene stopped waiting for %1.</source>
        <translation>La scène de capture d’écran a cessé d’attendre %1.</translation>
    </message>
    <message>
        <source>the last paint</source>
        <translation>le dernier affichage</translation>
    </message>
    <message>
        <source>the existing criteria</source>
        <translation>les critères existants</translation>
    </message>
    <message>
        <source>the criteria read</source>
        <translation>la lecture du critère</translation>
    </message>
    <message>
        <source>edit mode</source>
        <translation>le mode modification</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>les réglages de la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>the settings editor</source>
        <translation>l’éditeur des réglages</translation>
    </message>
    <message>
        <source>the window&apos;s look-ups</source>
        <translation>les recherches de la fenêtre</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>la fenêtre</translation>
    </message>
    <message>
        <source>the week read</source>
        <translation>la semaine lue</translation>
    </message>
</context>
<context>
    <name>seqring::SendBar</name>
    <message>
        <source>Send the request shown in the preview (Ctrl+Return)</source>
        <translation>Envoyer la requête affichée dans l&apos;aperçu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cannot create yet: %1</source>
        <translation>Création impossible pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la requête…</translation>
    </message>
    <message>
        <source>&amp;Create criteria</source>
        <translation>&amp;Créer le critère</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for this request (Esc)</source>
        <translation>Cesser d&apos;attendre cette requête (Échap)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message numerus="yes">
        <source>The service is rate limiting requests (429). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>Le service limite le débit des requêtes (429). Nouvelle tentative dans %n seconde…</numerusform>
            <numerusform>Le service limite le débit des requêtes (429). Nouvelle tentative dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry %1.</source>
        <translation>Tentative n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>État de la requête</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Impossible d’enregistrer pour l’instant : %1</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Enregistrer les modifi&amp;cations</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingReader</name>
    <message>
        <source>the sequential ring settings</source>
        <translation>les paramètres de sonnerie séquentielle</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>le critère</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Impossible de lire le critère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleting the criteria was refused (%1): the token needs the scope spark-admin:workspaces_write of a full or location administrator.</source>
        <translation>La suppression du critère a été refusée (%1)&#xa0;: le jeton doit être doté de l&apos;étendue spark-admin:workspaces_write d&apos;un administrateur complet ou d&apos;un administrateur d&apos;emplacement.</translation>
    </message>
    <message>
        <source>Deleting the criteria failed: %1</source>
        <translation>La suppression du critère a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingSettingsModel</name>
    <message>
        <source>Rings at this workspace is %1; it must be from %2 to %3.</source>
        <translation>Sonneries sur cet espace de travail vaut %1 ; la valeur doit aller de %2 à %3.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>Numéro %1 : %2</translation>
    </message>
    <message>
        <source>Number %1: %2 is already in the list; each number is rung once.</source>
        <translation>Numéro %1 : %2 figure déjà dans la liste ; chaque numéro est appelé une fois.</translation>
    </message>
    <message>
        <source>Rings for number %1 is %2; it must be from %3 to %4.</source>
        <translation>Sonneries pour le numéro %1 vaut %2 ; la valeur doit aller de %3 à %4.</translation>
    </message>
    <message>
        <source>Sequential ring is on but has no number to ring: add at least one number.</source>
        <translation>La sonnerie séquentielle est activée mais n’a aucun numéro à appeler : ajoutez au moins un numéro.</translation>
    </message>
</context>
<context>
    <name>seqring::SignInActions</name>
    <message>
        <source>Sign &amp;in with Webex…</source>
        <translation>Se connecter avec &amp;Webex…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
</context>
<context>
    <name>seqring::SignInController</name>
    <message>
        <source>Find workspaces, and read their sequential ring settings and criteria.</source>
        <translation>Trouver les espaces de travail et lire leurs réglages et critères de sonnerie séquentielle.</translation>
    </message>
    <message>
        <source>Create, change and delete sequential ring criteria of a workspace.</source>
        <translation>Créer, modifier et supprimer les critères de sonnerie séquentielle d’un espace de travail.</translation>
    </message>
    <message>
        <source>Offer the location&apos;s schedules (business hours, holidays).</source>
        <translation>Proposer les calendriers du site (heures d’ouverture, jours fériés).</translation>
    </message>
    <message>
        <source>Name the location a workspace belongs to.</source>
        <translation>Nommer le site auquel appartient un espace de travail.</translation>
    </message>
    <message>
        <source>Tell which workspaces have the Professional license sequential ring needs.</source>
        <translation>Indiquer quels espaces de travail ont la licence Professional nécessaire à la sonnerie séquentielle.</translation>
    </message>
    <message>
        <source>Show whose sign-in is in use.</source>
        <translation>Afficher la connexion de qui est utilisée.</translation>
    </message>
    <message>
        <source>Enter the client ID of the Webex integration.</source>
        <translation>Saisissez l’ID client de l’intégration Webex.</translation>
    </message>
</context>
<context>
    <name>seqring::SignInDialog</name>
    <message>
        <source>No browser opened. Copy the link and open it in a browser.</source>
        <translation>Aucun navigateur ne s’est ouvert. Copiez le lien et ouvrez-le dans un navigateur.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and press Allow.</source>
        <translation>En attente du navigateur… Connectez-vous et cliquez sur « Allow ».</translation>
    </message>
    <message>
        <source>Sign in with Webex</source>
        <translation>Se connecter avec Webex</translation>
    </message>
    <message>
        <source>Sign in through the browser with a Webex integration registered for this app (see the README). The client ID is kept in the settings, the client secret in the system keychain.</source>
        <translation>Connectez-vous dans le navigateur avec une intégration Webex enregistrée pour cette application (voir le README). L’ID client est conservé dans les réglages, le secret client dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>S&amp;ecret client</translation>
    </message>
    <message>
        <source>Re&amp;member the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Re&amp;direct URI</source>
        <translation>URI de &amp;redirection</translation>
    </message>
    <message>
        <source>Must be exactly the redirect URI registered for the integration.</source>
        <translation>Doit être exactement l’URI de redirection enregistrée pour l’intégration.</translation>
    </message>
    <message>
        <source>Set by --client-id or WEBEX_CLIENT_ID.</source>
        <translation>Défini par --client-id ou WEBEX_CLIENT_ID.</translation>
    </message>
    <message>
        <source>Set by WEBEX_CLIENT_SECRET.</source>
        <translation>Défini par WEBEX_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Sc&amp;opes asked for</source>
        <translation>P&amp;ortées demandées</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Lin&amp;k to open in a browser</source>
        <translation>&amp;Lien à ouvrir dans un navigateur</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Sign in with Webex</source>
        <translation>&amp;Se connecter avec Webex</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>seqring::SignInFlow</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>Aucune réponse du navigateur en %n minute. Connectez-vous à nouveau.</numerusform>
            <numerusform>Aucune réponse du navigateur en %n minutes. Connectez-vous à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not a loopback address with a port and a path, such as http://127.0.0.1:6001/redirect. Enter the one registered for the integration.</source>
        <translation>L’URI de redirection « %1 » n’est pas une adresse de bouclage avec un port et un chemin, comme http://127.0.0.1:6001/redirect. Saisissez celle enregistrée pour l’intégration.</translation>
    </message>
    <message>
        <source>Port %1 of 127.0.0.1 is in use, so the answer of the browser cannot be received. Close the program that uses it, or register another redirect URI for the integration and enter it in the setting &quot;Redirect URI&quot;.</source>
        <translation>Le port %1 de 127.0.0.1 est occupé : la réponse du navigateur ne peut pas être reçue. Fermez le programme qui l’utilise, ou enregistrez une autre URI de redirection pour l’intégration et saisissez-la dans le réglage « Redirect URI » (URI de redirection).</translation>
    </message>
    <message>
        <source>seqring-admin is waiting for the sign-in.</source>
        <translation>seqring-admin attend la connexion.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>A second answer from the browser arrived and was ignored; the first one is being used.</source>
        <translation>Une deuxième réponse du navigateur est arrivée et a été ignorée ; la première est utilisée.</translation>
    </message>
    <message>
        <source>Access was denied in the browser (access_denied). Nothing was signed in.</source>
        <translation>L’accès a été refusé dans le navigateur (access_denied). Aucune connexion n’a été faite.</translation>
    </message>
    <message>
        <source>Webex refused the sign-in: %1 %2</source>
        <translation>Webex a refusé la connexion : %1 %2</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</source>
        <translation>La réponse du navigateur n’appartient pas à cette connexion (son state ne correspond pas) ; elle n’a pas été utilisée. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The answer from the browser carries no authorization code. Sign in again.</source>
        <translation>La réponse du navigateur ne contient pas de code d’autorisation. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>seqring-admin received the answer. You can close this page.</source>
        <translation>seqring-admin a reçu la réponse. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>The Webex token service gave no expires_in with the token. Sign in again.</source>
        <translation>Le service de jetons Webex n’a pas donné d’expires_in avec le jeton. Connectez-vous à nouveau.</translation>
    </message>
</context>
<context>
    <name>seqring::StateExport</name>
    <message>
        <source>the workspaces</source>
        <translation>les espaces de travail</translation>
    </message>
</context>
<context>
    <name>seqring::SuccessDialog</name>
    <message>
        <source>Criteria created</source>
        <translation>Critère créé</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>The sequential ring criteria was created.</source>
        <translation>Le critère de sonnerie séquentielle a été créé.</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>New criteria &amp;ID:</source>
        <translation>&amp;ID du nouveau critère&#xa0;:</translation>
    </message>
    <message>
        <source>Webex did not return an ID</source>
        <translation>Webex n&apos;a renvoyé aucun ID</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copier l&apos;ID</translation>
    </message>
</context>
<context>
    <name>seqring::SyncController</name>
    <message>
        <source>A sync is in progress; wait for it to finish or cancel it.</source>
        <translation>Une synchronisation est en cours ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>The template is still being read; try again in a moment.</source>
        <translation>Le modèle est encore en cours de lecture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no template: its workspace could not be read (%1).</source>
        <translation>Il n’y a pas de modèle : son espace de travail n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>Choose the workspaces to make match first.</source>
        <translation>Choisissez d’abord les espaces de travail à rendre identiques.</translation>
    </message>
    <message>
        <source>The sync of the journal %1 has ended: there is nothing to resume.</source>
        <translation>La synchronisation du journal %1 est terminée : il n’y a rien à reprendre.</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>Aucun jeton pour %1 : définissez un jeton ou connectez-vous, puis reprenez.</translation>
    </message>
    <message>
        <source>The journal %1 does not record what its sync makes the workspaces equal to. Resume it with the command that started it: seqring-admin sync --resume --journal %1.</source>
        <translation>Le journal %1 n’indique pas à quoi sa synchronisation rend les espaces de travail identiques. Reprenez-la avec la commande qui l’a lancée : seqring-admin sync --resume --journal %1.</translation>
    </message>
</context>
<context>
    <name>seqring::SyncRun</name>
    <message>
        <source>Its writes kept going unanswered; it was read %1 times. Run the sync again later.</source>
        <translation>Ses écritures sont restées sans réponse à plusieurs reprises ; il a été lu %1 fois. Relancez la synchronisation plus tard.</translation>
    </message>
    <message>
        <source>Its sequential ring could not be read: %1</source>
        <translation>Sa sonnerie séquentielle n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>Les calendriers de son site n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Not sent: the sync was cancelled before this workspace&apos;s turn.</source>
        <translation>Non envoyé : la synchronisation a été annulée avant le tour de cet espace de travail.</translation>
    </message>
    <message>
        <source>Nothing to send: it equals its entry.</source>
        <translation>Rien à envoyer : il est identique à son entrée.</translation>
    </message>
</context>
<context>
    <name>seqring::TargetModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The local sandbox API could not start: %1</source>
        <translation>L&apos;API locale du bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
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
        <translation>Bac à sable (API de démonstration locale)</translation>
    </message>
    <message>
        <source>Custom API root</source>
        <translation>Racine d&apos;API personnalisée</translation>
    </message>
    <message>
        <source>&amp;Workspace ID</source>
        <translation>ID de l&apos;espace de &amp;travail</translation>
    </message>
    <message>
        <source>The workspace&apos;s ID from Control Hub or the API</source>
        <translation>L&apos;ID de l&apos;espace de travail, depuis Control Hub ou l&apos;API</translation>
    </message>
    <message>
        <source>Only for partner administrators</source>
        <translation>Uniquement pour les administrateurs partenaires</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Enter a token, store it in the system keychain, or forget the stored one</source>
        <translation>Saisir un jeton, le stocker dans le trousseau du système ou oublier le jeton stocké</translation>
    </message>
    <message>
        <source>Token state</source>
        <translation>État du jeton</translation>
    </message>
    <message>
        <source>Workspace ID problem</source>
        <translation>Problème avec l&apos;ID de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Choose wor&amp;kspace…</source>
        <translation>Choisir un espace de tra&amp;vail…</translation>
    </message>
    <message>
        <source>Find the workspace by name (Ctrl+K)</source>
        <translation>Rechercher l&apos;espace de travail par son nom (Ctrl+K)</translation>
    </message>
    <message>
        <source>Env&amp;ironment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>API root</source>
        <translation>Racine de l&apos;API</translation>
    </message>
    <message>
        <source>Organi&amp;zation ID (optional)</source>
        <translation>&amp;ID d&apos;organisation (facultatif)</translation>
    </message>
    <message>
        <source>Set token…</source>
        <translation>Définir le jeton…</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ID de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Organization ID (optional)</source>
        <translation>ID d&apos;organisation (facultatif)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Looking the workspace up…</source>
        <translation>Recherche de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Press Enter to change to this workspace: the form has changes that are not saved.</source>
        <translation>Appuyez sur Entrée pour passer à cet espace de travail : le formulaire a des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>seqring::TokenDialog</name>
    <message>
        <source>Set access token</source>
        <translation>Définir le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Paste a personal access token or an integration token</source>
        <translation>Collez un jeton d&apos;accès personnel ou un jeton d&apos;intégration</translation>
    </message>
    <message>
        <source>&amp;Show token</source>
        <translation>&amp;Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>&amp;Oublier le jeton stocké</translation>
    </message>
    <message>
        <source>The token is used for %1. It needs the scope spark-admin:workspaces_write to create criteria. It is kept in the system keychain, never in a settings file.</source>
        <translation>Le jeton est utilisé pour %1. Il doit être doté de l&apos;étendue spark-admin:workspaces_write pour créer des critères. Il est conservé dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Sign in &amp;with Webex…</source>
        <translation>Se connecter avec &amp;Webex…</translation>
    </message>
</context>
<context>
    <name>seqring::TokenFailure</name>
    <message>
        <source>Webex no longer accepts this sign-in (%1). Sign in again.</source>
        <translation>Webex n’accepte plus cette connexion (%1). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Webex refused the integration&apos;s client ID or client secret (%1). Check both in Sign in with Webex.</source>
        <translation>Webex a refusé l’ID client ou le secret client de l’intégration (%1). Vérifiez-les dans « Se connecter avec Webex ».</translation>
    </message>
    <message>
        <source>The Webex token service could not be reached: %1</source>
        <translation>Le service de jetons Webex est injoignable : %1</translation>
    </message>
    <message>
        <source>The Webex token service answered HTTP %1: %2</source>
        <translation>Le service de jetons Webex a répondu HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>seqring::TokenProvider</name>
    <message>
        <source>Token for this session only (not stored)</source>
        <translation>Jeton pour cette session uniquement (non stocké)</translation>
    </message>
    <message>
        <source>Sandbox demo token</source>
        <translation>Jeton de démonstration du bac à sable</translation>
    </message>
    <message>
        <source>No token. Use &quot;Set token…&quot;, &quot;Sign in with Webex…&quot; or set WEBEX_ACCESS_TOKEN.</source>
        <translation>Aucun jeton. Utilisez « Définir le jeton… », « Se connecter avec Webex… » ou définissez WEBEX_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Personal token from WEBEX_ACCESS_TOKEN</source>
        <translation>Jeton personnel de WEBEX_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>Token from the keychain</source>
        <translation>Jeton du trousseau</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n day(s))</source>
        <translation>
            <numerusform>Connecté en tant que %1 (expire dans %n jour)</numerusform>
            <numerusform>Connecté en tant que %1 (expire dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n hour(s))</source>
        <translation>
            <numerusform>Connecté en tant que %1 (expire dans %n heure)</numerusform>
            <numerusform>Connecté en tant que %1 (expire dans %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n minute(s))</source>
        <translation>
            <numerusform>Connecté en tant que %1 (expire dans %n minute)</numerusform>
            <numerusform>Connecté en tant que %1 (expire dans %n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenRenewer</name>
    <message>
        <source>The sign-in with Webex has expired. Sign in again.</source>
        <translation>La connexion Webex a expiré. Connectez-vous à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The Webex token service did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le service de jetons Webex n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le service de jetons Webex n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenStore</name>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet). The token is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible sur le système (par exemple GNOME Keyring ou KWallet). Le jeton n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain and try again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;: %1. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1.</source>
        <translation>Le trousseau du système a signalé un problème&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>seqring::UnsavedGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The criteria has changes that are not saved. Save them on the service first?</source>
        <translation>Le critère a des modifications non enregistrées. Les enregistrer d’abord sur le service ?</translation>
    </message>
    <message>
        <source>The form has changes that are not saved in a draft. Save the draft first?</source>
        <translation>Le formulaire a des modifications non enregistrées dans un brouillon. Enregistrer d’abord le brouillon ?</translation>
    </message>
</context>
<context>
    <name>seqring::ValidationList</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>seqring::WeekChart</name>
    <message>
        <source>rings</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>ne sonne pas</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>Quand ça sonne</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>seqring::WeekPanel</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Week of %1 at %2 (%3)</source>
        <translation>Semaine du %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation>Lecture de la semaine…</translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <translation>%1, lecture…</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Selected band</source>
        <translation>Plage sélectionnée</translation>
    </message>
    <message>
        <source>Week problems</source>
        <translation>Problèmes de la semaine</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceContext</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDialogs</name>
    <message>
        <source>Was the criteria created?</source>
        <translation>Le critère a-t-il été créé&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Choose workspace…</source>
        <translation>&amp;Choisir un espace de travail…</translation>
    </message>
    <message>
        <source>C&amp;heck whether it was created</source>
        <translation>&amp;Vérifier s&apos;il a été créé</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again and look for this one</source>
        <translation>Relire les critères de l&apos;espace de travail et y rechercher celui-ci</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDirectory</name>
    <message>
        <source>the workspaces</source>
        <translation>les espaces de travail</translation>
    </message>
    <message>
        <source>No workspace has the ID &quot;%1&quot; in this organisation. Check the ID, or choose the workspace.</source>
        <translation>Aucun espace de travail n&apos;a l&apos;ID &quot;%1&quot; dans cette organisation. Vérifiez l&apos;ID ou choisissez l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; without a workspace ID. Try again; if it persists, check the API address.</source>
        <translation>Webex a répondu à la recherche de l&apos;espace de travail &quot;%1&quot; sans ID d&apos;espace de travail. Réessayez ; si cela persiste, vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; with another workspace (&quot;%2&quot;). Try again; if it persists, check the API address.</source>
        <translation>Webex a répondu à la recherche de l&apos;espace de travail &quot;%1&quot; avec un autre espace de travail (&quot;%2&quot;). Réessayez ; si cela persiste, vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The look-up of the workspace &quot;%1&quot; was cancelled.</source>
        <translation>La recherche de l&apos;espace de travail &quot;%1&quot; a été annulée.</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspacePickerDialog</name>
    <message>
        <source>Choose workspace</source>
        <translation>Choisir un espace de travail</translation>
    </message>
    <message>
        <source>Workspace &amp;name contains</source>
        <translation>Le &amp;nom de l&apos;espace de travail contient</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>Partie du nom de l&apos;espace de travail&#xa0;; vide pour tout afficher</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espaces de travail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation>Espaces de travail trouvés</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop the search in progress</source>
        <translation>Arrêter la recherche en cours</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n page(s) read</source>
        <translation>
            <numerusform>Recherche… %n page lue</numerusform>
            <numerusform>Recherche… %n pages lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n workspace(s) so far)</source>
        <translation>
            <numerusform>(%n espace de travail pour l&apos;instant)</numerusform>
            <numerusform>(%n espaces de travail pour l&apos;instant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stopped. Type to search again.</source>
        <translation>Recherche arrêtée. Saisissez du texte pour relancer la recherche.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace name contains &quot;%1&quot;.</source>
        <translation>Aucun nom d&apos;espace de travail ne contient &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n espace de travail trouvé.</numerusform>
            <numerusform>%n espaces de travail trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceStateReader</name>
    <message>
        <source>Cancelled before its state was read.</source>
        <translation>Annulé avant que son état soit lu.</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>les réglages de la sonnerie séquentielle</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>le critère %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>Le critère %1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>seqring::WriteAccess</name>
    <message>
        <source>The token belongs to a read-only administrator (%1): it can look up workspaces and criteria, but creating will be refused. Use a full or location administrator&apos;s token with spark-admin:workspaces_write.</source>
        <translation>Le jeton appartient à un administrateur en lecture seule (%1)&#xa0;: il permet de consulter les espaces de travail et les critères, mais la création sera refusée. Utilisez le jeton d&apos;un administrateur complet ou d&apos;un administrateur d&apos;emplacement doté de spark-admin:workspaces_write.</translation>
    </message>
    <message>
        <source>A change was refused with 403 for this token in this session: it cannot write (it needs spark-admin:workspaces_write of a full or location administrator). Set another token to create criteria.</source>
        <translation>Une modification a été refusée (403) pour ce jeton au cours de cette session&#xa0;: il ne permet pas l&apos;écriture (il doit être doté de spark-admin:workspaces_write d&apos;un administrateur complet ou d&apos;un administrateur d&apos;emplacement). Définissez un autre jeton pour créer des critères.</translation>
    </message>
</context>
</TS>
