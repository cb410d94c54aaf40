package loaders

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
)

// withinSeconds runs f and fails the test instead of hanging when f blocks.
func withinSeconds(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("blocked: still reading after 10 s")
	}
}

func mkfifo(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// TestLoadNamedSpecialFiles: a FIFO, a device, a directory named like a
// file and a symlink loop named on the command line are refused at once,
// each with its reason, and nothing is loaded.
func TestLoadNamedSpecialFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"d.json/x.txt": "x"})
	mkfifo(t, filepath.Join(dir, "fifo.txt"))
	symlink(t, "loop2.txt", filepath.Join(dir, "loop1.txt"))
	symlink(t, "loop1.txt", filepath.Join(dir, "loop2.txt"))
	tests := []struct{ file, want string }{
		{filepath.Join(dir, "fifo.txt"), filepath.Join(dir, "fifo.txt") + ": a named pipe (FIFO), not a regular file: not read"},
		{"/dev/null", "/dev/null: unsupported file type \"\": want .txt (a page text), .html or .htm (a page), or .json, .yaml, .yml (a plan file)"},
		{filepath.Join(dir, "d.json"), filepath.Join(dir, "d.json") + ": is a directory named like a file, not a file: not read (name its folder, or rename it)"},
		{filepath.Join(dir, "loop1.txt"), filepath.Join(dir, "loop1.txt") + ": a symbolic link loop: not read"},
	}
	for _, tt := range tests {
		st := newStore(t)
		var sum Summary
		withinSeconds(t, func() { sum = Load(context.Background(), st, []string{tt.file}, LoadOptions{}) })
		if !sum.Failed() || len(sum.Errors) != 1 || sum.Errors[0].Error() != tt.want || len(savedPlans(t, st)) != 0 {
			t.Errorf("%s: summary %v %v\nwant the error %s", tt.file, sum, sum.Errors, tt.want)
		}
	}
}

// TestReadDeviceNamedLikeAText: a device behind a .txt name is refused
// before it is opened.
func TestReadDeviceNamedLikeAText(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "null.txt")
	symlink(t, "/dev/null", name)
	var err error
	withinSeconds(t, func() { _, _, err = ReadFile(name) })
	if want := name + ": a character device, not a regular file: not read"; wardgraph.ErrorMessage(err) != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestLoadFolderSkipsSpecialFiles: in a folder, FIFOs, directories named
// like files, symlink loops, dangling links and links out of the folder
// are skipped with their reasons, other file types are counted by
// extension, and the good files load.
func TestLoadFolderSkipsSpecialFiles(t *testing.T) {
	outside := writeFiles(t, map[string]string{"secret.txt": readText(t, nishiText)})
	dir := writeFiles(t, map[string]string{
		"good.json": minimalPlan, "a.pdf": "%PDF", "b.pdf": "%PDF", "c.docx": "PK", "sub.txt/inner.json": minimalPlan,
		"inside.txt": readText(t, nishiText),
	})
	mkfifo(t, filepath.Join(dir, "fifo.txt"))
	symlink(t, "loop2.txt", filepath.Join(dir, "loop1.txt"))
	symlink(t, "loop1.txt", filepath.Join(dir, "loop2.txt"))
	symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "escape.txt"))
	symlink(t, "nothing.txt", filepath.Join(dir, "dangling.txt"))
	symlink(t, "inside.txt", filepath.Join(dir, "link.txt")) // inside the folder: read (same plan twice → an error)
	st := newStore(t)
	var sum Summary
	withinSeconds(t, func() { sum = Load(context.Background(), st, []string{dir}, LoadOptions{}) })
	var got []string
	for _, s := range sum.Skipped {
		got = append(got, strings.TrimPrefix(s.String(), dir+"/"))
	}
	want := []string{
		"a.pdf: skipped: unsupported file type .pdf",
		"b.pdf: skipped: unsupported file type .pdf",
		"c.docx: skipped: unsupported file type .docx",
		"dangling.txt: skipped: a symbolic link to nothing (dangling)",
		"escape.txt: skipped: a symbolic link leaving the folder (to " + resolved(t, outside) + "/secret.txt): refused",
		"fifo.txt: skipped: a named pipe (FIFO), not a regular file",
		"loop1.txt: skipped: a symbolic link loop",
		"loop2.txt: skipped: a symbolic link loop",
		"sub.txt/: skipped: a directory named like a file: not read",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("skipped\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasSuffix(sum.String(), "; skipped: 9 files (other 6, .pdf 2, .docx 1)") {
		t.Errorf("summary %q", sum.String())
	}
	if sum.Plans != 2 || len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Error(), "already loaded from") {
		t.Errorf("summary %v %v; want good.json and inside.txt loaded, link.txt refused as a repeat", sum, sum.Errors)
	}
}

func resolved(t *testing.T, dir string) string {
	r, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestLoadNothingLoadable: a folder with nothing to load fails and says so.
func TestLoadNothingLoadable(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.pdf": "%PDF", "b.pdf": "%PDF", "c.docx": "PK"})
	st := newStore(t)
	if sum := Load(context.Background(), st, []string{dir}, LoadOptions{}); sum.Failed() {
		t.Errorf("a store's own empty folder is not an error: %v", sum.Errors)
	}
	sum := Load(context.Background(), st, []string{dir}, LoadOptions{RequireFiles: true})
	want := dir + ": nothing to load: no page texts (.txt), HTML pages (.html, .htm) or plan files (.json, .yaml, .yml); skipped: 3 files (.pdf 2, .docx 1)"
	if !sum.Failed() || len(sum.Errors) != 1 || sum.Errors[0].Error() != want || len(savedPlans(t, st)) != 0 {
		t.Errorf("summary %v %v\nwant %s", sum, sum.Errors, want)
	}
}

// TestLoadHTMLInATxt: the issue's case, an HTML page saved as .txt that
// parses into an empty plan, is read as HTML with a warning and refused by
// load, so it cannot replace the good plan; --allow-empty loads it.
func TestLoadHTMLInATxt(t *testing.T) {
	bad := "<html><body>\n<p>平成29年度 西区運営方針</p>\n<p>ページ番号:397102</p>\n</body></html>\n"
	dir := writeFiles(t, map[string]string{"nishi_2017.txt": bad})
	name := filepath.Join(dir, "nishi_2017.txt")
	_, warns, err := ReadFile(name)
	if err != nil || len(warns) == 0 || warns[0] != name+": warning: the file is HTML markup, not a page text: read as an HTML page" {
		t.Fatalf("read: %v %q", err, warns)
	}
	st := newStore(t)
	if sum := Load(context.Background(), st, []string{nishiText}, LoadOptions{}); sum.Plans != 1 {
		t.Fatalf("the good plan: %v %v", sum, sum.Errors)
	}
	sum := Load(context.Background(), st, []string{name}, LoadOptions{})
	if kept, err := st.Plans(context.Background(), wardgraph.PlanFilter{}); err != nil || len(kept) != 1 || kept[0].Goal == nil || len(kept[0].Issues) != 4 {
		t.Errorf("the good plan was replaced: %v", err)
	}
	want := name + ": plan osaka/nishi/2017 has no goal, no missions and no management issues: not loaded, so that it cannot replace a good plan (a bad download, or a page that is not a plan; --allow-empty loads it anyway)"
	if len(sum.Errors) != 1 || sum.Errors[0].Error() != want || sum.Plans != 0 {
		t.Errorf("summary %v %v\nwant %s", sum, sum.Errors, want)
	}
	sum = Load(context.Background(), st, []string{name}, LoadOptions{AllowEmpty: true})
	if sum.Failed() || sum.Plans != 1 {
		t.Errorf("--allow-empty: %v %v", sum, sum.Errors)
	}
}
