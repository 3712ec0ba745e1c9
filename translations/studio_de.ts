<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FailureHint</name>
    <message>
        <source>bunq rejected the API key or the IP address this call came from. Check that the key belongs to the chosen environment (sandbox keys start with &quot;sandbox_&quot;), fix it on the API key page, then retry.</source>
        <translation>bunq hat den API-Schlüssel oder die IP-Adresse dieses Aufrufs abgelehnt. Prüfen Sie, ob der Schlüssel zur gewählten Umgebung gehört (Sandbox-Schlüssel beginnen mit &quot;sandbox_&quot;), korrigieren Sie ihn auf der Seite „API-Schlüssel“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the authentication token. Generate a new key pair on the key pair page to start a fresh installation.</source>
        <translation>Der Server hat das Authentifizierungstoken nicht akzeptiert. Erzeugen Sie auf der Seite „Schlüsselpaar“ ein neues Schlüsselpaar, um eine neue Installation zu beginnen.</translation>
    </message>
    <message>
        <source>The server requires a signed request for this call. Check the Signing tab of the exchange below.</source>
        <translation>Der Server verlangt für diesen Aufruf eine signierte Anfrage. Prüfen Sie den Reiter „Signatur“ des Austauschs unten.</translation>
    </message>
    <message>
        <source>The server failed or is in maintenance. Wait a moment, then retry.</source>
        <translation>Der Server hat einen Fehler oder wird gewartet. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server rejected the request; its message above says why. Fix the cause, then retry.</source>
        <translation>Der Server hat die Anfrage abgelehnt; die Meldung oben nennt den Grund. Beheben Sie die Ursache und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached. For the local sandbox, restart the app; for bunq&apos;s servers, check the network connection. Then retry.</source>
        <translation>Der Server ist nicht erreichbar. Starten Sie für die lokale Sandbox die App neu; prüfen Sie für die Server von bunq die Netzwerkverbindung. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network connection, then retry.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection failed, so nothing was sent. Check the system clock and any proxy that intercepts HTTPS, then retry.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen, daher wurde nichts gesendet. Prüfen Sie die Systemuhr und jeden Proxy, der HTTPS abfängt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server answered, but not with a bunq response, so nothing was taken from it. Check that the environment points at a bunq API.</source>
        <translation>Der Server hat geantwortet, aber nicht mit einer bunq-Antwort, daher wurde nichts daraus übernommen. Prüfen Sie, ob die Umgebung auf eine bunq-API zeigt.</translation>
    </message>
    <message>
        <source>The response&apos;s server signature is missing or invalid, so the response was not trusted. Retry; if it happens again, something between this app and the server changes the responses.</source>
        <translation>Die Serversignatur der Antwort fehlt oder ist ungültig, daher wurde der Antwort nicht vertraut. Versuchen Sie es erneut; passiert es wieder, verändert etwas zwischen dieser App und dem Server die Antworten.</translation>
    </message>
    <message>
        <source>Too many calls to this endpoint. Wait a few seconds, then retry.</source>
        <translation>Zu viele Aufrufe an diesen Endpunkt. Warten Sie ein paar Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A step before this one has not finished. Go back and complete it, then retry.</source>
        <translation>Ein früherer Schritt ist noch nicht abgeschlossen. Gehen Sie zurück, schließen Sie ihn ab und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ResponseParsers</name>
    <message numerus="yes">
        <source>The response has %n item(s), so item %1 (&quot;%2&quot;) is missing.</source>
        <extracomment>%n is the number of items, %1 the position of the missing one, %2 its key.</extracomment>
        <translation>
            <numerusform>Die Antwort hat %n Element, daher fehlt Element %1 (&quot;%2&quot;).</numerusform>
            <numerusform>Die Antwort hat %n Elemente, daher fehlt Element %1 (&quot;%2&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of the response should be &quot;%2&quot; but has the keys: %3.</source>
        <translation>Element %1 der Antwort sollte &quot;%2&quot; sein, hat aber die Schlüssel: %3.</translation>
    </message>
    <message>
        <source>ApiKey.api_key is missing or empty.</source>
        <translation>ApiKey.api_key fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Token.token is missing or empty.</source>
        <translation>Token.token fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>ServerPublicKey.server_public_key is missing or empty.</source>
        <translation>ServerPublicKey.server_public_key fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Id.id is missing or not a positive number.</source>
        <translation>Id.id fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>Expected a UserPerson, UserCompany, UserApiKey or UserPaymentServiceProvider object, found: %1.</source>
        <translation>Erwartet wurde ein UserPerson-, UserCompany-, UserApiKey- oder UserPaymentServiceProvider-Objekt, gefunden: %1.</translation>
    </message>
    <message>
        <source>%1.id is missing or not a positive number.</source>
        <translation>%1.id fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>UserApiKey.requested_by_user has no positive session_timeout.</source>
        <translation>UserApiKey.requested_by_user hat kein positives session_timeout.</translation>
    </message>
    <message>
        <source>%1.session_timeout is missing or not positive.</source>
        <translation>%1.session_timeout fehlt oder ist nicht positiv.</translation>
    </message>
    <message>
        <source>The response has no user object (item 3).</source>
        <translation>Die Antwort enthält kein Benutzerobjekt (Element 3).</translation>
    </message>
    <message>
        <source>Token.created is &quot;%1&quot;, not a time in the form YYYY-MM-DD hh:mm:ss.ffffff.</source>
        <translation>Token.created ist &quot;%1&quot;, keine Zeit der Form JJJJ-MM-TT hh:mm:ss.ffffff.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets the colour scheme: auto (follow the desktop, the default), light or dark.</source>
        <translation>Legt das Farbschema fest: auto (folgt dem Desktop, die Voreinstellung), light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>Invalid --color-scheme &quot;%1&quot;: use auto, light or dark.
</source>
        <translation>Ungültiges --color-scheme &quot;%1&quot;: verwenden Sie auto, light oder dark.
</translation>
    </message>
    <message>
        <source>Opens a bunq API session step by step and shows every request on the wire.</source>
        <translation>Öffnet Schritt für Schritt eine bunq-API-Session und zeigt jede Anfrage, wie sie übertragen wird.</translation>
    </message>
    <message>
        <source>Preselects the environment on the first page: local (the built-in sandbox, the default), sandbox or production.</source>
        <translation>Wählt die Umgebung auf der ersten Seite vor: local (die integrierte Sandbox, die Voreinstellung), sandbox oder production.</translation>
    </message>
    <message>
        <source>Sets the interface language for this run: en (English), nl (Dutch) or de (German). Without it, the language chosen in the app applies, else the system&apos;s.</source>
        <translation>Legt die Sprache der Oberfläche für diesen Start fest: en (Englisch), nl (Niederländisch) oder de (Deutsch). Ohne diese Option gilt die in der App gewählte Sprache, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Invalid --lang &quot;%1&quot;: use en, nl or de.
</source>
        <translation>Ungültiges --lang &quot;%1&quot;: verwenden Sie en, nl oder de.
</translation>
    </message>
    <message>
        <source>Invalid --environment &quot;%1&quot;: use local, sandbox or production.
</source>
        <translation>Ungültiges --environment &quot;%1&quot;: verwenden Sie local, sandbox oder production.
</translation>
    </message>
</context>
<context>
    <name>studio::api</name>
    <message>
        <source>server signature not checked</source>
        <extracomment>Verdicts on a response&apos;s X-Bunq-Server-Signature header, e.g. in the exchange summary.</extracomment>
        <translation>Serversignatur nicht geprüft</translation>
    </message>
    <message>
        <source>server signature valid</source>
        <translation>Serversignatur gültig</translation>
    </message>
    <message>
        <source>server signature invalid</source>
        <translation>Serversignatur ungültig</translation>
    </message>
    <message>
        <source>no server signature</source>
        <translation>keine Serversignatur</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiCall</name>
    <message>
        <source>The response has no &quot;Response&quot; array.</source>
        <translation>Die Antwort enthält kein &quot;Response&quot;-Array.</translation>
    </message>
    <message>
        <source>The response is not JSON: %1</source>
        <extracomment>%1 is the start of the response body as received.</extracomment>
        <translation>Die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The response has no X-Bunq-Server-Signature header, so it cannot be trusted.</source>
        <translation>Die Antwort hat keinen X-Bunq-Server-Signature-Header, daher ist ihr nicht zu trauen.</translation>
    </message>
    <message>
        <source>The X-Bunq-Server-Signature does not match the response body and the server public key from the installation, so the response cannot be trusted.</source>
        <translation>Die X-Bunq-Server-Signature passt nicht zum Body der Antwort und zum öffentlichen Serverschlüssel aus der Installation, daher ist der Antwort nicht zu trauen.</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiClient</name>
    <message>
        <source>Plain http:// is allowed only for loopback addresses, and %1 is not one. Use an https:// base URL.</source>
        <translation>Unverschlüsseltes http:// ist nur für Loopback-Adressen erlaubt, und %1 ist keine. Verwenden Sie eine Basis-URL mit https://.</translation>
    </message>
    <message>
        <source>Signing the request failed: %1</source>
        <translation>Das Signieren der Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not under this environment&apos;s API base URL %2, and the session token must not leave it. Enter a path such as &quot;user&quot; or &quot;/v1/user&quot;.</source>
        <extracomment>%1 is the URL the request would go to, %2 the API base URL of the environment.</extracomment>
        <translation>Es wurde nichts gesendet: %1 liegt nicht unter der Basis-URL der API dieser Umgebung, %2, und das Session-Token darf sie nicht verlassen. Geben Sie einen Pfad wie &quot;user&quot; oder &quot;/v1/user&quot; ein.</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiEnvironment</name>
    <message>
        <source>This key has no &quot;sandbox_&quot; prefix, so it looks like a production key. Sandbox environments accept only sandbox keys: paste a key that starts with &quot;sandbox_&quot; or create a sandbox user.</source>
        <translation>Dieser Schlüssel hat kein Präfix &quot;sandbox_&quot; und sieht daher wie ein Produktionsschlüssel aus. Sandbox-Umgebungen akzeptieren nur Sandbox-Schlüssel: Fügen Sie einen Schlüssel ein, der mit &quot;sandbox_&quot; beginnt, oder erstellen Sie einen Sandbox-Benutzer.</translation>
    </message>
    <message>
        <source>This key starts with &quot;sandbox_&quot;, so it only works in bunq&apos;s sandbox. Choose a sandbox environment, or paste a production key.</source>
        <translation>Dieser Schlüssel beginnt mit &quot;sandbox_&quot; und funktioniert daher nur in der Sandbox von bunq. Wählen Sie eine Sandbox-Umgebung oder fügen Sie einen Produktionsschlüssel ein.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <extracomment>Environment name: the sandbox built into this app.</extracomment>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>bunq sandbox</source>
        <extracomment>Environment name: bunq&apos;s public test server.</extracomment>
        <translation>bunq-Sandbox</translation>
    </message>
    <message>
        <source>bunq production</source>
        <extracomment>Environment name: bunq&apos;s live server with real accounts.</extracomment>
        <translation>bunq-Produktion</translation>
    </message>
    <message>
        <source>This key contains characters other than letters and digits, such as spaces or punctuation, so it was not copied whole. Copy the key again from where it was created.</source>
        <translation>Dieser Schlüssel enthält andere Zeichen als Buchstaben und Ziffern, etwa Leerzeichen oder Satzzeichen, und wurde daher nicht vollständig kopiert. Kopieren Sie den Schlüssel erneut dort, wo er erstellt wurde.</translation>
    </message>
    <message>
        <source>This key has %1 characters after any &quot;sandbox_&quot; prefix, fewer than the %2 of a bunq API key. Copy the whole key again.</source>
        <extracomment>%1 is the number of characters in the pasted key, %2 the minimum.</extracomment>
        <translation>Dieser Schlüssel hat nach einem etwaigen Präfix &quot;sandbox_&quot; %1 Zeichen, weniger als die %2 eines bunq-API-Schlüssels. Kopieren Sie den ganzen Schlüssel erneut.</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiError</name>
    <message>
        <source>HTTP %1</source>
        <extracomment>%1 is an HTTP status code such as 400.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>response id %1</source>
        <extracomment>%1 is bunq&apos;s X-Bunq-Client-Response-Id, which bunq support asks for.</extracomment>
        <translation>Response-ID %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <extracomment>The body is not the {&quot;Response&quot;: [...]} envelope bunq sends.</extracomment>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Server signature error</source>
        <translation>Fehler der Serversignatur</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Aufruflimit erreicht</translation>
    </message>
    <message>
        <source>Step not possible yet</source>
        <extracomment>A step was started before the steps it needs, e.g. the device before the installation.</extracomment>
        <translation>Schritt noch nicht möglich</translation>
    </message>
</context>
<context>
    <name>studio::onboarding::OnboardingFlow</name>
    <message>
        <source>Sandbox user</source>
        <extracomment>Names of the onboarding steps, e.g. in &quot;The step &quot;%1&quot; is still running&quot;.</extracomment>
        <translation>Sandbox-Benutzer</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Device registration</source>
        <translation>Geräteregistrierung</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Session-Start</translation>
    </message>
    <message>
        <source>Sandbox users exist only in a sandbox environment; in production, paste an API key from the bunq app.</source>
        <translation>Sandbox-Benutzer gibt es nur in einer Sandbox-Umgebung; fügen Sie in der Produktion einen API-Schlüssel aus der bunq-App ein.</translation>
    </message>
    <message>
        <source>Generate a key pair first: the installation sends its public key.</source>
        <translation>Erzeugen Sie zuerst ein Schlüsselpaar: Die Installation sendet dessen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Run the installation first: the device registration needs its token.</source>
        <translation>Führen Sie zuerst die Installation aus: Die Geräteregistrierung braucht deren Token.</translation>
    </message>
    <message>
        <source>Enter an API key first: the device registration binds it to this installation.</source>
        <translation>Geben Sie zuerst einen API-Schlüssel ein: Die Geräteregistrierung bindet ihn an diese Installation.</translation>
    </message>
    <message>
        <source>Enter a device description: bunq requires one.</source>
        <translation>Geben Sie eine Gerätebeschreibung ein: bunq verlangt eine.</translation>
    </message>
    <message>
        <source>Register the device first: bunq opens a session only for a registered device.</source>
        <translation>Registrieren Sie zuerst das Gerät: bunq öffnet eine Session nur für ein registriertes Gerät.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is still running; wait for it to finish.</source>
        <translation>Der Schritt &quot;%1&quot; läuft noch; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>The server public key is invalid: %1</source>
        <translation>Der öffentliche Serverschlüssel ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>studio::storage::ContextFile</name>
    <message>
        <source>The file has no environment_type, so the environment was chosen from the API key: %1.</source>
        <translation>Die Datei hat kein environment_type, daher wurde die Umgebung anhand des API-Schlüssels gewählt: %1.</translation>
    </message>
    <message>
        <source>environment_type in %1 is &quot;%2&quot;, but only SANDBOX and PRODUCTION are valid.</source>
        <translation>environment_type in %1 ist „%2“, aber nur SANDBOX und PRODUCTION sind gültig.</translation>
    </message>
    <message>
        <source>installation_context is missing in %1.</source>
        <translation>installation_context fehlt in %1.</translation>
    </message>
    <message>
        <source>installation_context.%1 is missing in %2.</source>
        <translation>installation_context.%1 fehlt in %2.</translation>
    </message>
    <message>
        <source>installation_context.%1 in %2 is not a valid PEM key: %3</source>
        <translation>installation_context.%1 in %2 ist kein gültiger PEM-Schlüssel: %3</translation>
    </message>
    <message>
        <source>public_key_client does not match private_key_client. The public key is derived from the private key instead, but bunq may know the installation under the other key.</source>
        <translation>public_key_client passt nicht zu private_key_client. Der öffentliche Schlüssel wird stattdessen aus dem privaten Schlüssel abgeleitet, aber bunq kennt die Installation möglicherweise unter dem anderen Schlüssel.</translation>
    </message>
    <message>
        <source>session_context has different objects under %1 and %2. %1 is used.</source>
        <translation>session_context hat unterschiedliche Objekte unter %1 und %2. %1 wird verwendet.</translation>
    </message>
    <message>
        <source>All four user entries (userPerson, userCompany, userApiKey, userPaymentServiceProvider) are null, so only the user id is known.</source>
        <translation>Alle vier Benutzereinträge (userPerson, userCompany, userApiKey, userPaymentServiceProvider) sind null, daher ist nur die Benutzer-ID bekannt.</translation>
    </message>
    <message>
        <source>session_context has no user object, so only the user id is known. The bunq SDKs cannot load such a context.</source>
        <translation>session_context hat kein Benutzerobjekt, daher ist nur die Benutzer-ID bekannt. Die bunq-SDKs können einen solchen Kontext nicht laden.</translation>
    </message>
    <message>
        <source>session_context has %1 user objects. The %2 is used.</source>
        <translation>session_context hat %1 Benutzerobjekte. %2 wird verwendet.</translation>
    </message>
    <message>
        <source>The file has no session_context, so a new session must be opened before making calls.</source>
        <translation>Die Datei hat keinen session_context, daher muss vor Aufrufen eine neue Sitzung geöffnet werden.</translation>
    </message>
    <message>
        <source>session_context has no token, so a new session must be opened.</source>
        <translation>session_context hat kein Token, daher muss eine neue Sitzung geöffnet werden.</translation>
    </message>
    <message>
        <source>The user object has no session timeout.</source>
        <translation>Das Benutzerobjekt hat kein Sitzungs-Timeout.</translation>
    </message>
    <message>
        <source>The user object could not be read: %1</source>
        <translation>Das Benutzerobjekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>session_context.user_id (%1) differs from the id of the user object (%2). The id of the user object is used.</source>
        <translation>session_context.user_id (%1) unterscheidet sich von der ID des Benutzerobjekts (%2). Die ID des Benutzerobjekts wird verwendet.</translation>
    </message>
    <message>
        <source>The file contains no user id.</source>
        <translation>Die Datei enthält keine Benutzer-ID.</translation>
    </message>
    <message>
        <source>session_context has no expiry_time.</source>
        <translation>session_context hat keine expiry_time.</translation>
    </message>
    <message>
        <source>expiry_time &quot;%1&quot; is not a valid time.</source>
        <translation>expiry_time „%1“ ist keine gültige Zeit.</translation>
    </message>
    <message>
        <source>expiry_time %1 is read as local time on this computer. A file written in another time zone shifts it, so check the session before use.</source>
        <translation>expiry_time %1 wird als lokale Zeit dieses Computers gelesen. Eine Datei aus einer anderen Zeitzone verschiebt sie, daher die Sitzung vor der Verwendung prüfen.</translation>
    </message>
    <message>
        <source>According to expiry_time the session has expired.</source>
        <translation>Laut expiry_time ist die Sitzung abgelaufen.</translation>
    </message>
    <message>
        <source>The file sets a proxy: %1.</source>
        <translation>Die Datei legt einen Proxy fest: %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <source>%1 does not contain a JSON object, so it is not a bunq SDK context file.</source>
        <translation>%1 enthält kein JSON-Objekt und ist daher keine Kontextdatei eines bunq-SDK.</translation>
    </message>
    <message>
        <source>%1 does not look like a bunq SDK context file: it has neither api_key nor installation_context.</source>
        <translation>%1 sieht nicht wie eine Kontextdatei eines bunq-SDK aus: Sie hat weder api_key noch installation_context.</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>C#</source>
        <translation>C#</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>api_key is missing in %1.</source>
        <translation>api_key fehlt in %1.</translation>
    </message>
    <message>
        <source>The file contains an API key and installation for %1 and a session for %2 %3 (id %4).</source>
        <translation>Die Datei enthält einen API-Schlüssel und eine Installation für %1 und eine Sitzung für %2 %3 (ID %4).</translation>
    </message>
    <message>
        <source>The file contains an API key and installation for %1 but no session.</source>
        <translation>Die Datei enthält einen API-Schlüssel und eine Installation für %1, aber keine Sitzung.</translation>
    </message>
    <message>
        <source>The file was most likely written by the %1 SDK (a guess from its layout).</source>
        <translation>Die Datei wurde wahrscheinlich vom %1-SDK geschrieben (eine Schätzung anhand des Aufbaus).</translation>
    </message>
</context>
<context>
    <name>studio::ui::ApiKeyPage</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>bunq ties the device and the session to an API key. Paste one, or in a sandbox create a test user that comes with one.</source>
        <translation>bunq bindet das Gerät und die Session an einen API-Schlüssel. Fügen Sie einen ein oder erstellen Sie in einer Sandbox einen Testbenutzer, der einen mitbringt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Create an API key in the bunq app and paste it here. Production keys have no prefix.</source>
        <translation>Erstellen Sie in der bunq-App einen API-Schlüssel und fügen Sie ihn hier ein. Produktionsschlüssel haben kein Präfix.</translation>
    </message>
    <message>
        <source>Create a sandbox user</source>
        <translation>Sandbox-Benutzer erstellen</translation>
    </message>
    <message>
        <source>Asks the sandbox for a new test user and fills in its API key. The call is shown below like every other call.</source>
        <translation>Fordert bei der Sandbox einen neuen Testbenutzer an und trägt dessen API-Schlüssel ein. Der Aufruf erscheint unten wie jeder andere Aufruf.</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <extracomment>a private (natural person) bunq user</extracomment>
        <translation>Pers&amp;on</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <extracomment>a business bunq user</extracomment>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Create sandbox user</source>
        <translation>Sandbox-Benutzer &amp;erstellen</translation>
    </message>
    <message>
        <source>Creating a sandbox user…</source>
        <translation>Sandbox-Benutzer wird erstellt…</translation>
    </message>
    <message>
        <source>&amp;Create another sandbox user</source>
        <translation>Weiteren Sandbox-Benutzer e&amp;rstellen</translation>
    </message>
    <message>
        <source>Created a sandbox company. Its API key is filled in above.</source>
        <translation>Sandbox-Unternehmen erstellt. Sein API-Schlüssel ist oben eingetragen.</translation>
    </message>
    <message>
        <source>Created a sandbox person. Its API key is filled in above.</source>
        <translation>Sandbox-Person erstellt. Ihr API-Schlüssel ist oben eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the button that repeats a failed call</extracomment>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <source>Creating the sandbox user failed. %1</source>
        <extracomment>%1 explains why the call failed and what to do next.</extracomment>
        <translation>Das Erstellen des Sandbox-Benutzers ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <extracomment>toggles whether the API key is readable; &quot;Hide&quot; masks it again</extracomment>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>studio::ui::DevicePage</name>
    <message>
        <source>Enter at least one IPv4 address.</source>
        <translation>Geben Sie mindestens eine IPv4-Adresse ein.</translation>
    </message>
    <message>
        <source>For &quot;*&quot;, choose &quot;Any IP (wildcard)&quot; instead of a list.</source>
        <translation>Wählen Sie für &quot;*&quot; die Option &quot;Jede IP-Adresse (Wildcard)&quot; statt einer Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address, but bunq accepts IPv4 addresses only.</source>
        <translation>&quot;%1&quot; ist eine IPv6-Adresse, aber bunq akzeptiert nur IPv4-Adressen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.0.2.10.</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse wie 192.0.2.10.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>POST /v1/device-server registers this app as a device of the API key and fixes the IP addresses the key may be used from. Choose them, then register.</source>
        <translation>POST /v1/device-server registriert diese App als Gerät des API-Schlüssels und legt die IP-Adressen fest, von denen aus der Schlüssel benutzt werden darf. Wählen Sie sie aus und registrieren Sie dann.</translation>
    </message>
    <message>
        <source>&amp;Register device</source>
        <translation>Gerät &amp;registrieren</translation>
    </message>
    <message>
        <source>Permitted IP addresses</source>
        <translation>Zulässige IP-Adressen</translation>
    </message>
    <message>
        <source>&amp;This IP only</source>
        <translation>Nur &amp;diese IP-Adresse</translation>
    </message>
    <message>
        <source>Sends an empty list, so bunq binds the device to the address this call comes from.</source>
        <translation>Sendet eine leere Liste, sodass bunq das Gerät an die Adresse bindet, von der dieser Aufruf kommt.</translation>
    </message>
    <message>
        <source>A &amp;list of addresses:</source>
        <translation>Eine &amp;Liste von Adressen:</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10, 198.51.100.7</source>
        <translation>z. B. 192.0.2.10, 198.51.100.7</translation>
    </message>
    <message>
        <source>Permitted IPv4 addresses</source>
        <translation>Zulässige IPv4-Adressen</translation>
    </message>
    <message>
        <source>Only these IPv4 addresses, separated by commas or spaces.</source>
        <translation>Nur diese IPv4-Adressen, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>Any IP (&amp;wildcard)</source>
        <translation>Jede IP-Adresse (Wild&amp;card)</translation>
    </message>
    <message>
        <source>Sends [&quot;*&quot;], so the key works from every address. Choose this when your home IP changes: a device bound to one IP stops working when it changes, and cannot be turned into a wildcard later.</source>
        <translation>Sendet [&quot;*&quot;], sodass der Schlüssel von jeder Adresse aus funktioniert. Wählen Sie dies, wenn sich Ihre IP-Adresse zu Hause ändert: Ein an eine IP-Adresse gebundenes Gerät funktioniert nicht mehr, sobald sie sich ändert, und lässt sich später nicht in eine Wildcard umwandeln.</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Permitted IPs sent:</source>
        <extracomment>the permitted_ips list as it was sent to bunq</extracomment>
        <translation>Gesendete zulässige IP-Adressen:</translation>
    </message>
    <message>
        <source>Device description: %1 (change it on the first page)</source>
        <extracomment>%1 is the device description typed on the first page.</extracomment>
        <translation>Gerätebeschreibung: %1 (auf der ersten Seite änderbar)</translation>
    </message>
    <message>
        <source>(empty list: the address the call came from)</source>
        <translation>(leere Liste: die Adresse, von der der Aufruf kam)</translation>
    </message>
</context>
<context>
    <name>studio::ui::EnvironmentPage</name>
    <message>
        <source>Choose an environment</source>
        <translation>Umgebung wählen</translation>
    </message>
    <message>
        <source>Pick the server this session talks to. Choosing another one later repeats every step after this page.</source>
        <translation>Wählen Sie den Server, mit dem diese Session spricht. Wählen Sie später einen anderen, werden alle Schritte nach dieser Seite wiederholt.</translation>
    </message>
    <message>
        <source>&amp;Local sandbox (built in)</source>
        <translation>&amp;Lokale Sandbox (integriert)</translation>
    </message>
    <message>
        <source>Runs inside this app on 127.0.0.1 and works offline. For learning and tests.</source>
        <translation>Läuft in dieser App auf 127.0.0.1 und funktioniert offline. Zum Lernen und Testen.</translation>
    </message>
    <message>
        <source>bunq &amp;sandbox</source>
        <translation>bunq-&amp;Sandbox</translation>
    </message>
    <message>
        <source>bunq&apos;s public test server with test money. Needs network access.</source>
        <translation>Der öffentliche Testserver von bunq mit Testgeld. Benötigt Netzwerkzugang.</translation>
    </message>
    <message>
        <source>bunq &amp;production</source>
        <translation>bunq-&amp;Produktion</translation>
    </message>
    <message>
        <source>Your real bunq account. Needs network access.</source>
        <translation>Ihr echtes bunq-Konto. Benötigt Netzwerkzugang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Caution:&lt;/b&gt; real money and real data. Calls made here act on your own bunq account.</source>
        <translation>&lt;b&gt;Vorsicht:&lt;/b&gt; echtes Geld und echte Daten. Aufrufe hier wirken auf Ihr eigenes bunq-Konto.</translation>
    </message>
    <message>
        <source>Device description</source>
        <translation>Gerätebeschreibung</translation>
    </message>
    <message>
        <source>Device &amp;description:</source>
        <translation>Geräte&amp;beschreibung:</translation>
    </message>
    <message>
        <source>Stored with the device registration, for your own reference. It must not be empty.</source>
        <translation>Wird mit der Geräteregistrierung gespeichert, damit Sie das Gerät wiedererkennen. Darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <extracomment>Label of the interface language choice on the first wizard page.</extracomment>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1. Choose bunq&apos;s sandbox or restart the app.</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1. Wählen Sie die Sandbox von bunq oder starten Sie die App neu.</translation>
    </message>
    <message>
        <source>The local sandbox is starting. Next becomes available once it listens.</source>
        <translation>Die lokale Sandbox startet. Weiter ist verfügbar, sobald sie lauscht.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeErrorBox</name>
    <message>
        <source>The call failed with HTTP %1.</source>
        <extracomment>%1 is the HTTP status with its reason phrase, e.g. &quot;400 Bad Request&quot;.</extracomment>
        <translation>Der Aufruf ist mit HTTP %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>HTTP %1 arrived, but the server signature did not check out.</source>
        <extracomment>%1 is the HTTP status, e.g. &quot;200 OK&quot;.</extracomment>
        <translation>HTTP %1 ist angekommen, aber die Serversignatur stimmt nicht.</translation>
    </message>
    <message>
        <source>HTTP %1 arrived, but the body is not the Response envelope bunq sends.</source>
        <translation>HTTP %1 ist angekommen, aber der Body ist nicht der Response-Umschlag, den bunq sendet.</translation>
    </message>
    <message>
        <source>The call timed out before a complete response arrived.</source>
        <translation>Beim Aufruf trat eine Zeitüberschreitung auf, bevor eine vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The call could not be made.</source>
        <translation>Der Aufruf konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The call failed: no response arrived.</source>
        <translation>Der Aufruf ist fehlgeschlagen: Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>Response-ID</translation>
    </message>
    <message>
        <source>Copy response id</source>
        <translation>Response-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the response id, for bunq support</source>
        <translation>Response-ID kopieren, für den bunq-Support</translation>
    </message>
    <message>
        <source>(translated: %1)</source>
        <extracomment>%1 is bunq&apos;s error text in the requested language.</extracomment>
        <translation>(übersetzt: %1)</translation>
    </message>
    <message>
        <source>Signature check: %1</source>
        <extracomment>%1 is the server signature verdict, e.g. &quot;server signature valid&quot;.</extracomment>
        <translation>Signaturprüfung: %1</translation>
    </message>
    <message>
        <source>Res&amp;ponse id:</source>
        <translation>Res&amp;ponse-ID:</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeFormat</name>
    <message>
        <source>no response</source>
        <extracomment>Shown instead of an HTTP status when no response arrived.</extracomment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no response (%1)</source>
        <extracomment>%1 is the network error, e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Elapsed time of an HTTP call; %1 is a number of milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4</source>
        <extracomment>%1 method, %2 path, %3 &quot;no response (reason)&quot;, %4 elapsed time.</extracomment>
        <translation>%1 %2 → %3 · %4</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 · %5</source>
        <extracomment>%1 method, %2 path, %3 HTTP status, %4 elapsed time, %5 server signature verdict.</extracomment>
        <translation>%1 %2 → %3 · %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>Size of a body.</extracomment>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeView</name>
    <message>
        <source>Reveal secrets</source>
        <extracomment>Toggle that shows tokens, API keys and secrets unmasked in the exchange view.</extracomment>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <source>Show tokens, API keys and secrets in full in headers and bodies. Copy buttons copy what is shown.</source>
        <translation>Tokens, API-Schlüssel und Geheimnisse in Headern und Bodys vollständig zeigen. Kopierknöpfe kopieren, was angezeigt wird.</translation>
    </message>
    <message>
        <source>Reveal secrets in this exchange</source>
        <translation>Geheimnisse in diesem Austausch zeigen</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Tab title of the exchange view: the HTTP request as sent.</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Tab title of the exchange view: the HTTP response as received.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signing</source>
        <extracomment>Tab title of the exchange view: signatures and what they cover.</extracomment>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>No call made yet.</source>
        <extracomment>Shown in the exchange view before any call was made.</extracomment>
        <translation>Noch kein Aufruf erfolgt.</translation>
    </message>
    <message>
        <source>Sent %1 UTC.</source>
        <extracomment>%1 is a UTC date and time.</extracomment>
        <translation>Gesendet %1 UTC.</translation>
    </message>
    <message>
        <source>Qt adds Host, Connection, Accept-Encoding and Content-Length on its own. The body is indented for reading; the Signing tab has the exact bytes.</source>
        <translation>Qt ergänzt Host, Connection, Accept-Encoding und Content-Length selbst. Der Body ist zum Lesen eingerückt; der Reiter „Signatur“ enthält die genauen Bytes.</translation>
    </message>
    <message>
        <source>No HTTP response arrived.</source>
        <translation>Es kam keine HTTP-Antwort.</translation>
    </message>
    <message>
        <source>Body: %1.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>Body: %1.</translation>
    </message>
    <message>
        <source>It arrived compressed and is shown decompressed.</source>
        <translation>Er kam komprimiert an und wird entpackt angezeigt.</translation>
    </message>
    <message>
        <source>JSON, indented for reading.</source>
        <translation>JSON, zum Lesen eingerückt.</translation>
    </message>
</context>
<context>
    <name>studio::ui::FaultsTab</name>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Label of the fault kind combo box.</extracomment>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <extracomment>Label of the field naming the requests a fault applies to.</extracomment>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <extracomment>Label of the delay of a slow-response fault.</extracomment>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>* or POST session-server</source>
        <translation>* oder POST session-server</translation>
    </message>
    <message>
        <source>A method and a path under /v1/, such as &quot;POST session-server&quot; or &quot;GET user/*&quot;, or * for every request. In the path, * stands for one segment, and a * at the end for any number of segments.</source>
        <translation>Eine Methode und ein Pfad unter /v1/, etwa &quot;POST session-server&quot; oder &quot;GET user/*&quot;, oder * für jede Anfrage. Im Pfad steht * für ein Segment und ein * am Ende für beliebig viele Segmente.</translation>
    </message>
    <message>
        <source>Endpoint the fault applies to</source>
        <translation>Endpunkt, für den der Fehler gilt</translation>
    </message>
    <message>
        <source>&amp;Until cleared</source>
        <extracomment>Check box: the fault stays armed until it is cleared, instead of a number of responses.</extracomment>
        <translation>Bis zum &amp;Löschen</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the delay spin box; note the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay of a slow response in milliseconds</source>
        <translation>Verzögerung einer langsamen Antwort in Millisekunden</translation>
    </message>
    <message>
        <source>Number of responses the fault changes</source>
        <translation>Anzahl der Antworten, die der Fehler verändert</translation>
    </message>
    <message>
        <source>&amp;Arm fault</source>
        <extracomment>Button that arms the fault described by the form.</extracomment>
        <translation>Fehler a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Armed faults</source>
        <extracomment>Heading of the list of armed faults.</extracomment>
        <translation>Aktive Fehler</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button that disarms the selected fault.</extracomment>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <extracomment>Button that disarms every fault.</extracomment>
        <translation>Alle lös&amp;chen</translation>
    </message>
    <message>
        <source>No faults armed: the sandbox answers normally.</source>
        <extracomment>Shown in the list of armed faults while it is empty.</extracomment>
        <translation>Keine Fehler aktiv: Die Sandbox antwortet normal.</translation>
    </message>
    <message>
        <source>Slow response</source>
        <extracomment>Fault kind: the response is written after a delay.</extracomment>
        <translation>Langsame Antwort</translation>
    </message>
    <message>
        <source>500 &quot;Encountered unhandled exception.&quot;</source>
        <extracomment>Fault kind; keep bunq&apos;s English error text as it is.</extracomment>
        <translation>500 &quot;Encountered unhandled exception.&quot;</translation>
    </message>
    <message>
        <source>500 without response id</source>
        <extracomment>Fault kind: a 500 without the X-Bunq-Client-Response-Id header.</extracomment>
        <translation>500 ohne Response-ID</translation>
    </message>
    <message>
        <source>491 maintenance</source>
        <extracomment>Fault kind: bunq&apos;s maintenance error.</extracomment>
        <translation>491 Wartung</translation>
    </message>
    <message>
        <source>429 too many requests</source>
        <extracomment>Fault kind: bunq&apos;s rate-limit error.</extracomment>
        <translation>429 zu viele Anfragen</translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <extracomment>Fault kind: the connection closes without a response.</extracomment>
        <translation>Abgebrochene Verbindung</translation>
    </message>
    <message>
        <source>Truncated body</source>
        <extracomment>Fault kind: only half the response body arrives.</extracomment>
        <translation>Abgeschnittener Body</translation>
    </message>
    <message>
        <source>Missing server signature</source>
        <extracomment>Fault kind: X-Bunq-Server-Signature is removed.</extracomment>
        <translation>Fehlende Serversignatur</translation>
    </message>
    <message>
        <source>Tampered server signature</source>
        <extracomment>Fault kind: X-Bunq-Server-Signature does not verify.</extracomment>
        <translation>Manipulierte Serversignatur</translation>
    </message>
    <message>
        <source>Lower-case header names</source>
        <extracomment>Fault kind: every response header name in lower case.</extracomment>
        <translation>Header-Namen in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <extracomment>A slow-response fault with its delay; %1 the kind, %2 milliseconds.</extracomment>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>until cleared</source>
        <extracomment>How long an armed fault stays: until it is cleared.</extracomment>
        <translation>bis zum Löschen</translation>
    </message>
    <message>
        <source>Res&amp;ponses:</source>
        <extracomment>Label of the field with how many responses a fault changes.</extracomment>
        <translation>Ant&amp;worten:</translation>
    </message>
    <message>
        <source>left: %1</source>
        <extracomment>How many more responses an armed fault changes; %1 is a number.</extracomment>
        <translation>übrig: %1</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · applied: %4</source>
        <extracomment>An armed fault; %1 kind, %2 endpoint, %3 how long it stays, %4 how often it was applied.</extracomment>
        <translation>%1 auf %2 · %3 · angewendet: %4</translation>
    </message>
</context>
<context>
    <name>studio::ui::HeaderTable</name>
    <message>
        <source>Header</source>
        <extracomment>Column title of an HTTP header table: the header&apos;s name.</extracomment>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column title of an HTTP header table: the header&apos;s value.</extracomment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>studio::ui::InstallationPage</name>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>POST /v1/installation sends your public key to bunq and returns an installation token plus the server&apos;s public key, which checks every later response.</source>
        <translation>POST /v1/installation sendet Ihren öffentlichen Schlüssel an bunq und liefert ein Installationstoken sowie den öffentlichen Schlüssel des Servers, mit dem jede spätere Antwort geprüft wird.</translation>
    </message>
    <message>
        <source>&amp;Run installation</source>
        <translation>Installation &amp;ausführen</translation>
    </message>
    <message>
        <source>Installation id:</source>
        <translation>Installations-ID:</translation>
    </message>
    <message>
        <source>Installation token:</source>
        <translation>Installationstoken:</translation>
    </message>
    <message>
        <source>Installation token</source>
        <translation>Installationstoken</translation>
    </message>
    <message>
        <source>installation token</source>
        <translation>Installationstoken</translation>
    </message>
    <message>
        <source>Server key SHA-256:</source>
        <extracomment>SHA-256 fingerprint of the server&apos;s public key</extracomment>
        <translation>Serverschlüssel SHA-256:</translation>
    </message>
    <message>
        <source>Server public key fingerprint</source>
        <translation>Fingerabdruck des öffentlichen Serverschlüssels</translation>
    </message>
</context>
<context>
    <name>studio::ui::KeyPairPage</name>
    <message>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>An RSA-2048 key pair identifies this app to bunq. The public key goes to the installation call, and the private key signs every later request.</source>
        <translation>Ein RSA-2048-Schlüsselpaar weist diese App gegenüber bunq aus. Der öffentliche Schlüssel geht mit dem Installationsaufruf mit, und der private Schlüssel signiert jede spätere Anfrage.</translation>
    </message>
    <message>
        <source>Replaces the key pair. Steps that already ran with the old key run again.</source>
        <translation>Ersetzt das Schlüsselpaar. Schritte, die schon mit dem alten Schlüssel liefen, laufen erneut.</translation>
    </message>
    <message>
        <source>Key generation in progress</source>
        <translation>Schlüssel wird erzeugt</translation>
    </message>
    <message>
        <source>Public key fingerprint</source>
        <translation>Fingerabdruck des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <extracomment>SHA-256 fingerprint of the public key</extracomment>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>P&amp;ublic key (PEM):</source>
        <translation>Ö&amp;ffentlicher Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>Public key in PEM format</source>
        <translation>Öffentlicher Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>The private key stays in this app and is never sent.</source>
        <translation>Der private Schlüssel bleibt in dieser App und wird nie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>Erneut &amp;erzeugen</translation>
    </message>
    <message>
        <source>(generating…)</source>
        <translation>(wird erzeugt…)</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(noch kein Schlüssel)</translation>
    </message>
    <message>
        <source>Generating an RSA-%1 key pair…</source>
        <translation>RSA-%1-Schlüsselpaar wird erzeugt…</translation>
    </message>
    <message>
        <source>Key generation failed: %1. Click Generate again to retry.</source>
        <extracomment>%1 is the reason from the crypto library, in English.</extracomment>
        <translation>Die Schlüsselerzeugung ist fehlgeschlagen: %1. Klicken Sie auf „Erneut erzeugen“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Key pair ready.</source>
        <translation>Schlüsselpaar bereit.</translation>
    </message>
</context>
<context>
    <name>studio::ui::LanguageComboBox</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
</context>
<context>
    <name>studio::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the menu lists the interface languages.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>studio::ui::MainWindow</name>
    <message>
        <source>no user</source>
        <translation>kein Benutzer</translation>
    </message>
    <message>
        <source>%1 — %2 — bunq Session Studio</source>
        <extracomment>Window title; %1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
        <translation>%1 — %2 — bunq Session Studio</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Title of the dock that shows the session&apos;s state.</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu title.</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title.</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About bunq Session Studio</source>
        <extracomment>Menu entry that opens the About box.</extracomment>
        <translation>Ü&amp;ber bunq Session Studio</translation>
    </message>
    <message>
        <source>Request running…</source>
        <extracomment>Status bar note while a request is on its way.</extracomment>
        <translation>Anfrage läuft…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>About bunq Session Studio</source>
        <translation>Über bunq Session Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;bunq Session Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Opens bunq API sessions step by step and shows every request and response as it went over the wire, with the bytes signed and the server signature verdict.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;bunq Session Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Öffnet Schritt für Schritt bunq-API-Sessions und zeigt jede Anfrage und Antwort so, wie sie übertragen wurde, mit den signierten Bytes und dem Ergebnis der Serversignaturprüfung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::ui::MessagePane</name>
    <message>
        <source>Copy request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header der Anfrage</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <extracomment>Placeholder of an empty HTTP body.</extracomment>
        <translation>(leerer Body)</translation>
    </message>
</context>
<context>
    <name>studio::ui::OnboardingWizard</name>
    <message>
        <source>bunq Session Studio: open a session</source>
        <translation>bunq Session Studio: eine Session öffnen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>The wizard&apos;s last button; it closes the wizard and opens the main window.</extracomment>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Den Assistenten schließen?</translation>
    </message>
    <message>
        <source>The installation and any device or session registered in this run are lost when the wizard closes, and the next run starts again from a new installation.</source>
        <translation>Die Installation und jedes in diesem Durchlauf registrierte Gerät und jede Sitzung gehen verloren, wenn der Assistent geschlossen wird; der nächste Durchlauf beginnt wieder mit einer neuen Installation.</translation>
    </message>
</context>
<context>
    <name>studio::ui::RateLimitView</name>
    <message>
        <source>Caller IP</source>
        <extracomment>Column header: the IP address a rate limit counts for.</extracomment>
        <translation>IP-Adresse des Aufrufers</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <extracomment>Column header: the endpoint a rate limit counts for.</extracomment>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the HTTP method a rate limit counts for.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Column header: calls made in the window against the limit.</extracomment>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Next call free in</source>
        <extracomment>Column header: seconds until the next call is allowed.</extracomment>
        <translation>Nächster Aufruf frei in</translation>
    </message>
    <message>
        <source>Rate-limit state of the local sandbox</source>
        <translation>Stand der Aufruflimits der lokalen Sandbox</translation>
    </message>
    <message>
        <source>Rate limits are off in this sandbox: every call is allowed.</source>
        <translation>Aufruflimits sind in dieser Sandbox aus: Jeder Aufruf ist erlaubt.</translation>
    </message>
    <message>
        <source>No calls inside a rate-limit window right now. bunq allows 3 GET, 5 POST and 2 PUT calls per 3 seconds per endpoint, and one session-server call per 30 seconds.</source>
        <translation>Derzeit liegen keine Aufrufe in einem Limitfenster. bunq erlaubt pro Endpunkt 3 GET-, 5 POST- und 2 PUT-Aufrufe je 3 Sekunden sowie einen session-server-Aufruf je 30 Sekunden.</translation>
    </message>
    <message>
        <source>Calls inside the current window, per caller IP, endpoint and method.</source>
        <translation>Aufrufe im aktuellen Fenster, je IP-Adresse des Aufrufers, Endpunkt und Methode.</translation>
    </message>
    <message>
        <source>%1 of %2 per %3 s</source>
        <extracomment>Calls in a rate-limit window; %1 calls made, %2 the maximum, %3 the window in seconds.</extracomment>
        <translation>%1 von %2 je %3 s</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>The next call is allowed at once.</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds until the next call is allowed; %1 is a number such as 2.5.</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>studio::ui::RequestConsole</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Relative to the API base URL: &quot;user&quot;, &quot;user/12&quot; or &quot;/v1/user&quot;</source>
        <translation>Relativ zur Basis-URL der API: &quot;user&quot;, &quot;user/12&quot; oder &quot;/v1/user&quot;</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Body der Anfrage (JSON)</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;Test&quot;}</source>
        <extracomment>Placeholder of the request body editor.</extracomment>
        <translation>JSON-Body, z. B. {&quot;description&quot;: &quot;Test&quot;}</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the API request.</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. &quot;Ctrl+Return&quot;.</extracomment>
        <translation>Anfrage senden (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops the running API request.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>No session: finish the onboarding first.</source>
        <translation>Keine Session: Schließen Sie zuerst das Onboarding ab.</translation>
    </message>
    <message>
        <source>Enter a path, for example &quot;user&quot; or &quot;user/12/monetary-account&quot;.</source>
        <translation>Geben Sie einen Pfad ein, zum Beispiel &quot;user&quot; oder &quot;user/12/monetary-account&quot;.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <extracomment>%1 method, %2 path, e.g. &quot;Sending GET user…&quot;.</extracomment>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>GET and DELETE requests are sent without a body.</source>
        <translation>GET- und DELETE-Anfragen werden ohne Body gesendet.</translation>
    </message>
    <message>
        <source>The body is not valid JSON at line %1, column %2 (offset %3): %4. Nothing was sent.</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s message.</extracomment>
        <translation>Der Body ist kein gültiges JSON in Zeile %1, Spalte %2 (Offset %3): %4. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Body (POST and PUT)</source>
        <translation>&amp;Body (POST und PUT)</translation>
    </message>
</context>
<context>
    <name>studio::ui::RequestLogModel</name>
    <message>
        <source>%1 UTC from %2</source>
        <extracomment>Tooltip of a request&apos;s time; %1 is the time in UTC, %2 the caller&apos;s IP address.</extracomment>
        <translation>%1 UTC von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column header: when the local sandbox received a request.</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the HTTP method of a request.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column header: the URL path of a request.</extracomment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the HTTP status of the response.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: the checks the sandbox made and their verdicts.</extracomment>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Fault</source>
        <extracomment>Column header: the fault injected into the response, if any.</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>Verdict of a request signature check that passed.</extracomment>
        <translation>gültig</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>Verdict of a check that passed.</extracomment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>invalid</source>
        <extracomment>Verdict of a request signature check that failed.</extracomment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Verdict of a check that failed.</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Verdict of a check the sandbox did not need to make.</extracomment>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>No checks recorded</source>
        <extracomment>Tooltip of a request on which the sandbox recorded no checks.</extracomment>
        <translation>Keine Prüfungen aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4 at %5 UTC</source>
        <extracomment>First line of a request&apos;s details; %1 method, %2 path, %3 status, %4 caller IP, %5 time.</extracomment>
        <translation>%1 %2 → %3 von %4 um %5 UTC</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <extracomment>A line of a request&apos;s details; %1 describes what the injected fault did.</extracomment>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxControlClient</name>
    <message>
        <source>The control interface answered HTTP %1: %2</source>
        <extracomment>%1 is an HTTP status code, %2 the start of the body the server sent.</extracomment>
        <translation>Die Steuerschnittstelle antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the local sandbox&apos;s control interface at %1: %2</source>
        <extracomment>%1 is a URL, %2 Qt&apos;s description of the network error.</extracomment>
        <translation>Die Steuerschnittstelle der lokalen Sandbox unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s control interface is not running, so this panel cannot show what the sandbox holds.</source>
        <translation>Die Steuerschnittstelle der lokalen Sandbox läuft nicht, daher kann dieses Feld nicht zeigen, was die Sandbox enthält.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxPanel</name>
    <message>
        <source>Reset the local sandbox?</source>
        <translation>Die lokale Sandbox zurücksetzen?</translation>
    </message>
    <message>
        <source>This removes every user, API key, installation, device and session from the local sandbox, including the session this window uses. Armed faults stay armed.</source>
        <translation>Das entfernt jeden Benutzer, API-Schlüssel, jede Installation, jedes Gerät und jede Session aus der lokalen Sandbox, auch die Session, die dieses Fenster verwendet. Aktive Fehler bleiben aktiv.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s control interface is not running, so this panel cannot show what the sandbox holds.</source>
        <translation>Die Steuerschnittstelle der lokalen Sandbox läuft nicht, daher kann dieses Feld nicht zeigen, was die Sandbox enthält.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <extracomment>Title of the dock that shows the built-in local sandbox.</extracomment>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Tab of the local sandbox panel: users, keys, installations, devices, sessions.</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Tab of the local sandbox panel: the requests the sandbox received.</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <extracomment>Tab of the local sandbox panel: the rate-limit counters.</extracomment>
        <translation>Aufruflimits</translation>
    </message>
    <message>
        <source>Faults</source>
        <extracomment>Tab of the local sandbox panel: the fault switchboard.</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Requests the local sandbox received, newest first</source>
        <translation>Anfragen, die die lokale Sandbox empfangen hat, neueste zuerst</translation>
    </message>
    <message>
        <source>Removes every user, API key, installation, device and session from the local sandbox.</source>
        <translation>Entfernt jeden Benutzer, API-Schlüssel, jede Installation, jedes Gerät und jede Session aus der lokalen Sandbox.</translation>
    </message>
    <message>
        <source>Control interface: %1</source>
        <extracomment>Shows where the control interface listens; %1 is its URL.</extracomment>
        <translation>Steuerschnittstelle: %1</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>Details der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button that fetches the local sandbox&apos;s state again.</extracomment>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Rese&amp;t sandbox…</source>
        <extracomment>Button that empties the local sandbox after a confirmation.</extracomment>
        <translation>Sandbox &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Select a request to see every check with its reason.</source>
        <extracomment>Placeholder below the request table while no request is selected.</extracomment>
        <translation>Wählen Sie eine Anfrage, um jede Prüfung mit ihrem Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxStateView</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A time in UTC; %1 is the date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <extracomment>Tooltip with a time in the local time zone; %1 is the date and time.</extracomment>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>live</source>
        <extracomment>State of a sandbox session that can still be used.</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>State of a sandbox session past its expiry.</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>State of a sandbox session ended with DELETE session.</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Show API &amp;keys</source>
        <extracomment>Check box that shows the sandbox&apos;s API keys in full instead of masked.</extracomment>
        <translation>API-Schlüssel a&amp;nzeigen</translation>
    </message>
    <message>
        <source>Copies the selected user&apos;s full API key, also while it is masked.</source>
        <translation>Kopiert den vollständigen API-Schlüssel des ausgewählten Benutzers, auch wenn er maskiert ist.</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>Column header in the sandbox state tree.</extracomment>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header in the sandbox state tree.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the local sandbox holds</source>
        <translation>Was die lokale Sandbox enthält</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group in the sandbox state tree; %1 is its title, %2 how many items it has.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <extracomment>Placeholder under an empty group in the sandbox state tree.</extracomment>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Users and API keys</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Benutzer und API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2, no API key of its own</source>
        <extracomment>Details of a sandbox user; %1 is its kind such as UserPerson, %2 its id.</extracomment>
        <translation>%1 %2, kein eigener API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2, API key %3</source>
        <extracomment>Details of a sandbox user; %1 kind such as UserPerson, %2 id, %3 API key.</extracomment>
        <translation>%1 %2, API-Schlüssel %3</translation>
    </message>
    <message>
        <source>, not bound to a device yet</source>
        <extracomment>Added to a user&apos;s details while no device-server uses its API key.</extracomment>
        <translation>, noch an kein Gerät gebunden</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <extracomment>Tooltip of a sandbox user; %1 e-mail address, %2 creation time.</extracomment>
        <translation>%1
erstellt %2</translation>
    </message>
    <message>
        <source>Installations</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>Installation %1</source>
        <extracomment>An installation in the sandbox state tree; %1 is its id.</extracomment>
        <translation>Installation %1</translation>
    </message>
    <message>
        <source>token %1, created %2</source>
        <extracomment>Details of an installation; %1 masked token, %2 creation time.</extracomment>
        <translation>Token %1, erstellt %2</translation>
    </message>
    <message>
        <source>Client key %1
Server key %2</source>
        <extracomment>Tooltip of an installation; %1 and %2 are SHA-256 key fingerprints.</extracomment>
        <translation>Client-Schlüssel %1
Serverschlüssel %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <extracomment>Group title in the sandbox state tree; devices are bunq&apos;s device-servers.</extracomment>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>any IP (*)</source>
        <extracomment>The wildcard entry of a device&apos;s permitted IPs.</extracomment>
        <translation>jede IP-Adresse (*)</translation>
    </message>
    <message>
        <source>device %1, installation %2, bound to %3</source>
        <extracomment>Details of a device; %1 id, %2 installation id, %3 the IP addresses it permits.</extracomment>
        <translation>Gerät %1, Installation %2, gebunden an %3</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <extracomment>A session in the sandbox state tree; %1 its id, %2 live, expired or ended.</extracomment>
        <translation>Session %1, %2</translation>
    </message>
    <message>
        <source>user %1, expiry %2</source>
        <extracomment>Details of a session; %1 user id, %2 expiry time.</extracomment>
        <translation>Benutzer %1, läuft ab %2</translation>
    </message>
    <message>
        <source>Monetary accounts</source>
        <extracomment>Group title in the sandbox state tree; bunq&apos;s term for bank accounts.</extracomment>
        <translation>Konten (Monetary Accounts)</translation>
    </message>
    <message>
        <source>account %1, user %2, balance %3 %4</source>
        <extracomment>Details of a monetary account; %1 id, %2 user id, %3 amount, %4 currency.</extracomment>
        <translation>Konto %1, Benutzer %2, Saldo %3 %4</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <extracomment>Button that copies the selected user&apos;s full API key.</extracomment>
        <translation>API-Schlüssel &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>studio::ui::SecretField</name>
    <message>
        <source>—</source>
        <extracomment>Shown in place of a secret that does not exist yet.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>secret</source>
        <extracomment>Name of a secret field whose owner gave it no name of its own.</extracomment>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names a secret, e.g. &quot;session token&quot;.</extracomment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the full secret without revealing it</source>
        <translation>Das ganze Geheimnis kopieren, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Tooltip of the eye button next to a revealed secret; clicking masks it again.</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <extracomment>%1 names a secret, e.g. &quot;session token&quot;.</extracomment>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <extracomment>Tooltip of the eye button next to a masked secret; clicking shows it in full.</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <extracomment>%1 names a secret, e.g. &quot;session token&quot;.</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Brief confirmation after copying a secret.</extracomment>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>studio::ui::SessionPage</name>
    <message>
        <source>Person</source>
        <extracomment>bunq user type UserPerson: a private person&apos;s account</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>bunq user type UserCompany: a business account</extracomment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>API key user (OAuth)</source>
        <extracomment>bunq user type UserApiKey: a user that another user granted access through OAuth</extracomment>
        <translation>API-Schlüssel-Benutzer (OAuth)</translation>
    </message>
    <message>
        <source>Payment service provider</source>
        <extracomment>bunq user type UserPaymentServiceProvider</extracomment>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>POST /v1/session-server opens a session with the API key and returns the session token that authenticates every later call, and the user it belongs to.</source>
        <translation>POST /v1/session-server öffnet mit dem API-Schlüssel eine Session und liefert das Session-Token, das jeden späteren Aufruf authentifiziert, sowie den Benutzer, dem sie gehört.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Session &amp;starten</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>the type of bunq user: person, company, ...</extracomment>
        <translation>Art:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Session-Token:</translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation>Läuft ab (UTC):</translation>
    </message>
    <message>
        <source>Expires (local time):</source>
        <translation>Läuft ab (Ortszeit):</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Session-Token</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>Session-Token</translation>
    </message>
    <message>
        <source>unknown: the server sent no usable creation time or timeout</source>
        <translation>unbekannt: Der Server hat keine verwertbare Erstellungszeit oder Zeitbegrenzung gesendet</translation>
    </message>
</context>
<context>
    <name>studio::ui::SessionPanel</name>
    <message>
        <source>this IP only</source>
        <extracomment>Device permitted-IP setting: bound to the address the call came from.</extracomment>
        <translation>nur diese IP-Adresse</translation>
    </message>
    <message>
        <source>any IP (wildcard)</source>
        <extracomment>Device permitted-IP setting: usable from any address.</extracomment>
        <translation>jede IP-Adresse (Wildcard)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of days.</extracomment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of hours.</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of minutes.</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API base URL</source>
        <extracomment>The API base URL calls go to.</extracomment>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>The bunq user the session belongs to.</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>The bunq device-server the API key is bound to.</extracomment>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Server public key (SHA-256)</source>
        <translation>Öffentlicher Serverschlüssel (SHA-256)</translation>
    </message>
    <message>
        <source>Session expires</source>
        <extracomment>When the session ends unless it is used or renewed.</extracomment>
        <translation>Session läuft ab</translation>
    </message>
    <message>
        <source>installation token</source>
        <translation>Installationstoken</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>Session-Token</translation>
    </message>
    <message>
        <source>%1
%2 · id %3</source>
        <extracomment>%1 user name, %2 user kind such as UserPerson, %3 user id.</extracomment>
        <translation>%1
%2 · ID %3</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown where a value does not exist yet.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>id %1 · %2
permitted: %3</source>
        <extracomment>%1 device id, %2 device description, %3 permitted IPs such as &quot;this IP only&quot;.</extracomment>
        <translation>ID %1 · %2
zulässig: %3</translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local time)</source>
        <extracomment>%1 expiry in UTC, %2 the same moment in local time with its time zone.</extracomment>
        <translation>%1 UTC
%2 (Ortszeit)</translation>
    </message>
    <message>
        <source>Production: calls act on real accounts and money.</source>
        <translation>Produktion: Aufrufe wirken auf echte Konten und echtes Geld.</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Session</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <extracomment>%1 is a duration such as &quot;6 d 23 h 59 min 59 s&quot;.</extracomment>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <extracomment>%1 is a duration such as &quot;3 min 2 s&quot;.</extracomment>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>&amp;Installation token</source>
        <translation>&amp;Installationstoken</translation>
    </message>
    <message>
        <source>&amp;Session token</source>
        <translation>&amp;Session-Token</translation>
    </message>
</context>
<context>
    <name>studio::ui::SigningPane</name>
    <message>
        <source>(no signature header)</source>
        <extracomment>Shown when a response carried no X-Bunq-Server-Signature header.</extracomment>
        <translation>(kein Signatur-Header)</translation>
    </message>
    <message>
        <source>Copy signing details</source>
        <translation>Signaturdetails kopieren</translation>
    </message>
    <message>
        <source>Bytes signed</source>
        <translation>Signierte Bytes</translation>
    </message>
    <message>
        <source>Request signature</source>
        <translation>Signatur der Anfrage</translation>
    </message>
    <message>
        <source>Server signature</source>
        <translation>Serversignatur</translation>
    </message>
    <message>
        <source>Request (X-Bunq-Client-Signature)</source>
        <extracomment>Group title; X-Bunq-Client-Signature is an HTTP header name and stays untranslated.</extracomment>
        <translation>Anfrage (X-Bunq-Client-Signature)</translation>
    </message>
    <message>
        <source>Bytes signed:</source>
        <translation>Signierte Bytes:</translation>
    </message>
    <message>
        <source>Signature (base64):</source>
        <translation>Signatur (Base64):</translation>
    </message>
    <message>
        <source>Client key (SHA-256):</source>
        <translation>Client-Schlüssel (SHA-256):</translation>
    </message>
    <message>
        <source>Response (X-Bunq-Server-Signature)</source>
        <extracomment>Group title; X-Bunq-Server-Signature is an HTTP header name and stays untranslated.</extracomment>
        <translation>Antwort (X-Bunq-Server-Signature)</translation>
    </message>
    <message>
        <source>Bytes verified:</source>
        <translation>Geprüfte Bytes:</translation>
    </message>
    <message>
        <source>Server signature:</source>
        <translation>Serversignatur:</translation>
    </message>
    <message>
        <source>Server key (SHA-256):</source>
        <translation>Serverschlüssel (SHA-256):</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <extracomment>The outcome of checking the server&apos;s signature.</extracomment>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Not signed. Calls made before the installation exists, such as POST /v1/installation, carry no signature.</source>
        <translation>Nicht signiert. Aufrufe, bevor die Installation besteht, etwa POST /v1/installation, tragen keine Signatur.</translation>
    </message>
    <message>
        <source>0 bytes: the empty body, as for every GET and DELETE.</source>
        <extracomment>The request body was empty, so the signature covers zero bytes.</extracomment>
        <translation>0 Byte: der leere Body, wie bei jedem GET und DELETE.</translation>
    </message>
    <message>
        <source>%1: the request body exactly as sent.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>%1: der Body der Anfrage genau wie gesendet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>%1: the response body as delivered, shown on the Response tab.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>%1: der Body der Antwort wie empfangen, zu sehen auf dem Reiter „Antwort“.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Bytes signed: %1</source>
        <translation>Signierte Bytes: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Client key (SHA-256): %1</source>
        <translation>Client-Schlüssel (SHA-256): %1</translation>
    </message>
    <message>
        <source>Bytes verified: %1</source>
        <translation>Geprüfte Bytes: %1</translation>
    </message>
    <message>
        <source>Server signature: %1</source>
        <translation>Serversignatur: %1</translation>
    </message>
    <message>
        <source>Server key (SHA-256): %1</source>
        <translation>Serverschlüssel (SHA-256): %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::StepPage</name>
    <message>
        <source>Sto&amp;p</source>
        <extracomment>stops the request that is being sent</extracomment>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the request</source>
        <translation>Die Anfrage stoppen</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>heading of the box with the values a call returned</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Done. The exchange below shows what went over the wire.</source>
        <translation>Fertig. Der Austausch unten zeigt, was übertragen wurde.</translation>
    </message>
    <message>
        <source>Failed with HTTP status %1.</source>
        <translation>Mit HTTP-Status %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <extracomment>%1 is the kind of failure, e.g. &quot;Timed out&quot;.</extracomment>
        <translation>Fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 explains a failed call and names the next step</extracomment>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the button that repeats a failed call</extracomment>
        <translation>Er&amp;neut versuchen</translation>
    </message>
</context>
<context>
    <name>studio::ui::ViewHelpers</name>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies text to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the text as shown: secrets stay masked unless you revealed them.</source>
        <translation>Kopiert den Text wie angezeigt: Geheimnisse bleiben maskiert, außer Sie haben sie aufgedeckt.</translation>
    </message>
</context>
</TS>
