package syntax

import (
	"errors"

	"gilfree/internal/codecs"
)

// A coding declaration can name any codec of gilfree/internal/codecs
// (Python's names and aliases for UTF-8, ASCII, latin-1 and the
// single-byte code pages) except UTF-16 and UTF-32, which could not
// decode a NUL-free file anyway and are reported as unknown encodings,
// as are the codecs gilfree lacks (the CJK multi-byte ones, rarer code
// pages).

// codec decodes a whole source file.
type codec struct{ c *codecs.Codec }

// lookupCodec finds a codec by any of its Python names.
func lookupCodec(name string) (codec, bool) {
	c, ok := codecs.Lookup(name)
	if !ok || c.Wide() {
		return codec{}, false
	}
	return codec{c}, true
}

// binary reports a bytes-to-bytes codec, not usable for source.
func (c codec) binary() bool { return c.c.Binary() }

// name is the codec's name in Python's error messages.
func (c codec) name() string { return c.c.Name() }

var errStop = errors.New("stop")

// decode decodes a whole file. On failure it returns the offset of the
// first byte that cannot be decoded and Python's reason.
func (c codec) decode(text string) (string, int, string) {
	bad, why := -1, ""
	out, err := c.c.Decode([]byte(text), false, func(start, _ int, reason string) (string, int, error) {
		bad, why = start, reason
		return "", 0, errStop
	})
	if err != nil {
		if c.name() == "utf-8" {
			why = ""
		}
		return "", bad, why
	}
	return out, -1, ""
}
