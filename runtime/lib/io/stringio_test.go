package io

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Newline translation on writing and line splitting on reading, for each
// newline mode, checked against what CPython's StringIO does.
func TestStringIONewlines(t *testing.T) {
	tests := []struct {
		newline string
		text    string
		stored  string
		lines   []string
	}{
		{"\n", "a\rb\r\nc\nd", "a\rb\r\nc\nd", []string{"a\rb\r\n", "c\n", "d"}},
		{"None", "a\rb\r\nc", "a\nb\nc", []string{"a\n", "b\n", "c"}},
		{"", "a\rb\r\nc\nd", "a\rb\r\nc\nd", []string{"a\r", "b\r\n", "c\n", "d"}},
		{"\r", "x\ny", "x\ry", []string{"x\r", "y"}},
		{"\r\n", "x\r\ny\rz", "x\r\r\ny\rz", []string{"x\r\r\n", "y\rz"}},
	}
	for _, tc := range tests {
		t.Run(tc.newline, func(t *testing.T) {
			s := &StringIO{newline: tc.newline}
			assert.Equal(t, len([]rune(tc.text)), s.write(tc.text))
			assert.Equal(t, tc.stored, string(s.buf))
			s.pos = 0
			var lines []string
			for {
				l := s.readLine(-1)
				if l == "" {
					break
				}
				lines = append(lines, l)
			}
			assert.Equal(t, tc.lines, lines)
		})
	}
}

// Writing past the end pads with NULs; overwriting keeps the tail; sizes
// and positions count code points.
func TestStringIOWrite(t *testing.T) {
	tests := []struct {
		name  string
		init  string
		pos   int
		write string
		want  string
		after int
	}{
		{"append", "abc", 3, "de", "abcde", 5},
		{"overwrite inside", "abcdef", 1, "XY", "aXYdef", 3},
		{"overwrite past the end", "abc", 2, "XYZ", "abXYZ", 5},
		{"gap filled with NULs", "ab", 4, "z", "ab\x00\x00z", 5},
		{"code points", "héllo", 1, "É", "hÉllo", 2},
		{"empty write leaves no gap", "ab", 5, "", "ab", 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &StringIO{newline: "\n", buf: []rune(tc.init), pos: tc.pos}
			s.write(tc.write)
			assert.Equal(t, tc.want, string(s.buf))
			assert.Equal(t, tc.after, s.pos)
		})
	}
}

// BytesIO lines end at '\n' only, and a size limit cuts a line short.
func TestBytesIOLine(t *testing.T) {
	b := &BytesIO{buf: []byte("one\r\ntwo\nthree")}
	assert.Equal(t, "one\r\n", string(b.line(-1)))
	assert.Equal(t, "tw", string(b.line(2)))
	assert.Equal(t, "o\n", string(b.line(-1)))
	assert.Equal(t, "three", string(b.take(-1)))
	assert.Empty(t, b.line(-1))
	assert.Equal(t, 14, b.pos)
}
