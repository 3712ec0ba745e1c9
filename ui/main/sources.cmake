# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestConsole.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestConsole.h
)
