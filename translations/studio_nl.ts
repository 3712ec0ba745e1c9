<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FailureHint</name>
    <message>
        <source>bunq rejected the API key or the IP address this call came from. Check that the key belongs to the chosen environment (sandbox keys start with &quot;sandbox_&quot;), fix it on the API key page, then retry.</source>
        <translation>bunq heeft de API-sleutel of het IP-adres van deze aanroep geweigerd. Controleer of de sleutel bij de gekozen omgeving hoort (sandboxsleutels beginnen met &quot;sandbox_&quot;), pas hem aan op de pagina API-sleutel en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server did not accept the authentication token. Generate a new key pair on the key pair page to start a fresh installation.</source>
        <translation>De server heeft het authenticatietoken niet geaccepteerd. Genereer op de pagina Sleutelpaar een nieuw sleutelpaar om een nieuwe installatie te beginnen.</translation>
    </message>
    <message>
        <source>The server requires a signed request for this call. Check the Signing tab of the exchange below.</source>
        <translation>De server verwacht voor deze aanroep een ondertekend verzoek. Bekijk het tabblad Ondertekening van de uitwisseling hieronder.</translation>
    </message>
    <message>
        <source>The server failed or is in maintenance. Wait a moment, then retry.</source>
        <translation>De server heeft een fout of is in onderhoud. Wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server rejected the request; its message above says why. Fix the cause, then retry.</source>
        <translation>De server heeft het verzoek geweigerd; de melding hierboven zegt waarom. Los de oorzaak op en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server could not be reached. For the local sandbox, restart the app; for bunq&apos;s servers, check the network connection. Then retry.</source>
        <translation>De server is niet bereikbaar. Start voor de lokale sandbox de app opnieuw; controleer voor de servers van bunq de netwerkverbinding. Probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network connection, then retry.</source>
        <translation>De server heeft niet op tijd geantwoord. Controleer de netwerkverbinding en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The secure connection failed, so nothing was sent. Check the system clock and any proxy that intercepts HTTPS, then retry.</source>
        <translation>De beveiligde verbinding is mislukt, dus er is niets verzonden. Controleer de systeemklok en eventuele proxy’s die HTTPS onderscheppen, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server answered, but not with a bunq response, so nothing was taken from it. Check that the environment points at a bunq API.</source>
        <translation>De server antwoordde, maar niet met een bunq-antwoord, dus er is niets uit overgenomen. Controleer of de omgeving naar een bunq-API wijst.</translation>
    </message>
    <message>
        <source>The response&apos;s server signature is missing or invalid, so the response was not trusted. Retry; if it happens again, something between this app and the server changes the responses.</source>
        <translation>De serverhandtekening van het antwoord ontbreekt of is ongeldig, dus het antwoord is niet vertrouwd. Probeer het opnieuw; gebeurt het weer, dan wijzigt iets tussen deze app en de server de antwoorden.</translation>
    </message>
    <message>
        <source>Too many calls to this endpoint. Wait a few seconds, then retry.</source>
        <translation>Te veel aanroepen naar dit endpoint. Wacht een paar seconden en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>A step before this one has not finished. Go back and complete it, then retry.</source>
        <translation>Een eerdere stap is nog niet afgerond. Ga terug, rond die stap af en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>ResponseParsers</name>
    <message numerus="yes">
        <source>The response has %n item(s), so item %1 (&quot;%2&quot;) is missing.</source>
        <extracomment>%n is the number of items, %1 the position of the missing one, %2 its key.</extracomment>
        <translation>
            <numerusform>Het antwoord heeft %n item, dus item %1 (&quot;%2&quot;) ontbreekt.</numerusform>
            <numerusform>Het antwoord heeft %n items, dus item %1 (&quot;%2&quot;) ontbreekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of the response should be &quot;%2&quot; but has the keys: %3.</source>
        <translation>Item %1 van het antwoord zou &quot;%2&quot; moeten zijn, maar heeft de sleutels: %3.</translation>
    </message>
    <message>
        <source>ApiKey.api_key is missing or empty.</source>
        <translation>ApiKey.api_key ontbreekt of is leeg.</translation>
    </message>
    <message>
        <source>Token.token is missing or empty.</source>
        <translation>Token.token ontbreekt of is leeg.</translation>
    </message>
    <message>
        <source>ServerPublicKey.server_public_key is missing or empty.</source>
        <translation>ServerPublicKey.server_public_key ontbreekt of is leeg.</translation>
    </message>
    <message>
        <source>Id.id is missing or not a positive number.</source>
        <translation>Id.id ontbreekt of is geen positief getal.</translation>
    </message>
    <message>
        <source>Expected a UserPerson, UserCompany, UserApiKey or UserPaymentServiceProvider object, found: %1.</source>
        <translation>Verwacht werd een UserPerson-, UserCompany-, UserApiKey- of UserPaymentServiceProvider-object, gevonden: %1.</translation>
    </message>
    <message>
        <source>%1.id is missing or not a positive number.</source>
        <translation>%1.id ontbreekt of is geen positief getal.</translation>
    </message>
    <message>
        <source>UserApiKey.requested_by_user has no positive session_timeout.</source>
        <translation>UserApiKey.requested_by_user heeft geen positieve session_timeout.</translation>
    </message>
    <message>
        <source>%1.session_timeout is missing or not positive.</source>
        <translation>%1.session_timeout ontbreekt of is niet positief.</translation>
    </message>
    <message>
        <source>The response has no user object (item 3).</source>
        <translation>Het antwoord bevat geen gebruikersobject (item 3).</translation>
    </message>
    <message>
        <source>Token.created is &quot;%1&quot;, not a time in the form YYYY-MM-DD hh:mm:ss.ffffff.</source>
        <translation>Token.created is &quot;%1&quot;, geen tijd in de vorm JJJJ-MM-DD uu:mm:ss.ffffff.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets the colour scheme: auto (follow the desktop, the default), light or dark.</source>
        <translation>Stelt het kleurenschema in: auto (volgt de desktop, de standaard), light (licht) of dark (donker).</translation>
    </message>
    <message>
        <source>Invalid --color-scheme &quot;%1&quot;: use auto, light or dark.
</source>
        <translation>Ongeldige --color-scheme &quot;%1&quot;: gebruik auto, light of dark.
</translation>
    </message>
    <message>
        <source>Opens a bunq API session step by step and shows every request on the wire.</source>
        <translation>Opent stap voor stap een bunq-API-sessie en toont elk verzoek zoals het over de lijn gaat.</translation>
    </message>
    <message>
        <source>Preselects the environment on the first page: local (the built-in sandbox, the default), sandbox or production.</source>
        <translation>Kiest vooraf de omgeving op de eerste pagina: local (de ingebouwde sandbox, de standaard), sandbox of production.</translation>
    </message>
    <message>
        <source>Sets the interface language for this run: en (English), nl (Dutch) or de (German). Without it, the language chosen in the app applies, else the system&apos;s.</source>
        <translation>Stelt de taal van de interface in voor deze keer: en (Engels), nl (Nederlands) of de (Duits). Zonder deze optie geldt de taal die in de app is gekozen, anders die van het systeem.</translation>
    </message>
    <message>
        <source>Invalid --lang &quot;%1&quot;: use en, nl or de.
</source>
        <translation>Ongeldige --lang &quot;%1&quot;: gebruik en, nl of de.
</translation>
    </message>
    <message>
        <source>Invalid --environment &quot;%1&quot;: use local, sandbox or production.
</source>
        <translation>Ongeldige --environment &quot;%1&quot;: gebruik local, sandbox of production.
</translation>
    </message>
</context>
<context>
    <name>studio::api</name>
    <message>
        <source>server signature not checked</source>
        <extracomment>Verdicts on a response&apos;s X-Bunq-Server-Signature header, e.g. in the exchange summary.</extracomment>
        <translation>serverhandtekening niet gecontroleerd</translation>
    </message>
    <message>
        <source>server signature valid</source>
        <translation>serverhandtekening geldig</translation>
    </message>
    <message>
        <source>server signature invalid</source>
        <translation>serverhandtekening ongeldig</translation>
    </message>
    <message>
        <source>no server signature</source>
        <translation>geen serverhandtekening</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiCall</name>
    <message>
        <source>The response has no &quot;Response&quot; array.</source>
        <translation>Het antwoord bevat geen &quot;Response&quot;-array.</translation>
    </message>
    <message>
        <source>The response is not JSON: %1</source>
        <extracomment>%1 is the start of the response body as received.</extracomment>
        <translation>Het antwoord is geen JSON: %1</translation>
    </message>
    <message>
        <source>The response has no X-Bunq-Server-Signature header, so it cannot be trusted.</source>
        <translation>Het antwoord heeft geen X-Bunq-Server-Signature-header en is dus niet te vertrouwen.</translation>
    </message>
    <message>
        <source>The X-Bunq-Server-Signature does not match the response body and the server public key from the installation, so the response cannot be trusted.</source>
        <translation>De X-Bunq-Server-Signature past niet bij de body van het antwoord en de openbare sleutel van de server uit de installatie, dus het antwoord is niet te vertrouwen.</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiClient</name>
    <message>
        <source>Plain http:// is allowed only for loopback addresses, and %1 is not one. Use an https:// base URL.</source>
        <translation>Gewoon http:// is alleen toegestaan voor loopbackadressen, en %1 is er geen. Gebruik een basis-URL met https://.</translation>
    </message>
    <message>
        <source>Signing the request failed: %1</source>
        <translation>Het ondertekenen van het verzoek is mislukt: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not under this environment&apos;s API base URL %2, and the session token must not leave it. Enter a path such as &quot;user&quot; or &quot;/v1/user&quot;.</source>
        <extracomment>%1 is the URL the request would go to, %2 the API base URL of the environment.</extracomment>
        <translation>Er is niets verzonden: %1 valt niet onder de basis-URL van de API van deze omgeving, %2, en het sessietoken mag die niet verlaten. Voer een pad in zoals &quot;user&quot; of &quot;/v1/user&quot;.</translation>
    </message>
</context>
<context>
    <name>studio::api::ApiEnvironment</name>
    <message>
        <source>This key has no &quot;sandbox_&quot; prefix, so it looks like a production key. Sandbox environments accept only sandbox keys: paste a key that starts with &quot;sandbox_&quot; or create a sandbox user.</source>
        <translation>Deze sleutel heeft geen voorvoegsel &quot;sandbox_&quot; en lijkt dus een productiesleutel. Sandboxomgevingen accepteren alleen sandboxsleutels: plak een sleutel die met &quot;sandbox_&quot; begint of maak een sandboxgebruiker aan.</translation>
    </message>
    <message>
        <source>This key starts with &quot;sandbox_&quot;, so it only works in bunq&apos;s sandbox. Choose a sandbox environment, or paste a production key.</source>
        <translation>Deze sleutel begint met &quot;sandbox_&quot; en werkt dus alleen in de sandbox van bunq. Kies een sandboxomgeving of plak een productiesleutel.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <extracomment>Environment name: the sandbox built into this app.</extracomment>
        <translation>Lokale sandbox</translation>
    </message>
    <message>
        <source>bunq sandbox</source>
        <extracomment>Environment name: bunq&apos;s public test server.</extracomment>
        <translation>bunq-sandbox</translation>
    </message>
    <message>
        <source>bunq production</source>
        <extracomment>Environment name: bunq&apos;s live server with real accounts.</extracomment>
        <translation>bunq-productie</translation>
    </message>
    <message>
        <source>This key contains characters other than letters and digits, such as spaces or punctuation, so it was not copied whole. Copy the key again from where it was created.</source>
        <translation>Deze sleutel bevat andere tekens dan letters en cijfers, zoals spaties of leestekens, dus hij is niet in zijn geheel gekopieerd. Kopieer de sleutel opnieuw van de plek waar hij is aangemaakt.</translation>
    </message>
    <message>
        <source>This key has %1 characters after any &quot;sandbox_&quot; prefix, fewer than the %2 of a bunq API key. Copy the whole key again.</source>
        <extracomment>%1 is the number of characters in the pasted key, %2 the minimum.</extracomment>
        <translation>Deze sleutel heeft %1 tekens na een eventueel voorvoegsel &quot;sandbox_&quot;, minder dan de %2 van een bunq-API-sleutel. Kopieer de hele sleutel opnieuw.</translation>
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
        <translation>response-id %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netwerkfout</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-fout</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-fout</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <extracomment>The body is not the {&quot;Response&quot;: [...]} envelope bunq sends.</extracomment>
        <translation>Onverwacht antwoord</translation>
    </message>
    <message>
        <source>Server signature error</source>
        <translation>Fout in serverhandtekening</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Aanroeplimiet bereikt</translation>
    </message>
    <message>
        <source>Step not possible yet</source>
        <extracomment>A step was started before the steps it needs, e.g. the device before the installation.</extracomment>
        <translation>Stap nog niet mogelijk</translation>
    </message>
</context>
<context>
    <name>studio::onboarding::OnboardingFlow</name>
    <message>
        <source>Sandbox user</source>
        <extracomment>Names of the onboarding steps, e.g. in &quot;The step &quot;%1&quot; is still running&quot;.</extracomment>
        <translation>Sandboxgebruiker</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Device registration</source>
        <translation>Apparaatregistratie</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Sessiestart</translation>
    </message>
    <message>
        <source>Sandbox users exist only in a sandbox environment; in production, paste an API key from the bunq app.</source>
        <translation>Sandboxgebruikers bestaan alleen in een sandboxomgeving; plak in productie een API-sleutel uit de bunq-app.</translation>
    </message>
    <message>
        <source>Generate a key pair first: the installation sends its public key.</source>
        <translation>Genereer eerst een sleutelpaar: de installatie verstuurt de openbare sleutel ervan.</translation>
    </message>
    <message>
        <source>Run the installation first: the device registration needs its token.</source>
        <translation>Voer eerst de installatie uit: de apparaatregistratie heeft het token ervan nodig.</translation>
    </message>
    <message>
        <source>Enter an API key first: the device registration binds it to this installation.</source>
        <translation>Voer eerst een API-sleutel in: de apparaatregistratie koppelt die aan deze installatie.</translation>
    </message>
    <message>
        <source>Enter a device description: bunq requires one.</source>
        <translation>Voer een apparaatomschrijving in: bunq vereist er een.</translation>
    </message>
    <message>
        <source>Register the device first: bunq opens a session only for a registered device.</source>
        <translation>Registreer eerst het apparaat: bunq opent alleen een sessie voor een geregistreerd apparaat.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is still running; wait for it to finish.</source>
        <translation>De stap &quot;%1&quot; loopt nog; wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>The server public key is invalid: %1</source>
        <translation>De openbare sleutel van de server is ongeldig: %1</translation>
    </message>
</context>
<context>
    <name>studio::storage::ContextFile</name>
    <message>
        <source>The file has no environment_type, so the environment was chosen from the API key: %1.</source>
        <translation>Het bestand heeft geen environment_type, dus de omgeving is gekozen op basis van de API-sleutel: %1.</translation>
    </message>
    <message>
        <source>environment_type in %1 is &quot;%2&quot;, but only SANDBOX and PRODUCTION are valid.</source>
        <translation>environment_type in %1 is &quot;%2&quot;, maar alleen SANDBOX en PRODUCTION zijn geldig.</translation>
    </message>
    <message>
        <source>installation_context is missing in %1.</source>
        <translation>installation_context ontbreekt in %1.</translation>
    </message>
    <message>
        <source>installation_context.%1 is missing in %2.</source>
        <translation>installation_context.%1 ontbreekt in %2.</translation>
    </message>
    <message>
        <source>installation_context.%1 in %2 is not a valid PEM key: %3</source>
        <translation>installation_context.%1 in %2 is geen geldige PEM-sleutel: %3</translation>
    </message>
    <message>
        <source>public_key_client does not match private_key_client. The public key is derived from the private key instead, but bunq may know the installation under the other key.</source>
        <translation>public_key_client past niet bij private_key_client. De publieke sleutel wordt in plaats daarvan uit de privésleutel afgeleid, maar bunq kent de installatie mogelijk onder de andere sleutel.</translation>
    </message>
    <message>
        <source>session_context has different objects under %1 and %2. %1 is used.</source>
        <translation>session_context heeft verschillende objecten onder %1 en %2. %1 wordt gebruikt.</translation>
    </message>
    <message>
        <source>All four user entries (userPerson, userCompany, userApiKey, userPaymentServiceProvider) are null, so only the user id is known.</source>
        <translation>Alle vier gebruikersvelden (userPerson, userCompany, userApiKey, userPaymentServiceProvider) zijn null, dus alleen het gebruikers-id is bekend.</translation>
    </message>
    <message>
        <source>session_context has no user object, so only the user id is known. The bunq SDKs cannot load such a context.</source>
        <translation>session_context heeft geen gebruikersobject, dus alleen het gebruikers-id is bekend. De bunq-SDK&apos;s kunnen zo&apos;n context niet laden.</translation>
    </message>
    <message>
        <source>session_context has %1 user objects. The %2 is used.</source>
        <translation>session_context heeft %1 gebruikersobjecten. Het %2 wordt gebruikt.</translation>
    </message>
    <message>
        <source>The file has no session_context, so a new session must be opened before making calls.</source>
        <translation>Het bestand heeft geen session_context, dus er moet een nieuwe sessie worden geopend voordat er aanroepen worden gedaan.</translation>
    </message>
    <message>
        <source>session_context has no token, so a new session must be opened.</source>
        <translation>session_context heeft geen token, dus er moet een nieuwe sessie worden geopend.</translation>
    </message>
    <message>
        <source>The user object has no session timeout.</source>
        <translation>Het gebruikersobject heeft geen sessietime-out.</translation>
    </message>
    <message>
        <source>The user object could not be read: %1</source>
        <translation>Het gebruikersobject kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>session_context.user_id (%1) differs from the id of the user object (%2). The id of the user object is used.</source>
        <translation>session_context.user_id (%1) wijkt af van het id van het gebruikersobject (%2). Het id van het gebruikersobject wordt gebruikt.</translation>
    </message>
    <message>
        <source>The file contains no user id.</source>
        <translation>Het bestand bevat geen gebruikers-id.</translation>
    </message>
    <message>
        <source>session_context has no expiry_time.</source>
        <translation>session_context heeft geen expiry_time.</translation>
    </message>
    <message>
        <source>expiry_time &quot;%1&quot; is not a valid time.</source>
        <translation>expiry_time &quot;%1&quot; is geen geldige tijd.</translation>
    </message>
    <message>
        <source>expiry_time %1 is read as local time on this computer. A file written in another time zone shifts it, so check the session before use.</source>
        <translation>expiry_time %1 wordt gelezen als lokale tijd op deze computer. Een bestand dat in een andere tijdzone is geschreven verschuift die tijd, dus controleer de sessie voor gebruik.</translation>
    </message>
    <message>
        <source>According to expiry_time the session has expired.</source>
        <translation>Volgens expiry_time is de sessie verlopen.</translation>
    </message>
    <message>
        <source>The file sets a proxy: %1.</source>
        <translation>Het bestand stelt een proxy in: %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 is geen geldige JSON: %2 op positie %3.</translation>
    </message>
    <message>
        <source>%1 does not contain a JSON object, so it is not a bunq SDK context file.</source>
        <translation>%1 bevat geen JSON-object, dus het is geen contextbestand van een bunq-SDK.</translation>
    </message>
    <message>
        <source>%1 does not look like a bunq SDK context file: it has neither api_key nor installation_context.</source>
        <translation>%1 lijkt geen contextbestand van een bunq-SDK: het heeft geen api_key en geen installation_context.</translation>
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
        <translation>onbekend</translation>
    </message>
    <message>
        <source>api_key is missing in %1.</source>
        <translation>api_key ontbreekt in %1.</translation>
    </message>
    <message>
        <source>The file contains an API key and installation for %1 and a session for %2 %3 (id %4).</source>
        <translation>Het bestand bevat een API-sleutel en installatie voor %1 en een sessie voor %2 %3 (id %4).</translation>
    </message>
    <message>
        <source>The file contains an API key and installation for %1 but no session.</source>
        <translation>Het bestand bevat een API-sleutel en installatie voor %1, maar geen sessie.</translation>
    </message>
    <message>
        <source>The file was most likely written by the %1 SDK (a guess from its layout).</source>
        <translation>Het bestand is waarschijnlijk geschreven door de %1-SDK (een schatting op basis van de opmaak).</translation>
    </message>
</context>
<context>
    <name>studio::ui::ApiKeyPage</name>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>bunq ties the device and the session to an API key. Paste one, or in a sandbox create a test user that comes with one.</source>
        <translation>bunq koppelt het apparaat en de sessie aan een API-sleutel. Plak er een, of maak in een sandbox een testgebruiker aan die er een meekrijgt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>Plak de API-sleutel hier</translation>
    </message>
    <message>
        <source>Create an API key in the bunq app and paste it here. Production keys have no prefix.</source>
        <translation>Maak een API-sleutel aan in de bunq-app en plak hem hier. Productiesleutels hebben geen voorvoegsel.</translation>
    </message>
    <message>
        <source>Create a sandbox user</source>
        <translation>Sandboxgebruiker aanmaken</translation>
    </message>
    <message>
        <source>Asks the sandbox for a new test user and fills in its API key. The call is shown below like every other call.</source>
        <translation>Vraagt de sandbox om een nieuwe testgebruiker en vult diens API-sleutel in. De aanroep staat hieronder, net als elke andere aanroep.</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <extracomment>a private (natural person) bunq user</extracomment>
        <translation>P&amp;ersoon</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <extracomment>a business bunq user</extracomment>
        <translation>Be&amp;drijf</translation>
    </message>
    <message>
        <source>&amp;Create sandbox user</source>
        <translation>Sandboxgebruiker &amp;aanmaken</translation>
    </message>
    <message>
        <source>Creating a sandbox user…</source>
        <translation>Sandboxgebruiker wordt aangemaakt…</translation>
    </message>
    <message>
        <source>&amp;Create another sandbox user</source>
        <translation>&amp;Nog een sandboxgebruiker aanmaken</translation>
    </message>
    <message>
        <source>Created a sandbox company. Its API key is filled in above.</source>
        <translation>Sandboxbedrijf aangemaakt. De API-sleutel ervan staat hierboven ingevuld.</translation>
    </message>
    <message>
        <source>Created a sandbox person. Its API key is filled in above.</source>
        <translation>Sandboxpersoon aangemaakt. De API-sleutel ervan staat hierboven ingevuld.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the button that repeats a failed call</extracomment>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
    <message>
        <source>Creating the sandbox user failed. %1</source>
        <extracomment>%1 explains why the call failed and what to do next.</extracomment>
        <translation>Het aanmaken van de sandboxgebruiker is mislukt. %1</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <extracomment>toggles whether the API key is readable; &quot;Hide&quot; masks it again</extracomment>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API-sleutel verbergen</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-sleutel tonen</translation>
    </message>
</context>
<context>
    <name>studio::ui::DevicePage</name>
    <message>
        <source>Enter at least one IPv4 address.</source>
        <translation>Voer ten minste één IPv4-adres in.</translation>
    </message>
    <message>
        <source>For &quot;*&quot;, choose &quot;Any IP (wildcard)&quot; instead of a list.</source>
        <translation>Kies voor &quot;*&quot; de optie &quot;Elk IP-adres (wildcard)&quot; in plaats van een lijst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address, but bunq accepts IPv4 addresses only.</source>
        <translation>&quot;%1&quot; is een IPv6-adres, maar bunq accepteert alleen IPv4-adressen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.0.2.10.</source>
        <translation>&quot;%1&quot; is geen IPv4-adres zoals 192.0.2.10.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>POST /v1/device-server registers this app as a device of the API key and fixes the IP addresses the key may be used from. Choose them, then register.</source>
        <translation>POST /v1/device-server registreert deze app als apparaat van de API-sleutel en legt de IP-adressen vast waarvandaan de sleutel gebruikt mag worden. Kies ze en registreer dan.</translation>
    </message>
    <message>
        <source>&amp;Register device</source>
        <translation>Apparaat &amp;registreren</translation>
    </message>
    <message>
        <source>Permitted IP addresses</source>
        <translation>Toegestane IP-adressen</translation>
    </message>
    <message>
        <source>&amp;This IP only</source>
        <translation>&amp;Alleen dit IP-adres</translation>
    </message>
    <message>
        <source>Sends an empty list, so bunq binds the device to the address this call comes from.</source>
        <translation>Verstuurt een lege lijst, zodat bunq het apparaat koppelt aan het adres waarvandaan deze aanroep komt.</translation>
    </message>
    <message>
        <source>A &amp;list of addresses:</source>
        <translation>Een &amp;lijst met adressen:</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10, 198.51.100.7</source>
        <translation>bijv. 192.0.2.10, 198.51.100.7</translation>
    </message>
    <message>
        <source>Permitted IPv4 addresses</source>
        <translation>Toegestane IPv4-adressen</translation>
    </message>
    <message>
        <source>Only these IPv4 addresses, separated by commas or spaces.</source>
        <translation>Alleen deze IPv4-adressen, gescheiden door komma’s of spaties.</translation>
    </message>
    <message>
        <source>Any IP (&amp;wildcard)</source>
        <translation>Elk IP-adres (&amp;wildcard)</translation>
    </message>
    <message>
        <source>Sends [&quot;*&quot;], so the key works from every address. Choose this when your home IP changes: a device bound to one IP stops working when it changes, and cannot be turned into a wildcard later.</source>
        <translation>Verstuurt [&quot;*&quot;], zodat de sleutel vanaf elk adres werkt. Kies dit als uw IP-adres thuis wisselt: een apparaat dat aan één IP-adres gebonden is, werkt niet meer zodra dat adres verandert, en kan later niet meer in een wildcard worden omgezet.</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Apparaat-id:</translation>
    </message>
    <message>
        <source>Permitted IPs sent:</source>
        <extracomment>the permitted_ips list as it was sent to bunq</extracomment>
        <translation>Verstuurde toegestane IP-adressen:</translation>
    </message>
    <message>
        <source>Device description: %1 (change it on the first page)</source>
        <extracomment>%1 is the device description typed on the first page.</extracomment>
        <translation>Apparaatomschrijving: %1 (te wijzigen op de eerste pagina)</translation>
    </message>
    <message>
        <source>(empty list: the address the call came from)</source>
        <translation>(lege lijst: het adres waarvandaan de aanroep kwam)</translation>
    </message>
</context>
<context>
    <name>studio::ui::EnvironmentPage</name>
    <message>
        <source>Choose an environment</source>
        <translation>Kies een omgeving</translation>
    </message>
    <message>
        <source>Pick the server this session talks to. Choosing another one later repeats every step after this page.</source>
        <translation>Kies de server waarmee deze sessie praat. Kiest u later een andere, dan worden alle stappen na deze pagina herhaald.</translation>
    </message>
    <message>
        <source>&amp;Local sandbox (built in)</source>
        <translation>&amp;Lokale sandbox (ingebouwd)</translation>
    </message>
    <message>
        <source>Runs inside this app on 127.0.0.1 and works offline. For learning and tests.</source>
        <translation>Draait binnen deze app op 127.0.0.1 en werkt offline. Om te leren en te testen.</translation>
    </message>
    <message>
        <source>bunq &amp;sandbox</source>
        <translation>bunq-&amp;sandbox</translation>
    </message>
    <message>
        <source>bunq&apos;s public test server with test money. Needs network access.</source>
        <translation>De openbare testserver van bunq met testgeld. Vereist netwerktoegang.</translation>
    </message>
    <message>
        <source>bunq &amp;production</source>
        <translation>bunq-&amp;productie</translation>
    </message>
    <message>
        <source>Your real bunq account. Needs network access.</source>
        <translation>Uw echte bunq-rekening. Vereist netwerktoegang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Caution:&lt;/b&gt; real money and real data. Calls made here act on your own bunq account.</source>
        <translation>&lt;b&gt;Let op:&lt;/b&gt; echt geld en echte gegevens. Aanroepen hier werken op uw eigen bunq-rekening.</translation>
    </message>
    <message>
        <source>Device description</source>
        <translation>Apparaatomschrijving</translation>
    </message>
    <message>
        <source>Device &amp;description:</source>
        <translation>Apparaat&amp;omschrijving:</translation>
    </message>
    <message>
        <source>Stored with the device registration, for your own reference. It must not be empty.</source>
        <translation>Wordt bij de apparaatregistratie opgeslagen, ter herkenning voor uzelf. Mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <extracomment>Label of the interface language choice on the first wizard page.</extracomment>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Luistert op %1</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1. Choose bunq&apos;s sandbox or restart the app.</source>
        <translation>De lokale sandbox kon niet starten: %1. Kies de sandbox van bunq of start de app opnieuw.</translation>
    </message>
    <message>
        <source>The local sandbox is starting. Next becomes available once it listens.</source>
        <translation>De lokale sandbox start op. Volgende wordt beschikbaar zodra hij luistert.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeErrorBox</name>
    <message>
        <source>The call failed with HTTP %1.</source>
        <extracomment>%1 is the HTTP status with its reason phrase, e.g. &quot;400 Bad Request&quot;.</extracomment>
        <translation>De aanroep is mislukt met HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP %1 arrived, but the server signature did not check out.</source>
        <extracomment>%1 is the HTTP status, e.g. &quot;200 OK&quot;.</extracomment>
        <translation>HTTP %1 ontvangen, maar de serverhandtekening klopt niet.</translation>
    </message>
    <message>
        <source>HTTP %1 arrived, but the body is not the Response envelope bunq sends.</source>
        <translation>HTTP %1 ontvangen, maar de body is niet de Response-envelop die bunq stuurt.</translation>
    </message>
    <message>
        <source>The call timed out before a complete response arrived.</source>
        <translation>De aanroep verliep voordat er een volledig antwoord binnen was.</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>De beveiligde verbinding is mislukt.</translation>
    </message>
    <message>
        <source>The call could not be made.</source>
        <translation>De aanroep kon niet worden gedaan.</translation>
    </message>
    <message>
        <source>The call failed: no response arrived.</source>
        <translation>De aanroep is mislukt: er kwam geen antwoord.</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>Response-id</translation>
    </message>
    <message>
        <source>Copy response id</source>
        <translation>Response-id kopiëren</translation>
    </message>
    <message>
        <source>Copy the response id, for bunq support</source>
        <translation>Kopieer de response-id, voor de support van bunq</translation>
    </message>
    <message>
        <source>(translated: %1)</source>
        <extracomment>%1 is bunq&apos;s error text in the requested language.</extracomment>
        <translation>(vertaald: %1)</translation>
    </message>
    <message>
        <source>Signature check: %1</source>
        <extracomment>%1 is the server signature verdict, e.g. &quot;server signature valid&quot;.</extracomment>
        <translation>Controle van handtekening: %1</translation>
    </message>
    <message>
        <source>Res&amp;ponse id:</source>
        <translation>Res&amp;ponse-id:</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeFormat</name>
    <message>
        <source>no response</source>
        <extracomment>Shown instead of an HTTP status when no response arrived.</extracomment>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>no response (%1)</source>
        <extracomment>%1 is the network error, e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>geen antwoord (%1)</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeView</name>
    <message>
        <source>Reveal secrets</source>
        <extracomment>Toggle that shows tokens, API keys and secrets unmasked in the exchange view.</extracomment>
        <translation>Geheimen tonen</translation>
    </message>
    <message>
        <source>Show tokens, API keys and secrets in full in headers and bodies. Copy buttons copy what is shown.</source>
        <translation>Toon tokens, API-sleutels en geheimen volledig in headers en bodies. Kopieerknoppen kopiëren wat er getoond wordt.</translation>
    </message>
    <message>
        <source>Reveal secrets in this exchange</source>
        <translation>Geheimen in deze uitwisseling tonen</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Tab title of the exchange view: the HTTP request as sent.</extracomment>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Tab title of the exchange view: the HTTP response as received.</extracomment>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Signing</source>
        <extracomment>Tab title of the exchange view: signatures and what they cover.</extracomment>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>No call made yet.</source>
        <extracomment>Shown in the exchange view before any call was made.</extracomment>
        <translation>Nog geen aanroep gedaan.</translation>
    </message>
    <message>
        <source>Sent %1 UTC.</source>
        <extracomment>%1 is a UTC date and time.</extracomment>
        <translation>Verzonden %1 UTC.</translation>
    </message>
    <message>
        <source>Qt adds Host, Connection, Accept-Encoding and Content-Length on its own. The body is indented for reading; the Signing tab has the exact bytes.</source>
        <translation>Qt voegt zelf Host, Connection, Accept-Encoding en Content-Length toe. De body is leesbaar ingesprongen; het tabblad Ondertekening bevat de exacte bytes.</translation>
    </message>
    <message>
        <source>No HTTP response arrived.</source>
        <translation>Er kwam geen HTTP-antwoord.</translation>
    </message>
    <message>
        <source>Body: %1.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>Body: %1.</translation>
    </message>
    <message>
        <source>It arrived compressed and is shown decompressed.</source>
        <translation>Hij kwam gecomprimeerd binnen en wordt uitgepakt getoond.</translation>
    </message>
    <message>
        <source>JSON, indented for reading.</source>
        <translation>JSON, leesbaar ingesprongen.</translation>
    </message>
</context>
<context>
    <name>studio::ui::FaultsTab</name>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Label of the fault kind combo box.</extracomment>
        <translation>Soor&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <extracomment>Label of the field naming the requests a fault applies to.</extracomment>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <extracomment>Label of the delay of a slow-response fault.</extracomment>
        <translation>Vertra&amp;ging:</translation>
    </message>
    <message>
        <source>* or POST session-server</source>
        <translation>* of POST session-server</translation>
    </message>
    <message>
        <source>A method and a path under /v1/, such as &quot;POST session-server&quot; or &quot;GET user/*&quot;, or * for every request. In the path, * stands for one segment, and a * at the end for any number of segments.</source>
        <translation>Een methode en een pad onder /v1/, zoals &quot;POST session-server&quot; of &quot;GET user/*&quot;, of * voor elk verzoek. In het pad staat * voor één segment, en een * aan het eind voor een willekeurig aantal segmenten.</translation>
    </message>
    <message>
        <source>Endpoint the fault applies to</source>
        <translation>Endpoint waarop de fout van toepassing is</translation>
    </message>
    <message>
        <source>&amp;Until cleared</source>
        <extracomment>Check box: the fault stays armed until it is cleared, instead of a number of responses.</extracomment>
        <translation>Tot &amp;wissen</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the delay spin box; note the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay of a slow response in milliseconds</source>
        <translation>Vertraging van een traag antwoord in milliseconden</translation>
    </message>
    <message>
        <source>Number of responses the fault changes</source>
        <translation>Aantal antwoorden dat de fout verandert</translation>
    </message>
    <message>
        <source>&amp;Arm fault</source>
        <extracomment>Button that arms the fault described by the form.</extracomment>
        <translation>Fout &amp;activeren</translation>
    </message>
    <message>
        <source>Armed faults</source>
        <extracomment>Heading of the list of armed faults.</extracomment>
        <translation>Actieve fouten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button that disarms the selected fault.</extracomment>
        <translation>Verwijdere&amp;n</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <extracomment>Button that disarms every fault.</extracomment>
        <translation>A&amp;lles wissen</translation>
    </message>
    <message>
        <source>No faults armed: the sandbox answers normally.</source>
        <extracomment>Shown in the list of armed faults while it is empty.</extracomment>
        <translation>Geen fouten actief: de sandbox antwoordt normaal.</translation>
    </message>
    <message>
        <source>Slow response</source>
        <extracomment>Fault kind: the response is written after a delay.</extracomment>
        <translation>Traag antwoord</translation>
    </message>
    <message>
        <source>500 &quot;Encountered unhandled exception.&quot;</source>
        <extracomment>Fault kind; keep bunq&apos;s English error text as it is.</extracomment>
        <translation>500 &quot;Encountered unhandled exception.&quot;</translation>
    </message>
    <message>
        <source>500 without response id</source>
        <extracomment>Fault kind: a 500 without the X-Bunq-Client-Response-Id header.</extracomment>
        <translation>500 zonder response-id</translation>
    </message>
    <message>
        <source>491 maintenance</source>
        <extracomment>Fault kind: bunq&apos;s maintenance error.</extracomment>
        <translation>491 onderhoud</translation>
    </message>
    <message>
        <source>429 too many requests</source>
        <extracomment>Fault kind: bunq&apos;s rate-limit error.</extracomment>
        <translation>429 te veel verzoeken</translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <extracomment>Fault kind: the connection closes without a response.</extracomment>
        <translation>Verbroken verbinding</translation>
    </message>
    <message>
        <source>Truncated body</source>
        <extracomment>Fault kind: only half the response body arrives.</extracomment>
        <translation>Afgekapte body</translation>
    </message>
    <message>
        <source>Missing server signature</source>
        <extracomment>Fault kind: X-Bunq-Server-Signature is removed.</extracomment>
        <translation>Ontbrekende serverhandtekening</translation>
    </message>
    <message>
        <source>Tampered server signature</source>
        <extracomment>Fault kind: X-Bunq-Server-Signature does not verify.</extracomment>
        <translation>Vervalste serverhandtekening</translation>
    </message>
    <message>
        <source>Lower-case header names</source>
        <extracomment>Fault kind: every response header name in lower case.</extracomment>
        <translation>Headernamen in kleine letters</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <extracomment>A slow-response fault with its delay; %1 the kind, %2 milliseconds.</extracomment>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>until cleared</source>
        <extracomment>How long an armed fault stays: until it is cleared.</extracomment>
        <translation>tot wissen</translation>
    </message>
    <message>
        <source>Res&amp;ponses:</source>
        <extracomment>Label of the field with how many responses a fault changes.</extracomment>
        <translation>Aantal &amp;keren:</translation>
    </message>
    <message>
        <source>left: %1</source>
        <extracomment>How many more responses an armed fault changes; %1 is a number.</extracomment>
        <translation>nog: %1</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · applied: %4</source>
        <extracomment>An armed fault; %1 kind, %2 endpoint, %3 how long it stays, %4 how often it was applied.</extracomment>
        <translation>%1 op %2 · %3 · toegepast: %4</translation>
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
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>studio::ui::InstallationPage</name>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>POST /v1/installation sends your public key to bunq and returns an installation token plus the server&apos;s public key, which checks every later response.</source>
        <translation>POST /v1/installation stuurt uw openbare sleutel naar bunq en geeft een installatietoken terug, plus de openbare sleutel van de server, waarmee elk later antwoord wordt gecontroleerd.</translation>
    </message>
    <message>
        <source>&amp;Run installation</source>
        <translation>Installatie &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Installation id:</source>
        <translation>Installatie-id:</translation>
    </message>
    <message>
        <source>Installation token:</source>
        <translation>Installatietoken:</translation>
    </message>
    <message>
        <source>Installation token</source>
        <translation>Installatietoken</translation>
    </message>
    <message>
        <source>installation token</source>
        <translation>installatietoken</translation>
    </message>
    <message>
        <source>Server key SHA-256:</source>
        <extracomment>SHA-256 fingerprint of the server&apos;s public key</extracomment>
        <translation>Serversleutel SHA-256:</translation>
    </message>
    <message>
        <source>Server public key fingerprint</source>
        <translation>Vingerafdruk van de openbare serversleutel</translation>
    </message>
</context>
<context>
    <name>studio::ui::KeyPairPage</name>
    <message>
        <source>Key pair</source>
        <translation>Sleutelpaar</translation>
    </message>
    <message>
        <source>An RSA-2048 key pair identifies this app to bunq. The public key goes to the installation call, and the private key signs every later request.</source>
        <translation>Een RSA-2048-sleutelpaar identificeert deze app bij bunq. De openbare sleutel gaat mee met de installatie-aanroep, en de privésleutel ondertekent elk later verzoek.</translation>
    </message>
    <message>
        <source>Replaces the key pair. Steps that already ran with the old key run again.</source>
        <translation>Vervangt het sleutelpaar. Stappen die al met de oude sleutel zijn uitgevoerd, worden opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <source>Key generation in progress</source>
        <translation>Sleutel wordt gegenereerd</translation>
    </message>
    <message>
        <source>Public key fingerprint</source>
        <translation>Vingerafdruk van de openbare sleutel</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <extracomment>SHA-256 fingerprint of the public key</extracomment>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>P&amp;ublic key (PEM):</source>
        <translation>&amp;Openbare sleutel (PEM):</translation>
    </message>
    <message>
        <source>Public key in PEM format</source>
        <translation>Openbare sleutel in PEM-formaat</translation>
    </message>
    <message>
        <source>The private key stays in this app and is never sent.</source>
        <translation>De privésleutel blijft in deze app en wordt nooit verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>Opnieuw &amp;genereren</translation>
    </message>
    <message>
        <source>(generating…)</source>
        <translation>(wordt gegenereerd…)</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(nog geen sleutel)</translation>
    </message>
    <message>
        <source>Generating an RSA-%1 key pair…</source>
        <translation>RSA-%1-sleutelpaar wordt gegenereerd…</translation>
    </message>
    <message>
        <source>Key generation failed: %1. Click Generate again to retry.</source>
        <extracomment>%1 is the reason from the crypto library, in English.</extracomment>
        <translation>Genereren van de sleutel is mislukt: %1. Klik op Opnieuw genereren om het nog eens te proberen.</translation>
    </message>
    <message>
        <source>Key pair ready.</source>
        <translation>Sleutelpaar klaar.</translation>
    </message>
</context>
<context>
    <name>studio::ui::LanguageComboBox</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
</context>
<context>
    <name>studio::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the menu lists the interface languages.</extracomment>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>&amp;Systeemtaal (%1)</translation>
    </message>
</context>
<context>
    <name>studio::ui::MainWindow</name>
    <message>
        <source>no user</source>
        <translation>geen gebruiker</translation>
    </message>
    <message>
        <source>%1 — %2 — bunq Session Studio</source>
        <extracomment>Window title; %1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
        <translation>%1 — %2 — bunq Session Studio</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Title of the dock that shows the session&apos;s state.</extracomment>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu title.</extracomment>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title.</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About bunq Session Studio</source>
        <extracomment>Menu entry that opens the About box.</extracomment>
        <translation>&amp;Over bunq Session Studio</translation>
    </message>
    <message>
        <source>Request running…</source>
        <extracomment>Status bar note while a request is on its way.</extracomment>
        <translation>Verzoek loopt…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>About bunq Session Studio</source>
        <translation>Over bunq Session Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;bunq Session Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Opens bunq API sessions step by step and shows every request and response as it went over the wire, with the bytes signed and the server signature verdict.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;bunq Session Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Opent stap voor stap bunq-API-sessies en toont elk verzoek en antwoord zoals het over de lijn ging, met de ondertekende bytes en het oordeel over de serverhandtekening.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::ui::MessagePane</name>
    <message>
        <source>Copy request</source>
        <translation>Verzoek kopiëren</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Antwoord kopiëren</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Headers van het verzoek</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Headers van het antwoord</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body van het verzoek</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body van het antwoord</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <extracomment>Placeholder of an empty HTTP body.</extracomment>
        <translation>(lege body)</translation>
    </message>
</context>
<context>
    <name>studio::ui::OnboardingWizard</name>
    <message>
        <source>bunq Session Studio: open a session</source>
        <translation>bunq Session Studio: een sessie openen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>The wizard&apos;s last button; it closes the wizard and opens the main window.</extracomment>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>De wizard sluiten?</translation>
    </message>
    <message>
        <source>The installation and any device or session registered in this run are lost when the wizard closes, and the next run starts again from a new installation.</source>
        <translation>De installatie en elk apparaat of elke sessie die in deze doorloop is geregistreerd, gaan verloren wanneer de wizard sluit; de volgende doorloop begint opnieuw met een nieuwe installatie.</translation>
    </message>
</context>
<context>
    <name>studio::ui::RateLimitView</name>
    <message>
        <source>Caller IP</source>
        <extracomment>Column header: the IP address a rate limit counts for.</extracomment>
        <translation>IP-adres van de aanroeper</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <extracomment>Column header: the endpoint a rate limit counts for.</extracomment>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the HTTP method a rate limit counts for.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Column header: calls made in the window against the limit.</extracomment>
        <translation>Aanroepen</translation>
    </message>
    <message>
        <source>Next call free in</source>
        <extracomment>Column header: seconds until the next call is allowed.</extracomment>
        <translation>Volgende aanroep vrij over</translation>
    </message>
    <message>
        <source>Rate-limit state of the local sandbox</source>
        <translation>Stand van de aanroeplimieten van de lokale sandbox</translation>
    </message>
    <message>
        <source>Rate limits are off in this sandbox: every call is allowed.</source>
        <translation>Aanroeplimieten staan uit in deze sandbox: elke aanroep is toegestaan.</translation>
    </message>
    <message>
        <source>No calls inside a rate-limit window right now. bunq allows 3 GET, 5 POST and 2 PUT calls per 3 seconds per endpoint, and one session-server call per 30 seconds.</source>
        <translation>Op dit moment vallen er geen aanroepen binnen een limietvenster. bunq staat per endpoint 3 GET-, 5 POST- en 2 PUT-aanroepen per 3 seconden toe, en één session-server-aanroep per 30 seconden.</translation>
    </message>
    <message>
        <source>Calls inside the current window, per caller IP, endpoint and method.</source>
        <translation>Aanroepen binnen het huidige venster, per IP-adres van de aanroeper, endpoint en methode.</translation>
    </message>
    <message>
        <source>%1 of %2 per %3 s</source>
        <extracomment>Calls in a rate-limit window; %1 calls made, %2 the maximum, %3 the window in seconds.</extracomment>
        <translation>%1 van %2 per %3 s</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>The next call is allowed at once.</extracomment>
        <translation>nu</translation>
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
        <translation>HTTP-methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Relative to the API base URL: &quot;user&quot;, &quot;user/12&quot; or &quot;/v1/user&quot;</source>
        <translation>Ten opzichte van de basis-URL van de API: &quot;user&quot;, &quot;user/12&quot; of &quot;/v1/user&quot;</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Body van het verzoek (JSON)</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;Test&quot;}</source>
        <extracomment>Placeholder of the request body editor.</extracomment>
        <translation>JSON-body, bijv. {&quot;description&quot;: &quot;Test&quot;}</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the API request.</extracomment>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. &quot;Ctrl+Return&quot;.</extracomment>
        <translation>Verzoek verzenden (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops the running API request.</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Lopend verzoek annuleren</translation>
    </message>
    <message>
        <source>No session: finish the onboarding first.</source>
        <translation>Geen sessie: rond eerst de onboarding af.</translation>
    </message>
    <message>
        <source>Enter a path, for example &quot;user&quot; or &quot;user/12/monetary-account&quot;.</source>
        <translation>Voer een pad in, bijvoorbeeld &quot;user&quot; of &quot;user/12/monetary-account&quot;.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <extracomment>%1 method, %2 path, e.g. &quot;Sending GET user…&quot;.</extracomment>
        <translation>%1 %2 wordt verzonden…</translation>
    </message>
    <message>
        <source>GET and DELETE requests are sent without a body.</source>
        <translation>GET- en DELETE-verzoeken worden zonder body verzonden.</translation>
    </message>
    <message>
        <source>The body is not valid JSON at line %1, column %2 (offset %3): %4. Nothing was sent.</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s message.</extracomment>
        <translation>De body is geen geldige JSON op regel %1, kolom %2 (offset %3): %4. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>&amp;Body (POST and PUT)</source>
        <translation>B&amp;ody (POST en PUT)</translation>
    </message>
</context>
<context>
    <name>studio::ui::RequestLogModel</name>
    <message>
        <source>%1 UTC from %2</source>
        <extracomment>Tooltip of a request&apos;s time; %1 is the time in UTC, %2 the caller&apos;s IP address.</extracomment>
        <translation>%1 UTC vanaf %2</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column header: when the local sandbox received a request.</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the HTTP method of a request.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column header: the URL path of a request.</extracomment>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the HTTP status of the response.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: the checks the sandbox made and their verdicts.</extracomment>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Fault</source>
        <extracomment>Column header: the fault injected into the response, if any.</extracomment>
        <translation>Fout</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>Verdict of a request signature check that passed.</extracomment>
        <translation>geldig</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>Verdict of a check that passed.</extracomment>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>invalid</source>
        <extracomment>Verdict of a request signature check that failed.</extracomment>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Verdict of a check that failed.</extracomment>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Verdict of a check the sandbox did not need to make.</extracomment>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>No checks recorded</source>
        <extracomment>Tooltip of a request on which the sandbox recorded no checks.</extracomment>
        <translation>Geen controles vastgelegd</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4 at %5 UTC</source>
        <extracomment>First line of a request&apos;s details; %1 method, %2 path, %3 status, %4 caller IP, %5 time.</extracomment>
        <translation>%1 %2 → %3 vanaf %4 om %5 UTC</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <extracomment>A line of a request&apos;s details; %1 describes what the injected fault did.</extracomment>
        <translation>Fout: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxControlClient</name>
    <message>
        <source>The control interface answered HTTP %1: %2</source>
        <extracomment>%1 is an HTTP status code, %2 the start of the body the server sent.</extracomment>
        <translation>De beheerinterface antwoordde met HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the local sandbox&apos;s control interface at %1: %2</source>
        <extracomment>%1 is a URL, %2 Qt&apos;s description of the network error.</extracomment>
        <translation>De beheerinterface van de lokale sandbox op %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s control interface is not running, so this panel cannot show what the sandbox holds.</source>
        <translation>De beheerinterface van de lokale sandbox draait niet, dus dit paneel kan niet tonen wat de sandbox bevat.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxPanel</name>
    <message>
        <source>Reset the local sandbox?</source>
        <translation>De lokale sandbox resetten?</translation>
    </message>
    <message>
        <source>This removes every user, API key, installation, device and session from the local sandbox, including the session this window uses. Armed faults stay armed.</source>
        <translation>Dit verwijdert elke gebruiker, API-sleutel, installatie, elk apparaat en elke sessie uit de lokale sandbox, ook de sessie die dit venster gebruikt. Actieve fouten blijven actief.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s control interface is not running, so this panel cannot show what the sandbox holds.</source>
        <translation>De beheerinterface van de lokale sandbox draait niet, dus dit paneel kan niet tonen wat de sandbox bevat.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <extracomment>Title of the dock that shows the built-in local sandbox.</extracomment>
        <translation>Lokale sandbox</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Tab of the local sandbox panel: users, keys, installations, devices, sessions.</extracomment>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Tab of the local sandbox panel: the requests the sandbox received.</extracomment>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <extracomment>Tab of the local sandbox panel: the rate-limit counters.</extracomment>
        <translation>Aanroeplimieten</translation>
    </message>
    <message>
        <source>Faults</source>
        <extracomment>Tab of the local sandbox panel: the fault switchboard.</extracomment>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Requests the local sandbox received, newest first</source>
        <translation>Verzoeken die de lokale sandbox ontving, nieuwste eerst</translation>
    </message>
    <message>
        <source>Removes every user, API key, installation, device and session from the local sandbox.</source>
        <translation>Verwijdert elke gebruiker, API-sleutel, installatie, elk apparaat en elke sessie uit de lokale sandbox.</translation>
    </message>
    <message>
        <source>Control interface: %1</source>
        <extracomment>Shows where the control interface listens; %1 is its URL.</extracomment>
        <translation>Beheerinterface: %1</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>Details van het geselecteerde verzoek</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button that fetches the local sandbox&apos;s state again.</extracomment>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Rese&amp;t sandbox…</source>
        <extracomment>Button that empties the local sandbox after a confirmation.</extracomment>
        <translation>Sandbox &amp;resetten…</translation>
    </message>
    <message>
        <source>Select a request to see every check with its reason.</source>
        <extracomment>Placeholder below the request table while no request is selected.</extracomment>
        <translation>Selecteer een verzoek om elke controle met de reden te zien.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxStateView</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A time in UTC; %1 is the date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <extracomment>Tooltip with a time in the local time zone; %1 is the date and time.</extracomment>
        <translation>%1 lokale tijd</translation>
    </message>
    <message>
        <source>live</source>
        <extracomment>State of a sandbox session that can still be used.</extracomment>
        <translation>actief</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>State of a sandbox session past its expiry.</extracomment>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>State of a sandbox session ended with DELETE session.</extracomment>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>Show API &amp;keys</source>
        <extracomment>Check box that shows the sandbox&apos;s API keys in full instead of masked.</extracomment>
        <translation>API-sleutels &amp;tonen</translation>
    </message>
    <message>
        <source>Copies the selected user&apos;s full API key, also while it is masked.</source>
        <translation>Kopieert de volledige API-sleutel van de geselecteerde gebruiker, ook als die gemaskeerd is.</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>Column header in the sandbox state tree.</extracomment>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header in the sandbox state tree.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the local sandbox holds</source>
        <translation>Wat de lokale sandbox bevat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group in the sandbox state tree; %1 is its title, %2 how many items it has.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <extracomment>Placeholder under an empty group in the sandbox state tree.</extracomment>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Users and API keys</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Gebruikers en API-sleutels</translation>
    </message>
    <message>
        <source>%1 %2, no API key of its own</source>
        <extracomment>Details of a sandbox user; %1 is its kind such as UserPerson, %2 its id.</extracomment>
        <translation>%1 %2, geen eigen API-sleutel</translation>
    </message>
    <message>
        <source>%1 %2, API key %3</source>
        <extracomment>Details of a sandbox user; %1 kind such as UserPerson, %2 id, %3 API key.</extracomment>
        <translation>%1 %2, API-sleutel %3</translation>
    </message>
    <message>
        <source>, not bound to a device yet</source>
        <extracomment>Added to a user&apos;s details while no device-server uses its API key.</extracomment>
        <translation>, nog niet aan een apparaat gekoppeld</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <extracomment>Tooltip of a sandbox user; %1 e-mail address, %2 creation time.</extracomment>
        <translation>%1
aangemaakt %2</translation>
    </message>
    <message>
        <source>Installations</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Installaties</translation>
    </message>
    <message>
        <source>Installation %1</source>
        <extracomment>An installation in the sandbox state tree; %1 is its id.</extracomment>
        <translation>Installatie %1</translation>
    </message>
    <message>
        <source>token %1, created %2</source>
        <extracomment>Details of an installation; %1 masked token, %2 creation time.</extracomment>
        <translation>token %1, aangemaakt %2</translation>
    </message>
    <message>
        <source>Client key %1
Server key %2</source>
        <extracomment>Tooltip of an installation; %1 and %2 are SHA-256 key fingerprints.</extracomment>
        <translation>Clientsleutel %1
Serversleutel %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <extracomment>Group title in the sandbox state tree; devices are bunq&apos;s device-servers.</extracomment>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>any IP (*)</source>
        <extracomment>The wildcard entry of a device&apos;s permitted IPs.</extracomment>
        <translation>elk IP-adres (*)</translation>
    </message>
    <message>
        <source>device %1, installation %2, bound to %3</source>
        <extracomment>Details of a device; %1 id, %2 installation id, %3 the IP addresses it permits.</extracomment>
        <translation>apparaat %1, installatie %2, gebonden aan %3</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Group title in the sandbox state tree.</extracomment>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <extracomment>A session in the sandbox state tree; %1 its id, %2 live, expired or ended.</extracomment>
        <translation>Sessie %1, %2</translation>
    </message>
    <message>
        <source>user %1, expiry %2</source>
        <extracomment>Details of a session; %1 user id, %2 expiry time.</extracomment>
        <translation>gebruiker %1, verloopt %2</translation>
    </message>
    <message>
        <source>Monetary accounts</source>
        <extracomment>Group title in the sandbox state tree; bunq&apos;s term for bank accounts.</extracomment>
        <translation>Rekeningen (monetary accounts)</translation>
    </message>
    <message>
        <source>account %1, user %2, balance %3 %4</source>
        <extracomment>Details of a monetary account; %1 id, %2 user id, %3 amount, %4 currency.</extracomment>
        <translation>rekening %1, gebruiker %2, saldo %3 %4</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <extracomment>Button that copies the selected user&apos;s full API key.</extracomment>
        <translation>API-sleutel &amp;kopiëren</translation>
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
        <translation>geheim</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names a secret, e.g. &quot;session token&quot;.</extracomment>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copy the full secret without revealing it</source>
        <translation>Het volledige geheim kopiëren zonder het te tonen</translation>
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
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <extracomment>%1 names a secret, e.g. &quot;session token&quot;.</extracomment>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Brief confirmation after copying a secret.</extracomment>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>studio::ui::SessionPage</name>
    <message>
        <source>Person</source>
        <extracomment>bunq user type UserPerson: a private person&apos;s account</extracomment>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>bunq user type UserCompany: a business account</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>API key user (OAuth)</source>
        <extracomment>bunq user type UserApiKey: a user that another user granted access through OAuth</extracomment>
        <translation>API-sleutelgebruiker (OAuth)</translation>
    </message>
    <message>
        <source>Payment service provider</source>
        <extracomment>bunq user type UserPaymentServiceProvider</extracomment>
        <translation>Betaaldienstverlener</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>POST /v1/session-server opens a session with the API key and returns the session token that authenticates every later call, and the user it belongs to.</source>
        <translation>POST /v1/session-server opent een sessie met de API-sleutel en geeft het sessietoken terug waarmee elke latere aanroep zich legitimeert, plus de gebruiker bij wie de sessie hoort.</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>the type of bunq user: person, company, ...</extracomment>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Gebruikers-id:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Sessietoken:</translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation>Verloopt (UTC):</translation>
    </message>
    <message>
        <source>Expires (local time):</source>
        <translation>Verloopt (lokale tijd):</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sessietoken</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>sessietoken</translation>
    </message>
    <message>
        <source>unknown: the server sent no usable creation time or timeout</source>
        <translation>onbekend: de server stuurde geen bruikbaar aanmaaktijdstip of geen bruikbare time-out</translation>
    </message>
</context>
<context>
    <name>studio::ui::SessionPanel</name>
    <message>
        <source>this IP only</source>
        <extracomment>Device permitted-IP setting: bound to the address the call came from.</extracomment>
        <translation>alleen dit IP-adres</translation>
    </message>
    <message>
        <source>any IP (wildcard)</source>
        <extracomment>Device permitted-IP setting: usable from any address.</extracomment>
        <translation>elk IP-adres (wildcard)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of days.</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of hours.</extracomment>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of minutes.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Abbreviated unit of a countdown; %1 is a number of seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>API base URL</source>
        <extracomment>The API base URL calls go to.</extracomment>
        <translation>Basis-URL van de API</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>The bunq user the session belongs to.</extracomment>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>The bunq device-server the API key is bound to.</extracomment>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Server public key (SHA-256)</source>
        <translation>Openbare sleutel van de server (SHA-256)</translation>
    </message>
    <message>
        <source>Session expires</source>
        <extracomment>When the session ends unless it is used or renewed.</extracomment>
        <translation>Sessie verloopt</translation>
    </message>
    <message>
        <source>installation token</source>
        <translation>installatietoken</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>sessietoken</translation>
    </message>
    <message>
        <source>%1
%2 · id %3</source>
        <extracomment>%1 user name, %2 user kind such as UserPerson, %3 user id.</extracomment>
        <translation>%1
%2 · id %3</translation>
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
        <translation>id %1 · %2
toegestaan: %3</translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local time)</source>
        <extracomment>%1 expiry in UTC, %2 the same moment in local time with its time zone.</extracomment>
        <translation>%1 UTC
%2 (lokale tijd)</translation>
    </message>
    <message>
        <source>Production: calls act on real accounts and money.</source>
        <translation>Productie: aanroepen werken op echte rekeningen en echt geld.</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>geen sessie</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <extracomment>%1 is a duration such as &quot;6 d 23 h 59 min 59 s&quot;.</extracomment>
        <translation>verloopt over %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <extracomment>%1 is a duration such as &quot;3 min 2 s&quot;.</extracomment>
        <translation>%1 geleden verlopen</translation>
    </message>
    <message>
        <source>&amp;Installation token</source>
        <translation>&amp;Installatietoken</translation>
    </message>
    <message>
        <source>&amp;Session token</source>
        <translation>&amp;Sessietoken</translation>
    </message>
</context>
<context>
    <name>studio::ui::SigningPane</name>
    <message>
        <source>(no signature header)</source>
        <extracomment>Shown when a response carried no X-Bunq-Server-Signature header.</extracomment>
        <translation>(geen handtekeningheader)</translation>
    </message>
    <message>
        <source>Copy signing details</source>
        <translation>Ondertekeningsgegevens kopiëren</translation>
    </message>
    <message>
        <source>Bytes signed</source>
        <translation>Ondertekende bytes</translation>
    </message>
    <message>
        <source>Request signature</source>
        <translation>Handtekening van het verzoek</translation>
    </message>
    <message>
        <source>Server signature</source>
        <translation>Serverhandtekening</translation>
    </message>
    <message>
        <source>Request (X-Bunq-Client-Signature)</source>
        <extracomment>Group title; X-Bunq-Client-Signature is an HTTP header name and stays untranslated.</extracomment>
        <translation>Verzoek (X-Bunq-Client-Signature)</translation>
    </message>
    <message>
        <source>Bytes signed:</source>
        <translation>Ondertekende bytes:</translation>
    </message>
    <message>
        <source>Signature (base64):</source>
        <translation>Handtekening (base64):</translation>
    </message>
    <message>
        <source>Client key (SHA-256):</source>
        <translation>Clientsleutel (SHA-256):</translation>
    </message>
    <message>
        <source>Response (X-Bunq-Server-Signature)</source>
        <extracomment>Group title; X-Bunq-Server-Signature is an HTTP header name and stays untranslated.</extracomment>
        <translation>Antwoord (X-Bunq-Server-Signature)</translation>
    </message>
    <message>
        <source>Bytes verified:</source>
        <translation>Gecontroleerde bytes:</translation>
    </message>
    <message>
        <source>Server signature:</source>
        <translation>Serverhandtekening:</translation>
    </message>
    <message>
        <source>Server key (SHA-256):</source>
        <translation>Serversleutel (SHA-256):</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <extracomment>The outcome of checking the server&apos;s signature.</extracomment>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <source>Not signed. Calls made before the installation exists, such as POST /v1/installation, carry no signature.</source>
        <translation>Niet ondertekend. Aanroepen van vóór de installatie, zoals POST /v1/installation, hebben geen handtekening.</translation>
    </message>
    <message>
        <source>0 bytes: the empty body, as for every GET and DELETE.</source>
        <extracomment>The request body was empty, so the signature covers zero bytes.</extracomment>
        <translation>0 bytes: de lege body, zoals bij elke GET en DELETE.</translation>
    </message>
    <message>
        <source>%1: the request body exactly as sent.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>%1: de body van het verzoek precies zoals verzonden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation>Er kwam geen antwoord.</translation>
    </message>
    <message>
        <source>%1: the response body as delivered, shown on the Response tab.</source>
        <extracomment>%1 is a size such as &quot;58 bytes&quot;.</extracomment>
        <translation>%1: de body van het antwoord zoals ontvangen, te zien op het tabblad Antwoord.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>Bytes signed: %1</source>
        <translation>Ondertekende bytes: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Handtekening: %1</translation>
    </message>
    <message>
        <source>Client key (SHA-256): %1</source>
        <translation>Clientsleutel (SHA-256): %1</translation>
    </message>
    <message>
        <source>Bytes verified: %1</source>
        <translation>Gecontroleerde bytes: %1</translation>
    </message>
    <message>
        <source>Server signature: %1</source>
        <translation>Serverhandtekening: %1</translation>
    </message>
    <message>
        <source>Server key (SHA-256): %1</source>
        <translation>Serversleutel (SHA-256): %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
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
        <translation>Het verzoek stoppen</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>heading of the box with the values a call returned</extracomment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Nog niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Verzoek wordt verzonden…</translation>
    </message>
    <message>
        <source>Done. The exchange below shows what went over the wire.</source>
        <translation>Klaar. De uitwisseling hieronder toont wat er over de lijn ging.</translation>
    </message>
    <message>
        <source>Failed with HTTP status %1.</source>
        <translation>Mislukt met HTTP-status %1.</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <extracomment>%1 is the kind of failure, e.g. &quot;Timed out&quot;.</extracomment>
        <translation>Mislukt (%1).</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 explains a failed call and names the next step</extracomment>
        <translation>Wat te doen: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the button that repeats a failed call</extracomment>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
</context>
<context>
    <name>studio::ui::ViewHelpers</name>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies text to the clipboard.</extracomment>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copies the text as shown: secrets stay masked unless you revealed them.</source>
        <translation>Kopieert de tekst zoals getoond: geheimen blijven gemaskeerd, tenzij u ze hebt getoond.</translation>
    </message>
</context>
</TS>
