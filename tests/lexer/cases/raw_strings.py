r'\' ' r"\"" r'\\' r'a\nb' rb'\x00'
