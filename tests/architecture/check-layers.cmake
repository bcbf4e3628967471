# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a layer or a concern reaches past its boundary (docs: architecture):
#  - core/ never uses Widgets or GUI types; ui/ never touches sockets;
#  - core/ never includes a ui/ or app/ file; ui/ never includes an app/ file;
#  - a file in core/<concern>/ includes "<other>/..." only where the edge
#    <concern> -> <other> is in `allowed_edges` below, and that table has no cycle.
# Run as: cmake -DSOURCE_DIR=<repo> -P check-layers.cmake
cmake_minimum_required(VERSION 3.21)

# The concerns of core/, one folder each. A new folder must be named here.
set(concerns dns smtp imap mime providers accounts oauth outbox diagnostics sandbox domain client)

# Every include between concerns that is allowed, as "from -> to: why" (no
# semicolon in the why: CMake would split the entry).
# An include whose edge is missing fails the check; a new edge needs its
# reason here and must not close a cycle (the check refuses a table with one).
# mime includes no other concern. Edges the architecture allows
# that nothing uses yet (diagnostics -> providers, sandbox -> mime,
# and a core/app concern -> every concern) are added with their first include.
set(allowed_edges
    "smtp -> mime: the envelope's addresses are parsed like the message's (mime/Address)"
    "imap -> smtp: the copy to Sent shares the engine's TLS rules (TlsPolicy) and SASL mechanisms and transcript and failure facts"
    "providers -> smtp: a server preset is stated in the engine's SecurityMode and SASL AuthMethod"
    "oauth -> smtp: a token reaches the server through a SASL mechanism (smtp/sasl)"
    "oauth -> providers: sign-in reads the provider's endpoints and scopes from its preset"
    "accounts -> imap: an account keeps the IMAP settings of its copy to Sent"
    "accounts -> smtp: an account's server settings are the session's types, and discovery and the doctor run sessions"
    "accounts -> mime: the connection check sends itself a small text message"
    "accounts -> oauth: the credential source gets and renews OAuth tokens for an account"
    "accounts -> providers: discovery and the credential source start from the provider presets"
    "accounts -> diagnostics: the connection check reports each failed step as a Diagnosis"
    "diagnostics -> smtp: a diagnosis reads the server's Reply, the engine's failure fact"
    "outbox -> smtp: records keep the engine's failure facts, the dispatcher runs a SubmissionBatch, past transcripts are archived"
    "outbox -> accounts: the service finds a queued message's account, asks what the server is known for (ServerFacts), and the quota counts per account"
    "outbox -> providers: the sending quota reads the provider's published daily limits"
    "domain -> dns: the domain check asks DNS through the resolver discovery uses"
    "accounts -> dns: discovery looks up MX and SRV records"
    "outbox -> domain: the sending advice compares organisational domains as DMARC does (DmarcRecord)"
    "accounts -> domain: the connection doctor ends with the domain check of the account's address"
    "domain -> providers: the domain check judges SPF and DKIM against the provider's documented hosts and selectors"
    "client -> outbox: the application core answers the front ends' questions about queued messages"
    "client -> accounts: a queued message belongs to an account, found by its stable id"
    "client -> diagnostics: a stored failure is explained when it is shown"
    "client -> sandbox: the application core starts the sandbox and sends to it like an account"
    "client -> providers: the sender policy asks whether a provider marks mail sent as another address itself"
    "client -> imap: the copier makes the copy to Sent of each sent message (SentCopyJob)"
    "sandbox -> smtp: the sandbox's certificate is described as a TlsReport, as a client's handshake sees it"
    "client -> smtp: the sandbox account's pin is normalised as every pin is (TlsReport)"
)

# Edges that break the layering today and are being removed. Each entry is
# allowed until its include is gone; then the check asks for the entry to go.
# Cycles these close are reported, not refused.
set(temporary_exceptions
)

if(NOT IS_DIRECTORY "${SOURCE_DIR}/core")
    message(FATAL_ERROR "no ${SOURCE_DIR}/core: wrong SOURCE_DIR?")
endif()
set(problems "")
set(checker "tests/architecture/check-layers.cmake")

# "from -> to: why" -> from, to, why (empty when the entry is malformed).
function(parse_edge entry out_from out_to out_why)
    if(entry MATCHES "^([a-z]+) -> ([a-z]+): (.+)$")
        set(${out_from} "${CMAKE_MATCH_1}" PARENT_SCOPE)
        set(${out_to} "${CMAKE_MATCH_2}" PARENT_SCOPE)
        set(${out_why} "${CMAKE_MATCH_3}" PARENT_SCOPE)
    else()
        set(${out_from} "" PARENT_SCOPE)
        set(${out_to} "" PARENT_SCOPE)
        set(${out_why} "" PARENT_SCOPE)
    endif()
endfunction()

# Reads a table into a list of "from>to" pairs, refusing malformed entries.
function(read_table name out)
    set(pairs "")
    set(errors "")
    foreach(entry IN LISTS ${name})
        parse_edge("${entry}" from to why)
        if(from STREQUAL "")
            list(APPEND errors "${checker}: ${name}: \"${entry}\" is not \"from -> to: reason\"")
            continue()
        endif()
        foreach(end IN ITEMS ${from} ${to})
            if(NOT end IN_LIST concerns)
                list(APPEND errors "${checker}: ${name}: \"${end}\" in \"${from} -> ${to}\" is not a concern of core/")
            endif()
        endforeach()
        if(from STREQUAL to)
            list(APPEND errors "${checker}: ${name}: \"${from} -> ${to}\" points at itself")
        endif()
        if("${from}>${to}" IN_LIST pairs)
            list(APPEND errors "${checker}: ${name}: \"${from} -> ${to}\" is listed twice")
        endif()
        list(APPEND pairs "${from}>${to}")
    endforeach()
    set(${out} "${pairs}" PARENT_SCOPE)
    set(table_errors "${table_errors};${errors}" PARENT_SCOPE)
endfunction()

# Sets `out` to one cycle in the "from>to" pairs ("a -> b -> a"), or empty.
# Peels off concerns that lead nowhere until none is left (no cycle) or every
# one left leads to another one left; then walks until a concern repeats.
function(find_cycle pairs out)
    set(remaining ${concerns})
    set(changed TRUE)
    while(changed)
        set(changed FALSE)
        foreach(node IN LISTS remaining)
            set(leads_on FALSE)
            foreach(pair IN LISTS pairs)
                if(pair MATCHES "^${node}>(.+)$" AND CMAKE_MATCH_1 IN_LIST remaining)
                    set(leads_on TRUE)
                endif()
            endforeach()
            if(NOT leads_on)
                list(REMOVE_ITEM remaining ${node})
                set(changed TRUE)
            endif()
        endforeach()
    endwhile()
    if(NOT remaining)
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    list(GET remaining 0 node)
    set(path ${node})
    while(TRUE)
        foreach(pair IN LISTS pairs)
            if(pair MATCHES "^${node}>(.+)$" AND CMAKE_MATCH_1 IN_LIST remaining)
                set(node ${CMAKE_MATCH_1})
                break()
            endif()
        endforeach()
        if(node IN_LIST path)
            list(FIND path ${node} start)
            list(SUBLIST path ${start} -1 cycle)
            list(APPEND cycle ${node})
            list(JOIN cycle " -> " text)
            set(${out} "${text}" PARENT_SCOPE)
            return()
        endif()
        list(APPEND path ${node})
    endwhile()
endfunction()

# The number of the line of `file` that reads `text`, for messages.
function(line_of file text out)
    file(READ "${file}" content)
    string(FIND "${content}" "${text}" at)
    string(SUBSTRING "${content}" 0 ${at} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines count)
    math(EXPR line "${count} + 1")
    set(${out} ${line} PARENT_SCOPE)
endfunction()

# --- The tables themselves -------------------------------------------------
set(table_errors "")
read_table(allowed_edges allowed)
read_table(temporary_exceptions excepted)
foreach(pair IN LISTS excepted)
    if(pair IN_LIST allowed)
        string(REPLACE ">" " -> " edge "${pair}")
        list(APPEND table_errors "${checker}: \"${edge}\" is both allowed and a temporary exception")
    endif()
endforeach()
find_cycle("${allowed}" cycle)
if(cycle)
    list(APPEND table_errors "${checker}: allowed_edges contains a cycle: ${cycle}")
endif()
list(FILTER table_errors EXCLUDE REGEX "^$")
list(APPEND problems ${table_errors})

# --- Every include, resolved to the file it names ---------------------------
file(GLOB ui_features LIST_DIRECTORIES true "${SOURCE_DIR}/ui/*")
list(FILTER ui_features INCLUDE REGEX "/[a-z]+$")
file(GLOB app_folders LIST_DIRECTORIES true "${SOURCE_DIR}/app/*")
list(FILTER app_folders INCLUDE REGEX "/[a-z]+$")
# Where a quoted include could be found, besides the including file's folder.
set(include_roots "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" ${ui_features} "${SOURCE_DIR}/app" ${app_folders})

# Sets `out` to where `include` from `file` lands, relative to SOURCE_DIR
# ("core/smtp/Reply.h", "ui/MainWindow.h", "app/cli/CommandLine.h"); empty
# for headers outside the tree (Qt, generated). A missing "concern/..."
# counts as that concern, so a typo still shows its edge.
function(resolve file include out)
    get_filename_component(dir "${file}" DIRECTORY)
    set(target "")
    foreach(root IN ITEMS "${dir}" ${include_roots})
        get_filename_component(candidate "${include}" ABSOLUTE BASE_DIR "${root}")
        if(EXISTS "${candidate}" AND NOT IS_DIRECTORY "${candidate}")
            file(RELATIVE_PATH target "${SOURCE_DIR}" "${candidate}")
            break()
        endif()
    endforeach()
    if(target STREQUAL "" AND include MATCHES "^([a-z]+)/" AND CMAKE_MATCH_1 IN_LIST concerns)
        set(target "core/${include}")
    endif()
    set(${out} "${target}" PARENT_SCOPE)
endfunction()

set(include_regex "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">]")

# core/: concerns by the table, never ui/ or app/.
file(GLOB core_dirs LIST_DIRECTORIES true "${SOURCE_DIR}/core/*")
foreach(dir IN LISTS core_dirs)
    get_filename_component(name "${dir}" NAME)
    if(IS_DIRECTORY "${dir}" AND NOT name IN_LIST concerns)
        list(APPEND problems "core/${name}/ is not a concern the check knows: add it to `concerns` and its edges to `allowed_edges` in ${checker}")
    endif()
endforeach()

set(used "")
set(edge_includes 0)
file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h.in")
foreach(file IN LISTS core_sources)
    file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
    set(from "")
    if(where MATCHES "^core/([a-z]+)/")
        set(from "${CMAKE_MATCH_1}")
    endif()
    file(STRINGS "${file}" lines REGEX "${include_regex}")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "${include_regex}.*" "\\1" include "${line}")
        resolve("${file}" "${include}" target)
        if(target MATCHES "^(ui|app)/")
            line_of("${file}" "${line}" at)
            list(APPEND problems "${where}:${at}: #include \"${include}\" reaches ${target}: core/ never includes ui/ or app/ files")
            continue()
        endif()
        set(to "")
        if(target MATCHES "^core/([a-z]+)/")
            set(to "${CMAKE_MATCH_1}")
        endif()
        if(from STREQUAL "" OR to STREQUAL "" OR to STREQUAL from)
            continue()
        endif()
        math(EXPR edge_includes "${edge_includes} + 1")
        list(APPEND used "${from}>${to}")
        if("${from}>${to}" IN_LIST allowed OR "${from}>${to}" IN_LIST excepted)
            continue()
        endif()
        set(may "")
        foreach(pair IN LISTS allowed excepted)
            if(pair MATCHES "^${from}>(.+)$")
                list(APPEND may "${CMAKE_MATCH_1}")
            endif()
        endforeach()
        if(may)
            list(JOIN may ", " may)
        else()
            set(may "nothing")
        endif()
        line_of("${file}" "${line}" at)
        string(CONCAT problem
            "${where}:${at}: #include \"${include}\": ${from} -> ${to} is not an allowed edge (${from} may include: ${may}).\n"
            "  Move the code to the concern it belongs to, or, where the architecture allows it, add \"${from} -> ${to}: <why>\" to allowed_edges in ${checker}")
        list(APPEND problems "${problem}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES used)

# A temporary exception whose include is gone is done: its entry goes too.
foreach(pair IN LISTS excepted)
    if(NOT pair IN_LIST used)
        string(REPLACE ">" " -> " edge "${pair}")
        list(APPEND problems "${checker}: no include uses the temporary exception \"${edge}\" any more: delete its entry")
    endif()
endforeach()

# ui/: never an app/ file.
file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(file IN LISTS ui_sources)
    file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
    file(STRINGS "${file}" lines REGEX "${include_regex}")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "${include_regex}.*" "\\1" include "${line}")
        resolve("${file}" "${include}" target)
        if(target MATCHES "^app/")
            line_of("${file}" "${line}" at)
            list(APPEND problems "${where}:${at}: #include \"${include}\" reaches ${target}: ui/ never includes app/ files")
        endif()
    endforeach()
endforeach()

# --- Libraries: no Widgets in core/, no sockets in ui/ -----------------------
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.txt")
# core/ links Qt Core and Network only, ui/ reaches the network through core.
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" hits REGEX "#include <Qt(Widgets|Gui)|#include <Q(Widget|Application|Dialog|MainWindow|Pixmap|Image|Icon)>|Qt6::(Widgets|Gui)")
    if(hits)
        file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
        list(APPEND problems "${where}: ${hits}")
    endif()
endforeach()

foreach(file IN LISTS ui_sources)
    file(STRINGS "${file}" hits REGEX "#include <Q(Ssl|Tcp|Abstract)Socket>|QSslSocket|QTcpSocket")
    if(hits)
        file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
        list(APPEND problems "${where}: ${hits}")
    endif()
endforeach()

list(LENGTH core_files core_count)
if(core_count EQUAL 0)
    message(FATAL_ERROR "no files found under ${SOURCE_DIR}/core: wrong SOURCE_DIR?")
endif()
if(problems)
    # NOTICE prints each line as it is, where FATAL_ERROR would re-wrap it.
    foreach(problem IN LISTS problems)
        message(NOTICE "${problem}")
    endforeach()
    list(LENGTH problems problem_count)
    message(FATAL_ERROR "Layering broken: ${problem_count} problem(s) above")
endif()

# Allowed edges nothing uses are fine (the table says what may be), but worth seeing.
set(unused "")
foreach(pair IN LISTS allowed)
    if(NOT pair IN_LIST used)
        string(REPLACE ">" " -> " edge "${pair}")
        list(APPEND unused "${edge}")
    endif()
endforeach()
if(unused)
    list(JOIN unused ", " unused)
    message(STATUS "Allowed but unused: ${unused}")
endif()
foreach(pair IN LISTS excepted)
    string(REPLACE ">" " -> " edge "${pair}")
    set(with_exceptions ${allowed} ${excepted})
    find_cycle("${with_exceptions}" cycle)
    if(cycle)
        set(cycle " (it closes the cycle ${cycle})")
    endif()
    message(STATUS "Temporary exception still in use: ${edge}${cycle}")
endforeach()
list(LENGTH allowed edge_count)
list(LENGTH excepted exception_count)
message(STATUS "Layers respected: ${core_count} core files checked, ${edge_includes} includes between concerns over ${edge_count} allowed edges and ${exception_count} temporary exception(s)")
