# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target with the language standard, warnings and Qt hygiene defines.
# Every target of the project links it, so the rules cannot drift between folders.
add_library(studio_defaults INTERFACE)
add_library(Studio::Defaults ALIAS studio_defaults)

target_compile_features(studio_defaults INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(studio_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

if(STUDIO_WARNINGS_AS_ERRORS)
    target_compile_options(studio_defaults INTERFACE -Werror)
endif()

target_compile_definitions(studio_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    STUDIO_VERSION="${PROJECT_VERSION}")
