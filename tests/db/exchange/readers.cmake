# Each exchange format read back by a real, independent reader: Python's
# icalendar package (Debian python3-icalendar), its csv module, and the
# TimelineJS3 JSON format's documented fields.
#
# The Debian packages install into the system interpreter, which a pyenv or a
# virtualenv earlier in PATH would hide; pass -DPython3_EXECUTABLE to override.
if(NOT Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
    set(Python3_EXECUTABLE /usr/bin/python3)
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

foreach(format ics csv timelinejs)
    add_test(NAME exchange_${format}
             COMMAND ${Python3_EXECUTABLE} -B ${CMAKE_CURRENT_SOURCE_DIR}/check_${format}.py
                     $<TARGET_FILE:parley-db>
                     ${PROJECT_SOURCE_DIR}/tests/data/us-china-2017-2024.json)
endforeach()
