samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x07\x1b", "\x7f\x80\x9f\xa0", "é ñ 日本", "\u200b\u2028", "\U0001F600", 
           "\x0c\x0b", "'", '"', "'\""]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("a\tb"), repr(repr("x")))
print(["it's", "a\nb"], ("\u00e9",), {"k'": "v\""})
