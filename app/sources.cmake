# The Webex client (no widgets): one QNetworkAccessManager, one job per request.
add_library(seqring_app STATIC
    ${CMAKE_CURRENT_LIST_DIR}/apiclient.h ${CMAKE_CURRENT_LIST_DIR}/apiclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apijob.h ${CMAKE_CURRENT_LIST_DIR}/apijob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/createcriteriajob.h ${CMAKE_CURRENT_LIST_DIR}/createcriteriajob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apiresult.h ${CMAKE_CURRENT_LIST_DIR}/apiresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apirequests.h ${CMAKE_CURRENT_LIST_DIR}/apirequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpstatus.h ${CMAKE_CURRENT_LIST_DIR}/httpstatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsereader.h ${CMAKE_CURRENT_LIST_DIR}/responsereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/retryafter.h ${CMAKE_CURRENT_LIST_DIR}/retryafter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/urlpolicy.h ${CMAKE_CURRENT_LIST_DIR}/urlpolicy.cpp
)
target_include_directories(seqring_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(seqring_app PUBLIC seqring_models Qt6::Network seqring_strict)

# Lookups around the create operation: paged lists, the session's license and location
# catalogs, the workspace directory, schedules, the sequential ring reader, the check
# after an ambiguous create, what the token may write, and the targeted workspace.
target_sources(seqring_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagedfetch.h ${CMAKE_CURRENT_LIST_DIR}/pagedfetch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lookuperror.h ${CMAKE_CURRENT_LIST_DIR}/lookuperror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessioncatalog.h ${CMAKE_CURRENT_LIST_DIR}/sessioncatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/licensecatalog.h ${CMAKE_CURRENT_LIST_DIR}/licensecatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/locationcatalog.h ${CMAKE_CURRENT_LIST_DIR}/locationcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacedirectory.h ${CMAKE_CURRENT_LIST_DIR}/workspacedirectory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schedulecatalog.h ${CMAKE_CURRENT_LIST_DIR}/schedulecatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sequentialringreader.h ${CMAKE_CURRENT_LIST_DIR}/sequentialringreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/createdcheck.h ${CMAKE_CURRENT_LIST_DIR}/createdcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/writeaccess.h ${CMAKE_CURRENT_LIST_DIR}/writeaccess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacecontext.h ${CMAKE_CURRENT_LIST_DIR}/workspacecontext.cpp
)
