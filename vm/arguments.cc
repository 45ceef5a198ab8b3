// Binding a call's arguments to a function's parameters.
//
// The frame's first slots are the parameters in co_varnames order:
// positional ones (positional-only first), then keyword-only ones, then
// *args, then **kwargs. Binding fills them in three steps, as CPython does:
// positional arguments, keyword arguments, then defaults for whatever is
// still missing — and reports the first mismatch with CPython's message.
#include "vm/arguments.h"

#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

std::string plural(int64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's list of missing names.
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

class Binder {
 public:
  Binder(VM& vm, Function* function, Frame* frame, CallArgs args)
      : vm_(vm),
        function_(function),
        code_(function->code),
        unit_(*function->code->unit),
        slots_(frame->slots()),
        args_(args) {}

  bool bind() {
    int argcount = unit_.argcount;
    int total_positional = static_cast<int>(args_.nargs);
    bool has_varargs = unit_.flags & compiler::kVarArgs;
    bool has_varkw = unit_.flags & compiler::kVarKeywords;
    int kwonly = unit_.kwonlyargcount;
    int varargs_slot = argcount + kwonly;
    int varkw_slot = varargs_slot + (has_varargs ? 1 : 0);

    if (has_varkw) {
      Dict* kwargs = make_dict(vm_);
      slots_[varkw_slot] = Value::from_object(kwargs);
    }
    int bound = std::min(total_positional, argcount);
    for (int i = 0; i < bound; ++i)
      slots_[i] = args_.values[i];
    if (has_varargs) {
      slots_[varargs_slot] = Value::from_object(
          make_tuple(vm_, std::span<const Value>(args_.values + bound, total_positional - bound)));
    } else if (total_positional > argcount) {
      return too_many_positional(total_positional);
    }
    if (args_.kwnames && !bind_keywords(varkw_slot, has_varkw)) return false;
    return fill_defaults(total_positional);
  }

 private:
  std::string qualname() const { return to_utf8(function_->qualname); }
  Str* parameter(int i) const { return static_cast<Str*>((*code_->varnames)[i].as_object()); }

  bool fail(const std::string& message) {
    raise(vm_, vm_.exceptions().TypeError, message);
    return false;
  }

  bool bind_keywords(int varkw_slot, bool has_varkw) {
    int first_keyword = unit_.posonlyargcount;
    int last_keyword = unit_.argcount + unit_.kwonlyargcount;
    std::vector<std::string> posonly_passed;
    for (int64_t k = 0; k < args_.kwnames->size; ++k) {
      auto* name = static_cast<Str*>((*args_.kwnames)[k].as_object());
      Value value = args_.values[args_.nargs + k];
      int found = -1;
      for (int i = first_keyword; i < last_keyword; ++i) {
        if (equal_str(parameter(i), name)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        bool is_posonly = false;
        for (int i = 0; i < first_keyword; ++i)
          is_posonly |= equal_str(parameter(i), name);
        if (has_varkw) {
          if (!dict_set(vm_, static_cast<Dict*>(slots_[varkw_slot].as_object()),
                        Value::from_object(name), value)) {
            return false;
          }
          continue;
        }
        if (is_posonly) {
          posonly_passed.push_back(to_utf8(name));
          continue;
        }
        return fail(qualname() + "() got an unexpected keyword argument '" + to_utf8(name) + "'");
      }
      if (!slots_[found].is_null()) {
        return fail(qualname() + "() got multiple values for argument '" + to_utf8(name) + "'");
      }
      slots_[found] = value;
    }
    if (!posonly_passed.empty()) {
      // CPython 3.11 quotes the list as a whole: 'a, b'.
      std::string names = "'";
      for (size_t i = 0; i < posonly_passed.size(); ++i) {
        names += (i ? ", " : "") + posonly_passed[i];
      }
      names += "'";
      return fail(qualname() +
                  "() got some positional-only arguments passed as keyword arguments: " + names);
    }
    return true;
  }

  bool fill_defaults(int total_positional) {
    int argcount = unit_.argcount;
    Tuple* defaults = function_->defaults;
    int64_t default_count = defaults ? defaults->size : 0;
    int64_t first_default = argcount - default_count;
    std::vector<std::string> missing;
    for (int i = 0; i < argcount; ++i) {
      if (!slots_[i].is_null()) continue;
      if (i >= first_default) {
        slots_[i] = (*defaults)[i - first_default];
      } else {
        missing.push_back(to_utf8(parameter(i)));
      }
    }
    if (!missing.empty()) {
      return fail(qualname() + "() missing " +
                  plural(static_cast<int64_t>(missing.size()), "required positional argument") +
                  ": " + name_list(missing));
    }
    (void)total_positional;
    for (int i = argcount; i < argcount + unit_.kwonlyargcount; ++i) {
      if (!slots_[i].is_null()) continue;
      Value fallback = Value::null();
      if (function_->kwdefaults) {
        fallback = dict_get_str(vm_, function_->kwdefaults, parameter(i));
      }
      if (fallback.is_null()) {
        missing.push_back(to_utf8(parameter(i)));
      } else {
        slots_[i] = fallback;
      }
    }
    if (!missing.empty()) {
      return fail(qualname() + "() missing " +
                  plural(static_cast<int64_t>(missing.size()), "required keyword-only argument") +
                  ": " + name_list(missing));
    }
    return true;
  }

  // "f() takes 2 positional arguments but 3 were given", with CPython's
  // variations for defaults ("from 1 to 2") and keyword-only arguments
  // that were also given.
  bool too_many_positional(int given) {
    int argcount = unit_.argcount;
    int64_t defaults = function_->defaults ? function_->defaults->size : 0;
    std::string takes;
    if (defaults > 0) {
      takes = "from " + std::to_string(argcount - defaults) + " to " + std::to_string(argcount) +
              " positional arguments";
    } else {
      takes = plural(argcount, "positional argument");
    }
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + unit_.kwonlyargcount; ++i) {
      kwonly_given += !slots_[i].is_null();
    }
    if (args_.kwnames) {
      for (int64_t k = 0; k < args_.kwnames->size; ++k) {
        auto* name = static_cast<Str*>((*args_.kwnames)[k].as_object());
        for (int i = argcount; i < argcount + unit_.kwonlyargcount; ++i) {
          kwonly_given += equal_str(parameter(i), name);
        }
      }
    }
    std::string given_text = std::to_string(given);
    if (kwonly_given > 0) {
      given_text += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                    plural(kwonly_given, "keyword-only argument") + ")";
    }
    return fail(qualname() + "() takes " + takes + " but " + given_text +
                (given == 1 && kwonly_given == 0 ? " was given" : " were given"));
  }

  VM& vm_;
  Function* function_;
  Code* code_;
  const compiler::CodeUnit& unit_;
  Value* slots_;
  CallArgs args_;
};

}  // namespace

Frame* enter_function(VM& vm, Function* function, CallArgs args) {
  if (vm.call_depth >= vm.recursion_limit) {
    raise(vm, vm.exceptions().RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  bool exact =
      !args.kwnames && static_cast<int>(args.nargs) == function->code->exact_positional_count;
  // The common call, exactly the positional parameters, allocates nothing.
  Frame* frame = push_call_frame(vm, function, args.values, exact ? args.nargs : 0);
  if (!exact) {
    // Until it runs, the new frame is reachable for the collector only if
    // it is linked in as the current one.
    vm.set_current_frame(frame);
    bool ok = Binder(vm, function, frame, args).bind();
    vm.set_current_frame(frame->previous);
    if (!ok) {
      vm.frame_stack().pop(frame);
      return nullptr;
    }
  }
  ++vm.call_depth;
  return frame;
}

}  // namespace eddy::vm
