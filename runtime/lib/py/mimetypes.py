"""Guessing the MIME type of a file from its name, and the extension of
a MIME type.

A MimeTypes database starts from a built-in table of common types
(below) and, for the module-level functions, adds the mime.types files
of the system (knownfiles), as CPython's module does, so both answer
alike on one machine. The module's database is made once, under a lock;
after that it is only read unless add_type changes it.
"""

import os
import posixpath
import _thread

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type",
           "guess_all_extensions", "guess_extension", "add_type", "init",
           "read_mime_types", "suffix_map", "encodings_map", "types_map",
           "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None
_lock = _thread.RLock()

# Compressed forms of other extensions, and the encodings of compressed
# files.
_suffix_map_default = {'.svgz': '.svg.gz', '.tgz': '.tar.gz',
                       '.taz': '.tar.gz', '.tz': '.tar.gz',
                       '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
_encodings_map_default = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                          '.xz': 'xz', '.br': 'br'}

# The built-in table: for each type, its extensions, the preferred one
# first.
_default_types = [
    ('application/javascript', '.js', '.mjs'),
    ('application/json', '.json'),
    ('application/manifest+json', '.webmanifest'),
    ('application/msword', '.doc', '.dot', '.wiz'),
    ('application/octet-stream', '.bin', '.a', '.dll', '.exe', '.o',
     '.obj', '.so'),
    ('application/pdf', '.pdf'),
    ('application/pkcs7-mime', '.p7c'),
    ('application/postscript', '.ps', '.ai', '.eps'),
    ('application/vnd.apple.mpegurl', '.m3u', '.m3u8'),
    ('application/vnd.ms-excel', '.xls', '.xlb'),
    ('application/vnd.ms-powerpoint', '.ppt', '.pot', '.ppa', '.pps',
     '.pwz'),
    ('application/wasm', '.wasm'),
    ('application/x-bcpio', '.bcpio'),
    ('application/x-cpio', '.cpio'),
    ('application/x-csh', '.csh'),
    ('application/x-dvi', '.dvi'),
    ('application/x-gtar', '.gtar'),
    ('application/x-hdf', '.hdf'),
    ('application/x-hdf5', '.h5'),
    ('application/x-latex', '.latex'),
    ('application/x-mif', '.mif'),
    ('application/x-netcdf', '.cdf', '.nc'),
    ('application/x-pkcs12', '.p12', '.pfx'),
    ('application/x-pn-realaudio', '.ram'),
    ('application/x-python-code', '.pyc', '.pyo'),
    ('application/x-sh', '.sh'),
    ('application/x-shar', '.shar'),
    ('application/x-shockwave-flash', '.swf'),
    ('application/x-sv4cpio', '.sv4cpio'),
    ('application/x-sv4crc', '.sv4crc'),
    ('application/x-tar', '.tar'),
    ('application/x-tcl', '.tcl'),
    ('application/x-tex', '.tex'),
    ('application/x-texinfo', '.texi', '.texinfo'),
    ('application/x-troff', '.roff', '.t', '.tr'),
    ('application/x-troff-man', '.man'),
    ('application/x-troff-me', '.me'),
    ('application/x-troff-ms', '.ms'),
    ('application/x-ustar', '.ustar'),
    ('application/x-wais-source', '.src'),
    ('application/xml', '.xsl', '.rdf', '.wsdl', '.xpdl'),
    ('application/zip', '.zip'),
    ('audio/3gpp', '.3gp', '.3gpp'),
    ('audio/3gpp2', '.3g2', '.3gpp2'),
    ('audio/aac', '.aac', '.adts', '.loas', '.ass'),
    ('audio/basic', '.au', '.snd'),
    ('audio/mpeg', '.mp3', '.mp2'),
    ('audio/opus', '.opus'),
    ('audio/x-aiff', '.aif', '.aifc', '.aiff'),
    ('audio/x-pn-realaudio', '.ra'),
    ('audio/x-wav', '.wav'),
    ('image/avif', '.avif'),
    ('image/bmp', '.bmp'),
    ('image/gif', '.gif'),
    ('image/ief', '.ief'),
    ('image/jpeg', '.jpg', '.jpe', '.jpeg'),
    ('image/heic', '.heic'),
    ('image/heif', '.heif'),
    ('image/png', '.png'),
    ('image/svg+xml', '.svg'),
    ('image/tiff', '.tiff', '.tif'),
    ('image/vnd.microsoft.icon', '.ico'),
    ('image/x-cmu-raster', '.ras'),
    ('image/x-portable-anymap', '.pnm'),
    ('image/x-portable-bitmap', '.pbm'),
    ('image/x-portable-graymap', '.pgm'),
    ('image/x-portable-pixmap', '.ppm'),
    ('image/x-rgb', '.rgb'),
    ('image/x-xbitmap', '.xbm'),
    ('image/x-xpixmap', '.xpm'),
    ('image/x-xwindowdump', '.xwd'),
    ('message/rfc822', '.eml', '.mht', '.mhtml', '.nws'),
    ('text/css', '.css'),
    ('text/csv', '.csv'),
    ('text/html', '.html', '.htm'),
    ('text/markdown', '.md', '.markdown'),
    ('text/plain', '.txt', '.bat', '.c', '.h', '.ksh', '.pl', '.srt'),
    ('text/richtext', '.rtx'),
    ('text/tab-separated-values', '.tsv'),
    ('text/vtt', '.vtt'),
    ('text/x-python', '.py'),
    ('text/x-setext', '.etx'),
    ('text/x-sgml', '.sgm', '.sgml'),
    ('text/x-vcard', '.vcf'),
    ('text/xml', '.xml'),
    ('video/mp4', '.mp4'),
    ('video/mpeg', '.mpeg', '.m1v', '.mpa', '.mpe', '.mpg'),
    ('video/quicktime', '.mov', '.qt'),
    ('video/webm', '.webm'),
    ('video/x-msvideo', '.avi'),
    ('video/x-sgi-movie', '.movie'),
]

# Types that are common but not registered with IANA (strict=False).
_common_types_default = [
    ('application/rtf', '.rtf'),
    ('audio/midi', '.midi', '.mid'),
    ('image/jpg', '.jpg'),
    ('image/pict', '.pict', '.pct', '.pic'),
    ('image/webp', '.webp'),
    ('text/xul', '.xul'),
]


def _table(pairs):
    return {ext: t for t, *exts in pairs for ext in exts}


class MimeTypes:
    """A database of MIME types and their extensions, read from the
    built-in table and from any mime.types files given."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self._lock = _thread.RLock()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for t, *exts in _default_types:
            for ext in exts:
                self.add_type(t, ext, True)
        for t, *exts in _common_types_default:
            for ext in exts:
                self.add_type(t, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to type."""
        with self._lock:
            self.types_map[strict][ext] = type
            exts = self.types_map_inv[strict].setdefault(type, [])
            if ext not in exts:
                exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of the file url names: type None when
        unknown, encoding the compression ('gzip', ...) or None. A data:
        URL gives its own type."""
        url = os.fspath(url)
        colon = url.find(':')
        if colon > 0 and '/' not in url[:colon]:
            scheme, rest = url[:colon].lower(), url[colon + 1:]
            if scheme == 'data':
                comma = rest.find(',')
                if comma < 0:
                    return None, None
                semi = rest.find(';', 0, comma)
                t = rest[:semi] if semi >= 0 else rest[:comma]
                if '=' in t or '/' not in t:
                    t = 'text/plain'
                return t, None
            url = rest
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(
                base + self.suffix_map[ext.lower()])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        for table in (self.types_map[True],) if strict else (
                self.types_map[True], self.types_map[False]):
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, the preferred first."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The preferred extension of type (with its dot), or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: lines of a type and
        its extensions, without dots; '#' starts a comment."""
        for line in fp:
            words = line.split('#', 1)[0].split()
            if len(words) < 2:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)


def init(files=None):
    """Make the module's database: the built-in table and the mime.types
    files (knownfiles when files is None)."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    with _lock:
        inited = True
        db = MimeTypes()
        for name in (knownfiles if files is None else files):
            if os.path.isfile(name):
                try:
                    db.read(name)
                except (OSError, UnicodeDecodeError):
                    pass
        encodings_map = db.encodings_map
        suffix_map = db.suffix_map
        types_map = db.types_map[True]
        common_types = db.types_map[False]
        _db = db


def _database():
    db = _db
    if db is None:
        init()
        db = _db
    return db


def read_mime_types(file):
    """The types of one mime.types file as a dict, or None if it cannot
    be read."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def guess_type(url, strict=True):
    """(type, encoding) of the file url names; see MimeTypes."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension of type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map ext to type in the module's database."""
    return _database().add_type(type, ext, strict)


suffix_map = _suffix_map_default.copy()
encodings_map = _encodings_map_default.copy()
types_map = _table(_default_types)
common_types = _table(_common_types_default)
