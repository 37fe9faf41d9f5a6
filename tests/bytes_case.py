"""bytes and bytearray upper() and lower() change ASCII letters only:
other bytes (UTF-8 sequences, Latin-1 letters, invalid UTF-8) stay as
they are."""

for typ in (bytes, bytearray):
    data = typ("Ünïcode Straße é".encode("utf-8") + b"\xe9\xff\x00azAZ")
    up, low = data.upper(), data.lower()
    assert type(up) is typ and type(low) is typ
    print(typ.__name__, bytes(up), bytes(low))
    assert len(up) == len(data) == len(low)
    for a, b, c in zip(data, up, low):
        if 0x61 <= a <= 0x7a:
            assert b == a - 32 and c == a
        elif 0x41 <= a <= 0x5a:
            assert c == a + 32 and b == a
        else:
            assert a == b == c
print("bytes case ok")
