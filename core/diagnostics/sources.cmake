# SPDX-License-Identifier: GPL-3.0-or-later

# The signature diagnosis and the error explainer with its table of bunq's errors.
target_sources(studio_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SignatureDiagnosis.cpp ${CMAKE_CURRENT_LIST_DIR}/SignatureDiagnosis.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorTable.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorTable.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorExplainer.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorExplainer.h
)
