<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>Webex says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Webex asks to wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking ID for Webex support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 New ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaJson</name>
    <message>
        <source>The JSON is not well formed at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON must be an object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (value %2). Remove it; the keys allowed are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the value %2, but it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the unknown value %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;callsFrom&quot; is missing. Add &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; or &quot;SELECT_PHONE_NUMBERS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is missing. Add &quot;%1&quot;: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;phoneNumbers&quot; is %2, but it must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaRequest</name>
    <message>
        <source>(no token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaRules</name>
    <message>
        <source>Field &quot;%1&quot; must be a whole number from 2 to 20, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the value %2, which is not an E.164 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be true or false, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (value %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;phoneNumbers&quot; must be a list of at most %1 entries, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;phoneNumbers&quot; must be a list of phone numbers, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;phoneNumbers&quot; has %1 numbers; a criteria takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;phoneNumbers&quot; contains %1, which is not an E.164 number (a + followed by up to 15 digits, e.g. +442071838750).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the unknown value %2; allowed values: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields &quot;scheduleName&quot;, &quot;scheduleType&quot; and &quot;scheduleLevel&quot; go together: give all three, or none for all hours, all days (got %1 of 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;scheduleName&quot; has the value &quot;%1&quot;, which is not a schedule of the workspace&apos;s location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;scheduleType&quot; has the value &quot;%1&quot;, but schedule &quot;%2&quot; is of type &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; (value %2) is only allowed when &quot;callsFrom&quot; is SELECT_PHONE_NUMBERS, not ANY_PHONE_NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;callsFrom&quot; is SELECT_PHONE_NUMBERS but no caller is selected: give at least one number in &quot;phoneNumbers&quot;, or set &quot;anonymousCallersEnabled&quot; or &quot;unavailableCallersEnabled&quot; to true.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaValidator</name>
    <message>
        <source>The API root is empty. Use https://webexapis.com/v1, or choose the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; is not a valid URL. Use a full address such as https://webexapis.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; uses http, which would send the token unencrypted. Use https (http is allowed only for this computer, such as the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID is required. Paste the workspace&apos;s ID from Control Hub or the API, or choose the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID &quot;%1&quot; has spaces at its start or end; they will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is set. Set a token with the scope spark-admin:workspaces_write before creating the criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule name is empty. Type or choose the name of a location schedule, or turn off &quot;Only during a schedule&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot; for schedule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; is not among the schedules of the workspace&apos;s location (%2). Check the spelling, or create the schedule first; the service refuses an unknown schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Select phone numbers&quot; needs at least one phone number, private callers or unavailable callers. Add a number, turn on a caller option, or choose &quot;Any phone number&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 phone numbers, but a criteria holds at most %2. Remove %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Could not open the draft &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, too large for a draft (at most %3). Choose a draft saved by this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the draft &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft &quot;%1&quot;: %2. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftJson</name>
    <message>
        <source>The draft is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft must be a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a string, but the draft has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpStatus</name>
    <message>
        <source>OK (200): Webex answered the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (201): Webex created the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (202): Webex accepted the request and will finish it shortly. Reload in a moment to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content (204): Webex carried out the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request (400): Webex could not accept the request as sent. Read the server&apos;s message below, correct the field it names and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized (401): the access token is missing, wrong or has expired. Sign in again or paste a fresh token, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden (403): the signed-in account may not do this. Use a full or location administrator with the scope spark-admin:workspaces_write, and check that the workspace has the Webex Calling Professional license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): the workspace, criteria or address does not exist, or belongs to another organisation. Check the workspace and organisation IDs and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed (405): this address does not accept this kind of request. Check the API address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (409): the request conflicts with the workspace&apos;s current settings, for example a criteria with the same schedule already exists. Reload the criteria list and change the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone (410): the item is no longer available. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported media type (415): Webex did not accept the body&apos;s format. This is a defect of this program; please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (423): the item is temporarily locked by another change. Wait the time shown and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition required (428): Webex needs a precondition this request did not meet. Read the server&apos;s message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429): Webex is limiting how fast requests may be sent, and did not process this one. Wait the time shown and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error (500): something went wrong inside Webex. Try again later; if it persists, contact Webex support with the tracking ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway (502): a Webex server got an invalid answer from another one. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable (503): Webex is overloaded or under maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway timeout (504): a Webex server did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (%1): Webex answered the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1, which this program does not know. Read the details below; if in doubt, contact Webex support with the tracking ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address and that the service is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before it answered. Check your network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the API address, the system clock and any proxy that inspects traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection was lost. Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request somewhere it may not go. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the HTTP protocol. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed because of a network problem (code %1). Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupError</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was refused (401): the token is not valid or has expired. Set a new token; it needs the scope %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was refused (403): the token lacks the scope %2, or the administrator may not read this organisation. Use a token with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty. Type a number such as +44 20 7183 8750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters. Type digits only, for example +44 20 7183 8750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension. Sequential ring criteria match whole numbers: remove the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type digits, optionally starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start it with + and the country code, or choose the default region for national numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Short codes and extensions cannot be used; type the full number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for its region (default region %2). Check the digits, or add + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list (the same number written differently). Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Webex answered %1, but its reply could not be read (%2). The request was probably carried out; reload to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <source>There is no API at %1 in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter &quot;%1&quot; must be a whole number of at least %2, got &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 was not found in the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may not read organisation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; already has a criteria for schedule &quot;%2&quot; and callsFrom %3 (id %4); this is a sandbox rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria %1 was not found on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another criteria (id %1) already has this schedule and callsFrom; this is a sandbox rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local Webex-compatible API with demo data, for trying seqring-admin safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on port N of 127.0.0.1 (default: chosen by the system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the data from FILE (created from the demo data when missing) and save every change back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow N requests per SECONDS, then answer 429 with Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next COUNT requests (default 1) with HTTP status CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After value sent with --force-status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the next N connections without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N requests with broken JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N requests with a reply over 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the sandbox-only 409 rule (one criteria per schedule and calls-from on a workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency, --drop, --malformed and --oversized need a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit needs N/SECONDS, for example 5/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force-status needs CODE or CODE:COUNT, for example 503:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force-status: %1 is not a status of the operation (200 201 202 204 400 401 403 404 405 409 410 415 423 428 429 500 502 503 504).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxData</name>
    <message>
        <source>The sandbox data is not a JSON object: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox data has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the state file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxErrors</name>
    <message>
        <source>The request was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request requires a valid access token set in the Authorization request header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is understood, but access is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request method is not supported for the requested resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with an existing resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be sent as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource is temporarily locked. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A precondition is required for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests have been sent. Wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received an invalid response from an upstream server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is unavailable or overloaded. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upstream server failed to respond in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not authorised for this operation: it needs the scope &quot;%1&quot; of a full or location administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; does not have the Webex Calling Professional license; sequential ring needs the Webex Calling Professional license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type &quot;%1&quot; is not supported: send the body as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>%1 (forced by the sandbox for %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the API address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; uses unencrypted http to another computer, which would expose the access token. Nothing was sent. Use an https address; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not start with https://. Nothing was sent. Check the API address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to redirect the request from a secure https address to the insecure address &quot;%1&quot;. The redirect was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to redirect the request to another host, &quot;%1&quot;. The redirect was refused so that the access token is not sent there. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to redirect the request, and the new address is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceEntry</name>
    <message>
        <source>Webex Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic workspace license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Webex Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential ring needs the Professional license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not on Webex Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license could not be read; the service will refuse the criteria unless the workspace has the Professional license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create Webex Calling sequential ring criteria for a workspace, and see the exact request before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sandbox API with its demo token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API root, e.g. https://webexapis.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID (partner administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, ja, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the request DRAFT would send (token redacted) and exit; exit code 2 if it is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::ApiJob</name>
    <message>
        <source>The server&apos;s reply is %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply grew beyond the %1 bytes this program accepts, so it was not read to the end. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check your network and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The change may or may not have been made. Reload to check before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::CreateCriteriaJob</name>
    <message>
        <source>Webex answered %1 but did not return the ID of a new criteria. The criteria was probably created: reload the workspace&apos;s criteria list to check before you create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria may or may not have been created. Reload the workspace&apos;s criteria list to check before you create it again, so that it does not exist twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::CreatedCheck</name>
    <message>
        <source>The criteria was created after all (ID %1). Do not create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the criteria was created could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria was not created: the workspace has no criteria like it. You can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaForm</name>
    <message>
        <source>Sequential ring criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only during a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, the criteria holds at all hours on all days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a location schedule. Type it, or choose one of the location&apos;s schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location schedule (GROUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Any phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (anonymous) callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unavailable callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ring sequentially for matching calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria which do not ring take priority over criteria which ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::ErrorDialog</name>
    <message>
        <source>Criteria may have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed, but Webex may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex may have carried out the request. Check whether it was created before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed without an answer from Webex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex support asks for this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::FieldMarker</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::LicenseCatalog</name>
    <message>
        <source>the licenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::LocationCatalog</name>
    <message>
        <source>the locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::MainWindow</name>
    <message>
        <source>About seqring-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqring-admin %1
Create Webex Calling sequential ring criteria for workspaces, and see exactly what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential ring criteria — seqring-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About seqring-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox API could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberListModel</name>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberRegionCombo</name>
    <message>
        <source>The region of numbers typed without + and a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumbersEditor</name>
    <message>
        <source>Add nu&amp;mber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7183 8750</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criteria holds at most %1 phone numbers. &quot;%2&quot; was not added: remove a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln number(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) left out: a criteria holds at most %1 phone numbers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a phone number to add, such as +44 20 7183 8750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::RequestPreview</name>
    <message>
        <source>No request yet: choose a workspace and fill in the criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command. While the token is hidden, the command reads it from $WEBEX_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON body exactly as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token in the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command, token included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::ScheduleCatalog</name>
    <message>
        <source>the location&apos;s schedules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::SendBar</name>
    <message>
        <source>Send the request shown in the preview (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service is rate limiting requests (429). Retrying in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingReader</name>
    <message>
        <source>the sequential ring settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the criteria was refused (%1): the token needs the scope spark-admin:workspaces_write of a full or location administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the criteria failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::SuccessDialog</name>
    <message>
        <source>Criteria created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequential ring criteria was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criteria &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex did not return an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::TargetPanel</name>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webex (webexapis.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local demo API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom API root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s ID from Control Hub or the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for partner administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a token, store it in the system keychain, or forget the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::TokenDialog</name>
    <message>
        <source>Set access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token or an integration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is used for %1. It needs the scope spark-admin:workspaces_write to create criteria. It is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::TokenProvider</name>
    <message>
        <source>No token. Use &quot;Set token…&quot; or set WEBEX_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from WEBEX_ACCESS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for this session only (not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox demo token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::TokenStore</name>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet). The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::ValidationList</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceContext</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDirectory</name>
    <message>
        <source>the workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace has the ID &quot;%1&quot; in this organisation. Check the ID, or choose the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::WriteAccess</name>
    <message>
        <source>The token belongs to a read-only administrator (%1): it can look up workspaces and criteria, but creating will be refused. Use a full or location administrator&apos;s token with spark-admin:workspaces_write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was refused with 403 for this token in this session: it cannot write (it needs spark-admin:workspaces_write of a full or location administrator). Set another token to create criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqring::sandbox::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
