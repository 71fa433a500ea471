# Writes the Debian changelog (the format of dpkg-parsechangelog) from CHANGELOG.md.
#
# cmake -DCHANGELOG=CHANGELOG.md -DOUTPUT=changelog -DPACKAGE=name -DVERSION=x.y.z
#       -DMAINTAINER="Name <address>" -P DebianChangelog.cmake
#
# Each "## [VERSION] - YYYY-MM-DD" heading becomes an entry, each "- " item a "  * " line
# and each continuation line (two spaces) a "    " line. The newest entry must be VERSION,
# the version being packaged, and no line of a release may be longer than 78 characters.
foreach(var CHANGELOG OUTPUT PACKAGE VERSION MAINTAINER)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "DebianChangelog.cmake: -D${var}= is missing")
    endif()
endforeach()

file(STRINGS "${CHANGELOG}" lines ENCODING UTF-8)
set(out "")
set(entry_open FALSE)
set(trailer "")
set(first_version "")
set(line_number 0)

# The entry's closing line, with the date in RFC 5322 form as Debian wants it.
function(seqring_changelog_trailer date result)
    execute_process(COMMAND date -u -R -d "${date} 00:00:00 UTC"
                    OUTPUT_VARIABLE rfc_date OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${CHANGELOG}: '${date}' is not a date (YYYY-MM-DD)")
    endif()
    set(${result} "\n -- ${MAINTAINER}  ${rfc_date}\n" PARENT_SCOPE)
endfunction()

foreach(line IN LISTS lines)
    math(EXPR line_number "${line_number} + 1")
    if(line MATCHES "^## \\[([0-9][0-9A-Za-z.+~]*)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
        set(version "${CMAKE_MATCH_1}")
        set(date "${CMAKE_MATCH_2}")
        if(entry_open)
            string(APPEND out "${trailer}\n")
        endif()
        if(first_version STREQUAL "")
            set(first_version "${version}")
        endif()
        string(APPEND out "${PACKAGE} (${version}) unstable; urgency=medium\n\n")
        seqring_changelog_trailer("${date}" trailer)
        set(entry_open TRUE)
    elseif(line MATCHES "^## ")
        message(FATAL_ERROR "${CHANGELOG}:${line_number}: a release heading is "
                            "'## [VERSION] - YYYY-MM-DD', not '${line}'")
    elseif(entry_open AND line MATCHES "^- (.+)$")
        string(APPEND out "  * ${CMAKE_MATCH_1}\n")
    elseif(entry_open AND line MATCHES "^  ([^ ].*)$")
        string(APPEND out "    ${CMAKE_MATCH_1}\n")
    elseif(entry_open AND NOT line STREQUAL "")
        message(FATAL_ERROR "${CHANGELOG}:${line_number}: inside a release, a line is an "
                            "item ('- ') or its continuation ('  '), not '${line}'")
    endif()
    string(LENGTH "${line}" length)
    if(entry_open AND length GREATER 78)
        message(FATAL_ERROR "${CHANGELOG}:${line_number}: ${length} characters; the Debian "
                            "changelog allows 80, so keep it under 78")
    endif()
endforeach()

if(NOT entry_open)
    message(FATAL_ERROR "${CHANGELOG}: no release heading ('## [VERSION] - YYYY-MM-DD')")
endif()
if(NOT first_version STREQUAL VERSION)
    message(FATAL_ERROR "${CHANGELOG}: the newest release is ${first_version}, but the "
                        "package is ${VERSION}; add a '## [${VERSION}] - DATE' section")
endif()
string(APPEND out "${trailer}")
file(WRITE "${OUTPUT}" "${out}")
