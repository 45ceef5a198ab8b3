// A VM's start-up state: core types, singletons, interned strings, and that
// all of it survives collections.
#include "vm/vm.h"

#include <gtest/gtest.h>

#include "vm/str.h"

namespace eddy::vm {
namespace {

std::string name_of(const Type* type) { return to_utf8(type->name); }

TEST(VMTest, CoreTypesAreWired) {
  VM vm;
  const BuiltinTypes& t = vm.types();
  EXPECT_EQ(t.type->type, t.type) << "type(type) is type";
  EXPECT_EQ(t.object->type, t.type);
  EXPECT_EQ(name_of(t.type), "type");
  EXPECT_EQ(name_of(t.none), "NoneType");
  EXPECT_TRUE(is_subtype(t.bool_, t.int_));
  EXPECT_TRUE(is_subtype(t.str, t.object));
  EXPECT_FALSE(is_subtype(t.int_, t.bool_));
}

TEST(VMTest, TypeOfUnboxedValues) {
  VM vm;
  EXPECT_EQ(vm.type_of(Value::from_small_int(3)), vm.types().int_);
  EXPECT_EQ(vm.type_of(Value::from_double(2.5)), vm.types().float_);
  EXPECT_EQ(vm.type_of(vm.none()), vm.types().none);
  EXPECT_EQ(vm.type_of(vm.boolean(true)), vm.types().bool_);
  EXPECT_FALSE(vm.boolean(true).is(vm.boolean(false)));
}

TEST(VMTest, InterningReturnsOneStrPerText) {
  VM vm;
  Str* a = vm.intern("spam");
  Str* b = vm.intern("spam");
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->interned);
  Str* accented = vm.intern("caf\xC3\xA9");
  EXPECT_EQ(accented, vm.intern("caf\xC3\xA9"));
  EXPECT_EQ(accented->length, 4);
  EXPECT_NE(accented, vm.intern("cafe"));
}

TEST(VMTest, RootsSurviveCollection) {
  VM vm;
  Str* name = vm.intern("survivor");
  vm.heap().collect();
  vm.heap().collect();
  EXPECT_EQ(to_utf8(name), "survivor");
  EXPECT_EQ(vm.intern("survivor"), name);
  EXPECT_EQ(name_of(vm.types().float_), "float");
}

TEST(VMTest, StartsUpUnderGcStress) {
  // Collecting at every allocation during start-up finds any object the
  // bootstrap forgot to root.
  VM vm;
  vm.heap().set_stress(true);
  Root<Type> type(vm.heap(), vm.make_builtin_type("probe", vm.types().object, sizeof(Object)));
  vm.heap().collect();
  EXPECT_EQ(name_of(type->base), "object");
  EXPECT_EQ(name_of(type.get()), "probe");
}

}  // namespace
}  // namespace eddy::vm
