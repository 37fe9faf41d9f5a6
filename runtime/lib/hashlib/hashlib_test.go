package hashlib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

// The digests of "abc" below are the published test vectors (FIPS 180
// and 202, RFC 1321).
func TestDigestsOfAbc(t *testing.T) {
	readyTypes()
	th := runtime.StartMain()
	cases := []struct{ name, hex string }{
		{"md5", "900150983cd24fb0d6963f7d28e17f72"},
		{"sha1", "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"sha3_256", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, err := hashNew(th, []*runtime.Object{th.NewStr(c.name), th.NewBytesString("abc")}, nil)
			require.NoError(t, err)
			got, err := hashHexdigest(th, []*runtime.Object{h}, nil)
			require.NoError(t, err)
			assert.Equal(t, c.hex, runtime.StrValue(got))
		})
	}
}

// A copy goes on from the state at the copy, apart from the original.
func TestCopyIsIndependent(t *testing.T) {
	readyTypes()
	th := runtime.StartMain()
	h, err := hashNew(th, []*runtime.Object{th.NewStr("sha1"), th.NewBytesString("a")}, nil)
	require.NoError(t, err)
	c, err := hashCopy(th, []*runtime.Object{h}, nil)
	require.NoError(t, err)
	_, err = hashUpdate(th, []*runtime.Object{c, th.NewBytesString("bc")}, nil)
	require.NoError(t, err)
	orig, err := hashHexdigest(th, []*runtime.Object{h}, nil)
	require.NoError(t, err)
	copied, err := hashHexdigest(th, []*runtime.Object{c}, nil)
	require.NoError(t, err)
	assert.Equal(t, "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8", runtime.StrValue(orig))
	assert.Equal(t, "a9993e364706816aba3e25717850c26c9cd0d89d", runtime.StrValue(copied))
}

func TestUnknownNameAndStrData(t *testing.T) {
	readyTypes()
	th := runtime.StartMain()
	_, err := hashNew(th, []*runtime.Object{th.NewStr("sha3_256x")}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unsupported hash type sha3_256x")
	_, err = hashNew(th, []*runtime.Object{th.NewStr("md5"), th.NewStr("text")}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Strings must be encoded before hashing")
}
