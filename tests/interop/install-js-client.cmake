# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the npm packages listed in PACKAGE_JSON into CLIENT_DIR/node_modules. Both the CMake
# target interop_js_client_install and the CTest fixture interop_npm_install run this script, so
# the fixture works without a build-system check of the whole project.
#
# Usage: cmake -DNPM=<npm> -DPACKAGE_JSON=<package.json> -DCLIENT_DIR=<folder> -P install-js-client.cmake

foreach(variable NPM PACKAGE_JSON CLIENT_DIR)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "install-js-client.cmake: missing -D${variable}=...")
    endif()
endforeach()

file(MAKE_DIRECTORY "${CLIENT_DIR}")
file(COPY_FILE "${PACKAGE_JSON}" "${CLIENT_DIR}/package.json" ONLY_IF_DIFFERENT)

# On a complete node_modules tree npm install needs no network and takes well under a second, so
# the script runs it every time and thereby repairs a deleted or damaged tree.
execute_process(
    COMMAND "${NPM}" install --prefix "${CLIENT_DIR}" --no-audit --no-fund --no-update-notifier
    RESULT_VARIABLE npm_result)
if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "npm install failed with exit code ${npm_result} in ${CLIENT_DIR}. It needs "
        "the npm registry (npm config get registry) the first time; see npm's output above.")
endif()
