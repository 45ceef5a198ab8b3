# Imported by syntax_warning_import.py.
value = 2
flag = value is not 2
