// The REPL's question after each line: is the input typed so far a whole
// statement to run, or does it go on (the `... ` prompt)? CPython's codeop
// answers it from the syntax error the input gives; so does this.
#pragma once

#include <string>

namespace eddy::cli {

// True if `input` (the lines typed so far, each ending with '\n') needs
// more lines: an open bracket or triple-quoted string, a line ending in a
// backslash, a block header still without its body, or a compound
// statement not yet ended by a blank line. False if it is complete: it
// compiles, or has an error that more lines cannot mend (the REPL then
// compiles it again to report that error).
bool input_is_incomplete(const std::string& input);

// True if `input` holds only blank lines and comments: nothing to run, and
// the REPL shows its first prompt again.
bool input_is_blank(const std::string& input);

}  // namespace eddy::cli
