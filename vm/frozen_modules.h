// The stdlib modules written in Eddy itself (stdlib/lib/), whose source
// text the build compiles into the binary (stdlib/freeze_sources generates
// the table). The import system finds them after the search path.
#pragma once

namespace eddy::vm {

struct FrozenModule {
  const char* name;  // dotted module name, e.g. "collections.abc"
  bool is_package;   // from a <name>/__init__.py
  const char* source;
};

extern const FrozenModule kFrozenModules[];
extern const int kFrozenModuleCount;

}  // namespace eddy::vm
