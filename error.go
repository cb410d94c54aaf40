package wardgraph

import (
	"errors"
	"fmt"
)

// Error codes. They are stable strings: the GraphQL layer copies them into
// extensions.code and the CLI prints them.
const (
	EINVALID     = "INVALID"     // the input is malformed or refused
	ENOTFOUND    = "NOT_FOUND"   // the thing asked for does not exist
	ELIMIT       = "LIMIT"       // a configured limit was exceeded
	EUNAVAILABLE = "UNAVAILABLE" // a backing store cannot be reached
	EINTERNAL    = "INTERNAL"    // a bug or an unexpected failure
)

// Error is wardgraph's one error type. Message is safe to show to a user;
// Err, when set, is the internal cause, logged but never shown.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Unwrap returns the internal cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error with the given code and user-facing message that
// keeps err as its internal cause.
func Wrap(err error, code, message string) *Error {
	return &Error{Code: code, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the Message of the
// first *Error in its chain, or a generic text that reveals nothing internal.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "internal error"
}
