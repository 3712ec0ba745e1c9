// SPDX-License-Identifier: GPL-3.0-or-later

// Starts a save and stops just before the new file replaces the old one, so that
// tst_interrupted_save can kill it there. Prints "ready" when it reaches that point and then
// waits until it is killed.
//
//   storage_save_helper profile <folder> <profile id> <new name>
//   storage_save_helper secrets <file> <profile id>     (passphrase in STUDIO_TEST_PASSPHRASE)

#include "storage/PassphraseSecretStore.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace studio::storage;

namespace {

[[noreturn]] void announceAndWait()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

int saveProfile(const QStringList &arguments)
{
    ProfileStore store(arguments.at(2));
    auto profile = store.load(arguments.at(3));
    if (!profile.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.error()));
        return 2;
    }

    Profile changed = profile.value();
    changed.name = arguments.at(4);
    store.setBeforeCommitHookForTesting(announceAndWait);
    const auto saved = store.save(changed);
    std::fprintf(stderr, "the save was not interrupted: %s\n",
                 saved.ok() ? "saved" : qPrintable(saved.error()));
    return 3;
}

int storeSecrets(QCoreApplication &app, const QStringList &arguments)
{
    auto *store = new PassphraseSecretStore(arguments.at(2), &app);
    store->setPassphrase(qEnvironmentVariable("STUDIO_TEST_PASSPHRASE"));
    store->setBeforeCommitHookForTesting(announceAndWait);

    ProfileSecrets secrets;
    secrets.apiKey = "replacement-api-key"_ba;
    secrets.sessionToken = "replacement-session-token"_ba;
    store->store(arguments.at(3), secrets, [](std::optional<QString> error) {
        std::fprintf(stderr, "the save was not interrupted: %s\n",
                     error ? qPrintable(*error) : "saved");
        QCoreApplication::exit(3);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();

    if (arguments.size() == 5 && arguments.at(1) == u"profile"_s)
        return saveProfile(arguments);
    if (arguments.size() == 4 && arguments.at(1) == u"secrets"_s)
        return storeSecrets(app, arguments);

    std::fputs("usage: storage_save_helper profile <folder> <id> <new name>\n"
               "       storage_save_helper secrets <file> <id>\n",
               stderr);
    return 1;
}
