# Fails when a layer reaches past its boundary (docs: architecture):
# core/ never uses Widgets or GUI types; ui/ never touches sockets.
# Run as: cmake -DSOURCE_DIR=<repo> -P check-layers.cmake
set(problems "")

file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.txt")
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" hits REGEX "#include <Qt(Widgets|Gui)|#include <Q(Widget|Application|Dialog|MainWindow|Pixmap|Image|Icon)>|Qt6::(Widgets|Gui)")
    if(hits)
        list(APPEND problems "${file}: ${hits}")
    endif()
endforeach()

file(GLOB_RECURSE ui_files "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(file IN LISTS ui_files)
    file(STRINGS "${file}" hits REGEX "#include <Q(Ssl|Tcp|Abstract)Socket>|QSslSocket|QTcpSocket")
    if(hits)
        list(APPEND problems "${file}: ${hits}")
    endif()
endforeach()

list(LENGTH core_files core_count)
if(core_count EQUAL 0)
    message(FATAL_ERROR "no files found under ${SOURCE_DIR}/core: wrong SOURCE_DIR?")
endif()
if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "Layering broken:\n${text}")
endif()
message(STATUS "Layers respected: ${core_count} core files checked")
