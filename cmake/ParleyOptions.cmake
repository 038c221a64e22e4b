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
# GCC 12 warns wrongly of overlapping copies inside std::string's operator+
# when it inlines it at -O2 (-Wrestrict, GCC bug 105329, fixed in GCC 13):
# the Release builds reported it on correct code in a dozen files.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(parley_options INTERFACE -Wno-restrict)
endif()
if(PARLEY_WERROR)
    target_compile_options(parley_options INTERFACE -Werror)
endif()
target_compile_definitions(parley_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER
    BOOST_DATE_TIME_NO_LIB)

# PARLEY_SANITIZE (set by scripts/test for its second build): AddressSanitizer
# and UndefinedBehaviorSanitizer in every Parley target; undefined behaviour
# aborts instead of printing and going on.
option(PARLEY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
set(PARLEY_SANITIZER_FLAGS
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
if(PARLEY_SANITIZE)
    target_compile_options(parley_options INTERFACE ${PARLEY_SANITIZER_FLAGS})
    target_link_options(parley_options INTERFACE ${PARLEY_SANITIZER_FLAGS})
endif()

# PARLEY_FUZZ (set by scripts/fuzz, clang only): the libFuzzer targets under
# tests/fuzz, with every Parley target instrumented for coverage and sanitized.
option(PARLEY_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(PARLEY_FUZZ)
    target_compile_options(parley_options INTERFACE -fsanitize=fuzzer-no-link
                                                    ${PARLEY_SANITIZER_FLAGS})
    target_link_options(parley_options INTERFACE ${PARLEY_SANITIZER_FLAGS})
endif()
