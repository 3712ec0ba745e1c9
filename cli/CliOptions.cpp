// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::CliOptions)
};

} // namespace

CliOptions::CliOptions()
    : json(u"json"_s, Text::tr("Print one JSON object on standard output instead of text, also "
                               "on failure (with \"ok\": false and the exit code)."))
    , showSecrets(u"show-secrets"_s,
                  Text::tr("Print API keys and tokens in full. Without it they are masked, for "
                           "example sandbox_3f…c1a9."))
    , quiet(QStringList{u"q"_s, u"quiet"_s},
            Text::tr("Print no progress lines on standard error (warnings and errors still)."))
    , context(u"context"_s,
              Text::tr("The bunq SDK context file (bunq.conf) that contains the session. reopen "
                       "and close write their change back to it."),
              Text::tr("file"))
    , profile(u"profile"_s,
              Text::tr("The saved profile that contains the session, by name or id. reopen and "
                       "close save their change to it."),
              Text::tr("name"))
    , outputContext(u"output-context"_s,
                    Text::tr("Write the session to this file as a bunq SDK context file, with "
                             "owner-only permissions. It grants full access to the account."),
                    Text::tr("file"))
    , saveProfile(u"save-profile"_s,
                  Text::tr("Save the session as a profile with this name, its secrets in the "
                           "secret store (see --passphrase-file)."),
                  Text::tr("name"))
    , profileDir(u"profile-dir"_s,
                 Text::tr("Folder of the profiles (default: the desktop app's profile folder)."),
                 Text::tr("dir"))
    , passphraseFile(u"passphrase-file"_s,
                     Text::tr("Keep profile secrets in the passphrase-encrypted secrets file, "
                              "unlocked with the first line of this file, instead of the "
                              "desktop's secret service. The environment variable "
                              "BUNQ_SESSION_PASSPHRASE does the same."),
                     Text::tr("file"))
    , force(u"force"_s, Text::tr("Replace an output file or a profile that exists already."))
    , environment(u"environment"_s,
                  Text::tr("The server: sandbox (bunq's sandbox), production (bunq, real "
                           "money) or local (a bunq-local-sandbox; needs --base-url)."),
                  Text::tr("name"))
    , baseUrl(u"base-url"_s,
              Text::tr("API root of a bunq-local-sandbox on this computer, as it prints it, for "
                       "example http://127.0.0.1:41234/v1/. With --context or --profile it "
                       "replaces the stored server."),
              Text::tr("url"))
    , proxy(u"proxy"_s,
            Text::tr("Send API calls through this proxy: http://host:port or "
                     "socks5://[user[:password]@]host:port."),
            Text::tr("url"))
    , timeout(u"timeout"_s,
              Text::tr("Give up on an API call after this many seconds (default 30)."),
              Text::tr("seconds"), u"30"_s)
    , apiKeyFile(u"api-key-file"_s, Text::tr("Read the API key from this file (the first line)."),
                 Text::tr("file"))
    , apiKeyStdin(u"api-key-stdin"_s,
                  Text::tr("Read the API key from the first line of standard input."))
    , apiKey(u"api-key"_s,
             Text::tr("The API key itself. Other users of this computer can read it in the "
                      "process list: prefer --api-key-file or --api-key-stdin."),
             Text::tr("key"))
    , privateKeyFile(u"private-key-file"_s,
                     Text::tr("Use this RSA-2048 private key (PKCS#8 or PKCS#1 PEM) instead of "
                              "generating a new one."),
                     Text::tr("file"))
    , deviceDescription(u"device-description"_s,
                        Text::tr("Description of the device in bunq (default: \"bunq-session on "
                                 "<host name>\")."),
                        Text::tr("text"))
    , permittedIp(u"permitted-ip"_s,
                  Text::tr("IPv4 address the API key may be used from; repeat for more. "
                           "Without it and --wildcard, bunq binds the address the call comes "
                           "from."),
                  Text::tr("ip"))
    , wildcard(u"wildcard"_s,
               Text::tr("Let the API key be used from any IP address (adds \"*\" to the "
                        "permitted IPs), for example on a connection whose address changes."))
    , company(u"company"_s, Text::tr("Create a company (sandbox-user-company) instead of a "
                                     "person (sandbox-user-person)."))
    , outputApiKeyFile(u"output-api-key-file"_s,
                       Text::tr("Write the new API key to this file, with owner-only "
                                "permissions, for \"open --api-key-file\"."),
                       Text::tr("file"))
    , body(u"body"_s, Text::tr("JSON request body, sent and signed byte for byte as given."),
           Text::tr("json"))
    , bodyFile(u"body-file"_s,
               Text::tr("Read the JSON request body from this file; \"-\" reads standard "
                        "input."),
               Text::tr("file"))
    , output(u"output"_s, Text::tr("Write the context file here, with owner-only permissions."),
             Text::tr("file"))
{}

} // namespace studio::cli
