# SPDX-License-Identifier: GPL-3.0-or-later
# The fault switchboard, the control interface and their bunq-local-sandbox options.
studio_add_test(tst_sandbox_faults
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_faults.cpp
    LIBRARIES studio_sandbox sandbox_test_support)

studio_add_test(tst_sandbox_control
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_control.cpp
    LIBRARIES studio_sandbox sandbox_test_support)

studio_add_test(tst_sandbox_control_program
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_control_program.cpp
    LIBRARIES sandbox_test_support)
target_compile_definitions(tst_sandbox_control_program
    PRIVATE SANDBOX_EXECUTABLE="$<TARGET_FILE:bunq-local-sandbox>")
add_dependencies(tst_sandbox_control_program bunq-local-sandbox)
