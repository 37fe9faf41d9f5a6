"""zlib: deflate compression and the CRC-32 and Adler-32 checksums.

The one-shot functions are Go (_zlib, over Go's compress packages), so
compressed bytes can differ from CPython's zlib while decompressing to
the same data; both read each other's output. compressobj collects its
input and compresses it all at flush(Z_FINISH) (other flush modes return
b''); decompressobj re-reads its input from the start on each call until
the stream is complete, which suits the sizes everyday scripts stream.
Each object is guarded by its own lock.
"""

import _thread
from _zlib import error, compress, decompress, crc32, adler32
from _zlib import _decompress_partial

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class _Compress:
    def __init__(self, level, wbits):
        self._lock = _thread.allocate_lock()
        self._level = level
        self._wbits = wbits
        self._parts = []
        self._finished = False

    def compress(self, data):
        with self._lock:
            if self._finished:
                raise error("Error -2 while compressing data: "
                            "inconsistent stream state")
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            self._parts.append(bytes(data))
            return b''

    def flush(self, mode=Z_FINISH):
        with self._lock:
            if mode == Z_NO_FLUSH:
                return b''
            if mode != Z_FINISH or self._finished:
                return b''
            self._finished = True
            data = b''.join(self._parts)
            self._parts = []
            return compress(data, self._level, self._wbits)

    def copy(self):
        with self._lock:
            c = _Compress(self._level, self._wbits)
            c._parts = list(self._parts)
            c._finished = self._finished
            return c


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED,
                wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    if method != DEFLATED:
        raise error("Error -2 while creating compression object: "
                    "inconsistent stream state")
    compress(b'', level, wbits)   # checks wbits
    return _Compress(level, wbits)


class _Decompress:
    def __init__(self, wbits):
        self._lock = _thread.allocate_lock()
        self._wbits = wbits
        self._input = b''
        self._given = 0          # output bytes already returned
        self._pending = b''      # output held back by max_length
        self.eof = False
        self.unused_data = b''
        self.unconsumed_tail = b''

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        with self._lock:
            data = bytes(data)
            if self.eof:
                self.unused_data += data
                out = b''
            else:
                self._input += data
                out, complete, unused = _decompress_partial(
                    self._input, self._wbits)
                out = out[self._given:]
                self._given += len(out)
                if complete:
                    self.eof = True
                    if unused:
                        self.unused_data = self._input[-unused:]
                    self._input = b''
            out = self._pending + out
            if max_length and len(out) > max_length:
                out, self._pending = out[:max_length], out[max_length:]
            else:
                self._pending = b''
            return out

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        with self._lock:
            out, self._pending = self._pending, b''
            return out

    def copy(self):
        with self._lock:
            d = _Decompress(self._wbits)
            d.__dict__.update({k: v for k, v in self.__dict__.items()
                               if k != '_lock'})
            return d


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    _decompress_partial(b'', wbits)   # checks wbits
    return _Decompress(wbits)
