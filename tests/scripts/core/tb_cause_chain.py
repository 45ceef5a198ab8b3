class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError("invalid port") from exc
print(read_port({"port": "80"}))
read_port({"port": "eighty"})
