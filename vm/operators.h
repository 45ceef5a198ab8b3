// The operator numbering shared by the compiler and the VM: BINARY_OP's and
// COMPARE_OP's arguments. Values follow CPython 3.11 (NB_* and Py_LT...), so
// disassembly reads the same.
#pragma once

#include <cstdint>
#include <string_view>

namespace eddy::vm {

enum class BinaryOp : uint8_t {
  Add, And, FloorDivide, LShift, MatrixMultiply, Multiply, Remainder, Or, Power, RShift,
  Subtract, TrueDivide, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatrixMultiply,
  InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract,
  InplaceTrueDivide, InplaceXor,
};
constexpr int kBinaryOpCount = 13;  // the non-in-place ones

// The plain operator an in-place one falls back to (InplaceAdd -> Add).
constexpr BinaryOp without_inplace(BinaryOp op) {
  int n = static_cast<int>(op);
  return static_cast<BinaryOp>(n >= kBinaryOpCount ? n - kBinaryOpCount : n);
}
constexpr bool is_inplace(BinaryOp op) { return static_cast<int>(op) >= kBinaryOpCount; }

// "+", "+=", ... as the disassembler and error messages spell them.
std::string_view symbol_of(BinaryOp op);

enum class CompareOp : uint8_t { Less, LessEqual, Equal, NotEqual, Greater, GreaterEqual };

// "<", "<=", ...
std::string_view symbol_of(CompareOp op);

// The comparison with its operands swapped: a < b is b > a.
constexpr CompareOp swapped(CompareOp op) {
  constexpr CompareOp table[] = {CompareOp::Greater, CompareOp::GreaterEqual, CompareOp::Equal,
                                 CompareOp::NotEqual, CompareOp::Less, CompareOp::LessEqual};
  return table[static_cast<int>(op)];
}

}  // namespace eddy::vm
