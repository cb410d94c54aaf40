package graph

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// ptrs returns pointers to the elements of s, never nil.
func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
