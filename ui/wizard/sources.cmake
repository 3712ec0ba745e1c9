# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OnboardingWizard.cpp ${CMAKE_CURRENT_LIST_DIR}/OnboardingWizard.h
    ${CMAKE_CURRENT_LIST_DIR}/EnvironmentPage.cpp ${CMAKE_CURRENT_LIST_DIR}/EnvironmentPage.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyPairPage.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyPairPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ApiKeyPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ApiKeyPage.h
    ${CMAKE_CURRENT_LIST_DIR}/StepPage.cpp ${CMAKE_CURRENT_LIST_DIR}/StepPage.h
)
