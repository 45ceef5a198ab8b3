// Signals: the C handler only records the signal; run_signal_handlers()
// then raises KeyboardInterrupt for SIGINT (no Python handler set), and
// does nothing when no signal came.
#include "vm/signals.h"

#include <gtest/gtest.h>

#include <csignal>

#include "vm/vm.h"

namespace eddy::vm {
namespace {

// Catches SIGINT for the test's length, restoring what the process did.
class CaughtSigint {
 public:
  CaughtSigint() {
    sigaction(SIGINT, nullptr, &previous_);
    catch_signal(SIGINT);
  }
  ~CaughtSigint() { sigaction(SIGINT, &previous_, nullptr); }

 private:
  struct sigaction previous_ {};
};

TEST(SignalsTest, NothingToRunWithoutASignal) {
  VM vm;
  EXPECT_FALSE(signal_arrived());
  EXPECT_TRUE(run_signal_handlers(vm));
  EXPECT_FALSE(vm.has_exception());
}

TEST(SignalsTest, SigintRaisesKeyboardInterruptWhenHandled) {
  VM vm;
  CaughtSigint caught;
  std::raise(SIGINT);
  EXPECT_TRUE(signal_arrived()) << "the handler only records the signal";
  EXPECT_FALSE(vm.has_exception());
  EXPECT_FALSE(run_signal_handlers(vm));
  ASSERT_TRUE(vm.has_exception());
  EXPECT_EQ(vm.type_of(vm.current_exception()), vm.exceptions().KeyboardInterrupt);
  EXPECT_FALSE(signal_arrived());
  vm.take_exception();
  EXPECT_TRUE(run_signal_handlers(vm)) << "each signal is handled once";
}

TEST(SignalsTest, IgnoredHandlerSwallowsTheSignal) {
  VM vm;
  CaughtSigint caught;
  vm.signal_handlers[SIGINT] = Value::from_small_int(1);  // SIG_IGN, set after it came
  std::raise(SIGINT);
  EXPECT_TRUE(run_signal_handlers(vm));
  EXPECT_FALSE(vm.has_exception());
}

}  // namespace
}  // namespace eddy::vm
