b'abc' b"\x00\xff" b'''multi
line''' rb'\d'
