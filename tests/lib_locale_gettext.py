# locale (the C locale), gettext over a .mo catalog made here, getpass.getuser.
import getpass
import gettext
import locale
import os
import struct
import tempfile
import threading

# locale
assert locale.setlocale(locale.LC_ALL, "C") == "C"
assert locale.setlocale(locale.LC_NUMERIC) == "C"
assert locale.localeconv()["decimal_point"] == "."
assert locale.localeconv()["grouping"] == [] and locale.localeconv()["thousands_sep"] == ""
assert locale.format_string("%.2f|%d", (3.14159, 42)) == "3.14|42"
assert locale.format_string("%d", 1234567, grouping=True) == "1234567"
assert locale.str(1.5) == "1.5" and locale.atof("2.5") == 2.5 and locale.atoi("17") == 17
assert locale.strcoll("a", "b") < 0 and locale.strxfrm("abc") == "abc"
assert locale.getpreferredencoding(False).upper().replace("-", "") in ("UTF8", "ANSI_X3.41968")
try:
    locale.setlocale(locale.LC_ALL, "xx_NOWHERE.UTF-8")
    raise AssertionError
except locale.Error as e:
    assert str(e) == "unsupported locale setting"
try:
    locale.currency(1.0)
    raise AssertionError
except ValueError as e:
    assert str(e) == "Currency formatting is not possible using the 'C' locale."
locale.setlocale(locale.LC_ALL, "C")

# gettext: write a .mo file with a header, a plain message, a plural
# message and one with a context, then read it back.
def write_mo(path, messages):
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        v = messages[k]
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412de, 0, len(keys), 7 * 4,
                      7 * 4 + len(keys) * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets)
    out += struct.pack("%di" % len(voffsets), *voffsets)
    with open(path, "wb") as f:
        f.write(out + ids + strs)

tmp = tempfile.mkdtemp()
msgdir = os.path.join(tmp, "de", "LC_MESSAGES")
os.makedirs(msgdir)
write_mo(os.path.join(msgdir, "app.mo"), {
    b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
    b"Hello": "Hallo Welt – grüß dich".encode(),
    b"file\0files": b"Datei\0Dateien",
    b"menu\x04Open": b"\xc3\x96ffnen",
})
t = gettext.translation("app", tmp, languages=["de_DE.UTF-8", "de"])
assert isinstance(t, gettext.GNUTranslations)
assert t.gettext("Hello") == "Hallo Welt – grüß dich" and t.gettext("Missing") == "Missing"
assert t.ngettext("file", "files", 1) == "Datei" and t.ngettext("file", "files", 3) == "Dateien"
assert t.ngettext("dog", "dogs", 2) == "dogs"
assert t.pgettext("menu", "Open") == "Öffnen" and t.pgettext("other", "Open") == "Open"
assert t.info()["content-type"] == "text/plain; charset=UTF-8" and t.charset() == "UTF-8"
assert gettext.find("app", tmp, ["fr", "de"]).endswith(os.path.join("de", "LC_MESSAGES", "app.mo"))
assert gettext.find("app", tmp, ["fr"]) is None
n = gettext.translation("app", tmp, languages=["fr"], fallback=True)
assert type(n) is gettext.NullTranslations and n.ngettext("a", "b", 2) == "b"
try:
    gettext.translation("app", tmp, languages=["fr"])
    raise AssertionError
except FileNotFoundError:
    pass
gettext.bindtextdomain("app", tmp)
gettext.textdomain("app")
os.environ["LANGUAGE"] = "de"
assert gettext.gettext("Hello").startswith("Hallo")
assert gettext.dngettext("app", "file", "files", 5) == "Dateien"
assert gettext.dgettext("nodomain", "Hello") == "Hello"
n.add_fallback(t)
assert n.gettext("Hello").startswith("Hallo")
for expr, values in [("n != 1", {0: 1, 1: 0, 2: 1}),
                     ("n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
                      {1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 112: 2}),
                     ("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
                      {0: 0, 1: 1, 2: 2, 5: 3, 50: 4, 102: 5})]:
    f = gettext.c2py(expr)
    assert {k: f(k) for k in values} == values, expr
try:
    gettext.c2py("n; import os")
    raise AssertionError
except ValueError:
    pass
got = []
def reader():
    for _ in range(50):
        got.append(gettext.translation("app", tmp, languages=["de"]).ngettext("file", "files", 2))
ts = [threading.Thread(target=reader) for _ in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
assert got == ["Dateien"] * 200
import shutil
shutil.rmtree(tmp)

# getpass
os.environ["LOGNAME"] = "gf-user"
assert getpass.getuser() == "gf-user"
assert issubclass(getpass.GetPassWarning, UserWarning)
print("locale gettext getpass ok")
