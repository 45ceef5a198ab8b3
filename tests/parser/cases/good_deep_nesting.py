def a():
    def b():
        def c():
            def d():
                def e():
                    if x:
                        for y in z:
                            while w:
                                with v:
                                    try:
                                        pass
                                    finally:
                                        pass
                    return e
