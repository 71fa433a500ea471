<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex からのメッセージ: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>エラーコード: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Webex asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>再試行する前に %n 秒待つよう Webex から求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking ID for Webex support: %1</source>
        <translation>Webex サポート用のトラッキング ID: %1</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>%1 New ID: %2</source>
        <translation>%1 新しい ID: %2</translation>
    </message>
</context>
<context>
    <name>ApplySubcommand</name>
    <message>
        <source>The draft whose criteria is applied (its workspace ID is ignored).</source>
        <translation>条件を適用する下書き (そのワークスペース ID は無視されます)。</translation>
    </message>
    <message>
        <source>The workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>ワークスペース: 1 行に 1 つの ID または正確な表示名、または workspaceId か displayName の列を持つ CSV。</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10, default 4).</source>
        <translation>同時リクエスト数、検索を含む (1〜10、既定は 4)。</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from: skip it (default) or create anyway.</source>
        <translation>同じスケジュールと発信元の条件を既に持つワークスペース: スキップ (既定) するか、それでも作成します。</translation>
    </message>
    <message>
        <source>Check every workspace and send no create.</source>
        <translation>すべてのワークスペースを確認し、作成は送信しません。</translation>
    </message>
    <message>
        <source>Write the results as CSV to FILE.</source>
        <translation>結果を CSV として FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Keep the journal of the run in FILE.</source>
        <translation>実行のジャーナルを FILE に記録します。</translation>
    </message>
    <message>
        <source>Continue the run recorded in the journal: nothing recorded or found as created is sent again.</source>
        <translation>ジャーナルに記録された実行を再開します: 作成済みと記録された、または確認されたものは再送信しません。</translation>
    </message>
    <message>
        <source>apply needs --draft FILE and --workspaces FILE.</source>
        <translation>apply には --draft FILE と --workspaces FILE が必要です。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency は 1〜%1 の整数でなければなりません (「%2」ではなく)。</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip or create, not &quot;%1&quot;.</source>
        <translation>--on-duplicate は skip か create でなければなりません (「%1」ではなく)。</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>The draft %1 is not valid.</source>
        <translation>下書き %1 は有効ではありません。</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the run to continue.</source>
        <translation>--resume には、再開する実行のジャーナル --journal FILE が必要です。</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>ジャーナル %1 には既に実行が記録されています: 再開するには --resume を付けるか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>レート制限: すべてのリクエストが %1 秒待機します。</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 failed. Journal: %3</source>
        <translation>ワークスペース %1 件: 失敗 %2 件。ジャーナル: %3</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>なし (ドライラン)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 done, %4 failed, %5 skipped</source>
        <translation>%1/%2 · 完了 %3、失敗 %4、スキップ %5</translation>
    </message>
    <message>
        <source>The run recorded in %1 has ended: its report comes from the journal, and nothing was sent. %2 workspaces: %3 failed.</source>
        <translation>%1 に記録された実行は終了しています。レポートはジャーナルから作成し、何も送信していません。ワークスペース %2 件: 失敗 %3 件。</translation>
    </message>
    <message>
        <source>Apply the criteria of a draft to many workspaces, without a window. The token comes from WEBEX_ACCESS_TOKEN, else from the window&apos;s sign-in with Webex for the API root (of the integration WEBEX_CLIENT_ID or the settings name; renewed when it is about to expire), else from a token kept in the keychain for the API root. Exit codes: 0 every workspace created, skipped or would-create; 3 some failed; 2 bad input or no token.</source>
        <translation>ウィンドウを開かずに、下書きの条件を多数のワークスペースに適用します。トークンは WEBEX_ACCESS_TOKEN から、なければ API ルートについてウィンドウで行った Webex でのサインイン（WEBEX_CLIENT_ID または設定のインテグレーション。期限が近いと更新）から、それもなければ API ルートについてキーチェーンに保存されたトークンから取得します。終了コード: 0 すべてのワークスペースが作成・スキップ・作成予定; 3 一部が失敗; 2 不正な入力またはトークンなし。</translation>
    </message>
</context>
<context>
    <name>AutosaveFile</name>
    <message>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>キー「%1」がありません。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be %2.</source>
        <translation>キー「%1」は%2でなければなりません。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>キー「%1」は%2から%3までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list %1 slots.</source>
        <translation>キー「numbers」には%1個の枠が必要です。</translation>
    </message>
    <message>
        <source>the key &quot;numbers&quot; must list objects.</source>
        <translation>キー「numbers」にはオブジェクトを並べる必要があります。</translation>
    </message>
    <message>
        <source>it is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>JSON として正しくありません（%1 文字目: %2）。途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>it is not an autosave of seqring-admin.</source>
        <translation>seqring-admin の自動保存ではありません。</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number.</source>
        <translation>形式のバージョンがないか、整数ではありません。</translation>
    </message>
    <message>
        <source>it was written by a newer version of seqring-admin (format %1; this version reads format %2).</source>
        <translation>新しいバージョンの seqring-admin で書かれています（形式 %1。このバージョンが読めるのは形式 %2 です）。</translation>
    </message>
    <message>
        <source>the key &quot;savedAt&quot; must be a date and time.</source>
        <translation>キー「savedAt」は日時でなければなりません。</translation>
    </message>
    <message>
        <source>the key &quot;mode&quot; must be &quot;create&quot; or &quot;edit&quot;.</source>
        <translation>キー「mode」は &quot;create&quot; か &quot;edit&quot; でなければなりません。</translation>
    </message>
    <message>
        <source>the form: %1</source>
        <translation>フォーム: %1</translation>
    </message>
    <message>
        <source>the key &quot;criteriaId&quot; must not be empty.</source>
        <translation>キー「criteriaId」は空にできません。</translation>
    </message>
    <message>
        <source>the criteria as loaded: %1</source>
        <translation>読み込んだときの条件: %1</translation>
    </message>
    <message>
        <source>the ring settings: %1</source>
        <translation>順次呼び出しの設定: %1</translation>
    </message>
    <message>
        <source>Could not create the folder of the autosave &quot;%1&quot;.</source>
        <translation>自動保存「%1」のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the autosave &quot;%1&quot;: %2.</source>
        <translation>自動保存「%1」を書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2.</source>
        <translation>自動保存「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: it is %2 bytes, more than an autosave can be (%3).</source>
        <translation>自動保存「%1」を読み込めません: %2 バイトあり、自動保存の上限（%3）を超えています。</translation>
    </message>
    <message>
        <source>The autosave &quot;%1&quot; cannot be read: %2</source>
        <translation>自動保存「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChecks</name>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>ライセンスを読み込めませんでした。サービスが判断します。</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>順次呼び出しに必要な Webex Calling Professional ライセンスがありません。</translation>
    </message>
    <message>
        <source>Its location has a schedule &quot;%1&quot;, but not of the chosen type.</source>
        <translation>その拠点にスケジュール「%1」はありますが、選んだ種類ではありません。</translation>
    </message>
    <message>
        <source>Its location has no schedule &quot;%1&quot;.</source>
        <translation>その拠点にスケジュール「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>ジャーナル %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2.</source>
        <translation>ジャーナル %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>ジャーナルが開かれていません。</translation>
    </message>
</context>
<context>
    <name>BulkOutcome</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>レポート %1 を書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>%1 per minute</source>
        <translation>毎分 %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunRecord</name>
    <message>
        <source>The journal %1 does not say which run it records (no &quot;run&quot; record).</source>
        <translation>ジャーナル %1 には、どの実行の記録かが書かれていません (「run」レコードがありません)。</translation>
    </message>
    <message>
        <source>A create was sent and its answer is not recorded (in flight).</source>
        <translation>作成を送信しましたが、その応答は記録されていません (処理中)。</translation>
    </message>
</context>
<context>
    <name>CallComparison</name>
    <message>
        <source>Saving the form&apos;s criteria would not change this.</source>
        <translation>フォームの条件を保存しても、この結果は変わりません。</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved: %1</source>
        <translation>フォームの条件を保存した場合: %1</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>the criteria for all hours</source>
        <translation>すべての時間帯の条件</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>種類なし</translation>
    </message>
    <message>
        <source>the criteria &quot;%1&quot; (%2)</source>
        <translation>条件「%1」(%2)</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is off for this workspace.</source>
        <translation>順次呼び出しされません：このワークスペースでは順次呼び出しがオフです。</translation>
    </message>
    <message>
        <source>Does not ring sequentially: sequential ring is on, but no number to ring is set.</source>
        <translation>順次呼び出しされません：順次呼び出しはオンですが、呼び出す番号が設定されていません。</translation>
    </message>
    <message>
        <source>Does not ring sequentially: no criteria matches this caller at this time.</source>
        <translation>順次呼び出しされません：この時刻にこの発信者に該当する条件はありません。</translation>
    </message>
    <message>
        <source>Does not ring sequentially: %1 matches this caller and does not ring; criteria which do not ring take priority.</source>
        <translation>順次呼び出しされません：%1 がこの発信者に該当し、呼び出しません。呼び出さない条件が優先されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n 回呼び出し</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace %1</source>
        <translation>このワークスペース %1</translation>
    </message>
    <message>
        <source>%1 %2 with answer confirmation</source>
        <translation>%1 %2 (応答確認あり)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>ボイスメール</translation>
    </message>
    <message>
        <source>Rings sequentially: %1 matches this caller and rings. %2.</source>
        <translation>順次呼び出しされます：%1 がこの発信者に該当し、呼び出します。%2。</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>、次に </translation>
    </message>
</context>
<context>
    <name>CallRules</name>
    <message>
        <source>The criteria %1 names the schedule &quot;%2&quot; (%3), which this location does not have: the criteria is never in effect.</source>
        <translation>条件 %1 はスケジュール「%2」(%3) を指定していますが、このロケーションにはありません。この条件が有効になることはありません。</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>種類なし</translation>
    </message>
</context>
<context>
    <name>CallerParser</name>
    <message>
        <source>Caller: %1 Or type private or unavailable.</source>
        <translation>発信者：%1 または private か unavailable と入力してください。</translation>
    </message>
</context>
<context>
    <name>CommandLineToken</name>
    <message>
        <source>The sign-in with Webex for %1 could not be renewed: %2</source>
        <translation>%1 の Webex でのサインインを更新できませんでした: %2</translation>
    </message>
    <message>
        <source>no answer.</source>
        <translation>応答がありません。</translation>
    </message>
    <message>
        <source>No token for %1: set WEBEX_ACCESS_TOKEN, or sign in with Webex in the window with this API root, so that the keychain holds the sign-in.</source>
        <translation>%1 のトークンがありません: WEBEX_ACCESS_TOKEN を設定するか、この API ルートでウィンドウから Webex でサインインして、キーチェーンにサインインを保存してください。</translation>
    </message>
    <message>
        <source>No integration is known to look its sign-in up: set WEBEX_CLIENT_ID to its client ID, or sign in from the window once.</source>
        <translation>サインインを探すインテグレーションがわかりません: WEBEX_CLIENT_ID にそのクライアント ID を設定するか、一度ウィンドウからサインインしてください。</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>API root, e.g. https://webexapis.com/v1.</source>
        <translation>API ルート (例: https://webexapis.com/v1)。</translation>
    </message>
    <message>
        <source>Organization ID (partner administrators).</source>
        <translation>組織 ID (パートナー管理者用)。</translation>
    </message>
    <message>
        <source>At exit, write the requests and answers of this run to FILE as HAR 1.2, tokens and secrets removed.</source>
        <translation>終了時に、この実行のリクエストとレスポンスを HAR 1.2 として FILE に書き出します（トークンと秘密情報は除去）。</translation>
    </message>
    <message>
        <source>Log every request and answer (method, URL, status, time; never a token) to standard error.</source>
        <translation>すべてのリクエストと応答（メソッド、URL、ステータス、所要時間。トークンは記録しません）を標準エラー出力に記録します。</translation>
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
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 added</source>
        <translation>phoneNumbers: %1 を追加</translation>
    </message>
    <message>
        <source>phoneNumbers: %1 removed</source>
        <translation>phoneNumbers: %1 を削除</translation>
    </message>
    <message>
        <source>phoneNumbers: order changed</source>
        <translation>phoneNumbers: 順序を変更</translation>
    </message>
</context>
<context>
    <name>CriteriaJson</name>
    <message>
        <source>The JSON is not well formed at character %1: %2.</source>
        <translation>JSON の形式が正しくありません (%1 文字目): %2。</translation>
    </message>
    <message>
        <source>The JSON must be an object ({ … }).</source>
        <translation>JSON はオブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (value %2). Remove it; the keys allowed are: %3.</source>
        <translation>不明なキー &quot;%1&quot; があります (値 %2)。このキーを削除してください。使用できるキー: %3。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the value %2, but it must be %3.</source>
        <translation>キー &quot;%1&quot; の値は %2 ですが、%3 である必要があります。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the unknown value %2. Use one of: %3.</source>
        <translation>キー &quot;%1&quot; の値 %2 は不明な値です。次のいずれかを使用してください: %3。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>The key &quot;callsFrom&quot; is missing. Add &quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; or &quot;SELECT_PHONE_NUMBERS&quot;.</source>
        <translation>キー &quot;callsFrom&quot; がありません。&quot;callsFrom&quot;: &quot;ANY_PHONE_NUMBER&quot; または &quot;SELECT_PHONE_NUMBERS&quot; を追加してください。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is missing. Add &quot;%1&quot;: true or false.</source>
        <translation>キー &quot;%1&quot; がありません。&quot;%1&quot;: true または false を追加してください。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;phoneNumbers&quot; is %2, but it must be a string.</source>
        <translation>&quot;phoneNumbers&quot; の %1 番目の項目は %2 ですが、文字列である必要があります。</translation>
    </message>
</context>
<context>
    <name>CriteriaValidator</name>
    <message>
        <source>Workspace ID is required. Paste the workspace&apos;s ID from Control Hub or the API, or choose the workspace.</source>
        <translation>ワークスペース ID は必須です。Control Hub または API で確認したワークスペースの ID を貼り付けるか、ワークスペースを選択してください。</translation>
    </message>
    <message>
        <source>Workspace ID &quot;%1&quot; has spaces at its start or end; they will be removed.</source>
        <translation>ワークスペース ID「%1」の先頭または末尾に空白があります。空白は削除されます。</translation>
    </message>
    <message>
        <source>No access token is set. Set a token with the scope spark-admin:workspaces_write before creating the criteria.</source>
        <translation>アクセストークンが設定されていません。条件を作成する前に、スコープ spark-admin:workspaces_write を持つトークンを設定してください。</translation>
    </message>
    <message>
        <source>Schedule name is empty. Type or choose the name of a location schedule, or turn off &quot;Only during a schedule&quot;.</source>
        <translation>スケジュール名が空です。ロケーションのスケジュール名を入力または選択するか、「スケジュールの期間中のみ」をオフにしてください。</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot; for schedule &quot;%1&quot;.</source>
        <translation>スケジュールの種類が選択されていません。スケジュール「%1」の種類として「営業時間」または「休日」を選択してください。</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; is not among the schedules of the workspace&apos;s location (%2). Check the spelling, or create the schedule first; the service refuses an unknown schedule.</source>
        <translation>スケジュール「%1」は、ワークスペースのロケーションのスケジュール (%2) にありません。スペルを確認するか、先にスケジュールを作成してください。不明なスケジュールはサービスに拒否されます。</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&quot;Select phone numbers&quot; needs at least one phone number, private callers or unavailable callers. Add a number, turn on a caller option, or choose &quot;Any phone number&quot;.</source>
        <translation>「選択した電話番号」には、1 つ以上の電話番号、非通知の発信者、または番号不明の発信者が必要です。番号を追加するか、発信者のオプションをオンにするか、「任意の電話番号」を選択してください。</translation>
    </message>
    <message>
        <source>There are %1 phone numbers, but a criteria holds at most %2. Remove %3.</source>
        <translation>電話番号が %1 件ありますが、1 つの条件に指定できるのは最大 %2 件です。%3 件削除してください。</translation>
    </message>
    <message>
        <source>Schedule type is not chosen. Choose &quot;Business hours&quot; or &quot;Holidays&quot;.</source>
        <translation>スケジュールの種類が選択されていません。「営業時間」または「休日」を選択してください。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>CSV リーダーを開始できませんでした。</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2.</source>
        <translation>ファイルの %1 行目付近が有効な CSV ではありません: %2。</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>Could not open the draft &quot;%1&quot;: %2.</source>
        <translation>下書き「%1」を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes, too large for a draft (at most %3). Choose a draft saved by this program.</source>
        <translation>「%1」は %2 バイトあり、下書きとしては大きすぎます (最大 %3 バイト)。このプログラムで保存した下書きを選択してください。</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; cannot be used: %2</source>
        <translation>下書き「%1」は使用できません: %2</translation>
    </message>
    <message>
        <source>Could not write the draft &quot;%1&quot;: %2.</source>
        <translation>下書き「%1」を書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not save the draft &quot;%1&quot;: %2. The previous file, if any, is unchanged.</source>
        <translation>下書き「%1」を保存できませんでした: %2。以前のファイルがある場合、そのファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Key &quot;format&quot; must be &quot;%1&quot;, but the draft has %2.</source>
        <translation>キー &quot;format&quot; は &quot;%1&quot; である必要がありますが、下書きでは %2 になっています。</translation>
    </message>
    <message>
        <source>Key &quot;version&quot; must be a whole number, but the draft has %1.</source>
        <translation>キー &quot;version&quot; は整数である必要がありますが、下書きでは %1 になっています。</translation>
    </message>
    <message>
        <source>It was written by a newer version of seqring-admin (draft format %1; this version reads format %2). Open it with that version.</source>
        <translation>新しいバージョンの seqring-admin で書かれています（下書き形式 %1。このバージョンが読めるのは形式 %2 です）。そのバージョンで開いてください。</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (at character %1: %2).</source>
        <translation>下書きが有効な JSON ではありません (%1 文字目: %2)。</translation>
    </message>
    <message>
        <source>The draft must be a JSON object ({ … }).</source>
        <translation>下書きは JSON オブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a string, but the draft has %2.</source>
        <translation>キー &quot;%1&quot; は文字列である必要がありますが、下書きでは %2 になっています。</translation>
    </message>
</context>
<context>
    <name>ExportSubcommand</name>
    <message>
        <source>%1/%2 · %3 failed</source>
        <translation>%1/%2 · 失敗 %3</translation>
    </message>
    <message>
        <source>%1 read, %2 listed so far · %3 failed</source>
        <translation>%1 件読み込み、これまでに %2 件を一覧 · 失敗 %3</translation>
    </message>
    <message>
        <source>Export the sequential ring settings and criteria of every workspace of the organisation (or of those listed) to a state file, without a window. The token is found as for apply. Exit codes: 0 every workspace read; 3 some failed (left out of the file) or the workspaces could not be listed; 2 bad input or no token.</source>
        <translation>組織のすべてのワークスペース（または指定したもの）の順次呼び出しの設定と条件を、ウィンドウなしで状態ファイルにエクスポートします。トークンは apply と同じ方法で見つけます。終了コード: 0 すべてのワークスペースを読み込み、3 一部が失敗（ファイルには含まれません）またはワークスペースを一覧できなかった、2 入力が不正またはトークンなし。</translation>
    </message>
    <message>
        <source>The state file to write (JSON); it appears only when the export has ended.</source>
        <translation>書き込む状態ファイル (JSON)。エクスポートが終わったときにだけ作成されます。</translation>
    </message>
    <message>
        <source>Only these workspaces: one ID or exact display name per line, or a CSV with a workspaceId or displayName column (as apply reads them).</source>
        <translation>これらのワークスペースのみ: 1 行に 1 つの ID または正確な表示名、または workspaceId か displayName 列を持つ CSV（apply と同じ読み方）。</translation>
    </message>
    <message>
        <source>Also write a summary, a CSV line per workspace, to FILE.</source>
        <translation>ワークスペースごとに 1 行の CSV 概要も FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to %1, default %2).</source>
        <translation>同時リクエスト数、検索を含む（1〜%1、既定 %2）。</translation>
    </message>
    <message>
        <source>export needs --out FILE.json, the state file to write.</source>
        <translation>export には書き込む状態ファイル --out FILE.json が必要です。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency は 1〜%1 の整数でなければなりません (「%2」ではなく)。</translation>
    </message>
    <message>
        <source>The summary %1 cannot be written: %2</source>
        <translation>概要 %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>レート制限: すべてのリクエストが %1 秒待機します。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>%1 workspaces written to %2; %3 failed.</source>
        <translation>%1 件のワークスペースを %2 に書き込みました。失敗 %3 件。</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>The session log could not be written to %1: %2</source>
        <translation>セッションログを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>HttpStatus</name>
    <message>
        <source>OK (200): Webex answered the request.</source>
        <translation>OK (200): Webex がリクエストに応答しました。</translation>
    </message>
    <message>
        <source>Created (201): Webex created the item.</source>
        <translation>作成完了 (201): Webex が項目を作成しました。</translation>
    </message>
    <message>
        <source>Accepted (202): Webex accepted the request and will finish it shortly. Reload in a moment to see the result.</source>
        <translation>受理 (202): Webex はリクエストを受け付け、まもなく処理を完了します。しばらくしてから再読み込みして結果を確認してください。</translation>
    </message>
    <message>
        <source>No content (204): Webex carried out the request.</source>
        <translation>コンテンツなし (204): Webex がリクエストを実行しました。</translation>
    </message>
    <message>
        <source>Bad request (400): Webex could not accept the request as sent. Read the server&apos;s message below, correct the field it names and try again.</source>
        <translation>不正なリクエスト (400): Webex は送信されたリクエストを受け付けられませんでした。下のサーバーからのメッセージを読み、示されているフィールドを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Unauthorized (401): the access token is missing, wrong or has expired. Sign in again or paste a fresh token, then try again.</source>
        <translation>認証エラー (401): アクセストークンがないか、正しくないか、有効期限が切れています。サインインし直すか新しいトークンを貼り付けてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Forbidden (403): the signed-in account may not do this. Use a full or location administrator with the scope spark-admin:workspaces_write, and check that the workspace has the Webex Calling Professional license.</source>
        <translation>アクセス拒否 (403): サインインしているアカウントにはこの操作が許可されていません。スコープ spark-admin:workspaces_write を持つフル管理者またはロケーション管理者を使用し、ワークスペースに Webex Calling Professional ライセンスがあることを確認してください。</translation>
    </message>
    <message>
        <source>Not found (404): the workspace, criteria or address does not exist, or belongs to another organisation. Check the workspace and organisation IDs and the API address.</source>
        <translation>見つかりません (404): ワークスペース、条件、またはアドレスが存在しないか、別の組織に属しています。ワークスペース ID、組織 ID、API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Method not allowed (405): this address does not accept this kind of request. Check the API address in the settings.</source>
        <translation>許可されていないメソッド (405): このアドレスはこの種類のリクエストを受け付けません。設定の API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Conflict (409): the request conflicts with the workspace&apos;s current settings, for example a criteria with the same schedule already exists. Reload the criteria list and change the request.</source>
        <translation>競合 (409): リクエストがワークスペースの現在の設定と競合しています (同じスケジュールの条件がすでに存在する場合など)。条件の一覧を再読み込みして、リクエストを変更してください。</translation>
    </message>
    <message>
        <source>Gone (410): the item is no longer available. Reload the list.</source>
        <translation>削除済み (410): この項目は利用できなくなりました。一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Unsupported media type (415): Webex did not accept the body&apos;s format. This is a defect of this program; please report it with the details below.</source>
        <translation>サポートされていないメディアタイプ (415): Webex はボディの形式を受け付けませんでした。これはこのプログラムの不具合です。下の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>Locked (423): the item is temporarily locked by another change. Wait the time shown and try again.</source>
        <translation>ロック中 (423): 別の変更によって項目が一時的にロックされています。表示された時間だけ待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Precondition required (428): Webex needs a precondition this request did not meet. Read the server&apos;s message below.</source>
        <translation>前提条件が必要 (428): このリクエストは、Webex が必要とする前提条件を満たしていません。下のサーバーからのメッセージをお読みください。</translation>
    </message>
    <message>
        <source>Too many requests (429): Webex is limiting how fast requests may be sent, and did not process this one. Wait the time shown and try again.</source>
        <translation>リクエスト過多 (429): Webex がリクエストの送信頻度を制限しているため、このリクエストは処理されませんでした。表示された時間だけ待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Internal server error (500): something went wrong inside Webex. Try again later; if it persists, contact Webex support with the tracking ID.</source>
        <translation>内部サーバーエラー (500): Webex の内部で問題が発生しました。しばらくしてからもう一度お試しください。問題が続く場合は、トラッキング ID を添えて Webex サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Bad gateway (502): a Webex server got an invalid answer from another one. Try again later.</source>
        <translation>不正なゲートウェイ (502): Webex のサーバーが別のサーバーから無効な応答を受け取りました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Service unavailable (503): Webex is overloaded or under maintenance. Try again later.</source>
        <translation>サービス利用不可 (503): Webex が過負荷の状態か、メンテナンス中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Gateway timeout (504): a Webex server did not answer in time. Try again later.</source>
        <translation>ゲートウェイタイムアウト (504): Webex のサーバーが時間内に応答しませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Success (%1): Webex answered the request.</source>
        <translation>成功 (%1): Webex がリクエストに応答しました。</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1, which this program does not know. Read the details below; if in doubt, contact Webex support with the tracking ID.</source>
        <translation>Webex が HTTP ステータス %1 で応答しましたが、このプログラムはこのステータスを認識できません。下の詳細をお読みください。判断に迷う場合は、トラッキング ID を添えて Webex サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address and that the service is running, then try again.</source>
        <translation>サーバーが接続を拒否しました。API アドレスと、サービスが稼働していることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered. Check your network and try again.</source>
        <translation>サーバーが応答する前に接続を閉じました。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API address and your network connection.</source>
        <translation>サーバー名が見つかりませんでした (DNS)。API アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>サーバーが時間内に応答しませんでした。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the API address, the system clock and any proxy that inspects traffic.</source>
        <translation>サーバーとのセキュリティで保護された接続 (TLS) を確立できませんでした。API アドレス、システムの時計、および通信を検査するプロキシがあればその設定を確認してください。</translation>
    </message>
    <message>
        <source>The network connection was lost. Reconnect and try again.</source>
        <translation>ネットワーク接続が切断されました。再接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the system&apos;s proxy settings.</source>
        <translation>プロキシサーバーを使用できませんでした。システムのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere it may not go. Check the API address.</source>
        <translation>サーバーが、許可されていない宛先にリクエストをリダイレクトしました。API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the HTTP protocol. Check the API address.</source>
        <translation>サーバーの応答が HTTP プロトコルに従っていませんでした。API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The request failed because of a network problem (code %1). Check your network connection and try again.</source>
        <translation>ネットワークの問題によりリクエストが失敗しました (コード %1)。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server redirected the request again and again (a redirect loop), so it was stopped. Check the API address.</source>
        <translation>サーバーがリクエストを何度もリダイレクトした（リダイレクトのループ）ため、中止しました。API アドレスを確認してください。</translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>its criteria cannot be read: %1</source>
        <translation>その条件を読み取れません: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; file, not a journal of seqring-admin</source>
        <translation>&quot;%1&quot; のファイルで、seqring-admin のジャーナルではありません</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>ジャーナル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>ジャーナル %1 の %2 行目が壊れています: %3。</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer seqring-admin (journal version %2; this one reads versions up to %3). Resume it with that version.</source>
        <translation>ジャーナル %1 は新しいバージョンの seqring-admin で書かれています（ジャーナルのバージョン %2。このバージョンが読めるのは %3 までです）。そのバージョンで再開してください。</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>The time zone &quot;%1&quot; is not a known IANA time zone (such as America/Chicago).</source>
        <translation>タイムゾーン「%1」は既知の IANA タイムゾーン (America/Chicago など) ではありません。</translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation>時刻が無効です。</translation>
    </message>
</context>
<context>
    <name>LocationScheduleJson</name>
    <message>
        <source>missing</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD from %1 to %2</source>
        <translation>%1 年から %2 年までの日付 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>00:00 から 23:59 までの時刻 (HH:MM)</translation>
    </message>
    <message>
        <source>a month JANUARY to DECEMBER</source>
        <translation>JANUARY から DECEMBER までの月</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>the one kind of recurrence, an object</source>
        <translation>ただ 1 種類の繰り返し (オブジェクト)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a date exactly when recurForEver is not true</source>
        <translation>recurForEver が true でない場合に限り日付</translation>
    </message>
    <message>
        <source>at least one weekday marked true</source>
        <translation>true の曜日が 1 つ以上</translation>
    </message>
    <message>
        <source>a day that %1 has</source>
        <translation>%1 にある日</translation>
    </message>
    <message>
        <source>a weekday SUNDAY to SATURDAY</source>
        <translation>SUNDAY から SATURDAY までの曜日</translation>
    </message>
    <message>
        <source>FIRST, SECOND, THIRD, FOURTH or LAST</source>
        <translation>FIRST、SECOND、THIRD、FOURTH、LAST のいずれか</translation>
    </message>
    <message>
        <source>an end after the start</source>
        <translation>開始より後の終了</translation>
    </message>
    <message>
        <source>a date on or after startDate</source>
        <translation>startDate 以降の日付</translation>
    </message>
    <message>
        <source>The schedule is not a JSON object.</source>
        <translation>スケジュールが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The schedule has no name (name is %1).</source>
        <translation>スケジュールに名前がありません (name は %1)。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; has type %2; expected businessHours or holidays.</source>
        <translation>スケジュール「%1」の種類は %2 です。businessHours または holidays である必要があります。</translation>
    </message>
    <message>
        <source>The events of the schedule &quot;%1&quot; are not a list.</source>
        <translation>スケジュール「%1」のイベントがリストではありません。</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>%1 番目</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot; is not an object; it is left out.</source>
        <translation>スケジュール「%2」のイベント %1 はオブジェクトではないため、除外されます。</translation>
    </message>
    <message>
        <source>Event %1 of the schedule &quot;%2&quot;: %3 is %4, expected %5; the event is left out.</source>
        <translation>スケジュール「%2」のイベント %1：%3 が %4 です。%5 である必要があります。このイベントは除外されます。</translation>
    </message>
</context>
<context>
    <name>LookupError</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>Reading %1 was refused (401): the token is not valid or has expired. Set a new token; it needs the scope %2.</source>
        <translation>%1の読み込みが拒否されました (401): トークンが無効か、有効期限が切れています。スコープ %2 を持つ新しいトークンを設定してください。</translation>
    </message>
    <message>
        <source>Reading %1 was refused (403): the token lacks the scope %2, or the administrator may not read this organisation. Use a token with %2.</source>
        <translation>%1の読み込みが拒否されました (403): トークンにスコープ %2 がないか、この組織の読み取りが管理者に許可されていません。%2 を持つトークンを使用してください。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1の読み込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty. Type a number such as +44 20 7183 8750.</source>
        <translation>電話番号が空です。+44 20 7183 8750 のような番号を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters. Type digits only, for example +44 20 7183 8750.</source>
        <translation>「%1」に英字が含まれています。+44 20 7183 8750 のように数字のみを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension. Sequential ring criteria match whole numbers: remove the extension.</source>
        <translation>「%1」には内線番号が含まれています。順次呼び出しの条件は番号全体で照合されるため、内線番号を削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type digits, optionally starting with +.</source>
        <translation>「%1」は電話番号ではありません。数字を入力してください (先頭に + を付けることもできます)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start it with + and the country code, or choose the default region for national numbers.</source>
        <translation>「%1」に有効な国番号がありません。先頭に + と国番号を付けるか、国内番号用の既定の地域を選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Short codes and extensions cannot be used; type the full number.</source>
        <translation>「%1」は電話番号としては短すぎます。短縮番号や内線番号は使用できません。完全な番号を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check the digits.</source>
        <translation>「%1」は電話番号としては長すぎます。数字を確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for its region (default region %2). Check the digits, or add + and the country code.</source>
        <translation>「%1」はその地域の有効な番号ではありません (既定の地域: %2)。数字を確認するか、+ と国番号を付けてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list (the same number written differently). Remove one of them.</source>
        <translation>「%1」はすでに一覧にあります (同じ番号が別の書式で入力されています)。どちらか一方を削除してください。</translation>
    </message>
</context>
<context>
    <name>PreviewSubcommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>(no token)</source>
        <translation>(トークンなし)</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[残り %n バイトは表示されていません]</numerusform>
        </translation>
    </message>
    <message>
        <source>Webex answered %1, but its reply could not be read (%2). The request was probably carried out; reload to check.</source>
        <translation>Webex は %1 で応答しましたが、応答の内容を読み取れませんでした (%2)。リクエストはおそらく実行されています。再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>StateFileReader</name>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>なし（キーがありません）</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing; it must be %3.</source>
        <translation>%1: キー「%2」がありません。%3 である必要があります。</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; has the value %3; it must be %4.</source>
        <translation>%1: キー「%2」の値は %3 です。%4 である必要があります。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; has the value %2: %3</source>
        <translation>キー「%1」の値は %2 です: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>left out (a number slot has only the keys %1)</source>
        <translation>省略（番号の枠にあるキーは %1 だけです）</translation>
    </message>
    <message>
        <source>the key &quot;sequentialRing.phoneNumbers&quot; lists %1 numbers; sequential ring rings at most %2.</source>
        <translation>キー「sequentialRing.phoneNumbers」には %1 件の番号があります。順次呼び出しで呼び出せるのは最大 %2 件です。</translation>
    </message>
    <message>
        <source>the workspace&apos;s ID</source>
        <translation>ワークスペースの ID</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is there, but &quot;professional&quot; is false: a workspace without the Professional license has no sequential ring. Remove the key, or set &quot;professional&quot; to true.</source>
        <translation>キー「%1」がありますが、「professional」は false です。Professional ライセンスのないワークスペースには順次呼び出しがありません。キーを削除するか、「professional」を true にしてください。</translation>
    </message>
    <message>
        <source>The state file is not valid JSON (at character %1: %2); it may have been cut short.</source>
        <translation>状態ファイルは JSON として正しくありません（%1 文字目: %2）。途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>This is not a state file of seqring-admin: its key &quot;format&quot; is %1, not &quot;%2&quot;.</source>
        <translation>これは seqring-admin の状態ファイルではありません。キー「format」が %1 で、「%2」ではありません。</translation>
    </message>
    <message>
        <source>The key &quot;version&quot; of the state file has the value %1; it must be a whole number.</source>
        <translation>状態ファイルのキー「version」の値は %1 です。整数である必要があります。</translation>
    </message>
    <message>
        <source>The state file is format version %1, written by a newer seqring-admin; this version reads format version %2. Update seqring-admin to read it.</source>
        <translation>状態ファイルは形式バージョン %1 で、新しい seqring-admin で書かれています。このバージョンが読めるのは形式バージョン %2 です。読むには seqring-admin を更新してください。</translation>
    </message>
    <message>
        <source>The state file</source>
        <translation>状態ファイル</translation>
    </message>
    <message>
        <source>a date and time such as &quot;2026-12-07T10:00:00Z&quot;</source>
        <translation>「2026-12-07T10:00:00Z」のような日時</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>文字列または null</translation>
    </message>
    <message>
        <source>Workspace %1 of the list</source>
        <translation>リストの %1 番目のワークスペース</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; (%2 of the list)</source>
        <translation>ワークスペース「%1」（リストの %2 番目）</translation>
    </message>
    <message>
        <source>its ID %1 is also that of workspace %2 of the list; list each workspace once.</source>
        <translation>その ID %1 はリストの %2 番目のワークスペースと同じです。各ワークスペースは 1 回だけ記載してください。</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be read: %2.</source>
        <translation>状態ファイル「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The state file &quot;%1&quot; cannot be used. %2</source>
        <translation>状態ファイル「%1」は使用できません。%2</translation>
    </message>
</context>
<context>
    <name>StateFileWriter</name>
    <message>
        <source>Could not write the state file &quot;%1&quot;: %2.</source>
        <translation>状態ファイル「%1」を書き込めませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>レポート %1 を書き込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>ジャーナル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3.</source>
        <translation>ジャーナル %1 の %2 行目が壊れています: %3。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is not a sync journal (its first line has no &quot;format&quot;: &quot;%2&quot;). Give the journal a sync wrote, or another file to start a new one.</source>
        <translation>%1 は同期ジャーナルではありません (最初の行に &quot;format&quot;: &quot;%2&quot; がありません)。同期が書いたジャーナルを指定するか、新しく始めるには別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The journal %1 is of version %2 of the sync journal; this seqring-admin reads version %3 and older. Resume it with the seqring-admin that wrote it.</source>
        <translation>ジャーナル %1 は同期ジャーナルのバージョン %2 です。この seqring-admin が読めるのはバージョン %3 以前です。書き込んだ seqring-admin で再開してください。</translation>
    </message>
    <message>
        <source>The journal %1 is empty: there is no sync to resume.</source>
        <translation>ジャーナル %1 は空です: 再開する同期はありません。</translation>
    </message>
    <message>
        <source>The first line of the journal %1 holds entries that cannot be read (%2). Discard the journal and run the sync again.</source>
        <translation>ジャーナル %1 の 1 行目に読み込めないエントリがあります (%2)。ジャーナルを破棄して、同期をやり直してください。</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>schedule &quot;%1&quot; (%2)</source>
        <translation>スケジュール「%1」（%2）</translation>
    </message>
    <message>
        <source>all hours, all days</source>
        <translation>全時間帯、全日</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>呼び出す</translation>
    </message>
    <message>
        <source>do not ring</source>
        <translation>呼び出さない</translation>
    </message>
    <message>
        <source>The workspace has no Webex Calling Professional license, so it has no sequential ring; assign the license first.</source>
        <translation>このワークスペースには Webex Calling Professional ライセンスがないため、順次呼び出しがありません。先にライセンスを割り当ててください。</translation>
    </message>
    <message>
        <source>The file lists the workspace without the Professional license, but it has the license now; its sequential ring is left as it is. Export it again to include its settings.</source>
        <translation>ファイルではこのワークスペースは Professional ライセンスなしですが、現在はライセンスがあります。順次呼び出しはそのままにします。設定を含めるには、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>種類なし</translation>
    </message>
    <message>
        <source>The location &quot;%1&quot; has no schedule %2. Create it there, or change the criteria; nothing was sent to this workspace.</source>
        <translation>ロケーション「%1」にはスケジュール %2 がありません。そこで作成するか、条件を変更してください。このワークスペースには何も送信していません。</translation>
    </message>
    <message>
        <source>ring settings changed</source>
        <translation>呼び出し設定を変更</translation>
    </message>
    <message>
        <source>turns sequential ring on</source>
        <translation>順次呼び出しをオンにする</translation>
    </message>
    <message>
        <source>turns sequential ring off</source>
        <translation>順次呼び出しをオフにする</translation>
    </message>
    <message>
        <source>replaced: an update cannot remove its schedule &quot;%1&quot;</source>
        <translation>置き換え: 更新ではスケジュール「%1」を削除できません</translation>
    </message>
    <message>
        <source>the file removes its schedule &quot;%1&quot;, which takes a delete and a create; deleting needs --allow-delete</source>
        <translation>ファイルではスケジュール「%1」が削除されています。これには削除と作成が必要で、削除には --allow-delete が必要です</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>ファイルにありません: %1</translation>
    </message>
    <message>
        <source>not in the file (%1); deleting needs --allow-delete</source>
        <translation>ファイルにありません（%1）。削除には --allow-delete が必要です</translation>
    </message>
    <message>
        <source>+%1 criteria</source>
        <translation>条件 +%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 件変更</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 件保持</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>同期済み</translation>
    </message>
</context>
<context>
    <name>SyncSubcommand</name>
    <message>
        <source>The state file each workspace listed in it is made equal to; others are not touched.</source>
        <translation>記載された各ワークスペースをその内容と同じにする状態ファイル。その他のワークスペースには触れません。</translation>
    </message>
    <message>
        <source>A state file with one workspace whose ring settings and criteria every target gets (with --workspaces).</source>
        <translation>1 つのワークスペースを含む状態ファイル。その呼び出し設定と条件がすべての対象に適用されます (--workspaces と併用)。</translation>
    </message>
    <message>
        <source>The targets of --template: one ID or exact display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>--template の対象: 1 行に 1 つの ID または正確な表示名、または workspaceId か displayName 列を持つ CSV。</translation>
    </message>
    <message>
        <source>Read and plan every workspace; send nothing.</source>
        <translation>すべてのワークスペースを読み取って計画します。何も送信しません。</translation>
    </message>
    <message>
        <source>Delete the criteria a workspace has and its entry has not (else they are kept, and the workspace does not match).</source>
        <translation>ワークスペースにあってエントリにない条件を削除します (指定しない場合は残され、ワークスペースは一致しません)。</translation>
    </message>
    <message>
        <source>Keep the journal of the sync in FILE.</source>
        <translation>同期のジャーナルを FILE に記録します。</translation>
    </message>
    <message>
        <source>Continue the sync recorded in the journal: workspaces it finished are not touched, a write it sent unanswered is checked by reading.</source>
        <translation>ジャーナルに記録された同期を続行します: 完了したワークスペースには触れず、応答のなかった書き込みは読み取りで確認します。</translation>
    </message>
    <message>
        <source>Write a row per action as CSV to FILE.</source>
        <translation>アクションごとに 1 行を CSV として FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Requests at once, reads included (1 to 10, default 4).</source>
        <translation>同時に送るリクエスト数 (読み取りを含む、1 ～ 10、既定は 4)。</translation>
    </message>
    <message>
        <source>sync needs either --desired FILE.json, or --template FILE.json with --workspaces TARGETS.</source>
        <translation>sync には --desired FILE.json、または --template FILE.json と --workspaces TARGETS が必要です。</translation>
    </message>
    <message>
        <source>--template needs --workspaces TARGETS, the workspaces to give the template to.</source>
        <translation>--template には、テンプレートを適用するワークスペース --workspaces TARGETS が必要です。</translation>
    </message>
    <message>
        <source>--workspaces goes with --template; with --desired the file lists the workspaces.</source>
        <translation>--workspaces は --template と併用します。--desired ではファイルにワークスペースが記載されます。</translation>
    </message>
    <message>
        <source>The template %1 holds %2 workspaces; a template holds exactly one. Export one workspace, or use --desired.</source>
        <translation>テンプレート %1 には %2 個のワークスペースがあります。テンプレートはちょうど 1 つです。1 つのワークスペースをエクスポートするか、--desired を使ってください。</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; in %2 has no &quot;id&quot;; a desired state names each workspace by its ID.</source>
        <translation>%2 のワークスペース &quot;%1&quot; に &quot;id&quot; がありません。目的の状態では各ワークスペースを ID で指定します。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>一致する予定</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>一致しない予定</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file (their ring settings and criteria), without a window: each workspace is read, planned and sent only what differs. The token is found as for apply. Exit codes: 0 every workspace matches (or would, in a dry run); 3 some failed or were left not matching; 2 bad input or no token.</source>
        <translation>ウィンドウなしでワークスペースを状態ファイル (呼び出し設定と条件) と同じにします: 各ワークスペースを読み取って計画し、異なる部分だけを送信します。トークンは apply と同様に探します。終了コード: 0 すべてのワークスペースが一致 (ドライランでは一致する予定); 3 一部が失敗したか一致しないまま; 2 入力が不正かトークンがありません。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency は 1〜%1 の整数でなければなりません (「%2」ではなく)。</translation>
    </message>
    <message>
        <source>--resume needs --journal FILE, the journal of the sync to continue.</source>
        <translation>--resume には、続行する同期のジャーナル --journal FILE が必要です。</translation>
    </message>
    <message>
        <source>The journal %1 already holds a run: add --resume to continue it, or choose another file.</source>
        <translation>ジャーナル %1 には既に実行が記録されています: 再開するには --resume を付けるか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>レート制限: すべてのリクエストが %1 秒待機します。</translation>
    </message>
    <message>
        <source>%1 workspaces: %2 match, %3 failed, %4 left not matching. Journal: %5</source>
        <translation>%1 個のワークスペース: 一致 %2、失敗 %3、不一致のまま %4。ジャーナル: %5</translation>
    </message>
    <message>
        <source>none (dry run)</source>
        <translation>なし (ドライラン)</translation>
    </message>
    <message>
        <source>%1/%2 · %3 would match, %4 failed, %5 would not match</source>
        <translation>%1/%2 · 一致する予定 %3、失敗 %4、一致しない予定 %5</translation>
    </message>
    <message>
        <source>%1/%2 · %3 match, %4 failed, %5 not matching</source>
        <translation>%1/%2 · 一致 %3、失敗 %4、不一致 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n writes to send</source>
        <translation>
            <numerusform>送信する書き込み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writes done</source>
        <translation>
            <numerusform>完了した書き込み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited: every request waits %n s</source>
        <translation>
            <numerusform>レート制限: すべてのリクエストが %n 秒待機</numerusform>
        </translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>進捗:</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>%1 (in an earlier run, recorded in the journal; not touched).</source>
        <translation>%1 (以前の実行で完了し、ジャーナルに記録済み。触れていません)。</translation>
    </message>
    <message>
        <source>Its license could not be read; the service decides.</source>
        <translation>ライセンスを読み込めませんでした。サービスが判断します。</translation>
    </message>
    <message>
        <source>Sent by an earlier run whose answer was not recorded; found done by reading the workspace, not sent again.</source>
        <translation>以前の実行で送信され応答が記録されていませんでした。ワークスペースを読み取って完了を確認したため、再送しません。</translation>
    </message>
    <message>
        <source>The answer was lost; found done by reading the workspace, not sent again.</source>
        <translation>応答が失われました。ワークスペースを読み取って完了を確認したため、再送しません。</translation>
    </message>
    <message>
        <source>It failed for a reason not given.</source>
        <translation>理由不明で失敗しました。</translation>
    </message>
    <message>
        <source>Not sent: an earlier write to this workspace failed.</source>
        <translation>未送信: このワークスペースへの以前の書き込みが失敗しました。</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>以前の実行で完了</translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>Cannot read the workspaces file %1: %2.</source>
        <translation>ワークスペースファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The workspaces file %1 is larger than %2 MiB.</source>
        <translation>ワークスペースファイル %1 は %2 MiB を超えています。</translation>
    </message>
    <message>
        <source>Workspaces file %1: %2</source>
        <translation>ワークスペースファイル %1: %2</translation>
    </message>
    <message>
        <source>It names no workspace: give one workspace ID or display name per line, or a CSV with a workspaceId or displayName column.</source>
        <translation>ワークスペースが指定されていません: 1 行に 1 つのワークスペース ID か表示名、または workspaceId か displayName の列を持つ CSV を指定してください。</translation>
    </message>
</context>
<context>
    <name>TestCallSubcommand</name>
    <message>
        <source>--caller &quot;%1&quot;: %2</source>
        <translation>--caller「%1」：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Time used: %1 in %2, the time zone of %3 (the location of %4).</source>
        <translation>使用した時刻: %1（%2、%4 のロケーション %3 のタイムゾーン）。</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace: whether it rings sequentially, which criteria decides, and the ring sequence, from the schedules, criteria and ring settings read afresh from the service. Times are wall-clock times at the workspace&apos;s location. The token is found as apply finds it. Exit codes: 0 an answer; 1 the service could not be read; 2 bad input or no token.</source>
        <translation>ワークスペースへの 1 件の着信がどうなるかを示します。順次呼び出しが鳴るか、どの条件が決めるか、呼び出しの順序を、サービスから読み直したスケジュール、条件、呼び出し設定から求めます。時刻はワークスペースのロケーションの現地時刻です。トークンは apply と同じ方法で探します。終了コード: 0 回答あり、1 サービスを読み込めなかった、2 入力が不正またはトークンなし。</translation>
    </message>
    <message>
        <source>The workspace the call is made to.</source>
        <translation>着信先のワークスペース。</translation>
    </message>
    <message>
        <source>Who calls: a phone number (+E.164, or national in the country of the location&apos;s time zone), private (number withheld) or unavailable (no number).</source>
        <translation>発信者: 電話番号（+E.164、またはロケーションのタイムゾーンの国での国内番号）、private（番号非通知）または unavailable（番号なし）。</translation>
    </message>
    <message>
        <source>When, at the location: &quot;YYYY-MM-DD HH:MM&quot; (24 h). Default: now at the location.</source>
        <translation>ロケーションでの日時:「YYYY-MM-DD HH:MM」（24 時間制）。既定: ロケーションの現在時刻。</translation>
    </message>
    <message>
        <source>Print the outcome as one JSON object.</source>
        <translation>結果を 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>test-call needs --workspace ID and --caller NUMBER, private or unavailable.</source>
        <translation>test-call には --workspace ID と --caller 番号、private または unavailable が必要です。</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not a date and time: write it as &quot;YYYY-MM-DD HH:MM&quot; (24 h), e.g. &quot;2026-12-25 10:00&quot;.</source>
        <translation>--at「%1」は日時ではありません。「YYYY-MM-DD HH:MM」（24 時間制）の形で入力してください（例:「2026-12-25 10:00」）。</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the API address in the settings.</source>
        <translation>アドレス「%1」は有効な Web アドレスではありません。設定の API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; uses unencrypted http to another computer, which would expose the access token. Nothing was sent. Use an https address; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>アドレス「%1」は別のコンピューターへの暗号化されていない http 接続を使用するため、アクセストークンが漏洩するおそれがあります。何も送信されていません。https のアドレスを使用してください。暗号化されていない http を使用できるのは、このコンピューター (localhost、127.0.0.1、::1) に対してのみです。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not start with https://. Nothing was sent. Check the API address in the settings.</source>
        <translation>アドレス「%1」は https:// で始まっていません。何も送信されていません。設定の API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server tried to redirect the request from a secure https address to the insecure address &quot;%1&quot;. The redirect was refused.</source>
        <translation>サーバーが、リクエストを安全な https アドレスから安全でないアドレス「%1」にリダイレクトしようとしました。リダイレクトは拒否されました。</translation>
    </message>
    <message>
        <source>The server tried to redirect the request to another host, &quot;%1&quot;. The redirect was refused so that the access token is not sent there. Check the API address.</source>
        <translation>サーバーがリクエストを別のホスト「%1」にリダイレクトしようとしました。アクセストークンがそのホストに送信されないよう、リダイレクトは拒否されました。API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server tried to redirect the request, and the new address is not allowed: %1</source>
        <translation>サーバーがリクエストをリダイレクトしようとしましたが、リダイレクト先のアドレスは許可されていません: %1</translation>
    </message>
    <message>
        <source>The API root is empty. Use https://webexapis.com/v1, or choose the sandbox.</source>
        <translation>API ルートが空です。https://webexapis.com/v1 を使用するか、サンドボックスを選択してください。</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; is not a valid URL. Use a full address such as https://webexapis.com/v1.</source>
        <translation>API ルート「%1」は有効な URL ではありません。https://webexapis.com/v1 のような完全なアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; uses http, which would send the token unencrypted. Use https (http is allowed only for this computer, such as the sandbox).</source>
        <translation>API ルート「%1」は http を使用しているため、トークンが暗号化されずに送信されます。https を使用してください (http を使用できるのは、サンドボックスなど、このコンピューター上のサーバーに対してのみです)。</translation>
    </message>
    <message>
        <source>The API root &quot;%1&quot; must start with https://.</source>
        <translation>API ルート「%1」は https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>%1 criteria</source>
        <translation>条件 %1</translation>
    </message>
    <message>
        <source>All hours criteria</source>
        <translation>全時間帯の条件</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>フォーム: %1</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>呼び出す</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>呼び出さない</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <source>%1: holiday</source>
        <translation>%1: 休日</translation>
    </message>
    <message>
        <source>%1: its schedule is not at this location, never in effect</source>
        <translation>%1: このロケーションにはそのスケジュールがないため、適用されません</translation>
    </message>
    <message>
        <source>%1: not in effect this week</source>
        <translation>%1: この週は適用されません</translation>
    </message>
    <message>
        <source>its schedule is not at this location</source>
        <translation>このロケーションにはそのスケジュールがありません</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>既存の条件</translation>
    </message>
    <message>
        <source>Target and criteria</source>
        <translation>対象と条件</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>リクエストのプレビュー</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>呼び出されるとき</translation>
    </message>
    <message>
        <source>Request preview and When it rings</source>
        <translation>リクエストのプレビューと呼び出されるとき</translation>
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
        <translation>無料通話</translation>
    </message>
    <message>
        <source>Hybrid calling</source>
        <translation>ハイブリッド通話</translation>
    </message>
    <message>
        <source>No calling</source>
        <translation>通話なし</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Basic workspace license</source>
        <translation>Basic ワークスペースライセンス</translation>
    </message>
    <message>
        <source>Not Webex Calling</source>
        <translation>Webex Calling 以外</translation>
    </message>
    <message>
        <source>License not known</source>
        <translation>ライセンス不明</translation>
    </message>
    <message>
        <source>sequential ring needs the Professional license</source>
        <translation>順次呼び出しには Professional ライセンスが必要です</translation>
    </message>
    <message>
        <source>the workspace is not on Webex Calling</source>
        <translation>このワークスペースは Webex Calling を使用していません</translation>
    </message>
    <message>
        <source>the license could not be read; the service will refuse the criteria unless the workspace has the Professional license</source>
        <translation>ライセンスを読み取れませんでした。ワークスペースに Professional ライセンスがない場合、条件はサービスに拒否されます</translation>
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
        <translation>この組織に ID %1 のワークスペースはありません。</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>ワークスペースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The workspace named &quot;%1&quot; could not be looked up: %2</source>
        <translation>「%1」という名前のワークスペースを検索できませんでした: %2</translation>
    </message>
    <message>
        <source>No workspace is named exactly &quot;%1&quot; (line %2).</source>
        <translation>正確に「%1」という名前のワークスペースはありません (%2 行目)。</translation>
    </message>
    <message>
        <source>%1 workspaces are named &quot;%2&quot; (line %3); give the ID of the one meant instead: %4.</source>
        <translation>「%2」という名前のワークスペースが %1 件あります (%3 行目)。代わりに目的のワークスペースの ID を指定してください: %4。</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace %1 with another workspace (&quot;%2&quot;); it was not changed.</source>
        <translation>Webex はワークスペース %1 の照会に別のワークスペース（&quot;%2&quot;）で応答しました。変更されていません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create Webex Calling sequential ring criteria for a workspace, and see the exact request before sending it.</source>
        <translation>ワークスペースの Webex Calling 順次呼び出しの条件を作成し、送信前に実際のリクエストを確認します。</translation>
    </message>
    <message>
        <source>Use the built-in sandbox API with its demo token.</source>
        <translation>組み込みのサンドボックス API とそのデモトークンを使用します。</translation>
    </message>
    <message>
        <source>Workspace ID.</source>
        <translation>ワークスペース ID。</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, ja, en).</source>
        <translation>インターフェイスの言語 (de, fr, ja, en)。</translation>
    </message>
    <message>
        <source>Print the request DRAFT would send (token redacted) and exit; exit code 2 if it is invalid.</source>
        <translation>下書き DRAFT で送信されるリクエストを出力して終了します (トークンは伏せられます)。下書きが無効な場合、終了コードは 2 です。</translation>
    </message>
    <message>
        <source>Open a draft in the window.</source>
        <translation>下書きをウィンドウで開きます。</translation>
    </message>
    <message>
        <source>Client ID of the Webex integration to sign in with (else WEBEX_CLIENT_ID, else the settings).</source>
        <translation>サインインに使う Webex インテグレーションのクライアント ID（なければ WEBEX_CLIENT_ID、さらになければ設定）。</translation>
    </message>
    <message>
        <source>Apply a draft&apos;s criteria to many workspaces, with no window; see seqring-admin apply --help.</source>
        <translation>下書きの条件をウィンドウなしで多数のワークスペースに適用します。seqring-admin apply --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown screenshot scene %1; the scenes are: %2.</source>
        <translation>不明なスクリーンショットのシーン %1 です。シーンは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>A draft to open in the window, as --open does (the desktop entry passes the file opened with it).</source>
        <translation>ウィンドウで開く下書き（--open と同じ。デスクトップエントリは、それで開いたファイルを渡します）。</translation>
    </message>
    <message>
        <source>One draft at a time: %1 were given.</source>
        <translation>下書きは一度に 1 つだけです。指定されたもの: %1。</translation>
    </message>
    <message>
        <source>Tell what happens to one call to a workspace, with no window; see seqring-admin test-call --help.</source>
        <translation>ウィンドウなしで、ワークスペースへの 1 件の着信がどうなるかを示します。seqring-admin test-call --help を参照してください。</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, with no window; see seqring-admin sync --help.</source>
        <translation>ウィンドウなしでワークスペースを状態ファイルと同じにします。seqring-admin sync --help を参照してください。</translation>
    </message>
    <message>
        <source>Export every workspace&apos;s sequential ring settings and criteria to a state file, with no window; see seqring-admin export --help.</source>
        <translation>すべてのワークスペースの順次呼び出しの設定と条件を、ウィンドウなしで状態ファイルにエクスポートします。seqring-admin export --help を参照してください。</translation>
    </message>
</context>
<context>
    <name>seqring::ApiJob</name>
    <message>
        <source>The server&apos;s reply is %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>サーバーの応答は %1 バイトあり、このプログラムが受け付ける %2 バイトを超えています。応答は読み込まれませんでした。API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s reply grew beyond the %1 bytes this program accepts, so it was not read to the end. Check the API address.</source>
        <translation>サーバーの応答がこのプログラムが受け付ける %1 バイトを超えたため、最後まで読み込まれませんでした。API アドレスを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>サーバーが %n 秒以内に応答しませんでした。ネットワークを確認して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change may or may not have been made. Reload to check before you try again.</source>
        <translation>変更が行われたかどうかはわかりません。もう一度試す前に、再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s reply headers are %1 bytes long, more than the %2 bytes this program accepts. It was not read. Check the API address.</source>
        <translation>サーバーの応答ヘッダーは %1 バイトで、このプログラムが受け付ける %2 バイトを超えています。読み込みませんでした。API アドレスを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s). Check your network and the API address, then try again.</source>
        <translation>
            <numerusform>サーバーは %n 秒以内に応答を終えませんでした。ネットワークと API アドレスを確認して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered %1 and then sent more than the %2 bytes this program accepts, so the rest was not read. %3</source>
        <translation>サービスは %1 と応答した後、このプログラムが受け付ける %2 バイトを超えて送信したため、残りは読み込まれませんでした。%3</translation>
    </message>
    <message numerus="yes">
        <source>The service answered %1 and then sent nothing more for %n second(s). Check your network and try again.</source>
        <translation>
            <numerusform>サービスは %1 と応答した後、%n 秒間何も送信しませんでした。ネットワークを確認して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was probably carried out.</source>
        <translation>リクエストはおそらく実行されました。</translation>
    </message>
</context>
<context>
    <name>seqring::AutosaveOffer</name>
    <message>
        <source>It could not be set aside and was removed; nothing was restored.</source>
        <translation>退避できなかったため削除しました。何も復元していません。</translation>
    </message>
    <message>
        <source>It was set aside as &quot;%1&quot;; nothing was restored.</source>
        <translation>「%1」として退避しました。何も復元していません。</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>自動保存を復元していません</translation>
    </message>
    <message>
        <source>The autosaved form was restored.</source>
        <translation>自動保存したフォームを復元しました。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Put the autosaved form back</source>
        <translation>自動保存したフォームを元に戻す</translation>
    </message>
    <message>
        <source>Delete the autosave and keep the form as it is</source>
        <translation>自動保存を削除し、フォームはそのままにする</translation>
    </message>
    <message>
        <source>Changes to a criteria were autosaved %1 (%2) and not saved on the service when seqring-admin last ended.</source>
        <translation>%1（%2）に自動保存された条件の変更が、前回 seqring-admin が終了したときサービスに保存されていませんでした。</translation>
    </message>
    <message>
        <source>A form was autosaved %1 (%2) when seqring-admin last ended without a clean quit.</source>
        <translation>前回 seqring-admin が正常に終了しなかったとき、フォームが %1（%2）に自動保存されました。</translation>
    </message>
</context>
<context>
    <name>seqring::BulkActions</name>
    <message>
        <source>Apply to se&amp;veral workspaces…</source>
        <translation>複数のワークスペースに適用(&amp;V)…</translation>
    </message>
    <message>
        <source>Apply the criteria of the form to many workspaces at once</source>
        <translation>フォームの条件を多数のワークスペースに一括で適用します</translation>
    </message>
    <message>
        <source>Resume the earlier run?</source>
        <translation>前回の実行を再開しますか?</translation>
    </message>
    <message>
        <source>A run of Apply to several workspaces did not finish (its journal is %1). Resume it? Workspaces already done are not sent again; for those whose create was in flight, their criteria are read first.</source>
        <translation>「複数のワークスペースに適用」の実行が完了していません (ジャーナル: %1)。再開しますか? 完了済みのワークスペースには再送信しません。作成が処理中だったワークスペースは、先にその条件を読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>seqring::BulkController</name>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>実行中です。終了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Retry failed needs a finished run (not a check).</source>
        <translation>「失敗を再試行」には、終了した実行 (チェックではないもの) が必要です。</translation>
    </message>
    <message>
        <source>No workspace failed: there is nothing to retry.</source>
        <translation>失敗したワークスペースはありません。再試行するものはありません。</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>%1 のトークンがありません。トークンを設定するかサインインしてから再開してください。</translation>
    </message>
</context>
<context>
    <name>seqring::BulkRun</name>
    <message>
        <source>Done in an earlier run (recorded in the journal); not sent again.</source>
        <translation>以前の実行で完了済み (ジャーナルに記録); 再送信しません。</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>その拠点のスケジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Its sequential ring settings could not be read: %1</source>
        <translation>順次呼び出しの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Warning: its sequential ring is off; the criteria has no effect until it is turned on.</source>
        <translation>警告: 順次呼び出しがオフです。オンにするまで条件は効果がありません。</translation>
    </message>
    <message>
        <source>Created by an earlier run (found by reading its criteria); not sent again.</source>
        <translation>以前の実行で作成済み (条件を読み込んで確認); 再送信しません。</translation>
    </message>
    <message>
        <source>It already has a criteria with this schedule and calls-from (ID %1).</source>
        <translation>このスケジュールと発信元の条件が既にあります (ID %1)。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>すべての確認に合格しました。</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>作成しました。</translation>
    </message>
    <message>
        <source>Created (the answer was lost; found by reading its criteria).</source>
        <translation>作成しました (応答は失われましたが、条件を読み込んで確認しました)。</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled before this workspace&apos;s turn.</source>
        <translation>未送信: このワークスペースの順番が来る前に実行がキャンセルされました。</translation>
    </message>
    <message>
        <source>Created: %1 It was found by reading its criteria.</source>
        <translation>作成済み: %1 条件を読み込んで確認されました。</translation>
    </message>
</context>
<context>
    <name>seqring::BulkTargetsPanel</name>
    <message>
        <source>Workspace na&amp;me contains</source>
        <translation>ワークスペース名に含まれる文字列(&amp;M)</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>ワークスペース名の一部 (空欄の場合はすべて表示)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>ロケーション(&amp;O)</translation>
    </message>
    <message>
        <source>Found &amp;workspaces</source>
        <translation>見つかったワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>対象(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ワークスペース ID</translation>
    </message>
    <message>
        <source>Found workspaces</source>
        <translation>見つかったワークスペース</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Select &amp;all results</source>
        <translation>すべての結果を選択(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>選択項目を追加(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the workspaces of a file: one ID or exact display name per line, or a CSV with a workspaceId or displayName column</source>
        <translation>ファイルのワークスペースを追加します: 1 行に 1 つの ID または正確な表示名、または workspaceId 列か displayName 列のある CSV</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>すべてのロケーション</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace found.</source>
        <translation>ワークスペースが見つかりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n 件のワークスペースが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspaces</source>
        <translation>ワークスペースのインポート</translation>
    </message>
    <message>
        <source>Workspace lists (*.csv *.txt);;All files (*)</source>
        <translation>ワークスペース一覧 (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Workspaces not imported</source>
        <translation>ワークスペースをインポートできませんでした</translation>
    </message>
    <message>
        <source>(found by name when run)</source>
        <translation>(実行時に名前で検索)</translation>
    </message>
</context>
<context>
    <name>seqring::BulkWindow</name>
    <message>
        <source>Select a workspace in the results to see its request.</source>
        <translation>結果でワークスペースを選択すると、そのリクエストが表示されます。</translation>
    </message>
    <message>
        <source>Apply to several workspaces</source>
        <translation>複数のワークスペースに適用</translation>
    </message>
    <message>
        <source>On &amp;duplicate</source>
        <translation>重複時(&amp;D)</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>スキップする</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>それでも作成する</translation>
    </message>
    <message>
        <source>A workspace that already has a criteria with the same schedule and calls-from</source>
        <translation>同じスケジュールと発信元の条件がすでにあるワークスペース</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>同時実行数(&amp;C)</translation>
    </message>
    <message>
        <source>Requests at once, look-ups included (1 to 10)</source>
        <translation>同時に送るリクエスト数 (参照を含む、1 ～ 10)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Check every target and send nothing (a dry run)</source>
        <translation>すべての対象をチェックし、何も送信しません (ドライラン)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Send nothing new; the requests in flight finish</source>
        <translation>新たには何も送信しません。処理中のリクエストは完了します</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>結果をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>失敗を再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Run again for the workspaces not created</source>
        <translation>作成されなかったワークスペースに対して再実行します</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>結果(&amp;U)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>実行の進捗</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>条件 ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>トラッキング ID</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>開始されませんでした</translation>
    </message>
    <message>
        <source>The earlier run was not resumed</source>
        <translation>前回の実行は再開されませんでした</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 remaining</source>
        <translation>完了 %1、失敗 %2、スキップ %3、残り %4</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: every request waits %n s.</source>
        <translation>
            <numerusform>レート制限: すべてのリクエストが %n 秒待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Would be created</source>
        <translation>作成予定</translation>
    </message>
    <message>
        <source>No request: this workspace was not found.</source>
        <translation>リクエストなし: このワークスペースは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>結果をエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Template: the criteria in the form (its own workspace ID is ignored).</source>
        <translation>テンプレート: フォームの条件 (フォーム自体のワークスペース ID は無視されます)。</translation>
    </message>
    <message>
        <source>The criteria in the form has errors: correct them in the main window first.</source>
        <translation>フォームの条件にエラーがあります。先にメイン ウィンドウで修正してください。</translation>
    </message>
</context>
<context>
    <name>seqring::CallActions</name>
    <message>
        <source>Reading the workspace&apos;s criteria and schedules…</source>
        <translation>ワークスペースの条件とスケジュールを読み込んでいます…</translation>
    </message>
    <message>
        <source>Choose a workspace to see when its calls ring.</source>
        <translation>ワークスペースを選択すると、その通話が呼び出される時間帯が表示されます。</translation>
    </message>
    <message>
        <source>No workspace is chosen: choose one (Edit &gt; Choose workspace…), then test the call again.</source>
        <translation>ワークスペースが選択されていません。ワークスペースを選択してから (編集 &gt; ワークスペースを選択…)、もう一度通話をテストしてください。</translation>
    </message>
    <message>
        <source>Test a c&amp;all…</source>
        <translation>通話をテスト(&amp;A)…</translation>
    </message>
    <message>
        <source>What happens to a call from a caller at a date and time</source>
        <translation>ある発信者から、ある日時にかかってきた通話がどうなるか</translation>
    </message>
</context>
<context>
    <name>seqring::CallScenarioReader</name>
    <message>
        <source>the workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>The workspace %1 has no location, so it has no schedules or time zone: assign it to a location.</source>
        <translation>ワークスペース %1 にはロケーションがないため、スケジュールもタイムゾーンもありません。ロケーションに割り当ててください。</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>順次呼び出しの設定</translation>
    </message>
    <message>
        <source>The criteria %1 was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>条件 %1 は一覧にありましたが見つかりませんでした (その間に削除された可能性があります)。除外します。</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>条件 %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>条件 %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>The location %1 has no time zone (timeZone), so its schedules cannot be placed in time: set the location&apos;s time zone.</source>
        <translation>ロケーション %1 にはタイムゾーン (timeZone) がないため、そのスケジュールを時刻に当てはめられません。ロケーションのタイムゾーンを設定してください。</translation>
    </message>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>ロケーションのスケジュール</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is listed without an ID or a known type; it is left out.</source>
        <translation>スケジュール「%1」は ID または既知の種類なしで一覧にあります。除外します。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; was listed but not found (removed meanwhile?); it is left out.</source>
        <translation>スケジュール「%1」は一覧にありましたが見つかりませんでした (その間に削除された可能性があります)。除外します。</translation>
    </message>
    <message>
        <source>the schedule &quot;%1&quot;</source>
        <translation>スケジュール「%1」</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; could not be read: %2</source>
        <translation>スケジュール「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;: %2</source>
        <translation>スケジュール「%1」: %2</translation>
    </message>
</context>
<context>
    <name>seqring::CallTestDialog</name>
    <message>
        <source>Reading the schedules, the criteria and the ring settings…</source>
        <translation>スケジュール、条件、呼び出しの設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Test a call</source>
        <translation>通話をテスト</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>発信者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日時(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Private caller</source>
        <translation>非通知の発信者</translation>
    </message>
    <message>
        <source>Unavailable caller</source>
        <translation>通知不可の発信者</translation>
    </message>
    <message>
        <source>A phone number, Private caller or Unavailable caller</source>
        <translation>電話番号、非通知の発信者、または通知不可の発信者</translation>
    </message>
    <message>
        <source>(time at the workspace&apos;s location)</source>
        <translation>(ワークスペースのロケーションの時刻)</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Date and time at %1 (%2)</source>
        <translation>%1 (%2) の日時</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>発信者</translation>
    </message>
    <message>
        <source>What happens to the call</source>
        <translation>通話がどうなるか</translation>
    </message>
    <message>
        <source>If the form&apos;s criteria were saved</source>
        <translation>フォームの条件を保存した場合</translation>
    </message>
</context>
<context>
    <name>seqring::CreateCriteriaJob</name>
    <message>
        <source>Webex answered %1 but did not return the ID of a new criteria. The criteria was probably created: reload the workspace&apos;s criteria list to check before you create it again.</source>
        <translation>Webex は %1 で応答しましたが、新しい条件の ID を返しませんでした。条件はおそらく作成されています。もう一度作成する前に、ワークスペースの条件の一覧を再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>The criteria may or may not have been created. Reload the workspace&apos;s criteria list to check before you create it again, so that it does not exist twice.</source>
        <translation>条件が作成されたかどうかはわかりません。同じ条件が重複しないよう、もう一度作成する前にワークスペースの条件の一覧を再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>The criteria was probably created.</source>
        <translation>条件はおそらく作成されました。</translation>
    </message>
</context>
<context>
    <name>seqring::CreatedCheck</name>
    <message>
        <source>The criteria was created after all (ID %1). Do not create it again.</source>
        <translation>条件は作成されていました (ID %1)。もう一度作成しないでください。</translation>
    </message>
    <message>
        <source>Whether the criteria was created could not be checked: %1</source>
        <translation>条件が作成されたかどうかを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認はキャンセルされました。</translation>
    </message>
    <message>
        <source>The criteria was not created: the workspace has no criteria like it. You can create it again.</source>
        <translation>条件は作成されていません。ワークスペースに同様の条件はありません。もう一度作成できます。</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaConflictDialog</name>
    <message>
        <source>The criteria changed on the service</source>
        <translation>サービス上で条件が変更されました</translation>
    </message>
    <message>
        <source>Someone deleted this criteria on the service after you loaded it. Create it again with your version, or cancel and keep editing.</source>
        <translation>読み込んだ後に、この条件はサービス上で削除されました。あなたの内容で作成し直すか、キャンセルして編集を続けてください。</translation>
    </message>
    <message>
        <source>Someone changed this criteria on the service after you loaded it. Overwrite it with your version, load theirs into the form, or cancel.</source>
        <translation>読み込んだ後に、この条件はサービス上で変更されました。あなたの内容で上書きするか、相手の内容をフォームに読み込むか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>あなたの内容(&amp;Y)</translation>
    </message>
    <message>
        <source>On the &amp;service</source>
        <translation>サービス上(&amp;S)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>相手の内容を読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>作成し直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaDetailView</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Copy this criteria into the form to create a new one from it</source>
        <translation>この条件をフォームにコピーし、それを基に新しい条件を作成します</translation>
    </message>
    <message>
        <source>Delete this criteria from the workspace, after a confirmation</source>
        <translation>確認後、この条件をワークスペースから削除します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>すべての日の全時間帯</translation>
    </message>
    <message>
        <source>Any phone number</source>
        <translation>任意の電話番号</translation>
    </message>
    <message>
        <source>Selected phone numbers</source>
        <translation>選択した電話番号</translation>
    </message>
    <message>
        <source>Private: %1, unavailable: %2</source>
        <translation>非通知: %1、番号不明: %2</translation>
    </message>
    <message>
        <source>Select a criteria above to see it here.</source>
        <translation>上の一覧で条件を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;</source>
        <translation>スケジュール「%1」</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>全時間帯</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意の番号</translation>
    </message>
    <message>
        <source>selected numbers</source>
        <translation>選択した番号</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>rings sequentially</source>
        <translation>順次呼び出しを行う</translation>
    </message>
    <message>
        <source>does not ring sequentially</source>
        <translation>順次呼び出しを行わない</translation>
    </message>
    <message>
        <source>Use as template</source>
        <translation>テンプレートとして使用</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>条件 ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Private or unavailable callers</source>
        <translation>非通知または番号不明の発信者</translation>
    </message>
    <message>
        <source>Rings sequentially</source>
        <translation>順次呼び出しを行う</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Load this criteria into the form to change it</source>
        <translation>この条件をフォームに読み込んで変更します</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaForm</name>
    <message>
        <source>Sequential ring criteria</source>
        <translation>順次呼び出しの条件</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>&amp;Only during a schedule</source>
        <translation>スケジュールの期間中のみ(&amp;O)</translation>
    </message>
    <message>
        <source>When off, the criteria holds at all hours on all days.</source>
        <translation>オフの場合、条件はすべての日の全時間帯に適用されます。</translation>
    </message>
    <message>
        <source>Schedule &amp;name</source>
        <translation>スケジュール名(&amp;N)</translation>
    </message>
    <message>
        <source>The name of a location schedule. Type it, or choose one of the location&apos;s schedules.</source>
        <translation>ロケーションのスケジュール名です。入力するか、ロケーションのスケジュールから選択してください。</translation>
    </message>
    <message>
        <source>Schedule &amp;type</source>
        <translation>スケジュールの種類(&amp;T)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Location schedule (GROUP)</source>
        <translation>ロケーションのスケジュール (GROUP)</translation>
    </message>
    <message>
        <source>Schedule level</source>
        <translation>スケジュールのレベル</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>&amp;Any phone number</source>
        <translation>任意の電話番号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Select phone numbers</source>
        <translation>選択した電話番号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Private (anonymous) callers</source>
        <translation>非通知 (匿名) の発信者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unavailable callers</source>
        <translation>番号不明の発信者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Ring sequentially for matching calls</source>
        <translation>一致する着信で順次呼び出しを行う(&amp;R)</translation>
    </message>
    <message>
        <source>Criteria which do not ring take priority over criteria which ring.</source>
        <translation>順次呼び出しを行わない条件は、順次呼び出しを行う条件より優先されます。</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Holidays schedule</source>
        <translation>休日スケジュール</translation>
    </message>
    <message>
        <source>Business hours schedule</source>
        <translation>営業時間スケジュール</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>スケジュール名</translation>
    </message>
</context>
<context>
    <name>seqring::CriteriaUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
</context>
<context>
    <name>seqring::DraftActions</name>
    <message>
        <source>&amp;Open draft…</source>
        <translation>下書きを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save draft…</source>
        <translation>下書きを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>名前を付けて下書きを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>下書きを開く</translation>
    </message>
    <message>
        <source>The form was left as it was.</source>
        <translation>フォームは変更されていません。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Drafts (*.json)</source>
        <translation>下書き (*.json)</translation>
    </message>
</context>
<context>
    <name>seqring::EditController</name>
    <message>
        <source>All hours, all days</source>
        <translation>すべての日の全時間帯</translation>
    </message>
    <message>
        <source>Nothing has changed since the criteria was loaded.</source>
        <translation>条件を読み込んでから何も変更されていません。</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>条件 %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The criteria was created again as %1.</source>
        <translation>条件を %1 として作成し直しました。</translation>
    </message>
    <message>
        <source>Changes to the criteria %1 were saved.</source>
        <translation>条件 %1 への変更を保存しました。</translation>
    </message>
    <message>
        <source>Webex keeps a criteria&apos;s schedule when a change leaves it out, so &quot;Only during a schedule&quot; cannot be turned off here. To ring at all hours, create a new criteria without a schedule and delete this one.</source>
        <translation>変更でスケジュールを省略しても、Webex は条件のスケジュールをそのまま保持します。そのため、ここでは「スケジュールの期間中のみ」をオフにできません。常に呼び出すには、スケジュールなしの新しい条件を作成し、この条件を削除してください。</translation>
    </message>
</context>
<context>
    <name>seqring::EditModeBar</name>
    <message>
        <source>Edit criteria</source>
        <translation>条件の編集</translation>
    </message>
    <message>
        <source>C&amp;reate it again</source>
        <translation>作成し直す(&amp;R)</translation>
    </message>
    <message>
        <source>Send the form&apos;s criteria as a new criteria (POST)</source>
        <translation>フォームの条件を新しい条件として送信します (POST)</translation>
    </message>
    <message>
        <source>Editing criteria “%1” — seqring-admin</source>
        <translation>条件「%1」を編集中 — seqring-admin</translation>
    </message>
    <message>
        <source>Sequential ring criteria — seqring-admin</source>
        <translation>順次呼び出しの条件 — seqring-admin</translation>
    </message>
    <message>
        <source>No changes against the loaded criteria.</source>
        <translation>読み込んだ条件からの変更はありません。</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Editing criteria “%1”</source>
        <translation>条件「%1」を編集中</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Go back to creating a new criteria, without sending (Esc)</source>
        <translation>送信せずに新しい条件の作成に戻ります (Esc)</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>編集モード</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更の保存</translation>
    </message>
</context>
<context>
    <name>seqring::ErrorDialog</name>
    <message>
        <source>Criteria may have been created</source>
        <translation>条件が作成された可能性があります</translation>
    </message>
    <message>
        <source>Criteria not created</source>
        <translation>条件は作成されていません</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The request failed, but Webex may have carried it out.</source>
        <translation>リクエストは失敗しましたが、Webex で実行された可能性があります。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>リクエストが失敗しました。</translation>
    </message>
    <message>
        <source>Webex may have carried out the request. Check whether it was created before you try again.</source>
        <translation>Webex でリクエストが実行された可能性があります。もう一度試す前に、作成されたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex が HTTP ステータス %1 で応答しました。</translation>
    </message>
    <message>
        <source>The request failed without an answer from Webex.</source>
        <translation>Webex から応答がないまま、リクエストが失敗しました。</translation>
    </message>
    <message>
        <source>Webex says: %1</source>
        <translation>Webex からのメッセージ: %1</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (エラーコード %2)</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>エラーコード %1</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>再試行する前に %n 秒待つようサービスから求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking &amp;ID:</source>
        <translation>トラッキング ID(&amp;I):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Webex support asks for this ID.</source>
        <translation>Webex サポートに問い合わせる際は、この ID が必要です。</translation>
    </message>
    <message>
        <source>&amp;Copy tracking ID</source>
        <translation>トラッキング ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>未加工の応答</translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation>応答を受信しませんでした。</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>詳細を非表示(&amp;D)</translation>
    </message>
</context>
<context>
    <name>seqring::ExistingCriteriaPanel</name>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Calls from</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>呼び出す</translation>
    </message>
    <message>
        <source>Existing criteria</source>
        <translation>既存の条件</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Stop the lookups in progress</source>
        <translation>実行中の読み込みを停止します</translation>
    </message>
    <message>
        <source>The criteria %1 was deleted.</source>
        <translation>条件 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Choose a workspace to see its criteria.</source>
        <translation>ワークスペースを選択すると、その条件が表示されます。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Reading the sequential ring settings of %1…</source>
        <translation>%1 の順次呼び出しの設定を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s), answer confirmation)</source>
        <translation>
            <numerusform>%1 (呼び出し回数 %n 回、応答確認あり)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ring(s))</source>
        <translation>
            <numerusform>%1 (呼び出し回数 %n 回)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential ring is on.</source>
        <translation>順次呼び出しはオンです。</translation>
    </message>
    <message>
        <source>Sequential ring is off.</source>
        <translation>順次呼び出しはオフです。</translation>
    </message>
    <message>
        <source>%1 No numbers are rung.</source>
        <translation>%1呼び出す番号はありません。</translation>
    </message>
    <message>
        <source>%1 Numbers rung in turn: %2.</source>
        <translation>%1順番に呼び出す番号: %2。</translation>
    </message>
    <message>
        <source>All hours, all days</source>
        <translation>すべての日の全時間帯</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>すべての番号</translation>
    </message>
    <message>
        <source>Specific numbers</source>
        <translation>特定の番号</translation>
    </message>
    <message>
        <source>Does not ring</source>
        <translation>呼び出さない</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (新規)</translation>
    </message>
    <message>
        <source>The workspace has no criteria yet.</source>
        <translation>このワークスペースにはまだ条件がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria.</source>
        <translation>
            <numerusform>条件は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the criteria…</source>
        <translation>条件を読み込んでいます…</translation>
    </message>
    <message>
        <source>Delete criteria</source>
        <translation>条件の削除</translation>
    </message>
    <message>
        <source>Delete the criteria (%1) of %2?
ID: %3
This cannot be undone.</source>
        <translation>%2 の条件 (%1) を削除しますか？
ID: %3
この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the criteria…</source>
        <translation>条件を削除しています…</translation>
    </message>
    <message>
        <source>E&amp;xisting criteria</source>
        <translation>既存の条件(&amp;X)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again (F5)</source>
        <translation>ワークスペースの条件を再度読み込みます (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Existing criteria status</source>
        <translation>既存の条件の状態</translation>
    </message>
    <message>
        <source>Sequential ring settings…</source>
        <translation>順次呼び出しの設定…</translation>
    </message>
    <message>
        <source>Turn sequential ring on or off and choose the numbers it rings (Ctrl+R)</source>
        <translation>順次呼び出しのオン/オフと呼び出す番号を設定します (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (変更済み)</translation>
    </message>
    <message>
        <source>Copy to other workspaces…</source>
        <translation>他のワークスペースにコピー…</translation>
    </message>
    <message>
        <source>Make other workspaces match this one: its ring settings and criteria</source>
        <translation>他のワークスペースをこのワークスペースと一致させます: 呼び出し設定と条件</translation>
    </message>
</context>
<context>
    <name>seqring::FieldMarker</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>seqring::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
</context>
<context>
    <name>seqring::LicenseCatalog</name>
    <message>
        <source>the licenses</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>seqring::LocationCatalog</name>
    <message>
        <source>the locations</source>
        <translation>ロケーション</translation>
    </message>
</context>
<context>
    <name>seqring::MainMenus</name>
    <message>
        <source>About seqring-admin</source>
        <translation>seqring-admin について</translation>
    </message>
    <message>
        <source>seqring-admin %1
Create Webex Calling sequential ring criteria for workspaces, and see exactly what is sent.</source>
        <translation>seqring-admin %1
ワークスペースの Webex Calling 順次呼び出しの条件を作成し、送信される内容を正確に確認できます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>トークンを設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;About seqring-admin</source>
        <translation>seqring-admin について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>seqring::MainWindow</name>
    <message>
        <source>Sandbox API listening on %1</source>
        <translation>サンドボックス API は %1 で待ち受けています</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>最後の結果</translation>
    </message>
</context>
<context>
    <name>seqring::MatchActions</name>
    <message>
        <source>Import stat&amp;e…</source>
        <translation>状態をインポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Make workspaces equal to a state file, after a check</source>
        <translation>チェックの後、ワークスペースを状態ファイルと同じにします</translation>
    </message>
    <message>
        <source>Import state</source>
        <translation>状態をインポート</translation>
    </message>
    <message>
        <source>State files (*.json)</source>
        <translation>状態ファイル (*.json)</translation>
    </message>
    <message>
        <source>Resume the interrupted sync?</source>
        <translation>中断された同期を再開しますか?</translation>
    </message>
    <message>
        <source>A sync of Make them match did not finish (its journal is %1). Resume it? Workspaces it finished are not touched again; for those whose write was under way, the workspace is read first, so nothing is sent twice.</source>
        <translation>「一致させる」の同期が完了していません (ジャーナル: %1)。再開しますか? 完了済みのワークスペースには再び触れません。書き込みが処理中だったワークスペースは先に読み込むため、二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>seqring::MatchWindow</name>
    <message>
        <source>Make them match</source>
        <translation>一致させる</translation>
    </message>
    <message>
        <source>Allow &amp;deleting criteria</source>
        <translation>条件の削除を許可(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the criteria a target has and the template has not; off, they are kept and the target does not match</source>
        <translation>対象にあってテンプレートにない条件を削除します。オフの場合は残され、対象は一致しません</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>同時実行数(&amp;C)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Read every target and show what would change; nothing is sent</source>
        <translation>すべての対象を読み取り、変更内容を表示します。何も送信しません</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>結果をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Plans and res&amp;ults</source>
        <translation>計画と結果(&amp;U)</translation>
    </message>
    <message>
        <source>Actions of the se&amp;lected workspace</source>
        <translation>選択したワークスペースのアクション(&amp;L)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Criteria ID</source>
        <translation>条件 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Plans and results</source>
        <translation>計画と結果</translation>
    </message>
    <message>
        <source>Actions of the selected workspace</source>
        <translation>選択したワークスペースのアクション</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>テンプレートを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>Template: %1 — its ring settings (sequential ring %2) and %n criteria; every target is made equal to it.</source>
        <translation>
            <numerusform>テンプレート: %1 — 呼び出し設定 (順次呼び出し %2) と %n 件の条件。すべての対象をこれと同じにします。</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>Each target is made equal to its entry in the state file (%n workspaces).</source>
        <translation>
            <numerusform>各対象を状態ファイルのエントリと同じにします (%n 個のワークスペース)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>テンプレートを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>開始できません</translation>
    </message>
    <message>
        <source>Delete criteria?</source>
        <translation>条件を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Making them match deletes %n criteria that the template does not have. They cannot be restored by this app.</source>
        <translation>
            <numerusform>一致させると、テンプレートにない条件 %n 件が削除されます。このアプリでは元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria and run</source>
        <translation>
            <numerusform>条件 %n 件を削除して実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行しています…</translation>
    </message>
    <message>
        <source>Select an action to see its request.</source>
        <translation>アクションを選択すると、そのリクエストが表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 match, %4 do not match, %5 failed</source>
        <translation>%2 件中 %1 件 · 一致 %3、不一致 %4、失敗 %5</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>レート制限: すべてのリクエストが %1 秒待機します。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>would match</source>
        <translation>一致する予定</translation>
    </message>
    <message>
        <source>would not match</source>
        <translation>一致しない予定</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>This action sends no request.</source>
        <translation>このアクションはリクエストを送信しません。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 workspaces done; the others were not sent. The results are kept.</source>
        <translation>キャンセルしました: %2 件中 %1 件のワークスペースが完了し、残りは送信されませんでした。結果は保持されます。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; the requests under way finish. %1</source>
        <translation>キャンセル中: 新たには何も送信しません。処理中のリクエストは完了します。%1</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent until Resume; the requests under way finish. %1</source>
        <translation>一時停止中: 「再開」まで新たには何も送信しません。処理中のリクエストは完了します。%1</translation>
    </message>
    <message>
        <source>The interrupted sync was not resumed</source>
        <translation>中断された同期は再開されませんでした</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewActions</name>
    <message>
        <source>Organization &amp;overview…</source>
        <translation>組織の概要(&amp;O)…</translation>
    </message>
    <message>
        <source>Every workspace of the organisation with its sequential ring</source>
        <translation>組織のすべてのワークスペースとその順次呼び出し</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewModel</name>
    <message>
        <source>Not read</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>No license</source>
        <translation>ライセンスなし</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>%1 (%2 outside)</source>
        <translation>%1 (組織外 %2)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>It has no Webex Calling Professional license, which sequential ring needs.</source>
        <translation>順次呼び出しに必要な Webex Calling Professional ライセンスがありません。</translation>
    </message>
    <message>
        <source>The organisation&apos;s numbers could not be read: numbers outside it are not counted.</source>
        <translation>組織の番号を読み込めませんでした。組織外の番号は数えられません。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>Sequential ring</source>
        <translation>順次呼び出し</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Do-not-ring criteria</source>
        <translation>呼び出さない条件</translation>
    </message>
</context>
<context>
    <name>seqring::OverviewWindow</name>
    <message>
        <source>Organization overview</source>
        <translation>組織の概要</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Part of a workspace&apos;s name</source>
        <translation>ワークスペース名の一部</translation>
    </message>
    <message>
        <source>&amp;Sequential ring on</source>
        <translation>順次呼び出しがオン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Has numbers outside the organisation</source>
        <translation>組織外の番号あり(&amp;O)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Progress of the read</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read every workspace of the organisation again</source>
        <translation>組織のすべてのワークスペースを再度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write what was read as a state file (JSON) or as its summary (CSV)</source>
        <translation>読み込んだ内容を状態ファイル (JSON) またはその概要 (CSV) として書き込みます</translation>
    </message>
    <message>
        <source>Rate limited: every request waits %1 s.</source>
        <translation>レート制限: すべてのリクエストが %1 秒待機します。</translation>
    </message>
    <message>
        <source>%1 of %2 workspaces read, %3 failed</source>
        <translation>%2 件中 %1 件のワークスペースを読み込み、失敗 %3 件</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed; listing…</source>
        <translation>%1 件のワークスペースを読み込み、失敗 %2 件。一覧を取得中…</translation>
    </message>
    <message>
        <source>Cancelled: %1 workspaces read, %2 failed.</source>
        <translation>キャンセルしました: %1 件のワークスペースを読み込み、失敗 %2 件。</translation>
    </message>
    <message>
        <source>%1 workspaces read, %2 failed.</source>
        <translation>%1 件のワークスペースを読み込み、失敗 %2 件。</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>概要のエクスポート</translation>
    </message>
    <message>
        <source>State file (*.json);;Summary (*.csv)</source>
        <translation>状態ファイル (*.json);;概要 (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Overview not exported</source>
        <translation>概要はエクスポートされませんでした</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberListModel</name>
    <message>
        <source>Sent as %1</source>
        <translation>%1 として送信</translation>
    </message>
</context>
<context>
    <name>seqring::PhoneNumberRegionCombo</name>
    <message>
        <source>The region of numbers typed without + and a country code.</source>
        <translation>+ と国番号を付けずに入力した番号の地域です。</translation>
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
        <translation>追加する番号(&amp;M)</translation>
    </message>
    <message>
        <source>+44 20 7183 8750</source>
        <translation>+44 20 7183 8750</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Phone numbers used</source>
        <translation>電話番号の使用数</translation>
    </message>
    <message>
        <source>Default re&amp;gion</source>
        <translation>既定の地域(&amp;G)</translation>
    </message>
    <message>
        <source>A criteria holds at most %1 phone numbers. &quot;%2&quot; was not added: remove a number first.</source>
        <translation>1 つの条件に指定できる電話番号は最大 %1 件です。「%2」は追加されませんでした。先に番号を削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln number(s).</source>
        <translation>
            <numerusform>%Ln 件の番号を追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) left out: a criteria holds at most %1 phone numbers.</source>
        <translation>
            <numerusform>%Ln 件の番号は追加されませんでした。1 つの条件に指定できる電話番号は最大 %1 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a phone number to add, such as +44 20 7183 8750.</source>
        <translation>追加する電話番号を入力してください (例: +44 20 7183 8750)。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Phone num&amp;bers</source>
        <translation>電話番号(&amp;B)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete)</source>
        <translation>選択した番号を削除します (Delete)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>seqring::RequestGate</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>未送信: 実行はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>seqring::RequestLogExport</name>
    <message>
        <source>E&amp;xport session log…</source>
        <translation>セッションログをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this session&apos;s requests and answers as a HAR file, with tokens and secrets removed, for support</source>
        <translation>このセッションのリクエストと応答を、トークンと秘密情報を除いてサポート用に HAR ファイルとして保存します</translation>
    </message>
    <message>
        <source>Export session log</source>
        <translation>セッションログのエクスポート</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR ファイル (*.har)</translation>
    </message>
    <message>
        <source>Session log not exported</source>
        <translation>セッションログをエクスポートできませんでした</translation>
    </message>
</context>
<context>
    <name>seqring::RequestPreview</name>
    <message>
        <source>No request yet: choose a workspace and fill in the criteria.</source>
        <translation>リクエストはまだありません。ワークスペースを選択し、条件を入力してください。</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the JSON body exactly as it will be sent.</source>
        <translation>送信されるとおりの JSON ボディをコピーします。</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP メソッド</translation>
    </message>
    <message>
        <source>Show the access token in the Authorization header</source>
        <translation>Authorization ヘッダーにアクセストークンを表示します</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <source>Copied the curl command, token included.</source>
        <translation>トークンを含めて curl コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.</source>
        <translation>curl コマンドをコピーしました。このコマンドはトークンを $WEBEX_ACCESS_TOKEN から読み取ります。</translation>
    </message>
    <message>
        <source>Copied the JSON body.</source>
        <translation>JSON ボディをコピーしました。</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL としてコピー</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (%1). While the token is hidden, the command reads it from $WEBEX_ACCESS_TOKEN.</source>
        <translation>リクエストを curl コマンドとしてコピーします (%1)。トークンが非表示の間は、コマンドはトークンを $WEBEX_ACCESS_TOKEN から読み取ります。</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L):</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>ボディ(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsActions</name>
    <message>
        <source>The sequential ring settings were saved.</source>
        <translation>順次呼び出しの設定を保存しました。</translation>
    </message>
    <message>
        <source>Saving the settings failed: %1</source>
        <translation>設定の保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>The sequential ring settings have not been read yet.</source>
        <translation>順次呼び出しの設定はまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Sequential ring is off for this workspace: criteria have no effect until it is turned on.</source>
        <translation>このワークスペースでは順次呼び出しがオフです。オンにするまで条件は効果がありません。</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>オンにする…</translation>
    </message>
    <message>
        <source>Open the sequential ring settings (Ctrl+R)</source>
        <translation>順次呼び出しの設定を開きます (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>seqring::RingSettingsDialog</name>
    <message>
        <source>Correct the numbers and rings marked above first</source>
        <translation>先に上で示された番号と呼び出し回数を修正してください</translation>
    </message>
    <message>
        <source>Send the request shown above</source>
        <translation>上に表示されたリクエストを送信します</translation>
    </message>
    <message>
        <source>Sequential ring settings</source>
        <translation>順次呼び出しの設定</translation>
    </message>
    <message>
        <source>&amp;Enable sequential ring</source>
        <translation>順次呼び出しを有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>Ring this workspace &amp;first</source>
        <translation>このワークスペースを最初に呼び出す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rings at this workspace</source>
        <translation>このワークスペースの呼び出し回数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue if this workspace is busy</source>
        <translation>このワークスペースが話し中でも続行する(&amp;C)</translation>
    </message>
    <message>
        <source>Send unanswered calls to &amp;voicemail</source>
        <translation>応答のない通話をボイスメールに送る(&amp;V)</translation>
    </message>
    <message>
        <source>Numbers, rung in this order</source>
        <translation>この順に呼び出す番号</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>呼び出し回数</translation>
    </message>
    <message>
        <source>Answer confirmation</source>
        <translation>応答確認</translation>
    </message>
    <message>
        <source>Number &amp;%1</source>
        <translation>番号 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <source>E.164, e.g. +442071838750</source>
        <translation>E.164 形式 (例: +442071838750)</translation>
    </message>
    <message>
        <source>Rings for number %1</source>
        <translation>番号 %1 の呼び出し回数</translation>
    </message>
    <message>
        <source>Answer confirmation for number %1</source>
        <translation>番号 %1 の応答確認</translation>
    </message>
    <message>
        <source>The person called must press 1 to take the call</source>
        <translation>呼び出された相手は 1 を押して通話に応答します</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move number %1 up</source>
        <translation>番号 %1 を上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move number %1 down</source>
        <translation>番号 %1 を下へ移動</translation>
    </message>
    <message>
        <source>Request &amp;preview</source>
        <translation>リクエストのプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>設定を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>seqring::ScheduleListReader</name>
    <message>
        <source>the location&apos;s schedules</source>
        <translation>ロケーションのスケジュール</translation>
    </message>
</context>
<context>
    <name>seqring::ScreenshotScene</name>
    <message>
        <source>The screenshot scene stopped waiting for %1.</source>
        <translation>スクリーンショットのシーンは %1 の待機を中止しました。</translation>
    </message>
    <message>
        <source>the last paint</source>
        <translation>最後の描画</translation>
    </message>
    <message>
        <source>the existing criteria</source>
        <translation>既存の条件</translation>
    </message>
    <message>
        <source>the criteria read</source>
        <translation>条件の読み込み</translation>
    </message>
    <message>
        <source>edit mode</source>
        <translation>編集モード</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>順次呼び出しの設定</translation>
    </message>
    <message>
        <source>the settings editor</source>
        <translation>設定エディター</translation>
    </message>
    <message>
        <source>the window&apos;s look-ups</source>
        <translation>ウィンドウの照会</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>the week read</source>
        <translation>読み込まれた週</translation>
    </message>
</context>
<context>
    <name>seqring::SendBar</name>
    <message>
        <source>Send the request shown in the preview (Ctrl+Return)</source>
        <translation>プレビューに表示されているリクエストを送信します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cannot create yet: %1</source>
        <translation>まだ作成できません: %1</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>リクエストを送信しています…</translation>
    </message>
    <message>
        <source>&amp;Create criteria</source>
        <translation>条件を作成(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for this request (Esc)</source>
        <translation>このリクエストの応答待ちを中止します (Esc)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message numerus="yes">
        <source>The service is rate limiting requests (429). Retrying in %n second(s)…</source>
        <translation>
            <numerusform>サービスがリクエストのレート制限を行っています (429)。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry %1.</source>
        <translation>再試行 %1 回目。</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>リクエストの状態</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>まだ保存できません: %1</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>変更を保存(&amp;C)</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingReader</name>
    <message>
        <source>the sequential ring settings</source>
        <translation>順次呼び出しの設定</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>条件 %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Deleting the criteria was refused (%1): the token needs the scope spark-admin:workspaces_write of a full or location administrator.</source>
        <translation>条件の削除が拒否されました (%1): トークンには、フル管理者またはロケーション管理者のスコープ spark-admin:workspaces_write が必要です。</translation>
    </message>
    <message>
        <source>Deleting the criteria failed: %1</source>
        <translation>条件の削除に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>seqring::SequentialRingSettingsModel</name>
    <message>
        <source>Rings at this workspace is %1; it must be from %2 to %3.</source>
        <translation>このワークスペースの呼び出し回数は %1 です。%2 から %3 の範囲にしてください。</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>番号 %1: %2</translation>
    </message>
    <message>
        <source>Number %1: %2 is already in the list; each number is rung once.</source>
        <translation>番号 %1: %2 はすでに一覧にあります。各番号は一度だけ呼び出されます。</translation>
    </message>
    <message>
        <source>Rings for number %1 is %2; it must be from %3 to %4.</source>
        <translation>番号 %1 の呼び出し回数は %2 です。%3 から %4 の範囲にしてください。</translation>
    </message>
    <message>
        <source>Sequential ring is on but has no number to ring: add at least one number.</source>
        <translation>順次呼び出しはオンですが、呼び出す番号がありません。番号を 1 つ以上追加してください。</translation>
    </message>
</context>
<context>
    <name>seqring::SignInActions</name>
    <message>
        <source>Sign &amp;in with Webex…</source>
        <translation>Webex でサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>サインアウト(&amp;T)</translation>
    </message>
</context>
<context>
    <name>seqring::SignInController</name>
    <message>
        <source>Find workspaces, and read their sequential ring settings and criteria.</source>
        <translation>ワークスペースを検索し、その順次着信の設定と条件を読み取ります。</translation>
    </message>
    <message>
        <source>Create, change and delete sequential ring criteria of a workspace.</source>
        <translation>ワークスペースの順次着信の条件を作成、変更、削除します。</translation>
    </message>
    <message>
        <source>Offer the location&apos;s schedules (business hours, holidays).</source>
        <translation>拠点のスケジュール（営業時間、休日）を候補として表示します。</translation>
    </message>
    <message>
        <source>Name the location a workspace belongs to.</source>
        <translation>ワークスペースが属する拠点の名前を表示します。</translation>
    </message>
    <message>
        <source>Tell which workspaces have the Professional license sequential ring needs.</source>
        <translation>順次着信に必要な Professional ライセンスを持つワークスペースを示します。</translation>
    </message>
    <message>
        <source>Show whose sign-in is in use.</source>
        <translation>誰のサインインを使っているかを表示します。</translation>
    </message>
    <message>
        <source>Enter the client ID of the Webex integration.</source>
        <translation>Webex インテグレーションのクライアント ID を入力してください。</translation>
    </message>
</context>
<context>
    <name>seqring::SignInDialog</name>
    <message>
        <source>No browser opened. Copy the link and open it in a browser.</source>
        <translation>ブラウザーが開きませんでした。リンクをコピーしてブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and press Allow.</source>
        <translation>ブラウザーを待っています… そこでサインインし、Allow を押してください。</translation>
    </message>
    <message>
        <source>Sign in with Webex</source>
        <translation>Webex でサインイン</translation>
    </message>
    <message>
        <source>Sign in through the browser with a Webex integration registered for this app (see the README). The client ID is kept in the settings, the client secret in the system keychain.</source>
        <translation>このアプリ用に登録した Webex インテグレーションで、ブラウザーからサインインします（README を参照）。クライアント ID は設定に、クライアントシークレットはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>クライアント ID(&amp;I)</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>クライアントシークレット(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;member the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;direct URI</source>
        <translation>リダイレクト URI(&amp;D)</translation>
    </message>
    <message>
        <source>Must be exactly the redirect URI registered for the integration.</source>
        <translation>インテグレーションに登録したリダイレクト URI と完全に一致している必要があります。</translation>
    </message>
    <message>
        <source>Set by --client-id or WEBEX_CLIENT_ID.</source>
        <translation>--client-id または WEBEX_CLIENT_ID で設定されています。</translation>
    </message>
    <message>
        <source>Set by WEBEX_CLIENT_SECRET.</source>
        <translation>WEBEX_CLIENT_SECRET で設定されています。</translation>
    </message>
    <message>
        <source>Sc&amp;opes asked for</source>
        <translation>要求するスコープ(&amp;O)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待っています</translation>
    </message>
    <message>
        <source>Lin&amp;k to open in a browser</source>
        <translation>ブラウザーで開くリンク(&amp;K)</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>リンクをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sign in with Webex</source>
        <translation>Webex でサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>seqring::SignInFlow</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーから応答がありませんでした。もう一度サインインしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not a loopback address with a port and a path, such as http://127.0.0.1:6001/redirect. Enter the one registered for the integration.</source>
        <translation>リダイレクト URI「%1」は、http://127.0.0.1:6001/redirect のようなポートとパスを持つループバックアドレスではありません。インテグレーションに登録したものを入力してください。</translation>
    </message>
    <message>
        <source>Port %1 of 127.0.0.1 is in use, so the answer of the browser cannot be received. Close the program that uses it, or register another redirect URI for the integration and enter it in the setting &quot;Redirect URI&quot;.</source>
        <translation>127.0.0.1 のポート %1 は使用中のため、ブラウザーからの応答を受け取れません。そのポートを使っているプログラムを終了するか、インテグレーションに別のリダイレクト URI を登録して設定「Redirect URI」（リダイレクト URI）に入力してください。</translation>
    </message>
    <message>
        <source>seqring-admin is waiting for the sign-in.</source>
        <translation>seqring-admin はサインインを待っています。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>A second answer from the browser arrived and was ignored; the first one is being used.</source>
        <translation>ブラウザーから 2 つ目の応答が届きましたが無視しました。最初の応答を使っています。</translation>
    </message>
    <message>
        <source>Access was denied in the browser (access_denied). Nothing was signed in.</source>
        <translation>ブラウザーでアクセスが拒否されました（access_denied）。サインインは行われていません。</translation>
    </message>
    <message>
        <source>Webex refused the sign-in: %1 %2</source>
        <translation>Webex がサインインを拒否しました: %1 %2</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</source>
        <translation>ブラウザーからの応答はこのサインインのものではない（state が一致しない）ため、使用しませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The answer from the browser carries no authorization code. Sign in again.</source>
        <translation>ブラウザーからの応答に認可コードがありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>seqring-admin received the answer. You can close this page.</source>
        <translation>seqring-admin が応答を受け取りました。このページは閉じてかまいません。</translation>
    </message>
    <message>
        <source>The Webex token service gave no expires_in with the token. Sign in again.</source>
        <translation>Webex のトークンサービスがトークンに expires_in を付けませんでした。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>seqring::StateExport</name>
    <message>
        <source>the workspaces</source>
        <translation>ワークスペース</translation>
    </message>
</context>
<context>
    <name>seqring::SuccessDialog</name>
    <message>
        <source>Criteria created</source>
        <translation>条件を作成しました</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>The sequential ring criteria was created.</source>
        <translation>順次呼び出しの条件が作成されました。</translation>
    </message>
    <message>
        <source>Webex answered with HTTP status %1.</source>
        <translation>Webex が HTTP ステータス %1 で応答しました。</translation>
    </message>
    <message>
        <source>New criteria &amp;ID:</source>
        <translation>新しい条件の ID(&amp;I):</translation>
    </message>
    <message>
        <source>Webex did not return an ID</source>
        <translation>Webex から ID が返されませんでした</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>seqring::SyncController</name>
    <message>
        <source>A sync is in progress; wait for it to finish or cancel it.</source>
        <translation>同期を実行中です。完了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The template is still being read; try again in a moment.</source>
        <translation>テンプレートをまだ読み取っています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no template: its workspace could not be read (%1).</source>
        <translation>テンプレートがありません: そのワークスペースを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>Choose the workspaces to make match first.</source>
        <translation>先に一致させるワークスペースを選んでください。</translation>
    </message>
    <message>
        <source>The sync of the journal %1 has ended: there is nothing to resume.</source>
        <translation>ジャーナル %1 の同期は終了しています。再開するものはありません。</translation>
    </message>
    <message>
        <source>No token for %1: set a token or sign in, then resume.</source>
        <translation>%1 のトークンがありません。トークンを設定するかサインインしてから再開してください。</translation>
    </message>
    <message>
        <source>The journal %1 does not record what its sync makes the workspaces equal to. Resume it with the command that started it: seqring-admin sync --resume --journal %1.</source>
        <translation>ジャーナル %1 には、同期でワークスペースを何に一致させるかが記録されていません。開始したコマンドで再開してください: seqring-admin sync --resume --journal %1。</translation>
    </message>
</context>
<context>
    <name>seqring::SyncRun</name>
    <message>
        <source>Its writes kept going unanswered; it was read %1 times. Run the sync again later.</source>
        <translation>書き込みへの応答がありませんでした。%1 回読み取りました。後でもう一度同期を実行してください。</translation>
    </message>
    <message>
        <source>Its sequential ring could not be read: %1</source>
        <translation>順次呼び出しを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The schedules of its location could not be read: %1</source>
        <translation>その拠点のスケジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Not sent: the sync was cancelled before this workspace&apos;s turn.</source>
        <translation>未送信: このワークスペースの順番が来る前に同期がキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing to send: it equals its entry.</source>
        <translation>送信するものはありません: エントリと一致しています。</translation>
    </message>
</context>
<context>
    <name>seqring::TargetModel</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>The local sandbox API could not start: %1</source>
        <translation>ローカルのサンドボックス API を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウトしました</translation>
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
        <translation>サンドボックス (ローカルのデモ API)</translation>
    </message>
    <message>
        <source>Custom API root</source>
        <translation>カスタム API ルート</translation>
    </message>
    <message>
        <source>&amp;Workspace ID</source>
        <translation>ワークスペース ID(&amp;W)</translation>
    </message>
    <message>
        <source>The workspace&apos;s ID from Control Hub or the API</source>
        <translation>Control Hub または API で確認したワークスペースの ID</translation>
    </message>
    <message>
        <source>Only for partner administrators</source>
        <translation>パートナー管理者のみ</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Enter a token, store it in the system keychain, or forget the stored one</source>
        <translation>トークンを入力してシステムのキーチェーンに保存するか、保存済みのトークンを削除します</translation>
    </message>
    <message>
        <source>Token state</source>
        <translation>トークンの状態</translation>
    </message>
    <message>
        <source>Workspace ID problem</source>
        <translation>ワークスペース ID の問題</translation>
    </message>
    <message>
        <source>Choose wor&amp;kspace…</source>
        <translation>ワークスペースを選択(&amp;K)…</translation>
    </message>
    <message>
        <source>Find the workspace by name (Ctrl+K)</source>
        <translation>名前でワークスペースを検索します (Ctrl+K)</translation>
    </message>
    <message>
        <source>Env&amp;ironment</source>
        <translation>環境(&amp;I)</translation>
    </message>
    <message>
        <source>API root</source>
        <translation>API ルート</translation>
    </message>
    <message>
        <source>Organi&amp;zation ID (optional)</source>
        <translation>組織 ID (省略可)(&amp;Z)</translation>
    </message>
    <message>
        <source>Set token…</source>
        <translation>トークンを設定…</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ワークスペース ID</translation>
    </message>
    <message>
        <source>Organization ID (optional)</source>
        <translation>組織 ID (省略可)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Looking the workspace up…</source>
        <translation>ワークスペースを検索しています…</translation>
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
        <translation>このワークスペースに切り替えるには Enter キーを押してください。フォームに保存されていない変更があります。</translation>
    </message>
</context>
<context>
    <name>seqring::TokenDialog</name>
    <message>
        <source>Set access token</source>
        <translation>アクセストークンの設定</translation>
    </message>
    <message>
        <source>Paste a personal access token or an integration token</source>
        <translation>個人用アクセストークンまたはインテグレーションのトークンを貼り付けてください</translation>
    </message>
    <message>
        <source>&amp;Show token</source>
        <translation>トークンを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>保存済みのトークンを削除(&amp;F)</translation>
    </message>
    <message>
        <source>The token is used for %1. It needs the scope spark-admin:workspaces_write to create criteria. It is kept in the system keychain, never in a settings file.</source>
        <translation>このトークンは %1 に対して使用されます。条件を作成するには、スコープ spark-admin:workspaces_write が必要です。トークンはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in &amp;with Webex…</source>
        <translation>Webex でサインイン(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>seqring::TokenFailure</name>
    <message>
        <source>Webex no longer accepts this sign-in (%1). Sign in again.</source>
        <translation>Webex はこのサインインを受け付けなくなりました（%1）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Webex refused the integration&apos;s client ID or client secret (%1). Check both in Sign in with Webex.</source>
        <translation>Webex がインテグレーションのクライアント ID またはクライアントシークレットを拒否しました（%1）。「Webex でサインイン」で両方を確認してください。</translation>
    </message>
    <message>
        <source>The Webex token service could not be reached: %1</source>
        <translation>Webex のトークンサービスに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The Webex token service answered HTTP %1: %2</source>
        <translation>Webex のトークンサービスが HTTP %1 を返しました: %2</translation>
    </message>
</context>
<context>
    <name>seqring::TokenProvider</name>
    <message>
        <source>Token for this session only (not stored)</source>
        <translation>このセッション限りのトークン (保存されていません)</translation>
    </message>
    <message>
        <source>Sandbox demo token</source>
        <translation>サンドボックスのデモトークン</translation>
    </message>
    <message>
        <source>No token. Use &quot;Set token…&quot;, &quot;Sign in with Webex…&quot; or set WEBEX_ACCESS_TOKEN.</source>
        <translation>トークンがありません。「トークンを設定…」か「Webex でサインイン…」を使うか、WEBEX_ACCESS_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>Personal token from WEBEX_ACCESS_TOKEN</source>
        <translation>WEBEX_ACCESS_TOKEN の個人用トークン</translation>
    </message>
    <message>
        <source>Token from the keychain</source>
        <translation>キーチェーンのトークン</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理者</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n day(s))</source>
        <translation>
            <numerusform>%1 としてサインイン中（あと %n 日で期限切れ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n hour(s))</source>
        <translation>
            <numerusform>%1 としてサインイン中（あと %n 時間で期限切れ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (expires in %n minute(s))</source>
        <translation>
            <numerusform>%1 としてサインイン中（あと %n 分で期限切れ）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenRenewer</name>
    <message>
        <source>The sign-in with Webex has expired. Sign in again.</source>
        <translation>Webex のサインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The Webex token service did not answer within %n second(s).</source>
        <translation>
            <numerusform>Webex のトークンサービスが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::TokenStore</name>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet). The token is kept for this session only.</source>
        <translation>使用できるシステムのキーチェーン (GNOME Keyring や KWallet など) がありません。トークンはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain and try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました: %1。キーチェーンのロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1.</source>
        <translation>システムのキーチェーンで問題が発生しました: %1。</translation>
    </message>
</context>
<context>
    <name>seqring::UnsavedGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The criteria has changes that are not saved. Save them on the service first?</source>
        <translation>条件に保存されていない変更があります。先にサービスに保存しますか?</translation>
    </message>
    <message>
        <source>The form has changes that are not saved in a draft. Save the draft first?</source>
        <translation>フォームに下書きへ保存されていない変更があります。先に下書きを保存しますか?</translation>
    </message>
</context>
<context>
    <name>seqring::ValidationList</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>seqring::WeekChart</name>
    <message>
        <source>rings</source>
        <translation>呼び出す</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>呼び出さない</translation>
    </message>
    <message>
        <source>When it rings</source>
        <translation>呼び出されるとき</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>seqring::WeekPanel</name>
    <message>
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>Week of %1 at %2 (%3)</source>
        <translation>%2 (%3) の %1 の週</translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation>週を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1, reading…</source>
        <translation>%1、読み込み中…</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Selected band</source>
        <translation>選択した帯</translation>
    </message>
    <message>
        <source>Week problems</source>
        <translation>週の問題</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceContext</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>検索はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDialogs</name>
    <message>
        <source>Was the criteria created?</source>
        <translation>条件は作成されましたか？</translation>
    </message>
    <message>
        <source>&amp;Choose workspace…</source>
        <translation>ワークスペースを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck whether it was created</source>
        <translation>作成されたかどうかを確認(&amp;H)</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s criteria again and look for this one</source>
        <translation>ワークスペースの条件を再度読み込み、この条件があるかどうかを調べます</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceDirectory</name>
    <message>
        <source>the workspaces</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>No workspace has the ID &quot;%1&quot; in this organisation. Check the ID, or choose the workspace.</source>
        <translation>この組織には ID が「%1」のワークスペースはありません。ID を確認するか、ワークスペースを選択してください。</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; without a workspace ID. Try again; if it persists, check the API address.</source>
        <translation>Webex はワークスペース &quot;%1&quot; の照会にワークスペース ID なしで応答しました。もう一度お試しください。続く場合は API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Webex answered the look-up of the workspace &quot;%1&quot; with another workspace (&quot;%2&quot;). Try again; if it persists, check the API address.</source>
        <translation>Webex はワークスペース &quot;%1&quot; の照会に別のワークスペース（&quot;%2&quot;）で応答しました。もう一度お試しください。続く場合は API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The look-up of the workspace &quot;%1&quot; was cancelled.</source>
        <translation>ワークスペース &quot;%1&quot; の照会はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>seqring::WorkspacePickerDialog</name>
    <message>
        <source>Choose workspace</source>
        <translation>ワークスペースの選択</translation>
    </message>
    <message>
        <source>Workspace &amp;name contains</source>
        <translation>ワークスペース名に含まれる文字列(&amp;N)</translation>
    </message>
    <message>
        <source>Part of the workspace&apos;s name; empty lists all</source>
        <translation>ワークスペース名の一部 (空欄の場合はすべて表示)</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation>見つかったワークスペース</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the search in progress</source>
        <translation>実行中の検索を停止します</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>選択(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n page(s) read</source>
        <translation>
            <numerusform>検索しています… %n ページ読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n workspace(s) so far)</source>
        <translation>
            <numerusform>(現在 %n 件のワークスペース)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stopped. Type to search again.</source>
        <translation>検索を停止しました。入力すると再度検索します。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace name contains &quot;%1&quot;.</source>
        <translation>「%1」を含む名前のワークスペースはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n 件のワークスペースが見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqring::WorkspaceStateReader</name>
    <message>
        <source>Cancelled before its state was read.</source>
        <translation>状態を読み込む前にキャンセルされました。</translation>
    </message>
    <message>
        <source>the sequential ring settings</source>
        <translation>順次呼び出しの設定</translation>
    </message>
    <message>
        <source>the criteria %1</source>
        <translation>条件 %1</translation>
    </message>
    <message>
        <source>The criteria %1 could not be read: %2</source>
        <translation>条件 %1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>seqring::WriteAccess</name>
    <message>
        <source>The token belongs to a read-only administrator (%1): it can look up workspaces and criteria, but creating will be refused. Use a full or location administrator&apos;s token with spark-admin:workspaces_write.</source>
        <translation>このトークンは読み取り専用管理者 (%1) のものです。ワークスペースや条件は参照できますが、作成は拒否されます。spark-admin:workspaces_write を持つフル管理者またはロケーション管理者のトークンを使用してください。</translation>
    </message>
    <message>
        <source>A change was refused with 403 for this token in this session: it cannot write (it needs spark-admin:workspaces_write of a full or location administrator). Set another token to create criteria.</source>
        <translation>このセッションで、このトークンによる変更が 403 で拒否されました。このトークンでは書き込みができません (フル管理者またはロケーション管理者の spark-admin:workspaces_write が必要です)。条件を作成するには、別のトークンを設定してください。</translation>
    </message>
</context>
</TS>
