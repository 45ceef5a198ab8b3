class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"not found: {self.key}"
def validate(d):
    if "name" not in d:
        raise NotFound("name")
    if not d["name"]:
        raise ValidationError("name", "must not be empty")
    return "ok"
for data in [{"name": "x"}, {}, {"name": ""}]:
    try:
        print(validate(data))
    except ValidationError as e:
        print("validation", e, e.field, e.args)
    except AppError as e:
        print("app error", e, repr(e), e.args, isinstance(e, Exception))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class Code(Exception):
    def __init__(self, code):
        self.code = code
print(str(Code(5)), Code(5).args, repr(Code(5)))
