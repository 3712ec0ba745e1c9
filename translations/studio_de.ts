<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FailureHint</name>
    <message>
        <source>Go back to the first page to choose the key&apos;s environment, or to the API key page for a key of this environment, then run the steps again.</source>
        <translation>Gehen Sie zurück zur ersten Seite, um die Umgebung des Schlüssels zu wählen, oder zur Seite „API-Schlüssel“, um einen Schlüssel dieser Umgebung einzugeben, und führen Sie die Schritte dann erneut aus.</translation>
    </message>
    <message>
        <source>Go back to the API key page and enter or create another key; the device and session steps then run again with it.</source>
        <translation>Gehen Sie zurück zur Seite „API-Schlüssel“ und geben Sie einen anderen Schlüssel ein oder erstellen Sie einen; die Schritte für Gerät und Session laufen dann erneut mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>A registered device keeps its IP choice. To register a new one, change the device description on the first page, then choose other permitted IPs on the device page.</source>
        <translation>Ein registriertes Gerät behält seine IP-Auswahl. Um ein neues Gerät zu registrieren, ändern Sie die Gerätebeschreibung auf der ersten Seite und wählen Sie dann auf der Seite „Gerät“ andere zulässige IP-Adressen.</translation>
    </message>
    <message>
        <source>The installation is no longer known. Generate a new key pair on the key pair page to start a fresh installation.</source>
        <translation>Die Installation ist nicht mehr bekannt. Erzeugen Sie auf der Seite „Schlüsselpaar“ ein neues Schlüsselpaar, um eine neue Installation zu beginnen.</translation>
    </message>
    <message>
        <source>The box below explains the error and what to do. Once the cause is fixed, Retry repeats only this call.</source>
        <translation>Das Feld unten erklärt den Fehler und was zu tun ist. Sobald die Ursache behoben ist, wiederholt „Erneut versuchen“ nur diesen Aufruf.</translation>
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
    <message>
        <source>A context file (bunq.conf) written by one of bunq&apos;s SDKs, to inspect and import.</source>
        <translation>Eine Kontextdatei (bunq.conf), die eines der SDKs von bunq geschrieben hat, zum Prüfen und Importieren.</translation>
    </message>
    <message>
        <source>Too many files: %1. Give one context file at most.
</source>
        <translation>Zu viele Dateien: %1. Geben Sie höchstens eine Kontextdatei an.
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
        <extracomment>%1 is bunq&apos;s X-Bunq-Client-Response-Id, which bunq support requests.</extracomment>
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
    <name>studio::console::Catalogue</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>List the users this session can see.</source>
        <translation>Die Benutzer auflisten, die diese Session sehen kann.</translation>
    </message>
    <message>
        <source>Read one user.</source>
        <translation>Einen Benutzer abrufen.</translation>
    </message>
    <message>
        <source>Monetary accounts</source>
        <translation>Konten (Monetary Accounts)</translation>
    </message>
    <message>
        <source>List every monetary account of the user, of any type.</source>
        <translation>Alle Konten des Benutzers auflisten, gleich welchen Typs.</translation>
    </message>
    <message>
        <source>Read one monetary account, with its balance.</source>
        <translation>Ein Konto mit seinem Saldo abrufen.</translation>
    </message>
    <message>
        <source>List the user&apos;s bank accounts.</source>
        <translation>Die Bankkonten des Benutzers auflisten.</translation>
    </message>
    <message>
        <source>Read one bank account.</source>
        <translation>Ein Bankkonto abrufen.</translation>
    </message>
    <message>
        <source>Open a new bank account.</source>
        <translation>Ein neues Bankkonto eröffnen.</translation>
    </message>
    <message>
        <source>Change the description of a bank account.</source>
        <translation>Die Beschreibung eines Bankkontos ändern.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>List the payments of a monetary account, newest first.</source>
        <translation>Die Zahlungen eines Kontos auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Read one payment.</source>
        <translation>Eine Zahlung abrufen.</translation>
    </message>
    <message>
        <source>Make a payment. The body must be signed.</source>
        <translation>Eine Zahlung ausführen. Der Body muss signiert sein.</translation>
    </message>
    <message>
        <source>Request inquiries</source>
        <translation>Zahlungsanforderungen (Request Inquiries)</translation>
    </message>
    <message>
        <source>List the payment requests sent from a monetary account.</source>
        <translation>Die Zahlungsanforderungen auflisten, die von einem Konto aus gesendet wurden.</translation>
    </message>
    <message>
        <source>Read one payment request.</source>
        <translation>Eine Zahlungsanforderung abrufen.</translation>
    </message>
    <message>
        <source>Request money. In the sandbox, sugardaddy@bunq.com pays up to EUR 500 per request.</source>
        <translation>Geld anfordern. In der Sandbox zahlt sugardaddy@bunq.com bis zu EUR 500 pro Anforderung.</translation>
    </message>
    <message>
        <source>Request responses</source>
        <translation>Empfangene Zahlungsanforderungen (Request Responses)</translation>
    </message>
    <message>
        <source>List the payment requests others sent to a monetary account.</source>
        <translation>Die Zahlungsanforderungen auflisten, die andere an ein Konto gesendet haben.</translation>
    </message>
    <message>
        <source>Read one received payment request.</source>
        <translation>Eine empfangene Zahlungsanforderung abrufen.</translation>
    </message>
    <message>
        <source>Accept or reject a received payment request. Accepting pays it, so the body must be signed.</source>
        <translation>Eine empfangene Zahlungsanforderung annehmen oder ablehnen. Das Annehmen bezahlt sie, daher muss der Body signiert sein.</translation>
    </message>
    <message>
        <source>Draft payments</source>
        <translation>Zahlungsentwürfe</translation>
    </message>
    <message>
        <source>List the draft payments of a monetary account.</source>
        <translation>Die Zahlungsentwürfe eines Kontos auflisten.</translation>
    </message>
    <message>
        <source>Read one draft payment.</source>
        <translation>Einen Zahlungsentwurf abrufen.</translation>
    </message>
    <message>
        <source>Create a draft payment that the account holder accepts in the bunq app.</source>
        <translation>Einen Zahlungsentwurf erstellen, den der Kontoinhaber in der bunq-App annimmt.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>List the user&apos;s cards.</source>
        <translation>Die Karten des Benutzers auflisten.</translation>
    </message>
    <message>
        <source>Read one card.</source>
        <translation>Eine Karte abrufen.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>List the user&apos;s events: payments, requests and other activity, newest first.</source>
        <translation>Die Ereignisse des Benutzers auflisten: Zahlungen, Anforderungen und andere Aktivitäten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Read one event.</source>
        <translation>Ein Ereignis abrufen.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Read the metadata of a public attachment: description and content type.</source>
        <translation>Die Metadaten eines öffentlichen Anhangs abrufen: Beschreibung und Content-Type.</translation>
    </message>
    <message>
        <source>Download the raw bytes of a public attachment.</source>
        <translation>Die rohen Bytes eines öffentlichen Anhangs herunterladen.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>List the devices registered for this API key.</source>
        <translation>Die für diesen API-Schlüssel registrierten Geräte auflisten.</translation>
    </message>
    <message>
        <source>Read one registered device.</source>
        <translation>Ein registriertes Gerät abrufen.</translation>
    </message>
    <message>
        <source>Installations</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>List the installation of this session.</source>
        <translation>Die Installation dieser Session auflisten.</translation>
    </message>
    <message>
        <source>Read one installation.</source>
        <translation>Eine Installation abrufen.</translation>
    </message>
    <message>
        <source>Read the server public key that signs the responses of an installation.</source>
        <translation>Den öffentlichen Serverschlüssel abrufen, der die Antworten einer Installation signiert.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>End the session. Its token stops working at once.</source>
        <translation>Die Session beenden. Ihr Token funktioniert sofort nicht mehr.</translation>
    </message>
</context>
<context>
    <name>studio::console::EndpointCatalogue</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;)</source>
        <extracomment>%1 is the position of the entry in the list, %2 its id.</extracomment>
        <translation>Eintrag %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must start with &quot;/v1/&quot;</source>
        <translation>muss mit &quot;/v1/&quot; beginnen</translation>
    </message>
    <message>
        <source>must be a path without query or trailing &quot;/&quot;</source>
        <translation>muss ein Pfad ohne Query und ohne abschließendes &quot;/&quot; sein</translation>
    </message>
    <message>
        <source>has an empty segment</source>
        <translation>hat ein leeres Segment</translation>
    </message>
    <message>
        <source>has the malformed placeholder &quot;%1&quot;; a placeholder is a whole segment such as &quot;{userId}&quot;</source>
        <extracomment>%1 is a path segment such as &quot;{userId}x&quot;.</extracomment>
        <translation>hat den fehlerhaften Platzhalter &quot;%1&quot;; ein Platzhalter ist ein ganzes Segment wie &quot;{userId}&quot;</translation>
    </message>
    <message>
        <source>Entry %1 is not a JSON object.</source>
        <translation>Eintrag %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; %3.</source>
        <extracomment>%1 names the entry, %2 the field, %3 what is wrong with it.</extracomment>
        <translation>%1: Das Feld &quot;%2&quot; %3.</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <source>must be lower-case words joined by &quot;-&quot;, such as &quot;payment-create&quot;</source>
        <translation>muss aus kleingeschriebenen Wörtern bestehen, verbunden durch &quot;-&quot;, etwa &quot;payment-create&quot;</translation>
    </message>
    <message>
        <source>must be GET, POST, PUT or DELETE, not &quot;%1&quot;</source>
        <translation>muss GET, POST, PUT oder DELETE sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is only allowed for POST and PUT, and this entry is %1</source>
        <translation>ist nur für POST und PUT erlaubt, und dieser Eintrag ist %1</translation>
    </message>
    <message>
        <source>must be a JSON object or a string</source>
        <translation>muss ein JSON-Objekt oder ein String sein</translation>
    </message>
    <message>
        <source>The endpoint list is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser&apos;s message, %2 the byte offset.</extracomment>
        <translation>Die Endpunktliste ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The endpoint list must have &quot;format&quot;: &quot;%1&quot; and &quot;version&quot;: %2.</source>
        <translation>Die Endpunktliste muss &quot;format&quot;: &quot;%1&quot; und &quot;version&quot;: %2 enthalten.</translation>
    </message>
    <message>
        <source>The endpoint list has no &quot;entries&quot; array.</source>
        <translation>Die Endpunktliste hat kein Array &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>%1: the id is used by an earlier entry too.</source>
        <translation>%1: Die ID wird auch von einem früheren Eintrag verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 is listed by an earlier entry too.</source>
        <translation>%1: %2 wird auch von einem früheren Eintrag aufgeführt.</translation>
    </message>
</context>
<context>
    <name>studio::console::RequestHistory</name>
    <message>
        <source>entry %1 has an invalid body_base64</source>
        <translation>Eintrag %1 hat ein ungültiges body_base64</translation>
    </message>
    <message>
        <source>entry %1 lacks a valid sent_at, method or path</source>
        <extracomment>%1 is the position of the entry in the file.</extracomment>
        <translation>Eintrag %1 hat kein gültiges sent_at, method oder path</translation>
    </message>
    <message>
        <source>The request history %1 cannot be opened: %2. Check the file&apos;s permissions; the console keeps no history until then.</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason.</extracomment>
        <translation>Der Anfrageverlauf %1 kann nicht geöffnet werden: %2. Prüfen Sie die Berechtigungen der Datei; bis dahin führt die Konsole keinen Verlauf.</translation>
    </message>
    <message>
        <source>The request history %1 is not valid (%2). It was left unchanged; when the next request is saved it is kept as %3 and a new history starts.</source>
        <extracomment>%1 is the file, %2 what is wrong with it, %3 the name it is kept under.</extracomment>
        <translation>Der Anfrageverlauf %1 ist ungültig (%2). Er wurde nicht verändert; wenn die nächste Anfrage gespeichert wird, wird er als %3 aufbewahrt, und ein neuer Verlauf beginnt.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2 and &quot;entries&quot; list</source>
        <translation>kein &quot;format&quot;: &quot;%1&quot;, keine &quot;version&quot;: %2 und keine Liste &quot;entries&quot;</translation>
    </message>
    <message>
        <source>The request was not saved in the history: the unreadable file %1 could not be renamed to %2. Move or delete it by hand.</source>
        <extracomment>%1 is the history file, %2 the name it should be moved to.</extracomment>
        <translation>Die Anfrage wurde nicht im Verlauf gespeichert: Die unlesbare Datei %1 konnte nicht in %2 umbenannt werden. Verschieben oder löschen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the request history. Check that its parent folder is writable.</source>
        <translation>Der Ordner %1 für den Anfrageverlauf kann nicht erstellt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the request history %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Der Anfrageverlauf %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Cannot restrict the request history %1 to its owner: %2.</source>
        <translation>Der Zugriff auf den Anfrageverlauf %1 kann nicht auf den Eigentümer beschränkt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the request history %1: %2. Check that the disk is not full.</source>
        <translation>Der Anfrageverlauf %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>studio::console::SandboxMoney</name>
    <message>
        <source>&quot;%1&quot; is not an amount in euros. Enter a number with at most two decimals, such as 25 or 12.50.</source>
        <extracomment>%1 is the amount as entered.</extracomment>
        <translation>&quot;%1&quot; ist kein Betrag in Euro. Geben Sie eine Zahl mit höchstens zwei Nachkommastellen ein, etwa 25 oder 12,50.</translation>
    </message>
    <message>
        <source>The amount must be more than EUR 0.00.</source>
        <translation>Der Betrag muss größer als EUR 0.00 sein.</translation>
    </message>
    <message>
        <source>EUR %1 is more than sugardaddy@bunq.com gives: at most EUR %2.00 per request. Ask for %2 or less, and send another request for more.</source>
        <extracomment>%1 is the amount as entered, %2 the limit in whole euros.</extracomment>
        <translation>EUR %1 ist mehr, als sugardaddy@bunq.com gibt: höchstens EUR %2.00 pro Anforderung. Fordern Sie %2 oder weniger an und senden Sie für mehr eine weitere Anforderung.</translation>
    </message>
    <message>
        <source>Open a session and pick a monetary account first: the request needs a user id and a monetary account id.</source>
        <translation>Öffnen Sie zuerst eine Session und wählen Sie ein Konto: Die Anforderung braucht eine Benutzer-ID und eine Konto-ID.</translation>
    </message>
    <message>
        <source>The monetary account could not be read: %1</source>
        <translation>Das Konto konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Monetary account %1 has no balance with value and currency in the response.</source>
        <extracomment>%1 is the monetary account id.</extracomment>
        <translation>Konto %1 hat in der Antwort keinen Saldo mit Betrag und Währung.</translation>
    </message>
    <message>
        <source>The response has no monetary account with id %1.</source>
        <translation>Die Antwort enthält kein Konto mit der ID %1.</translation>
    </message>
    <message>
        <source>The response has no monetary account.</source>
        <translation>Die Antwort enthält kein Konto.</translation>
    </message>
</context>
<context>
    <name>studio::diagnostics::ErrorTable</name>
    <message>
        <source>The API key starts with &quot;sandbox_&quot;, so it was made for bunq&apos;s sandbox, but the call went to bunq&apos;s production API. Each environment accepts only its own keys and answers any other key with this credentials error.</source>
        <translation>Der API-Schlüssel beginnt mit &quot;sandbox_&quot; und wurde daher für die Sandbox von bunq erstellt, aber der Aufruf ging an die Produktions-API von bunq. Jede Umgebung akzeptiert nur ihre eigenen Schlüssel und beantwortet jeden anderen Schlüssel mit diesem Fehler zu den Zugangsdaten.</translation>
    </message>
    <message>
        <source>Choose the bunq sandbox environment for this key, or use a production API key from the bunq app.</source>
        <translation>Wählen Sie für diesen Schlüssel die Umgebung „bunq-Sandbox“ oder verwenden Sie einen Produktions-API-Schlüssel aus der bunq-App.</translation>
    </message>
    <message>
        <source>The API key has no &quot;sandbox_&quot; prefix, so it is a production key or a damaged one, but the call went to a sandbox. A sandbox accepts only sandbox keys and answers any other key with this credentials error.</source>
        <translation>Der API-Schlüssel hat kein Präfix &quot;sandbox_&quot; und ist daher ein Produktionsschlüssel oder ein beschädigter Schlüssel, aber der Aufruf ging an eine Sandbox. Eine Sandbox akzeptiert nur Sandbox-Schlüssel und beantwortet jeden anderen Schlüssel mit diesem Fehler zu den Zugangsdaten.</translation>
    </message>
    <message>
        <source>Use a sandbox API key (creating a sandbox user gives one), or choose bunq&apos;s production environment for this key.</source>
        <translation>Verwenden Sie einen Sandbox-API-Schlüssel (das Erstellen eines Sandbox-Benutzers liefert einen) oder wählen Sie für diesen Schlüssel die Produktionsumgebung von bunq.</translation>
    </message>
    <message>
        <source>bunq did not accept the API key for a new device. The key is unknown to this environment, was revoked, was not given its first device within its activation window of a few hours, or was removed by a sandbox reset.</source>
        <translation>bunq hat den API-Schlüssel für ein neues Gerät nicht akzeptiert. Der Schlüssel ist dieser Umgebung unbekannt, wurde widerrufen, hat sein erstes Gerät nicht innerhalb seines Aktivierungsfensters von einigen Stunden erhalten oder wurde durch ein Zurücksetzen der Sandbox entfernt.</translation>
    </message>
    <message>
        <source>Check that the whole key was copied. Otherwise create a new API key (in a sandbox, a new sandbox user) and register the device with it.</source>
        <translation>Prüfen Sie, ob der ganze Schlüssel kopiert wurde. Andernfalls erstellen Sie einen neuen API-Schlüssel (in einer Sandbox einen neuen Sandbox-Benutzer) und registrieren Sie das Gerät damit.</translation>
    </message>
    <message>
        <source>The call came from an IP address that the device does not permit. A device registered for this IP only, or for a list of addresses, accepts calls from those addresses alone, so it stops working when the address changes, as home and mobile connections often do. A wildcard device (permitted IPs &quot;*&quot;) accepts calls from any address, but then the API key alone is enough to use the account from anywhere. bunq sends the same text for a wrong or revoked API key.</source>
        <translation>Der Aufruf kam von einer IP-Adresse, die das Gerät nicht zulässt. Ein Gerät, das nur für diese IP-Adresse oder für eine Liste von Adressen registriert ist, akzeptiert Aufrufe nur von diesen Adressen und funktioniert daher nicht mehr, wenn sich die Adresse ändert, wie es bei Heim- und Mobilfunkverbindungen oft geschieht. Ein Wildcard-Gerät (zulässige IP-Adressen &quot;*&quot;) akzeptiert Aufrufe von jeder Adresse, dann genügt aber der API-Schlüssel allein, um das Konto von überall aus zu nutzen. bunq sendet denselben Text für einen falschen oder widerrufenen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Register a new device from this address: keep &quot;this IP only&quot; if the address is fixed, or choose the wildcard if it changes. If the address did not change, check the API key.</source>
        <translation>Registrieren Sie ein neues Gerät von dieser Adresse aus: Behalten Sie &quot;Nur diese IP-Adresse&quot; bei, wenn die Adresse fest ist, oder wählen Sie die Wildcard, wenn sie sich ändert. Hat sich die Adresse nicht geändert, prüfen Sie den API-Schlüssel.</translation>
    </message>
    <message>
        <source>This installation already has a live session, and bunq opens one session at a time per installation.</source>
        <translation>Diese Installation hat bereits eine aktive Session, und bunq öffnet pro Installation nur eine Session gleichzeitig.</translation>
    </message>
    <message>
        <source>Keep using the open session, or end it with DELETE /v1/session/0 and then open a new one.</source>
        <translation>Verwenden Sie die offene Session weiter oder beenden Sie sie mit DELETE /v1/session/0 und öffnen Sie dann eine neue.</translation>
    </message>
    <message>
        <source>bunq refused to open a session with this installation and API key. That happens when the API key was revoked (deleted in the bunq app or replaced by a new one), or when a sandbox reset removed the installation and the key.</source>
        <translation>bunq hat es abgelehnt, mit dieser Installation und diesem API-Schlüssel eine Session zu öffnen. Das passiert, wenn der API-Schlüssel widerrufen wurde (in der bunq-App gelöscht oder durch einen neuen ersetzt) oder wenn ein Zurücksetzen der Sandbox die Installation und den Schlüssel entfernt hat.</translation>
    </message>
    <message>
        <source>Create a new API key (in a sandbox, a new sandbox user), then register the installation, the device and the session again with it.</source>
        <translation>Erstellen Sie einen neuen API-Schlüssel (in einer Sandbox einen neuen Sandbox-Benutzer) und registrieren Sie damit die Installation, das Gerät und die Session erneut.</translation>
    </message>
    <message>
        <source>The session token is no longer valid. A session ends after the user&apos;s session timeout (a week by default) unless calls extend it, at once with DELETE /v1/session, and with a sandbox reset; an installation token sent in place of a session token is refused the same way. bunq answers with 401 &quot;Insufficient authorisation.&quot; or with 403 &quot;Insufficient authentication.&quot;, which mean the same.</source>
        <translation>Das Session-Token ist nicht mehr gültig. Eine Session endet nach dem Session-Timeout des Benutzers (standardmäßig eine Woche), sofern Aufrufe sie nicht verlängern, sofort mit DELETE /v1/session und bei einem Zurücksetzen der Sandbox; ein Installationstoken, das statt eines Session-Tokens gesendet wird, wird ebenso abgelehnt. bunq antwortet mit 401 &quot;Insufficient authorisation.&quot; oder mit 403 &quot;Insufficient authentication.&quot;, was dasselbe bedeutet.</translation>
    </message>
    <message>
        <source>Open a new session with POST /v1/session-server and the installation token; the installation and the device stay valid. If bunq refuses the new session too, the API key was probably revoked.</source>
        <translation>Öffnen Sie mit POST /v1/session-server und dem Installationstoken eine neue Session; die Installation und das Gerät bleiben gültig. Lehnt bunq auch die neue Session ab, wurde der API-Schlüssel wahrscheinlich widerrufen.</translation>
    </message>
    <message>
        <source>bunq requires a body signature for this call (opening a session, creating a payment, accepting a payment or request) and found no X-Bunq-Client-Signature header, or an empty one.</source>
        <translation>bunq verlangt für diesen Aufruf eine Signatur des Bodys (Öffnen einer Session, Erstellen einer Zahlung, Annehmen einer Zahlung oder Anforderung) und hat keinen oder einen leeren X-Bunq-Client-Signature-Header gefunden.</translation>
    </message>
    <message>
        <source>Sign the exact body bytes with the installation&apos;s private key (RSA PKCS#1 v1.5 with SHA-256) and send the base64 signature in X-Bunq-Client-Signature.</source>
        <translation>Signieren Sie genau die Bytes des Bodys mit dem privaten Schlüssel der Installation (RSA PKCS#1 v1.5 mit SHA-256) und senden Sie die Base64-Signatur in X-Bunq-Client-Signature.</translation>
    </message>
    <message>
        <source>bunq could not verify the X-Bunq-Client-Signature header over the body it received, using the public key that the installation registered.</source>
        <translation>bunq konnte den Header X-Bunq-Client-Signature über den empfangenen Body nicht mit dem öffentlichen Schlüssel prüfen, den die Installation registriert hat.</translation>
    </message>
    <message>
        <source>Open the Signing tab: the signature debugger checks the usual causes (bytes changed after signing, converted line endings, another text encoding, a key other than the installation&apos;s, an old-style signature) and shows which apply.</source>
        <translation>Öffnen Sie den Reiter „Signatur“: Der Signatur-Debugger prüft die üblichen Ursachen (nach dem Signieren geänderte Bytes, umgewandelte Zeilenenden, eine andere Textkodierung, ein anderer Schlüssel als der der Installation, eine Signatur im alten Format) und zeigt, welche zutreffen.</translation>
    </message>
    <message>
        <source>bunq limits the calls per IP address and endpoint in a sliding window: 3 GET, 5 POST and 2 PUT calls per 3 seconds, and 1 session-server call per 30 seconds. This call went over the limit and was not carried out.</source>
        <translation>bunq begrenzt die Aufrufe je IP-Adresse und Endpunkt in einem gleitenden Fenster: 3 GET-, 5 POST- und 2 PUT-Aufrufe je 3 Sekunden sowie 1 session-server-Aufruf je 30 Sekunden. Dieser Aufruf hat das Limit überschritten und wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Wait a few seconds, or 30 seconds for session-server, then send the call again.</source>
        <translation>Warten Sie einige Sekunden, bei session-server 30 Sekunden, und senden Sie den Aufruf dann erneut.</translation>
    </message>
    <message>
        <source>POST /v1/sandbox-user no longer exists: bunq deprecated it in March 2020 and removed it in September 2020.</source>
        <translation>POST /v1/sandbox-user gibt es nicht mehr: bunq hat es im März 2020 als veraltet markiert und im September 2020 entfernt.</translation>
    </message>
    <message>
        <source>Create sandbox users with POST /v1/sandbox-user-person or POST /v1/sandbox-user-company; both return an API key.</source>
        <translation>Erstellen Sie Sandbox-Benutzer mit POST /v1/sandbox-user-person oder POST /v1/sandbox-user-company; beide liefern einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The server has no endpoint at this path. The path may be misspelt, lack the /v1/ prefix, or name an endpoint that bunq has retired.</source>
        <translation>Der Server hat unter diesem Pfad keinen Endpunkt. Der Pfad ist vielleicht falsch geschrieben, ihm fehlt das Präfix /v1/, oder er nennt einen Endpunkt, den bunq abgeschaltet hat.</translation>
    </message>
    <message>
        <source>Compare the path with bunq&apos;s API reference: endpoint names are lower case with dashes, such as monetary-account, with the ids between them.</source>
        <translation>Vergleichen Sie den Pfad mit der API-Referenz von bunq: Endpunktnamen sind kleingeschrieben mit Bindestrichen, etwa monetary-account, und die IDs stehen dazwischen.</translation>
    </message>
    <message>
        <source>The endpoint exists, but not for this HTTP method.</source>
        <translation>Der Endpunkt existiert, aber nicht für diese HTTP-Methode.</translation>
    </message>
    <message>
        <source>Send the call with a method that the endpoint accepts, as listed in bunq&apos;s API reference.</source>
        <translation>Senden Sie den Aufruf mit einer Methode, die der Endpunkt akzeptiert, wie in der API-Referenz von bunq aufgeführt.</translation>
    </message>
    <message>
        <source>The object that the path names does not exist, or the session&apos;s user cannot reach it: the user and account ids in a path must belong to the session&apos;s user.</source>
        <translation>Das Objekt, das der Pfad nennt, existiert nicht, oder der Benutzer der Session hat keinen Zugriff darauf: Die Benutzer- und Konto-IDs in einem Pfad müssen zum Benutzer der Session gehören.</translation>
    </message>
    <message>
        <source>Check the ids in the path against GET /v1/user and the monetary-account list.</source>
        <translation>Prüfen Sie die IDs im Pfad anhand von GET /v1/user und der Liste der Konten (monetary-account).</translation>
    </message>
    <message>
        <source>bunq is in maintenance and handles no calls for now. Nothing is wrong with the request.</source>
        <translation>bunq wird gerade gewartet und bearbeitet vorerst keine Aufrufe. Mit der Anfrage ist alles in Ordnung.</translation>
    </message>
    <message>
        <source>Send the same call again later, once the maintenance is over.</source>
        <translation>Senden Sie denselben Aufruf später erneut, wenn die Wartung vorbei ist.</translation>
    </message>
    <message>
        <source>bunq failed while handling the call. The failure is on bunq&apos;s side, not in the request.</source>
        <translation>Bei bunq ist während der Bearbeitung des Aufrufs ein Fehler aufgetreten. Der Fehler liegt bei bunq, nicht in der Anfrage.</translation>
    </message>
    <message>
        <source>Retry once. If it fails again, contact bunq support and quote the response id %1, with which they can find this call.</source>
        <translation>Versuchen Sie es einmal erneut. Schlägt es wieder fehl, wenden Sie sich an den bunq-Support und nennen Sie die Response-ID %1, mit der er diesen Aufruf finden kann.</translation>
    </message>
    <message>
        <source>The server failed while handling the call and sent no response id. bunq puts X-Bunq-Client-Response-Id on its responses, so this answer may come from a proxy or gateway between this app and bunq.</source>
        <translation>Beim Server ist während der Bearbeitung des Aufrufs ein Fehler aufgetreten, und er hat keine Response-ID gesendet. bunq setzt X-Bunq-Client-Response-Id in seine Antworten, daher stammt diese Antwort möglicherweise von einem Proxy oder Gateway zwischen dieser App und bunq.</translation>
    </message>
    <message>
        <source>Retry later. If it fails again, check any proxy on the way, and give bunq support the time of the call, as there is no response id to quote.</source>
        <translation>Versuchen Sie es später erneut. Schlägt es wieder fehl, prüfen Sie jeden Proxy auf dem Weg und nennen Sie dem bunq-Support die Uhrzeit des Aufrufs, da es keine Response-ID gibt.</translation>
    </message>
    <message>
        <source>A server on the way failed or is unavailable. Statuses such as 502 and 503 usually come from a gateway in front of bunq, or from a proxy.</source>
        <translation>Ein Server auf dem Weg hat einen Fehler gemeldet oder ist nicht verfügbar. Statuscodes wie 502 und 503 kommen meist von einem Gateway vor bunq oder von einem Proxy.</translation>
    </message>
    <message>
        <source>Send the call again in a while. If it keeps failing, check any proxy on the way.</source>
        <translation>Senden Sie den Aufruf nach einer Weile erneut. Schlägt er weiterhin fehl, prüfen Sie jeden Proxy auf dem Weg.</translation>
    </message>
    <message>
        <source>bunq rejected the content of the request; its text names the field or value it objects to.</source>
        <translation>bunq hat den Inhalt der Anfrage abgelehnt; der Fehlertext nennt das beanstandete Feld oder den beanstandeten Wert.</translation>
    </message>
    <message>
        <source>Correct what bunq&apos;s text names, then send the call again.</source>
        <translation>Korrigieren Sie, was der Fehlertext von bunq nennt, und senden Sie den Aufruf dann erneut.</translation>
    </message>
    <message>
        <source>No HTTP answer arrived: the server could not be reached, refused or dropped the connection, or the call was stopped.</source>
        <translation>Es kam keine HTTP-Antwort: Der Server war nicht erreichbar, hat die Verbindung abgelehnt oder abgebrochen, oder der Aufruf wurde gestoppt.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address (for the local sandbox, that it still runs), then retry.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Serveradresse (bei der lokalen Sandbox, ob sie noch läuft) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server did not send a complete answer in time. The call may still have taken effect on the server.</source>
        <translation>Der Server hat nicht rechtzeitig eine vollständige Antwort gesendet. Der Aufruf kann auf dem Server trotzdem ausgeführt worden sein.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry. Before repeating a payment, check whether the first one went through.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut. Prüfen Sie vor dem Wiederholen einer Zahlung, ob die erste durchgegangen ist.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent. Usual causes are a wrong system clock and a proxy or security program that intercepts HTTPS with a certificate of its own.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen, daher wurde nichts gesendet. Übliche Ursachen sind eine falsche Systemuhr und ein Proxy oder Sicherheitsprogramm, das HTTPS mit einem eigenen Zertifikat abfängt.</translation>
    </message>
    <message>
        <source>Correct the system clock or the proxy settings, then retry.</source>
        <translation>Korrigieren Sie die Systemuhr oder die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server answered with status 200, but the body is not the {&quot;Response&quot;: [...]} envelope bunq sends, so nothing was taken from it.</source>
        <translation>Der Server hat mit Status 200 geantwortet, aber der Body ist nicht der Umschlag {&quot;Response&quot;: [...]}, den bunq sendet, daher wurde nichts daraus übernommen.</translation>
    </message>
    <message>
        <source>Check that the environment&apos;s address leads to bunq&apos;s API and not to a login page or a proxy.</source>
        <translation>Prüfen Sie, ob die Adresse der Umgebung zur API von bunq führt und nicht zu einer Anmeldeseite oder einem Proxy.</translation>
    </message>
    <message>
        <source>The response&apos;s X-Bunq-Server-Signature is missing or does not verify with the server public key from the installation, so the response was not trusted.</source>
        <translation>Die X-Bunq-Server-Signature der Antwort fehlt oder besteht die Prüfung mit dem öffentlichen Serverschlüssel aus der Installation nicht, daher wurde der Antwort nicht vertraut.</translation>
    </message>
    <message>
        <source>Open the Signing tab for the checks made, then retry. If it happens again, something between this app and bunq changes the responses.</source>
        <translation>Öffnen Sie den Reiter „Signatur“, um die durchgeführten Prüfungen zu sehen, und versuchen Sie es dann erneut. Passiert es wieder, verändert etwas zwischen dieser App und bunq die Antworten.</translation>
    </message>
    <message>
        <source>The call was not sent, because a step it needs has not been done yet.</source>
        <translation>Der Aufruf wurde nicht gesendet, weil ein Schritt, den er braucht, noch nicht erledigt ist.</translation>
    </message>
    <message>
        <source>Complete the earlier step first (the installation before the device, the device before the session), then retry.</source>
        <translation>Schließen Sie zuerst den früheren Schritt ab (die Installation vor dem Gerät, das Gerät vor der Session) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server rejected the call with this status; its text says why.</source>
        <translation>Der Server hat den Aufruf mit diesem Status abgelehnt; sein Fehlertext nennt den Grund.</translation>
    </message>
    <message>
        <source>Correct the request as the text says, then send it again.</source>
        <translation>Korrigieren Sie die Anfrage so, wie der Fehlertext es verlangt, und senden Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>studio::diagnostics::SignatureDiagnosis</name>
    <message>
        <source>The body sent (%1 bytes) is not the bytes signed (%2 bytes); they differ from byte %3 on.</source>
        <extracomment>%1 and %2 are byte counts, %3 a byte offset from 0.</extracomment>
        <translation>Der gesendete Body (%1 Byte) entspricht nicht den signierten Bytes (%2 Byte). Sie unterscheiden sich ab Byte %3.</translation>
    </message>
    <message>
        <source>The signature verifies here over the body as sent, with the installation&apos;s key, so bunq should have accepted it. The bytes may have changed on the way, for example in a proxy, which this app cannot see.</source>
        <translation>Die Signatur ist hier mit dem Schlüssel der Installation für den Body, wie er gesendet wurde, gültig, daher hätte bunq sie annehmen müssen. Vielleicht haben sich die Bytes unterwegs geändert, etwa in einem Proxy. Das kann diese App nicht sehen.</translation>
    </message>
    <message>
        <source>The body sent is byte for byte the bytes signed.</source>
        <translation>Der gesendete Body stimmt Byte für Byte mit den signierten Bytes überein.</translation>
    </message>
    <message>
        <source>The signature verifies over the body as sent.</source>
        <translation>Die Signatur ist für den Body, wie er gesendet wurde, gültig.</translation>
    </message>
    <message>
        <source>The bytes signed were not recorded, so they cannot be compared with the body sent.</source>
        <translation>Die signierten Bytes wurden nicht aufgezeichnet und können daher nicht mit dem gesendeten Body verglichen werden.</translation>
    </message>
    <message>
        <source>The body has no line breaks, so there were none to convert.</source>
        <translation>Der Body enthält keine Zeilenumbrüche, daher gab es nichts umzuwandeln.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with CRLF line endings, but the body has LF line endings: they were converted after signing.</source>
        <translation>Die Signatur ist für den Body mit CRLF-Zeilenenden gültig, aber der Body hat LF-Zeilenenden: Sie wurden nach dem Signieren umgewandelt.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with LF line endings, but the body has CRLF line endings: they were converted after signing.</source>
        <translation>Die Signatur ist für den Body mit LF-Zeilenenden gültig, aber der Body hat CRLF-Zeilenenden: Sie wurden nach dem Signieren umgewandelt.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with its line endings unchanged.</source>
        <translation>Die Signatur ist für den Body mit unveränderten Zeilenenden gültig.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body with CRLF or with LF line endings either.</source>
        <translation>Die Signatur ist für den Body auch weder mit CRLF- noch mit LF-Zeilenenden gültig.</translation>
    </message>
    <message>
        <source>The body is plain ASCII, which is the same in UTF-8 and Latin-1.</source>
        <translation>Der Body besteht nur aus ASCII-Zeichen, die in UTF-8 und Latin-1 gleich sind.</translation>
    </message>
    <message>
        <source>The signature verifies over the body encoded as UTF-8, but the body is Latin-1: the text was re-encoded after signing.</source>
        <translation>Die Signatur ist für den Body in UTF-8-Kodierung gültig, aber der Body ist in Latin-1 kodiert: Der Text wurde nach dem Signieren umkodiert.</translation>
    </message>
    <message>
        <source>The signature verifies over the body encoded as Latin-1, but the body is UTF-8: the text was re-encoded after signing.</source>
        <translation>Die Signatur ist für den Body in Latin-1-Kodierung gültig, aber der Body ist in UTF-8 kodiert: Der Text wurde nach dem Signieren umkodiert.</translation>
    </message>
    <message>
        <source>The signature verifies over the body in the encoding it has.</source>
        <translation>Die Signatur ist für den Body in seiner vorliegenden Kodierung gültig.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body re-encoded between Latin-1 and UTF-8 either.</source>
        <translation>Die Signatur ist auch für den zwischen Latin-1 und UTF-8 umkodierten Body nicht gültig.</translation>
    </message>
    <message>
        <source>The key registered with the installation is not known here, so it cannot be compared with the signing key.</source>
        <translation>Der bei der Installation registrierte Schlüssel ist hier nicht bekannt und kann daher nicht mit dem Signaturschlüssel verglichen werden.</translation>
    </message>
    <message>
        <source>The installation&apos;s key verifies the signature.</source>
        <translation>Mit dem Schlüssel der Installation ist die Signatur gültig.</translation>
    </message>
    <message>
        <source>The key that signed is not known here, so it cannot be compared with the installation&apos;s key.</source>
        <translation>Der Schlüssel, mit dem signiert wurde, ist hier nicht bekannt und kann daher nicht mit dem Schlüssel der Installation verglichen werden.</translation>
    </message>
    <message>
        <source>The request was signed with the key %1, but the installation registered the key %2, and bunq verifies with that one.</source>
        <extracomment>%1 and %2 are the starts of two key fingerprints.</extracomment>
        <translation>Die Anfrage wurde mit dem Schlüssel %1 signiert, aber die Installation hat den Schlüssel %2 registriert, und bunq prüft mit diesem.</translation>
    </message>
    <message>
        <source>The request was signed with the key the installation registered (%1).</source>
        <extracomment>%1 is the start of a key fingerprint.</extracomment>
        <translation>Die Anfrage wurde mit dem Schlüssel signiert, den die Installation registriert hat (%1).</translation>
    </message>
    <message>
        <source>The signature covers the method, path and headers as well as the body, as bunq required until 2020. bunq now verifies it over the body alone.</source>
        <translation>Die Signatur deckt neben dem Body auch Methode, Pfad und Header ab, wie es bunq bis 2020 verlangte. Heute prüft bunq sie nur über den Body.</translation>
    </message>
    <message>
        <source>The signature covers the status and headers as well as the body, as bunq signed until April 2020.</source>
        <translation>Die Signatur deckt neben dem Body auch Status und Header ab, wie bunq bis April 2020 signierte.</translation>
    </message>
    <message>
        <source>The signature covers the body alone, as bunq expects.</source>
        <translation>Die Signatur deckt nur den Body ab, wie bunq es erwartet.</translation>
    </message>
    <message>
        <source>The signature does not verify over the method, path, headers and body either.</source>
        <translation>Die Signatur ist auch für Methode, Pfad, Header und Body nicht gültig.</translation>
    </message>
    <message>
        <source>The signature does not verify over the status, headers and body either.</source>
        <translation>Die Signatur ist auch für Status, Header und Body nicht gültig.</translation>
    </message>
    <message>
        <source>The request has no X-Bunq-Client-Signature header, or an empty one.</source>
        <translation>Die Anfrage hat keinen oder einen leeren X-Bunq-Client-Signature-Header.</translation>
    </message>
    <message>
        <source>The request carries a signature.</source>
        <translation>Die Anfrage trägt eine Signatur.</translation>
    </message>
    <message>
        <source>No public key is known to verify the signature with.</source>
        <translation>Es ist kein öffentlicher Schlüssel bekannt, mit dem sich die Signatur prüfen ließe.</translation>
    </message>
    <message>
        <source>The signature verifies over the body as received.</source>
        <translation>Die Signatur ist für den Body, wie er empfangen wurde, gültig.</translation>
    </message>
    <message>
        <source>The response arrived compressed and was checked after decompression; bunq may have signed the compressed bytes.</source>
        <translation>Die Antwort kam komprimiert an und wurde nach dem Dekomprimieren geprüft. Vielleicht hat bunq die komprimierten Bytes signiert.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body as received. The body may have changed on the way, or the server signed with another key; the exchange cannot tell which.</source>
        <translation>Die Signatur ist für den Body, wie er empfangen wurde, nicht gültig. Vielleicht hat sich der Body unterwegs geändert, oder der Server hat mit einem anderen Schlüssel signiert. Was davon zutrifft, lässt sich am Austausch nicht erkennen.</translation>
    </message>
    <message>
        <source>The response was checked with the key %1, but the installation&apos;s server key is %2.</source>
        <extracomment>%1 and %2 are the starts of two key fingerprints.</extracomment>
        <translation>Die Antwort wurde mit dem Schlüssel %1 geprüft, aber der Serverschlüssel der Installation ist %2.</translation>
    </message>
    <message>
        <source>The installation&apos;s server key verifies the signature.</source>
        <translation>Mit dem Serverschlüssel der Installation ist die Signatur gültig.</translation>
    </message>
    <message>
        <source>The server key verifies the signature over none of the variants tried, so the server may have signed with another key.</source>
        <translation>Mit dem Serverschlüssel ist die Signatur für keine der geprüften Varianten gültig, daher hat der Server vielleicht mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The response has no X-Bunq-Server-Signature header.</source>
        <translation>Die Antwort hat keinen X-Bunq-Server-Signature-Header.</translation>
    </message>
    <message>
        <source>The response carries a signature.</source>
        <translation>Die Antwort trägt eine Signatur.</translation>
    </message>
    <message>
        <source>The server key is not known here.</source>
        <translation>Der Serverschlüssel ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Signature missing</source>
        <translation>Signatur fehlt</translation>
    </message>
    <message>
        <source>Bytes changed after signing</source>
        <translation>Bytes nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>CRLF conversion</source>
        <extracomment>CRLF and LF are the Windows and Unix line endings.</extracomment>
        <translation>CRLF-Umwandlung</translation>
    </message>
    <message>
        <source>Different text encoding</source>
        <translation>Andere Textkodierung</translation>
    </message>
    <message>
        <source>Key does not match the installation</source>
        <translation>Schlüssel passt nicht zur Installation</translation>
    </message>
    <message>
        <source>Old-style signature over status and headers</source>
        <translation>Veraltete Signatur über Status und Header</translation>
    </message>
    <message>
        <source>Old-style signature over method, path and headers</source>
        <translation>Veraltete Signatur über Methode, Pfad und Header</translation>
    </message>
    <message>
        <source>ruled in</source>
        <extracomment>A possible cause of a rejected signature that a check confirmed.</extracomment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>ruled out</source>
        <extracomment>A possible cause of a rejected signature that a check excluded.</extracomment>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>undecided</source>
        <extracomment>A possible cause of a rejected signature that no check could decide.</extracomment>
        <translation>ungeklärt</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>not checked: the public key is not known</source>
        <translation>nicht geprüft: Der öffentliche Schlüssel ist nicht bekannt</translation>
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
    <name>studio::session::KeptCall</name>
    <message>
        <source>The call was cancelled before it was sent.</source>
        <translation>Der Aufruf wurde abgebrochen, bevor er gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>studio::session::ProxySettings</name>
    <message>
        <source>The proxy &quot;%1&quot; starts with https://, but TLS to the proxy itself is not supported. Write http:// instead: calls to bunq stay encrypted end to end through an HTTP proxy.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked.</extracomment>
        <translation>Der Proxy &quot;%1&quot; beginnt mit https://, aber TLS zum Proxy selbst wird nicht unterstützt. Schreiben Sie stattdessen http://: Aufrufe an bunq bleiben über einen HTTP-Proxy durchgehend verschlüsselt.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; starts with %2://, which is not supported. Use http:// for an HTTP proxy or socks5:// for a SOCKS5 proxy.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme, such as socks4.</extracomment>
        <translation>Der Proxy &quot;%1&quot; beginnt mit %2://, was nicht unterstützt wird. Verwenden Sie http:// für einen HTTP-Proxy oder socks5:// für einen SOCKS5-Proxy.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no scheme. Write http://%1 for an HTTP proxy or socks5://%1 for a SOCKS5 proxy.</source>
        <extracomment>%1 is the proxy as entered, with any password masked.</extracomment>
        <translation>Der Proxy &quot;%1&quot; hat kein Schema. Schreiben Sie http://%1 für einen HTTP-Proxy oder socks5://%1 für einen SOCKS5-Proxy.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a valid URL (%2). Write it as http://host:port or socks5://host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 the parser&apos;s reason.</extracomment>
        <translation>Der Proxy &quot;%1&quot; ist keine gültige URL (%2). Geben Sie ihn in der Form http://host:port oder socks5://host:port an.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no host name. Write it as %2://host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme.</extracomment>
        <translation>Der Proxy &quot;%1&quot; hat keinen Hostnamen. Geben Sie ihn in der Form %2://host:port an.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no port. Add the port the proxy listens on, from 1 to 65535, as in %2://%3:3128.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme, %3 its host.</extracomment>
        <translation>Der Proxy &quot;%1&quot; hat keinen Port. Ergänzen Sie den Port, auf dem der Proxy lauscht, von 1 bis 65535, wie in %2://%3:3128.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has something after host:port. A proxy URL ends with the port; remove the rest.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked.</extracomment>
        <translation>Der Proxy &quot;%1&quot; hat etwas nach host:port. Eine Proxy-URL endet mit dem Port; entfernen Sie den Rest.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has a password but no user name. Write it as %2://user:password@host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with the password masked; %2 its scheme.</extracomment>
        <translation>Der Proxy &quot;%1&quot; hat ein Passwort, aber keinen Benutzernamen. Geben Sie ihn in der Form %2://user:password@host:port an.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is reached over plain http://, and the proxy %2 is not on this computer, so tokens and keys would cross the network unencrypted. Use no proxy for this profile, or a proxy on 127.0.0.1.</source>
        <extracomment>%1 is the API base URL, %2 the proxy URL with any password masked.</extracomment>
        <translation>Es wurde nichts gesendet: %1 wird über unverschlüsseltes http:// erreicht, und der Proxy %2 liegt nicht auf diesem Computer, daher würden Tokens und Schlüssel unverschlüsselt über das Netzwerk gehen. Verwenden Sie für dieses Profil keinen Proxy oder einen Proxy auf 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>studio::session::SessionKeeper</name>
    <message>
        <source>The session was closed before this call could be sent.</source>
        <translation>Die Session wurde geschlossen, bevor dieser Aufruf gesendet werden konnte.</translation>
    </message>
    <message>
        <source>The session of this profile was closed, so nothing was sent. Open a new session to send calls again.</source>
        <translation>Die Session dieses Profils wurde geschlossen, daher wurde nichts gesendet. Öffnen Sie eine neue Session, um wieder Aufrufe zu senden.</translation>
    </message>
    <message>
        <source>bunq refused a new session with &quot;%1&quot; although this profile&apos;s installation and device are registered, so the API key was probably revoked in the bunq app. Create a new API key in the bunq app and set up this profile again with it.</source>
        <extracomment>%1 is bunq&apos;s error text, such as &quot;Insufficient authorisation.&quot;.</extracomment>
        <translation>bunq hat eine neue Session mit &quot;%1&quot; abgelehnt, obwohl die Installation und das Gerät dieses Profils registriert sind; der API-Schlüssel wurde daher wahrscheinlich in der bunq-App widerrufen. Erstellen Sie in der bunq-App einen neuen API-Schlüssel und richten Sie dieses Profil damit erneut ein.</translation>
    </message>
    <message>
        <source>The sandbox refused a new session with &quot;%1&quot; although this profile&apos;s installation and device are registered. The API key may have been revoked, or the sandbox may have been reset, which removes every sandbox user and API key. Create a new sandbox user, which comes with a new API key, and set up this profile again with it.</source>
        <extracomment>%1 is the sandbox&apos;s error text, such as &quot;Insufficient authorisation.&quot;.</extracomment>
        <translation>Die Sandbox hat eine neue Session mit &quot;%1&quot; abgelehnt, obwohl die Installation und das Gerät dieses Profils registriert sind. Der API-Schlüssel wurde vielleicht widerrufen, oder die Sandbox wurde zurückgesetzt, was jeden Sandbox-Benutzer und jeden API-Schlüssel entfernt. Erstellen Sie einen neuen Sandbox-Benutzer, der einen neuen API-Schlüssel mitbringt, und richten Sie dieses Profil damit erneut ein.</translation>
    </message>
    <message>
        <source>A new session needs this profile&apos;s installation and API key, and one of them is missing. Set up the profile again.</source>
        <translation>Eine neue Session braucht die Installation und den API-Schlüssel dieses Profils, und eines davon fehlt. Richten Sie das Profil erneut ein.</translation>
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
        <translation>Die Datei hat keinen session_context, daher muss vor Aufrufen eine neue Session geöffnet werden.</translation>
    </message>
    <message>
        <source>session_context has no token, so a new session must be opened.</source>
        <translation>session_context hat kein Token, daher muss eine neue Session geöffnet werden.</translation>
    </message>
    <message>
        <source>The user object has no session timeout.</source>
        <translation>Das Benutzerobjekt hat kein Session-Timeout.</translation>
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
        <translation>expiry_time %1 wird als Ortszeit dieses Computers gelesen. Eine Datei aus einer anderen Zeitzone verschiebt sie, prüfen Sie daher die Session vor der Verwendung.</translation>
    </message>
    <message>
        <source>According to expiry_time the session has expired.</source>
        <translation>Laut expiry_time ist die Session abgelaufen.</translation>
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
        <translation>Die Datei enthält einen API-Schlüssel und eine Installation für %1 und eine Session für %2 %3 (ID %4).</translation>
    </message>
    <message>
        <source>The file contains an API key and installation for %1 but no session.</source>
        <translation>Die Datei enthält einen API-Schlüssel und eine Installation für %1, aber keine Session.</translation>
    </message>
    <message>
        <source>The file was most likely written by the %1 SDK (a guess from its layout).</source>
        <translation>Die Datei wurde wahrscheinlich vom %1-SDK geschrieben (eine Schätzung anhand des Aufbaus).</translation>
    </message>
</context>
<context>
    <name>studio::storage::KeychainSecretStore</name>
    <message>
        <source>No secret service is running (%1). Start the desktop&apos;s keyring, or keep secrets in a passphrase file instead.</source>
        <translation>Es läuft kein Secret Service (%1). Starten Sie den Schlüsselbund des Desktops oder bewahren Sie die Geheimnisse stattdessen in einer Passphrase-Datei auf.</translation>
    </message>
    <message>
        <source>The secret service denied access (%1). Unlock the keyring and try again.</source>
        <translation>Der Secret Service hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret service reported an error: %1.</source>
        <translation>Der Secret Service hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The secret service did not respond within %n second(s).</source>
        <translation>
            <numerusform>Der Secret Service hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Secret Service hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a test entry failed: %1</source>
        <translation>Das Schreiben eines Testeintrags ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading back a test entry failed: %1</source>
        <translation>Das Zurücklesen eines Testeintrags ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The secret service returned other bytes than were written to it.</source>
        <translation>Der Secret Service hat andere Bytes zurückgegeben, als in ihn geschrieben wurden.</translation>
    </message>
    <message>
        <source>Deleting a test entry failed: %1</source>
        <translation>Das Löschen eines Testeintrags ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Secret service</source>
        <extracomment>Where secrets are kept: the desktop&apos;s keyring, reached over D-Bus.</extracomment>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>The secret service has no secrets for this profile (id %1). Complete the onboarding again, or import a context file.</source>
        <translation>Der Secret Service enthält keine Geheimnisse für dieses Profil (ID %1). Schließen Sie das Onboarding erneut ab oder importieren Sie eine Kontextdatei.</translation>
    </message>
    <message>
        <source>The secret service entry of this profile (id %1) cannot be read: %2</source>
        <translation>Der Secret-Service-Eintrag dieses Profils (ID %1) kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>studio::storage::PassphraseSecretStore</name>
    <message>
        <source>%1 is not a secrets file of this app. Move it away, and the next save creates a new one.</source>
        <translation>%1 ist keine Geheimnisdatei dieser App. Verschieben Sie die Datei woandershin; beim nächsten Speichern wird eine neue erstellt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this app. Update the app to read it.</source>
        <translation>%1 wurde von einer neueren Version dieser App geschrieben. Aktualisieren Sie die App, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup, or move it away and complete the onboarding of each profile again.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie woandershin und schließen Sie das Onboarding jedes Profils erneut ab.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1. Enter the passphrase that was set when the file was created.</source>
        <translation>Die Passphrase entsperrt %1 nicht. Geben Sie die Passphrase ein, die beim Erstellen der Datei festgelegt wurde.</translation>
    </message>
    <message>
        <source>%1 was changed after this app wrote it: the passphrase is right, but the content fails its integrity check. Restore the file from a backup.</source>
        <translation>%1 wurde geändert, nachdem diese App die Datei geschrieben hat: Die Passphrase ist richtig, aber der Inhalt besteht die Integritätsprüfung nicht. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2.</source>
        <translation>%1 kann nicht entschlüsselt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, so it is not a secrets file of this app. Move it away.</source>
        <translation>%1 ist größer als %2 Byte und daher keine Geheimnisdatei dieser App. Verschieben Sie die Datei woandershin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 Restore it from a backup.</source>
        <translation>%1 kann nicht gelesen werden: %2 Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot encrypt the secrets for %1: %2.</source>
        <translation>Die Geheimnisse für %1 können nicht verschlüsselt werden: %2.</translation>
    </message>
    <message>
        <source>Another program has been using %1 for %2 seconds. Close other copies of this app and try again.</source>
        <translation>Ein anderes Programm verwendet %1 seit %2 Sekunden. Schließen Sie andere Instanzen dieser App und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Passphrase file</source>
        <extracomment>Where secrets are kept: one file encrypted with a passphrase the user sets.</extracomment>
        <translation>Passphrase-Datei</translation>
    </message>
    <message>
        <source>%1 holds no secrets for this profile (id %2). Complete the onboarding again, or import a context file.</source>
        <translation>%1 enthält keine Geheimnisse für dieses Profil (ID %2). Schließen Sie das Onboarding erneut ab oder importieren Sie eine Kontextdatei.</translation>
    </message>
    <message>
        <source>The new passphrase is empty. Enter a passphrase.</source>
        <translation>Die neue Passphrase ist leer. Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>No passphrase is set for %1. Enter the passphrase.</source>
        <translation>Für %1 ist keine Passphrase festgelegt. Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>studio::storage::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1. Check that its parent folder exists and is writable.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot restrict the folder %1 to its owner. Check that you own it.</source>
        <translation>Der Zugriff auf den Ordner %1 kann nicht auf den Eigentümer beschränkt werden. Prüfen Sie, ob der Ordner Ihnen gehört.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner: %2.</source>
        <translation>Der Zugriff auf %1 kann nicht auf den Eigentümer beschränkt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the disk is not full; the previous file is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Datenträger voll ist; die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. The previous file is unchanged.</source>
        <translation>%1 kann nicht ersetzt werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>studio::storage::Profile</name>
    <message>
        <source>environment.baseUrl &quot;%1&quot; is not an http or https URL.</source>
        <translation>environment.baseUrl &quot;%1&quot; ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>environment.kind &quot;%1&quot; is unknown: expected production, sandbox or local-sandbox.</source>
        <translation>environment.kind &quot;%1&quot; ist unbekannt: Erwartet wird production, sandbox oder local-sandbox.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1 &quot;%2&quot; ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>The client private key of profile &quot;%1&quot; cannot be read: %2 Complete the onboarding again to create a new key.</source>
        <translation>Der private Client-Schlüssel von Profil &quot;%1&quot; kann nicht gelesen werden: %2 Schließen Sie das Onboarding erneut ab, um einen neuen Schlüssel zu erzeugen.</translation>
    </message>
    <message>
        <source>The server public key of profile &quot;%1&quot; cannot be read: %2 Complete the installation step again to fetch it.</source>
        <translation>Der öffentliche Serverschlüssel von Profil &quot;%1&quot; kann nicht gelesen werden: %2 Führen Sie den Installationsschritt erneut aus, um ihn abzurufen.</translation>
    </message>
    <message>
        <source>The &quot;version&quot; member is missing, so this is not a profile file.</source>
        <translation>Das Feld &quot;version&quot; fehlt, daher ist dies keine Profildatei.</translation>
    </message>
    <message>
        <source>The profile has format version %1, but this version of the app reads version %2 at most. Update the app.</source>
        <translation>Das Profil hat die Formatversion %1, aber diese Version der App liest höchstens Version %2. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID.</source>
        <translation>id &quot;%1&quot; ist keine UUID.</translation>
    </message>
</context>
<context>
    <name>studio::storage::ProfileStore</name>
    <message>
        <source>The profile file %1 does not exist. Reload the list of profiles.</source>
        <translation>Die Profildatei %1 existiert nicht. Laden Sie die Profilliste neu.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2. Check that the folder is writable.</source>
        <translation>%1 kann nicht gelöscht werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, so it is not a profile file. Move it out of the profiles folder.</source>
        <translation>%1 ist größer als %2 Byte und daher keine Profildatei. Verschieben Sie die Datei aus dem Profilordner.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and was skipped. Restore it from a backup, or delete it and create the profile again.</source>
        <translation>%1 ist beschädigt (%2) und wurde übersprungen. Stellen Sie die Datei aus einer Sicherung wieder her oder löschen Sie sie und erstellen Sie das Profil neu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 Restore it from a backup, or delete it and create the profile again.</source>
        <translation>%1 kann nicht gelesen werden: %2 Stellen Sie die Datei aus einer Sicherung wieder her oder löschen Sie sie und erstellen Sie das Profil neu.</translation>
    </message>
    <message>
        <source>%1 contains the profile id %2, which does not match its file name. Rename the file to %2.json or restore it from a backup.</source>
        <translation>%1 enthält die Profil-ID %2, die nicht zum Dateinamen passt. Benennen Sie die Datei in %2.json um oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id: ids are UUIDs such as 0f8fad5b-d9cb-469f-a165-70867728950e. Pick the profile from the list.</source>
        <translation>&quot;%1&quot; ist keine Profil-ID: IDs sind UUIDs wie 0f8fad5b-d9cb-469f-a165-70867728950e. Wählen Sie das Profil aus der Liste.</translation>
    </message>
    <message>
        <source>The profile name is empty. Enter a name.</source>
        <translation>Der Profilname ist leer. Geben Sie einen Namen ein.</translation>
    </message>
</context>
<context>
    <name>studio::storage::SecretStore</name>
    <message>
        <source>The stored secrets are not in a layout this app wrote.</source>
        <translation>Die gespeicherten Geheimnisse haben kein Format, das diese App geschrieben hat.</translation>
    </message>
    <message>
        <source>The stored secrets have layout version %1, but this version of the app reads version %2. Update the app.</source>
        <translation>Die gespeicherten Geheimnisse haben die Formatversion %1, aber diese Version der App liest Version %2. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The stored secrets are truncated or damaged.</source>
        <translation>Die gespeicherten Geheimnisse sind abgeschnitten oder beschädigt.</translation>
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
        <extracomment>%1 names the wizard page where the cause can be fixed.</extracomment>
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
    <name>studio::ui::AppShell</name>
    <message>
        <source>The profile could not be saved: %1. The session stays open; the next change tries again.</source>
        <extracomment>%1 the reason.</extracomment>
        <translation>Das Profil konnte nicht gespeichert werden: %1. Die Session bleibt offen; die nächste Änderung versucht es erneut.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret service is not used: %1</source>
        <extracomment>%1 the reason the secret service cannot be used.</extracomment>
        <translation>Der Secret Service des Desktops wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Waiting for the local sandbox to start…</source>
        <translation>Warten auf den Start der lokalen Sandbox…</translation>
    </message>
    <message>
        <source>The profile uses the local sandbox, which did not start: %1</source>
        <extracomment>%1 why the local sandbox did not start.</extracomment>
        <translation>Das Profil verwendet die lokale Sandbox, die nicht gestartet ist: %1</translation>
    </message>
    <message>
        <source>The profile is open in a window. Close that window, then delete the profile.</source>
        <translation>Das Profil ist in einem Fenster geöffnet. Schließen Sie dieses Fenster und löschen Sie dann das Profil.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Open Context File</source>
        <translation>Kontextdatei öffnen</translation>
    </message>
    <message>
        <source>bunq SDK context files (*.conf);;All files (*)</source>
        <translation>bunq-SDK-Kontextdateien (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Default profile name; %1 environment such as &quot;Local sandbox&quot;, %2 user name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checking whether the desktop&apos;s secret service responds…</source>
        <translation>Es wird geprüft, ob der Secret Service des Desktops antwortet…</translation>
    </message>
</context>
<context>
    <name>studio::ui::BodyView</name>
    <message>
        <source>unexpected character at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>unerwartetes Zeichen bei Byte %1</translation>
    </message>
    <message>
        <source>the body ends too early</source>
        <translation>der Body endet zu früh</translation>
    </message>
    <message>
        <source>invalid string at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>ungültiger String bei Byte %1</translation>
    </message>
    <message>
        <source>invalid number at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>ungültige Zahl bei Byte %1</translation>
    </message>
    <message>
        <source>more text after the JSON value at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>weiterer Text nach dem JSON-Wert bei Byte %1</translation>
    </message>
    <message>
        <source>Preparing %1 for display…</source>
        <extracomment>%1 is a size such as &quot;10.2 MB&quot;.</extracomment>
        <translation>%1 wird für die Anzeige vorbereitet…</translation>
    </message>
    <message>
        <source>JSON, indented for reading.</source>
        <translation>JSON, zum Lesen eingerückt.</translation>
    </message>
    <message>
        <source>Not JSON (%1), shown as received.</source>
        <extracomment>%1 describes the problem, e.g. &quot;unexpected character at byte 1&quot;.</extracomment>
        <translation>Kein JSON (%1), wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>Not valid UTF-8 text: the Raw tab shows the bytes in hex.</source>
        <translation>Kein gültiger UTF-8-Text: Der Reiter „Roh“ zeigt die Bytes in Hex.</translation>
    </message>
    <message>
        <source>Formatted</source>
        <extracomment>Page of a body view: the body indented for reading.</extracomment>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Tree</source>
        <extracomment>Page of a body view: the JSON body as a collapsible tree.</extracomment>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <extracomment>Page of a body view: the body exactly as received.</extracomment>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>Der Body ist kein JSON.</translation>
    </message>
    <message>
        <source>Preparing the body…</source>
        <translation>Body wird vorbereitet…</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>Preparing… %p%</source>
        <extracomment>%p is replaced by the percentage done.</extracomment>
        <translation>Wird vorbereitet… %p%</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Toggle on the Raw page of a body view.</extracomment>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes in hex: the offset, 16 bytes and their ASCII characters on each line.</source>
        <translation>Die Bytes in Hex anzeigen: in jeder Zeile der Offset, 16 Bytes und ihre ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8, so it is shown as hex.</source>
        <translation>Der Body ist kein gültiges UTF-8 und wird daher in Hex angezeigt.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>%1 in hex</source>
        <extracomment>%1 is &quot;Request body&quot; or &quot;Response body&quot;.</extracomment>
        <translation>%1 in Hex</translation>
    </message>
    <message>
        <source>%1 as received</source>
        <translation>%1 wie empfangen</translation>
    </message>
</context>
<context>
    <name>studio::ui::ContextFileDialog</name>
    <message>
        <source>%1 has %2 bytes, far more than a bunq SDK context file, so it is not one. Choose the bunq.conf file your SDK wrote.</source>
        <extracomment>%1 file name, %2 its size in bytes.</extracomment>
        <translation>%1 hat %2 Byte, weit mehr als eine Kontextdatei eines bunq-SDK, und ist daher keine. Wählen Sie die Datei bunq.conf, die Ihr SDK geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Default profile name; %1 environment, %2 file name.
----------
Default profile name; %1 environment such as &quot;bunq sandbox&quot;, %2 user name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open Context File</source>
        <translation>Kontextdatei öffnen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Client key pair:</source>
        <translation>Client-Schlüsselpaar:</translation>
    </message>
    <message>
        <source>Installation token:</source>
        <translation>Installationstoken:</translation>
    </message>
    <message>
        <source>Server public key:</source>
        <extracomment>SHA-256 fingerprint of bunq&apos;s server public key.</extracomment>
        <translation>Öffentlicher Serverschlüssel:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Session-Token:</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>The bunq user the session belongs to.</extracomment>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Expiry in the file:</source>
        <extracomment>expiry_time as written in the file.</extracomment>
        <translation>Ablauf laut Datei:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <extracomment>Parts of a session context that the file does not contain.</extracomment>
        <translation>Fehlt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <extracomment>Notes about the file: what was found, missing or odd.</extracomment>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
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
        <source>What the file contains</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Send &amp;calls to:</source>
        <extracomment>Which server the imported context&apos;s calls go to.</extracomment>
        <translation>&amp;Aufrufe senden an:</translation>
    </message>
    <message>
        <source>C&amp;heck Session</source>
        <translation>Session &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Re-open Session</source>
        <translation>Session &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Keep as a profile</source>
        <translation>Als Profil behalten</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Save as Profile</source>
        <translation>Als Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Andere &amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No file opened</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <extracomment>%1 file name.</extracomment>
        <translation>%1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Nothing was imported, and your saved profiles are unchanged. Choose another file, or export the context again from the program that wrote it.</source>
        <translation>Es wurde nichts importiert, und Ihre gespeicherten Profile sind unverändert. Wählen Sie eine andere Datei oder exportieren Sie den Kontext erneut aus dem Programm, das ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>%1
Its layout matches none of bunq&apos;s SDKs exactly.</source>
        <extracomment>%1 full path of the file, %2 SDK name such as &quot;Python&quot;.</extracomment>
        <translation>%1
Der Aufbau der Datei entspricht keinem der SDKs von bunq genau.</translation>
    </message>
    <message>
        <source>%1
Most likely written by bunq&apos;s %2 SDK.</source>
        <translation>%1
Wahrscheinlich vom %2-SDK von bunq geschrieben.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <extracomment>%1 user name, %2 user kind such as Person, %3 user id.</extracomment>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>%1 (local time; not yet checked with the server)</source>
        <extracomment>%1 the file&apos;s expiry as local time.</extracomment>
        <translation>%1 (Ortszeit; noch nicht mit dem Server geprüft)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>the session token, so a new session must be opened</source>
        <translation>das Session-Token, daher muss eine neue Session geöffnet werden</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>the expiry time</source>
        <translation>die Ablaufzeit</translation>
    </message>
    <message>
        <source>the device-server id, which bunq&apos;s SDKs do not save</source>
        <extracomment>The SDKs do not write the device-server id into their files.</extracomment>
        <translation>die device-server-ID, die die SDKs von bunq nicht speichern</translation>
    </message>
    <message>
        <source>Local sandbox built into this app (%1)</source>
        <extracomment>%1 host and port of the local sandbox.</extracomment>
        <translation>In diese App integrierte lokale Sandbox (%1)</translation>
    </message>
    <message>
        <source>The file holds no session. Re-open Session opens one on the file&apos;s installation.</source>
        <translation>Die Datei enthält keine Session. „Session erneut öffnen“ öffnet eine auf der Installation der Datei.</translation>
    </message>
    <message>
        <source>Not checked yet. The expiry time in the file comes from another program&apos;s clock, so only the server can tell whether the session is alive: Check Session sends GET /v1/user with the session token.</source>
        <translation>Noch nicht geprüft. Die Ablaufzeit in der Datei stammt von der Uhr eines anderen Programms, daher kann nur der Server sagen, ob die Session aktiv ist: „Session prüfen“ sendet GET /v1/user mit dem Session-Token.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>A new session is open for %1. It expires at %2 UTC unless it is used.</source>
        <extracomment>%1 user name, %2 expiry in UTC.</extracomment>
        <translation>Für %1 ist eine neue Session geöffnet. Sie läuft um %2 UTC ab, sofern sie nicht verwendet wird.</translation>
    </message>
    <message>
        <source>Ended: the server rejected the session token with HTTP %1. Re-open Session opens a new session on the file&apos;s installation.</source>
        <extracomment>%1 HTTP status such as 401.</extracomment>
        <translation>Beendet: Der Server hat das Session-Token mit HTTP %1 abgelehnt. „Session erneut öffnen“ öffnet eine neue Session auf der Installation der Datei.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read: %1</source>
        <extracomment>%1 what could not be read in the server&apos;s reply.</extracomment>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bunq rejected the API key or this computer&apos;s IP address. The key may be revoked, the sandbox may have been reset, or the device does not permit this IP. Run the onboarding again with a new API key.</source>
        <translation>bunq hat den API-Schlüssel oder die IP-Adresse dieses Computers abgelehnt. Der Schlüssel wurde vielleicht widerrufen, die Sandbox wurde zurückgesetzt, oder das Gerät lässt diese IP-Adresse nicht zu. Führen Sie das Onboarding mit einem neuen API-Schlüssel erneut aus.</translation>
    </message>
    <message>
        <source>The installation still has a live session, so no second one was opened. Check Session to use the one in the file.</source>
        <translation>Die Installation hat noch eine aktive Session, daher wurde keine zweite geöffnet. Verwenden Sie „Session prüfen“, um die Session aus der Datei zu nutzen.</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <extracomment>%1 one-line summary of the error.</extracomment>
        <translation>Der Aufruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Opening %1 failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Das Öffnen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Alive: GET /v1/user succeeded for %1 (id %2).</source>
        <extracomment>%1 user name, %2 user id.</extracomment>
        <translation>Aktiv: GET /v1/user war für %1 (ID %2) erfolgreich.</translation>
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
    <name>studio::ui::EndpointCompletionModel</name>
    <message>
        <source>Method</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Zweck</translation>
    </message>
</context>
<context>
    <name>studio::ui::EndpointEditor</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Relative to the API base URL: &quot;user&quot;, &quot;user/12&quot; or &quot;/v1/user/{userId}&quot;. Type to pick from the catalogue (Ctrl+Space).</source>
        <translation>Relativ zur Basis-URL der API: &quot;user&quot;, &quot;user/12&quot; oder &quot;/v1/user/{userId}&quot;. Tippen Sie, um aus dem Katalog zu wählen (Strg+Leertaste).</translation>
    </message>
    <message>
        <source>Path, e.g. user/{userId}/monetary-account</source>
        <extracomment>Placeholder of the path field.</extracomment>
        <translation>Pfad, z. B. user/{userId}/monetary-account</translation>
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
    <message>
        <source>Why: %1</source>
        <extracomment>%1 explains in plain words why the call failed.</extracomment>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is the next step after a failed call.</extracomment>
        <translation>Was zu tun ist: %1</translation>
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
        <source>%1 ms</source>
        <extracomment>Elapsed time of an HTTP call; %1 is a number of milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Qt adds Host, Connection, Accept-Encoding and Content-Length on its own.</source>
        <translation>Qt fügt Host, Connection, Accept-Encoding und Content-Length selbst hinzu.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExportContextDialog</name>
    <message>
        <source>Export Context File</source>
        <translation>Kontextdatei exportieren</translation>
    </message>
    <message>
        <source>bunq SDK context files (*.conf);;All files (*)</source>
        <translation>bunq-SDK-Kontextdateien (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Wählen Sie, wohin die Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>This is a folder. Add a file name such as bunq.conf.</source>
        <translation>Dies ist ein Ordner. Ergänzen Sie einen Dateinamen wie bunq.conf.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Eine Datei mit diesem Namen existiert und wird ersetzt.</translation>
    </message>
    <message>
        <source>The file will be readable and writable by you only.</source>
        <translation>Die Datei wird nur für Sie lesbar und beschreibbar sein.</translation>
    </message>
    <message>
        <source>Export %1 as Context File</source>
        <extracomment>%1 profile name.</extracomment>
        <translation>%1 als Kontextdatei exportieren</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>diesen Benutzer</translation>
    </message>
    <message>
        <source>This file grants full access to %1 in %2. It contains the API key, the private key and the tokens unencrypted, so anyone who gets a copy can act as this user through the API without asking you. Keep it private, never attach it to a message or a bug report, and delete it when you no longer need it.</source>
        <extracomment>%1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
        <translation>Diese Datei gewährt vollen Zugriff auf %1 in der Umgebung %2. Sie enthält den API-Schlüssel, den privaten Schlüssel und die Tokens unverschlüsselt, sodass jeder, der eine Kopie erhält, über die API als dieser Benutzer handeln kann, ohne Sie zu fragen. Halten Sie die Datei geheim, hängen Sie sie nie an eine Nachricht oder einen Fehlerbericht an und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>This is a production profile: the file can move real money.</source>
        <translation>Dies ist ein Produktionsprofil: Mit der Datei lässt sich echtes Geld bewegen.</translation>
    </message>
    <message>
        <source>I &amp;understand that this file grants full access</source>
        <translation>Ich &amp;verstehe, dass diese Datei vollen Zugriff gewährt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Restricting %1 to its owner failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Der Zugriff auf %1 konnte nicht auf den Eigentümer beschränkt werden: %2</translation>
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
    <name>studio::ui::HistoryListModel</name>
    <message>
        <source>no response</source>
        <extracomment>History row for a call that got no HTTP response (network error, timeout, cancelled).</extracomment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4  %5 ms</source>
        <extracomment>History row: %1 local time, %2 method, %3 path, %4 status, %5 milliseconds.</extracomment>
        <translation>%1  %2 %3  %4  %5 ms</translation>
    </message>
    <message>
        <source>Response id: %1</source>
        <extracomment>%1 is bunq&apos;s X-Bunq-Client-Response-Id.</extracomment>
        <translation>Response-ID: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search method, path, body, status or response id (%1)</source>
        <extracomment>Placeholder of the history&apos;s search field; %1 is its shortcut, e.g. &quot;Ctrl+F&quot;.</extracomment>
        <translation>Methode, Pfad, Body, Status oder Response-ID suchen (%1)</translation>
    </message>
    <message>
        <source>Request history, newest first</source>
        <translation>Anfrageverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <extracomment>Button: puts the selected history entry into the method, path and body fields.</extracomment>
        <translation>In den &amp;Editor laden</translation>
    </message>
    <message>
        <source>Put the method, path and body of the selected request into the editor (Return)</source>
        <translation>Methode, Pfad und Body der ausgewählten Anfrage in den Editor übernehmen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Re-se&amp;nd</source>
        <extracomment>Button: sends the selected history entry again.</extracomment>
        <translation>Erne&amp;ut senden</translation>
    </message>
    <message>
        <source>Send the selected request again, as it was sent</source>
        <translation>Die ausgewählte Anfrage erneut senden, so wie sie gesendet wurde</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>In den Editor laden</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>No requests sent yet.</source>
        <translation>Noch keine Anfragen gesendet.</translation>
    </message>
    <message>
        <source>No request matches the search.</source>
        <translation>Keine Anfrage passt zur Suche.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ImportedSessionCheck</name>
    <message>
        <source>GET /v1/user returned no user object.</source>
        <translation>GET /v1/user hat kein Benutzerobjekt geliefert.</translation>
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
    <name>studio::ui::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <extracomment>Key column of the JSON tree for a document that is a single value, not an object.</extracomment>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column title of the JSON tree: an object member&apos;s name or an array index.</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column title of the JSON tree.</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column title of the JSON tree: string, number, object and so on.</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>object</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <extracomment>A JSON type name: true or false.</extracomment>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>studio::ui::JsonTreeView</name>
    <message>
        <source>Expand all</source>
        <extracomment>Button of the JSON tree: opens every node.</extracomment>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <extracomment>Button of the JSON tree: closes every node.</extracomment>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Copy value</source>
        <extracomment>Button of the JSON tree: copies the selected node&apos;s value.</extracomment>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copies the selected value as shown (Ctrl+C): a string without quotes, an object or array as indented JSON.</source>
        <translation>Kopiert den ausgewählten Wert wie angezeigt (Strg+C): einen String ohne Anführungszeichen, ein Objekt oder Array als eingerücktes JSON.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <extracomment>Button of the JSON tree: copies the selected node&apos;s path, e.g. .Response[0].Payment.</extracomment>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copies the selected node&apos;s path in jq syntax, such as .Response[0].Payment.id (Ctrl+Shift+C).</source>
        <translation>Kopiert den Pfad des ausgewählten Knotens in jq-Syntax, etwa .Response[0].Payment.id (Strg+Umschalt+C).</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>This document has %1 nodes, more than the %2 rows that Expand all opens at once. It opened the first %3 levels. Open deeper nodes one at a time.</source>
        <extracomment>%1 is a number of nodes, %2 the limit of rows, %3 a number of levels.</extracomment>
        <translation>Dieses Dokument hat %1 Knoten, mehr als die %2 Zeilen, die „Alle aufklappen“ auf einmal öffnet. Es wurden die ersten %3 Ebenen geöffnet. Öffnen Sie tiefere Knoten einzeln.</translation>
    </message>
    <message>
        <source>This document has %1 nodes, more than the %2 rows that Expand all opens at once. Open nodes one at a time.</source>
        <extracomment>%1 is a number of nodes, %2 the limit of rows.</extracomment>
        <translation>Dieses Dokument hat %1 Knoten, mehr als die %2 Zeilen, die „Alle aufklappen“ auf einmal öffnet. Öffnen Sie die Knoten einzeln.</translation>
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
    <name>studio::ui::LargeTextView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a body view.</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Context menu of a body view.</extracomment>
        <translation>Alles &amp;auswählen</translation>
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
        <extracomment>Window title; %1 profile name, %2 environment such as &quot;bunq sandbox&quot;.
----------
Window title; %1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
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
    <message>
        <source>A new session opens at %1: bunq allows one session-server call per 30 seconds.</source>
        <extracomment>%1 a time of day in local time.</extracomment>
        <translation>Eine neue Session wird um %1 geöffnet: bunq erlaubt einen session-server-Aufruf je 30 Sekunden.</translation>
    </message>
    <message>
        <source>DELETE /v1/session failed: %1</source>
        <extracomment>%1 one-line summary of the error.</extracomment>
        <translation>DELETE /v1/session ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Open Context File…</source>
        <translation>Kontextdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>Als Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export as Context File…</source>
        <translation>Als Kontextdatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Session sch&amp;ließen</translation>
    </message>
    <message>
        <source>St&amp;art New Session</source>
        <translation>Neue Session s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Keep Session Alive</source>
        <extracomment>Menu entry; checked while the session is kept from expiring.</extracomment>
        <translation>Session a&amp;ktiv halten</translation>
    </message>
    <message>
        <source>Pro&amp;xy…</source>
        <translation>Pro&amp;xy…</translation>
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
        <translation>Die Installation und jedes in diesem Durchlauf registrierte Gerät und jede Session gehen verloren, wenn der Assistent geschlossen wird; der nächste Durchlauf beginnt wieder mit einer neuen Installation.</translation>
    </message>
</context>
<context>
    <name>studio::ui::PacingBar</name>
    <message>
        <source>Cancel &amp;wait</source>
        <extracomment>Cancels a request that waits for the rate limit.</extracomment>
        <translation>&amp;Warten abbrechen</translation>
    </message>
    <message>
        <source>Do not send the waiting request</source>
        <translation>Die wartende Anfrage nicht senden</translation>
    </message>
    <message>
        <source>Time left until the request is sent</source>
        <translation>Verbleibende Zeit, bis die Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>Calls this client may still make to the endpoint before a call waits for the rate limit</source>
        <translation>Aufrufe, die dieser Client noch an den Endpunkt senden darf, bevor ein Aufruf auf das Aufruflimit wartet</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls left (bunq allows %3 per %4 s)</source>
        <extracomment>Rate-limit budget. %1 endpoint such as &quot;GET user/{id}&quot;, %2 calls left, %3 calls allowed per window, %4 window length in seconds.</extracomment>
        <translation>%1: %2 von %3 Aufrufen übrig (bunq erlaubt %3 je %4 s)</translation>
    </message>
    <message>
        <source>%1: 0 of %2 calls left, next one in %3 s (bunq allows %2 per %4 s)</source>
        <extracomment>Rate-limit budget when it is spent. %1 endpoint such as &quot;GET user/{id}&quot;, %2 calls allowed per window, %3 seconds until the next call may go, %4 window length.</extracomment>
        <translation>%1: 0 von %2 Aufrufen übrig, nächster in %3 s (bunq erlaubt %2 je %4 s)</translation>
    </message>
    <message>
        <source>Rate limit of %1 reached: sending in %2 s…</source>
        <extracomment>%1 endpoint such as &quot;GET user/{id}&quot;, %2 seconds with one decimal.</extracomment>
        <translation>Aufruflimit von %1 erreicht: Senden in %2 s…</translation>
    </message>
</context>
<context>
    <name>studio::ui::PaginationBar</name>
    <message>
        <source>Page:</source>
        <extracomment>Caption before the Older, Newer and Future buttons of a list response.</extracomment>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Older</source>
        <extracomment>Follows the Pagination &quot;older_url&quot; of the last response.</extracomment>
        <translation>Ältere</translation>
    </message>
    <message>
        <source>Newer</source>
        <extracomment>Follows the Pagination &quot;newer_url&quot; of the last response.</extracomment>
        <translation>Neuere</translation>
    </message>
    <message>
        <source>Future</source>
        <extracomment>Follows the Pagination &quot;future_url&quot; of the last response.</extracomment>
        <translation>Zukünftige</translation>
    </message>
    <message>
        <source>Older page</source>
        <translation>Ältere Seite</translation>
    </message>
    <message>
        <source>Newer page</source>
        <translation>Neuere Seite</translation>
    </message>
    <message>
        <source>Future items</source>
        <translation>Zukünftige Einträge</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <extracomment>Page size of list calls, sent as bunq&apos;s &quot;count&quot; query parameter.</extracomment>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>default (10)</source>
        <extracomment>Shown in the count box when no count is sent, so bunq uses its default.</extracomment>
        <translation>Standard (10)</translation>
    </message>
    <message>
        <source>Items per page for GET calls, 1 to 200; sent as &quot;count&quot;</source>
        <translation>Einträge pro Seite für GET-Aufrufe, 1 bis 200; gesendet als &quot;count&quot;</translation>
    </message>
</context>
<context>
    <name>studio::ui::PassphraseDialog</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <extracomment>%1 is the minimum number of characters.</extracomment>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie in beide Felder dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Set a Passphrase for Your Secrets</source>
        <translation>Passphrase für Ihre Geheimnisse festlegen</translation>
    </message>
    <message>
        <source>The API keys, private keys and tokens of your profiles will be kept in %1, encrypted with this passphrase. The app asks for it once per start. It cannot be recovered: without it, the secrets in the file are lost and the profiles need a new onboarding.</source>
        <extracomment>%1 is the path of the encrypted file.</extracomment>
        <translation>Die API-Schlüssel, privaten Schlüssel und Tokens Ihrer Profile werden in %1 aufbewahrt, verschlüsselt mit dieser Passphrase. Die App fragt einmal pro Start danach. Die Passphrase lässt sich nicht wiederherstellen: Ohne sie sind die Geheimnisse in der Datei verloren, und die Profile brauchen ein neues Onboarding.</translation>
    </message>
    <message>
        <source>&amp;Set Passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <source>Unlock Your Secrets</source>
        <translation>Geheimnisse entsperren</translation>
    </message>
    <message>
        <source>The API keys, private keys and tokens of your profiles are kept in %1, encrypted with your passphrase. Enter it to continue.</source>
        <extracomment>%1 is the path of the encrypted file.</extracomment>
        <translation>Die API-Schlüssel, privaten Schlüssel und Tokens Ihrer Profile werden in %1 aufbewahrt, verschlüsselt mit Ihrer Passphrase. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret service is not used: %1</source>
        <extracomment>%1 explains why the desktop&apos;s secret service cannot be used.</extracomment>
        <translation>Der Secret Service des Desktops wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>S&amp;how characters</source>
        <translation>Zeichen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
</context>
<context>
    <name>studio::ui::PlaceholderStrip</name>
    <message>
        <source>Value of %1</source>
        <extracomment>Accessible name of the box for a path placeholder; %1 its name, e.g. &quot;userId&quot;.</extracomment>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Fills {%1} in the path. The list offers the values seen in this session.</source>
        <translation>Füllt {%1} im Pfad aus. Die Liste bietet die in dieser Session gesehenen Werte an.</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Shown in red beside a path placeholder that has no value yet.</extracomment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>Shows the path Send will call after filling in the placeholders; %1 the path.</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Send calls %1</source>
        <translation>„Senden“ ruft %1 auf</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProfileListDialog</name>
    <message>
        <source>this IP only: the address the device registration came from</source>
        <extracomment>Device permitted-IP setting: bunq bound the device to the caller&apos;s address.</extracomment>
        <translation>nur diese IP-Adresse: die Adresse, von der die Geräteregistrierung kam</translation>
    </message>
    <message>
        <source>any IP (wildcard)</source>
        <extracomment>Device permitted-IP setting: usable from any address.</extracomment>
        <translation>jede IP-Adresse (Wildcard)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile; %1 the original&apos;s name.</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete Profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <extracomment>%1 profile name, %2 where the secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>Das Profil &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Its settings and its API key, private key and tokens are removed from this computer (%1). The API key itself stays valid at bunq until you revoke it there; export the profile first if you still need it.</source>
        <translation>Seine Einstellungen sowie sein API-Schlüssel, sein privater Schlüssel und seine Tokens werden von diesem Computer entfernt (%1). Der API-Schlüssel selbst bleibt bei bunq gültig, bis Sie ihn dort widerrufen; exportieren Sie das Profil vorher, wenn Sie es noch brauchen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 environment name, %2 its API base URL.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · id %3</source>
        <extracomment>%1 user name, %2 user kind such as Person, %3 user id.</extracomment>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <source>%1 · not registered by this app</source>
        <extracomment>%1 device description, %2 device-server id.</extracomment>
        <translation>%1 · nicht von dieser App registriert</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <translation>keiner: direkte Verbindung</translation>
    </message>
    <message>
        <source>none known: the first call opens a new one when needed</source>
        <translation>keine bekannt: Der erste Aufruf öffnet bei Bedarf eine neue</translation>
    </message>
    <message>
        <source>id %1 · expires %2 unless used or renewed</source>
        <extracomment>%1 session id, %2 expiry in UTC.</extracomment>
        <translation>ID %1 · Ablauf %2, sofern nicht verwendet oder erneuert</translation>
    </message>
    <message>
        <source>id %1 · expiry unknown</source>
        <extracomment>%1 session id.</extracomment>
        <translation>ID %1 · Ablauf unbekannt</translation>
    </message>
    <message>
        <source>created %1 · last saved %2</source>
        <extracomment>%1 when the profile was created, %2 when it was last saved, both in local time.</extracomment>
        <translation>erstellt %1 · zuletzt gespeichert %2</translation>
    </message>
    <message>
        <source>Profiles — bunq Session Studio</source>
        <translation>Profile — bunq Session Studio</translation>
    </message>
    <message>
        <source>Each profile keeps one completed onboarding: the environment, the user, the device and the session. Open one to continue where you left off, or start a new one.</source>
        <translation>Jedes Profil bewahrt ein abgeschlossenes Onboarding auf: die Umgebung, den Benutzer, das Gerät und die Session. Öffnen Sie eines, um dort weiterzumachen, wo Sie aufgehört haben, oder beginnen Sie ein neues.</translation>
    </message>
    <message>
        <source>No profiles yet. New Profile starts the onboarding; Open Context File reads the bunq.conf of one of bunq&apos;s SDKs.</source>
        <translation>Noch keine Profile. „Neues Profil“ startet das Onboarding; „Kontextdatei öffnen“ liest die bunq.conf eines der SDKs von bunq.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Ausgewähltes Profil</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>The bunq user of the profile.</extracomment>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Device:</source>
        <extracomment>The bunq device-server of the profile.</extracomment>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Bound IPs:</source>
        <extracomment>The IP addresses the device was bound to.</extracomment>
        <translation>Gebundene IP-Adressen:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <extracomment>The proxy the profile&apos;s calls go through.</extracomment>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Edit &amp;Proxy…</source>
        <translation>&amp;Proxy bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Open Conte&amp;xt File…</source>
        <translation>&amp;Kontextdatei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the profile in the list (F2)</source>
        <translation>Das Profil in der Liste umbenennen (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Secrets are kept in: %1</source>
        <extracomment>%1 where the secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>Geheimnisse werden aufbewahrt in: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProfileListModel</name>
    <message>
        <source>—</source>
        <extracomment>Shown where a value does not exist.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <extracomment>%1 user name, %2 user id.</extracomment>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the profile list.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>Column of the profile list.</extracomment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column of the profile list: the bunq user.</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last saved</source>
        <extracomment>Column of the profile list: when the profile was last saved.</extracomment>
        <translation>Zuletzt gespeichert</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProfileManager</name>
    <message>
        <source>Saving the secrets of %1 in %2…</source>
        <translation>Geheimnisse von %1 werden in %2 gespeichert…</translation>
    </message>
    <message>
        <source>Reading the secrets of %1 from %2…</source>
        <translation>Geheimnisse von %1 werden aus %2 gelesen…</translation>
    </message>
    <message>
        <source>Copying secrets in %1…</source>
        <translation>Geheimnisse werden in %1 kopiert…</translation>
    </message>
    <message>
        <source>Removing secrets from %1…</source>
        <translation>Geheimnisse werden aus %1 entfernt…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>The secrets stay locked because no passphrase was entered.</source>
        <translation>Die Geheimnisse bleiben gesperrt, weil keine Passphrase eingegeben wurde.</translation>
    </message>
    <message>
        <source>%1 If this profile was saved while the desktop&apos;s secret service was running, its secrets are there, but the secret service is unavailable now: %2</source>
        <extracomment>%1 the store&apos;s error, %2 why the secret service is unavailable.</extracomment>
        <translation>%1 Wenn dieses Profil gespeichert wurde, während der Secret Service des Desktops lief, liegen seine Geheimnisse dort, aber der Secret Service ist jetzt nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProxyDialog</name>
    <message>
        <source>Proxy for This Profile</source>
        <translation>Proxy für dieses Profil</translation>
    </message>
    <message>
        <source>Calls of this profile go through the proxy given here, for example http://127.0.0.1:3128 or socks5://user:password@127.0.0.1:1080. Leave it empty to connect directly. bunq binds a device to the IP addresses it sees, so a proxy can change which device registrations still work.</source>
        <translation>Aufrufe dieses Profils gehen über den hier angegebenen Proxy, zum Beispiel http://127.0.0.1:3128 oder socks5://user:password@127.0.0.1:1080. Lassen Sie das Feld leer, um direkt zu verbinden. bunq bindet ein Gerät an die IP-Adressen, die es sieht, daher kann ein Proxy ändern, welche Geräteregistrierungen noch funktionieren.</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <extracomment>Placeholder of the proxy field when it is empty.</extracomment>
        <translation>keiner: direkte Verbindung</translation>
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
        <source>Request body (JSON)</source>
        <translation>Body der Anfrage (JSON)</translation>
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
        <source>&amp;Body</source>
        <extracomment>Tab with the JSON body editor.</extracomment>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <extracomment>Tab with the request history. Alt+H opens the Help menu, hence the &quot;o&quot;.</extracomment>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>JSON body for POST and PUT, e.g. {&quot;description&quot;: &quot;Test&quot;}</source>
        <extracomment>Placeholder of the request body editor.</extracomment>
        <translation>JSON-Body für POST und PUT, z. B. {&quot;description&quot;: &quot;Test&quot;}</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Button that re-indents the JSON body.</extracomment>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON body; undo reverts it (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. &quot;Ctrl+Shift+F&quot;.</extracomment>
        <translation>JSON-Body einrücken; „Rückgängig“ stellt den vorigen Stand wieder her (%1)</translation>
    </message>
    <message>
        <source>Cop&amp;y as cURL</source>
        <extracomment>Copies a curl command line that repeats the last request.</extracomment>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Include the session token</source>
        <extracomment>Menu item of &quot;Copy as cURL&quot;; unchecked, the token is masked in the command.</extracomment>
        <translation>Session-Token einschließen</translation>
    </message>
    <message>
        <source>Fill in %1 below the path before sending. Nothing was sent.</source>
        <extracomment>%1 lists the placeholders, e.g. &quot;{paymentId}&quot;.</extracomment>
        <translation>Füllen Sie vor dem Senden %1 unter dem Pfad aus. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <extracomment>JSON problem under the body editor; %1 line, %2 column, %3 the parser&apos;s message.</extracomment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Copied the curl command with the session token: treat it like a password.</source>
        <translation>Der curl-Befehl wurde mit dem Session-Token kopiert: Behandeln Sie ihn wie ein Passwort.</translation>
    </message>
    <message>
        <source>Copied the curl command with the session token masked. To run it, choose &quot;Include the session token&quot; in the button&apos;s menu.</source>
        <translation>Der curl-Befehl wurde mit maskiertem Session-Token kopiert. Um ihn auszuführen, wählen Sie im Menü der Schaltfläche &quot;Session-Token einschließen&quot;.</translation>
    </message>
    <message>
        <source>Copy a curl command that sends the last request again, signature included. The arrow (or Down) chooses whether the session token is included.</source>
        <translation>Einen curl-Befehl kopieren, der die letzte Anfrage samt Signatur erneut sendet. Über den Pfeil (oder die Nach-unten-Taste) wählen Sie, ob das Session-Token enthalten ist.</translation>
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
    <name>studio::ui::SandboxMoneyBar</name>
    <message>
        <source>Balance of account %1: %2 %3</source>
        <extracomment>%1 monetary account id, %2 currency such as &quot;EUR&quot;, %3 amount as bunq sent it.</extracomment>
        <translation>Saldo von Konto %1: %2 %3</translation>
    </message>
    <message>
        <source>Sandbo&amp;x money:</source>
        <extracomment>Caption of the amount box for sandbox money.</extracomment>
        <translation>Sandbo&amp;x-Geld:</translation>
    </message>
    <message>
        <source>Amount of sandbox money</source>
        <translation>Betrag an Sandbox-Geld</translation>
    </message>
    <message>
        <source>sugardaddy@bunq.com gives up to EUR 500.00 per request</source>
        <translation>sugardaddy@bunq.com gibt bis zu EUR 500.00 pro Anforderung</translation>
    </message>
    <message>
        <source>&amp;Get sandbox money</source>
        <extracomment>Button: requests sandbox money from sugardaddy@bunq.com and shows the new balance.</extracomment>
        <translation>Sandbox-Geld an&amp;fordern</translation>
    </message>
    <message>
        <source>Send a request-inquiry to sugardaddy@bunq.com, then read the account&apos;s balance</source>
        <translation>Eine Zahlungsanforderung (request-inquiry) an sugardaddy@bunq.com senden und dann den Saldo des Kontos abrufen</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxMoneyFlow</name>
    <message>
        <source>No session user: open a session first.</source>
        <translation>Kein Session-Benutzer: Öffnen Sie zuerst eine Session.</translation>
    </message>
    <message>
        <source>Looking up your bank account…</source>
        <translation>Ihr Bankkonto wird gesucht…</translation>
    </message>
    <message>
        <source>Could not list your bank accounts: %1</source>
        <translation>Ihre Bankkonten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The account list has no account to put money on: %1</source>
        <translation>Die Kontoliste enthält kein Konto, auf das Geld gebucht werden kann: %1</translation>
    </message>
    <message>
        <source>sugardaddy@bunq.com did not accept the request: %1</source>
        <translation>sugardaddy@bunq.com hat die Anforderung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Waiting for sugardaddy@bunq.com to pay…</source>
        <translation>Warten auf die Zahlung von sugardaddy@bunq.com…</translation>
    </message>
    <message>
        <source>The money was requested, but reading the balance failed: %1</source>
        <translation>Das Geld wurde angefordert, aber das Abrufen des Saldos ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The money was requested, but the balance could not be read: %1</source>
        <translation>Das Geld wurde angefordert, aber der Saldo konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Asking sugardaddy@bunq.com for EUR %1 for account %2…</source>
        <extracomment>%1 amount such as &quot;500.00&quot;, %2 monetary account id.</extracomment>
        <translation>EUR %1 für Konto %2 werden bei sugardaddy@bunq.com angefordert…</translation>
    </message>
    <message>
        <source>Reading the new balance…</source>
        <translation>Neuer Saldo wird abgerufen…</translation>
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
    <name>studio::ui::SaveProfileDialog</name>
    <message>
        <source>Save as Profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>The session is open. Save it as a profile to open it again after a restart without another onboarding: the environment, user, device and session are kept.</source>
        <translation>Die Session ist offen. Speichern Sie sie als Profil, um sie nach einem Neustart ohne erneutes Onboarding wieder zu öffnen: Umgebung, Benutzer, Gerät und Session bleiben erhalten.</translation>
    </message>
    <message>
        <source>The API key, private key and tokens go to: %1.</source>
        <extracomment>%1 where secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>Der API-Schlüssel, der private Schlüssel und die Tokens werden gespeichert in: %1.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
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
    <message>
        <source>Profile</source>
        <extracomment>The saved profile this session belongs to.</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>The proxy the profile&apos;s calls go through.</extracomment>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Keep the session alive while the app is open</source>
        <extracomment>Sends GET /v1/user shortly before the session would expire.</extracomment>
        <translation>Session a&amp;ktiv halten, solange die App geöffnet ist</translation>
    </message>
    <message>
        <source>Shortly before the session would end, GET /v1/user is sent, and bunq extends a session that is used in its last 30 seconds.</source>
        <translation>Kurz bevor die Session enden würde, wird GET /v1/user gesendet, und bunq verlängert eine Session, die in ihren letzten 30 Sekunden verwendet wird.</translation>
    </message>
    <message>
        <source>C&amp;lose Session</source>
        <translation>Session sch&amp;ließen</translation>
    </message>
    <message>
        <source>Ends the session at bunq with DELETE /v1/session. The installation and device stay, so a new session opens without onboarding.</source>
        <translation>Beendet die Session bei bunq mit DELETE /v1/session. Installation und Gerät bleiben bestehen, sodass sich eine neue Session ohne Onboarding öffnen lässt.</translation>
    </message>
    <message>
        <source>St&amp;art New Session</source>
        <translation>Neue Session s&amp;tarten</translation>
    </message>
    <message>
        <source>Opens a new session with POST /v1/session-server on the installation token.</source>
        <translation>Öffnet mit POST /v1/session-server und dem Installationstoken eine neue Session.</translation>
    </message>
    <message>
        <source>Session open.</source>
        <translation>Session offen.</translation>
    </message>
    <message>
        <source>No usable session: the next call opens a new one first.</source>
        <translation>Keine verwendbare Session: Der nächste Aufruf öffnet zuerst eine neue.</translation>
    </message>
    <message>
        <source>Opening a new session…</source>
        <translation>Neue Session wird geöffnet…</translation>
    </message>
    <message>
        <source>Renewal stopped: bunq refused a new session.</source>
        <translation>Erneuerung gestoppt: bunq hat eine neue Session abgelehnt.</translation>
    </message>
    <message>
        <source>Session closed. Calls fail until a new session is started.</source>
        <translation>Session geschlossen. Aufrufe schlagen fehl, bis eine neue Session gestartet wird.</translation>
    </message>
    <message>
        <source>En&amp;ter a New API Key…</source>
        <translation>&amp;Neuen API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Runs the onboarding again with a new user of the local sandbox, and keeps the result in this profile.</source>
        <translation>Führt das Onboarding mit einem neuen Benutzer der lokalen Sandbox erneut aus und speichert das Ergebnis in diesem Profil.</translation>
    </message>
    <message>
        <source>Runs the onboarding again with a new API key, and keeps the result in this profile.</source>
        <translation>Führt das Onboarding mit einem neuen API-Schlüssel erneut aus und speichert das Ergebnis in diesem Profil.</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <translation>keiner: direkte Verbindung</translation>
    </message>
    <message>
        <source>expiry unknown: the server did not tell when this session started</source>
        <translation>Ablauf unbekannt: Der Server hat nicht mitgeteilt, wann diese Session begann</translation>
    </message>
    <message>
        <source>E&amp;dit Proxy…</source>
        <translation>Proxy &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>New Sandbox Use&amp;r…</source>
        <translation>Neuer Sandbox-Benutze&amp;r…</translation>
    </message>
</context>
<context>
    <name>studio::ui::SignatureDebugger</name>
    <message>
        <source>Request signature</source>
        <translation>Signatur der Anfrage</translation>
    </message>
    <message>
        <source>Copy the signed bytes</source>
        <translation>Die signierten Bytes kopieren</translation>
    </message>
    <message>
        <source>Copy the request signature</source>
        <translation>Die Signatur der Anfrage kopieren</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <source>Checked here:</source>
        <translation>Hier geprüft:</translation>
    </message>
    <message>
        <source>With the installation&apos;s key:</source>
        <translation>Mit dem Schlüssel der Installation:</translation>
    </message>
    <message>
        <source>Why bunq may have rejected it</source>
        <translation>Warum bunq sie abgelehnt haben könnte</translation>
    </message>
    <message>
        <source>Response signature</source>
        <translation>Signatur der Antwort</translation>
    </message>
    <message>
        <source>Copy the response body</source>
        <translation>Den Body der Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the response signature</source>
        <translation>Die Signatur der Antwort kopieren</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>Serverschlüssel:</translation>
    </message>
    <message>
        <source>Why the signature does not verify</source>
        <translation>Warum die Signatur die Prüfung nicht besteht</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Der Body der Antwort ist leer.</translation>
    </message>
    <message>
        <source>Nothing: the request was not signed.</source>
        <translation>Nichts: Die Anfrage wurde nicht signiert.</translation>
    </message>
    <message>
        <source>No bytes: the signature covers an empty body.</source>
        <translation>Keine Bytes: Die Signatur deckt einen leeren Body ab.</translation>
    </message>
    <message>
        <source>These bytes contain carriage returns, non-ASCII bytes or control characters, which only the hex view shows exactly.</source>
        <translation>Diese Bytes enthalten Wagenrückläufe, Nicht-ASCII-Bytes oder Steuerzeichen, die nur die Hex-Ansicht exakt zeigt.</translation>
    </message>
    <message>
        <source>The API key is masked here; reveal secrets to see the exact bytes. The checks ran over the real bytes.</source>
        <translation>Der API-Schlüssel ist hier maskiert; zeigen Sie die Geheimnisse an, um die genauen Bytes zu sehen. Die Prüfungen liefen über die echten Bytes.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes shown)</source>
        <extracomment>%1 is the number of bytes shown, %2 the total.</extracomment>
        <translation>(die ersten %1 von %2 Bytes werden angezeigt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a cause such as &quot;CRLF conversion&quot;, %2 &quot;ruled in&quot;, &quot;ruled out&quot; or &quot;undecided&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No call made yet.</source>
        <translation>Noch kein Aufruf erfolgt.</translation>
    </message>
    <message>
        <source>bunq rejected the request signature with HTTP %1. The usual causes below were checked here.</source>
        <extracomment>%1 is the HTTP status.</extracomment>
        <translation>bunq hat die Signatur der Anfrage mit HTTP %1 abgelehnt. Die üblichen Ursachen unten wurden hier geprüft.</translation>
    </message>
    <message>
        <source>bunq rejected the request signature with HTTP %1, &quot;%2&quot; The usual causes below were checked here.</source>
        <extracomment>%1 is the HTTP status, %2 bunq&apos;s error text as sent.</extracomment>
        <translation>bunq hat die Signatur der Anfrage mit HTTP %1 abgelehnt, &quot;%2&quot; Die üblichen Ursachen unten wurden hier geprüft.</translation>
    </message>
    <message>
        <source>The request was not signed.</source>
        <translation>Die Anfrage wurde nicht signiert.</translation>
    </message>
    <message>
        <source>No response arrived, so bunq&apos;s verdict on the signature is not known.</source>
        <translation>Es kam keine Antwort, daher ist das Urteil von bunq über die Signatur nicht bekannt.</translation>
    </message>
    <message>
        <source>bunq did not object to the signature (HTTP %1). It checks signatures only on some calls, such as session-server and payments.</source>
        <extracomment>%1 is the HTTP status.</extracomment>
        <translation>bunq hatte keine Einwände gegen die Signatur (HTTP %1). bunq prüft Signaturen nur bei manchen Aufrufen, etwa session-server und Zahlungen.</translation>
    </message>
    <message>
        <source>The response carries no server signature.</source>
        <translation>Die Antwort trägt keine Serversignatur.</translation>
    </message>
    <message>
        <source>The server signature does not verify with the server key.</source>
        <translation>Die Serversignatur besteht die Prüfung mit dem Serverschlüssel nicht.</translation>
    </message>
    <message>
        <source>The server signature is valid.</source>
        <translation>Die Serversignatur ist gültig.</translation>
    </message>
    <message>
        <source>The server signature was not checked: no server key is known for this call.</source>
        <translation>Die Serversignatur wurde nicht geprüft: Für diesen Aufruf ist kein Serverschlüssel bekannt.</translation>
    </message>
    <message>
        <source>The response carries no server signature, and none was expected.</source>
        <translation>Die Antwort trägt keine Serversignatur, und es wurde auch keine erwartet.</translation>
    </message>
    <message>
        <source>Bytes signed:</source>
        <translation>Signierte Bytes:</translation>
    </message>
    <message>
        <source>Show as hex</source>
        <extracomment>Shows the signed request bytes as a hex dump instead of text.
----------
Shows the response body as a hex dump instead of text.</extracomment>
        <translation>Als Hex anzeigen</translation>
    </message>
    <message>
        <source>Show the signed bytes as hex</source>
        <translation>Die signierten Bytes in Hex anzeigen</translation>
    </message>
    <message>
        <source>X-Bunq-Client-Signature:</source>
        <translation>X-Bunq-Client-Signature:</translation>
    </message>
    <message>
        <source>Copy the causes</source>
        <translation>Die Ursachen kopieren</translation>
    </message>
    <message>
        <source>Body verified:</source>
        <translation>Geprüfter Body:</translation>
    </message>
    <message>
        <source>Show the response body as hex</source>
        <translation>Den Body der Antwort in Hex anzeigen</translation>
    </message>
    <message>
        <source>X-Bunq-Server-Signature:</source>
        <translation>X-Bunq-Server-Signature:</translation>
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
    <name>studio::ui::SigningTab</name>
    <message>
        <source>Open the signature debugger</source>
        <extracomment>Button on the Signing tab of an exchange with a large body.</extracomment>
        <translation>Signatur-Debugger öffnen</translation>
    </message>
    <message>
        <source>Shows every signed byte and checks the signatures again. The window stops responding while it lays out the body.</source>
        <translation>Zeigt jedes signierte Byte und prüft die Signaturen erneut. Das Fenster reagiert nicht, während es den Body darstellt.</translation>
    </message>
    <message>
        <source>This exchange has a body of %1. The signature debugger would stop the window from responding for seconds while it shows all of it, so the signing details are summarised here.</source>
        <extracomment>%1 is a size such as &quot;10.5 MB&quot;.</extracomment>
        <translation>Dieser Austausch hat einen Body von %1. Der Signatur-Debugger würde das Fenster sekundenlang blockieren, während er ihn vollständig anzeigt, daher sind die Signaturdetails hier zusammengefasst.</translation>
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
