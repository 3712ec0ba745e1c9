# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration: colour scheme, status colours, saved window state and the app icon.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ColorScheme.cpp ${CMAKE_CURRENT_LIST_DIR}/ColorScheme.h
    ${CMAKE_CURRENT_LIST_DIR}/DesktopIntegration.cpp ${CMAKE_CURRENT_LIST_DIR}/DesktopIntegration.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyboardNavigation.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyboardNavigation.h
    ${CMAKE_CURRENT_LIST_DIR}/StatusColours.cpp ${CMAKE_CURRENT_LIST_DIR}/StatusColours.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowStateStore.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowStateStore.h
)

# The colour scheme is read from the desktop portal over D-Bus when QtDBus is there; without it
# the app follows GTK_THEME and --color-scheme only. Debian's qt6-base-dev includes QtDBus.
# GLOBAL, because studio_ui passes Qt6::DBus on to the app and the tests in other folders.
find_package(Qt6 6.4 QUIET COMPONENTS DBus GLOBAL)
if(TARGET Qt6::DBus)
    target_sources(studio_ui PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/PortalColorScheme.cpp
        ${CMAKE_CURRENT_LIST_DIR}/PortalColorScheme.h)
    target_link_libraries(studio_ui PUBLIC Qt6::DBus)
    target_compile_definitions(studio_ui PUBLIC STUDIO_HAVE_QTDBUS=1)
else()
    target_compile_definitions(studio_ui PUBLIC STUDIO_HAVE_QTDBUS=0)
endif()

# STUDIO_APP_ID, set by the top-level CMakeLists.txt, names the .desktop file and the icon.
target_compile_definitions(studio_ui PUBLIC STUDIO_APP_ID="${STUDIO_APP_ID}")

# The scalable app icon, for window icons at any scale. It is the same file that is installed
# into the hicolor icon theme.
set(_studio_icon ${PROJECT_SOURCE_DIR}/resources/icons/${STUDIO_APP_ID}.svg)
set_source_files_properties(${_studio_icon} PROPERTIES QT_RESOURCE_ALIAS app.svg)
qt_add_resources(studio_ui studio_ui_icons
    PREFIX /icons
    FILES ${_studio_icon})
