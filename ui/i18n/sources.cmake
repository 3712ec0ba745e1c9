# SPDX-License-Identifier: GPL-3.0-or-later
# The interface language: the manager that switches catalogues at runtime, the menu and combo box
# that choose it, and the catalogues themselves.
target_sources(studio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Language.cpp ${CMAKE_CURRENT_LIST_DIR}/Language.h
    ${CMAKE_CURRENT_LIST_DIR}/LanguageManager.cpp ${CMAKE_CURRENT_LIST_DIR}/LanguageManager.h
    ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/LanguageComboBox.cpp ${CMAKE_CURRENT_LIST_DIR}/LanguageComboBox.h
)

# The committed catalogues in translations/. studio_en.ts holds only the English plural forms,
# because the source texts are English already.
set(_studio_ts_dir ${PROJECT_SOURCE_DIR}/translations)
set(_studio_ts_files
    ${_studio_ts_dir}/studio_en.ts
    ${_studio_ts_dir}/studio_nl.ts
    ${_studio_ts_dir}/studio_de.ts)

# The folders whose tr() texts the catalogues hold. The local sandbox is left out: its error
# texts are bunq data, not interface text. tests/i18n/tst_translations scans the same folders.
set_property(GLOBAL PROPERTY STUDIO_TRANSLATED_DIRS core ui app)
get_property(_studio_translated_dirs GLOBAL PROPERTY STUDIO_TRANSLATED_DIRS)

# A normal build only compiles the committed .ts files into .qm files in the build folder and
# embeds them as :/i18n/studio_<code>.qm. The .ts files change only when someone builds
# update_translations. qt_add_translations would pass one set of lupdate options to every file,
# but the English one needs -pluralonly, hence lrelease and resources by hand.
qt_add_lrelease(studio_ui
    TS_FILES ${_studio_ts_files}
    QM_FILES_OUTPUT_VARIABLE _studio_qm_files)
qt_add_resources(studio_ui studio_ui_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${_studio_qm_files})

set(_studio_lupdate_options -extensions cpp,h -no-obsolete -locations none)
add_custom_target(update_translations
    COMMAND Qt6::lupdate ${_studio_translated_dirs} ${_studio_lupdate_options}
        -ts ${_studio_ts_dir}/studio_nl.ts ${_studio_ts_dir}/studio_de.ts
    COMMAND Qt6::lupdate ${_studio_translated_dirs} ${_studio_lupdate_options} -pluralonly
        -ts ${_studio_ts_dir}/studio_en.ts
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating the .ts files in translations/ from core/, ui/ and app/"
    VERBATIM)
