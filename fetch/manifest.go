package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/wardgraph/wardgraph/loaders"
)

// Entry is what the manifest knows of one URL.
type Entry struct {
	URL          string    `json:"url"`
	FinalURL     string    `json:"finalUrl,omitempty"`
	File         string    `json:"file"` // relative to the folder
	FetchedAt    time.Time `json:"fetchedAt"`
	Status       int       `json:"status"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"lastModified,omitempty"`
	SHA256       string    `json:"sha256"`
	ContentType  string    `json:"contentType,omitempty"`
	Attachment   bool      `json:"attachment,omitempty"` // a linked document, not a page
}

// manifest is the folder's record of what was fetched, by URL.
type manifest struct {
	path    string
	entries map[string]Entry
}

// loadManifest reads DIR's manifest; a missing one is empty.
func loadManifest(dir string) (*manifest, error) {
	m := &manifest{path: filepath.Join(dir, loaders.ManifestFile), entries: map[string]Entry{}}
	data, err := os.ReadFile(m.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return m, nil
	case err != nil:
		return nil, fmt.Errorf("%s: cannot read the manifest: %w", m.path, err)
	}
	var list []Entry
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: not a fetch manifest (a JSON array of entries): %v", m.path, err)
	}
	for _, e := range list {
		m.entries[e.URL] = e
	}
	return m, nil
}

// save writes the manifest atomically, entries sorted by URL.
func (m *manifest) save() error {
	list := make([]Entry, 0, len(m.entries))
	for _, e := range m.entries {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].URL < list[j].URL })
	data, _ := json.MarshalIndent(list, "", " ") // plain values: cannot fail
	return writeAtomic(m.path, append(data, '\n'))
}

// writeAtomic writes a file through a hidden temporary file in the same
// folder, synced and renamed into place.
func writeAtomic(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-fetch-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), name)
	}
	if werr != nil {
		os.Remove(tmp.Name())
	}
	return werr
}
