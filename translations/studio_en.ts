<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ResponseParsers</name>
    <message numerus="yes">
        <source>The response has %n item(s), so item %1 (&quot;%2&quot;) is missing.</source>
        <extracomment>%n is the number of items, %1 the position of the missing one, %2 its key.</extracomment>
        <translation>
            <numerusform>The response has %n item, so item %1 (&quot;%2&quot;) is missing.</numerusform>
            <numerusform>The response has %n items, so item %1 (&quot;%2&quot;) is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::storage::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The secret service did not respond within %n second(s).</source>
        <translation>
            <numerusform>The secret service did not respond within %n second.</numerusform>
            <numerusform>The secret service did not respond within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::ExchangeFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>Size of a body.</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
