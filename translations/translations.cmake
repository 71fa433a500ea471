# Interface translations: translations/seqring-admin_<lang>.ts, compiled to .qm and
# embedded in seqring_ui under :/i18n. German, French and Japanese translate every
# message; English holds only the plural forms ("%n second(s)" -> "1 second",
# "2 seconds"). `cmake --build … --target update_translations` refreshes the .ts files
# from the sources; the `translations_complete` test fails when that would change
# anything or when an entry is unfinished, vanished or obsolete.
set(SEQRING_LANGUAGES de fr ja)
set(SEQRING_TS_FILES)
foreach(lang ${SEQRING_LANGUAGES})
    list(APPEND SEQRING_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/seqring-admin_${lang}.ts)
endforeach()
set(SEQRING_PLURAL_TS ${CMAKE_CURRENT_LIST_DIR}/seqring-admin_en.ts)

# The sources of the translated libraries and the app, from their own explicit lists (the
# sandbox is not among them: it answers in English, as Webex does).
set(SEQRING_TR_SOURCES)
foreach(target seqring_models seqring_app seqring_ui seqring-admin)
    get_target_property(sources ${target} SOURCES)
    get_target_property(dir ${target} SOURCE_DIR)
    foreach(source ${sources})
        if(NOT IS_ABSOLUTE ${source})
            set(source ${dir}/${source})
        endif()
        list(APPEND SEQRING_TR_SOURCES ${source})
    endforeach()
endforeach()
list(SORT SEQRING_TR_SOURCES)
# -I: includes name their folder from the project root ("models/criteria.h"); without it
# lupdate does not find the class of a tr() defined out of line and warns.
set(SEQRING_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines -I ${PROJECT_SOURCE_DIR})

# lrelease and embedding as qt_add_translations does; lupdate below, from a list file, so
# that the update target and the completeness test run exactly the same command.
qt_add_lrelease(seqring_ui TS_FILES ${SEQRING_TS_FILES} ${SEQRING_PLURAL_TS}
    QM_FILES_OUTPUT_VARIABLE SEQRING_QM_FILES)
qt_add_resources(seqring_ui "seqring_translations"
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${SEQRING_QM_FILES})

string(REPLACE ";" "\n" SEQRING_TR_LIST "${SEQRING_TR_SOURCES}")
file(WRITE ${PROJECT_BINARY_DIR}/translation-sources.lst "${SEQRING_TR_LIST}\n")
add_custom_target(update_translations
    COMMAND Qt6::lupdate ${SEQRING_LUPDATE_OPTIONS} @${PROJECT_BINARY_DIR}/translation-sources.lst
            -ts ${SEQRING_TS_FILES}
    COMMAND Qt6::lupdate ${SEQRING_LUPDATE_OPTIONS} -pluralonly
            @${PROJECT_BINARY_DIR}/translation-sources.lst -ts ${SEQRING_PLURAL_TS}
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)

foreach(check full plural)
    if(check STREQUAL "full")
        set(files "${SEQRING_TS_FILES}")
        set(options "${SEQRING_LUPDATE_OPTIONS}")
    else()
        set(files "${SEQRING_PLURAL_TS}")
        set(options "${SEQRING_LUPDATE_OPTIONS};-pluralonly")
    endif()
    add_test(NAME translations_complete_${check}
        COMMAND ${CMAKE_COMMAND}
            -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
            -DSOURCES_LIST=${PROJECT_BINARY_DIR}/translation-sources.lst
            "-DTS_FILES=${files}"
            "-DOPTIONS=${options}"
            -DWORK_DIR=${PROJECT_BINARY_DIR}/translation-check-${check}
            -P ${CMAKE_CURRENT_LIST_DIR}/check-translations.cmake)
endforeach()
