raise
raise E
raise E()
raise E("message")
raise E from None
raise E from cause
raise E("x") from f()
raise a.b.C(1) from a.b.D(2)
raise (E)
