package fetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/loaders/page"
)

// maxAttachmentBytes bounds a saved attachment.
const maxAttachmentBytes = 64 << 20

// Result is what happened to one URL.
type Result struct {
	URL         string
	File        string // relative to the folder; "" when nothing was saved
	Status      int    // the last HTTP status, 0 when there was none
	NotModified bool   // 304: the saved file was kept
	Attachments int    // attachments saved or kept
	Warnings    []string
	Err         error // why the URL failed, nil when it did not
}

// Summary is what a run did.
type Summary struct {
	Results []Result
}

// Failures returns the results that failed.
func (s Summary) Failures() []Result {
	var out []Result
	for _, r := range s.Results {
		if r.Err != nil {
			out = append(out, r)
		}
	}
	return out
}

// String is the one-line summary the CLI prints.
func (s Summary) String() string {
	var fetched, kept, atts int
	for _, r := range s.Results {
		switch {
		case r.Err != nil:
		case r.NotModified:
			kept++
		default:
			fetched++
		}
		atts += r.Attachments
	}
	return fmt.Sprintf("%s: %d fetched, %d not modified (kept), %d attachments, %d failed",
		loaders.Count(len(s.Results), "URL"), fetched, kept, atts, len(s.Failures()))
}

// run carries the state of one Run.
type run struct {
	cfg    Config
	client *http.Client
	man    *manifest
	nextAt map[string]time.Time
	robots map[string]robots
}

// Run fetches every target into cfg.Dir. Each URL succeeds or fails on its
// own; the error is for the folder itself (it cannot be made, or its
// manifest cannot be read or written). A cancelled ctx stops the run: the
// URLs not reached fail with the reason.
func Run(ctx context.Context, cfg Config, targets []Target) (Summary, error) {
	cfg = cfg.withDefaults()
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return Summary{}, fmt.Errorf("%s: cannot make the folder: %w", cfg.Dir, err)
	}
	man, err := loadManifest(cfg.Dir)
	if err != nil {
		return Summary{}, err
	}
	client := *cfg.Client
	r := &run{cfg: cfg, client: &client, man: man, nextAt: map[string]time.Time{}, robots: map[string]robots{}}
	client.CheckRedirect = r.checkRedirect
	var sum Summary
	cfg.Progress(0, len(targets), "")
	for i, t := range targets {
		res := r.page(ctx, t)
		sum.Results = append(sum.Results, res)
		if err := r.man.save(); err != nil {
			return sum, fmt.Errorf("%s: cannot write the manifest: %w", r.man.path, err)
		}
		cfg.Progress(i+1, len(targets), t.URL)
	}
	return sum, r.writeIndex(targets, sum)
}

// page fetches, checks and saves one page (and its attachments).
func (r *run) page(ctx context.Context, t Target) Result {
	res := Result{URL: t.URL}
	if err := ctx.Err(); err != nil {
		res.Err = fail("not fetched: the run was stopped")
		return res
	}
	u, _ := url.Parse(t.URL) // checked by ParseIndex and URLTargets
	prev := r.usable(t.URL)
	resp, err := r.get(ctx, u, prev, page.MaxBytes)
	if err != nil {
		res.Err = err
		return res
	}
	res.Status = resp.status
	var body []byte
	if resp.status == http.StatusNotModified {
		res.NotModified, res.File = true, prev.File
		body, _ = os.ReadFile(filepath.Join(r.cfg.Dir, prev.File))
		r.touch(t.URL, resp)
	} else {
		body = resp.body
	}
	p, warns, err := loaders.ParseHTML(t.URL, body, charsetOf(resp.header.Get("Content-Type")))
	if err != nil {
		res.Err = failure{strings.TrimPrefix(wardgraph.ErrorMessage(err), t.URL+": ")}
		return res
	}
	res.Warnings = warns
	if !res.NotModified {
		if err := r.save(t.URL, t.File, resp, false); err != nil {
			res.Err = err
			return res
		}
		res.File = t.File
	}
	if r.cfg.Attachments {
		res.Attachments, res.Warnings = r.attachments(ctx, u, t.File, p, res.Warnings)
	}
	return res
}

// usable returns the manifest entry of a URL when its file is still there
// as it was saved, so a conditional request may keep it; else a zero Entry.
func (r *run) usable(rawURL string) Entry {
	e, ok := r.man.entries[rawURL]
	if !ok || e.File == "" {
		return Entry{}
	}
	data, err := os.ReadFile(filepath.Join(r.cfg.Dir, e.File))
	if err != nil || sha(data) != e.SHA256 {
		return Entry{}
	}
	return e
}

// touch records a 304 in the manifest.
func (r *run) touch(rawURL string, resp *response) {
	e := r.man.entries[rawURL]
	e.FetchedAt, e.Status = r.cfg.Clock.Now().UTC(), resp.status
	if v := resp.header.Get("ETag"); v != "" {
		e.ETag = v
	}
	r.man.entries[rawURL] = e
}

// save writes a fetched body and its manifest entry.
func (r *run) save(rawURL, file string, resp *response, attachment bool) error {
	if err := writeAtomic(filepath.Join(r.cfg.Dir, filepath.FromSlash(file)), resp.body); err != nil {
		return fail("cannot save %s: %v", file, err)
	}
	r.man.entries[rawURL] = Entry{URL: rawURL, FinalURL: resp.finalURL, File: file, FetchedAt: r.cfg.Clock.Now().UTC(),
		Status: resp.status, ETag: resp.header.Get("ETag"), LastModified: resp.header.Get("Last-Modified"),
		SHA256: sha(resp.body), ContentType: resp.header.Get("Content-Type"), Attachment: attachment}
	return nil
}

// attachments saves the documents a page links to that are on its site;
// a failed one is a warning, not a failure of the page.
func (r *run) attachments(ctx context.Context, pageURL *url.URL, pageFile string, p *wardgraph.Plan, warns []string) (int, []string) {
	n := 0
	for _, a := range p.Source.Attachments {
		au, err := url.Parse(a.URL)
		if err != nil || !au.IsAbs() {
			au = pageURL.ResolveReference(&url.URL{Path: a.URL})
		}
		if !sameSite(au, pageURL) {
			warns = append(warns, fmt.Sprintf("%s: warning: attachment %s is on another site: not saved", pageURL, au))
			continue
		}
		prev := r.usable(au.String())
		resp, err := r.get(ctx, au, prev, maxAttachmentBytes)
		if err == nil && resp.status == http.StatusOK {
			err = r.save(au.String(), attachmentFile(pageFile, au.String()), resp, true)
		} else if err == nil {
			r.touch(au.String(), resp)
		}
		if err != nil {
			warns = append(warns, fmt.Sprintf("%s: warning: attachment %s not saved: %v", pageURL, au, err))
			continue
		}
		n++
	}
	return n, warns
}

// writeIndex writes the folder's index.json: for every page saved (now or
// before), its file, URL and what the index knew of it, so the loaders
// name each plan's source.
func (r *run) writeIndex(targets []Target, sum Summary) error {
	byURL := map[string]Target{}
	for _, t := range targets {
		byURL[t.URL] = t
	}
	var list []Target
	name := filepath.Join(r.cfg.Dir, loaders.IndexFile)
	if data, err := os.ReadFile(name); err == nil {
		json.Unmarshal(data, &list) // an unreadable old index is rewritten
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s: %w", name, err)
	}
	seen := map[string]int{}
	for i, t := range list {
		seen[t.URL] = i
	}
	for _, res := range sum.Results {
		if res.File == "" {
			continue
		}
		t := byURL[res.URL]
		t.File = res.File
		if i, ok := seen[t.URL]; ok {
			list[i] = t
		} else {
			seen[t.URL] = len(list)
			list = append(list, t)
		}
	}
	data, _ := json.MarshalIndent(list, "", " ")
	return writeAtomic(name, append(data, '\n'))
}

// charsetOf returns the charset parameter of a Content-Type, or "".
func charsetOf(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

func sha(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
