a = u"x"
b = u'''multi
line'''
c = [u"a", "b", U"c"]
d = u""
