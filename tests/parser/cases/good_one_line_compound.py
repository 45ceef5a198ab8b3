if x: pass
if x: a = 1
else: a = 2
while x: x -= 1
for i in y: print(i)
def f(): return 1
class C: pass
try: a()
except E: pass
finally: b()
with a as b: pass
if x: y; z
