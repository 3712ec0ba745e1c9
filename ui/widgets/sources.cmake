# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretField.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretField.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeErrorBox.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeErrorBox.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangePanes.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangePanes.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderTable.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderTable.h
    ${CMAKE_CURRENT_LIST_DIR}/ViewHelpers.cpp ${CMAKE_CURRENT_LIST_DIR}/ViewHelpers.h
)
