# SPDX-License-Identifier: GPL-3.0-or-later
# The local sandbox panel. It reaches the sandbox only through its HTTP control interface, so
# studio_ui keeps depending on core alone.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FaultsTab.cpp ${CMAKE_CURRENT_LIST_DIR}/FaultsTab.h
    ${CMAKE_CURRENT_LIST_DIR}/RateLimitView.cpp ${CMAKE_CURRENT_LIST_DIR}/RateLimitView.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestLogModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestLogModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxControlClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxControlClient.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxStateView.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxStateView.h
)
