# Layers that the compiler enforces. Every include names its folder from the project root
# ("app/client/apijob.h"); a library does not see the project root, but a view of it that
# holds only its own folder and the folders below it (symbolic links under
# build/layers/<target>/). An include of a higher layer is then a missing file, and the
# build fails. docs/architecture.md draws the layers.
#
#   seqring_layer(TARGET FOLDERS folder...)
function(seqring_layer target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "FOLDERS")
    set(view ${CMAKE_BINARY_DIR}/layers/${target})
    file(REMOVE_RECURSE ${view})
    foreach(folder ${ARG_FOLDERS})
        get_filename_component(parent ${view}/${folder} DIRECTORY)
        file(MAKE_DIRECTORY ${parent})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${view}/${folder} SYMBOLIC)
    endforeach()
    target_include_directories(${target} PRIVATE ${view})
endfunction()

# The layers from the bottom up, each with the folders it may include.
set(SEQRING_LAYER_MODELS models)
set(SEQRING_LAYER_CLIENT ${SEQRING_LAYER_MODELS} app/client)
set(SEQRING_LAYER_FILES ${SEQRING_LAYER_CLIENT} app/files)
set(SEQRING_LAYER_SIGNIN ${SEQRING_LAYER_FILES} app/signin)
set(SEQRING_LAYER_WORKSPACE ${SEQRING_LAYER_SIGNIN} app/workspace)
set(SEQRING_LAYER_BULK ${SEQRING_LAYER_FILES} app/bulk)
set(SEQRING_LAYER_UI ${SEQRING_LAYER_WORKSPACE} app/bulk ui)
