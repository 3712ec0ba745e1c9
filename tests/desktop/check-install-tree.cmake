# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `cmake --install BUILD_DIR --prefix /usr` with DESTDIR set, so the files land under
# DESTDIR/usr instead of /usr, then checks that every file the desktop needs is there.
# Arguments (-D): BUILD_DIR, DESTDIR, APP_ID, and optionally APPSTREAMCLI to validate the tree.
foreach(argument BUILD_DIR DESTDIR APP_ID)
    if(NOT ${argument})
        message(FATAL_ERROR "check-install-tree.cmake: -D${argument}=... is missing.")
    endif()
endforeach()

file(REMOVE_RECURSE "${DESTDIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DESTDIR}
        ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    RESULT_VARIABLE install_result
    OUTPUT_VARIABLE install_output
    ERROR_VARIABLE install_output)
if(NOT install_result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${install_result}):\n${install_output}")
endif()

set(expected_files
    usr/bin/bunq-session-studio
    usr/bin/bunq-local-sandbox
    usr/bin/bunq-session
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
set(missing "")
foreach(file IN LISTS expected_files)
    if(NOT EXISTS "${DESTDIR}/${file}")
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}\ncmake --install printed:\n${install_output}")
endif()

# if(IS_EXECUTABLE) needs CMake 3.29; Debian 12 has 3.25.
foreach(program bunq-session-studio bunq-local-sandbox bunq-session)
    execute_process(COMMAND test -x "${DESTDIR}/usr/bin/${program}" RESULT_VARIABLE not_executable)
    if(not_executable)
        message(FATAL_ERROR "${DESTDIR}/usr/bin/${program} is not executable.")
    endif()
endforeach()

# The launcher must name the icon and the program that were installed.
file(READ "${DESTDIR}/usr/share/applications/${APP_ID}.desktop" desktop_entry)
if(NOT desktop_entry MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "The .desktop file does not name the icon ${APP_ID}.")
endif()
if(NOT desktop_entry MATCHES "\nExec=bunq-session-studio[ \n]")
    message(FATAL_ERROR "The .desktop file does not start bunq-session-studio.")
endif()

# validate-tree also checks that the metainfo's launchable names an installed .desktop file.
if(APPSTREAMCLI)
    execute_process(
        COMMAND ${APPSTREAMCLI} validate-tree --no-net "${DESTDIR}"
        RESULT_VARIABLE validate_result
        OUTPUT_VARIABLE validate_output
        ERROR_VARIABLE validate_output)
    if(NOT validate_result EQUAL 0 OR validate_output MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "appstreamcli validate-tree failed:\n${validate_output}")
    endif()
    message(STATUS "appstreamcli validate-tree:\n${validate_output}")
endif()

message(STATUS "Installed into ${DESTDIR}: ${expected_files}")
