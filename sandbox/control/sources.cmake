# SPDX-License-Identifier: GPL-3.0-or-later
# The fault switchboard, the fault injection that HttpAdapter applies, and the loopback-only
# control interface.
target_sources(studio_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ControlServer.cpp ${CMAKE_CURRENT_LIST_DIR}/ControlServer.h
    ${CMAKE_CURRENT_LIST_DIR}/FaultInjection.cpp ${CMAKE_CURRENT_LIST_DIR}/FaultInjection.h
    ${CMAKE_CURRENT_LIST_DIR}/FaultMessages.cpp ${CMAKE_CURRENT_LIST_DIR}/FaultMessages.h
    ${CMAKE_CURRENT_LIST_DIR}/FaultSpec.cpp ${CMAKE_CURRENT_LIST_DIR}/FaultSpec.h
    ${CMAKE_CURRENT_LIST_DIR}/FaultSwitchboard.cpp ${CMAKE_CURRENT_LIST_DIR}/FaultSwitchboard.h
)
