package eval

import "gilfree/interp/syntax"

// CaretAnchors finds the operator of a binary operation, or the index of
// a subscript, in a traceback's source segment (runtime.Evaluator), with
// the rules of CPython 3.11's traceback printer: the segment must parse
// as one expression statement.
func (evaluator) CaretAnchors(segment string) (int, int, bool) {
	root, err := syntax.Parse("<string>", []byte(segment), syntax.ModeExec, 0)
	if err != nil {
		return 0, 0, false
	}
	mod, ok := root.(*syntax.Module)
	if !ok || len(mod.Body) != 1 {
		return 0, 0, false
	}
	st, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return 0, 0, false
	}
	switch e := st.Value.(type) {
	case *syntax.BinOp:
		from, to := e.Left.Position().EndColOffset, e.Right.Position().ColOffset
		for i := from; i < to && i < len(segment); i++ {
			c := segment[i]
			if c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\\' {
				continue
			}
			left, right := i, i+1
			if i+1 < to && !isSpace(segment[i+1]) {
				right++
			}
			if i+1 < to && c == ')' {
				continue
			}
			return left, right, true
		}
	case *syntax.Subscript:
		return e.Value.Position().EndColOffset, e.Slice.Position().EndColOffset + 1, true
	}
	return 0, 0, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\\' }
