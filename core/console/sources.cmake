# SPDX-License-Identifier: GPL-3.0-or-later

# The request console without widgets: endpoint catalogue, placeholders, pagination, history,
# copy as cURL, rate-limit pacing and sandbox money.
target_sources(studio_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApiPath.cpp ${CMAKE_CURRENT_LIST_DIR}/ApiPath.h
    ${CMAKE_CURRENT_LIST_DIR}/Logging.h
    ${CMAKE_CURRENT_LIST_DIR}/EndpointCatalogue.cpp ${CMAKE_CURRENT_LIST_DIR}/EndpointCatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogueTexts.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogueTexts.h
    ${CMAKE_CURRENT_LIST_DIR}/Placeholders.cpp ${CMAKE_CURRENT_LIST_DIR}/Placeholders.h
    ${CMAKE_CURRENT_LIST_DIR}/Pagination.cpp ${CMAKE_CURRENT_LIST_DIR}/Pagination.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestHistory.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/CurlCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/CurlCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/RateLimitPacer.cpp ${CMAKE_CURRENT_LIST_DIR}/RateLimitPacer.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxMoney.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxMoney.h
)

# The endpoint list is data, compiled in as :/studio/console/catalogue.json.
qt_add_resources(studio_core "studio_console_catalogue"
    PREFIX "/studio/console"
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/catalogue.json
)
