words = ["hello World", "ÉCOLE déjà vu", "straße", "ǅungla", "ΣΊΣΥΦΟΣ", "hello-world_foo bar", "they're bill's", "ﬁsh", "İstanbul", "123abc"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ß".upper(), "ß".casefold(), "ß".lower(), "ﬁ".upper(), len("ﬁ".upper()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("σ".upper(), "ΑΣ".lower(), "ΑΣ Β".lower())
