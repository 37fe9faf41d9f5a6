// Package syntax reads Python source into a syntax tree shaped like
// CPython's ast module.
//
// Reading goes through three stages, each in its own files:
//
//   - DecodeSource (source.go) turns a file's bytes into text: BOM,
//     coding declaration, and CPython's errors for them.
//   - The scanner (scanner*.go) turns the text into the file's whole token
//     stream at once, as CPython's tokenizer would produce it one token at
//     a time, including Python 3.12's f-string tokens. It stops at the
//     first error and records whether CPython would report that error at
//     once or only when its parser reaches the token.
//   - The parser (parser*.go) is a recursive-descent parser over that
//     slice of tokens, following CPython's grammar rule by rule and
//     building the tree of ast.go with CPython 3.11's positions. When the
//     input is wrong it reproduces the diagnoses of CPython's error pass.
//
// Parse ties them together and settles, like CPython, which error wins
// when both the tokenizer and the parser found one. Dump (dump.go) prints
// a tree as Python's ast.dump does, and the conformance test compares it
// with python3 over the whole standard library.
package syntax

import "strings"

// Mode selects what Parse reads, as the mode argument of Python's compile.
type Mode uint8

const (
	ModeExec     Mode = iota // a module: a sequence of statements
	ModeEval                 // a single expression
	ModeSingle               // one interactive statement
	ModeFuncType             // a function type comment: (args) -> result
)

// Flags change how Parse reads its input.
type Flags uint8

const (
	// TypeComments keeps `# type:` comments in the tree, as
	// ast.parse(type_comments=True) and `python3 -m ast` do.
	TypeComments Flags = 1 << iota
)

// Parse reads Python 3.12 source and returns its tree. src is the file's
// raw bytes: Parse decodes it (BOM, coding declaration) itself. The error,
// if any, is a *SyntaxError.
//
// Which error Parse reports follows CPython. Its tokenizer raises some
// errors as soon as it meets them (a bad character, number or string,
// unbalanced brackets); others it reports only when the parser asks for
// the token where they are (inconsistent indentation, a character after a
// backslash, the end of the file inside brackets). When the parser fails
// before reaching the tokenizer's error, CPython tokenizes the rest of the
// file, and an error of the first kind replaces the parser's, unless the
// parser's is an unexpected indent; an unclosed bracket replaces a parser
// error on a later line.
func Parse(filename string, src []byte, mode Mode, flags Flags) (Root, error) {
	text, err := DecodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	crlf := len(text) >= 2 && text[len(text)-2:] == "\r\n"
	text = normalizeNewlines(text)
	if mode == ModeExec && (len(text) == 0 || text[len(text)-1] != '\n' || crlf) {
		// CPython's translation of line breaks appends a line break to
		// exec input that has none, and also to input ending in "\r\n"
		// (the skipped "\n" fools its test), which moves its end marker
		// down a line.
		text += "\n"
	}
	s := newScanner(filename, text, flags)
	s.scan()
	p := newParser(s)
	root, perr := p.run(mode)
	putTokens(s.toks)
	if perr != nil {
		return nil, perr
	}
	if m, ok := root.(*Module); ok {
		m.TypeIgnores = s.typeIgnores
	}
	return root, nil
}

// run parses the whole token stream in the given mode and turns a panic
// raised for a syntax error into the error to report.
func (p *parser) run(mode Mode) (root Root, err *SyntaxError) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch e := r.(type) {
		case parsePanic:
			err = e.err
			if !e.fatal {
				if p.typeCommentDef > 0 && !e.action {
					err = p.typeCommentDefError()
				}
				err = p.tokenizerErrorInstead(err)
			}
		case genericError:
			err = p.genericSyntaxError(e.fstring)
			if p.typeCommentDef > 0 {
				err = p.tokenizerErrorInstead(p.typeCommentDefError())
			} else if k := p.toks[p.maxPos].Kind; k != INDENT && k != DEDENT {
				err = p.tokenizerErrorInstead(err)
			}
		default:
			panic(r)
		}
		root = nil
	}()
	p.reach(0)
	switch mode {
	case ModeEval:
		return p.evalInput(), nil
	case ModeSingle:
		return p.singleInput(), nil
	case ModeFuncType:
		return p.funcTypeInput(), nil
	}
	return p.fileInput(), nil
}

// fileInput parses a module: statements up to the end.
func (p *parser) fileInput() *Module {
	var body []Stmt
	for p.kind() != ENDMARKER {
		body = p.statementTwoPass(body)
	}
	return &Module{Body: body}
}

// statementTwoPass parses a top-level statement. When that fails with no
// specific diagnosis, it parses the statement again as CPython's second
// pass does: backtracking like its PEG parser, so that its error rules
// see what CPython's see. A diagnosis found then is the error; otherwise
// the first pass's generic error stands.
func (p *parser) statementTwoPass(body []Stmt) (result []Stmt) {
	p.twoPass(func() { result = p.statement(body) })
	return result
}

// twoPass runs f, and if f fails with no specific diagnosis, runs it
// again from the same token in PEG mode to look for one (CPython's second
// pass). It returns only if f succeeds the first time.
func (p *parser) twoPass(f func()) {
	start := p.pos
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, generic := r.(genericError); !generic || p.peg {
			panic(r)
		}
		maxPos := p.maxPos
		p.pos, p.peg, p.depth = start, true, 0
		p.fstringLevel, p.fieldLevel, p.noInvalid = 0, 0, 0
		p.pegTry(f)
		p.peg, p.maxPos = false, maxPos
		panic(r)
	}()
	f()
}

// evalInput parses an expression (mode eval).
func (p *parser) evalInput() *Expression {
	var e Expr
	p.twoPass(func() {
		e = p.expressions()
		for p.accept(NEWLINE) {
		}
		p.expect(ENDMARKER)
	})
	return &Expression{Body: e}
}

// singleInput parses one interactive statement (mode single). A compound
// statement must end the input; after simple statements, anything but
// blank lines and comments is "multiple statements", reported like
// CPython at the line break that ends the first.
func (p *parser) singleInput() *Interactive {
	var body []Stmt
	switch k := p.kind(); {
	case k == ENDMARKER:
		p.fail()
	case k == NEWLINE:
		start := p.pos
		p.advance()
		s := &Pass{}
		s.Pos = p.span(start)
		body = []Stmt{s}
	case p.isCompoundStart(k):
		// CPython wants a line break after a compound statement, which
		// its tokenizer supplies after an indented block or when the
		// input ends with one.
		body = p.statementTwoPass(nil)
		if p.toks[p.pos-1].Kind != DEDENT && !strings.HasSuffix(p.src, "\n") {
			p.fail()
		}
		for p.accept(NEWLINE) {
		}
		if p.kind() != ENDMARKER {
			p.fail()
		}
	default:
		body = p.statementTwoPass(nil)
		if p.kind() != ENDMARKER {
			p.raiseAtToken(&p.toks[p.pos-1], "multiple statements found while compiling a single statement")
		}
	}
	return &Interactive{Body: body}
}

// isCompoundStart reports whether a statement starting with the current
// token, of kind k, is a compound statement.
func (p *parser) isCompoundStart(k TokenKind) bool {
	switch k {
	case kwDef, kwIf, kwClass, kwWith, kwFor, kwTry, kwWhile, AT, kwAsync:
		return true
	case NAME:
		return p.isName("match")
	}
	return false
}

// funcTypeInput parses a function type comment (mode func_type):
// `(types) -> result`.
func (p *parser) funcTypeInput() *FunctionType {
	var args []Expr
	var ret Expr
	p.twoPass(func() {
		p.expect(LPAR)
		args = p.typeExpressions()
		p.expect(RPAR)
		p.expect(RARROW)
		ret = p.expression()
		for p.accept(NEWLINE) {
		}
		p.expect(ENDMARKER)
	})
	return &FunctionType{Argtypes: args, Returns: ret}
}

// genericSyntaxError builds CPython's error for a parse that failed with
// no specific diagnosis, located at the furthest token fetched: an
// unexpected INDENT or DEDENT is an IndentationError, anything else
// "invalid syntax".
func (p *parser) genericSyntaxError(fstring bool) *SyntaxError {
	t := &p.toks[p.maxPos]
	switch t.Kind {
	case INDENT, DEDENT:
		msg := "unexpected indent"
		if t.Kind == DEDENT {
			msg = "unexpected unindent"
		}
		return p.errorAtToken0(KindIndentationError, t, msg)
	}
	msg := "invalid syntax"
	if fstring {
		msg = "f-string: invalid syntax"
	}
	return p.newError(KindSyntaxError, msg, int(t.Line), int(t.Col), int(t.EndLine), int(t.EndCol))
}

// typeCommentDefError is the error CPython's second pass reports in a
// file parsed with type comments as soon as it meets a def whose
// signature comment stands on its own line: its rule for a def without an
// indented body matches there, since a TYPE_COMMENT, not an INDENT,
// follows the def's line. It is located at the furthest token the first
// pass fetched.
func (p *parser) typeCommentDefError() *SyntaxError {
	msg := "expected an indented block after function definition on line " + itoa(p.typeCommentDef)
	return p.errorAtToken0(KindIndentationError, &p.toks[p.maxPos], msg)
}

// tokenizerErrorInstead returns the error to report in place of a parser
// error, after the rest of the file has been tokenized as CPython does: an
// error the tokenizer raises at once wins; otherwise, if the tokenizer
// stopped with brackets open and the parser's error is on a later line
// than the innermost, that bracket was never closed.
func (p *parser) tokenizerErrorInstead(err *SyntaxError) *SyntaxError {
	if p.scanErr == nil {
		return err
	}
	if !p.scanDeferred {
		return p.scanErr
	}
	if len(p.scanParens) == 0 {
		return err
	}
	open := p.scanParens[len(p.scanParens)-1]
	line := err.Lineno
	if l := int(p.toks[p.maxFetched].Line); l > line {
		line = l
	}
	if line <= int(open.line) {
		return err
	}
	e := p.newError(KindSyntaxError, "'"+string(open.ch)+"' was never closed", int(open.line), int(open.col), 0, 0)
	e.EndLineno = int(open.line)
	return e
}
