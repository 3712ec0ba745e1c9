# SPDX-License-Identifier: GPL-3.0-or-later

# The signature debugger.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SignatureDebugger.cpp ${CMAKE_CURRENT_LIST_DIR}/SignatureDebugger.h
)
