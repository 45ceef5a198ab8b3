// BaseExceptionGroup and ExceptionGroup (CPython's Objects/exceptions.c)
// and the two except* instructions' work (see exception_group.h).
#include "vm/exception_group.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/function.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

ExceptionGroup* as_group(Value value) {
  return static_cast<ExceptionGroup*>(value.as_object());
}

void trace_exception_group(Object* object, Tracer& tracer) {
  trace_exception(object, tracer);
  auto* group = static_cast<ExceptionGroup*>(object);
  tracer.visit(group->message);
  tracer.visit(group->exceptions);
}

// BaseExceptionGroup.__new__(cls, message, exceptions). BaseExceptionGroup
// itself makes an ExceptionGroup when every exception is an Exception; an
// ExceptionGroup (or a subclass deriving from Exception) refuses the others.
Value new_exception_group(VM& vm, Type* type, CallArgs args) {
  const ExceptionTypes& types = vm.exceptions();
  if (args.nargs != 2) {
    return raise(vm, types.TypeError,
                 "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                     std::to_string(args.nargs) + " given)");
  }
  Value message = args.values[0];
  if (!is_subtype(vm.type_of(message), vm.types().str)) {
    return raise(vm, types.TypeError,
                 "BaseExceptionGroup.__new__() argument 1 must be str, not " +
                     to_utf8(vm.type_of(message)->name));
  }
  if (!is_sequence(vm, args.values[1])) {
    return raise(vm, types.TypeError, "second argument (exceptions) must be a sequence");
  }
  Value sequence = call(vm, Value::from_object(vm.types().tuple), {args.values[1]});
  if (sequence.is_null()) return sequence;
  Root<Tuple> exceptions(vm.heap(), static_cast<Tuple*>(sequence.as_object()));
  if (exceptions->size == 0) {
    return raise(vm, types.ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nests_base_exceptions = false;
  for (int64_t i = 0; i < exceptions->size; ++i) {
    Value item = (*exceptions.get())[i];
    if (!item.is_object() || !is_subtype(vm.type_of(item), types.BaseException)) {
      return raise(
          vm, types.ValueError,
          "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    if (!is_subtype(vm.type_of(item), types.Exception)) nests_base_exceptions = true;
  }
  if (type == types.ExceptionGroup) {
    if (nests_base_exceptions) {
      return raise(vm, types.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (type == types.BaseExceptionGroup) {
    if (!nests_base_exceptions) type = types.ExceptionGroup;
  } else if (nests_base_exceptions && is_subtype(type, types.Exception)) {
    return raise(vm, types.TypeError,
                 "Cannot nest BaseExceptions in '" + to_utf8(type->name) + "'");
  }
  Value made = types.BaseException->slots.new_instance(vm, type, args);
  if (made.is_null()) return made;
  ExceptionGroup* group = as_group(made);
  group->message = static_cast<Str*>(message.as_object());
  group->exceptions = exceptions.get();
  return made;
}

// "message (2 sub-exceptions)".
Value exception_group_str(VM& vm, Value self) {
  ExceptionGroup* group = as_group(self);
  int64_t count = group->exceptions->size;
  return Value::from_object(make_str(vm, to_utf8(group->message) + " (" + std::to_string(count) +
                                             " sub-exception" + (count > 1 ? "s)" : ")")));
}

// eg.derive(excs): a group like this one with other exceptions. Always a
// plain BaseExceptionGroup (or ExceptionGroup); subclasses override it to
// keep their type and fields.
Value exception_group_derive(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "derive", args)) return Value::null();
  if (args.nargs != 1) {
    // PyArg_ParseTuple's message for a function it was not told the name of.
    return raise(vm, vm.exceptions().TypeError,
                 "function takes exactly 1 argument (" + std::to_string(args.nargs) + " given)");
  }
  return call(vm, Value::from_object(vm.exceptions().BaseExceptionGroup),
              {Value::from_object(as_group(self)->message), args.values[0]});
}

// What split() matches leaves and groups against.
struct Matcher {
  enum Kind {
    kByType,       // an exception class or a tuple of them
    kByPredicate,  // a function called with each exception
    kByLeaf,       // the leaves (not groups) in `leaves`: PREP_RERAISE_STAR's projection
  } kind;
  Value value;
  const std::unordered_set<Object*>* leaves = nullptr;
};

// CPython 3.11 takes only functions as predicates, not other callables.
bool make_matcher(VM& vm, Value value, Matcher& matcher) {
  if (vm.type_of(value) == vm.types().function) {
    matcher = {Matcher::kByPredicate, value};
    return true;
  }
  bool by_type = is_exception_class(vm, value);
  if (vm.type_of(value) == vm.types().tuple) {
    Tuple* classes = static_cast<Tuple*>(value.as_object());
    by_type = std::all_of(classes->span().begin(), classes->span().end(),
                          [&](Value item) { return is_exception_class(vm, item); });
  }
  if (!by_type) {
    raise(vm, vm.exceptions().TypeError,
          "expected a function, exception type or tuple of exception types");
    return false;
  }
  matcher = {Matcher::kByType, value};
  return true;
}

// 1 if `exception` (a leaf or a whole group) matches, 0 if not, -1 on error.
int matches(VM& vm, Value exception, const Matcher& matcher) {
  switch (matcher.kind) {
    case Matcher::kByType:
      return exception_matches(vm, exception, matcher.value);
    case Matcher::kByPredicate: {
      Value verdict = call(vm, matcher.value, {exception});
      return verdict.is_null() ? -1 : truthy(vm, verdict);
    }
    case Matcher::kByLeaf:
      return !is_exception_group(vm, exception) && matcher.leaves->count(exception.as_object());
  }
  return 0;
}

// A group like `original` holding `exceptions` (derive()), with the
// original's traceback, cause, context and a copy of its notes; null
// (without an exception) when the list is empty.
Value derive_subset(VM& vm, Value original, List* exceptions) {
  if (exceptions->size == 0) return Value::null();
  Root<Object> derive(vm.heap(), get_attribute(vm, original, vm.intern("derive")));
  if (derive.value().is_null()) return Value::null();
  Root<Object> group(vm.heap(), call(vm, derive.value(), {Value::from_object(exceptions)}));
  if (group.value().is_null()) return Value::null();
  if (!is_exception_group(vm, group.value())) {
    return raise(vm, vm.exceptions().TypeError,
                 "derive must return an instance of BaseExceptionGroup");
  }
  Exception* from = static_cast<Exception*>(original.as_object());
  Exception* to = static_cast<Exception*>(group.get());
  to->traceback = from->traceback;
  to->context = from->context;
  // Setting __cause__ suppresses the context, as PyException_SetCause does.
  to->cause = from->cause;
  to->suppress_context = true;
  Str* notes_name = vm.intern("__notes__");
  Value notes = get_attribute(vm, original, notes_name);
  if (notes.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
      return Value::null();
    }
    vm.take_exception();
  } else if (is_sequence(vm, notes)) {
    // A copy, so that the parts' notes do not change together.
    Root<Object> copy(vm.heap(), call(vm, Value::from_object(vm.types().list), {notes}));
    if (copy.value().is_null() || !set_attribute(vm, group.value(), notes_name, copy.value())) {
      return Value::null();
    }
  }
  return group.value();
}

// The matching part of `exception` and, when `rest` is given, the rest;
// each null where there is none. False on error.
bool split_recursive(VM& vm, Value exception, const Matcher& matcher, Value* match, Value* rest) {
  *match = Value::null();
  if (rest) *rest = Value::null();
  int is_match = matches(vm, exception, matcher);
  if (is_match < 0) return false;
  if (is_match) {
    *match = exception;
    return true;
  }
  if (!is_exception_group(vm, exception)) {
    if (rest) *rest = exception;
    return true;
  }
  if (vm.native_stack_exhausted()) {
    raise(vm, vm.exceptions().RecursionError,
          "maximum recursion depth exceeded in exceptiongroup_split_recursive");
    return false;
  }
  Root<Tuple> exceptions(vm.heap(), as_group(exception)->exceptions);
  Root<List> matched(vm.heap(), make_list(vm));
  Root<List> unmatched(vm.heap(), make_list(vm));
  for (int64_t i = 0; i < exceptions->size; ++i) {
    Value part_match, part_rest;
    if (!split_recursive(vm, (*exceptions.get())[i], matcher, &part_match,
                         rest ? &part_rest : nullptr)) {
      return false;
    }
    Root<Object> match_root(vm.heap(), part_match);
    Root<Object> rest_root(vm.heap(), rest ? part_rest : Value::null());
    if (!part_match.is_null() && !list_append(vm, matched.get(), part_match)) return false;
    if (rest && !part_rest.is_null() && !list_append(vm, unmatched.get(), part_rest)) return false;
  }
  Root<Object> match_group(vm.heap(), derive_subset(vm, exception, matched.get()));
  if (vm.has_exception()) return false;
  if (rest) {
    *rest = derive_subset(vm, exception, unmatched.get());
    if (vm.has_exception()) return false;
  }
  *match = match_group.value();
  return true;
}

Value or_none(VM& vm, Value value) {
  return value.is_null() ? vm.none() : value;
}

// eg.split(condition) -> (match, rest).
Value exception_group_split(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "split", args, 1, 1)) return Value::null();
  Matcher matcher;
  if (!make_matcher(vm, args.values[0], matcher)) return Value::null();
  Value match, rest;
  if (!split_recursive(vm, self, matcher, &match, &rest)) return Value::null();
  Root<Object> match_root(vm.heap(), match);
  Root<Object> rest_root(vm.heap(), rest);
  return Value::from_object(make_tuple(vm, {or_none(vm, match), or_none(vm, rest)}));
}

// eg.subgroup(condition) -> the matching part, or None.
Value exception_group_subgroup(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "subgroup", args, 1, 1)) return Value::null();
  Matcher matcher;
  if (!make_matcher(vm, args.values[0], matcher)) return Value::null();
  Value match;
  if (!split_recursive(vm, self, matcher, &match, nullptr)) return Value::null();
  return or_none(vm, match);
}

bool refuse_assignment(VM& vm, Value, Value) {
  raise(vm, vm.exceptions().AttributeError, "readonly attribute");
  return false;
}

constexpr NativeFunctionDef kExceptionGroupMethods[] = {
    {"derive", exception_group_derive},
    {"split", exception_group_split},
    {"subgroup", exception_group_subgroup},
};

constexpr GetSetDef kExceptionGroupFields[] = {
    {"message", [](VM&, Value self) { return Value::from_object(as_group(self)->message); },
     refuse_assignment},
    {"exceptions", [](VM&, Value self) { return Value::from_object(as_group(self)->exceptions); },
     refuse_assignment},
};

// A new BaseExceptionGroup("", exceptions), as the interpreter makes them.
Value make_unnamed_group(VM& vm, Value exceptions) {
  Root<Object> rooted(vm.heap(), exceptions);
  Value message = Value::from_object(vm.intern(""));
  return call(vm, Value::from_object(vm.exceptions().BaseExceptionGroup), {message, exceptions});
}

// The leaves (non-group exceptions) under `exception`.
void collect_leaves(VM& vm, Value exception, std::unordered_set<Object*>& leaves) {
  if (!is_exception_group(vm, exception)) {
    leaves.insert(exception.as_object());
    return;
  }
  for (Value item : as_group(exception)->exceptions->span())
    collect_leaves(vm, item, leaves);
}

// An exception re-raised by a clause of except* (rather than raised anew)
// still has the caught group's traceback, cause and context.
bool same_metadata(Value a, Value b) {
  auto* x = static_cast<Exception*>(a.as_object());
  auto* y = static_cast<Exception*>(b.as_object());
  return x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
}

}  // namespace

bool is_exception_group(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.exceptions().BaseExceptionGroup);
}

void init_exception_group_types(VM& vm, ExceptionTypes& types) {
  for (Type* type : {types.BaseExceptionGroup, types.ExceptionGroup}) {
    type->instance_size = sizeof(ExceptionGroup);
    type->gc.trace = trace_exception_group;
    type->slots.new_instance = new_exception_group;
    type->slots.str = exception_group_str;
  }
  add_methods(vm, types.BaseExceptionGroup, kExceptionGroupMethods);
  add_getsets(vm, types.BaseExceptionGroup, kExceptionGroupFields);
  // ExceptionGroup(BaseExceptionGroup, Exception): caught by `except Exception`.
  Value group = Value::from_object(types.ExceptionGroup);
  Value base_group = Value::from_object(types.BaseExceptionGroup);
  Value exception = Value::from_object(types.Exception);
  types.ExceptionGroup->bases = make_tuple(vm, {base_group, exception});
  types.ExceptionGroup->mro =
      make_tuple(vm, {group, base_group, exception, Value::from_object(types.BaseException),
                      Value::from_object(vm.types().object)});
}

Value match_except_star(VM& vm, Value exception, Value match_type, Value* rest) {
  int whole = exception_matches(vm, exception, match_type);
  if (whole < 0) return Value::null();
  bool names_a_group = false;
  if (vm.type_of(match_type) == vm.types().tuple) {
    for (Value item : static_cast<Tuple*>(match_type.as_object())->span())
      names_a_group = names_a_group || is_subtype(static_cast<Type*>(item.as_object()),
                                                  vm.exceptions().BaseExceptionGroup);
  } else {
    names_a_group =
        is_subtype(static_cast<Type*>(match_type.as_object()), vm.exceptions().BaseExceptionGroup);
  }
  if (names_a_group) {
    return raise(vm, vm.exceptions().TypeError,
                 "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  *rest = vm.none();
  if (whole) {
    if (is_exception_group(vm, exception)) return exception;
    return make_unnamed_group(vm, Value::from_object(make_tuple(vm, {exception})));
  }
  if (!is_exception_group(vm, exception)) return vm.none();
  Matcher matcher{Matcher::kByType, match_type};
  Value match;
  if (!split_recursive(vm, exception, matcher, &match, rest)) return Value::null();
  *rest = or_none(vm, *rest);
  return or_none(vm, match);
}

Value prepare_reraise_star(VM& vm, Value original, Value raised) {
  auto* list = static_cast<List*>(raised.as_object());
  if (list->size == 0) return vm.none();
  // A naked exception was caught: only one clause ran.
  if (!is_exception_group(vm, original)) return list->items[0];
  Root<List> new_ones(vm.heap(), make_list(vm));
  std::unordered_set<Object*> reraised_leaves;
  for (int64_t i = 0; i < list->size; ++i) {
    Value item = list->items[i];
    if (item.is(vm.none())) continue;
    if (same_metadata(item, original)) {
      collect_leaves(vm, item, reraised_leaves);
    } else if (!list_append(vm, new_ones.get(), item)) {
      return Value::null();
    }
  }
  Value reraised;
  Matcher projection{Matcher::kByLeaf, Value::null(), &reraised_leaves};
  if (!split_recursive(vm, original, projection, &reraised, nullptr)) return Value::null();
  if (new_ones->size == 0) return or_none(vm, reraised);
  Root<Object> rooted(vm.heap(), reraised);
  if (!reraised.is_null() && !list_append(vm, new_ones.get(), reraised)) return Value::null();
  if (new_ones->size == 1) return new_ones->items[0];
  return make_unnamed_group(vm, Value::from_object(new_ones.get()));
}

}  // namespace eddy::vm
