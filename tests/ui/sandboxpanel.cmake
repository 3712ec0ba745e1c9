# SPDX-License-Identifier: GPL-3.0-or-later
# The local sandbox panel against a sandbox with its control interface, started by the test.
# Set STUDIO_SCREENSHOT_DIR to also save the main window with the panel docked as PNGs.
studio_add_test(tst_sandboxpanel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxpanel.cpp
        ${CMAKE_CURRENT_LIST_DIR}/WidgetTestData.h
    LIBRARIES studio_ui studio_sandbox sandbox_test_support
    TIMEOUT 180)
