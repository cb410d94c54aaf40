package storetest

import wardgraph "github.com/wardgraph/wardgraph"

// fictionalTaisho2017 is a FICTIONAL plan of Taisho ward for 2017: two
// issues, a SETTLED line, partners shared with the fictional Nishi plans.
func fictionalTaisho2017() *wardgraph.Plan {
	src := source("taisho/2017")
	const event = "事業者と連携して水辺でイベントを開催する。"
	const network = "民生委員・児童委員と地域活動協議会による見守りネットワークをつくり、災害時の安否確認にも活かす。"
	return &wardgraph.Plan{
		Ward: ward("27108"), FiscalYear: 2017, FiscalYearLabel: "平成29年度",
		Title: "平成29年度 大正区運営方針(架空)", TitleLine: 1, Source: src,
		Goal: &wardgraph.Goal{Text: "水辺ににぎわいのあるまち大正(架空)", Line: 3},
		Issues: []wardgraph.Issue{
			{Number: 1, Title: "にぎわいのあるまちづくり", Line: 5,
				Strategies: []wardgraph.Strategy{{Code: "1-1", Numbered: true, Title: "水辺の魅力づくり", Line: 6,
					Initiatives: []wardgraph.Initiative{{Code: "1-1-1", Title: "水辺のにぎわい創出", Description: event, Line: 7,
						Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(8_000_000), "(29年度予算額 8,000千円)", 7),
							budget(wardgraph.BudgetKindSettled, 2016, wardgraph.Yen(7_500_000), "(28年度決算額 7,500千円)", 8)},
						Links: []wardgraph.Link{partner("事業者", "business", event, 9), topic("にぎわい・地域資源", event, 9)}}}}}},
			{Number: 2, Title: "見守りと防災", Line: 11,
				Strategies: []wardgraph.Strategy{{Code: "2-1", Numbered: true, Title: "見守り体制の強化", Line: 12,
					Initiatives: []wardgraph.Initiative{{Code: "2-1-1", Title: "高齢者見守りネットワーク", Description: network, Line: 13,
						Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(3_500_000), "(29年度予算額 3,500千円)", 13)},
						Links: []wardgraph.Link{partner("民生委員・児童委員", "welfare", network, 14), partner("地域活動協議会", "community", network, 14),
							topic("高齢者福祉・見守り", network, 14), topic("防災", network, 14), target("高齢者", "高齢者見守りネットワーク", 13)}}}}}},
		},
		ReformItems: []wardgraph.ReformItem{{Title: "未収金対策の強化", Description: "保険料の未収金を減らす。", Program: program, Line: 16}},
		Contact:     &wardgraph.Contact{Department: taishoDepartment, Phone: "06-0000-0003", Line: 18},
	}
}

// fictionalTaisho2017Draft is a FICTIONAL draft (案) of Taisho's 2017 plan:
// one initiative with an ESTIMATE line only, no goal and no contact.
func fictionalTaisho2017Draft() *wardgraph.Plan {
	src := source("taisho/2017-draft")
	return &wardgraph.Plan{
		Ward: ward("27108"), FiscalYear: 2017, FiscalYearLabel: "平成29年度", Draft: true,
		Title: "平成29年度 大正区運営方針(案)(架空)", TitleLine: 1, Source: src,
		Issues: []wardgraph.Issue{{Number: 1, Title: "にぎわいのあるまちづくり", Line: 3,
			Strategies: []wardgraph.Strategy{{Code: "1-1", Numbered: true, Title: "水辺の魅力づくり", Line: 4,
				Initiatives: []wardgraph.Initiative{{Code: "1-1-1", Title: "水辺のにぎわい創出", Description: "水辺でイベントを開催する。", Line: 5,
					Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindEstimate, 2017, wardgraph.Yen(8_200_000), "[算定見込額 8,200千円]", 5)},
					Links:   []wardgraph.Link{topic("にぎわい・地域資源", "水辺でイベントを開催する。", 5)}}}}}}},
	}
}
