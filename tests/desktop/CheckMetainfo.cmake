# cmake -DMETAINFO=… -DDESKTOP_FILE=… -DAPP_ID=… -DVERSION=… -P CheckMetainfo.cmake
# The metainfo's id is the application id, it launches the desktop file
# installed under that id, shows the desktop file's icon, and its newest
# release is the project's version.
file(READ ${METAINFO} metainfo)
file(READ ${DESKTOP_FILE} desktop)
set(errors)
macro(expect what text)
    string(FIND "${metainfo}" "${text}" found)
    if(found EQUAL -1)
        list(APPEND errors "${what}: no '${text}'")
    endif()
endmacro()
expect("id" "<id>${APP_ID}</id>")
expect("launchable" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
string(REGEX MATCH "\nIcon=([^\n]*)" icon "${desktop}")
expect("icon" "<icon type=\"stock\">${CMAKE_MATCH_1}</icon>")
# Releases are listed newest first.
string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    list(APPEND errors "newest release is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
if(errors)
    list(JOIN errors "\n" errors)
    message(FATAL_ERROR "${METAINFO}:\n${errors}")
endif()
