import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.issoftkeyword("if"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(sorted(keyword.__all__))
