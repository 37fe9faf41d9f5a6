# hashlib: the digests, new() by name, update/digest/hexdigest/copy,
# attributes, argument errors, and one object updated by many threads.
import hashlib
import threading

known = {
    "md5": "900150983cd24fb0d6963f7d28e17f72",
    "sha1": "a9993e364706816aba3e25717850c26c9cd0d89d",
    "sha224": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
    "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "sha384": "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
              "8086072ba1e7cc2358baeca134c825a7",
    "sha512": "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
              "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    "sha3_256": "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
}
for name, hexd in known.items():
    h = getattr(hashlib, name)(b"abc")
    assert h.hexdigest() == hexd, name
    assert h.digest() == bytes.fromhex(hexd)
    assert h.name == name and h.digest_size == len(hexd) // 2
    assert hashlib.new(name, b"abc").hexdigest() == hexd
    if not name.startswith("sha3"):
        assert hashlib.new(name.upper(), data=b"abc").hexdigest() == hexd
    h2 = getattr(hashlib, name)()
    h2.update(b"a")
    c = h2.copy()
    h2.update(b"bc")
    c.update(bytearray(b"b"))
    c.update(b"c")
    assert h2.hexdigest() == c.hexdigest() == hexd
assert hashlib.md5().hexdigest() == "d41d8cd98f00b204e9800998ecf8427e"
assert hashlib.sha256(b"").block_size == 64 and hashlib.sha512().block_size == 128
assert hashlib.md5(string=b"abc").hexdigest() == known["md5"]
assert hashlib.md5(b"abc", usedforsecurity=False).hexdigest() == known["md5"]
assert hashlib.shake_128(b"x").hexdigest(8) == "e472c5e394f30ff8"
assert len(hashlib.shake_256(b"x").digest(100)) == 100
for n, exc in [(2 ** 40, MemoryError), (2 ** 70, OverflowError)]:
    try:
        hashlib.shake_128().digest(n)
    except exc:
        pass
    else:
        raise AssertionError(n)
h = hashlib.sha1(b"x")
assert h.digest() == h.digest()  # reading a digest leaves the state alone
assert repr(h).startswith("<sha1 _hashlib.HASH object @ 0x")
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    assert name in hashlib.algorithms_guaranteed and name in hashlib.algorithms_available
try:
    hashlib.sha256("text")
except TypeError as e:
    assert str(e) == "Strings must be encoded before hashing"
else:
    raise AssertionError
try:
    hashlib.new("SHA3_256")
except ValueError as e:
    assert str(e) == "unsupported hash type SHA3_256"
else:
    raise AssertionError
try:
    hashlib.new("nope")
except ValueError as e:
    assert str(e) == "unsupported hash type nope"
else:
    raise AssertionError
try:
    hashlib.md5().update(5)
except TypeError:
    pass
else:
    raise AssertionError

shared = hashlib.sha256()


def feed():
    for _ in range(200):
        shared.update(b"0123456789")


ts = [threading.Thread(target=feed) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert shared.hexdigest() == hashlib.sha256(b"0123456789" * 800).hexdigest()
print(hashlib.md5(b"gilfree").hexdigest())
print("hashlib ok")
