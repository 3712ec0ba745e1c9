# SPDX-License-Identifier: GPL-3.0-or-later

# The life of one profile's session: expiry, renewal, keep-alive, closing, and the proxy its
# calls go through.
target_sources(studio_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/KeptCall.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeptCall.h
    ${CMAKE_CURRENT_LIST_DIR}/ProxySettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProxySettings.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionKeeper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionKeeper.h
)
