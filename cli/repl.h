// The interactive interpreter: `eddy` with no script on a terminal, or
// `eddy -i`. Reads statements (with `... ` continuation lines), runs each
// in __main__ as compile(..., 'single') code, and runs a statement holding
// a top-level `await` to completion on an asyncio event loop that lives as
// long as the session, as `python3.11 -m asyncio` does.
#pragma once

#include "cli/runner.h"

namespace eddy::cli {

// Runs the interactive loop in `program`'s __main__ until the end of input
// (Ctrl-D) or SystemExit (exit()); returns the exit status. On a terminal
// lines are read with libedit; otherwise from stdin, with the banner and
// prompts on stderr as CPython's -i shows them. The banner is left out
// after a script (`eddy -i file`), as CPython leaves it out.
int run_repl(MainProgram& program, bool show_banner = true);

}  // namespace eddy::cli
