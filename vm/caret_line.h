// The PEP 657 line of carets CPython 3.11 prints under a traceback entry's
// source line, marking the failing instruction's columns (`~~~^~~~` for an
// operator, `~~~^^^^` for a subscript, `^^^^` otherwise). Pure text: the
// caller finds the line and the instruction's position.
#pragma once

#include <string>
#include <string_view>

#include "compiler/code_unit.h"

namespace eddy::vm {

// The caret line (without its line break) for an instruction at `span` on
// `line`, the whole source line of span.line with its indentation and
// without its line break; "" when CPython prints none: the position is
// unknown, or the carets would cover the whole stripped line.
std::string format_caret_line(std::string_view line, const compiler::SourceSpan& span);

}  // namespace eddy::vm
