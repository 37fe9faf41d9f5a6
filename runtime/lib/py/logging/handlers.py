"""More handlers: files rotated by size or by time, a file handler that
reopens a file moved away, buffering in memory, and handing records to a
queue served by a listener thread.

The network and system-log handlers of CPython's module are not here.
"""

import copy
import os
import re
import threading
import time

import logging


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside before a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to filename until the next record would take it to maxBytes,
    then renames it filename.1 (filename.1 to .2, and so on up to
    backupCount) and starts a new one."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode and encoding is None:
            encoding = "locale"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dst = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(self.baseFilename, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


_DAY = 24 * 60 * 60

# when: (seconds per unit, suffix for strftime, pattern the suffix matches)
_TIMED = {
    "S": (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    "M": (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    "H": (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    "D": (_DAY, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    "MIDNIGHT": (_DAY, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    "W": (_DAY * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval of when ('S', 'M', 'H', 'D'),
    at midnight ('midnight'), or on a weekday ('W0' is Monday), renaming
    the old one with its period's date and keeping backupCount of them."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        if encoding is None:
            encoding = "locale"
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith("W"):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s"
                                 % self.when)
            if key[1] < "0" or key[1] > "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(key[1])
            key = "W"
        if key not in _TIMED:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        unit, self.suffix, pattern = _TIMED[key]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        start = os.stat(filename).st_mtime if os.path.exists(filename) else time.time()
        self.rolloverAt = self.computeRollover(int(start))

    def _fields(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        result = currentTime + self.interval
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return result
        fields = self._fields(currentTime)
        hour, minute, second, day = fields[3], fields[4], fields[5], fields[6]
        if self.atTime is None:
            at = _DAY
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = at - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            wait += _DAY
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith("W"):
            if day != self.dayOfWeek:
                if day < self.dayOfWeek:
                    days = self.dayOfWeek - day
                else:
                    days = 6 - day + self.dayOfWeek + 1
                later = result + days * _DAY
                if not self.utc:
                    later += self._dst_shift(currentTime, later)
                result = later
        return result

    def _dst_shift(self, now, then):
        """The hour to add or take away when daylight saving time starts
        or ends between now and then."""
        dst_now = time.localtime(now)[-1]
        dst_then = time.localtime(then)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem = os.path.splitext(base)[0] + "."
        found = []
        for name in os.listdir(folder):
            if not name.startswith(stem):
                continue
            if self.namer is None and not name.startswith(base):
                continue
            if any(self.extMatch.match(part) for part in name[len(stem):].split(".")):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        fields = self._fields(self.rolloverAt - self.interval)
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            if dst_now != fields[-1]:
                fields = time.localtime(self.rolloverAt - self.interval + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, fields))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if (self.when == "MIDNIGHT" or self.when.startswith("W")) and not self.utc:
            following += self._dst_shift(now, following)
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when another program moved or
    removed it (log rotation by an outside tool)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if "b" not in mode and encoding is None:
            encoding = "locale"
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list, flushed when it holds capacity of them."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to target when the buffer is full
    or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pass between threads,
    on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """A thread that takes records off a queue and gives them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        has_task_done = hasattr(self.queue, "task_done")
        while True:
            try:
                record = self.dequeue(True)
            except Exception:
                break
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
