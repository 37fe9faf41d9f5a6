package compile

// nameTable numbers distinct strings in order of first use. Most code
// objects have a handful of names, so it searches a slice until it holds
// more than smallTable entries, and only then builds a map: compiling
// the standard library makes tens of thousands of these tables.
type nameTable struct {
	names []string
	m     map[string]int32
}

const smallTable = 12

func (t *nameTable) find(s string) (int32, bool) {
	if t.m != nil {
		i, ok := t.m[s]
		return i, ok
	}
	for i, n := range t.names {
		if n == s {
			return int32(i), true
		}
	}
	return -1, false
}

func (t *nameTable) add(s string) int32 {
	i := int32(len(t.names))
	if t.names == nil {
		t.names = make([]string, 0, 8)
	}
	t.names = append(t.names, s)
	if t.m != nil {
		t.m[s] = i
	} else if len(t.names) > smallTable {
		t.m = make(map[string]int32, 2*len(t.names))
		for k, n := range t.names {
			t.m[n] = int32(k)
		}
	}
	return i
}

// index returns the number of s, adding it if new.
func (t *nameTable) index(s string) int32 {
	if i, ok := t.find(s); ok {
		return i
	}
	return t.add(s)
}

// constTable is nameTable for constants, keyed by constKey.
type constTable struct {
	keys []constKey
	m    map[constKey]int32
}

func (t *constTable) find(k constKey) (int32, bool) {
	if t.m != nil {
		i, ok := t.m[k]
		return i, ok
	}
	for i := range t.keys {
		if t.keys[i] == k {
			return int32(i), true
		}
	}
	return -1, false
}

// add records key k for constant number i (constants without a key,
// code objects, are numbered but never found).
func (t *constTable) add(k constKey, i int32) {
	if t.m != nil {
		t.m[k] = i
		return
	}
	if t.keys == nil {
		t.keys = make([]constKey, 0, 8)
	}
	for int32(len(t.keys)) < i {
		t.keys = append(t.keys, constKey{kind: kCode})
	}
	t.keys = append(t.keys, k)
	if len(t.keys) > smallTable {
		t.m = make(map[constKey]int32, 2*len(t.keys))
		for j, key := range t.keys {
			if key.kind != kCode {
				t.m[key] = int32(j)
			}
		}
	}
}
