package syntax

import (
	"bytes"
	"fmt"
	"strings"
)

// This file turns a source file's bytes into text, as CPython 3.11 does
// when compile() is given bytes (which is what `python3 -m ast` and
// importlib do):
//
//  1. Bytes holding a NUL are refused.
//  2. A UTF-8 byte order mark is dropped.
//  3. A PEP 263 coding declaration is looked for in the first line, and in
//     the second when the first is blank or only a comment: a comment line
//     holding "coding:" or "coding=" followed by a name of ASCII letters,
//     digits, '-', '_' and '.'. Only lines ended by a line break count.
//  4. The name is normalized as CPython's tokenizer does: "utf-8" and
//     names starting "utf-8-" (in any case, '_' for '-') mean UTF-8, the
//     latin-1 family means "iso-8859-1". With a byte order mark, the
//     declaration must say UTF-8.
//  5. Text that declares no encoding, or UTF-8 by that spelling, is used
//     as it is, without checking: CPython reports bad UTF-8 only where a
//     token holding it is decoded (a string literal, an identifier; bytes
//     in comments are never looked at), so the scanner and the literal
//     decoders report it (see CheckUTF8). Any other declared encoding
//     (including the spellings "utf8" and "u8" of UTF-8) decodes the whole
//     file up front, and an error names the codec and the byte offset.
//
// DecodeSource leaves line breaks as they are ("\r\n" and "\r" included);
// the scanner reads all three as a line break, and the literal decoders
// read them as "\n", as CPython's translation of line breaks would. Error
// positions that CPython counts after that translation are counted the
// same way here.

const utf8BOM = "\xef\xbb\xbf"

// DecodeSource returns the text of a Python source file. Errors are
// *SyntaxError values worded as CPython's; they have no line (Lineno 0,
// which CPython prints as "line 0"), except that the error for a NUL byte
// has no file name either, as in CPython.
func DecodeSource(filename string, src []byte) (string, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return "", &SyntaxError{Msg: "source code string cannot contain null bytes"}
	}
	text := string(src)
	bom := strings.HasPrefix(text, utf8BOM)
	if bom {
		text = text[len(utf8BOM):]
	}
	enc := codingDeclaration(text)
	fail := func(format string, args ...any) (string, error) {
		return "", &SyntaxError{Msg: fmt.Sprintf(format, args...), Filename: filename}
	}
	if bom && enc != "" && enc != "utf-8" {
		return fail("encoding problem: %s with BOM", enc)
	}
	if enc == "" || enc == "utf-8" {
		return text, nil
	}
	c, known := lookupCodec(enc)
	if !known {
		return fail("unknown encoding: %s", enc)
	}
	if c.binary() {
		return fail("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", enc)
	}
	out, bad, reason := c.decode(text)
	if bad >= 0 {
		if c.name() == "utf-8" {
			return fail("%s", UTF8ErrorText(text[bad:], "utf-8", translatedOffset(text, bad)))
		}
		return fail("'%s' codec can't decode byte 0x%02x in position %d: %s", c.name(), text[bad], translatedOffset(text, bad), reason)
	}
	return out, nil
}

// DeclaredEncoding returns the encoding a source file declares, as
// CPython's tokenizer names it ("utf-8" and "iso-8859-1" for those
// families, other names as written), or "" when it declares none. The
// command uses it to word errors as `python3 FILE` does, which differ
// from those of compile().
func DeclaredEncoding(src []byte) string {
	text := string(src)
	return codingDeclaration(strings.TrimPrefix(text, utf8BOM))
}

// translatedOffset converts the byte offset i of text into an offset in
// the text CPython decodes, where every "\r\n" has become "\n".
func translatedOffset(text string, i int) int {
	return i - strings.Count(text[:i], "\r\n")
}

// codingDeclaration returns the normalized encoding name declared in the
// first two lines of text, or "" when there is none.
func codingDeclaration(text string) string {
	line1, rest, ok := cutLine(text)
	if !ok {
		return ""
	}
	if name, found := codingSpec(line1); found {
		return normalCodingName(name)
	}
	if !blankOrComment(line1) {
		return ""
	}
	line2, _, ok := cutLine(rest)
	if !ok {
		return ""
	}
	if name, found := codingSpec(line2); found {
		return normalCodingName(name)
	}
	return ""
}

// cutLine splits off the first line of text at its line break ("\n",
// "\r\n" or "\r"). The last line counts as ended even without one, since
// CPython adds a newline to the end of a module's source.
func cutLine(text string) (line, rest string, ok bool) {
	if text == "" {
		return "", "", false
	}
	i := strings.IndexAny(text, "\r\n")
	if i < 0 {
		return text, "", true
	}
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return text[:i], text[i+2:], true
	}
	return text[:i], text[i+1:], true
}

func isLineSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// blankOrComment reports whether a line holds only white space and maybe
// a comment: after such a first line the second may declare the coding.
func blankOrComment(line string) bool {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' {
			return true
		}
		if !isLineSpace(line[i]) {
			return false
		}
	}
	return true
}

// codingSpec finds a coding declaration in one line. Like CPython's
// tokenizer it needs the comment to be the first thing on the line and
// "coding" to be followed by at least one more character on it, and it
// keeps looking after a "coding" that is not followed by ':' or '=' and
// a name.
func codingSpec(line string) (string, bool) {
	i := 0
	for ; i < len(line)-6; i++ {
		if line[i] == '#' {
			break
		}
		if !isLineSpace(line[i]) {
			return "", false
		}
	}
	for ; i < len(line)-6; i++ {
		if !strings.HasPrefix(line[i:], "coding") {
			continue
		}
		t := i + 6
		if line[t] != ':' && line[t] != '=' {
			continue
		}
		t++
		for t < len(line) && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < len(line) && isCodingNameByte(line[t]) {
			t++
		}
		if t > begin {
			return line[begin:t], true
		}
	}
	return "", false
}

func isCodingNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.'
}

// normalCodingName gives the UTF-8 and latin-1 families the names CPython's
// tokenizer gives them, judging by at most the first 12 characters lower
// cased with '_' read as '-'. Other names are returned unchanged.
func normalCodingName(name string) string {
	head := name
	if len(head) > 12 {
		head = head[:12]
	}
	head = strings.ReplaceAll(strings.ToLower(head), "_", "-")
	if head == "utf-8" || strings.HasPrefix(head, "utf-8-") {
		return "utf-8"
	}
	for _, latin := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if head == latin || strings.HasPrefix(head, latin+"-") {
			return "iso-8859-1"
		}
	}
	return name
}
