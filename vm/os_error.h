// OSError: its errno, strerror, filename and filename2 attributes, the
// subclass an errno selects (OSError(2, ...) is a FileNotFoundError), its
// "[Errno 2] No such file or directory: 'x'" str, and raising one for a
// failed system call.
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;
struct ExceptionTypes;

// Gives OSError and its builtin subclasses their constructor, attributes
// and str; called once by init_exception_types.
void init_os_error_types(VM& vm, ExceptionTypes& types);

// Raises OSError(error_number, strerror(error_number)[, filename[, 2,
// filename2]]) — the subclass the errno selects. `filename` and
// `filename2` may be null (not given). Returns null.
Value raise_os_error(VM& vm, int error_number, Value filename = Value::null(),
                     Value filename2 = Value::null());

}  // namespace eddy::vm
