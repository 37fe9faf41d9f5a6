# mimetypes: the built-in table (init with no files), a mime.types file,
# data: URLs, compression suffixes, the reverse lookup.
import mimetypes
import os
import tempfile

mimetypes.init([])
for name, want in [("a.html", ("text/html", None)), ("b.HTM", ("text/html", None)),
                   ("c.css", ("text/css", None)), ("d.json", ("application/json", None)),
                   ("e.png", ("image/png", None)), ("f.jpg", ("image/jpeg", None)),
                   ("g.pdf", ("application/pdf", None)), ("h.txt", ("text/plain", None)),
                   ("i.csv", ("text/csv", None)), ("j.zip", ("application/zip", None)),
                   ("k.svg", ("image/svg+xml", None)), ("l.mp3", ("audio/mpeg", None)),
                   ("a.tar.gz", ("application/x-tar", "gzip")), ("x.tgz", ("application/x-tar", "gzip")),
                   ("x.svgz", ("image/svg+xml", "gzip")), ("f.txt.bz2", ("text/plain", "bzip2")),
                   ("z.gz", (None, "gzip")), ("noext", (None, None)),
                   ("/path/to/file.tar.xz", ("application/x-tar", "xz")),
                   ("http://host/x.PDF", ("application/pdf", None)),
                   ("http://x/a.json?q", (None, None)),
                   ("data:text/plain;base64,xx", ("text/plain", None)),
                   ("data:foo,x", ("text/plain", None)), ("data:x", (None, None))]:
    assert mimetypes.guess_type(name) == want, (name, mimetypes.guess_type(name))
assert mimetypes.guess_type("a.rtf", strict=False) == ("application/rtf", None)
assert mimetypes.guess_extension("text/plain") == ".txt"
assert mimetypes.guess_extension("image/jpeg") == ".jpg"
assert mimetypes.guess_all_extensions("image/jpeg")[:3] == [".jpg", ".jpe", ".jpeg"]
assert mimetypes.guess_extension("TEXT/HTML") == ".html"
assert mimetypes.guess_extension("application/x-nothing") is None
assert mimetypes.guess_extension("image/jpg", strict=False) == ".jpg"
assert mimetypes.types_map[".png"] == "image/png" and mimetypes.encodings_map[".gz"] == "gzip"
assert mimetypes.suffix_map[".tgz"] == ".tar.gz"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mime.types")
    with open(path, "w") as f:
        f.write("# comment\napplication/x-gilfree gfx gfy\n\ntext/x-thing thing # trailing\n")
    read = mimetypes.read_mime_types(path)
    assert read[".gfx"] == read[".gfy"] == "application/x-gilfree"
    assert read[".thing"] == "text/x-thing" and read[".png"] == "image/png"
    assert mimetypes.read_mime_types(os.path.join(tmp, "missing")) is None
    m = mimetypes.MimeTypes([path])
    assert m.guess_type("a.gfy") == ("application/x-gilfree", None)
    assert m.guess_all_extensions("application/x-gilfree") == [".gfx", ".gfy"]
    assert mimetypes.guess_type("a.gfx") == (None, None)
    mimetypes.init([path])
    assert mimetypes.guess_type("b.thing") == ("text/x-thing", None)
mimetypes.add_type("application/x-added", ".added")
assert mimetypes.guess_type("x.added") == ("application/x-added", None)
assert mimetypes.guess_extension("application/x-added") == ".added"
assert mimetypes.inited
print("mimetypes ok")
