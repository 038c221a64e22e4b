# cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DDESKTOP_FILE_VALIDATE=… -DAPPSTREAMCLI=…
#       -P CheckInstall.cmake
# Installs the build into PREFIX and checks that the programs, the desktop
# file, the metainfo, the icons (PNGs of the size their folder says) and the
# man pages are where desktops and man look for them, and still validate.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                OUTPUT_QUIET RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed with ${result}")
endif()

set(errors)
macro(expect_file relative)
    if(NOT EXISTS ${PREFIX}/${relative})
        list(APPEND errors "missing ${relative}")
    endif()
endmacro()
expect_file(bin/parley)
expect_file(bin/parley-db)
expect_file(share/applications/${APP_ID}.desktop)
expect_file(share/metainfo/${APP_ID}.metainfo.xml)
expect_file(share/icons/hicolor/scalable/apps/parley.svg)
expect_file(share/man/man1/parley.1.gz)
expect_file(share/man/man1/parley-db.1.gz)
expect_file(share/doc/parley/copyright)
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/parley.png)
    if(NOT EXISTS ${png})
        list(APPEND errors "missing ${size}x${size} icon")
        continue()
    endif()
    # A PNG's IHDR chunk holds width and height as 32-bit big-endian numbers.
    file(READ ${png} header LIMIT 8 OFFSET 16 HEX)
    math(EXPR expected "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${expected}" 2 -1 expected)
    string(LENGTH "${expected}" length)
    math(EXPR padding "8 - ${length}")
    string(REPEAT "0" ${padding} zeros)
    if(NOT header STREQUAL "${zeros}${expected}${zeros}${expected}")
        list(APPEND errors "${size}x${size} icon has the IHDR size ${header}")
    endif()
endforeach()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${PREFIX}/share/applications/${APP_ID}.desktop
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "error|warning")
    list(APPEND errors "installed desktop file: ${output}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net
                        ${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    list(APPEND errors "installed metainfo: ${output}")
endif()

if(errors)
    list(JOIN errors "\n" errors)
    message(FATAL_ERROR "${PREFIX}:\n${errors}")
endif()
