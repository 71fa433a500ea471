# The Debian package: `cpack -G DEB` in a build of the release preset (make deb).
# Its documentation folder holds the machine-readable copyright file and the changelog made
# from CHANGELOG.md; the manual pages and bash completions are in resources/.

# The copyright file's name for the license (DEP-5 names GPL-3.0-or-later GPL-3+).
if(SEQRING_LICENSE STREQUAL "GPL-3.0-or-later")
    set(SEQRING_LICENSE_DEP5 GPL-3+)
else()
    message(FATAL_ERROR "cmake/Packaging.cmake: give ${SEQRING_LICENSE} its DEP-5 name, and "
                        "its license paragraph in resources/debian/copyright.in")
endif()

set(SEQRING_DOC_DIR ${CMAKE_BINARY_DIR}/doc)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/copyright.in
               ${SEQRING_DOC_DIR}/copyright @ONLY)

# changelog.gz: CHANGELOG.md in the format of a Debian changelog, compressed as Debian
# policy asks (gzip -9, no name or time stamp in the header).
find_program(GZIP gzip REQUIRED)
set(SEQRING_CHANGELOG ${SEQRING_DOC_DIR}/changelog)
add_custom_command(OUTPUT ${SEQRING_CHANGELOG}.gz
    COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md
            -DOUTPUT=${SEQRING_CHANGELOG} -DPACKAGE=${PROJECT_NAME} -DVERSION=${PROJECT_VERSION}
            -DMAINTAINER=${SEQRING_MAINTAINER} -P ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
    COMMAND ${GZIP} -9nkf ${SEQRING_CHANGELOG}
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
    COMMENT "Writing the Debian changelog from CHANGELOG.md"
    VERBATIM)
add_custom_target(seqring_package_docs ALL DEPENDS ${SEQRING_CHANGELOG}.gz)
install(FILES ${SEQRING_DOC_DIR}/copyright ${SEQRING_CHANGELOG}.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "seqring-admin developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SEQRING_MAINTAINER}")
# Debian's style: a synopsis that is not a sentence, then paragraphs saying what it does.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Webex Calling sequential ring criteria for workspaces")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${PROJECT_SOURCE_DIR}/resources/debian/description.txt)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG icon engine is a plugin, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# QtKeychain keeps tokens in the Secret Service (through libsecret, which it loads at run
# time) or in KWallet; Qt's own strings come translated from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, libsecret-1-0, qt6-translations-l10n")
# Stripped binaries; the release build has no debug information, so there is no -dbgsym
# package.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)

# Everything the package installs, and nothing else (no tests): make deb builds this
# target, then runs cpack, which installs without building.
add_custom_target(seqring_package_files)
add_dependencies(seqring_package_files
    seqring-admin seqring-sandbox seqring_icons seqring_man_pages seqring_package_docs)
