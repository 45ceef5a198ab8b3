// A source text with its file name, and the SyntaxError the front end
// raises on bad input. Both are shared by the lexer, the parser and the CLI.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eddy::lexer {

// A syntax error found by the lexer, the parser or the compiler. `type` is
// the Python exception class: SyntaxError, IndentationError or TabError.
// Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line,
// like an AST node's col_offset. An end column of -1 means "unknown"; a
// column of -1 means "no caret" (CPython's offset 0). A line of 0 means the
// error has no location at all (CPython then prints only "Type: message").
struct SyntaxError {
  std::string type = "SyntaxError";
  std::string message;
  int line = 1;
  int column = 0;
  int end_line = -1;
  int end_column = -1;
  // The line to show instead of the source's line `line`, with the columns
  // relative to it. CPython shows an f-string field's parenthesized text
  // this way for errors inside the field.
  std::string text;
};

// The program text, always UTF-8. The constructor decodes what the file
// declares (PEP 263 coding cookie, UTF-8 byte-order mark) the way CPython
// does: a BOM is dropped, other encodings are converted to UTF-8, and a
// problem is kept in decoding_error() for the lexer to raise.
class Source {
 public:
  Source(std::string filename, std::string text);

  const std::string& filename() const { return filename_; }
  const std::string& text() const { return text_; }

  // The text of 1-based line `line` without its line break ("" if absent).
  std::string_view line(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // True if line `line` ends with a line break in the text.
  bool line_has_break(int line) const;

  // The encoding as `python3 -m tokenize` names it ("utf-8", "iso-8859-1",
  // or the cookie's spelling for the others).
  const std::string& encoding() const { return encoding_; }
  // True if the file declares its encoding (a coding cookie or a BOM).
  // CPython then reports error columns in code points instead of bytes.
  bool declares_encoding() const { return declares_encoding_; }
  // Set when the bytes do not match the declared (or default) encoding.
  const std::optional<SyntaxError>& decoding_error() const { return decoding_error_; }

 private:
  std::string filename_;
  std::string text_;
  std::vector<size_t> line_starts_;
  std::string encoding_ = "utf-8";
  bool declares_encoding_ = false;
  std::optional<SyntaxError> decoding_error_;
};

// Renders the error the way CPython prints an uncaught SyntaxError:
//   File "f.py", line 3
//     if x
//         ^
//   SyntaxError: expected ':'
std::string format_syntax_error(const Source& source, const SyntaxError& error);

}  // namespace eddy::lexer
