r'a' R'a' b'a' B'a' u'a' U'a' f'a' F'a'
rb'a' Rb'a' rB'a' RB'a' br'a' bR'a' Br'a' BR'a'
fr'a' Fr'a' fR'a' FR'a' rf'a' rF'a' Rf'a' RF'a'
