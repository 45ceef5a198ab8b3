// Reading the REPL's lines from a terminal with libedit: line editing,
// history (kept in ~/.eddy_history), and Ctrl-C at the prompt. Only one
// LineReader exists at a time (libedit's readline interface is global).
#pragma once

#include <string>

namespace eddy::cli {

class LineReader {
 public:
  enum class Status { Line, EndOfInput, Interrupted };
  struct Result {
    Status status;
    std::string line;  // without its line break
  };

  LineReader();
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Shows `prompt` and reads one line: Ctrl-D on an empty line is the end
  // of input, Ctrl-C gives Interrupted (the line typed so far is dropped).
  Result read(const std::string& prompt);

 private:
  std::string history_path_;
};

}  // namespace eddy::cli
