class StorageError(Exception):
    pass
class ServiceError(Exception):
    pass
def read():
    raise OSError("disk unavailable")
def store():
    try:
        read()
    except OSError as e:
        raise StorageError("cannot store") from e
def serve():
    try:
        store()
    except StorageError as e:
        raise ServiceError("request failed") from e
serve()
