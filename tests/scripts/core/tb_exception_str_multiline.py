class Report(Exception):
    def __str__(self):
        return "line one\nline two"
raise Report()
