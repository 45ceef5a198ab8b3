// Spellings of the operators in operators.h.
#include "vm/operators.h"

namespace eddy::vm {

std::string_view symbol_of(BinaryOp op) {
  constexpr std::string_view kSymbols[] = {
      "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return kSymbols[static_cast<int>(op)];
}

std::string_view symbol_of(CompareOp op) {
  constexpr std::string_view kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

}  // namespace eddy::vm
