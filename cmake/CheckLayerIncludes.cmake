# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Run as a build step of each models layer (see models/CMakeLists.txt): fails when a file of the layer
# includes a header of a layer it does not link. The compiler catches this in .cpp files; this catches it in
# headers too, which a lower layer may never compile on their own.
#   -DLAYER=name -DFILES_LIST=file-with-one-path-per-line -DALLOWED=a;b -DMODEL_FOLDERS=a;b;c -DSTAMP=file
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${FILES_LIST}" files)
set(problems "")
foreach(source IN LISTS files)
  file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z]+)/.*$" "\\1" folder "${line}")
    if(folder IN_LIST MODEL_FOLDERS AND NOT folder IN_LIST ALLOWED)
      string(APPEND problems "\n  ${source}: ${line}")
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Layer ${LAYER} may include only ${ALLOWED}, but:${problems}\n"
                      "A lower layer must not depend on a higher one (models/CMakeLists.txt).")
endif()
file(TOUCH "${STAMP}")
