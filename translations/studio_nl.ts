<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FailureHint</name>
    <message>
        <source>Go back to the first page to choose the key&apos;s environment, or to the API key page for a key of this environment, then run the steps again.</source>
        <translation>Ga terug naar de eerste pagina om de omgeving van de sleutel te kiezen, of naar de pagina API-sleutel voor een sleutel van deze omgeving, en voer de stappen daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>Go back to the API key page and enter or create another key; the device and session steps then run again with it.</source>
        <translation>Ga terug naar de pagina API-sleutel en voer een andere sleutel in of maak er een aan; de stappen voor apparaat en sessie worden daarna opnieuw met die sleutel uitgevoerd.</translation>
    </message>
    <message>
        <source>A registered device keeps its IP choice. To register a new one, change the device description on the first page, then choose other permitted IPs on the device page.</source>
        <translation>Een geregistreerd apparaat behoudt zijn IP-keuze. Wijzig de apparaatomschrijving op de eerste pagina om een nieuw apparaat te registreren, en kies daarna andere toegestane IP-adressen op de pagina Apparaat.</translation>
    </message>
    <message>
        <source>The installation is no longer known. Generate a new key pair on the key pair page to start a fresh installation.</source>
        <translation>De installatie is niet meer bekend. Genereer een nieuw sleutelpaar op de pagina Sleutelpaar om een nieuwe installatie te starten.</translation>
    </message>
    <message>
        <source>The box below explains the error and what to do. Once the cause is fixed, Retry repeats only this call.</source>
        <translation>Het vak hieronder legt de fout uit en zegt wat u kunt doen. Zodra de oorzaak is verholpen, herhaalt Opnieuw proberen alleen deze aanroep.</translation>
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
    <message>
        <source>A context file (bunq.conf) written by one of bunq&apos;s SDKs, to inspect and import.</source>
        <translation>Een contextbestand (bunq.conf) dat door een van de SDK&apos;s van bunq is geschreven, om te bekijken en te importeren.</translation>
    </message>
    <message>
        <source>Too many files: %1. Give one context file at most.
</source>
        <translation>Te veel bestanden: %1. Geef hoogstens één contextbestand op.
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
        <extracomment>%1 is bunq&apos;s X-Bunq-Client-Response-Id, which bunq support requests.</extracomment>
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
    <name>studio::console::Catalogue</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>List the users this session can see.</source>
        <translation>De gebruikers opvragen die deze sessie kan zien.</translation>
    </message>
    <message>
        <source>Read one user.</source>
        <translation>Eén gebruiker opvragen.</translation>
    </message>
    <message>
        <source>Monetary accounts</source>
        <translation>Rekeningen (monetary accounts)</translation>
    </message>
    <message>
        <source>List every monetary account of the user, of any type.</source>
        <translation>Alle rekeningen van de gebruiker opvragen, van elk type.</translation>
    </message>
    <message>
        <source>Read one monetary account, with its balance.</source>
        <translation>Eén rekening opvragen, met het saldo.</translation>
    </message>
    <message>
        <source>List the user&apos;s bank accounts.</source>
        <translation>De bankrekeningen van de gebruiker opvragen.</translation>
    </message>
    <message>
        <source>Read one bank account.</source>
        <translation>Eén bankrekening opvragen.</translation>
    </message>
    <message>
        <source>Open a new bank account.</source>
        <translation>Een nieuwe bankrekening openen.</translation>
    </message>
    <message>
        <source>Change the description of a bank account.</source>
        <translation>De omschrijving van een bankrekening wijzigen.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>List the payments of a monetary account, newest first.</source>
        <translation>De betalingen van een rekening opvragen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Read one payment.</source>
        <translation>Eén betaling opvragen.</translation>
    </message>
    <message>
        <source>Make a payment. The body must be signed.</source>
        <translation>Een betaling doen. De body moet ondertekend zijn.</translation>
    </message>
    <message>
        <source>Request inquiries</source>
        <translation>Betaalverzoeken (request-inquiry)</translation>
    </message>
    <message>
        <source>List the payment requests sent from a monetary account.</source>
        <translation>De betaalverzoeken opvragen die vanaf een rekening zijn verstuurd.</translation>
    </message>
    <message>
        <source>Read one payment request.</source>
        <translation>Eén betaalverzoek opvragen.</translation>
    </message>
    <message>
        <source>Request money. In the sandbox, sugardaddy@bunq.com pays up to EUR 500 per request.</source>
        <translation>Geld vragen. In de sandbox betaalt sugardaddy@bunq.com tot EUR 500 per verzoek.</translation>
    </message>
    <message>
        <source>Request responses</source>
        <translation>Ontvangen betaalverzoeken (request-response)</translation>
    </message>
    <message>
        <source>List the payment requests others sent to a monetary account.</source>
        <translation>De betaalverzoeken opvragen die anderen naar een rekening hebben gestuurd.</translation>
    </message>
    <message>
        <source>Read one received payment request.</source>
        <translation>Eén ontvangen betaalverzoek opvragen.</translation>
    </message>
    <message>
        <source>Accept or reject a received payment request. Accepting pays it, so the body must be signed.</source>
        <translation>Een ontvangen betaalverzoek accepteren of weigeren. Accepteren betaalt het verzoek, dus de body moet ondertekend zijn.</translation>
    </message>
    <message>
        <source>Draft payments</source>
        <translation>Conceptbetalingen</translation>
    </message>
    <message>
        <source>List the draft payments of a monetary account.</source>
        <translation>De conceptbetalingen van een rekening opvragen.</translation>
    </message>
    <message>
        <source>Read one draft payment.</source>
        <translation>Eén conceptbetaling opvragen.</translation>
    </message>
    <message>
        <source>Create a draft payment that the account holder accepts in the bunq app.</source>
        <translation>Een conceptbetaling aanmaken die de rekeninghouder in de bunq-app accepteert.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>List the user&apos;s cards.</source>
        <translation>De kaarten van de gebruiker opvragen.</translation>
    </message>
    <message>
        <source>Read one card.</source>
        <translation>Eén kaart opvragen.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>List the user&apos;s events: payments, requests and other activity, newest first.</source>
        <translation>De gebeurtenissen van de gebruiker opvragen: betalingen, verzoeken en andere activiteit, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Read one event.</source>
        <translation>Eén gebeurtenis opvragen.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Read the metadata of a public attachment: description and content type.</source>
        <translation>De metadata van een openbare bijlage opvragen: omschrijving en contenttype.</translation>
    </message>
    <message>
        <source>Download the raw bytes of a public attachment.</source>
        <translation>De ruwe bytes van een openbare bijlage downloaden.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>List the devices registered for this API key.</source>
        <translation>De apparaten opvragen die voor deze API-sleutel zijn geregistreerd.</translation>
    </message>
    <message>
        <source>Read one registered device.</source>
        <translation>Eén geregistreerd apparaat opvragen.</translation>
    </message>
    <message>
        <source>Installations</source>
        <translation>Installaties</translation>
    </message>
    <message>
        <source>List the installation of this session.</source>
        <translation>De installatie van deze sessie opvragen.</translation>
    </message>
    <message>
        <source>Read one installation.</source>
        <translation>Eén installatie opvragen.</translation>
    </message>
    <message>
        <source>Read the server public key that signs the responses of an installation.</source>
        <translation>De openbare sleutel van de server opvragen die de antwoorden van een installatie ondertekent.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>End the session. Its token stops working at once.</source>
        <translation>De sessie beëindigen. Het token ervan werkt meteen niet meer.</translation>
    </message>
</context>
<context>
    <name>studio::console::EndpointCatalogue</name>
    <message>
        <source>Entry %1</source>
        <translation>Vermelding %1</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;)</source>
        <extracomment>%1 is the position of the entry in the list, %2 its id.</extracomment>
        <translation>Vermelding %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must start with &quot;/v1/&quot;</source>
        <translation>moet beginnen met &quot;/v1/&quot;</translation>
    </message>
    <message>
        <source>must be a path without query or trailing &quot;/&quot;</source>
        <translation>moet een pad zijn zonder query en zonder afsluitende &quot;/&quot;</translation>
    </message>
    <message>
        <source>has an empty segment</source>
        <translation>heeft een leeg segment</translation>
    </message>
    <message>
        <source>has the malformed placeholder &quot;%1&quot;; a placeholder is a whole segment such as &quot;{userId}&quot;</source>
        <extracomment>%1 is a path segment such as &quot;{userId}x&quot;.</extracomment>
        <translation>heeft de onjuist gevormde placeholder &quot;%1&quot;; een placeholder is een heel segment, zoals &quot;{userId}&quot;</translation>
    </message>
    <message>
        <source>Entry %1 is not a JSON object.</source>
        <translation>Vermelding %1 is geen JSON-object.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; %3.</source>
        <extracomment>%1 names the entry, %2 the field, %3 what is wrong with it.</extracomment>
        <translation>%1: het veld &quot;%2&quot; %3.</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>moet een niet-lege string zijn</translation>
    </message>
    <message>
        <source>must be lower-case words joined by &quot;-&quot;, such as &quot;payment-create&quot;</source>
        <translation>moet bestaan uit woorden in kleine letters, verbonden door &quot;-&quot;, zoals &quot;payment-create&quot;</translation>
    </message>
    <message>
        <source>must be GET, POST, PUT or DELETE, not &quot;%1&quot;</source>
        <translation>moet GET, POST, PUT of DELETE zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is only allowed for POST and PUT, and this entry is %1</source>
        <translation>is alleen toegestaan bij POST en PUT, en deze vermelding is %1</translation>
    </message>
    <message>
        <source>must be a JSON object or a string</source>
        <translation>moet een JSON-object of een string zijn</translation>
    </message>
    <message>
        <source>The endpoint list is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser&apos;s message, %2 the byte offset.</extracomment>
        <translation>De endpointlijst is geen geldige JSON: %1 op byte %2.</translation>
    </message>
    <message>
        <source>The endpoint list must have &quot;format&quot;: &quot;%1&quot; and &quot;version&quot;: %2.</source>
        <translation>De endpointlijst moet &quot;format&quot;: &quot;%1&quot; en &quot;version&quot;: %2 bevatten.</translation>
    </message>
    <message>
        <source>The endpoint list has no &quot;entries&quot; array.</source>
        <translation>De endpointlijst heeft geen array &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>%1: the id is used by an earlier entry too.</source>
        <translation>%1: het id wordt ook door een eerdere vermelding gebruikt.</translation>
    </message>
    <message>
        <source>%1: %2 is listed by an earlier entry too.</source>
        <translation>%1: %2 staat ook al in een eerdere vermelding.</translation>
    </message>
</context>
<context>
    <name>studio::console::RequestHistory</name>
    <message>
        <source>entry %1 has an invalid body_base64</source>
        <translation>vermelding %1 heeft een ongeldige body_base64</translation>
    </message>
    <message>
        <source>entry %1 lacks a valid sent_at, method or path</source>
        <extracomment>%1 is the position of the entry in the file.</extracomment>
        <translation>vermelding %1 mist een geldige sent_at, method of path</translation>
    </message>
    <message>
        <source>The request history %1 cannot be opened: %2. Check the file&apos;s permissions; the console keeps no history until then.</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason.</extracomment>
        <translation>De verzoekgeschiedenis %1 kan niet worden geopend: %2. Controleer de rechten van het bestand; tot die tijd houdt de console geen geschiedenis bij.</translation>
    </message>
    <message>
        <source>The request history %1 is not valid (%2). It was left unchanged; when the next request is saved it is kept as %3 and a new history starts.</source>
        <extracomment>%1 is the file, %2 what is wrong with it, %3 the name it is kept under.</extracomment>
        <translation>De verzoekgeschiedenis %1 is ongeldig (%2). Het bestand is ongewijzigd gelaten; wanneer het volgende verzoek wordt opgeslagen, wordt het bewaard als %3 en begint een nieuwe geschiedenis.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>geen JSON: %1 op byte %2</translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2 and &quot;entries&quot; list</source>
        <translation>mist &quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2 of de lijst &quot;entries&quot;</translation>
    </message>
    <message>
        <source>The request was not saved in the history: the unreadable file %1 could not be renamed to %2. Move or delete it by hand.</source>
        <extracomment>%1 is the history file, %2 the name it should be moved to.</extracomment>
        <translation>Het verzoek is niet in de geschiedenis opgeslagen: het onleesbare bestand %1 kon niet worden hernoemd naar %2. Verplaats of verwijder het handmatig.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the request history. Check that its parent folder is writable.</source>
        <translation>Kan de map %1 voor de verzoekgeschiedenis niet aanmaken. Controleer of de bovenliggende map schrijfbaar is.</translation>
    </message>
    <message>
        <source>Cannot write the request history %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Kan de verzoekgeschiedenis %1 niet schrijven: %2. Controleer of de map schrijfbaar is en de schijf niet vol is.</translation>
    </message>
    <message>
        <source>Cannot restrict the request history %1 to its owner: %2.</source>
        <translation>Kan de toegang tot de verzoekgeschiedenis %1 niet tot de eigenaar beperken: %2.</translation>
    </message>
    <message>
        <source>Cannot write the request history %1: %2. Check that the disk is not full.</source>
        <translation>Kan de verzoekgeschiedenis %1 niet schrijven: %2. Controleer of de schijf niet vol is.</translation>
    </message>
</context>
<context>
    <name>studio::console::SandboxMoney</name>
    <message>
        <source>&quot;%1&quot; is not an amount in euros. Enter a number with at most two decimals, such as 25 or 12.50.</source>
        <extracomment>%1 is the amount as entered.</extracomment>
        <translation>&quot;%1&quot; is geen bedrag in euro&apos;s. Voer een getal in met hoogstens twee decimalen, zoals 25 of 12,50.</translation>
    </message>
    <message>
        <source>The amount must be more than EUR 0.00.</source>
        <translation>Het bedrag moet meer zijn dan EUR 0,00.</translation>
    </message>
    <message>
        <source>EUR %1 is more than sugardaddy@bunq.com gives: at most EUR %2.00 per request. Ask for %2 or less, and send another request for more.</source>
        <extracomment>%1 is the amount as entered, %2 the limit in whole euros.</extracomment>
        <translation>EUR %1 is meer dan sugardaddy@bunq.com geeft: hoogstens EUR %2,00 per verzoek. Vraag om %2 of minder, en stuur voor meer een volgend verzoek.</translation>
    </message>
    <message>
        <source>Open a session and pick a monetary account first: the request needs a user id and a monetary account id.</source>
        <translation>Open eerst een sessie en kies een rekening: het verzoek heeft een gebruikers-id en een rekening-id nodig.</translation>
    </message>
    <message>
        <source>The monetary account could not be read: %1</source>
        <translation>De rekening kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Monetary account %1 has no balance with value and currency in the response.</source>
        <extracomment>%1 is the monetary account id.</extracomment>
        <translation>Rekening %1 heeft in het antwoord geen saldo met waarde en valuta.</translation>
    </message>
    <message>
        <source>The response has no monetary account with id %1.</source>
        <translation>Het antwoord bevat geen rekening met id %1.</translation>
    </message>
    <message>
        <source>The response has no monetary account.</source>
        <translation>Het antwoord bevat geen rekening.</translation>
    </message>
</context>
<context>
    <name>studio::diagnostics::ErrorTable</name>
    <message>
        <source>The API key starts with &quot;sandbox_&quot;, so it was made for bunq&apos;s sandbox, but the call went to bunq&apos;s production API. Each environment accepts only its own keys and answers any other key with this credentials error.</source>
        <translation>De API-sleutel begint met &quot;sandbox_&quot; en is dus gemaakt voor de sandbox van bunq, maar de aanroep ging naar de productie-API van bunq. Elke omgeving accepteert alleen haar eigen sleutels en beantwoordt elke andere sleutel met deze fout in de toegangsgegevens.</translation>
    </message>
    <message>
        <source>Choose the bunq sandbox environment for this key, or use a production API key from the bunq app.</source>
        <translation>Kies voor deze sleutel de omgeving bunq-sandbox, of gebruik een productie-API-sleutel uit de bunq-app.</translation>
    </message>
    <message>
        <source>The API key has no &quot;sandbox_&quot; prefix, so it is a production key or a damaged one, but the call went to a sandbox. A sandbox accepts only sandbox keys and answers any other key with this credentials error.</source>
        <translation>De API-sleutel heeft geen voorvoegsel &quot;sandbox_&quot; en is dus een productiesleutel of een beschadigde sleutel, maar de aanroep ging naar een sandbox. Een sandbox accepteert alleen sandboxsleutels en beantwoordt elke andere sleutel met deze fout in de toegangsgegevens.</translation>
    </message>
    <message>
        <source>Use a sandbox API key (creating a sandbox user gives one), or choose bunq&apos;s production environment for this key.</source>
        <translation>Gebruik een sandbox-API-sleutel (bij het aanmaken van een sandboxgebruiker krijgt u er een), of kies voor deze sleutel de productieomgeving van bunq.</translation>
    </message>
    <message>
        <source>bunq did not accept the API key for a new device. The key is unknown to this environment, was revoked, was not given its first device within its activation window of a few hours, or was removed by a sandbox reset.</source>
        <translation>bunq heeft de API-sleutel niet geaccepteerd voor een nieuw apparaat. De sleutel is onbekend in deze omgeving, is ingetrokken, heeft binnen zijn activeringsperiode van enkele uren geen eerste apparaat gekregen, of is verwijderd door een reset van de sandbox.</translation>
    </message>
    <message>
        <source>Check that the whole key was copied. Otherwise create a new API key (in a sandbox, a new sandbox user) and register the device with it.</source>
        <translation>Controleer of de hele sleutel is gekopieerd. Maak anders een nieuwe API-sleutel aan (in een sandbox: een nieuwe sandboxgebruiker) en registreer het apparaat daarmee.</translation>
    </message>
    <message>
        <source>The call came from an IP address that the device does not permit. A device registered for this IP only, or for a list of addresses, accepts calls from those addresses alone, so it stops working when the address changes, as home and mobile connections often do. A wildcard device (permitted IPs &quot;*&quot;) accepts calls from any address, but then the API key alone is enough to use the account from anywhere. bunq sends the same text for a wrong or revoked API key.</source>
        <translation>De aanroep kwam van een IP-adres dat het apparaat niet toestaat. Een apparaat dat voor alleen dit IP-adres of voor een lijst met adressen is geregistreerd, accepteert alleen aanroepen vanaf die adressen. Het werkt dus niet meer wanneer het adres verandert, wat bij thuis- en mobiele verbindingen vaak gebeurt. Een wildcardapparaat (toegestane IP-adressen &quot;*&quot;) accepteert aanroepen vanaf elk adres, maar dan is de API-sleutel alleen al genoeg om de rekening van overal te gebruiken. bunq stuurt dezelfde tekst bij een verkeerde of ingetrokken API-sleutel.</translation>
    </message>
    <message>
        <source>Register a new device from this address: keep &quot;this IP only&quot; if the address is fixed, or choose the wildcard if it changes. If the address did not change, check the API key.</source>
        <translation>Registreer een nieuw apparaat vanaf dit adres: houd &quot;alleen dit IP-adres&quot; aan als het adres vast is, of kies de wildcard als het verandert. Is het adres niet veranderd, controleer dan de API-sleutel.</translation>
    </message>
    <message>
        <source>This installation already has a live session, and bunq opens one session at a time per installation.</source>
        <translation>Deze installatie heeft al een actieve sessie, en bunq opent per installatie één sessie tegelijk.</translation>
    </message>
    <message>
        <source>Keep using the open session, or end it with DELETE /v1/session/0 and then open a new one.</source>
        <translation>Blijf de open sessie gebruiken, of beëindig haar met DELETE /v1/session/0 en open daarna een nieuwe.</translation>
    </message>
    <message>
        <source>bunq refused to open a session with this installation and API key. That happens when the API key was revoked (deleted in the bunq app or replaced by a new one), or when a sandbox reset removed the installation and the key.</source>
        <translation>bunq weigerde een sessie te openen met deze installatie en API-sleutel. Dat gebeurt wanneer de API-sleutel is ingetrokken (verwijderd in de bunq-app of vervangen door een nieuwe), of wanneer een reset van de sandbox de installatie en de sleutel heeft verwijderd.</translation>
    </message>
    <message>
        <source>Create a new API key (in a sandbox, a new sandbox user), then register the installation, the device and the session again with it.</source>
        <translation>Maak een nieuwe API-sleutel aan (in een sandbox: een nieuwe sandboxgebruiker) en registreer daarmee opnieuw de installatie, het apparaat en de sessie.</translation>
    </message>
    <message>
        <source>The session token is no longer valid. A session ends after the user&apos;s session timeout (a week by default) unless calls extend it, at once with DELETE /v1/session, and with a sandbox reset; an installation token sent in place of a session token is refused the same way. bunq answers with 401 &quot;Insufficient authorisation.&quot; or with 403 &quot;Insufficient authentication.&quot;, which mean the same.</source>
        <translation>Het sessietoken is niet meer geldig. Een sessie eindigt na de sessietime-out van de gebruiker (standaard een week) als aanroepen haar niet verlengen, direct bij DELETE /v1/session, en bij een reset van de sandbox. Een installatietoken dat in plaats van een sessietoken wordt verzonden, wordt op dezelfde manier geweigerd. bunq antwoordt met 401 &quot;Insufficient authorisation.&quot; of met 403 &quot;Insufficient authentication.&quot;, die hetzelfde betekenen.</translation>
    </message>
    <message>
        <source>Open a new session with POST /v1/session-server and the installation token; the installation and the device stay valid. If bunq refuses the new session too, the API key was probably revoked.</source>
        <translation>Open een nieuwe sessie met POST /v1/session-server en het installatietoken; de installatie en het apparaat blijven geldig. Weigert bunq ook de nieuwe sessie, dan is de API-sleutel waarschijnlijk ingetrokken.</translation>
    </message>
    <message>
        <source>bunq requires a body signature for this call (opening a session, creating a payment, accepting a payment or request) and found no X-Bunq-Client-Signature header, or an empty one.</source>
        <translation>bunq vereist voor deze aanroep een handtekening over de body (een sessie openen, een betaling aanmaken, een betaling of verzoek accepteren) en vond geen X-Bunq-Client-Signature-header, of een lege.</translation>
    </message>
    <message>
        <source>Sign the exact body bytes with the installation&apos;s private key (RSA PKCS#1 v1.5 with SHA-256) and send the base64 signature in X-Bunq-Client-Signature.</source>
        <translation>Onderteken exact de bytes van de body met de privésleutel van de installatie (RSA PKCS#1 v1.5 met SHA-256) en verstuur de base64-handtekening in X-Bunq-Client-Signature.</translation>
    </message>
    <message>
        <source>bunq could not verify the X-Bunq-Client-Signature header over the body it received, using the public key that the installation registered.</source>
        <translation>bunq kon de X-Bunq-Client-Signature-header niet verifiëren over de ontvangen body met de openbare sleutel die de installatie heeft geregistreerd.</translation>
    </message>
    <message>
        <source>Open the Signing tab: the signature debugger checks the usual causes (bytes changed after signing, converted line endings, another text encoding, a key other than the installation&apos;s, an old-style signature) and shows which apply.</source>
        <translation>Open het tabblad Ondertekening: de handtekeningdebugger controleert de gebruikelijke oorzaken (bytes gewijzigd na het ondertekenen, omgezette regeleinden, een andere tekstcodering, een andere sleutel dan die van de installatie, een handtekening in oude stijl) en toont welke van toepassing zijn.</translation>
    </message>
    <message>
        <source>bunq limits the calls per IP address and endpoint in a sliding window: 3 GET, 5 POST and 2 PUT calls per 3 seconds, and 1 session-server call per 30 seconds. This call went over the limit and was not carried out.</source>
        <translation>bunq beperkt de aanroepen per IP-adres en endpoint in een schuivend venster: 3 GET-, 5 POST- en 2 PUT-aanroepen per 3 seconden, en 1 session-server-aanroep per 30 seconden. Deze aanroep ging over de limiet en is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Wait a few seconds, or 30 seconds for session-server, then send the call again.</source>
        <translation>Wacht een paar seconden, of 30 seconden bij session-server, en verstuur de aanroep dan opnieuw.</translation>
    </message>
    <message>
        <source>POST /v1/sandbox-user no longer exists: bunq deprecated it in March 2020 and removed it in September 2020.</source>
        <translation>POST /v1/sandbox-user bestaat niet meer: bunq markeerde het in maart 2020 als verouderd en verwijderde het in september 2020.</translation>
    </message>
    <message>
        <source>Create sandbox users with POST /v1/sandbox-user-person or POST /v1/sandbox-user-company; both return an API key.</source>
        <translation>Maak sandboxgebruikers aan met POST /v1/sandbox-user-person of POST /v1/sandbox-user-company; beide geven een API-sleutel terug.</translation>
    </message>
    <message>
        <source>The server has no endpoint at this path. The path may be misspelt, lack the /v1/ prefix, or name an endpoint that bunq has retired.</source>
        <translation>De server heeft geen endpoint op dit pad. Het pad is mogelijk verkeerd gespeld, mist het voorvoegsel /v1/, of noemt een endpoint dat bunq heeft uitgefaseerd.</translation>
    </message>
    <message>
        <source>Compare the path with bunq&apos;s API reference: endpoint names are lower case with dashes, such as monetary-account, with the ids between them.</source>
        <translation>Vergelijk het pad met de API-referentie van bunq: endpointnamen staan in kleine letters met streepjes, zoals monetary-account, met de id&apos;s ertussen.</translation>
    </message>
    <message>
        <source>The endpoint exists, but not for this HTTP method.</source>
        <translation>Het endpoint bestaat, maar niet voor deze HTTP-methode.</translation>
    </message>
    <message>
        <source>Send the call with a method that the endpoint accepts, as listed in bunq&apos;s API reference.</source>
        <translation>Verstuur de aanroep met een methode die het endpoint accepteert, zoals vermeld in de API-referentie van bunq.</translation>
    </message>
    <message>
        <source>The object that the path names does not exist, or the session&apos;s user cannot reach it: the user and account ids in a path must belong to the session&apos;s user.</source>
        <translation>Het object dat het pad noemt bestaat niet, of de gebruiker van de sessie heeft er geen toegang toe: de gebruikers- en rekening-id&apos;s in een pad moeten bij de gebruiker van de sessie horen.</translation>
    </message>
    <message>
        <source>Check the ids in the path against GET /v1/user and the monetary-account list.</source>
        <translation>Controleer de id&apos;s in het pad aan de hand van GET /v1/user en de lijst met monetary accounts.</translation>
    </message>
    <message>
        <source>bunq is in maintenance and handles no calls for now. Nothing is wrong with the request.</source>
        <translation>bunq is in onderhoud en verwerkt voorlopig geen aanroepen. Er is niets mis met het verzoek.</translation>
    </message>
    <message>
        <source>Send the same call again later, once the maintenance is over.</source>
        <translation>Verstuur dezelfde aanroep later opnieuw, zodra het onderhoud voorbij is.</translation>
    </message>
    <message>
        <source>bunq failed while handling the call. The failure is on bunq&apos;s side, not in the request.</source>
        <translation>Er ging bij bunq iets mis bij het verwerken van de aanroep. De fout ligt aan de kant van bunq, niet in het verzoek.</translation>
    </message>
    <message>
        <source>Retry once. If it fails again, contact bunq support and quote the response id %1, with which they can find this call.</source>
        <translation>Probeer het één keer opnieuw. Mislukt het weer, neem dan contact op met de support van bunq en vermeld de response-id %1, waarmee zij deze aanroep kunnen terugvinden.</translation>
    </message>
    <message>
        <source>The server failed while handling the call and sent no response id. bunq puts X-Bunq-Client-Response-Id on its responses, so this answer may come from a proxy or gateway between this app and bunq.</source>
        <translation>Er ging op de server iets mis bij het verwerken van de aanroep, en de server stuurde geen response-id. bunq zet X-Bunq-Client-Response-Id op zijn antwoorden, dus dit antwoord komt mogelijk van een proxy of gateway tussen deze app en bunq.</translation>
    </message>
    <message>
        <source>Retry later. If it fails again, check any proxy on the way, and give bunq support the time of the call, as there is no response id to quote.</source>
        <translation>Probeer het later opnieuw. Mislukt het weer, controleer dan eventuele proxy&apos;s onderweg en geef de support van bunq het tijdstip van de aanroep, want er is geen response-id om te vermelden.</translation>
    </message>
    <message>
        <source>A server on the way failed or is unavailable. Statuses such as 502 and 503 usually come from a gateway in front of bunq, or from a proxy.</source>
        <translation>Een server onderweg is vastgelopen of niet beschikbaar. Statussen zoals 502 en 503 komen meestal van een gateway vóór bunq, of van een proxy.</translation>
    </message>
    <message>
        <source>Send the call again in a while. If it keeps failing, check any proxy on the way.</source>
        <translation>Verstuur de aanroep na een tijdje opnieuw. Blijft het mislukken, controleer dan eventuele proxy&apos;s onderweg.</translation>
    </message>
    <message>
        <source>bunq rejected the content of the request; its text names the field or value it objects to.</source>
        <translation>bunq heeft de inhoud van het verzoek geweigerd; de tekst van bunq noemt het veld of de waarde waartegen bunq bezwaar heeft.</translation>
    </message>
    <message>
        <source>Correct what bunq&apos;s text names, then send the call again.</source>
        <translation>Corrigeer wat de tekst van bunq noemt en verstuur de aanroep daarna opnieuw.</translation>
    </message>
    <message>
        <source>No HTTP answer arrived: the server could not be reached, refused or dropped the connection, or the call was stopped.</source>
        <translation>Er kwam geen HTTP-antwoord: de server was niet bereikbaar, weigerde of verbrak de verbinding, of de aanroep is gestopt.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address (for the local sandbox, that it still runs), then retry.</source>
        <translation>Controleer de netwerkverbinding en het serveradres (bij de lokale sandbox: of die nog draait) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server did not send a complete answer in time. The call may still have taken effect on the server.</source>
        <translation>De server heeft niet op tijd een volledig antwoord gestuurd. De aanroep kan op de server toch effect hebben gehad.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry. Before repeating a payment, check whether the first one went through.</source>
        <translation>Controleer de netwerkverbinding en probeer het dan opnieuw. Controleer voordat u een betaling herhaalt of de eerste is doorgegaan.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent. Usual causes are a wrong system clock and a proxy or security program that intercepts HTTPS with a certificate of its own.</source>
        <translation>De beveiligde verbinding met de server is mislukt, dus er is niets verzonden. Gebruikelijke oorzaken zijn een verkeerde systeemklok en een proxy of beveiligingsprogramma dat HTTPS onderschept met een eigen certificaat.</translation>
    </message>
    <message>
        <source>Correct the system clock or the proxy settings, then retry.</source>
        <translation>Corrigeer de systeemklok of de proxy-instellingen en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server answered with status 200, but the body is not the {&quot;Response&quot;: [...]} envelope bunq sends, so nothing was taken from it.</source>
        <translation>De server antwoordde met status 200, maar de body is niet de {&quot;Response&quot;: [...]}-envelop die bunq stuurt, dus er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>Check that the environment&apos;s address leads to bunq&apos;s API and not to a login page or a proxy.</source>
        <translation>Controleer of het adres van de omgeving naar de API van bunq leidt en niet naar een inlogpagina of een proxy.</translation>
    </message>
    <message>
        <source>The response&apos;s X-Bunq-Server-Signature is missing or does not verify with the server public key from the installation, so the response was not trusted.</source>
        <translation>De X-Bunq-Server-Signature van het antwoord ontbreekt of klopt niet met de openbare sleutel van de server uit de installatie, dus het antwoord is niet vertrouwd.</translation>
    </message>
    <message>
        <source>Open the Signing tab for the checks made, then retry. If it happens again, something between this app and bunq changes the responses.</source>
        <translation>Open het tabblad Ondertekening voor de uitgevoerde controles en probeer het dan opnieuw. Gebeurt het weer, dan verandert iets tussen deze app en bunq de antwoorden.</translation>
    </message>
    <message>
        <source>The call was not sent, because a step it needs has not been done yet.</source>
        <translation>De aanroep is niet verzonden, omdat een stap die ervoor nodig is nog niet is uitgevoerd.</translation>
    </message>
    <message>
        <source>Complete the earlier step first (the installation before the device, the device before the session), then retry.</source>
        <translation>Voltooi eerst de eerdere stap (de installatie vóór het apparaat, het apparaat vóór de sessie) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server rejected the call with this status; its text says why.</source>
        <translation>De server heeft de aanroep met deze status geweigerd; de tekst zegt waarom.</translation>
    </message>
    <message>
        <source>Correct the request as the text says, then send it again.</source>
        <translation>Corrigeer het verzoek zoals de tekst aangeeft en verstuur het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>studio::diagnostics::SignatureDiagnosis</name>
    <message>
        <source>The body sent (%1 bytes) is not the bytes signed (%2 bytes); they differ from byte %3 on.</source>
        <extracomment>%1 and %2 are byte counts, %3 a byte offset from 0.</extracomment>
        <translation>De verzonden body (%1 bytes) is niet gelijk aan de ondertekende bytes (%2 bytes); ze verschillen vanaf byte %3.</translation>
    </message>
    <message>
        <source>The signature verifies here over the body as sent, with the installation&apos;s key, so bunq should have accepted it. The bytes may have changed on the way, for example in a proxy, which this app cannot see.</source>
        <translation>De handtekening klopt hier over de body zoals verzonden, met de sleutel van de installatie, dus bunq had hem moeten accepteren. Mogelijk zijn de bytes onderweg gewijzigd, bijvoorbeeld in een proxy, en dat kan deze app niet zien.</translation>
    </message>
    <message>
        <source>The body sent is byte for byte the bytes signed.</source>
        <translation>De verzonden body is byte voor byte gelijk aan de ondertekende bytes.</translation>
    </message>
    <message>
        <source>The signature verifies over the body as sent.</source>
        <translation>De handtekening klopt over de body zoals verzonden.</translation>
    </message>
    <message>
        <source>The bytes signed were not recorded, so they cannot be compared with the body sent.</source>
        <translation>De ondertekende bytes zijn niet vastgelegd, dus ze kunnen niet met de verzonden body worden vergeleken.</translation>
    </message>
    <message>
        <source>The body has no line breaks, so there were none to convert.</source>
        <translation>De body bevat geen regeleinden, dus er was niets om te converteren.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with CRLF line endings, but the body has LF line endings: they were converted after signing.</source>
        <translation>De handtekening klopt over de body met CRLF-regeleinden, maar de body heeft LF-regeleinden: ze zijn na het ondertekenen geconverteerd.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with LF line endings, but the body has CRLF line endings: they were converted after signing.</source>
        <translation>De handtekening klopt over de body met LF-regeleinden, maar de body heeft CRLF-regeleinden: ze zijn na het ondertekenen geconverteerd.</translation>
    </message>
    <message>
        <source>The signature verifies over the body with its line endings unchanged.</source>
        <translation>De handtekening klopt over de body met ongewijzigde regeleinden.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body with CRLF or with LF line endings either.</source>
        <translation>De handtekening klopt ook niet over de body met CRLF- of met LF-regeleinden.</translation>
    </message>
    <message>
        <source>The body is plain ASCII, which is the same in UTF-8 and Latin-1.</source>
        <translation>De body is puur ASCII, en dat is in UTF-8 en Latin-1 hetzelfde.</translation>
    </message>
    <message>
        <source>The signature verifies over the body encoded as UTF-8, but the body is Latin-1: the text was re-encoded after signing.</source>
        <translation>De handtekening klopt over de body gecodeerd als UTF-8, maar de body is Latin-1: de tekst is na het ondertekenen opnieuw gecodeerd.</translation>
    </message>
    <message>
        <source>The signature verifies over the body encoded as Latin-1, but the body is UTF-8: the text was re-encoded after signing.</source>
        <translation>De handtekening klopt over de body gecodeerd als Latin-1, maar de body is UTF-8: de tekst is na het ondertekenen opnieuw gecodeerd.</translation>
    </message>
    <message>
        <source>The signature verifies over the body in the encoding it has.</source>
        <translation>De handtekening klopt over de body in zijn huidige codering.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body re-encoded between Latin-1 and UTF-8 either.</source>
        <translation>De handtekening klopt ook niet over de body als die tussen Latin-1 en UTF-8 opnieuw wordt gecodeerd.</translation>
    </message>
    <message>
        <source>The key registered with the installation is not known here, so it cannot be compared with the signing key.</source>
        <translation>De sleutel die bij de installatie is geregistreerd, is hier niet bekend, dus hij kan niet met de ondertekeningssleutel worden vergeleken.</translation>
    </message>
    <message>
        <source>The installation&apos;s key verifies the signature.</source>
        <translation>De handtekening klopt met de sleutel van de installatie.</translation>
    </message>
    <message>
        <source>The key that signed is not known here, so it cannot be compared with the installation&apos;s key.</source>
        <translation>De sleutel waarmee is ondertekend, is hier niet bekend, dus hij kan niet met de sleutel van de installatie worden vergeleken.</translation>
    </message>
    <message>
        <source>The request was signed with the key %1, but the installation registered the key %2, and bunq verifies with that one.</source>
        <extracomment>%1 and %2 are the starts of two key fingerprints.</extracomment>
        <translation>Het verzoek is ondertekend met de sleutel %1, maar de installatie heeft de sleutel %2 geregistreerd, en bunq controleert met die sleutel.</translation>
    </message>
    <message>
        <source>The request was signed with the key the installation registered (%1).</source>
        <extracomment>%1 is the start of a key fingerprint.</extracomment>
        <translation>Het verzoek is ondertekend met de sleutel die de installatie heeft geregistreerd (%1).</translation>
    </message>
    <message>
        <source>The signature covers the method, path and headers as well as the body, as bunq required until 2020. bunq now verifies it over the body alone.</source>
        <translation>De handtekening dekt naast de body ook de methode, het pad en de headers, zoals bunq tot 2020 vereiste. bunq controleert hem nu alleen over de body.</translation>
    </message>
    <message>
        <source>The signature covers the status and headers as well as the body, as bunq signed until April 2020.</source>
        <translation>De handtekening dekt naast de body ook de status en de headers, zoals bunq tot april 2020 ondertekende.</translation>
    </message>
    <message>
        <source>The signature covers the body alone, as bunq expects.</source>
        <translation>De handtekening dekt alleen de body, zoals bunq verwacht.</translation>
    </message>
    <message>
        <source>The signature does not verify over the method, path, headers and body either.</source>
        <translation>De handtekening klopt ook niet over de methode, het pad, de headers en de body.</translation>
    </message>
    <message>
        <source>The signature does not verify over the status, headers and body either.</source>
        <translation>De handtekening klopt ook niet over de status, de headers en de body.</translation>
    </message>
    <message>
        <source>The request has no X-Bunq-Client-Signature header, or an empty one.</source>
        <translation>Het verzoek heeft geen X-Bunq-Client-Signature-header, of een lege.</translation>
    </message>
    <message>
        <source>The request carries a signature.</source>
        <translation>Het verzoek heeft een handtekening.</translation>
    </message>
    <message>
        <source>No public key is known to verify the signature with.</source>
        <translation>Er is geen openbare sleutel bekend om de handtekening mee te controleren.</translation>
    </message>
    <message>
        <source>The signature verifies over the body as received.</source>
        <translation>De handtekening klopt over de body zoals ontvangen.</translation>
    </message>
    <message>
        <source>The response arrived compressed and was checked after decompression; bunq may have signed the compressed bytes.</source>
        <translation>Het antwoord kwam gecomprimeerd binnen en is na het uitpakken gecontroleerd; mogelijk heeft bunq de gecomprimeerde bytes ondertekend.</translation>
    </message>
    <message>
        <source>The signature does not verify over the body as received. The body may have changed on the way, or the server signed with another key; the exchange cannot tell which.</source>
        <translation>De handtekening klopt niet over de body zoals ontvangen. Mogelijk is de body onderweg gewijzigd, of heeft de server met een andere sleutel ondertekend; uit de uitwisseling valt niet af te leiden welke van de twee.</translation>
    </message>
    <message>
        <source>The response was checked with the key %1, but the installation&apos;s server key is %2.</source>
        <extracomment>%1 and %2 are the starts of two key fingerprints.</extracomment>
        <translation>Het antwoord is gecontroleerd met de sleutel %1, maar de serversleutel van de installatie is %2.</translation>
    </message>
    <message>
        <source>The installation&apos;s server key verifies the signature.</source>
        <translation>De handtekening klopt met de serversleutel van de installatie.</translation>
    </message>
    <message>
        <source>The server key verifies the signature over none of the variants tried, so the server may have signed with another key.</source>
        <translation>Met de serversleutel klopt de handtekening over geen van de geprobeerde varianten, dus mogelijk heeft de server met een andere sleutel ondertekend.</translation>
    </message>
    <message>
        <source>The response has no X-Bunq-Server-Signature header.</source>
        <translation>Het antwoord heeft geen X-Bunq-Server-Signature-header.</translation>
    </message>
    <message>
        <source>The response carries a signature.</source>
        <translation>Het antwoord heeft een handtekening.</translation>
    </message>
    <message>
        <source>The server key is not known here.</source>
        <translation>De serversleutel is hier niet bekend.</translation>
    </message>
    <message>
        <source>Signature missing</source>
        <translation>Handtekening ontbreekt</translation>
    </message>
    <message>
        <source>Bytes changed after signing</source>
        <translation>Bytes gewijzigd na het ondertekenen</translation>
    </message>
    <message>
        <source>CRLF conversion</source>
        <extracomment>CRLF and LF are the Windows and Unix line endings.</extracomment>
        <translation>CRLF-conversie</translation>
    </message>
    <message>
        <source>Different text encoding</source>
        <translation>Andere tekstcodering</translation>
    </message>
    <message>
        <source>Key does not match the installation</source>
        <translation>Sleutel komt niet overeen met de installatie</translation>
    </message>
    <message>
        <source>Old-style signature over status and headers</source>
        <translation>Oude handtekening over status en headers</translation>
    </message>
    <message>
        <source>Old-style signature over method, path and headers</source>
        <translation>Oude handtekening over methode, pad en headers</translation>
    </message>
    <message>
        <source>ruled in</source>
        <extracomment>A possible cause of a rejected signature that a check confirmed.</extracomment>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>ruled out</source>
        <extracomment>A possible cause of a rejected signature that a check excluded.</extracomment>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <source>undecided</source>
        <extracomment>A possible cause of a rejected signature that no check could decide.</extracomment>
        <translation>onbeslist</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>handtekening geldig</translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation>handtekening ongeldig</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>geen handtekening</translation>
    </message>
    <message>
        <source>not checked: the public key is not known</source>
        <translation>niet gecontroleerd: de openbare sleutel is niet bekend</translation>
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
    <name>studio::session::KeptCall</name>
    <message>
        <source>The call was cancelled before it was sent.</source>
        <translation>De aanroep is geannuleerd voordat hij werd verzonden.</translation>
    </message>
</context>
<context>
    <name>studio::session::ProxySettings</name>
    <message>
        <source>The proxy &quot;%1&quot; starts with https://, but TLS to the proxy itself is not supported. Write http:// instead: calls to bunq stay encrypted end to end through an HTTP proxy.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked.</extracomment>
        <translation>De proxy &quot;%1&quot; begint met https://, maar TLS naar de proxy zelf wordt niet ondersteund. Schrijf in plaats daarvan http://: aanroepen naar bunq blijven via een HTTP-proxy end-to-end versleuteld.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; starts with %2://, which is not supported. Use http:// for an HTTP proxy or socks5:// for a SOCKS5 proxy.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme, such as socks4.</extracomment>
        <translation>De proxy &quot;%1&quot; begint met %2://, en dat wordt niet ondersteund. Gebruik http:// voor een HTTP-proxy of socks5:// voor een SOCKS5-proxy.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no scheme. Write http://%1 for an HTTP proxy or socks5://%1 for a SOCKS5 proxy.</source>
        <extracomment>%1 is the proxy as entered, with any password masked.</extracomment>
        <translation>De proxy &quot;%1&quot; heeft geen schema. Schrijf http://%1 voor een HTTP-proxy of socks5://%1 voor een SOCKS5-proxy.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a valid URL (%2). Write it as http://host:port or socks5://host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 the parser&apos;s reason.</extracomment>
        <translation>De proxy &quot;%1&quot; is geen geldige URL (%2). Schrijf hem als http://host:poort of socks5://host:poort.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no host name. Write it as %2://host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme.</extracomment>
        <translation>De proxy &quot;%1&quot; heeft geen hostnaam. Schrijf hem als %2://host:poort.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has no port. Add the port the proxy listens on, from 1 to 65535, as in %2://%3:3128.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked; %2 its scheme, %3 its host.</extracomment>
        <translation>De proxy &quot;%1&quot; heeft geen poort. Voeg de poort toe waarop de proxy luistert, van 1 tot 65535, zoals in %2://%3:3128.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has something after host:port. A proxy URL ends with the port; remove the rest.</source>
        <extracomment>%1 is the proxy URL as entered, with any password masked.</extracomment>
        <translation>De proxy &quot;%1&quot; bevat iets na host:poort. Een proxy-URL eindigt met de poort; verwijder de rest.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; has a password but no user name. Write it as %2://user:password@host:port.</source>
        <extracomment>%1 is the proxy URL as entered, with the password masked; %2 its scheme.</extracomment>
        <translation>De proxy &quot;%1&quot; heeft een wachtwoord maar geen gebruikersnaam. Schrijf hem als %2://gebruiker:wachtwoord@host:poort.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is reached over plain http://, and the proxy %2 is not on this computer, so tokens and keys would cross the network unencrypted. Use no proxy for this profile, or a proxy on 127.0.0.1.</source>
        <extracomment>%1 is the API base URL, %2 the proxy URL with any password masked.</extracomment>
        <translation>Er is niets verzonden: %1 wordt via gewoon http:// bereikt, en de proxy %2 staat niet op deze computer, dus tokens en sleutels zouden onversleuteld over het netwerk gaan. Gebruik voor dit profiel geen proxy, of een proxy op 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>studio::session::SessionKeeper</name>
    <message>
        <source>The session was closed before this call could be sent.</source>
        <translation>De sessie is gesloten voordat deze aanroep kon worden verzonden.</translation>
    </message>
    <message>
        <source>The session of this profile was closed, so nothing was sent. Open a new session to send calls again.</source>
        <translation>De sessie van dit profiel is gesloten, dus er is niets verzonden. Open een nieuwe sessie om weer aanroepen te verzenden.</translation>
    </message>
    <message>
        <source>bunq refused a new session with &quot;%1&quot; although this profile&apos;s installation and device are registered, so the API key was probably revoked in the bunq app. Create a new API key in the bunq app and set up this profile again with it.</source>
        <extracomment>%1 is bunq&apos;s error text, such as &quot;Insufficient authorisation.&quot;.</extracomment>
        <translation>bunq weigerde een nieuwe sessie met &quot;%1&quot;, hoewel de installatie en het apparaat van dit profiel geregistreerd zijn, dus de API-sleutel is waarschijnlijk ingetrokken in de bunq-app. Maak in de bunq-app een nieuwe API-sleutel aan en richt dit profiel daarmee opnieuw in.</translation>
    </message>
    <message>
        <source>The sandbox refused a new session with &quot;%1&quot; although this profile&apos;s installation and device are registered. The API key may have been revoked, or the sandbox may have been reset, which removes every sandbox user and API key. Create a new sandbox user, which comes with a new API key, and set up this profile again with it.</source>
        <extracomment>%1 is the sandbox&apos;s error text, such as &quot;Insufficient authorisation.&quot;.</extracomment>
        <translation>De sandbox weigerde een nieuwe sessie met &quot;%1&quot;, hoewel de installatie en het apparaat van dit profiel geregistreerd zijn. Mogelijk is de API-sleutel ingetrokken, of is de sandbox gereset, waarbij elke sandboxgebruiker en API-sleutel wordt verwijderd. Maak een nieuwe sandboxgebruiker aan, die een nieuwe API-sleutel meekrijgt, en richt dit profiel daarmee opnieuw in.</translation>
    </message>
    <message>
        <source>A new session needs this profile&apos;s installation and API key, and one of them is missing. Set up the profile again.</source>
        <translation>Voor een nieuwe sessie zijn de installatie en de API-sleutel van dit profiel nodig, en een van beide ontbreekt. Richt het profiel opnieuw in.</translation>
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
        <translation>public_key_client past niet bij private_key_client. De openbare sleutel wordt in plaats daarvan uit de privésleutel afgeleid, maar bunq kent de installatie mogelijk onder de andere sleutel.</translation>
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
    <name>studio::storage::KeychainSecretStore</name>
    <message>
        <source>No secret service is running (%1). Start the desktop&apos;s keyring, or keep secrets in a passphrase file instead.</source>
        <translation>Er draait geen Secret Service (%1). Start de sleutelring van de desktop, of bewaar geheimen in plaats daarvan in een bestand met wachtwoordzin.</translation>
    </message>
    <message>
        <source>The secret service denied access (%1). Unlock the keyring and try again.</source>
        <translation>De Secret Service weigerde de toegang (%1). Ontgrendel de sleutelring en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The secret service reported an error: %1.</source>
        <translation>De Secret Service meldde een fout: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The secret service did not respond within %n second(s).</source>
        <translation>
            <numerusform>De Secret Service reageerde niet binnen %n seconde.</numerusform>
            <numerusform>De Secret Service reageerde niet binnen %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a test entry failed: %1</source>
        <translation>Het schrijven van een testitem is mislukt: %1</translation>
    </message>
    <message>
        <source>Reading back a test entry failed: %1</source>
        <translation>Het teruglezen van een testitem is mislukt: %1</translation>
    </message>
    <message>
        <source>The secret service returned other bytes than were written to it.</source>
        <translation>De Secret Service gaf andere bytes terug dan erin zijn geschreven.</translation>
    </message>
    <message>
        <source>Deleting a test entry failed: %1</source>
        <translation>Het verwijderen van een testitem is mislukt: %1</translation>
    </message>
    <message>
        <source>Secret service</source>
        <extracomment>Where secrets are kept: the desktop&apos;s keyring, reached over D-Bus.</extracomment>
        <translation>Secret Service (sleutelring)</translation>
    </message>
    <message>
        <source>The secret service has no secrets for this profile (id %1). Complete the onboarding again, or import a context file.</source>
        <translation>De Secret Service heeft geen geheimen voor dit profiel (id %1). Doorloop de onboarding opnieuw, of importeer een contextbestand.</translation>
    </message>
    <message>
        <source>The secret service entry of this profile (id %1) cannot be read: %2</source>
        <translation>Het item van dit profiel (id %1) in de Secret Service kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>studio::storage::PassphraseSecretStore</name>
    <message>
        <source>%1 is not a secrets file of this app. Move it away, and the next save creates a new one.</source>
        <translation>%1 is geen geheimenbestand van deze app. Verplaats het; bij de volgende keer opslaan wordt een nieuw bestand aangemaakt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this app. Update the app to read it.</source>
        <translation>%1 is geschreven door een nieuwere versie van deze app. Werk de app bij om het te lezen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup, or move it away and complete the onboarding of each profile again.</source>
        <translation>%1 is beschadigd (%2). Zet het terug uit een back-up, of verplaats het en doorloop de onboarding van elk profiel opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1. Enter the passphrase that was set when the file was created.</source>
        <translation>De wachtwoordzin ontgrendelt %1 niet. Voer de wachtwoordzin in die is ingesteld toen het bestand werd aangemaakt.</translation>
    </message>
    <message>
        <source>%1 was changed after this app wrote it: the passphrase is right, but the content fails its integrity check. Restore the file from a backup.</source>
        <translation>%1 is gewijzigd nadat deze app het had geschreven: de wachtwoordzin klopt, maar de inhoud doorstaat de integriteitscontrole niet. Zet het bestand terug uit een back-up.</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2.</source>
        <translation>Kan %1 niet ontsleutelen: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, so it is not a secrets file of this app. Move it away.</source>
        <translation>%1 is groter dan %2 bytes, dus het is geen geheimenbestand van deze app. Verplaats het.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Kan %1 niet lezen: %2. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 Restore it from a backup.</source>
        <translation>%1 kan niet worden gelezen: %2 Zet het terug uit een back-up.</translation>
    </message>
    <message>
        <source>Cannot encrypt the secrets for %1: %2.</source>
        <translation>Kan de geheimen voor %1 niet versleutelen: %2.</translation>
    </message>
    <message>
        <source>Another program has been using %1 for %2 seconds. Close other copies of this app and try again.</source>
        <translation>Een ander programma gebruikt %1 al %2 seconden. Sluit andere exemplaren van deze app en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Passphrase file</source>
        <extracomment>Where secrets are kept: one file encrypted with a passphrase the user sets.</extracomment>
        <translation>Bestand met wachtwoordzin</translation>
    </message>
    <message>
        <source>%1 holds no secrets for this profile (id %2). Complete the onboarding again, or import a context file.</source>
        <translation>%1 bevat geen geheimen voor dit profiel (id %2). Doorloop de onboarding opnieuw, of importeer een contextbestand.</translation>
    </message>
    <message>
        <source>The new passphrase is empty. Enter a passphrase.</source>
        <translation>De nieuwe wachtwoordzin is leeg. Voer een wachtwoordzin in.</translation>
    </message>
    <message>
        <source>No passphrase is set for %1. Enter the passphrase.</source>
        <translation>Voor %1 is geen wachtwoordzin ingesteld. Voer de wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>studio::storage::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1. Check that its parent folder exists and is writable.</source>
        <translation>Kan de map %1 niet aanmaken. Controleer of de bovenliggende map bestaat en schrijfbaar is.</translation>
    </message>
    <message>
        <source>Cannot restrict the folder %1 to its owner. Check that you own it.</source>
        <translation>Kan de toegang tot de map %1 niet tot de eigenaar beperken. Controleer of u de eigenaar bent.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Kan %1 niet schrijven: %2. Controleer of de map schrijfbaar is en de schijf niet vol is.</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner: %2.</source>
        <translation>Kan de toegang tot %1 niet tot de eigenaar beperken: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the disk is not full; the previous file is unchanged.</source>
        <translation>Kan %1 niet schrijven: %2. Controleer of de schijf niet vol is; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. The previous file is unchanged.</source>
        <translation>Kan %1 niet vervangen: %2. Het vorige bestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>studio::storage::Profile</name>
    <message>
        <source>environment.baseUrl &quot;%1&quot; is not an http or https URL.</source>
        <translation>environment.baseUrl &quot;%1&quot; is geen http- of https-URL.</translation>
    </message>
    <message>
        <source>environment.kind &quot;%1&quot; is unknown: expected production, sandbox or local-sandbox.</source>
        <translation>environment.kind &quot;%1&quot; is onbekend: verwacht werd production, sandbox of local-sandbox.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1 &quot;%2&quot; is geen datum en tijd volgens ISO 8601.</translation>
    </message>
    <message>
        <source>The client private key of profile &quot;%1&quot; cannot be read: %2 Complete the onboarding again to create a new key.</source>
        <translation>De privésleutel van de client van profiel &quot;%1&quot; kan niet worden gelezen: %2 Doorloop de onboarding opnieuw om een nieuwe sleutel aan te maken.</translation>
    </message>
    <message>
        <source>The server public key of profile &quot;%1&quot; cannot be read: %2 Complete the installation step again to fetch it.</source>
        <translation>De openbare sleutel van de server van profiel &quot;%1&quot; kan niet worden gelezen: %2 Voer de installatiestap opnieuw uit om hem op te halen.</translation>
    </message>
    <message>
        <source>The &quot;version&quot; member is missing, so this is not a profile file.</source>
        <translation>Het veld &quot;version&quot; ontbreekt, dus dit is geen profielbestand.</translation>
    </message>
    <message>
        <source>The profile has format version %1, but this version of the app reads version %2 at most. Update the app.</source>
        <translation>Het profiel heeft formaatversie %1, maar deze versie van de app leest hoogstens versie %2. Werk de app bij.</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID.</source>
        <translation>id &quot;%1&quot; is geen UUID.</translation>
    </message>
</context>
<context>
    <name>studio::storage::ProfileStore</name>
    <message>
        <source>The profile file %1 does not exist. Reload the list of profiles.</source>
        <translation>Het profielbestand %1 bestaat niet. Laad de lijst met profielen opnieuw.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2. Check that the folder is writable.</source>
        <translation>Kan %1 niet verwijderen: %2. Controleer of de map schrijfbaar is.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, so it is not a profile file. Move it out of the profiles folder.</source>
        <translation>%1 is groter dan %2 bytes, dus het is geen profielbestand. Verplaats het uit de profielenmap.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Kan %1 niet lezen: %2. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and was skipped. Restore it from a backup, or delete it and create the profile again.</source>
        <translation>%1 is beschadigd (%2) en is overgeslagen. Zet het terug uit een back-up, of verwijder het en maak het profiel opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 Restore it from a backup, or delete it and create the profile again.</source>
        <translation>%1 kan niet worden gelezen: %2 Zet het terug uit een back-up, of verwijder het en maak het profiel opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 contains the profile id %2, which does not match its file name. Rename the file to %2.json or restore it from a backup.</source>
        <translation>%1 bevat het profiel-id %2, dat niet overeenkomt met de bestandsnaam. Hernoem het bestand naar %2.json of zet het terug uit een back-up.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id: ids are UUIDs such as 0f8fad5b-d9cb-469f-a165-70867728950e. Pick the profile from the list.</source>
        <translation>&quot;%1&quot; is geen profiel-id: id&apos;s zijn UUID&apos;s, zoals 0f8fad5b-d9cb-469f-a165-70867728950e. Kies het profiel uit de lijst.</translation>
    </message>
    <message>
        <source>The profile name is empty. Enter a name.</source>
        <translation>De profielnaam is leeg. Voer een naam in.</translation>
    </message>
</context>
<context>
    <name>studio::storage::SecretStore</name>
    <message>
        <source>The stored secrets are not in a layout this app wrote.</source>
        <translation>De opgeslagen geheimen hebben geen indeling die deze app schrijft.</translation>
    </message>
    <message>
        <source>The stored secrets have layout version %1, but this version of the app reads version %2. Update the app.</source>
        <translation>De opgeslagen geheimen hebben indelingsversie %1, maar deze versie van de app leest versie %2. Werk de app bij.</translation>
    </message>
    <message>
        <source>The stored secrets are truncated or damaged.</source>
        <translation>De opgeslagen geheimen zijn afgekapt of beschadigd.</translation>
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
        <extracomment>%1 names the wizard page where the cause can be fixed.</extracomment>
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
    <name>studio::ui::AppShell</name>
    <message>
        <source>The profile could not be saved: %1. The session stays open; the next change tries again.</source>
        <extracomment>%1 the reason.</extracomment>
        <translation>Het profiel kon niet worden opgeslagen: %1. De sessie blijft open; bij de volgende wijziging wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Het profiel kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret service is not used: %1</source>
        <extracomment>%1 the reason the secret service cannot be used.</extracomment>
        <translation>De Secret Service van de desktop wordt niet gebruikt: %1</translation>
    </message>
    <message>
        <source>Waiting for the local sandbox to start…</source>
        <translation>Wachten tot de lokale sandbox is gestart…</translation>
    </message>
    <message>
        <source>The profile uses the local sandbox, which did not start: %1</source>
        <extracomment>%1 why the local sandbox did not start.</extracomment>
        <translation>Het profiel gebruikt de lokale sandbox, die niet is gestart: %1</translation>
    </message>
    <message>
        <source>The profile is open in a window. Close that window, then delete the profile.</source>
        <translation>Het profiel is geopend in een venster. Sluit dat venster en verwijder het profiel daarna.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Open Context File</source>
        <translation>Contextbestand openen</translation>
    </message>
    <message>
        <source>bunq SDK context files (*.conf);;All files (*)</source>
        <translation>Contextbestanden van bunq-SDK&apos;s (*.conf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Default profile name; %1 environment such as &quot;Local sandbox&quot;, %2 user name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checking whether the desktop&apos;s secret service responds…</source>
        <translation>Controleren of de Secret Service van de desktop reageert…</translation>
    </message>
</context>
<context>
    <name>studio::ui::BodyView</name>
    <message>
        <source>unexpected character at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>onverwacht teken op byte %1</translation>
    </message>
    <message>
        <source>the body ends too early</source>
        <translation>de body eindigt te vroeg</translation>
    </message>
    <message>
        <source>invalid string at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>ongeldige string op byte %1</translation>
    </message>
    <message>
        <source>invalid number at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>ongeldig getal op byte %1</translation>
    </message>
    <message>
        <source>more text after the JSON value at byte %1</source>
        <extracomment>%1 is a byte offset in the body.</extracomment>
        <translation>meer tekst na de JSON-waarde op byte %1</translation>
    </message>
    <message>
        <source>Preparing %1 for display…</source>
        <extracomment>%1 is a size such as &quot;10.2 MB&quot;.</extracomment>
        <translation>%1 wordt voorbereid voor weergave…</translation>
    </message>
    <message>
        <source>JSON, indented for reading.</source>
        <translation>JSON, leesbaar ingesprongen.</translation>
    </message>
    <message>
        <source>Not JSON (%1), shown as received.</source>
        <extracomment>%1 describes the problem, e.g. &quot;unexpected character at byte 1&quot;.</extracomment>
        <translation>Geen JSON (%1), getoond zoals ontvangen.</translation>
    </message>
    <message>
        <source>Not valid UTF-8 text: the Raw tab shows the bytes in hex.</source>
        <translation>Geen geldige UTF-8-tekst: het tabblad Ruw toont de bytes in hex.</translation>
    </message>
    <message>
        <source>Formatted</source>
        <extracomment>Page of a body view: the body indented for reading.</extracomment>
        <translation>Opgemaakt</translation>
    </message>
    <message>
        <source>Tree</source>
        <extracomment>Page of a body view: the JSON body as a collapsible tree.</extracomment>
        <translation>Boom</translation>
    </message>
    <message>
        <source>Raw</source>
        <extracomment>Page of a body view: the body exactly as received.</extracomment>
        <translation>Ruw</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>De body is geen JSON.</translation>
    </message>
    <message>
        <source>Preparing the body…</source>
        <translation>Body wordt voorbereid…</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(lege body)</translation>
    </message>
    <message>
        <source>Preparing… %p%</source>
        <extracomment>%p is replaced by the percentage done.</extracomment>
        <translation>Voorbereiden… %p%</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Toggle on the Raw page of a body view.</extracomment>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes in hex: the offset, 16 bytes and their ASCII characters on each line.</source>
        <translation>Toon de bytes in hex: per regel de offset, 16 bytes en hun ASCII-tekens.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8, so it is shown as hex.</source>
        <translation>De body is geen geldige UTF-8 en wordt daarom in hex getoond.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>%1 in hex</source>
        <extracomment>%1 is &quot;Request body&quot; or &quot;Response body&quot;.</extracomment>
        <translation>%1 in hex</translation>
    </message>
    <message>
        <source>%1 as received</source>
        <translation>%1 zoals ontvangen</translation>
    </message>
</context>
<context>
    <name>studio::ui::ContextFileDialog</name>
    <message>
        <source>%1 has %2 bytes, far more than a bunq SDK context file, so it is not one. Choose the bunq.conf file your SDK wrote.</source>
        <extracomment>%1 file name, %2 its size in bytes.</extracomment>
        <translation>%1 is %2 bytes groot, veel groter dan een contextbestand van een bunq-SDK, dus het is er geen. Kies het bestand bunq.conf dat uw SDK heeft geschreven.</translation>
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
        <translation>Contextbestand openen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-sleutel:</translation>
    </message>
    <message>
        <source>Client key pair:</source>
        <translation>Clientsleutelpaar:</translation>
    </message>
    <message>
        <source>Installation token:</source>
        <translation>Installatietoken:</translation>
    </message>
    <message>
        <source>Server public key:</source>
        <extracomment>SHA-256 fingerprint of bunq&apos;s server public key.</extracomment>
        <translation>Openbare sleutel van de server:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Sessietoken:</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>The bunq user the session belongs to.</extracomment>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Expiry in the file:</source>
        <extracomment>expiry_time as written in the file.</extracomment>
        <translation>Vervaltijd in het bestand:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <extracomment>Parts of a session context that the file does not contain.</extracomment>
        <translation>Ontbreekt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <extracomment>Notes about the file: what was found, missing or odd.</extracomment>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
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
        <source>What the file contains</source>
        <translation>Wat het bestand bevat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Send &amp;calls to:</source>
        <extracomment>Which server the imported context&apos;s calls go to.</extracomment>
        <translation>&amp;Aanroepen sturen naar:</translation>
    </message>
    <message>
        <source>C&amp;heck Session</source>
        <translation>Sessie &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Re-open Session</source>
        <translation>Sessie opnieuw &amp;openen</translation>
    </message>
    <message>
        <source>Keep as a profile</source>
        <translation>Als profiel bewaren</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profiel&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Save as Profile</source>
        <translation>Als profiel op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Ander &amp;bestand openen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No file opened</source>
        <translation>Geen bestand geopend</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <extracomment>%1 file name.</extracomment>
        <translation>%1 kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>Nothing was imported, and your saved profiles are unchanged. Choose another file, or export the context again from the program that wrote it.</source>
        <translation>Er is niets geïmporteerd en uw opgeslagen profielen zijn ongewijzigd. Kies een ander bestand, of exporteer de context opnieuw uit het programma dat hem heeft geschreven.</translation>
    </message>
    <message>
        <source>%1
Its layout matches none of bunq&apos;s SDKs exactly.</source>
        <extracomment>%1 full path of the file, %2 SDK name such as &quot;Python&quot;.</extracomment>
        <translation>%1
De opmaak komt met geen enkele SDK van bunq precies overeen.</translation>
    </message>
    <message>
        <source>%1
Most likely written by bunq&apos;s %2 SDK.</source>
        <translation>%1
Waarschijnlijk geschreven door de %2-SDK van bunq.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <extracomment>%1 user name, %2 user kind such as Person, %3 user id.</extracomment>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>%1 (local time; not yet checked with the server)</source>
        <extracomment>%1 the file&apos;s expiry as local time.</extracomment>
        <translation>%1 (lokale tijd; nog niet bij de server gecontroleerd)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>the session token, so a new session must be opened</source>
        <translation>het sessietoken, dus er moet een nieuwe sessie worden geopend</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>de gebruiker</translation>
    </message>
    <message>
        <source>the expiry time</source>
        <translation>de vervaltijd</translation>
    </message>
    <message>
        <source>the device-server id, which bunq&apos;s SDKs do not save</source>
        <extracomment>The SDKs do not write the device-server id into their files.</extracomment>
        <translation>het device-server-id, dat de SDK&apos;s van bunq niet opslaan</translation>
    </message>
    <message>
        <source>Local sandbox built into this app (%1)</source>
        <extracomment>%1 host and port of the local sandbox.</extracomment>
        <translation>Lokale sandbox, ingebouwd in deze app (%1)</translation>
    </message>
    <message>
        <source>The file holds no session. Re-open Session opens one on the file&apos;s installation.</source>
        <translation>Het bestand bevat geen sessie. Sessie opnieuw openen opent er een op de installatie uit het bestand.</translation>
    </message>
    <message>
        <source>Not checked yet. The expiry time in the file comes from another program&apos;s clock, so only the server can tell whether the session is alive: Check Session sends GET /v1/user with the session token.</source>
        <translation>Nog niet gecontroleerd. De vervaltijd in het bestand komt van de klok van een ander programma, dus alleen de server kan zeggen of de sessie nog actief is: Sessie controleren verstuurt GET /v1/user met het sessietoken.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>De server wordt gevraagd…</translation>
    </message>
    <message>
        <source>A new session is open for %1. It expires at %2 UTC unless it is used.</source>
        <extracomment>%1 user name, %2 expiry in UTC.</extracomment>
        <translation>Er is een nieuwe sessie geopend voor %1. Die verloopt om %2 UTC, tenzij hij wordt gebruikt.</translation>
    </message>
    <message>
        <source>Ended: the server rejected the session token with HTTP %1. Re-open Session opens a new session on the file&apos;s installation.</source>
        <extracomment>%1 HTTP status such as 401.</extracomment>
        <translation>Beëindigd: de server weigerde het sessietoken met HTTP %1. Sessie opnieuw openen opent een nieuwe sessie op de installatie uit het bestand.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read: %1</source>
        <extracomment>%1 what could not be read in the server&apos;s reply.</extracomment>
        <translation>Het antwoord van de server kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>bunq rejected the API key or this computer&apos;s IP address. The key may be revoked, the sandbox may have been reset, or the device does not permit this IP. Run the onboarding again with a new API key.</source>
        <translation>bunq weigerde de API-sleutel of het IP-adres van deze computer. Mogelijk is de sleutel ingetrokken of de sandbox gereset, of staat het apparaat dit IP-adres niet toe. Doorloop de onboarding opnieuw met een nieuwe API-sleutel.</translation>
    </message>
    <message>
        <source>The installation still has a live session, so no second one was opened. Check Session to use the one in the file.</source>
        <translation>De installatie heeft nog een actieve sessie, dus er is geen tweede geopend. Kies Sessie controleren om de sessie uit het bestand te gebruiken.</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <extracomment>%1 one-line summary of the error.</extracomment>
        <translation>De aanroep is mislukt: %1</translation>
    </message>
    <message>
        <source>Opening %1 failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Het openen van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Alive: GET /v1/user succeeded for %1 (id %2).</source>
        <extracomment>%1 user name, %2 user id.</extracomment>
        <translation>Actief: GET /v1/user is gelukt voor %1 (id %2).</translation>
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
    <name>studio::ui::EndpointCompletionModel</name>
    <message>
        <source>Method</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Pad</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Column of the endpoint completion list.</extracomment>
        <translation>Wat het doet</translation>
    </message>
</context>
<context>
    <name>studio::ui::EndpointEditor</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Relative to the API base URL: &quot;user&quot;, &quot;user/12&quot; or &quot;/v1/user/{userId}&quot;. Type to pick from the catalogue (Ctrl+Space).</source>
        <translation>Relatief ten opzichte van de basis-URL van de API: &quot;user&quot;, &quot;user/12&quot; of &quot;/v1/user/{userId}&quot;. Typ om uit de catalogus te kiezen (Ctrl+Space).</translation>
    </message>
    <message>
        <source>Path, e.g. user/{userId}/monetary-account</source>
        <extracomment>Placeholder of the path field.</extracomment>
        <translation>Pad, bijv. user/{userId}/monetary-account</translation>
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
    <message>
        <source>Why: %1</source>
        <extracomment>%1 explains in plain words why the call failed.</extracomment>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is the next step after a failed call.</extracomment>
        <translation>Wat te doen: %1</translation>
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
        <source>%1 ms</source>
        <extracomment>Elapsed time of an HTTP call; %1 is a number of milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Qt adds Host, Connection, Accept-Encoding and Content-Length on its own.</source>
        <translation>Qt voegt zelf Host, Connection, Accept-Encoding en Content-Length toe.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ExportContextDialog</name>
    <message>
        <source>Export Context File</source>
        <translation>Contextbestand exporteren</translation>
    </message>
    <message>
        <source>bunq SDK context files (*.conf);;All files (*)</source>
        <translation>Contextbestanden van bunq-SDK&apos;s (*.conf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Kies waar het bestand moet worden geschreven.</translation>
    </message>
    <message>
        <source>This is a folder. Add a file name such as bunq.conf.</source>
        <translation>Dit is een map. Voeg een bestandsnaam toe, zoals bunq.conf.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Er bestaat al een bestand met deze naam; het wordt vervangen.</translation>
    </message>
    <message>
        <source>The file will be readable and writable by you only.</source>
        <translation>Het bestand wordt alleen voor u lees- en schrijfbaar.</translation>
    </message>
    <message>
        <source>Export %1 as Context File</source>
        <extracomment>%1 profile name.</extracomment>
        <translation>%1 exporteren als contextbestand</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>deze gebruiker</translation>
    </message>
    <message>
        <source>This file grants full access to %1 in %2. It contains the API key, the private key and the tokens unencrypted, so anyone who gets a copy can act as this user through the API without asking you. Keep it private, never attach it to a message or a bug report, and delete it when you no longer need it.</source>
        <extracomment>%1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
        <translation>Dit bestand geeft volledige toegang tot %1 in %2. Het bevat de API-sleutel, de privésleutel en de tokens onversleuteld, dus iedereen die een kopie krijgt, kan via de API als deze gebruiker handelen zonder het u te vragen. Houd het privé, voeg het nooit als bijlage toe aan een bericht of bugrapport, en verwijder het zodra u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>This is a production profile: the file can move real money.</source>
        <translation>Dit is een productieprofiel: met het bestand kan echt geld worden verplaatst.</translation>
    </message>
    <message>
        <source>I &amp;understand that this file grants full access</source>
        <translation>&amp;Ik begrijp dat dit bestand volledige toegang geeft</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Het schrijven van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Restricting %1 to its owner failed: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason.</extracomment>
        <translation>Het beperken van de toegang tot %1 tot de eigenaar is mislukt: %2</translation>
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
    <name>studio::ui::HistoryListModel</name>
    <message>
        <source>no response</source>
        <extracomment>History row for a call that got no HTTP response (network error, timeout, cancelled).</extracomment>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4  %5 ms</source>
        <extracomment>History row: %1 local time, %2 method, %3 path, %4 status, %5 milliseconds.</extracomment>
        <translation>%1  %2 %3  %4  %5 ms</translation>
    </message>
    <message>
        <source>Response id: %1</source>
        <extracomment>%1 is bunq&apos;s X-Bunq-Client-Response-Id.</extracomment>
        <translation>Response-id: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>Geschiedenis doorzoeken</translation>
    </message>
    <message>
        <source>Search method, path, body, status or response id (%1)</source>
        <extracomment>Placeholder of the history&apos;s search field; %1 is its shortcut, e.g. &quot;Ctrl+F&quot;.</extracomment>
        <translation>Zoek op methode, pad, body, status of response-id (%1)</translation>
    </message>
    <message>
        <source>Request history, newest first</source>
        <translation>Verzoekgeschiedenis, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <extracomment>Button: puts the selected history entry into the method, path and body fields.</extracomment>
        <translation>I&amp;n editor laden</translation>
    </message>
    <message>
        <source>Put the method, path and body of the selected request into the editor (Return)</source>
        <translation>De methode, het pad en de body van het geselecteerde verzoek in de editor zetten (Return)</translation>
    </message>
    <message>
        <source>Re-se&amp;nd</source>
        <extracomment>Button: sends the selected history entry again.</extracomment>
        <translation>Opnieuw ver&amp;zenden</translation>
    </message>
    <message>
        <source>Send the selected request again, as it was sent</source>
        <translation>Het geselecteerde verzoek opnieuw verzenden, zoals het verzonden is</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>In editor laden</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <source>No requests sent yet.</source>
        <translation>Nog geen verzoeken verzonden.</translation>
    </message>
    <message>
        <source>No request matches the search.</source>
        <translation>Geen verzoek komt overeen met de zoekopdracht.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ImportedSessionCheck</name>
    <message>
        <source>GET /v1/user returned no user object.</source>
        <translation>GET /v1/user gaf geen gebruikersobject terug.</translation>
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
    <name>studio::ui::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <extracomment>Key column of the JSON tree for a document that is a single value, not an object.</extracomment>
        <translation>(waarde)</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column title of the JSON tree: an object member&apos;s name or an array index.</extracomment>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column title of the JSON tree.</extracomment>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column title of the JSON tree: string, number, object and so on.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>object</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>object</translation>
    </message>
    <message>
        <source>array</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>string</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>A JSON type name.</extracomment>
        <translation>getal</translation>
    </message>
    <message>
        <source>boolean</source>
        <extracomment>A JSON type name: true or false.</extracomment>
        <translation>boolean</translation>
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
        <translation>Alles uitklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <extracomment>Button of the JSON tree: closes every node.</extracomment>
        <translation>Alles inklappen</translation>
    </message>
    <message>
        <source>Copy value</source>
        <extracomment>Button of the JSON tree: copies the selected node&apos;s value.</extracomment>
        <translation>Waarde kopiëren</translation>
    </message>
    <message>
        <source>Copies the selected value as shown (Ctrl+C): a string without quotes, an object or array as indented JSON.</source>
        <translation>Kopieert de geselecteerde waarde zoals getoond (Ctrl+C): een string zonder aanhalingstekens, een object of array als ingesprongen JSON.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <extracomment>Button of the JSON tree: copies the selected node&apos;s path, e.g. .Response[0].Payment.</extracomment>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <source>Copies the selected node&apos;s path in jq syntax, such as .Response[0].Payment.id (Ctrl+Shift+C).</source>
        <translation>Kopieert het pad van het geselecteerde knooppunt in jq-syntaxis, zoals .Response[0].Payment.id (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-boom</translation>
    </message>
    <message>
        <source>This document has %1 nodes, more than the %2 rows that Expand all opens at once. It opened the first %3 levels. Open deeper nodes one at a time.</source>
        <extracomment>%1 is a number of nodes, %2 the limit of rows, %3 a number of levels.</extracomment>
        <translation>Dit document heeft %1 knooppunten, meer dan de %2 rijen die Alles uitklappen in één keer opent. De eerste %3 niveaus zijn geopend. Open diepere knooppunten één voor één.</translation>
    </message>
    <message>
        <source>This document has %1 nodes, more than the %2 rows that Expand all opens at once. Open nodes one at a time.</source>
        <extracomment>%1 is a number of nodes, %2 the limit of rows.</extracomment>
        <translation>Dit document heeft %1 knooppunten, meer dan de %2 rijen die Alles uitklappen in één keer opent. Open de knooppunten één voor één.</translation>
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
    <name>studio::ui::LargeTextView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a body view.</extracomment>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Context menu of a body view.</extracomment>
        <translation>&amp;Alles selecteren</translation>
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
        <extracomment>Window title; %1 profile name, %2 environment such as &quot;bunq sandbox&quot;.
----------
Window title; %1 user name, %2 environment such as &quot;bunq sandbox&quot;.</extracomment>
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
    <message>
        <source>A new session opens at %1: bunq allows one session-server call per 30 seconds.</source>
        <extracomment>%1 a time of day in local time.</extracomment>
        <translation>Om %1 wordt een nieuwe sessie geopend: bunq staat één session-server-aanroep per 30 seconden toe.</translation>
    </message>
    <message>
        <source>DELETE /v1/session failed: %1</source>
        <extracomment>%1 one-line summary of the error.</extracomment>
        <translation>DELETE /v1/session is mislukt: %1</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nieuw profiel…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profielen…</translation>
    </message>
    <message>
        <source>&amp;Open Context File…</source>
        <translation>Contextbestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>Als profiel op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Export as Context File…</source>
        <translation>Als contextbestand &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sessie s&amp;luiten</translation>
    </message>
    <message>
        <source>St&amp;art New Session</source>
        <translation>Nieuwe sessie s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Keep Session Alive</source>
        <extracomment>Menu entry; checked while the session is kept from expiring.</extracomment>
        <translation>Sessie actief &amp;houden</translation>
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
    <name>studio::ui::PacingBar</name>
    <message>
        <source>Cancel &amp;wait</source>
        <extracomment>Cancels a request that waits for the rate limit.</extracomment>
        <translation>&amp;Wachten annuleren</translation>
    </message>
    <message>
        <source>Do not send the waiting request</source>
        <translation>Het wachtende verzoek niet verzenden</translation>
    </message>
    <message>
        <source>Time left until the request is sent</source>
        <translation>Resterende tijd tot het verzoek wordt verzonden</translation>
    </message>
    <message>
        <source>Calls this client may still make to the endpoint before a call waits for the rate limit</source>
        <translation>Aanroepen die deze client nog naar het endpoint mag doen voordat een aanroep op de aanroeplimiet moet wachten</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls left (bunq allows %3 per %4 s)</source>
        <extracomment>Rate-limit budget. %1 endpoint such as &quot;GET user/{id}&quot;, %2 calls left, %3 calls allowed per window, %4 window length in seconds.</extracomment>
        <translation>%1: nog %2 van %3 aanroepen over (bunq staat %3 per %4 s toe)</translation>
    </message>
    <message>
        <source>%1: 0 of %2 calls left, next one in %3 s (bunq allows %2 per %4 s)</source>
        <extracomment>Rate-limit budget when it is spent. %1 endpoint such as &quot;GET user/{id}&quot;, %2 calls allowed per window, %3 seconds until the next call may go, %4 window length.</extracomment>
        <translation>%1: 0 van %2 aanroepen over, volgende over %3 s (bunq staat %2 per %4 s toe)</translation>
    </message>
    <message>
        <source>Rate limit of %1 reached: sending in %2 s…</source>
        <extracomment>%1 endpoint such as &quot;GET user/{id}&quot;, %2 seconds with one decimal.</extracomment>
        <translation>Aanroeplimiet van %1 bereikt: verzenden over %2 s…</translation>
    </message>
</context>
<context>
    <name>studio::ui::PaginationBar</name>
    <message>
        <source>Page:</source>
        <extracomment>Caption before the Older, Newer and Future buttons of a list response.</extracomment>
        <translation>Pagina:</translation>
    </message>
    <message>
        <source>Older</source>
        <extracomment>Follows the Pagination &quot;older_url&quot; of the last response.</extracomment>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Newer</source>
        <extracomment>Follows the Pagination &quot;newer_url&quot; of the last response.</extracomment>
        <translation>Nieuwer</translation>
    </message>
    <message>
        <source>Future</source>
        <extracomment>Follows the Pagination &quot;future_url&quot; of the last response.</extracomment>
        <translation>Toekomstig</translation>
    </message>
    <message>
        <source>Older page</source>
        <translation>Oudere pagina</translation>
    </message>
    <message>
        <source>Newer page</source>
        <translation>Nieuwere pagina</translation>
    </message>
    <message>
        <source>Future items</source>
        <translation>Toekomstige items</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <extracomment>Page size of list calls, sent as bunq&apos;s &quot;count&quot; query parameter.</extracomment>
        <translation>Paginag&amp;rootte:</translation>
    </message>
    <message>
        <source>default (10)</source>
        <extracomment>Shown in the count box when no count is sent, so bunq uses its default.</extracomment>
        <translation>standaard (10)</translation>
    </message>
    <message>
        <source>Items per page for GET calls, 1 to 200; sent as &quot;count&quot;</source>
        <translation>Items per pagina bij GET-aanroepen, 1 tot 200; verzonden als &quot;count&quot;</translation>
    </message>
</context>
<context>
    <name>studio::ui::PassphraseDialog</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <extracomment>%1 is the minimum number of characters.</extracomment>
        <translation>De wachtwoordzin is te kort: gebruik ten minste %1 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ in beide velden dezelfde wachtwoordzin.</translation>
    </message>
    <message>
        <source>Set a Passphrase for Your Secrets</source>
        <translation>Wachtwoordzin voor uw geheimen instellen</translation>
    </message>
    <message>
        <source>The API keys, private keys and tokens of your profiles will be kept in %1, encrypted with this passphrase. The app asks for it once per start. It cannot be recovered: without it, the secrets in the file are lost and the profiles need a new onboarding.</source>
        <extracomment>%1 is the path of the encrypted file.</extracomment>
        <translation>De API-sleutels, privésleutels en tokens van uw profielen worden bewaard in %1, versleuteld met deze wachtwoordzin. De app vraagt er één keer per start om. De wachtwoordzin kan niet worden hersteld: zonder wachtwoordzin gaan de geheimen in het bestand verloren en moeten de profielen de onboarding opnieuw doorlopen.</translation>
    </message>
    <message>
        <source>&amp;Set Passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <source>Unlock Your Secrets</source>
        <translation>Uw geheimen ontgrendelen</translation>
    </message>
    <message>
        <source>The API keys, private keys and tokens of your profiles are kept in %1, encrypted with your passphrase. Enter it to continue.</source>
        <extracomment>%1 is the path of the encrypted file.</extracomment>
        <translation>De API-sleutels, privésleutels en tokens van uw profielen worden bewaard in %1, versleuteld met uw wachtwoordzin. Voer die in om door te gaan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret service is not used: %1</source>
        <extracomment>%1 explains why the desktop&apos;s secret service cannot be used.</extracomment>
        <translation>De Secret Service van de desktop wordt niet gebruikt: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>S&amp;how characters</source>
        <translation>&amp;Tekens tonen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
</context>
<context>
    <name>studio::ui::PlaceholderStrip</name>
    <message>
        <source>Value of %1</source>
        <extracomment>Accessible name of the box for a path placeholder; %1 its name, e.g. &quot;userId&quot;.</extracomment>
        <translation>Waarde van %1</translation>
    </message>
    <message>
        <source>Fills {%1} in the path. The list offers the values seen in this session.</source>
        <translation>Vult {%1} in het pad in. De lijst biedt de waarden die in deze sessie zijn gezien.</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Shown in red beside a path placeholder that has no value yet.</extracomment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>Shows the path Send will call after filling in the placeholders; %1 the path.</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Send calls %1</source>
        <translation>Verzenden roept %1 aan</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProfileListDialog</name>
    <message>
        <source>this IP only: the address the device registration came from</source>
        <extracomment>Device permitted-IP setting: bunq bound the device to the caller&apos;s address.</extracomment>
        <translation>alleen dit IP-adres: het adres waarvandaan de apparaatregistratie kwam</translation>
    </message>
    <message>
        <source>any IP (wildcard)</source>
        <extracomment>Device permitted-IP setting: usable from any address.</extracomment>
        <translation>elk IP-adres (wildcard)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile; %1 the original&apos;s name.</extracomment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Delete Profile?</source>
        <translation>Profiel verwijderen?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <extracomment>%1 profile name, %2 where the secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>Het profiel &quot;%1&quot; verwijderen?</translation>
    </message>
    <message>
        <source>Its settings and its API key, private key and tokens are removed from this computer (%1). The API key itself stays valid at bunq until you revoke it there; export the profile first if you still need it.</source>
        <translation>De instellingen ervan en de API-sleutel, privésleutel en tokens worden van deze computer verwijderd (%1). De API-sleutel zelf blijft bij bunq geldig totdat u hem daar intrekt; exporteer het profiel eerst als u het nog nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 environment name, %2 its API base URL.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · id %3</source>
        <extracomment>%1 user name, %2 user kind such as Person, %3 user id.</extracomment>
        <translation>%1 · %2 · id %3</translation>
    </message>
    <message>
        <source>%1 · not registered by this app</source>
        <extracomment>%1 device description, %2 device-server id.</extracomment>
        <translation>%1 · niet door deze app geregistreerd</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · id %2</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <translation>geen: directe verbinding</translation>
    </message>
    <message>
        <source>none known: the first call opens a new one when needed</source>
        <translation>geen bekend: de eerste aanroep opent zo nodig een nieuwe</translation>
    </message>
    <message>
        <source>id %1 · expires %2 unless used or renewed</source>
        <extracomment>%1 session id, %2 expiry in UTC.</extracomment>
        <translation>id %1 · verloopt %2, tenzij gebruikt of verlengd</translation>
    </message>
    <message>
        <source>id %1 · expiry unknown</source>
        <extracomment>%1 session id.</extracomment>
        <translation>id %1 · vervaltijd onbekend</translation>
    </message>
    <message>
        <source>created %1 · last saved %2</source>
        <extracomment>%1 when the profile was created, %2 when it was last saved, both in local time.</extracomment>
        <translation>aangemaakt %1 · laatst opgeslagen %2</translation>
    </message>
    <message>
        <source>Profiles — bunq Session Studio</source>
        <translation>Profielen — bunq Session Studio</translation>
    </message>
    <message>
        <source>Each profile keeps one completed onboarding: the environment, the user, the device and the session. Open one to continue where you left off, or start a new one.</source>
        <translation>Elk profiel bewaart één voltooide onboarding: de omgeving, de gebruiker, het apparaat en de sessie. Open een profiel om verder te gaan waar u was gebleven, of begin een nieuw profiel.</translation>
    </message>
    <message>
        <source>No profiles yet. New Profile starts the onboarding; Open Context File reads the bunq.conf of one of bunq&apos;s SDKs.</source>
        <translation>Nog geen profielen. Nieuw profiel start de onboarding; Contextbestand openen leest het bunq.conf-bestand van een van de SDK&apos;s van bunq.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Opgeslagen profielen</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Geselecteerd profiel</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Omgeving:</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>The bunq user of the profile.</extracomment>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Device:</source>
        <extracomment>The bunq device-server of the profile.</extracomment>
        <translation>Apparaat:</translation>
    </message>
    <message>
        <source>Bound IPs:</source>
        <extracomment>The IP addresses the device was bound to.</extracomment>
        <translation>Gebonden IP-adressen:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <extracomment>The proxy the profile&apos;s calls go through.</extracomment>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessie:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Opgeslagen:</translation>
    </message>
    <message>
        <source>Edit &amp;Proxy…</source>
        <translation>&amp;Proxy bewerken…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nieuw profiel…</translation>
    </message>
    <message>
        <source>Open Conte&amp;xt File…</source>
        <translation>Conte&amp;xtbestand openen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Naam &amp;wijzigen</translation>
    </message>
    <message>
        <source>Rename the profile in the list (F2)</source>
        <translation>De naam van het profiel in de lijst wijzigen (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Secrets are kept in: %1</source>
        <extracomment>%1 where the secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>Geheimen worden bewaard in: %1</translation>
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
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the profile list.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>Column of the profile list.</extracomment>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column of the profile list: the bunq user.</extracomment>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Last saved</source>
        <extracomment>Column of the profile list: when the profile was last saved.</extracomment>
        <translation>Laatst opgeslagen</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProfileManager</name>
    <message>
        <source>Saving the secrets of %1 in %2…</source>
        <translation>Geheimen van %1 worden opgeslagen in %2…</translation>
    </message>
    <message>
        <source>Reading the secrets of %1 from %2…</source>
        <translation>Geheimen van %1 worden gelezen uit %2…</translation>
    </message>
    <message>
        <source>Copying secrets in %1…</source>
        <translation>Geheimen worden gekopieerd in %1…</translation>
    </message>
    <message>
        <source>Removing secrets from %1…</source>
        <translation>Geheimen worden verwijderd uit %1…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Wachtwoordzin wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The secrets stay locked because no passphrase was entered.</source>
        <translation>De geheimen blijven vergrendeld, omdat er geen wachtwoordzin is ingevoerd.</translation>
    </message>
    <message>
        <source>%1 If this profile was saved while the desktop&apos;s secret service was running, its secrets are there, but the secret service is unavailable now: %2</source>
        <extracomment>%1 the store&apos;s error, %2 why the secret service is unavailable.</extracomment>
        <translation>%1 Als dit profiel is opgeslagen terwijl de Secret Service van de desktop draaide, staan de geheimen daar, maar de Secret Service is nu niet beschikbaar: %2</translation>
    </message>
</context>
<context>
    <name>studio::ui::ProxyDialog</name>
    <message>
        <source>Proxy for This Profile</source>
        <translation>Proxy voor dit profiel</translation>
    </message>
    <message>
        <source>Calls of this profile go through the proxy given here, for example http://127.0.0.1:3128 or socks5://user:password@127.0.0.1:1080. Leave it empty to connect directly. bunq binds a device to the IP addresses it sees, so a proxy can change which device registrations still work.</source>
        <translation>Aanroepen van dit profiel gaan via de proxy die hier is opgegeven, bijvoorbeeld http://127.0.0.1:3128 of socks5://user:password@127.0.0.1:1080. Laat het veld leeg om direct te verbinden. bunq koppelt een apparaat aan de IP-adressen die bunq ziet, dus een proxy kan bepalen welke apparaatregistraties nog werken.</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <extracomment>Placeholder of the proxy field when it is empty.</extracomment>
        <translation>geen: directe verbinding</translation>
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
        <source>Request body (JSON)</source>
        <translation>Body van het verzoek (JSON)</translation>
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
        <source>&amp;Body</source>
        <extracomment>Tab with the JSON body editor.</extracomment>
        <translation>B&amp;ody</translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <extracomment>Tab with the request history. Alt+H opens the Help menu, hence the &quot;o&quot;.</extracomment>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>JSON body for POST and PUT, e.g. {&quot;description&quot;: &quot;Test&quot;}</source>
        <extracomment>Placeholder of the request body editor.</extracomment>
        <translation>JSON-body voor POST en PUT, bijv. {&quot;description&quot;: &quot;Test&quot;}</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Button that re-indents the JSON body.</extracomment>
        <translation>Opmaken</translation>
    </message>
    <message>
        <source>Indent the JSON body; undo reverts it (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. &quot;Ctrl+Shift+F&quot;.</extracomment>
        <translation>De JSON-body laten inspringen; ongedaan maken draait dit terug (%1)</translation>
    </message>
    <message>
        <source>Cop&amp;y as cURL</source>
        <extracomment>Copies a curl command line that repeats the last request.</extracomment>
        <translation>Als cURL &amp;kopiëren</translation>
    </message>
    <message>
        <source>Include the session token</source>
        <extracomment>Menu item of &quot;Copy as cURL&quot;; unchecked, the token is masked in the command.</extracomment>
        <translation>Sessietoken opnemen</translation>
    </message>
    <message>
        <source>Fill in %1 below the path before sending. Nothing was sent.</source>
        <extracomment>%1 lists the placeholders, e.g. &quot;{paymentId}&quot;.</extracomment>
        <translation>Vul %1 in onder het pad voordat u verzendt. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <extracomment>JSON problem under the body editor; %1 line, %2 column, %3 the parser&apos;s message.</extracomment>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Geen body</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Geldige JSON</translation>
    </message>
    <message>
        <source>Copied the curl command with the session token: treat it like a password.</source>
        <translation>De curl-opdracht met het sessietoken is gekopieerd: behandel hem als een wachtwoord.</translation>
    </message>
    <message>
        <source>Copied the curl command with the session token masked. To run it, choose &quot;Include the session token&quot; in the button&apos;s menu.</source>
        <translation>De curl-opdracht is gekopieerd met een gemaskeerd sessietoken. Kies &quot;Sessietoken opnemen&quot; in het menu van de knop om hem uit te kunnen voeren.</translation>
    </message>
    <message>
        <source>Copy a curl command that sends the last request again, signature included. The arrow (or Down) chooses whether the session token is included.</source>
        <translation>Kopieer een curl-opdracht die het laatste verzoek opnieuw verzendt, inclusief handtekening. Met de pijl (of Omlaag) kiest u of het sessietoken wordt opgenomen.</translation>
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
    <name>studio::ui::SandboxMoneyBar</name>
    <message>
        <source>Balance of account %1: %2 %3</source>
        <extracomment>%1 monetary account id, %2 currency such as &quot;EUR&quot;, %3 amount as bunq sent it.</extracomment>
        <translation>Saldo van rekening %1: %2 %3</translation>
    </message>
    <message>
        <source>Sandbo&amp;x money:</source>
        <extracomment>Caption of the amount box for sandbox money.</extracomment>
        <translation>Sandbo&amp;xgeld:</translation>
    </message>
    <message>
        <source>Amount of sandbox money</source>
        <translation>Bedrag aan sandboxgeld</translation>
    </message>
    <message>
        <source>sugardaddy@bunq.com gives up to EUR 500.00 per request</source>
        <translation>sugardaddy@bunq.com geeft tot EUR 500,00 per verzoek</translation>
    </message>
    <message>
        <source>&amp;Get sandbox money</source>
        <extracomment>Button: requests sandbox money from sugardaddy@bunq.com and shows the new balance.</extracomment>
        <translation>Sandboxgeld o&amp;phalen</translation>
    </message>
    <message>
        <source>Send a request-inquiry to sugardaddy@bunq.com, then read the account&apos;s balance</source>
        <translation>Een request-inquiry naar sugardaddy@bunq.com sturen en daarna het saldo van de rekening lezen</translation>
    </message>
</context>
<context>
    <name>studio::ui::SandboxMoneyFlow</name>
    <message>
        <source>No session user: open a session first.</source>
        <translation>Geen sessiegebruiker: open eerst een sessie.</translation>
    </message>
    <message>
        <source>Looking up your bank account…</source>
        <translation>Uw bankrekening wordt opgezocht…</translation>
    </message>
    <message>
        <source>Could not list your bank accounts: %1</source>
        <translation>Uw bankrekeningen konden niet worden opgevraagd: %1</translation>
    </message>
    <message>
        <source>The account list has no account to put money on: %1</source>
        <translation>De rekeningenlijst bevat geen rekening om geld op te zetten: %1</translation>
    </message>
    <message>
        <source>sugardaddy@bunq.com did not accept the request: %1</source>
        <translation>sugardaddy@bunq.com heeft het verzoek niet geaccepteerd: %1</translation>
    </message>
    <message>
        <source>Waiting for sugardaddy@bunq.com to pay…</source>
        <translation>Wachten tot sugardaddy@bunq.com betaalt…</translation>
    </message>
    <message>
        <source>The money was requested, but reading the balance failed: %1</source>
        <translation>Het geld is aangevraagd, maar het lezen van het saldo is mislukt: %1</translation>
    </message>
    <message>
        <source>The money was requested, but the balance could not be read: %1</source>
        <translation>Het geld is aangevraagd, maar het saldo kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Asking sugardaddy@bunq.com for EUR %1 for account %2…</source>
        <extracomment>%1 amount such as &quot;500.00&quot;, %2 monetary account id.</extracomment>
        <translation>sugardaddy@bunq.com wordt gevraagd om EUR %1 voor rekening %2…</translation>
    </message>
    <message>
        <source>Reading the new balance…</source>
        <translation>Nieuw saldo wordt gelezen…</translation>
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
    <name>studio::ui::SaveProfileDialog</name>
    <message>
        <source>Save as Profile</source>
        <translation>Als profiel opslaan</translation>
    </message>
    <message>
        <source>The session is open. Save it as a profile to open it again after a restart without another onboarding: the environment, user, device and session are kept.</source>
        <translation>De sessie is open. Sla haar op als profiel om haar na een herstart zonder nieuwe onboarding weer te openen: de omgeving, de gebruiker, het apparaat en de sessie worden bewaard.</translation>
    </message>
    <message>
        <source>The API key, private key and tokens go to: %1.</source>
        <extracomment>%1 where secrets are kept, such as &quot;Secret service&quot;.</extracomment>
        <translation>De API-sleutel, privésleutel en tokens gaan naar: %1.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Profielnaam:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profiel op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Niet opslaan</translation>
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
    <message>
        <source>Profile</source>
        <extracomment>The saved profile this session belongs to.</extracomment>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>The proxy the profile&apos;s calls go through.</extracomment>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Keep the session alive while the app is open</source>
        <extracomment>Sends GET /v1/user shortly before the session would expire.</extracomment>
        <translation>Sessie &amp;actief houden zolang de app open is</translation>
    </message>
    <message>
        <source>Shortly before the session would end, GET /v1/user is sent, and bunq extends a session that is used in its last 30 seconds.</source>
        <translation>Kort voordat de sessie zou verlopen, wordt GET /v1/user verzonden, en bunq verlengt een sessie die in haar laatste 30 seconden wordt gebruikt.</translation>
    </message>
    <message>
        <source>C&amp;lose Session</source>
        <translation>Sessie s&amp;luiten</translation>
    </message>
    <message>
        <source>Ends the session at bunq with DELETE /v1/session. The installation and device stay, so a new session opens without onboarding.</source>
        <translation>Beëindigt de sessie bij bunq met DELETE /v1/session. De installatie en het apparaat blijven bestaan, dus een nieuwe sessie opent zonder onboarding.</translation>
    </message>
    <message>
        <source>St&amp;art New Session</source>
        <translation>Nieuwe sessie s&amp;tarten</translation>
    </message>
    <message>
        <source>Opens a new session with POST /v1/session-server on the installation token.</source>
        <translation>Opent een nieuwe sessie met POST /v1/session-server op basis van het installatietoken.</translation>
    </message>
    <message>
        <source>Session open.</source>
        <translation>Sessie open.</translation>
    </message>
    <message>
        <source>No usable session: the next call opens a new one first.</source>
        <translation>Geen bruikbare sessie: de volgende aanroep opent eerst een nieuwe.</translation>
    </message>
    <message>
        <source>Opening a new session…</source>
        <translation>Nieuwe sessie wordt geopend…</translation>
    </message>
    <message>
        <source>Renewal stopped: bunq refused a new session.</source>
        <translation>Vernieuwen gestopt: bunq weigerde een nieuwe sessie.</translation>
    </message>
    <message>
        <source>Session closed. Calls fail until a new session is started.</source>
        <translation>Sessie gesloten. Aanroepen mislukken totdat er een nieuwe sessie is gestart.</translation>
    </message>
    <message>
        <source>En&amp;ter a New API Key…</source>
        <translation>Nieuwe API-sleutel in&amp;voeren…</translation>
    </message>
    <message>
        <source>Runs the onboarding again with a new user of the local sandbox, and keeps the result in this profile.</source>
        <translation>Doorloopt de onboarding opnieuw met een nieuwe gebruiker van de lokale sandbox en bewaart het resultaat in dit profiel.</translation>
    </message>
    <message>
        <source>Runs the onboarding again with a new API key, and keeps the result in this profile.</source>
        <translation>Doorloopt de onboarding opnieuw met een nieuwe API-sleutel en bewaart het resultaat in dit profiel.</translation>
    </message>
    <message>
        <source>none: direct connection</source>
        <translation>geen: directe verbinding</translation>
    </message>
    <message>
        <source>expiry unknown: the server did not tell when this session started</source>
        <translation>vervaltijd onbekend: de server heeft niet gemeld wanneer deze sessie is begonnen</translation>
    </message>
    <message>
        <source>E&amp;dit Proxy…</source>
        <translation>Proxy be&amp;werken…</translation>
    </message>
    <message>
        <source>New Sandbox Use&amp;r…</source>
        <translation>Nieuwe sandbox&amp;gebruiker…</translation>
    </message>
</context>
<context>
    <name>studio::ui::SignatureDebugger</name>
    <message>
        <source>Request signature</source>
        <translation>Handtekening van het verzoek</translation>
    </message>
    <message>
        <source>Copy the signed bytes</source>
        <translation>De ondertekende bytes kopiëren</translation>
    </message>
    <message>
        <source>Copy the request signature</source>
        <translation>De handtekening van het verzoek kopiëren</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ondertekeningssleutel:</translation>
    </message>
    <message>
        <source>Checked here:</source>
        <translation>Hier gecontroleerd:</translation>
    </message>
    <message>
        <source>With the installation&apos;s key:</source>
        <translation>Met de sleutel van de installatie:</translation>
    </message>
    <message>
        <source>Why bunq may have rejected it</source>
        <translation>Waarom bunq de handtekening mogelijk heeft geweigerd</translation>
    </message>
    <message>
        <source>Response signature</source>
        <translation>Handtekening van het antwoord</translation>
    </message>
    <message>
        <source>Copy the response body</source>
        <translation>De body van het antwoord kopiëren</translation>
    </message>
    <message>
        <source>Copy the response signature</source>
        <translation>De handtekening van het antwoord kopiëren</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>Serversleutel:</translation>
    </message>
    <message>
        <source>Why the signature does not verify</source>
        <translation>Waarom de handtekening niet klopt</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>De body van het antwoord is leeg.</translation>
    </message>
    <message>
        <source>Nothing: the request was not signed.</source>
        <translation>Niets: het verzoek is niet ondertekend.</translation>
    </message>
    <message>
        <source>No bytes: the signature covers an empty body.</source>
        <translation>Geen bytes: de handtekening dekt een lege body.</translation>
    </message>
    <message>
        <source>These bytes contain carriage returns, non-ASCII bytes or control characters, which only the hex view shows exactly.</source>
        <translation>Deze bytes bevatten carriage returns, niet-ASCII-bytes of stuurtekens, die alleen de hexweergave exact toont.</translation>
    </message>
    <message>
        <source>The API key is masked here; reveal secrets to see the exact bytes. The checks ran over the real bytes.</source>
        <translation>De API-sleutel is hier gemaskeerd; toon de geheimen om de exacte bytes te zien. De controles zijn over de echte bytes uitgevoerd.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes shown)</source>
        <extracomment>%1 is the number of bytes shown, %2 the total.</extracomment>
        <translation>(eerste %1 van %2 bytes getoond)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a cause such as &quot;CRLF conversion&quot;, %2 &quot;ruled in&quot;, &quot;ruled out&quot; or &quot;undecided&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No call made yet.</source>
        <translation>Nog geen aanroep gedaan.</translation>
    </message>
    <message>
        <source>bunq rejected the request signature with HTTP %1. The usual causes below were checked here.</source>
        <extracomment>%1 is the HTTP status.</extracomment>
        <translation>bunq weigerde de handtekening van het verzoek met HTTP %1. De gebruikelijke oorzaken hieronder zijn hier gecontroleerd.</translation>
    </message>
    <message>
        <source>bunq rejected the request signature with HTTP %1, &quot;%2&quot; The usual causes below were checked here.</source>
        <extracomment>%1 is the HTTP status, %2 bunq&apos;s error text as sent.</extracomment>
        <translation>bunq weigerde de handtekening van het verzoek met HTTP %1, &quot;%2&quot; De gebruikelijke oorzaken hieronder zijn hier gecontroleerd.</translation>
    </message>
    <message>
        <source>The request was not signed.</source>
        <translation>Het verzoek is niet ondertekend.</translation>
    </message>
    <message>
        <source>No response arrived, so bunq&apos;s verdict on the signature is not known.</source>
        <translation>Er kwam geen antwoord, dus het oordeel van bunq over de handtekening is niet bekend.</translation>
    </message>
    <message>
        <source>bunq did not object to the signature (HTTP %1). It checks signatures only on some calls, such as session-server and payments.</source>
        <extracomment>%1 is the HTTP status.</extracomment>
        <translation>bunq had geen bezwaar tegen de handtekening (HTTP %1). bunq controleert handtekeningen alleen bij sommige aanroepen, zoals session-server en betalingen.</translation>
    </message>
    <message>
        <source>The response carries no server signature.</source>
        <translation>Het antwoord heeft geen serverhandtekening.</translation>
    </message>
    <message>
        <source>The server signature does not verify with the server key.</source>
        <translation>De serverhandtekening klopt niet met de serversleutel.</translation>
    </message>
    <message>
        <source>The server signature is valid.</source>
        <translation>De serverhandtekening is geldig.</translation>
    </message>
    <message>
        <source>The server signature was not checked: no server key is known for this call.</source>
        <translation>De serverhandtekening is niet gecontroleerd: voor deze aanroep is geen serversleutel bekend.</translation>
    </message>
    <message>
        <source>The response carries no server signature, and none was expected.</source>
        <translation>Het antwoord heeft geen serverhandtekening, en er werd er ook geen verwacht.</translation>
    </message>
    <message>
        <source>Bytes signed:</source>
        <translation>Ondertekende bytes:</translation>
    </message>
    <message>
        <source>Show as hex</source>
        <extracomment>Shows the signed request bytes as a hex dump instead of text.
----------
Shows the response body as a hex dump instead of text.</extracomment>
        <translation>Als hex tonen</translation>
    </message>
    <message>
        <source>Show the signed bytes as hex</source>
        <translation>De ondertekende bytes als hex tonen</translation>
    </message>
    <message>
        <source>X-Bunq-Client-Signature:</source>
        <translation>X-Bunq-Client-Signature:</translation>
    </message>
    <message>
        <source>Copy the causes</source>
        <translation>De oorzaken kopiëren</translation>
    </message>
    <message>
        <source>Body verified:</source>
        <translation>Gecontroleerde body:</translation>
    </message>
    <message>
        <source>Show the response body as hex</source>
        <translation>De body van het antwoord als hex tonen</translation>
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
    <name>studio::ui::SigningTab</name>
    <message>
        <source>Open the signature debugger</source>
        <extracomment>Button on the Signing tab of an exchange with a large body.</extracomment>
        <translation>De handtekeningdebugger openen</translation>
    </message>
    <message>
        <source>Shows every signed byte and checks the signatures again. The window stops responding while it lays out the body.</source>
        <translation>Toont elke ondertekende byte en controleert de handtekeningen opnieuw. Het venster reageert niet zolang de body wordt opgemaakt.</translation>
    </message>
    <message>
        <source>This exchange has a body of %1. The signature debugger would stop the window from responding for seconds while it shows all of it, so the signing details are summarised here.</source>
        <extracomment>%1 is a size such as &quot;10.5 MB&quot;.</extracomment>
        <translation>Deze uitwisseling heeft een body van %1. De handtekeningdebugger zou het venster seconden lang laten vastlopen terwijl hij alles toont, dus de ondertekeningsgegevens worden hier samengevat.</translation>
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
