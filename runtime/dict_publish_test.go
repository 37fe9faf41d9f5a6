package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDictEntryReuseLockFree: popitem gives entries back, and the next
// insertion fills them again while other threads read the dict without
// its lock; a reused entry must then be written atomically (a fresh one
// may be written plainly before its key is published), which the race
// detector checks. Readers only ever find values the writer stored.
func TestDictEntryReuseLockFree(t *testing.T) {
	const rounds = 10000
	th := thr(t)
	d := th.NewDict()
	defer th.Decref(d.Obj())
	keys := make([]*Str, 6)
	for i := range keys {
		keys[i] = Intern(string(rune('a' + i)))
		th.DictSetStr(d, keys[i], SmallInt(i))
	}
	bad := make([]int, 4)
	hammer(t, 4, func(x *Thread, g int) {
		if g == 0 {
			for i := range rounds {
				r, err := dictPopItem(x, []*Object{d.Obj()}, nil)
				if err != nil {
					x.DropError(err)
				} else {
					x.Decref(r)
				}
				k := keys[i%len(keys)]
				x.DictSetStr(d, k, SmallInt(i%len(keys)))
				x.DictSetStr(d, keys[(i+3)%len(keys)], SmallInt((i+3)%len(keys)))
			}
			return
		}
		for i := range rounds * 4 {
			k := keys[(i+g)%len(keys)]
			want := int64((i + g) % len(keys))
			if v := x.DictGetStrShared(d, k); v != nil {
				if n, ok := IntSmall(v); !ok || n != want {
					bad[g]++
				}
				x.Decref(v)
			}
			// A cache's path: an entry index found earlier, then the
			// entry read by that hint (the values are immortal ints).
			if ix := d.LookupStr(k); ix >= 0 {
				if v := d.EntryIfKey(ix, k); v != nil {
					if n, ok := IntSmall(v); !ok || n != want {
						bad[g]++
					}
				}
			}
		}
	})
	for g, n := range bad {
		assert.Zero(t, n, "thread %d read a value stored under another key", g)
	}
}
