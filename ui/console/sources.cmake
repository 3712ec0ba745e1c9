# SPDX-License-Identifier: GPL-3.0-or-later

# The request console's parts: endpoint and placeholder editing, the JSON body editor, history,
# pacing, pagination and sandbox money. ui/main/RequestConsole puts them together.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConsoleSender.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsoleSender.h
    ${CMAKE_CURRENT_LIST_DIR}/EndpointCompletionModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EndpointCompletionModel.h
    ${CMAKE_CURRENT_LIST_DIR}/EndpointEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/EndpointEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/FittingScrollArea.cpp ${CMAKE_CURRENT_LIST_DIR}/FittingScrollArea.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonHighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonHighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonText.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonText.h
    ${CMAKE_CURRENT_LIST_DIR}/PacingBar.cpp ${CMAKE_CURRENT_LIST_DIR}/PacingBar.h
    ${CMAKE_CURRENT_LIST_DIR}/PaginationBar.cpp ${CMAKE_CURRENT_LIST_DIR}/PaginationBar.h
    ${CMAKE_CURRENT_LIST_DIR}/PlaceholderStrip.cpp ${CMAKE_CURRENT_LIST_DIR}/PlaceholderStrip.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxMoneyBar.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxMoneyBar.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxMoneyFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxMoneyFlow.h
)
