1..real
1.2.__class__
x = 1 .real
