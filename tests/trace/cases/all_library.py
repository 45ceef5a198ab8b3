# --trace=all (used for every case named all_*) also shows the frames of
# Eddy's own library, here the body of the keyword module as it is
# imported.
import keyword

print(keyword.iskeyword("yield"))
