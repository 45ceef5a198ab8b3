# Identifiers may use any Unicode letters.
café = 1
naïve = café + 1
π = 3.14159
Ωμέγα = "omega"
переменная = [π, naïve]
変数 = {"key": переменная}
def größe(länge, breite):
    return länge * breite
class Ünïcode:
    ñ = 0
