# One helper registers every test so that each one is built, linked only to the
# library it tests, and discovered by CTest the same way.
include(GoogleTest)

# parley_add_gtest(NAME SOURCES... LIBS...)
function(parley_add_gtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE parley_options GTest::gtest_main ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 30
                         PROPERTIES ENVIRONMENT "PARLEY_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# parley_add_qtest(NAME SOURCES... LIBS...): a Qt Test case run headless, with
# a home of its own so that no test reads or writes the user's settings.
function(parley_add_qtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE parley_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;QT_ENABLE_HIGHDPI_SCALING=0;PARLEY_SOURCE_DIR=${PROJECT_SOURCE_DIR};XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/data")
endfunction()
