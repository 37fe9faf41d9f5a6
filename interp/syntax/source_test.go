package syntax

import (
	"fmt"
	"strings"
	"testing"

	"gilfree/internal/codecs"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sourceCases were checked against CPython 3.11's compile() of the same
// bytes: want is the text CPython reads (the same tree results from
// parsing it), err the message of a SyntaxError without a line.
var sourceCases = []struct {
	src  string
	want string
	err  string
}{
	{"x = 1\x0a", "x = 1\x0a", ""},
	{"\xef\xbb\xbfx = 1\x0a", "x = 1\x0a", ""},
	{"# -*- coding: latin-1 -*-\x0ax = \"\xe9\"\x0a", "# -*- coding: latin-1 -*-\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"#!/usr/bin/python\x0a# vim: set fileencoding=koi8-r :\x0ax = \"\xe9\xc1\"\x0a", "#!/usr/bin/python\x0a# vim: set fileencoding=koi8-r :\x0ax = \"\xd0\x98\xd0\xb0\"\x0a", ""},
	{"  \x0a# coding: latin-1\x0ax = \"\xe9\"\x0a", "  \x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"x=1\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", "x=1\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"\\\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", "\\\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"#coding:cp1252\x0d\x0ax = \"\x80\"\x0d\x0a", "#coding:cp1252\x0d\x0ax = \"\xe2\x82\xac\"\x0d\x0a", ""},
	{"\x0d# coding: latin-1\x0dx = \"\xe9\"\x0d", "\x0d# coding: latin-1\x0dx = \"\xc3\xa9\"\x0d", ""},
	{"# coding: UTF_8\x0ax = 1\x0a", "# coding: UTF_8\x0ax = 1\x0a", ""},
	{"# coding: utf-8-unix\x0ax = 1\x0a", "# coding: utf-8-unix\x0ax = 1\x0a", ""},
	{"# coding: utf8\x0ax = \"\xc3\xa9\"\x0a", "# coding: utf8\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"# coding: Latin_1-Unix\x0ax = \"\xe9\"\x0a", "# coding: Latin_1-Unix\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"# coding: ISO-8859-15\x0ax = \"\xa4\"\x0a", "# coding: ISO-8859-15\x0ax = \"\xe2\x82\xac\"\x0a", ""},
	{"# coding=l1\x0ax = \"\xe9\"\x0a", "# coding=l1\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"\x0c\x09# coding=mac-roman\x0ax = \"\xe9\"\x0a", "\x0c\x09# coding=mac-roman\x0ax = \"\xc3\x88\"\x0a", ""},
	{"# coding: \x0ax = 1\x0a", "# coding: \x0ax = 1\x0a", ""},
	{"# coding x: latin-1\x0ax = 1\x0a", "# coding x: latin-1\x0ax = 1\x0a", ""},
	{"# codingcoding: latin-1\x0ax = \"\xe9\"\x0a", "# codingcoding: latin-1\x0ax = \"\xc3\xa9\"\x0a", ""},
	{"# coding:latin-1x\x0ax = 1\x0a", "", "unknown encoding: latin-1x"},
	{"x = 1 # coding: latin-1\x0a", "x = 1 # coding: latin-1\x0a", ""},
	{"# coding: latin-1", "# coding: latin-1", ""},
	{"# coding: ascii\x0ax = 1\x0a", "# coding: ascii\x0ax = 1\x0a", ""},
	{"# coding: us-ascii\x0ax = 1\x0a", "# coding: us-ascii\x0ax = 1\x0a", ""},
	{"# coding: cp437\x0ax = \"\x80\"\x0a", "# coding: cp437\x0ax = \"\xc3\x87\"\x0a", ""},
	{"# coding: iso8859-2\x0ax = \"\x85\xa1\"\x0a", "# coding: iso8859-2\x0ax = \"\xc2\x85\xc4\x84\"\x0a", ""},
	{"\xef\xbb\xbf# coding: utf-8\x0ax = 1\x0a", "# coding: utf-8\x0ax = 1\x0a", ""},
	{"\xef\xbb\xbf# coding: UTF-8-sig\x0ax = 1\x0a", "# coding: UTF-8-sig\x0ax = 1\x0a", ""},
	{"x = 1\x0a# coding: \xff\x0a", "x = 1\x0a# coding: \xff\x0a", ""},
	{"x = \"\xff\"\x0a", "x = \"\xff\"\x0a", ""},
	{"# coding: utf-8\x0ax = \"\xff\"\x0a", "# coding: utf-8\x0ax = \"\xff\"\x0a", ""},
	{"# -*- coding: uft-8 -*-\x0ax = 1\x0a", "", "unknown encoding: uft-8"},
	{"\xef\xbb\xbf#coding: utf8\x0ax = 1\x0a", "", "encoding problem: utf8 with BOM"},
	{"\xef\xbb\xbf# coding: latin-1\x0ax = 1\x0a", "", "encoding problem: iso-8859-1 with BOM"},
	{"# coding: utf8\x0ax = \"\xe9\"\x0a", "", "'utf-8' codec can't decode byte 0xe9 in position 20: invalid continuation byte"},
	{"# coding: utf8\x0d\x0ax = 1\x0d\x0a\x0d\x0a\"\xe2\x82\"\x0a", "", "'utf-8' codec can't decode bytes in position 23-24: invalid continuation byte"},
	{"# coding: ascii\x0a# \xe9\x0ax=1\x0a", "", "'ascii' codec can't decode byte 0xe9 in position 18: ordinal not in range(128)"},
	{"# coding: cp1252\x0d\x0ax = \"\x81\"\x0a", "", "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
	{"# coding: rot13\x0ax = 1\x0a", "", "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
	{"# coding: hex\x0ax = 1\x0a", "", "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
	{"x = \"a\"\x00\x0a", "", "source code string cannot contain null bytes"},
	{"# coding: latin.1\x0ax = 1\x0a", "", "unknown encoding: latin.1"},
	{"# coding: koi8-u\x0ax = \"\xae\"\x0a", "# coding: koi8-u\x0ax = \"\xe2\x95\x9d\"\x0a", ""},
	{"# coding: cp1255\x0ax = \"\xca\"\x0a", "", "'charmap' codec can't decode byte 0xca in position 22: character maps to <undefined>"},
}

func TestDecodeSource(t *testing.T) {
	for _, c := range sourceCases {
		got, err := DecodeSource("f.py", []byte(c.src))
		if c.err != "" {
			var se *SyntaxError
			require.ErrorAs(t, err, &se, "source %q", c.src)
			assert.Equal(t, c.err, se.Msg, "source %q", c.src)
			assert.Zero(t, se.Lineno)
			continue
		}
		require.NoError(t, err, "source %q", c.src)
		assert.Equal(t, c.want, got, "source %q", c.src)
	}
}

// TestCodecAliases checks that every name of the alias table, and every
// module name, finds a codec under Python's normalization.
func TestCodecAliases(t *testing.T) {
	for alias, module := range codecs.Aliases() {
		c, ok := codecs.Modules()[module]
		require.True(t, ok, "alias %s names unknown module %s", alias, module)
		if c.Wide() {
			continue
		}
		for _, spelling := range []string{alias, strings.ToUpper(alias), strings.ReplaceAll(alias, "_", "-")} {
			_, ok := lookupCodec(spelling)
			assert.True(t, ok, spelling)
		}
	}
	for _, name := range []string{"Latin-1", "ISO-8859-15", "windows-1252", "KOI8_R", "mac-roman", "-utf8-"} {
		_, ok := lookupCodec(name)
		assert.True(t, ok, name)
	}
	for _, name := range []string{"uft-8", "latin1-foo", "utf-9", "big5x", "utf-16", "UTF-32-LE"} {
		_, ok := lookupCodec(name)
		assert.False(t, ok, fmt.Sprint(name))
	}
}

func TestDeclaredEncoding(t *testing.T) {
	for src, want := range map[string]string{
		"x = 1\n":                            "",
		"# coding: latin1\n":                 "latin1",
		"# coding: Latin_1\n":                "iso-8859-1",
		"\xef\xbb\xbf# coding: utf-8-unix\n": "utf-8",
		"#!/bin/python\n# coding=uft-8\n":    "uft-8",
		"x = 1\n# coding: cp1252\n":          "",
	} {
		assert.Equal(t, want, DeclaredEncoding([]byte(src)), "%q", src)
	}
}
