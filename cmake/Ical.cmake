# libical from Debian (libical-dev): found through its pkg-config file, as an imported target.
# Only the recurrence iterator is used (models/eventoccurrences.cpp).
find_package(PkgConfig REQUIRED)
pkg_check_modules(ICAL REQUIRED IMPORTED_TARGET GLOBAL libical)
add_library(Ical::Ical ALIAS PkgConfig::ICAL)
