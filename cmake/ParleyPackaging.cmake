# The Debian package that scripts/package makes with CPack: "parley", versioned
# as the project. dpkg-shlibdeps finds the libraries the programs link against;
# Recommends adds what they load at run time without linking: fonts that cover
# Latin and Chinese text, Qt's own Chinese messages and the Wayland platform.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parley)
set(CPACK_PACKAGE_VENDOR "The Parley developers")
set(CPACK_PACKAGE_CONTACT "The Parley developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timeline viewer for diplomatic meetings")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Parley shows who met whom, when, where and about what, with the sanctions,
export controls and tariffs around those meetings, on a zoomable timeline that
can be narrowed by country, topic, kind, date and text. parley-db creates,
imports, exports, checks and queries the same SQLite databases.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-dejavu-core, fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
