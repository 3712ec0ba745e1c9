# SPDX-License-Identifier: GPL-3.0-or-later
# Drives the onboarding wizard against a local sandbox started by the test itself, then sends a
# request from the main window. Set STUDIO_SCREENSHOT_DIR to also save a PNG of every page.
studio_add_test(tst_wizard_e2e
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_e2e.cpp
    LIBRARIES studio_ui studio_sandbox
    TIMEOUT 240)
