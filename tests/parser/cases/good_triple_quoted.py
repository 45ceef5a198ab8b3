a = """triple
double"""
b = '''triple
single'''
c = """contains "quotes" and 'single' ones"""
d = '''it's'''
e = """
"""
f = """\
no leading newline"""
g = """a""b"""
h = """ends with quote\""""
