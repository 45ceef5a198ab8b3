// Classes made through type(name, bases, namespace): the C3 MRO and its
// error, instance layout, slots derived from dunders, descriptors and
// super — all under a collection at every allocation.
#include <gtest/gtest.h>

#include "vm/attributes.h"
#include "vm/class_builder.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {
namespace {

class ClassesTest : public ::testing::Test {
 protected:
  ClassesTest() { vm.heap().set_stress(true); }

  // type(name, bases, namespace) with an empty namespace.
  Type* make(const char* name, std::initializer_list<Value> bases) {
    Root<Tuple> base_tuple(vm.heap(), make_tuple(vm, bases));
    Root<Dict> namespace_(vm.heap(), make_dict(vm));
    Root<Str> text(vm.heap(), make_str(vm, name));
    Value args[] = {text.value(), base_tuple.value(), namespace_.value()};
    Value made = make_class(vm, vm.types().type, CallArgs{args, 3, nullptr});
    return made.is_null() ? nullptr : static_cast<Type*>(made.as_object());
  }

  std::string mro_names(Type* type) {
    std::string names;
    for (Value klass : type->mro->span()) {
      names += (names.empty() ? "" : " ") + to_utf8(static_cast<Type*>(klass.as_object())->name);
    }
    return names;
  }

  std::string exception_message() {
    Value exception = vm.take_exception();
    return to_utf8(static_cast<Str*>(str(vm, exception).as_object()));
  }

  VM vm;
};

TEST_F(ClassesTest, DiamondFollowsC3) {
  Root<Type> a(vm.heap(), make("A", {}));
  Root<Type> b(vm.heap(), make("B", {a.value()}));
  Root<Type> c(vm.heap(), make("C", {a.value()}));
  Root<Type> d(vm.heap(), make("D", {b.value(), c.value()}));
  ASSERT_NE(d.get(), nullptr);
  EXPECT_EQ(mro_names(d.get()), "D B C A object");
}

TEST_F(ClassesTest, InconsistentMroIsATypeError) {
  Root<Type> a(vm.heap(), make("A", {}));
  Root<Type> b(vm.heap(), make("B", {a.value()}));
  EXPECT_EQ(make("C", {a.value(), b.value()}), nullptr);
  EXPECT_EQ(exception_message(),
            "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

TEST_F(ClassesTest, BoolIsNotAnAcceptableBase) {
  EXPECT_EQ(make("X", {Value::from_object(vm.types().bool_)}), nullptr);
  EXPECT_EQ(exception_message(), "type 'bool' is not an acceptable base type");
}

TEST_F(ClassesTest, InstancesGetADictAndKeepAttributes) {
  Root<Type> a(vm.heap(), make("A", {}));
  EXPECT_NE(a->dict_offset, 0u);
  Root<Object> instance(vm.heap(), call(vm, a.value(), {}));
  ASSERT_FALSE(instance.value().is_null());
  Root<Str> value(vm.heap(), make_str(vm, "kept"));
  ASSERT_TRUE(set_attribute(vm, instance.value(), vm.intern("x"), value.value()));
  vm.heap().collect();
  Value found = get_attribute(vm, instance.value(), vm.intern("x"));
  ASSERT_FALSE(found.is_null());
  EXPECT_EQ(to_utf8(static_cast<Str*>(found.as_object())), "kept");
}

TEST_F(ClassesTest, ExceptionSubclassesExtendTheExceptionLayout) {
  Root<Type> error(vm.heap(), make("MyError", {Value::from_object(vm.exceptions().ValueError)}));
  ASSERT_NE(error.get(), nullptr);
  EXPECT_GE(error->instance_size, vm.exceptions().ValueError->instance_size);
  EXPECT_TRUE(is_subtype(error.get(), vm.exceptions().Exception));
}

TEST_F(ClassesTest, ObjectInitRejectsArgumentsWithoutInit) {
  Root<Type> a(vm.heap(), make("A", {}));
  EXPECT_TRUE(call(vm, a.value(), {Value::from_small_int(1)}).is_null());
  EXPECT_EQ(exception_message(), "A() takes no arguments");
}

TEST_F(ClassesTest, TypeOfAClassIsType) {
  Root<Type> a(vm.heap(), make("A", {}));
  EXPECT_EQ(vm.type_of(a.value()), vm.types().type);
  Value name = get_attribute(vm, a.value(), vm.intern("__name__"));
  ASSERT_FALSE(name.is_null());
  EXPECT_EQ(to_utf8(static_cast<Str*>(name.as_object())), "A");
}

TEST_F(ClassesTest, AssigningADunderUpdatesTheSlot) {
  Root<Type> a(vm.heap(), make("A", {}));
  EXPECT_EQ(a->slots.length, nullptr);
  // Any callable will do: the slot now calls whatever __len__ is.
  Value function = Value::from_object(vm.types().int_);
  ASSERT_TRUE(set_attribute(vm, a.value(), vm.intern("__len__"), function));
  EXPECT_NE(a->slots.length, nullptr);
}

TEST_F(ClassesTest, SlotWrappersExposeBuiltinSlots) {
  Value repr = dict_get_str(vm, vm.types().object->dict, vm.intern("__repr__"));
  ASSERT_FALSE(repr.is_null());
  EXPECT_EQ(vm.type_of(repr), vm.types().wrapper_descriptor);
  EXPECT_EQ(repr_utf8(vm, repr), "<slot wrapper '__repr__' of 'object' objects>");
}

TEST_F(ClassesTest, PropertyWithoutSetterNamesItself) {
  Root<Type> a(vm.heap(), make("A", {}));
  Root<Object> property(vm.heap(), call(vm, Value::from_object(vm.types().property), {}));
  ASSERT_FALSE(property.value().is_null());
  Root<Str> name(vm.heap(), vm.intern("x"));
  ASSERT_FALSE(call(vm, get_attribute(vm, property.value(), vm.intern("__set_name__")),
                    {a.value(), name.value()})
                   .is_null());
  ASSERT_TRUE(set_attribute(vm, a.value(), vm.intern("x"), property.value()));
  Root<Object> instance(vm.heap(), call(vm, a.value(), {}));
  EXPECT_FALSE(set_attribute(vm, instance.value(), vm.intern("x"), Value::from_small_int(1)));
  EXPECT_EQ(exception_message(), "property 'x' of 'A' object has no setter");
}

TEST_F(ClassesTest, SuperSkipsTheGivenClass) {
  Root<Type> a(vm.heap(), make("A", {}));
  Root<Type> b(vm.heap(), make("B", {a.value()}));
  Root<Str> marker(vm.heap(), make_str(vm, "from A"));
  ASSERT_TRUE(set_attribute(vm, a.value(), vm.intern("tag"), marker.value()));
  Root<Object> instance(vm.heap(), call(vm, b.value(), {}));
  Value found = super_lookup(vm, b.get(), instance.value(), vm.intern("tag"));
  ASSERT_FALSE(found.is_null());
  EXPECT_EQ(to_utf8(static_cast<Str*>(found.as_object())), "from A");
  EXPECT_TRUE(super_lookup(vm, a.get(), instance.value(), vm.intern("tag")).is_null());
}

}  // namespace
}  // namespace eddy::vm
