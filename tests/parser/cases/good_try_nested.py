try:
    try:
        pass
    except A:
        raise
    finally:
        pass
except B:
    try:
        pass
    except C:
        pass
else:
    try:
        pass
    finally:
        pass
