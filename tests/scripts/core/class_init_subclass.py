registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b-plugin"):
    pass
class Gamma(Beta):
    pass
print(registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name)
