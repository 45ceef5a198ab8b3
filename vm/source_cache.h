// The source text of every file the VM has compiled, by file name, so that
// tracebacks can show the line an error happened on (CPython reads the file
// again through linecache; keeping the text also works for -c and the REPL).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lexer/source.h"

namespace eddy::vm {

class SourceCache {
 public:
  void add(std::shared_ptr<const lexer::Source> source) {
    sources_[source->filename()] = std::move(source);
  }
  // Line `line` of `filename`, or "" if unknown.
  std::string_view line(const std::string& filename, int line) const {
    auto found = sources_.find(filename);
    return found == sources_.end() ? std::string_view() : found->second->line(line);
  }

 private:
  std::unordered_map<std::string, std::shared_ptr<const lexer::Source>> sources_;
};

}  // namespace eddy::vm
