"""High-level I/O multiplexing over the select module.

A selector watches registered file objects (anything with fileno(), or
a file descriptor) for readiness to read (EVENT_READ) or write
(EVENT_WRITE). select() waits until some are ready and returns a
(SelectorKey, events) pair for each. SelectSelector waits with
select.select, PollSelector with select.poll; DefaultSelector is the
best one this platform has (poll here: the select module has no epoll).

A selector's registrations are its own state: threads sharing one must
not register and select at the same time without a lock of their own,
as with CPython's selectors.
"""

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""


def _fileobj_to_fd(fileobj):
    """Return the file descriptor of fileobj: an int, or fileno()'s result."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    """The read-only view get_map() returns: file object -> key."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register, unregister, modify, select."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Register fileobj for events; return its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; return the key it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change fileobj's events or data; return its new key."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait until some registered file objects are ready, or the
        timeout (seconds; None waits for ever, <= 0 only polls) passes.
        Return a list of (key, events) for the ready ones."""
        raise NotImplementedError

    def close(self):
        """Close the selector and drop every registration."""
        pass

    def get_key(self, fileobj):
        """Return the key registered for fileobj."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """Return a mapping of file objects to their keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The registrations, kept by file descriptor."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        """The descriptor of fileobj, or of the registered object that is
        fileobj when fileobj can no longer report one (it was closed)."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """A selector that waits with select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        ready = []
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r, w = set(r), set(w)
        for fd in r | w:
            key = self._key_from_fd(fd)
            if key:
                events = (fd in r and EVENT_READ) | (fd in w and EVENT_WRITE)
                ready.append((key, events & key.events))
        return ready


class PollSelector(_BaseSelectorImpl):
    """A selector that waits with select.poll()."""

    def __init__(self):
        super().__init__()
        self._poller = select.poll()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._poller.register(key.fd, self._poll_mask(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._poller.unregister(key.fd)
        except OSError:
            # The descriptor may already be closed.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            if not events or events & ~(EVENT_READ | EVENT_WRITE):
                raise ValueError("Invalid events: {!r}".format(events))
            self._poller.modify(key.fd, self._poll_mask(events))
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    @staticmethod
    def _poll_mask(events):
        mask = 0
        if events & EVENT_READ:
            mask |= select.POLLIN
        if events & EVENT_WRITE:
            mask |= select.POLLOUT
        return mask

    def select(self, timeout=None):
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            # Round up, so that a wait ends after the timeout, never before.
            ms = math.ceil(timeout * 1e3)
        ready = []
        try:
            fd_events = self._poller.poll(ms)
        except InterruptedError:
            return ready
        for fd, event in fd_events:
            events = 0
            if event & ~select.POLLIN:
                events |= EVENT_WRITE
            if event & ~select.POLLOUT:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        super().close()
        self._poller = None


DefaultSelector = PollSelector
