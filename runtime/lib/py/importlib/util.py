"""Finding modules without importing them, and making modules from
specs: find_spec, module_from_spec, spec_from_file_location,
spec_from_loader, resolve_name."""

import os
import sys
import types

from importlib import _resolve_name
from importlib.machinery import (ModuleSpec, SourceFileLoader,
                                 BuiltinImporter, _LIB)

__all__ = ['find_spec', 'module_from_spec', 'resolve_name',
           'spec_from_file_location', 'spec_from_loader']


def resolve_name(name, package):
    """The absolute name of a relative module name ('..mod') in
    package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _exists(path):
    if path == _LIB or path.startswith(_LIB + '/'):
        import _traceback
        return _traceback.source(path) is not None
    return os.path.isfile(path)


def _find_spec(fullname, path):
    """Search path (sys.path and the built-in modules when None) for
    fullname as the import statement does."""
    if path is None:
        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            return spec
        path = sys.path
    short = fullname.rpartition('.')[2]
    for entry in path:
        if not isinstance(entry, str):
            continue
        entry = entry or os.getcwd()
        pkg_dir = entry + '/' + short
        init = pkg_dir + '/__init__.py'
        if _exists(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init),
                              origin=init, is_package=True)
            spec.submodule_search_locations.append(pkg_dir)
            spec.has_location = True
            return spec
        file = entry + '/' + short + '.py'
        if _exists(file):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, file),
                              origin=file)
            spec.has_location = True
            return spec
    return None


def _spec_of_module(module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    name = module.__name__
    file = getattr(module, '__file__', None)
    if file is None:
        if name in sys.builtin_module_names:
            return ModuleSpec(name, BuiltinImporter, origin='built-in')
        return ModuleSpec(name, None)
    path = getattr(module, '__path__', None)
    spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file,
                      is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations.extend(path)
    spec.has_location = True
    return spec


def find_spec(name, package=None):
    """The spec of the module name (relative to package if it starts
    with '.'), or None if it cannot be found. The module's parent package
    is imported; the module itself is not."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_module(module)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    else:
        parent_path = None
    return _find_spec(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for name loaded by loader."""
    if origin is None:
        origin = getattr(loader, 'path', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    if origin is not None and getattr(loader, 'path', None) == origin:
        spec.has_location = True
    return spec


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module name in the file location, loaded from
    source."""
    if location is None:
        if loader is None:
            return None
        location = loader.get_filename(name)
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def module_from_spec(spec):
    """A new module for spec, with its attributes set but its code not
    run (spec.loader.exec_module(module) does that)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    """Not supported: gilfree writes no bytecode caches."""
    raise NotImplementedError("importlib.util.source_hash")
