package page

import (
	"reflect"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

func partnerGazetteer() *gazetteer { return allGazetteers()[0] }

func TestPartnerScan(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"longest match wins", "民生委員・児童委員と連携する", []string{"民生委員・児童委員"}},
		{"short variant maps to the role", "民生委員と連携する", []string{"民生委員・児童委員"}},
		{"主任児童委員 is distinct", "主任児童委員と民生委員", []string{"主任児童委員", "民生委員・児童委員"}},
		{"地域社協 variant", "地域社協等との連携", []string{"地域社会福祉協議会"}},
		{"地域社会福祉協議会 full name", "地域社会福祉協議会と区社会福祉協議会", []string{"地域社会福祉協議会", "区社会福祉協議会"}},
		{"区社協 is the ward council", "区社協が支援する", []string{"区社会福祉協議会"}},
		{"inside a longer word", "各地域活動協議会間で共有", []string{"地域活動協議会"}},
		{"地域活動 alone is no partner", "地域活動への参加", nil},
		{"地域関係団体 not 地域団体", "地域関係団体等", []string{"地域関係団体"}},
		{"民間事業者 not 事業者", "民間事業者と事業者", []string{"民間事業者", "事業者"}},
		{"school variants", "小学校と中学校", []string{"学校"}},
		{"full-width NPO", textnorm.Normalize("ＮＰＯ法人"), []string{"NPO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range partnerGazetteer().links([]srcLine{{n: 1, text: tt.in}}) {
				got = append(got, l.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("partners of %q = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestLinkEvidence checks one link per name per node, with the first
// sentence and line naming it.
func TestLinkEvidence(t *testing.T) {
	lines := []srcLine{
		{n: 3, text: "地域の見守りを進める。また、民生委員と連携する。"},
		{n: 4, text: "民生委員・児童委員の研修を行う。地域社協を支援する。"},
	}
	got := partnerGazetteer().links(lines)
	want := []wardgraph.Link{
		{Kind: wardgraph.LinkPartner, Name: "民生委員・児童委員", Category: "welfare", Evidence: "また、民生委員と連携する。", Line: 3},
		{Kind: wardgraph.LinkPartner, Name: "地域社会福祉協議会", Category: "welfare", Evidence: "地域社協を支援する。", Line: 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links = %+v\nwant %+v", got, want)
	}
}

func TestTopicsAndTargets(t *testing.T) {
	g := allGazetteers()
	line := []srcLine{{n: 1, text: "民生委員・児童委員と認知症高齢者の見守りを行い、子育て家庭を支える。"}}
	topics, targets := g[1].links(line), g[2].links(line)
	if names := linkNames(topics, wardgraph.LinkTopic); !reflect.DeepEqual(names, []string{"高齢者福祉・見守り", "子育て・保育"}) {
		t.Errorf("topics = %v", names)
	}
	if names := linkNames(targets, wardgraph.LinkTargetGroup); !reflect.DeepEqual(names, []string{"認知症高齢者", "子育て家庭"}) {
		t.Errorf("targets = %v (児童 inside 民生委員・児童委員 must not count)", names)
	}
}

func TestSentences(t *testing.T) {
	got := sentences("一つ目。 二つ目。三つ目")
	if want := []string{"一つ目。", "二つ目。", "三つ目"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
