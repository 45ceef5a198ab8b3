1j 1J 1.5j .5j 1e3j 0j 09j 1_0j 3.14e-10J
