# SPDX-License-Identifier: GPL-3.0-or-later
# Offscreen tests of the reusable widgets and the main window. Each builds its sessions and
# exchanges by hand (WidgetTestData.h); only the console test talks HTTP, to its own server.
set(_widget_test_data ${CMAKE_CURRENT_LIST_DIR}/WidgetTestData.h)

studio_add_test(tst_widgets_secretfield
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_widgets_secretfield.cpp ${_widget_test_data}
    LIBRARIES studio_ui)
studio_add_test(tst_widgets_exchangeview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_widgets_exchangeview.cpp ${_widget_test_data}
    LIBRARIES studio_ui)
studio_add_test(tst_widgets_sessionpanel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_widgets_sessionpanel.cpp ${_widget_test_data}
    LIBRARIES studio_ui)
studio_add_test(tst_widgets_requestconsole
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_widgets_requestconsole.cpp ${_widget_test_data}
        ${CMAKE_CURRENT_LIST_DIR}/../api/ScriptedHttpServer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../api/ScriptedHttpServer.h
    LIBRARIES studio_ui)
target_include_directories(tst_widgets_requestconsole PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../api)
studio_add_test(tst_widgets_mainwindow
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_widgets_mainwindow.cpp ${_widget_test_data}
    LIBRARIES studio_ui)
