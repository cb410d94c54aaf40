package fetch

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/wardgraph/wardgraph/sample"
)

// Target is a page to fetch and the file to save it as; the rest is what
// the index knows of it, written to the folder's index.json.
type Target struct {
	URL        string `json:"url"`
	File       string `json:"file"`
	WardJA     string `json:"ward_ja,omitempty"`
	FiscalYear int    `json:"fiscal_year,omitempty"`
	Draft      *bool  `json:"draft,omitempty"`
}

// BundledIndex returns the known pages: the sources index of the bundled
// sample (sample/osaka/index.json), each saved as its text's name with
// .html.
func BundledIndex() ([]Target, error) {
	data, err := fs.ReadFile(sample.FS, path.Join(sample.Dir, "index.json"))
	if err != nil {
		return nil, err
	}
	return ParseIndex("sample/osaka/index.json", data)
}

// ParseIndex reads an index: a JSON array of {"url", "file", ...} entries
// (the shape of sample/osaka/index.json). A file name is saved with .html;
// an entry without one is named after its URL.
func ParseIndex(name string, data []byte) ([]Target, error) {
	var list []Target
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: not an index (a JSON array of {\"url\", \"file\"} entries): %v", name, err)
	}
	for i := range list {
		if _, err := checkURL(list[i].URL); err != nil {
			return nil, fmt.Errorf("%s: entry %d: %v", name, i+1, err)
		}
		if list[i].File == "" {
			list[i].File = FileFor(list[i].URL)
		} else {
			list[i].File = strings.TrimSuffix(path.Base(list[i].File), path.Ext(list[i].File)) + ".html"
		}
	}
	return list, nil
}

// URLTargets makes targets of URLs given on the command line.
func URLTargets(urls []string) ([]Target, error) {
	out := make([]Target, 0, len(urls))
	for _, u := range urls {
		if _, err := checkURL(u); err != nil {
			return nil, err
		}
		out = append(out, Target{URL: u, File: FileFor(u)})
	}
	return out, nil
}

// checkURL accepts absolute http and https URLs only.
func checkURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q: not an http or https URL", s)
	}
	return u, nil
}

var (
	reCityPage = regexp.MustCompile(`^/([a-z]+)/page/(\d+)\.html?$`)
	reUnsafe   = regexp.MustCompile(`[^A-Za-z0-9._-]+`)
)

// FileFor names the file a URL is saved as: WARD_PAGE.html for a page of
// the city's site (/nishi/page/0000397102.html → nishi_0000397102.html),
// else the URL's host and path made safe.
func FileFor(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "page.html"
	}
	if m := reCityPage.FindStringSubmatch(u.Path); m != nil {
		return m[1] + "_" + m[2] + ".html"
	}
	name := strings.Trim(reUnsafe.ReplaceAllString(u.Host+strings.TrimSuffix(u.Path, path.Ext(u.Path)), "_"), "_.")
	return name + ".html"
}

// attachmentFile names the file an attachment of a page is saved as.
func attachmentFile(pageFile, raw string) string {
	u, err := url.Parse(raw)
	base := "attachment"
	if err == nil && path.Base(u.Path) != "/" && path.Base(u.Path) != "." {
		base = reUnsafe.ReplaceAllString(path.Base(u.Path), "_")
	}
	return path.Join("attachments", strings.TrimSuffix(pageFile, ".html"), base)
}
