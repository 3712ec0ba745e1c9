# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppShell.cpp ${CMAKE_CURRENT_LIST_DIR}/AppShell.h
)
