"""Read and write ZIP files (zipfile): stored and deflated members, the
central directory and its end record as PKWARE's APPNOTE describes them,
ZIP64 end records and sizes when reading.

Written for gilfree: members are compressed and decompressed whole in
memory (through zlib's raw deflate), so open() returns a stream over the
member's bytes; a ZipFile's file operations run under its own lock, so
threads may read members of one archive at once. bzip2 and lzma members
and encrypted ones are refused with CPython's errors."""

import binascii
import io
import os
import shutil
import struct
import threading
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile, the zipfile requires ZIP64
    extensions and those extensions are disabled."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL_SIG = b"PK\x01\x02"
_END_SIG = b"PK\x05\x06"
_END64_SIG = b"PK\x06\x06"
_END64_LOC_SIG = b"PK\x06\x07"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOC = struct.Struct("<4sLQL")
_ZIP64_LIMIT = (1 << 31) - 1
_UTF8_FLAG = 0x800


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Information about one member of the archive."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type",
                 "_compresslevel", "comment", "extra", "create_system",
                 "create_version", "extract_version", "reserved", "flag_bits",
                 "volume", "internal_attr", "external_attr", "header_offset",
                 "CRC", "compress_size", "file_size")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/":
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % {ZIP_DEFLATED: "deflate"}.get(
                self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            import stat
            parts.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if (not isdir or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        return self.filename.endswith("/")

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file filename, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = os.path.isdir(filename)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep or os.sep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _UTF8_FLAG

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time
        return ((y - 1980) << 9 | mo << 5 | d), (h << 11 | mi << 5 | (s // 2))


def _find_end(fp):
    """The end record's fields (with ZIP64's sizes when it has them) and
    the archive comment."""
    fp.seek(0, 2)
    size = fp.tell()
    tail_len = min(size, _END.size + 65535)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    at = tail.rfind(_END_SIG)
    if at < 0 or at + _END.size > len(tail):
        raise BadZipFile("File is not a zip file")
    fields = list(_END.unpack(tail[at:at + _END.size]))
    comment = tail[at + _END.size:at + _END.size + fields[7]]
    end_offset = size - tail_len + at
    # fields: sig, disk, cd disk, entries here, entries, cd size, cd offset, comment length
    if end_offset >= _END64_LOC.size:
        fp.seek(end_offset - _END64_LOC.size)
        loc = fp.read(_END64_LOC.size)
        if loc[:4] == _END64_LOC_SIG:
            _, _, rec_offset, _ = _END64_LOC.unpack(loc)
            fp.seek(rec_offset)
            rec = fp.read(_END64.size)
            if rec[:4] != _END64_SIG:
                raise BadZipFile("Corrupt zip64 end of central directory record")
            r = _END64.unpack(rec)
            fields[3], fields[4], fields[5], fields[6] = r[6], r[7], r[8], r[9]
            end_offset = rec_offset
    return fields, comment, end_offset


def _zip64_extra(info, extra):
    """Applies a ZIP64 extended information field to info's sizes and
    offset where the central directory holds 0xFFFFFFFF."""
    i = 0
    while i + 4 <= len(extra):
        tag, ln = struct.unpack("<HH", extra[i:i + 4])
        if tag == 1:
            data = extra[i + 4:i + 4 + ln]
            vals = [struct.unpack("<Q", data[j:j + 8])[0] for j in range(0, len(data) - 7, 8)]
            k = 0
            for name in ("file_size", "compress_size", "header_offset"):
                if getattr(info, name) == 0xFFFFFFFF and k < len(vals):
                    setattr(info, name, vals[k])
                    k += 1
        i += 4 + ln


class ZipFile:
    """An open ZIP archive: mode 'r' reads it, 'w' writes a new one, 'x'
    writes a new one that must not exist, 'a' adds to one."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._lock = threading.RLock()
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self.filelist = []
        self.NameToInfo = {}
        self._comment = b""
        self._modified = False
        self.debug = 0
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._own_fp = True
            self.filename = file
            filemode = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}[mode]
            try:
                self.fp = io.open(file, filemode)
            except FileNotFoundError:
                if mode != "a":
                    raise
                self.fp = io.open(file, "w+b")
                mode = self.mode = "w"
        else:
            self._own_fp = False
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_directory()
            elif mode == "a":
                try:
                    self._read_directory()
                    self.fp.seek(self._start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._start_dir = self.fp.tell()
                    self._modified = True
            else:
                self._start_dir = self.fp.tell() if mode != "w" else 0
                self._modified = True
        except BaseException:
            self._close_fp()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        r = ["<%s.%s" % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._own_fp:
                r.append(" filename=%r" % self.filename)
            elif self.filename is not None:
                r.append(" file=%r" % self.fp)
            r.append(" mode=%r" % self.mode)
        else:
            r.append(" [closed]")
        r.append(">")
        return "".join(r)

    def _read_directory(self):
        fields, comment, end_offset = _find_end(self.fp)
        self._comment = comment
        count, cd_size, cd_offset = fields[4], fields[5], fields[6]
        # An archive prepended with other data (a self-extracting one)
        # has its offsets shifted by that data's length.
        concat = end_offset - cd_size - cd_offset
        self._start_dir = cd_offset + concat
        self.fp.seek(self._start_dir)
        data = self.fp.read(cd_size)
        pos = 0
        for _ in range(count):
            if data[pos:pos + 4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            c = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            pos += _CENTRAL.size
            name_b = data[pos:pos + c[12]]
            pos += c[12]
            extra = data[pos:pos + c[13]]
            pos += c[13]
            comment_b = data[pos:pos + c[14]]
            pos += c[14]
            flags = c[5]
            if flags & _UTF8_FLAG:
                name = name_b.decode("utf-8")
            else:
                name = name_b.decode(self.metadata_encoding or "cp437")
            info = ZipInfo(name)
            info.create_version, info.create_system = c[1], c[2]
            info.extract_version, info.reserved = c[3], c[4]
            info.flag_bits, info.compress_type = flags, c[6]
            t, d = c[7], c[8]
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info.CRC, info.compress_size, info.file_size = c[9], c[10], c[11]
            info.volume, info.internal_attr, info.external_attr = c[15], c[16], c[17]
            info.header_offset = c[18]
            info.extra, info.comment = extra, comment_b
            _zip64_extra(info, extra)
            info.header_offset += concat
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        """The members' names, in the archive's order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in the archive's order."""
        return list(self.filelist)

    def getinfo(self, name):
        """The ZipInfo of the member name."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:65535]
        self._modified = True

    def _check_open(self, writing=False):
        if self.fp is None:
            raise ValueError("Attempt to %s ZIP archive that was already closed"
                             % ("write to" if writing else "use"))

    def _member_bytes(self, info, pwd=None):
        with self._lock:
            self._check_open()
            if info.flag_bits & 0x1:
                if pwd is None:
                    raise RuntimeError("File %r is encrypted, password required for extraction"
                                       % info.filename)
                raise NotImplementedError("decrypting ZIP members is not supported")
            self.fp.seek(info.header_offset)
            header = self.fp.read(_LOCAL.size)
            if len(header) != _LOCAL.size or header[:4] != _LOCAL_SIG:
                raise BadZipFile("Bad magic number for file header")
            h = _LOCAL.unpack(header)
            self.fp.read(h[10] + h[11])
            raw = self.fp.read(info.compress_size)
        if info.compress_type == ZIP_STORED:
            data = raw
        elif info.compress_type == ZIP_DEFLATED:
            data = zlib.decompressobj(-15).decompress(raw)
        else:
            _check_compression(info.compress_type)
        if len(data) != info.file_size or (binascii.crc32(data) & 0xFFFFFFFF) != info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        return data

    def read(self, name, pwd=None):
        """The bytes of member name (a name or a ZipInfo)."""
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        return self._member_bytes(info, pwd)

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A binary stream over member name: its bytes for mode 'r', a
        writer whose bytes become the member when it is closed for 'w'."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if mode == "w":
            self._check_open(writing=True)
            if self.mode == "r":
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            info = name if isinstance(name, ZipInfo) else ZipInfo(
                name, time.localtime(time.time())[:6])
            if not isinstance(name, ZipInfo):
                info.compress_type = self.compression
                info._compresslevel = self.compresslevel
            return _MemberWriter(self, info)
        self._check_open()
        if self.mode != "r" and self.fp is None:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        return _MemberReader(self._member_bytes(
            name if isinstance(name, ZipInfo) else self.getinfo(name), pwd), name)

    def testzip(self):
        """The name of the first member whose CRC does not check, or None."""
        for info in self.filelist:
            try:
                self._member_bytes(info)
            except BadZipFile:
                return info.filename
        return None

    def _write_member(self, info, data):
        with self._lock:
            self._check_open(writing=True)
            if self.mode == "r":
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            if info.filename in self.NameToInfo:
                import warnings
                warnings.warn("Duplicate name: %r" % info.filename, UserWarning, stacklevel=3)
            _check_compression(info.compress_type)
            info.file_size = len(data)
            info.CRC = binascii.crc32(data) & 0xFFFFFFFF
            if info.compress_type == ZIP_DEFLATED:
                level = info._compresslevel
                c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
                payload = c.compress(data) + c.flush()
            else:
                payload = data
            info.compress_size = len(payload)
            if max(info.file_size, info.compress_size, self._start_dir) > _ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            info.header_offset = self._start_dir
            name, flags = info._encoded_name()
            info.flag_bits = flags
            if info.compress_type == ZIP_DEFLATED:
                info.extract_version = max(info.extract_version, 20)
            dosdate, dostime = info._dos_time()
            header = _LOCAL.pack(_LOCAL_SIG, info.extract_version, info.reserved,
                                 info.flag_bits, info.compress_type, dostime, dosdate,
                                 info.CRC, info.compress_size, info.file_size,
                                 len(name), len(info.extra))
            self.fp.seek(self._start_dir)
            self.fp.write(header + name + info.extra + payload)
            self._start_dir = self.fp.tell()
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self._modified = True

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member named zinfo_or_arcname (or described by a ZipInfo)
        holding data (bytes, or str encoded as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename.endswith("/"):
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        self._write_member(info, bytes(data))

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or directory) filename, named arcname."""
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_type = ZIP_STORED
            data = b""
        else:
            info.compress_type = self.compression if compress_type is None else compress_type
            info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
            with io.open(filename, "rb") as f:
                data = f.read()
        self._write_member(info, data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
        else:
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        self._write_member(info, b"")

    def extract(self, member, path=None, pwd=None):
        """Extract member below path (the current directory by default),
        returning the path written."""
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        return self._extract(info, os.getcwd() if path is None else os.fspath(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract every member (or those named in members) below path."""
        base = os.getcwd() if path is None else os.fspath(path)
        for m in (self.filelist if members is None else members):
            self._extract(m if isinstance(m, ZipInfo) else self.getinfo(m), base, pwd)

    def _extract(self, info, base, pwd):
        # Names are made safe as CPython makes them: no absolute paths, no
        # drive letters, no '..' components.
        arcname = info.filename.replace("/", os.sep)
        if os.altsep:
            arcname = arcname.replace(os.altsep, os.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [x for x in arcname.split(os.sep) if x not in ("", os.curdir, os.pardir)]
        target = os.path.join(base, *parts) if parts else base
        target = os.path.normpath(target)
        parent = os.path.dirname(target)
        if parent and not os.path.isdir(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with io.open(target, "wb") as f:
            f.write(self._member_bytes(info, pwd))
        return target

    def _write_directory(self):
        self.fp.seek(self._start_dir)
        out = []
        for info in self.filelist:
            name, flags = info._encoded_name()
            dosdate, dostime = info._dos_time()
            out.append(_CENTRAL.pack(_CENTRAL_SIG, info.create_version, info.create_system,
                                     info.extract_version, info.reserved, flags,
                                     info.compress_type, dostime, dosdate, info.CRC,
                                     info.compress_size, info.file_size, len(name),
                                     len(info.extra), len(info.comment), 0,
                                     info.internal_attr, info.external_attr,
                                     info.header_offset))
            out.append(name + info.extra + info.comment)
        directory = b"".join(out)
        count = len(self.filelist)
        if count > 0xFFFF or self._start_dir > _ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        end = _END.pack(_END_SIG, 0, 0, count, count, len(directory), self._start_dir,
                        len(self._comment))
        self.fp.write(directory + end + self._comment)
        self.fp.truncate()
        self.fp.flush()

    def close(self):
        """Write the central directory when anything changed, and close
        the file (when this object opened it)."""
        with self._lock:
            if self.fp is None:
                return
            try:
                if self.mode in ("w", "x", "a") and self._modified:
                    self._write_directory()
            finally:
                self._close_fp()

    def _close_fp(self):
        fp, self.fp = self.fp, None
        if fp is not None and self._own_fp:
            fp.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _MemberReader(io.BytesIO):
    """A member opened for reading: its bytes, with the name it was
    opened by."""

    def __init__(self, data, name):
        super().__init__(data)
        self.name = name.filename if isinstance(name, ZipInfo) else name

    def writable(self):
        return False

    def write(self, b):
        raise io.UnsupportedOperation("write")


class _MemberWriter(io.BytesIO):
    """A member opened for writing: its bytes are collected and become
    the member when the stream is closed."""

    def __init__(self, zf, info):
        super().__init__()
        self._zf = zf
        self._info = info
        self._done = False

    def readable(self):
        return False

    def close(self):
        if not self._done:
            self._done = True
            self._zf._write_member(self._info, self.getvalue())
        super().close()


def is_zipfile(filename):
    """Whether filename (a path or a binary file object) is a ZIP archive,
    judged by its end record."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                _find_end(filename)
            finally:
                filename.seek(pos)
            return True
        with io.open(filename, "rb") as fp:
            _find_end(fp)
        return True
    except (OSError, BadZipFile):
        return False
