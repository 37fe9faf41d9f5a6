"""The import system's interface: import_module, reload and
invalidate_caches; importlib.util (find_spec, module_from_spec,
spec_from_file_location, resolve_name) and importlib.machinery
(ModuleSpec, SourceFileLoader, BuiltinImporter).

gilfree's import statement is Go (interp/eval/imports.go) and does not
go through these loaders; they find and run the same files it would:
modules and packages of plain .py source on sys.path, the embedded
library, and the built-in modules. There are no meta path hooks,
namespace packages, bytecode caches, importlib.resources or
importlib.metadata. Modules imported by the import statement have
__spec__ None; find_spec makes a spec for them from __file__.
"""

import sys
import _thread

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

_reload_lock = _thread.RLock()


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level '
                          'package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module and return it (the submodule itself for a dotted
    name, unlike __import__). A relative name ('..mod') needs package,
    the package it is relative to."""
    level = 0
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform "
                            "a relative import for {!r}".format(name))
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: gilfree's finders keep no caches."""


def reload(module):
    """Run the module's source again in its namespace, and return the
    module from sys.modules. Built-in modules are returned unchanged."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    from importlib import util
    with _reload_lock:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in "
                                  "sys.modules", name=parent_name) from None
            path = parent.__path__
        else:
            path = None
        spec = util._find_spec(name, path)
        if spec is None:
            raise ModuleNotFoundError(
                f"spec not found for the module {name!r}", name=name)
        if spec.origin == 'built-in':
            return module
        spec.loader.exec_module(module)
    return sys.modules[name]
