# Compile flags every Parley target shares. Warnings are on for everyone;
# PARLEY_WERROR (set by scripts/test and CI) turns them into errors.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(PARLEY_WERROR "Treat compiler warnings as errors" OFF)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(parley_options INTERFACE)
target_compile_options(parley_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                -Wnon-virtual-dtor -Wold-style-cast)
if(PARLEY_WERROR)
    target_compile_options(parley_options INTERFACE -Werror)
endif()
target_compile_definitions(parley_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER
    BOOST_DATE_TIME_NO_LIB)
