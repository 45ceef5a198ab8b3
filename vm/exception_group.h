// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, their
// split()/subgroup()/derive(), and what except* runs on them (CHECK_EG_MATCH
// and PREP_RERAISE_STAR). Printing a group is traceback.cc's.
#pragma once

#include "vm/exceptions.h"

namespace eddy::vm {

struct Str;
struct Tuple;

// An instance of BaseExceptionGroup or a subclass: the exception layout
// plus the message and the sub-exceptions, both read-only once made.
struct ExceptionGroup : Exception {
  Str* message;
  Tuple* exceptions;
};

// Gives the two group classes (made by init_exception_types) their layout,
// constructor, methods and attributes, and ExceptionGroup its second base,
// Exception.
void init_exception_group_types(VM& vm, ExceptionTypes& types);

bool is_exception_group(VM& vm, Value value);

// except* T (CHECK_EG_MATCH): the part of `exception` that T matches, or
// None when nothing does; `*rest` is then what is left (None if nothing).
// A matching exception that is not a group comes wrapped in a group with
// the message ''. Null with an exception set for a T that except* refuses
// (not exception classes, or exception-group classes).
Value match_except_star(VM& vm, Value exception, Value match_type, Value* rest);

// The end of a try/except* (PREP_RERAISE_STAR): from the group that was
// caught and the list of what its clauses raised or re-raised, and the
// unhandled rest, the exception to raise, or None. The re-raised parts
// keep the original group's nesting; exceptions raised in the clauses
// join them in a new group with the message ''.
Value prepare_reraise_star(VM& vm, Value original, Value raised);

}  // namespace eddy::vm
