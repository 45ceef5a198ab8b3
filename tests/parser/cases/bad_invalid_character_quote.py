s = “smart quotes”
