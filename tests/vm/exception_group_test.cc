// The exception-group classes' wiring: ExceptionGroup derives from both
// BaseExceptionGroup and Exception (so `except Exception` catches it), and
// its instances carry the group's fields.
#include "vm/exception_group.h"

#include <gtest/gtest.h>

#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {
namespace {

TEST(ExceptionGroupTest, ExceptionGroupIsAlsoAnException) {
  VM vm;
  const ExceptionTypes& types = vm.exceptions();
  EXPECT_TRUE(is_subtype(types.ExceptionGroup, types.BaseExceptionGroup));
  EXPECT_TRUE(is_subtype(types.ExceptionGroup, types.Exception));
  EXPECT_FALSE(is_subtype(types.BaseExceptionGroup, types.Exception));
  EXPECT_EQ(types.ExceptionGroup->mro->size, 5);
}

TEST(ExceptionGroupTest, BaseExceptionGroupOfExceptionsMakesAnExceptionGroup) {
  VM vm;
  vm.heap().set_stress(true);
  Root<Object> error(vm.heap(), make_exception(vm, vm.exceptions().ValueError, "bad"));
  Root<Tuple> errors(vm.heap(), make_tuple(vm, {error.value()}));
  Root<Str> message(vm.heap(), make_str(vm, "several"));
  Root<Object> group(vm.heap(), call(vm, Value::from_object(vm.exceptions().BaseExceptionGroup),
                                     {message.value(), errors.value()}));
  ASSERT_FALSE(group.value().is_null());
  EXPECT_EQ(vm.type_of(group.value()), vm.exceptions().ExceptionGroup);
  EXPECT_TRUE(is_exception_group(vm, group.value()));
  auto* fields = static_cast<ExceptionGroup*>(group.get());
  EXPECT_EQ(to_utf8(fields->message), "several");
  ASSERT_EQ(fields->exceptions->size, 1);
  EXPECT_TRUE((*fields->exceptions)[0].is(error.value()));
}

}  // namespace
}  // namespace eddy::vm
