# SPDX-License-Identifier: GPL-3.0-or-later
# Profiles: the list at start, their secrets, SDK context files in and out.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ContextFileDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ContextFileDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportContextDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportContextDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportedSessionCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportedSessionCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/PassphraseDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PassphraseDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PassphrasePrompt.cpp ${CMAKE_CURRENT_LIST_DIR}/PassphrasePrompt.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileListDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileListDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileManager.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileManager.h
    ${CMAKE_CURRENT_LIST_DIR}/ProxyDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ProxyDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SaveProfileDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SaveProfileDialog.h
)
