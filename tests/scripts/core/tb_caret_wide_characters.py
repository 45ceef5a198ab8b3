# Carets under lines with non-ASCII text: columns are counted in characters,
# and East Asian wide characters (and emoji) take two columns each.
def concat(label, value):
    return label + value

def lookup(table):
    return "é" + table["clé"]

def scenario_wide():
    名前 = "漢字"; return concat(名前, 1)

try:
    lookup({"cle": 1})
except KeyError:
    try:
        scenario_wide()
    except TypeError:
        s = "😀😀"; t = s * "x"
