# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretField.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretField.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeErrorBox.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeErrorBox.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangePanes.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangePanes.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderTable.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderTable.h
    ${CMAKE_CURRENT_LIST_DIR}/ViewHelpers.cpp ${CMAKE_CURRENT_LIST_DIR}/ViewHelpers.h
    # The body view: formatted text, JSON tree and raw bytes, prepared off the UI thread.
    ${CMAKE_CURRENT_LIST_DIR}/BodyView.cpp ${CMAKE_CURRENT_LIST_DIR}/BodyView.h
    ${CMAKE_CURRENT_LIST_DIR}/PreparedBody.cpp ${CMAKE_CURRENT_LIST_DIR}/PreparedBody.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonTree.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonTree.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonTreeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonTreeModel.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonTreeView.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonTreeView.h
    ${CMAKE_CURRENT_LIST_DIR}/LargeTextView.cpp ${CMAKE_CURRENT_LIST_DIR}/LargeTextView.h
    ${CMAKE_CURRENT_LIST_DIR}/TextLines.cpp ${CMAKE_CURRENT_LIST_DIR}/TextLines.h
    # The Signing tab around the signature debugger in ui/diagnostics.
    ${CMAKE_CURRENT_LIST_DIR}/SigningTab.cpp ${CMAKE_CURRENT_LIST_DIR}/SigningTab.h
)
