# libcsv from Debian (libcsv-dev) ships no CMake package config: find the header and library.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(Csv::Csv UNKNOWN IMPORTED)
set_target_properties(Csv::Csv PROPERTIES
    IMPORTED_LOCATION "${CSV_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CSV_INCLUDE_DIR}")
