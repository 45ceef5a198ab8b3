a = "café"
b = "日本語"
c = "😀 emoji"
d = 'Ω'
e = "\u00e9" == "é"
f = "mixed ascii and ünïcödé"
g = "zero\u200bwidth"
