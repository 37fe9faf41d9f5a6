# zlib, gzip, binascii and base64.
import base64
import binascii
import gzip
import io
import os
import random
import tempfile
import threading
import zlib

r = random.Random(7)
samples = [b"", b"a", b"gilfree " * 20, bytes(range(256)) * 4,
           bytes(r.randrange(256) for _ in range(3000))]

# zlib: round trips in every container, checksums, CPython's own output.
for d in samples:
    for wbits in (15, 9, -15, -9, 31, 25):
        for level in (-1, 0, 1, 6, 9):
            c = zlib.compress(d, level, wbits)
            assert zlib.decompress(c, wbits) == d
            if wbits > 0 and wbits < 16:
                assert zlib.decompress(c, 47) == d   # auto-detect
            if wbits > 16:
                assert zlib.decompress(c, 47) == d
    assert zlib.decompress(zlib.compress(d)) == d
    assert zlib.decompress(bytearray(zlib.compress(bytearray(d)))) == d
d = b"gilfree " * 20
assert zlib.decompress(b'x\x9cK\xcf\xccI+JMUH\x1f\xa44\x00\xe7\xa6;\xd9') == d
assert zlib.decompress(b'K\xcf\xccI+JMUH\x1f\xa44\x00', -15) == d
assert zlib.compress(b"abc")[:2] == b"x\x9c"
assert zlib.crc32(b"hello world") == 222957957
assert zlib.crc32(b"world", zlib.crc32(b"hello ")) == 222957957
assert zlib.crc32(b"") == 0 and zlib.crc32(b"", -1) == 4294967295
assert zlib.adler32(b"hello world") == 436929629
assert zlib.adler32(b"world", zlib.adler32(b"hello ")) == 436929629
assert zlib.adler32(b"") == 1 and zlib.adler32(b"x" * 100000) == 2116691386
for bad, msg in [(b"xx", "Error -3 while decompressing data: incorrect header check"),
                 (zlib.compress(d)[:10], "Error -5 while decompressing data: incomplete or truncated stream")]:
    try:
        zlib.decompress(bad)
        raise AssertionError
    except zlib.error as e:
        assert str(e) == msg, str(e)
try:
    zlib.compress(b"", 10)
    raise AssertionError
except zlib.error as e:
    assert str(e) == "Bad compression level"
try:
    zlib.compress("text")
    raise AssertionError
except TypeError as e:
    assert str(e) == "a bytes-like object is required, not 'str'"
assert zlib.MAX_WBITS == 15 and zlib.Z_BEST_COMPRESSION == 9

# Streaming objects.
big = samples[-1] * 3
co = zlib.compressobj(9)
parts = [co.compress(big[i:i + 1000]) for i in range(0, len(big), 1000)]
parts.append(co.flush())
c = b"".join(parts)
assert zlib.decompress(c) == big
do = zlib.decompressobj()
out = b"".join(do.decompress(c[i:i + 333]) for i in range(0, len(c), 333))
out += do.flush()
assert out == big and do.eof and do.unused_data == b""
do = zlib.decompressobj()
assert do.decompress(c + b"tail") == big and do.unused_data == b"tail"
assert do.eof
do = zlib.decompressobj()
chunk = do.decompress(c, 100)
assert len(chunk) == 100 and big.startswith(chunk)
assert chunk + do.flush() == big

# binascii.
assert binascii.hexlify(b"\x01\xab") == b"01ab"
assert binascii.b2a_hex(b"\x01\xab\xcd", "-") == b"01-ab-cd"
assert binascii.hexlify(b"\x01\xab\xcd\xef", b":", 2) == b"01ab:cdef"
assert binascii.unhexlify("01AB") == b"\x01\xab" == binascii.a2b_hex(b"01ab")
assert binascii.b2a_base64(b"abcd") == b"YWJjZA==\n"
assert binascii.b2a_base64(b"abcd", newline=False) == b"YWJjZA=="
assert binascii.a2b_base64(b"YWJj\nZA==\n") == b"abcd"
assert binascii.a2b_base64("YWJjZA==trailing") == b"abcd"
assert binascii.crc32(b"hello world") == 222957957
assert binascii.crc_hqx(b"123456789", 0) == 0x31c3
assert binascii.crc_hqx(b"123456789", 0xffff) == 0x29b1
for fn, arg, msg in [(binascii.unhexlify, "abc", "Odd-length string"),
                     (binascii.unhexlify, "zz", "Non-hexadecimal digit found"),
                     (binascii.a2b_base64, "YWJ", "Incorrect padding"),
                     (binascii.a2b_base64, "YWJjZ", "Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")]:
    try:
        fn(arg)
        raise AssertionError
    except binascii.Error as e:
        assert str(e) == msg, str(e)
assert issubclass(binascii.Error, ValueError)
try:
    binascii.a2b_base64("é")
    raise AssertionError
except ValueError as e:
    assert str(e) == "string argument should contain only ASCII characters"

# base64: known values and round trips over random data.
assert base64.b64encode(b"gilfree") == b"Z2lsZnJlZQ=="
assert base64.b64decode("Z2lsZnJlZQ==") == b"gilfree"
assert base64.urlsafe_b64encode(b"\xfb\xff\xfe") == b"-__-"
assert base64.urlsafe_b64decode("-__-") == b"\xfb\xff\xfe"
assert base64.b64encode(b"\xfb\xff", altchars=b"-_") == b"-_8="
assert base64.b32encode(b"foob") == b"MZXW6YQ="
assert base64.b32decode("mzxw6yq=", casefold=True) == b"foob"
assert base64.b32hexencode(b"foob") == b"CPNMUOG="
assert base64.b16encode(b"\x01\xab") == b"01AB"
assert base64.b16decode("01ab", casefold=True) == b"\x01\xab"
assert base64.a85encode(b"gilfree\0\0\0\0") == b"B5)0oEb/e^!!!!"
assert base64.a85encode(b"hi", adobe=True) == b"<~BP@~>"
assert base64.b85encode(b"gilfree") == b"XK8F^a%E)"
assert base64.encodebytes(b"x" * 60) == b"eHh4" * 19 + b"\neHh4\n"
for n in range(0, 40):
    data = bytes(r.randrange(256) for _ in range(n))
    for enc, dec in [(base64.b64encode, base64.b64decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode),
                     (base64.a85encode, base64.a85decode),
                     (base64.b85encode, base64.b85decode),
                     (base64.encodebytes, base64.decodebytes)]:
        assert dec(enc(data)) == data, (enc.__name__, data)
for fn, arg, exc, msg in [
        (base64.b64decode, "YWJj ZA==", binascii.Error, None),
        (base64.b32decode, "MZXW6", binascii.Error, "Incorrect padding"),
        (base64.b16decode, "0g", binascii.Error, "Non-base16 digit found"),
        (base64.b85decode, 'ab"c', ValueError, "bad base85 character at position 2"),
        (base64.a85decode, "abc{", ValueError, "Non-Ascii85 digit found: {"),
        (base64.b64encode, "text", TypeError, "a bytes-like object is required, not 'str'")]:
    try:
        if fn is base64.b64decode:
            fn(arg, validate=True)
        else:
            fn(arg)
        raise AssertionError(arg)
    except exc as e:
        assert msg is None or str(e) == msg, str(e)

# gzip: one-shot, multi-member, files in binary and text modes.
assert gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xcf\xccI+JMUH\x1f\xa44\x001\x8f\x99\x96\xa0\x00\x00\x00') == d
g = gzip.compress(big, mtime=0)
assert g[:4] == b"\x1f\x8b\x08\x00" and g[4:8] == b"\0\0\0\0"
assert gzip.decompress(g) == big and gzip.decompress(g + g) == big + big
try:
    gzip.decompress(b"not gzip")
    raise AssertionError
except gzip.BadGzipFile as e:
    assert str(e) == "Not a gzipped file (b'no')"
try:
    gzip.decompress(g[:-20])
    raise AssertionError
except EOFError:
    pass
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "x.txt.gz")
    with gzip.open(path, "wb") as f:
        assert f.write(b"line one\n") == 9
        f.write(b"line two\n")
    with open(path, "rb") as f:
        raw = f.read()
    assert raw[:2] == b"\x1f\x8b" and b"x.txt\0" in raw[:20]
    with gzip.open(path) as f:
        assert f.readline() == b"line one\n"
        assert f.read() == b"line two\n"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        assert list(f) == ["line one\n", "line two\n"]
    with gzip.open(path, "wt") as f:
        f.write("héllo\n")
    with gzip.GzipFile(path) as f:
        assert f.read() == "héllo\n".encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as f:
        f.write(b"in memory")
    assert gzip.decompress(buf.getvalue()) == b"in memory"
    try:
        gzip.open(path, "rb", encoding="utf-8")
        raise AssertionError
    except ValueError as e:
        assert str(e) == "Argument 'encoding' not supported in binary mode"

# Many threads compressing and checksumming at once.
errors = []
def worker(seed):
    rr = random.Random(seed)
    for _ in range(20):
        data = bytes(rr.randrange(256) for _ in range(rr.randrange(500)))
        if zlib.decompress(zlib.compress(data)) != data:
            errors.append(seed)
        if base64.b64decode(base64.b64encode(data)) != data:
            errors.append(seed)
        if gzip.decompress(gzip.compress(data)) != data:
            errors.append(seed)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert errors == []
print("zlib gzip binascii base64 ok")
