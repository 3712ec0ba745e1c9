# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OnboardingWizard.cpp ${CMAKE_CURRENT_LIST_DIR}/OnboardingWizard.h
    ${CMAKE_CURRENT_LIST_DIR}/FlowController.cpp ${CMAKE_CURRENT_LIST_DIR}/FlowController.h
    ${CMAKE_CURRENT_LIST_DIR}/EnvironmentPage.cpp ${CMAKE_CURRENT_LIST_DIR}/EnvironmentPage.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyPairPage.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyPairPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ApiKeyPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ApiKeyPage.h
    ${CMAKE_CURRENT_LIST_DIR}/StepPage.cpp ${CMAKE_CURRENT_LIST_DIR}/StepPage.h
    ${CMAKE_CURRENT_LIST_DIR}/InstallationPage.cpp ${CMAKE_CURRENT_LIST_DIR}/InstallationPage.h
    ${CMAKE_CURRENT_LIST_DIR}/DevicePage.cpp ${CMAKE_CURRENT_LIST_DIR}/DevicePage.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionPage.h
    ${CMAKE_CURRENT_LIST_DIR}/FailureHint.cpp ${CMAKE_CURRENT_LIST_DIR}/FailureHint.h
)
