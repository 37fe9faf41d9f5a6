"""Configuring logging from a dictionary (dictConfig).

The schema is CPython's, version 1: formatters, filters, handlers,
loggers and root, with 'ext://' references to objects in modules,
'cfg://' references into the configuration, '()' factories, and
disable_existing_loggers. fileConfig and the listening socket are not
provided; incremental configuration changes only levels.
"""

import logging
import logging.handlers
import re

__all__ = ["dictConfig", "valid_ident"]

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not _IDENT.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name refers to, importing modules as needed."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


class _Configurator:
    def __init__(self, config):
        self.config = config

    def value(self, v):
        """v with 'ext://' and 'cfg://' references replaced."""
        if isinstance(v, str):
            if v.startswith("ext://"):
                return _resolve(v[6:])
            if v.startswith("cfg://"):
                return self.cfg(v[6:])
        return v

    def cfg(self, path):
        found = self.config
        for part in re.findall(r"[^.\[\]]+", path):
            if isinstance(found, (list, tuple)) and part.isdigit():
                found = found[int(part)]
            else:
                found = found[part]
        return found

    def factory(self, spec):
        spec = dict(spec)
        make = spec.pop("()")
        if isinstance(make, str):
            make = _resolve(make)
        props = spec.pop(".", None)
        kwargs = {k: self.value(v) for k, v in spec.items() if valid_ident(k)}
        obj = make(**kwargs)
        for name, value in (props or {}).items():
            setattr(obj, name, value)
        return obj

    def formatter(self, spec):
        if "()" in spec:
            return self.factory(spec)
        cls = spec.get("class")
        cls = _resolve(cls) if cls else logging.Formatter
        kwargs = {}
        if "defaults" in spec:
            kwargs["defaults"] = spec["defaults"]
        return cls(spec.get("format"), spec.get("datefmt"), spec.get("style", "%"),
                   spec.get("validate", True), **kwargs)

    def filter(self, spec):
        if "()" in spec:
            return self.factory(spec)
        return logging.Filter(spec.get("name", ""))

    def handler(self, spec, formatters, filters):
        spec = dict(spec)
        fmt = spec.pop("formatter", None)
        level = spec.pop("level", None)
        flist = spec.pop("filters", None)
        if "()" in spec:
            h = self.factory(spec)
        else:
            cls = spec.pop("class")
            cls = _resolve(cls) if isinstance(cls, str) else cls
            props = spec.pop(".", None)
            kwargs = {k: self.value(v) for k, v in spec.items() if valid_ident(k)}
            if issubclass(cls, logging.handlers.MemoryHandler) and "target" in kwargs:
                kwargs["target"] = self.handlers[kwargs["target"]]
            h = cls(**kwargs)
            for name, value in (props or {}).items():
                setattr(h, name, value)
        if fmt:
            h.setFormatter(formatters[fmt])
        if level is not None:
            h.setLevel(logging._checkLevel(level))
        for name in flist or ():
            h.addFilter(filters[name] if isinstance(name, str) else name)
        return h

    def logger(self, logger, spec, filters, incremental=False):
        level = spec.get("level")
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for name in spec.get("handlers", ()):
            try:
                logger.addHandler(self.handlers[name])
            except KeyError:
                raise ValueError("Unable to add handler %r" % name) from None
        for name in spec.get("filters", ()):
            logger.addFilter(filters[name] if isinstance(name, str) else name)
        if "propagate" in spec and logger is not logging.root:
            logger.propagate = spec["propagate"]

    def configure(self):
        config = self.config
        if config.get("version") != 1:
            raise ValueError("Unsupported version: %s" % config.get("version"))
        incremental = config.get("incremental", False)
        with logging._lock:
            if incremental:
                for name, spec in config.get("loggers", {}).items():
                    self.logger(logging.getLogger(name), spec, {}, True)
                if "root" in config:
                    self.logger(logging.root, config["root"], {}, True)
                return
            disable_existing = config.get("disable_existing_loggers", True)
            logging._handlers.clear()
            logging.shutdown(logging._handlerList[:])
            del logging._handlerList[:]
            formatters = {}
            for name, spec in config.get("formatters", {}).items():
                try:
                    formatters[name] = self.formatter(spec)
                except Exception as e:
                    raise ValueError("Unable to configure formatter %r" % name) from e
            filters = {}
            for name, spec in config.get("filters", {}).items():
                try:
                    filters[name] = self.filter(spec)
                except Exception as e:
                    raise ValueError("Unable to configure filter %r" % name) from e
            self.handlers = {}
            pending = sorted(config.get("handlers", {}).items())
            # A MemoryHandler's target must exist first: retry those later.
            for _ in range(2):
                later = []
                for name, spec in pending:
                    try:
                        h = self.handler(spec, formatters, filters)
                    except KeyError as e:
                        if "target" in spec:
                            later.append((name, spec))
                            continue
                        raise ValueError("Unable to configure handler %r" % name) from e
                    except Exception as e:
                        raise ValueError("Unable to configure handler %r" % name) from e
                    h.name = name
                    self.handlers[name] = h
                pending = later
            if pending:
                raise ValueError("Unable to configure handler %r" % pending[0][0])
            existing = set(logging.root.manager.loggerDict)
            configured = set()
            for name, spec in config.get("loggers", {}).items():
                try:
                    self.logger(logging.getLogger(name), spec, filters)
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
                configured.add(name)
            for name in existing - configured:
                # Loggers below a configured one are reset to pass their
                # records up; the others are disabled unless told not to.
                logger = logging.root.manager.loggerDict[name]
                if any(name.startswith(c + ".") for c in configured):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
                elif disable_existing:
                    logger.disabled = True
            if "root" in config:
                try:
                    self.logger(logging.root, config["root"], filters)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e
            logging.root.manager._clear_cache()


def dictConfig(config):
    """Configures logging from a dictionary."""
    _Configurator(config).configure()
