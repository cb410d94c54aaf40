package storetest

import wardgraph "github.com/wardgraph/wardgraph"

// fictionalNishi2017 is a FICTIONAL plan of Nishi ward for 2017: three
// issues, five initiatives, every budget kind but SETTLED (one line with no
// amount), shared partners and topics, two reform items.
func fictionalNishi2017() *wardgraph.Plan {
	src := source("nishi/2017")
	src.PageNumber = "900001"
	src.UpdatedOn = "2017-06-07"
	src.Title = "平成29年度 西区運営方針(架空)｜大阪市"
	src.Attachments = []wardgraph.Attachment{
		{Title: "様式1 (架空)", URL: "https://example.invalid/fictional/nishi/2017/yoshiki1.pdf"},
		{Title: "改定履歴 (架空)", URL: "https://example.invalid/fictional/nishi/2017/rireki.pdf"},
	}
	const goal = "『つながる、ささえあう。西区』人と人がつながり、誰もが安心して暮らせるまち(架空)"
	const policy = "区民に身近な行政として、地域活動協議会とともに選択と集中を進める。"
	const seeing = "民生委員・児童委員や地域社会福祉協議会と連携し、見守りコーディネーターを配置する。"
	return &wardgraph.Plan{
		Ward: ward("27106"), FiscalYear: 2017, FiscalYearLabel: "平成29年度",
		Title: "平成29年度 西区運営方針(架空)", TitleLine: 1, Source: src,
		Revisions: []wardgraph.Revision{{Date: "2017-06-07", Text: "架空の改訂: 予算額を更新しました", Line: 3}},
		Goal: &wardgraph.Goal{Text: goal, Slogan: "つながる、ささえあう。西区", Slogans: []string{"つながる、ささえあう。西区", "みんなの西区"}, Line: 5,
			Links: []wardgraph.Link{topic("地域コミュニティ", goal, 5)}},
		Missions: []wardgraph.Mission{{Number: 1, Text: "地域の力を活かしたまちづくりを進める", Line: 7},
			{Number: 2, Text: "区民の安全と安心を守る", Line: 8}},
		Policy: policy, PolicyLine: 10, Coverage: &wardgraph.Coverage{Lines: 40, Placed: 39},
		PolicyLinks: []wardgraph.Link{partner("地域活動協議会", "community", policy, 10)},
		Issues: []wardgraph.Issue{
			{Number: 1, Title: "地域コミュニティの活性化", Description: "地域活動協議会を中心に、多様な主体が協働する地域をめざす。", Line: 12,
				Links: []wardgraph.Link{partner("地域活動協議会", "community", "地域活動協議会を中心に、多様な主体が協働する地域をめざす。", 13)},
				Strategies: []wardgraph.Strategy{{Code: "1-1", Numbered: true, Title: "地域活動協議会の活動支援", Line: 14,
					Initiatives: []wardgraph.Initiative{
						{Code: "1-1-1", Numbered: true, Title: "地域活動協議会の運営支援", Description: "中間支援組織を活用し、地域活動協議会の自律的な運営を支援する。", Line: 15,
							Sections: []wardgraph.Section{{Title: "アウトカム指標", Text: "地域活動協議会の認知度 60%以上", Line: 17}},
							Budgets:  []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(22_268_000), "(29年度予算額 22,268千円)", 15)},
							Links: []wardgraph.Link{partner("中間支援組織", "intermediary", "中間支援組織を活用し、地域活動協議会の自律的な運営を支援する。", 16),
								partner("地域活動協議会", "community", "中間支援組織を活用し、地域活動協議会の自律的な運営を支援する。", 16),
								topic("地域コミュニティ", "地域活動協議会の運営支援", 15)}},
						{Code: "1-1-2", Title: "町会加入の促進", Description: "転入者へ町会の案内を配布し、加入を促す。", Line: 19,
							Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(1_200_000), "(29年度予算額 1,200千円)", 19)},
							Links: []wardgraph.Link{partner("町会", "community", "転入者へ町会の案内を配布し、加入を促す。", 20),
								topic("地域コミュニティ", "町会加入の促進", 19)}},
					}}}},
			{Number: 2, Title: "子育てと見守りの充実", Description: "子育て家庭と高齢者を地域で支える。", Line: 22,
				Strategies: []wardgraph.Strategy{
					{Code: "2-1", Numbered: true, Title: "子育て支援の充実", Line: 24,
						Initiatives: []wardgraph.Initiative{{Code: "2-1-1", Title: "子育てサロンの開催", Description: "子育て家庭が交流できるサロンを開催し、孤立を防ぐ。", Line: 25,
							Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(5_000_000), "(29年度予算額 5,000千円)", 25)},
							Links: []wardgraph.Link{topic("子育て・保育", "子育て家庭が交流できるサロンを開催し、孤立を防ぐ。", 26),
								target("子育て家庭", "子育て家庭が交流できるサロンを開催し、孤立を防ぐ。", 26)}}}},
					{Code: "2-4", Numbered: true, Title: "地域における見守り活動の推進", Line: 28,
						Initiatives: []wardgraph.Initiative{{Code: "2-4-2", Title: "見守り活動の支援", Description: seeing, Line: 29,
							Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(13_667_000), "(29年度予算額 13,667千円)", 29),
								budget(wardgraph.BudgetKindWardCM, 2017, wardgraph.Yen(13_738_000), "(29年度区CM予算額 13,738千円)", 30)},
							Links: []wardgraph.Link{partner("民生委員・児童委員", "welfare", seeing, 31), partner("地域社会福祉協議会", "welfare", seeing, 31),
								topic("高齢者福祉・見守り", seeing, 31), target("高齢者", "見守り活動の支援", 29)}}}},
				}},
			{Number: 3, Title: "安全・安心なまちづくり", Description: "災害に強いまちをめざす。", Line: 33,
				Strategies: []wardgraph.Strategy{{Code: "3-1", Numbered: true, Title: "地域防災力の向上", Line: 35,
					Initiatives: []wardgraph.Initiative{{Code: "3-1-1", Title: "地域防災訓練の実施", Description: "地域活動協議会と連携して防災訓練を行い、要援護者の見守り体制をつくる。", Line: 36,
						Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, nil, "(29年度予算額 - )", 36)},
						Links: []wardgraph.Link{partner("地域活動協議会", "community", "地域活動協議会と連携して防災訓練を行い、要援護者の見守り体制をつくる。", 37),
							topic("防災", "地域防災訓練の実施", 36), topic("高齢者福祉・見守り", "要援護者の見守り体制をつくる。", 37)}}}}}},
		},
		ReformItems: []wardgraph.ReformItem{
			{Title: "未収金対策の強化", Description: "保険料の未収金を減らす。", Program: program, Line: 40},
			{Title: "ICTを活用した区民サービスの向上", Description: "窓口の手続をオンラインで案内する。", Program: program, Line: 42},
		},
		Contact: &wardgraph.Contact{Department: nishiDepartment, Phone: "06-0000-0001", Fax: "06-0000-0002", Address: "大阪市西区架空町1-1(架空)", Line: 45},
	}
}

// fictionalNishi2018 is a FICTIONAL plan of Nishi ward for 2018: the next
// year, with a changed budget, a new initiative and an ESTIMATE line.
func fictionalNishi2018() *wardgraph.Plan {
	src := source("nishi/2018")
	src.UpdatedOn = "2018-05-01"
	const support = "中間支援組織やNPOとともに地域活動協議会の運営を支援する。"
	const magazine = "子育て情報誌を年4回発行し、SNSでも発信する。"
	return &wardgraph.Plan{
		Ward: ward("27106"), FiscalYear: 2018, FiscalYearLabel: "平成30年度",
		Title: "平成30年度 西区運営方針(架空)", TitleLine: 1, Source: src,
		Goal:     &wardgraph.Goal{Text: "人と人がつながり、誰もが安心して暮らせるまち(架空)", Line: 4},
		Missions: []wardgraph.Mission{{Number: 1, Text: "地域の力を活かしたまちづくりを進める", Line: 6}},
		Issues: []wardgraph.Issue{
			{Number: 1, Title: "地域コミュニティの活性化", Line: 8,
				Strategies: []wardgraph.Strategy{{Code: "1-1", Numbered: true, Title: "地域活動協議会の活動支援", Line: 9,
					Initiatives: []wardgraph.Initiative{{Code: "1-1-1", Title: "地域活動協議会の運営支援", Description: support, Line: 10,
						Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2018, wardgraph.Yen(23_000_000), "(30年度予算額 23,000千円)", 10)},
						Links: []wardgraph.Link{partner("中間支援組織", "intermediary", support, 11), partner("NPO", "intermediary", support, 11),
							partner("地域活動協議会", "community", support, 11), topic("地域コミュニティ", "地域活動協議会の運営支援", 10)}}}}}},
			{Number: 2, Title: "子育てと見守りの充実", Line: 13,
				Strategies: []wardgraph.Strategy{{Code: "2-2", Numbered: true, Title: "子育て情報の発信", Line: 14,
					Initiatives: []wardgraph.Initiative{{Code: "2-2-1", Title: "子育て情報誌の発行", Description: magazine, Line: 15,
						Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindEstimate, 2018, wardgraph.Yen(800_000), "[算定見込額 800千円]", 15),
							budget(wardgraph.BudgetKindBudget, 2018, wardgraph.Yen(800_000), "(30年度予算額 800千円)", 16)},
						Links: []wardgraph.Link{topic("子育て・保育", magazine, 17), topic("広報・情報発信", magazine, 17),
							target("子育て家庭", magazine, 17)}}}}}},
		},
		ReformItems: []wardgraph.ReformItem{{Title: "未収金対策の強化", Description: "保険料の未収金を減らす。", Program: program, Line: 20}},
		Contact:     &wardgraph.Contact{Department: nishiDepartment, Phone: "06-0000-0001", Line: 22},
	}
}
