# try/except*: CHECK_EG_MATCH splits the group for each clause, the list
# below the handlers collects what they raise, PREP_RERAISE_STAR decides.
def handle(work):
    try:
        work()
    except* ValueError as e:
        print(e)
    except* (TypeError, KeyError):
        raise
    else:
        print("else")
    finally:
        print("finally")
