package wardgraph_test

import (
	"context"
	"testing"

	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
)

// TestHTMLPageSourceThroughAPI: a plan read from an HTML page shows the
// page's title and attachments on its source through GraphQL.
func TestHTMLPageSourceThroughAPI(t *testing.T) {
	store := memstore.New()
	sum := loaders.Load(context.Background(), store, []string{"loaders/testdata/pages/nishi_2017.html"}, loaders.LoadOptions{})
	if sum.Failed() || sum.Plans != 1 {
		t.Fatalf("%v %v", sum, sum.Errors)
	}
	got := string(post(t, httpserver.New(store, httpserver.Config{}),
		`{ plan(ward: "nishi", fiscalYear: 2017) { source { url title attachments { title url } } } }`))
	want := `{"data":{"plan":{"source":{"url":"https://www.city.osaka.lg.jp/nishi/page/0000397102.html","title":"平成29年度 西区運営方針｜大阪市",` +
		`"attachments":[{"title":"平成29年度 西区運営方針(平成30年6月7日更新)","url":"https://www.city.osaka.lg.jp/nishi/page/cmsfiles/contents/attach1.pdf"},` +
		`{"title":"平成29年度 西区運営方針改定履歴","url":"https://www.city.osaka.lg.jp/nishi/page/cmsfiles/contents/attach2.pdf"}]}}}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
