// NumericError: a Python exception raised by the numeric core (bigint,
// float_format, format_spec), carried as a plain value. Those modules know
// nothing of objects; the VM turns a NumericError into an exception object
// of the named class with the message as its argument.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace eddy::vm {

// The exception classes the numeric core raises.
enum class NumericErrorKind { ValueError, OverflowError, ZeroDivisionError, MemoryError };

struct NumericError {
  NumericErrorKind kind;
  std::string message;
  // Nonzero when the error comes from a C library errno, as float ** does on
  // overflow: CPython then raises OverflowError(errno, strerror), so str(e)
  // is "(34, 'Numerical result out of range')" and `message` holds just the
  // strerror text.
  int os_errno = 0;

  static NumericError value_error(std::string message) {
    return {NumericErrorKind::ValueError, std::move(message)};
  }
  static NumericError overflow_error(std::string message) {
    return {NumericErrorKind::OverflowError, std::move(message)};
  }
  static NumericError zero_division_error(std::string message) {
    return {NumericErrorKind::ZeroDivisionError, std::move(message)};
  }
  // CPython's MemoryError has no message.
  static NumericError memory_error() { return {NumericErrorKind::MemoryError, ""}; }
};

// A T or the NumericError that prevented it: the subset of C++23's
// std::expected<T, NumericError> that this C++20 code base needs, with the
// same member names so that switching to std::expected is a rename.
template <typename T>
class NumericResult {
 public:
  NumericResult(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  NumericResult(NumericError error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const NumericError& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, NumericError> state_;
};

}  // namespace eddy::vm
