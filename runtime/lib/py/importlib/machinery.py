"""The finders and loaders of importlib, as far as gilfree has them:
ModuleSpec, SourceFileLoader and BuiltinImporter."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []

_LIB = '<gilfree>/lib'


def all_suffixes():
    """Every suffix of a file that can be a module."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _read_source(path):
    if path == _LIB or path.startswith(_LIB + '/'):
        import _traceback
        text = _traceback.source(path)
        if text is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return text
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    return data.decode('utf-8')


class ModuleSpec:
    """What is known of a module before it is loaded: its name, loader,
    origin (the file), and for a package where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name),
                'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the package the module belongs to."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds the modules built into gilfree (sys.builtin_module_names)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(
                spec.name), name=spec.name)
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    """Loads a module from a .py file (or a file of the embedded
    library)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<{} object at {:#x}>'.format(
            self.__class__.__module__ + '.' + self.__class__.__qualname__,
            id(self))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        if path == _LIB or path.startswith(_LIB + '/'):
            return _read_source(path).encode('utf-8')
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        return _read_source(self.path)

    def is_package(self, name=None):
        return self.path.rpartition('/')[2] == '__init__.py'

    def get_code(self, name=None):
        return compile(self.get_source(name), self.path, 'exec',
                       dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        from importlib.util import module_from_spec, spec_from_loader
        fullname = fullname or self.name
        spec = spec_from_loader(fullname, self)
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec)
            sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

