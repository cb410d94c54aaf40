package graph

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}
