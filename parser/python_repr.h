// Python's repr() of the built-in values the front end produces: str, bytes,
// float and imaginary numbers. `eddy --ast` prints constants with these, and
// the VM's repr of the same types reuses them, so both match CPython 3.11.
#pragma once

#include <string>
#include <string_view>

namespace eddy::parser {

// repr(s) for a str held as generalized UTF-8 (lone surrogates allowed).
std::string repr_str(std::string_view utf8);

// repr(b) for a bytes value.
std::string repr_bytes(std::string_view bytes);

// repr(x) for a float: the shortest text that reads back as the same
// double, e.g. "0.1", "1e+16", "1e-05", "2.0", "inf".
std::string repr_float(double value);

// repr(complex(0.0, imag)), the value of an imaginary literal: "1j",
// "1.5e+300j", "infj".
std::string repr_imaginary(double imag);

}  // namespace eddy::parser
