# cmake -DSOURCE_DIR=... -P CheckLayers.cmake: fails naming every file of db/
# that includes Qt, of ui/ that includes SQLite, and every source file of
# db/, ui/, support/, app/ and tests/ over 400 lines.
set(problems "")

file(GLOB_RECURSE db_sources "${SOURCE_DIR}/db/*.h" "${SOURCE_DIR}/db/*.cpp")
foreach(file ${db_sources})
    file(STRINGS "${file}" lines REGEX "^#include <Q")
    if(lines)
        string(APPEND problems "${file}: db/ must not include Qt: ${lines}\n")
    endif()
endforeach()

file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(file ${ui_sources})
    file(STRINGS "${file}" lines REGEX "^#include [<\"](sqlite3\\.h|SQLiteCpp/)")
    if(lines)
        string(APPEND problems "${file}: ui/ must not include SQLite: ${lines}\n")
    endif()
endforeach()

file(GLOB_RECURSE sources "${SOURCE_DIR}/db/*.h" "${SOURCE_DIR}/db/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/support/*.cpp" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
foreach(file ${sources})
    file(READ "${file}" text)
    string(REGEX MATCHALL "\n" newlines "${text}")
    list(LENGTH newlines count)
    if(count GREATER 400)
        string(APPEND problems "${file}: ${count} lines; split it by responsibility (at most 400)\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "${problems}")
endif()
