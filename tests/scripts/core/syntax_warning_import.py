# A module's SyntaxWarnings are shown when it is compiled, at its first
# import only, with its file name and source line.
import _syntax_warning_module
import _syntax_warning_module

print(_syntax_warning_module.flag)
