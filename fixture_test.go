package wardgraph

// Fictional plans for the domain package's tests: two wards in one year and
// one ward in another. Not real data.

func partner(name, category string) Link {
	return Link{Kind: LinkPartner, Name: name, Category: category, Evidence: name + "と連携する。"}
}

func topic(name string) Link { return Link{Kind: LinkTopic, Name: name, Evidence: name + "。"} }

func testPlan(wardKey string, fy int, issues ...Issue) *Plan {
	w, _ := LookupWard(wardKey)
	p := &Plan{Ward: w, FiscalYear: fy, FiscalYearLabel: "架空", Title: "架空の運営方針",
		Goal: &Goal{Text: "架空の目標", Links: []Link{partner("地域活動協議会", "community")}}, Issues: issues}
	p.AssignIDs()
	return p
}

func testIssue(n int, title string, inits ...Initiative) Issue {
	return Issue{Number: n, Title: title, Strategies: []Strategy{{Code: itoa(n) + "-1", Numbered: true, Title: title, Initiatives: inits}}}
}

func testInit(code string, yen int64, links ...Link) Initiative {
	return Initiative{Code: code, Title: "取組" + code, Budgets: []Budget{{Kind: BudgetKindBudget, AmountYen: Yen(yen), Raw: "予算額"}}, Links: links}
}

func itoa(n int) string { return string(rune('0' + n)) }

// fixturePlans: Nishi 2017 (two issues), Taisho 2017 (one issue), Nishi 2018.
func fixturePlans() []*Plan {
	nishi := testPlan("nishi", 2017,
		testIssue(1, "地域", testInit("1-1-1", 1000, partner("民生委員・児童委員", "welfare"), topic("防災"))),
		testIssue(2, "福祉", testInit("2-1-1", 2000, topic("防災"), topic("高齢者福祉・見守り")),
			testInit("2-1-2", 500, partner("民生委員・児童委員", "welfare"))))
	taisho := testPlan("taisho", 2017,
		testIssue(1, "防災", testInit("1-1-1", 300, topic("防災"), partner("民生委員・児童委員", "welfare"))))
	nishi18 := testPlan("nishi", 2018, testIssue(1, "地域", testInit("1-1-1", 700, topic("子育て・保育"))))
	return []*Plan{nishi, taisho, nishi18}
}
