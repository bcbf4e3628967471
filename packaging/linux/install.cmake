# Installation layout on Linux (FHS). Included from the top-level CMakeLists.
include(GNUInstallDirs)
install(TARGETS stamp
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
