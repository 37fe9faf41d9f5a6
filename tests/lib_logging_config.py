# logging.config.dictConfig: formatters, filters, handlers (classes by
# name, ext:// streams, levels, MemoryHandler targets, '()' factories),
# loggers and root, propagation, disable_existing_loggers, incremental,
# errors.
import io
import logging
import logging.config
import sys

early = logging.getLogger("early")
early_child = logging.getLogger("app.db.pool")
capture = io.StringIO()
sys.capture_stream = capture  # reachable as ext://sys.capture_stream


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True


def make_handler(prefix):
    h = logging.StreamHandler(capture)
    h.setFormatter(logging.Formatter(prefix + "%(message)s"))
    return h


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{name}/{message}", "style": "{"},
    },
    "filters": {
        "only_db": {"name": "app.db"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "stream": "ext://sys.capture_stream",
                 "formatter": "brief", "level": "INFO"},
        "db": {"class": "logging.StreamHandler", "stream": "ext://sys.capture_stream",
               "formatter": "braces", "filters": ["only_db", "upper"]},
        "made": {"()": make_handler, "prefix": ">> "},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "main"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["main"], "propagate": False},
        "app.db": {"handlers": ["db"]},
        "other": {"handlers": ["made"], "level": "WARNING"},
    },
    "root": {"level": "ERROR", "handlers": ["main"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
assert app.level == logging.DEBUG and not app.propagate
assert [h.name for h in app.handlers] == ["main"]
assert logging.getLogger("app.db").handlers[0].name == "db"
assert early.disabled and not early_child.disabled and early_child.level == logging.NOTSET
logging.getLogger("app").debug("below main's level")
logging.getLogger("app").info("to main")
logging.getLogger("app.db").info("db query")
logging.getLogger("app.db.pool").warning("pool low")
logging.getLogger("other").info("dropped")
logging.getLogger("other").warning("made it")
logging.getLogger("x").error("root gets it")
lines = capture.getvalue().splitlines()
assert lines == ["INFO:app:to main", "app.db/DB QUERY", "INFO:app.db:DB QUERY",
                 "app.db.pool/POOL LOW", "WARNING:app.db.pool:POOL LOW",
                 ">> made it", "WARNING:other:made it", "ERROR:x:root gets it"], lines

# Incremental: levels change, handlers stay.
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "ERROR"}}})
assert app.level == logging.ERROR and [h.name for h in app.handlers] == ["main"]

# Keeping existing loggers enabled.
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"level": "INFO"}})
assert not logging.getLogger("app").disabled
for bad in [{"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "loggers": {"a": {"handlers": ["missing"]}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        msg = str(e)
    else:
        raise AssertionError(bad)
assert msg == "Unable to configure logger 'a'", msg
assert logging.config.valid_ident("abc_1")
del sys.capture_stream
print(lines[0])
print("logging.config ok")
