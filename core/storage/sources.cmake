# SPDX-License-Identifier: GPL-3.0-or-later

# Profiles, their secrets (in the desktop's secret service or a passphrase file), and the
# context files ("bunq.conf") of bunq's official SDKs.
target_sources(studio_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ContextFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContextFile.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/PassphraseSecretStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PassphraseSecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/PrivateFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PrivateFile_p.h
    ${CMAKE_CURRENT_LIST_DIR}/Profile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Profile.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretFileCipher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretFileCipher_p.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretsCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretsCodec_p.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretStoreChoice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretStoreChoice.h
    ${CMAKE_CURRENT_LIST_DIR}/StorageLogging_p.h
)

# The secret service through QtKeychain, and scrypt and AES-256-GCM for the passphrase file.
target_link_libraries(studio_core
    PUBLIC Qt6::Concurrent
    PRIVATE Qt6Keychain::Qt6Keychain OpenSSL::Crypto)
