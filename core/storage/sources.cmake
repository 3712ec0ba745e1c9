# SPDX-License-Identifier: GPL-3.0-or-later

# Reading and writing the context files ("bunq.conf") of bunq's official SDKs.
target_sources(studio_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ContextFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContextFile.h
)
