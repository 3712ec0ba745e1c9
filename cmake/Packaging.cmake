# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package of everything `cmake --install` installs: both programs, the .desktop file,
# the AppStream metainfo and the icon. Build it from a Release build folder with
# `cmake --build <dir> --target package` (or `cpack` in that folder); scripts/build-deb.sh does
# both. The file is named bunq-session-studio_<version>_<arch>.deb.

set(STUDIO_PACKAGE_MAINTAINER "bunq Session Studio developers <maintainers@bunq-session-studio.invalid>"
    CACHE STRING "Maintainer field of the Debian package: a name and an e-mail address")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bunq-session-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "bunq Session Studio developers")
set(CPACK_PACKAGE_CONTACT "${STUDIO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Open a bunq API session step by step and inspect every request")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STUDIO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts the summary on the Description line and this text, indented, below it.
set(CPACK_PACKAGE_DESCRIPTION "A Qt desktop application that walks through opening a bunq API
session: an RSA-2048 key pair, an API key, then the installation, device-server
and session-server calls. It shows every request and response as sent, the
bytes signed and the server signature verdict. The package includes
bunq-local-sandbox, a local server on 127.0.0.1 that answers like the bunq API.")

# dpkg-shlibdeps (package dpkg-dev) turns the libraries the programs link, Qt and libcrypto
# among them, into Depends. It cannot see plugins that Qt loads at run time: the SVG icon
# engine draws the window icon (libqt6svg6 in Debian 12).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# The xcb and offscreen platform plugins come with libqt6gui6, which itself recommends the
# others (qt6-qpa-plugins). The settings portal reports the desktop's colour scheme.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-desktop-portal")

include(CPack)
