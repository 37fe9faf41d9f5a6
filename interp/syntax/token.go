package syntax

// TokenKind identifies a token. Keywords have kinds of their own so that
// the parser can switch on a token's kind without comparing text; soft
// keywords (match, case, _, type) stay NAME because they are names
// everywhere except at the start of their statements.
type TokenKind uint8

const (
	ENDMARKER TokenKind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	FSTRING_START  // f" or rf''' and so on: the prefix and the opening quotes
	FSTRING_MIDDLE // literal text of an f-string, braces still doubled
	FSTRING_END    // the closing quotes of an f-string
	TYPE_COMMENT   // a `# type: ...` comment, only with the TypeComments flag
	NL             // a line break inside brackets or on a blank line (trivia)
	COMMENT        // a comment (trivia)

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only meaningful before an f-string conversion)
	ERRORTOKEN       // a character that starts no token, such as $ or ?

	// Keywords.
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield

	numTokenKinds
)

// tokenNames are the names Python's token module gives the kinds, and the
// keyword text for keywords.
var tokenNames = [numTokenKinds]string{
	ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	FSTRING_START: "FSTRING_START", FSTRING_MIDDLE: "FSTRING_MIDDLE", FSTRING_END: "FSTRING_END",
	TYPE_COMMENT: "TYPE_COMMENT", NL: "NL", COMMENT: "COMMENT",
	LPAR: "LPAR", RPAR: "RPAR", LSQB: "LSQB", RSQB: "RSQB", LBRACE: "LBRACE", RBRACE: "RBRACE",
	COLON: "COLON", COMMA: "COMMA", SEMI: "SEMI", PLUS: "PLUS", MINUS: "MINUS", STAR: "STAR",
	SLASH: "SLASH", VBAR: "VBAR", AMPER: "AMPER", LESS: "LESS", GREATER: "GREATER",
	EQUAL: "EQUAL", DOT: "DOT", PERCENT: "PERCENT", EQEQUAL: "EQEQUAL", NOTEQUAL: "NOTEQUAL",
	LESSEQUAL: "LESSEQUAL", GREATEREQUAL: "GREATEREQUAL", TILDE: "TILDE", CIRCUMFLEX: "CIRCUMFLEX",
	LEFTSHIFT: "LEFTSHIFT", RIGHTSHIFT: "RIGHTSHIFT", DOUBLESTAR: "DOUBLESTAR",
	PLUSEQUAL: "PLUSEQUAL", MINEQUAL: "MINEQUAL", STAREQUAL: "STAREQUAL", SLASHEQUAL: "SLASHEQUAL",
	PERCENTEQUAL: "PERCENTEQUAL", AMPEREQUAL: "AMPEREQUAL", VBAREQUAL: "VBAREQUAL",
	CIRCUMFLEXEQUAL: "CIRCUMFLEXEQUAL", LEFTSHIFTEQUAL: "LEFTSHIFTEQUAL",
	RIGHTSHIFTEQUAL: "RIGHTSHIFTEQUAL", DOUBLESTAREQUAL: "DOUBLESTAREQUAL",
	DOUBLESLASH: "DOUBLESLASH", DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL", AT: "AT", ATEQUAL: "ATEQUAL",
	RARROW: "RARROW", ELLIPSIS: "ELLIPSIS", COLONEQUAL: "COLONEQUAL", EXCLAMATION: "EXCLAMATION",
	ERRORTOKEN: "ERRORTOKEN",
	kwFalse:    "False", kwNone: "None", kwTrue: "True", kwAnd: "and", kwAs: "as",
	kwAssert: "assert", kwAsync: "async", kwAwait: "await", kwBreak: "break", kwClass: "class",
	kwContinue: "continue", kwDef: "def", kwDel: "del", kwElif: "elif", kwElse: "else",
	kwExcept: "except", kwFinally: "finally", kwFor: "for", kwFrom: "from", kwGlobal: "global",
	kwIf: "if", kwImport: "import", kwIn: "in", kwIs: "is", kwLambda: "lambda",
	kwNonlocal: "nonlocal", kwNot: "not", kwOr: "or", kwPass: "pass", kwRaise: "raise",
	kwReturn: "return", kwTry: "try", kwWhile: "while", kwWith: "with", kwYield: "yield",
}

// String returns the name of a token kind, or the text of a keyword.
func (k TokenKind) String() string {
	if k < numTokenKinds {
		return tokenNames[k]
	}
	return "TokenKind(?)"
}

// IsKeyword reports whether k is a hard keyword.
func (k TokenKind) IsKeyword() bool { return k >= kwFalse && k < numTokenKinds }

// Token is one token: its kind and its source range. Offsets are byte
// offsets into the decoded source; columns are byte offsets from the start
// of their line, as in CPython's AST. The struct is kept small because a
// file's whole token stream is held at once.
type Token struct {
	Kind       TokenKind
	Level      uint8 // brackets open after this token, as CPython's token level
	Start, End int32
	Line, Col  int32
	EndLine    int32
	EndCol     int32
}

// keywordKind returns the kind of a hard keyword, or NAME for any other
// identifier. A switch on the text compiles to length and byte compares,
// which is cheaper than hashing every name into a map.
func keywordKind(s string) TokenKind {
	if len(s) < 2 || len(s) > 8 {
		return NAME
	}
	switch s {
	case "False":
		return kwFalse
	case "None":
		return kwNone
	case "True":
		return kwTrue
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "async":
		return kwAsync
	case "await":
		return kwAwait
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "nonlocal":
		return kwNonlocal
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	}
	return NAME
}
