package runtime

// Fildes reads a file descriptor argument as CPython's fildes converter
// does (os.fsync, fcntl.flock, select...): an int, or an object whose
// fileno() returns one; a negative descriptor is a ValueError.
func (t *Thread) Fildes(o *Object) (int, error) {
	if !IsInt(o) {
		r, found, err := t.CallDunder(o, Intern("fileno"), nil)
		if err != nil {
			return 0, err
		}
		if !found {
			return 0, t.TypeError("argument must be an int, or have a fileno() method.")
		}
		defer t.Decref(r)
		if !IsInt(r) {
			return 0, t.TypeError("fileno() returned a non-integer")
		}
		o = r
	}
	fd, err := t.IndexInt(o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, t.ValueError("file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}
