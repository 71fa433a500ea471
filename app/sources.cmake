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
