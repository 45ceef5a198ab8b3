iff = 1
for_ = 2
classy = 3
print_ = 4
None_ = 5
is_ = not_ = and_ = or_ = in_ = 6
async_ = await_ = yield_ = 7
lambda_ = True_ = False_ = 8
