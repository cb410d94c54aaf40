package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// capResponse bounds one response: past maxBytes of data the answer is
// replaced by a LIMIT error naming the cap; past maxErrors errors the rest
// are dropped and counted in one last LIMIT error.
func capResponse(maxBytes, maxErrors int) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil {
			return nil
		}
		if len(resp.Data) > maxBytes {
			msg := fmt.Sprintf("the answer is %d bytes, over the response-size limit of %d bytes; ask for less (fewer fields, aliases or items)", len(resp.Data), maxBytes)
			resp = &graphql.Response{Errors: gqlerror.List{limitError("response_size", msg)}}
		}
		if n := len(resp.Errors); n > maxErrors {
			more := limitError("errors", fmt.Sprintf("%d more errors not shown (at most %d errors per response)", n-maxErrors+1, maxErrors))
			resp.Errors = append(resp.Errors[:maxErrors-1:maxErrors-1], more)
		}
		return resp
	}
}
