# Identifiers are NFKC-normalised: these names become 'file', 'H', 'full' and 'fi'.
ﬁle = 1
ℌ = 2
ｆｕｌｌ = 3
print(file, H, full)
ﬁ = ℌ
