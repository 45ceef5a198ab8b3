class Config:
    def __init__(self):
        self.values = {"debug": True}
    def get(self, key):
        return self.values.get(key)
cfg = Config()
print(cfg.get("debug"))
print(cfg.get("level").upper())
