# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stamp is one program with two faces: a window, and `stamp send|check|...`
# on the command line. Windows decides at link time which face a program
# has: a GUI-subsystem exe (WIN32_EXECUTABLE) opens no console, but its
# output never reaches the console it was typed into and cmd.exe does not
# wait for it; a console-subsystem exe works in a terminal but flashes a
# console window when started from the Start menu.
#
# So the installer ships both, built from the same sources: stamp.exe (GUI
# subsystem, for shortcuts and mailto: links) and stamp.com (console
# subsystem). A .com file may hold a PE image, and PATHEXT lists .COM before
# .EXE, so typing `stamp send ...` in cmd.exe or PowerShell runs stamp.com
# (the devenv.com/devenv.exe arrangement).

# Defines <twin>: an executable with <target>'s sources, include
# directories, compile definitions and options, and link libraries, but a
# console subsystem and the output name <target>.com.
function(stamp_add_console_twin target twin)
    get_target_property(source_dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    set(absolute_sources "")
    foreach(source IN LISTS sources)
        # Generator expressions and absolute paths stay as they are;
        # relative paths are relative to the target's own folder.
        if(source MATCHES "^\\$<" OR IS_ABSOLUTE "${source}")
            list(APPEND absolute_sources "${source}")
        else()
            list(APPEND absolute_sources "${source_dir}/${source}")
        endif()
    endforeach()

    qt_add_executable(${twin} ${absolute_sources})
    foreach(property IN ITEMS INCLUDE_DIRECTORIES COMPILE_DEFINITIONS COMPILE_OPTIONS
                              LINK_LIBRARIES LINK_OPTIONS RUNTIME_OUTPUT_DIRECTORY)
        get_target_property(value ${target} ${property})
        if(value)
            set_property(TARGET ${twin} PROPERTY ${property} "${value}")
        endif()
    endforeach()
    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name ${target})
    endif()
    set_target_properties(${twin} PROPERTIES
        WIN32_EXECUTABLE OFF
        OUTPUT_NAME ${output_name}
        SUFFIX .com
        # Both would otherwise write <name>.pdb and <name>.ilk (MSVC).
        PDB_NAME ${output_name}-console)
endfunction()
