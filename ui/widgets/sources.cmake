# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretField.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretField.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeView.h
)
