package wardgraph

import "encoding/json"

// Plan is one ward's management policy (運営方針) for one fiscal year, as
// published on one page. It is the unit that is parsed, saved and replaced:
// saving a plan again replaces its whole subgraph.
//
// JSON field names are the GraphQL field names; the same shape is the plan
// file format (planschema/plan.schema.json). Line fields are 1-based lines of the
// source text, 0 where a plan did not come from a text.
type Plan struct {
	ID              string       `json:"id"`
	Ward            Ward         `json:"ward"`
	FiscalYear      int          `json:"fiscalYear"`
	FiscalYearLabel string       `json:"fiscalYearLabel"`
	Draft           bool         `json:"draft"`
	Title           string       `json:"title"`
	TitleLine       int          `json:"titleLine,omitempty"`
	Source          Source       `json:"source"`
	Revisions       []Revision   `json:"revisions,omitempty"`
	Goal            *Goal        `json:"goal,omitempty"`
	Missions        []Mission    `json:"missions,omitempty"`
	Policy          string       `json:"policy,omitempty"`
	PolicyLine      int          `json:"policyLine,omitempty"`
	PolicyLinks     []Link       `json:"policyLinks,omitempty"`
	Issues          []Issue      `json:"issues,omitempty"`
	ReformItems     []ReformItem `json:"reformItems,omitempty"`
	Contact         *Contact     `json:"contact,omitempty"`
	Warnings        []Warning    `json:"warnings,omitempty"`
	Coverage        *Coverage    `json:"coverage,omitempty"`
	// Partial marks a plan a store rebuilt only in part for a list of its
	// initiatives (Store.Initiatives, Store.LinkedInitiatives): the header,
	// the source and the listed initiatives with their strategy and issue,
	// nothing else. Whoever needs more loads the plan by id. Never saved.
	Partial bool `json:"-"`
}

// Coverage says how much of a page text the parser placed: Lines is the
// number of content lines (not blank, not page chrome), Placed the number
// that landed in a field of the plan. Every line not placed is named in a
// warning. Nil for plans that did not come from a page text.
type Coverage struct {
	Lines  int `json:"lines"`
	Placed int `json:"placed"`
}

// Share is the part of the content lines placed, 1 for a text without any.
func (c Coverage) Share() float64 {
	if c.Lines == 0 {
		return 1
	}
	return float64(c.Placed) / float64(c.Lines)
}

// Source says where a plan was read from. URL and PageNumber are the
// city's; File is the local file it was loaded from, if any.
type Source struct {
	URL        string `json:"url,omitempty"`
	PageNumber string `json:"pageNumber,omitempty"`
	UpdatedOn  string `json:"updatedOn,omitempty"` // YYYY-MM-DD
	Credit     string `json:"credit,omitempty"`    // e.g. 出典: 大阪市ホームページ
	File       string `json:"file,omitempty"`
	// Title is the page's own title (<title> of an HTML page), "" when unknown.
	Title string `json:"title,omitempty"`
	// Attachments are the documents the page links to: the 様式 PDFs of the
	// full plan, the revision history.
	Attachments []Attachment `json:"attachments,omitempty"`
}

// Attachment is a document a plan's page links to.
type Attachment struct {
	Title string `json:"title"` // the link's text
	URL   string `json:"url"`
}

// AttachmentsText returns the attachments as one JSON text, as a store
// whose properties cannot be lists of records saves them ("" for none).
func (s Source) AttachmentsText() string {
	if len(s.Attachments) == 0 {
		return ""
	}
	b, _ := json.Marshal(s.Attachments) // strings only: cannot fail
	return string(b)
}

// AttachmentsFromText is the inverse of AttachmentsText; text that is not
// such a list gives none.
func AttachmentsFromText(text string) []Attachment {
	var out []Attachment
	if text != "" && json.Unmarshal([]byte(text), &out) != nil {
		return nil
	}
	return out
}

// Revision is a dated note on the page about a change to the plan.
type Revision struct {
	Date string `json:"date,omitempty"` // YYYY-MM-DD, "" when the note has none
	Text string `json:"text"`
	Line int    `json:"line,omitempty"`
}

// Goal is the ward's goal (区の目標), often carrying a slogan in 「」, 『』
// or “”. Slogans keeps every parallel phrase in page order; Slogan is the
// first, kept for compatibility.
type Goal struct {
	ID      string   `json:"id,omitempty"`
	Text    string   `json:"text"`
	Slogan  string   `json:"slogan,omitempty"`
	Slogans []string `json:"slogans,omitempty"`
	Line    int      `json:"line,omitempty"`
	Links   []Link   `json:"links,omitempty"`
}

// Mission is one of the ward's missions (区の使命).
type Mission struct {
	ID     string `json:"id,omitempty"`
	Number int    `json:"number"`
	Text   string `json:"text"`
	Line   int    `json:"line,omitempty"`
	Links  []Link `json:"links,omitempty"`
}

// Section is a titled block of text inside an issue, strategy or initiative
// that newer layouts add: 課題認識, アウトカム指標, 関連するSDGs and the like.
type Section struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	Line  int    `json:"line,omitempty"`
}

// Issue is a management issue (経営課題) with the strategies that pursue it.
type Issue struct {
	ID          string     `json:"id,omitempty"`
	Number      int        `json:"number"`
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	Sections    []Section  `json:"sections,omitempty"`
	Budgets     []Budget   `json:"budgets,omitempty"`
	Line        int        `json:"line,omitempty"`
	Links       []Link     `json:"links,omitempty"`
	Strategies  []Strategy `json:"strategies,omitempty"`
}

// Strategy is a strategy (主な戦略) under an issue. Code is "issue-number",
// e.g. "2-4"; strategies listed without a code get "issue-ordinal" with
// Numbered false.
type Strategy struct {
	ID          string       `json:"id,omitempty"`
	Code        string       `json:"code"`
	Numbered    bool         `json:"numbered"`
	Title       string       `json:"title"`
	Description string       `json:"description,omitempty"`
	Sections    []Section    `json:"sections,omitempty"`
	Line        int          `json:"line,omitempty"`
	Links       []Link       `json:"links,omitempty"`
	Initiatives []Initiative `json:"initiatives,omitempty"`
}

// Initiative is a concrete initiative (具体的取組) under a strategy, with its
// budget lines. Code is "issue-strategy-initiative", e.g. "2-4-2";
// initiatives listed without a code get "strategy-ordinal" with Numbered
// false.
type Initiative struct {
	ID          string    `json:"id,omitempty"`
	Code        string    `json:"code"`
	Numbered    bool      `json:"numbered"`
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	Sections    []Section `json:"sections,omitempty"`
	Budgets     []Budget  `json:"budgets,omitempty"`
	Line        int       `json:"line,omitempty"`
	Links       []Link    `json:"links,omitempty"`
}

// ReformItem is an item of a city-wide programme (e.g. 市政改革プラン2.0)
// that the plan includes; the same programme links every ward's plan.
type ReformItem struct {
	ID          string `json:"id,omitempty"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Program     string `json:"program"`
	Line        int    `json:"line,omitempty"`
}

// Contact is the department responsible for the page (問合せ先).
type Contact struct {
	ID         string `json:"id,omitempty"`
	Department string `json:"department"`
	Phone      string `json:"phone,omitempty"`
	Fax        string `json:"fax,omitempty"`
	Address    string `json:"address,omitempty"`
	Line       int    `json:"line,omitempty"`
}

// Warning is something a loader could not read, with the line it concerns
// (0 for the whole text).
type Warning struct {
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// BudgetTotalYen sums the amounts of every initiative budget line of the
// given kind. Budget lines on issues are summaries of their initiatives'
// and are not added.
func (p *Plan) BudgetTotalYen(kind BudgetKind) int64 {
	var total int64
	for pt := range p.AllParts() {
		if pt.Label == LabelInitiative {
			total += SumBudgets(pt.Initiative.Budgets, kind)
		}
	}
	return total
}

// InitiativeRef points at an initiative inside its plan, issue and strategy.
type InitiativeRef struct {
	Plan       *Plan
	Issue      *Issue
	Strategy   *Strategy
	Initiative *Initiative
}
