// The collector: reachable objects survive, unreachable ones (cycles
// included) are reclaimed, destroy hooks run once, finalizers get one
// chance, and stress mode collects at every allocation.
#include "vm/heap.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "vm/type.h"

namespace eddy::vm {
namespace {

// A test object with two references, enough to build chains and cycles.
struct Pair : Object {
  Value first;
  Value second;
};

void trace_pair(Object* object, Tracer& tracer) {
  auto* pair = static_cast<Pair*>(object);
  tracer.visit(pair->first);
  tracer.visit(pair->second);
}

int destroyed = 0;
int finalized = 0;

class HeapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    destroyed = 0;
    finalized = 0;
    // Types are heap objects too; the metatype is its own type.
    meta_ = static_cast<Type*>(heap_.allocate(nullptr, sizeof(Type)));
    meta_->type = meta_;
    pair_type_ = make_type(GcHooks{trace_pair, [](Object*) { ++destroyed; }, nullptr});
    finalizable_type_ = make_type(GcHooks{trace_pair, nullptr, [](VM&, Object*) { ++finalized; }});
    heap_.set_root_tracer([this](Tracer& tracer) {
      tracer.visit(meta_);
      tracer.visit(pair_type_);
      tracer.visit(finalizable_type_);
      for (Object* root : roots_)
        tracer.visit(root);
    });
  }

  Type* make_type(GcHooks hooks) {
    auto* type = static_cast<Type*>(heap_.allocate(meta_, sizeof(Type)));
    type->gc = hooks;
    return type;
  }

  Pair* make_pair(Type* type = nullptr) {
    return static_cast<Pair*>(heap_.allocate(type ? type : pair_type_, sizeof(Pair)));
  }

  Heap heap_;
  Type* meta_ = nullptr;
  Type* pair_type_ = nullptr;
  Type* finalizable_type_ = nullptr;
  std::vector<Object*> roots_;
};

TEST_F(HeapTest, AllocationIsZeroedAndTyped) {
  Pair* pair = make_pair();
  EXPECT_EQ(pair->type, pair_type_);
  EXPECT_TRUE(pair->first.is(Value::from_small_int(0)) || pair->first.bits() == 0);
  EXPECT_EQ(pair->first.bits(), 0u);
}

TEST_F(HeapTest, ReachableObjectsSurvive) {
  Pair* root = make_pair();
  roots_.push_back(root);
  Pair* child = make_pair();
  root->first = Value::from_object(child);
  child->second = Value::from_small_int(42);
  heap_.collect();
  EXPECT_EQ(destroyed, 0);
  EXPECT_EQ(child->type, pair_type_);
  EXPECT_EQ(child->second.as_small_int(), 42);
}

TEST_F(HeapTest, UnreachableCyclesAreReclaimed) {
  Pair* a = make_pair();
  Pair* b = make_pair();
  a->first = Value::from_object(b);
  b->first = Value::from_object(a);
  heap_.collect();
  EXPECT_EQ(destroyed, 2);
  heap_.collect();
  EXPECT_EQ(destroyed, 2) << "destroy must run once per object";
}

TEST_F(HeapTest, RootHandlesKeepObjectsAlive) {
  {
    Root<Pair> held(heap_, make_pair());
    heap_.collect();
    EXPECT_EQ(destroyed, 0);
    EXPECT_EQ(held->type, pair_type_);
  }
  heap_.collect();
  EXPECT_EQ(destroyed, 1);
}

TEST_F(HeapTest, FreedSlotsAreReused) {
  Pair* first = make_pair();
  heap_.collect();
  Pair* second = make_pair();
  EXPECT_EQ(static_cast<void*>(first), static_cast<void*>(second));
}

TEST_F(HeapTest, LargeObjectsAreCollected) {
  Root<Object> kept(heap_, heap_.allocate(pair_type_, 4096));
  heap_.allocate(pair_type_, 8192);
  heap_.collect();
  EXPECT_EQ(destroyed, 1);
  EXPECT_GE(heap_.live_bytes(), 4096u);
}

TEST_F(HeapTest, FinalizersRunOnceBeforeTheObjectIsFreed) {
  Pair* dying = make_pair(finalizable_type_);
  Pair* referenced = make_pair();
  dying->first = Value::from_object(referenced);
  heap_.collect();
  // Kept alive, with what it references, until the VM runs the finalizer.
  std::vector<Object*> pending = heap_.take_pending_finalizers();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0], dying);
  EXPECT_EQ(destroyed, 0);
  ++finalized;  // what the VM would do: run the finalizer, then drop it
  EXPECT_EQ(finalized, 1);
  heap_.collect();
  EXPECT_TRUE(heap_.take_pending_finalizers().empty());
  EXPECT_EQ(destroyed, 1) << "the referenced pair is freed with it";
}

// A finalizable object whose finalizer would have nothing to do (a
// finished generator) is freed by the collection that finds it dead.
TEST_F(HeapTest, ObjectsWithNothingToFinalizeAreFreedAtOnce) {
  GcHooks hooks{trace_pair, nullptr, [](VM&, Object*) { ++finalized; }};
  // The pair's `second` says whether there is still something to finalize.
  hooks.needs_finalizer = [](const Object* object) {
    return static_cast<const Pair*>(object)->second.is_small_int();
  };
  Type* type = make_type(hooks);
  Root<Type> rooted_type(heap_, type);
  Pair* finished = make_pair(type);
  finished->first = Value::from_object(make_pair());
  Pair* suspended = make_pair(type);
  suspended->second = Value::from_small_int(1);
  heap_.collect();
  std::vector<Object*> pending = heap_.take_pending_finalizers();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0], suspended);
  EXPECT_EQ(destroyed, 1) << "the finished one's referent was freed with it";
}

// A dead type is freed at the collection that finds it (it is a large
// object), so the destroy hooks of its dead instances must run first, and
// reusing their slots later must not read the freed type.
TEST_F(HeapTest, DestroyHooksRunBeforeDeadTypesAreFreed) {
  Type* doomed_type = make_type(GcHooks{trace_pair, [](Object*) { ++destroyed; }, nullptr});
  Pair* orphan = make_pair(doomed_type);
  orphan->first = Value::from_object(doomed_type);
  size_t before = heap_.collections();
  while (heap_.collections() == before)
    heap_.allocate(meta_, 256);  // no hooks
  EXPECT_EQ(destroyed, 1) << "the dead instance's hook ran at the collection";
  for (int i = 0; i < 10000; ++i)
    make_pair();
  heap_.collect();
  EXPECT_EQ(destroyed, 10001);
}

// Slots freed by a collection are reused, lowest address first, before the
// heap takes more pages; survivors keep their slots and contents.
TEST_F(HeapTest, FreedSlotsAreReusedAndSurvivorsKept) {
  std::vector<Pair*> first_round;
  for (int i = 0; i < 1000; ++i)
    first_round.push_back(make_pair());
  Root<Pair> survivor(heap_, first_round[500]);
  survivor->first = Value::from_small_int(42);
  heap_.collect();
  EXPECT_EQ(destroyed, 999);
  std::set<Pair*> reused;
  for (int i = 0; i < 999; ++i)
    reused.insert(make_pair());
  std::set<Pair*> expected(first_round.begin(), first_round.end());
  expected.erase(survivor.get());
  EXPECT_EQ(reused, expected) << "every freed slot, and no new memory";
  EXPECT_EQ(survivor->first.as_small_int(), 42);
  EXPECT_EQ(reused.count(survivor.get()), 0u);
}

TEST_F(HeapTest, StressModeCollectsAtEveryAllocation) {
  heap_.set_stress(true);
  size_t before = heap_.collections();
  Root<Pair> root(heap_, make_pair());
  for (int i = 0; i < 10; ++i) {
    Pair* next = make_pair();
    next->first = root->first;
    root->first = Value::from_object(next);
  }
  EXPECT_EQ(heap_.collections() - before, 11u);
  EXPECT_EQ(destroyed, 0) << "a rooted chain survives every collection";
  int length = 0;
  for (Value v = root->first; v.is_object(); v = static_cast<Pair*>(v.as_object())->first)
    ++length;
  EXPECT_EQ(length, 10);
}

}  // namespace
}  // namespace eddy::vm
