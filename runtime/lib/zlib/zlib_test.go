package zlib

import (
	"bytes"
	"hash/adler32"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdlerUpdate checks the running Adler-32 against Go's over inputs
// around the 5552-byte block where the sums are reduced.
func TestAdlerUpdate(t *testing.T) {
	for _, n := range []int{0, 1, 5551, 5552, 5553, 100000} {
		b := bytes.Repeat([]byte{0xff, 0x01, 0x7f}, n/3+1)[:n]
		assert.Equal(t, adler32.Checksum(b), adlerUpdate(1, b), "n=%d", n)
		half := n / 2
		assert.Equal(t, adler32.Checksum(b), adlerUpdate(adlerUpdate(1, b[:half]), b[half:]), "n=%d split", n)
	}
}

// TestRoundTrip compresses and decompresses in each container, with
// data after the stream, and a truncated stream.
func TestRoundTrip(t *testing.T) {
	data := bytes.Repeat([]byte("gilfree zlib "), 300)
	tests := []struct {
		name   string
		f      format
		decode format
	}{
		{"zlib", fmtZlib, fmtZlib},
		{"raw", fmtRaw, fmtRaw},
		{"gzip", fmtGzip, fmtGzip},
		{"auto zlib", fmtZlib, fmtAuto},
		{"auto gzip", fmtGzip, fmtAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := compress(data, 6, tt.f)
			require.NoError(t, err)
			out, complete, unused, err := decompress(append(c, "tail"...), tt.decode)
			require.NoError(t, err)
			assert.Equal(t, data, out)
			assert.True(t, complete)
			assert.Equal(t, 4, unused)
			_, complete, _, err = decompress(c[:len(c)/2], tt.decode)
			assert.Error(t, err)
			assert.False(t, complete)
		})
	}
}
