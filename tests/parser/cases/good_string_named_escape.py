a = "\N{LATIN SMALL LETTER E WITH ACUTE}"
b = "\N{EURO SIGN} \N{BLACK STAR}"
c = "\N{GREEK CAPITAL LETTER OMEGA}\N{SPACE}"
d = "\N{latin small letter a}"
