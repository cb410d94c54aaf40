package wardgraph

import (
	"fmt"
	"strconv"
	"strings"
)

// Ids are stable and readable, derived from content, so that loading a page
// again yields the same ids (domain.md §9):
//
//	osaka                              Municipality
//	osaka/nishi                        Ward
//	osaka/nishi/2017                   Plan (a draft: osaka/chuo/2017-draft)
//	osaka/nishi/2017/goal              Goal; likewise /policy, /source
//	osaka/nishi/2017/mission/1         Mission
//	osaka/nishi/2017/issue/2           Issue
//	osaka/nishi/2017/strategy/2-4      Strategy
//	osaka/nishi/2017/initiative/2-4-2  Initiative
//	osaka/nishi/2017/initiative/2-4-2/budget/1   Budget (also under an issue)
//	osaka/nishi/2017/reform/1          ReformItem
//	osaka/nishi/department/総務課 事業調整グループ  Department
//	partner/NAME, topic/NAME, target/NAME, program/NAME

// MunicipalityID returns the id of a city from its slug.
func MunicipalityID(slug string) string { return slug }

// WardID returns the id of a ward.
func WardID(citySlug, wardSlug string) string { return citySlug + "/" + wardSlug }

// PlanID returns the id of a ward's plan for a fiscal year.
func PlanID(wardID string, fiscalYear int, draft bool) string {
	id := wardID + "/" + strconv.Itoa(fiscalYear)
	if draft {
		id += "-draft"
	}
	return id
}

// PartnerID returns the id of the partner with the given canonical name.
func PartnerID(name string) string { return "partner/" + name }

// TopicID returns the id of the topic with the given name.
func TopicID(name string) string { return "topic/" + name }

// TargetGroupID returns the id of the target group with the given name.
func TargetGroupID(name string) string { return "target/" + name }

// ProgramID returns the id of the city-wide programme with the given name.
func ProgramID(name string) string { return "program/" + name }

// DepartmentID returns the id of a ward's department.
func DepartmentID(wardID, name string) string { return wardID + "/department/" + name }

// PolicyID returns the id of a plan's policy.
func PolicyID(planID string) string { return planID + "/policy" }

// LinkTargetID returns the id of the node a link points at.
func LinkTargetID(l Link) string {
	switch l.Kind {
	case LinkPartner:
		return PartnerID(l.Name)
	case LinkTopic:
		return TopicID(l.Name)
	}
	return TargetGroupID(l.Name)
}

// PlanIDOf returns the plan id that a plan-part id starts with, or "" when
// id is not a plan or a part of one.
func PlanIDOf(id string) string {
	parts := strings.SplitN(id, "/", 4)
	if len(parts) < 3 || parts[1] == "" || parts[2] == "department" {
		return ""
	}
	if _, err := strconv.Atoi(strings.TrimSuffix(parts[2], "-draft")); err != nil {
		return ""
	}
	return strings.Join(parts[:3], "/")
}

// PlanWardYear splits a plan id (PlanID) into its ward id and fiscal year;
// ok is false when id is no plan id.
func PlanWardYear(planID string) (wardID string, fiscalYear int, ok bool) {
	at := strings.LastIndexByte(planID, '/')
	if at <= 0 || PlanIDOf(planID) != planID {
		return "", 0, false
	}
	year, err := strconv.Atoi(strings.TrimSuffix(planID[at+1:], "-draft"))
	return planID[:at], year, err == nil
}

// AssignIDs derives the id of the plan and of every part of it from its
// content. Codes that repeat inside one plan get a suffix (~2, ~3) so that
// every id is unique. It is idempotent.
func (p *Plan) AssignIDs() {
	if p.Ward.ID == "" && p.Ward.Code != "" {
		if w, ok := LookupWard(p.Ward.Code); ok {
			p.Ward.ID = w.ID
		}
	}
	p.ID = PlanID(p.Ward.ID, p.FiscalYear, p.Draft)
	u := uniq{}
	if p.Goal != nil {
		p.Goal.ID = p.ID + "/goal"
	}
	for i := range p.Missions {
		p.Missions[i].ID = u.id(p.ID + "/mission/" + strconv.Itoa(p.Missions[i].Number))
	}
	for i := range p.Issues {
		p.Issues[i].assignIDs(p.ID, u)
	}
	for i := range p.ReformItems {
		p.ReformItems[i].ID = u.id(fmt.Sprintf("%s/reform/%d", p.ID, i+1))
	}
	if p.Contact != nil {
		p.Contact.ID = DepartmentID(p.Ward.ID, p.Contact.Department)
	}
}

func (is *Issue) assignIDs(planID string, u uniq) {
	is.ID = u.id(planID + "/issue/" + strconv.Itoa(is.Number))
	assignBudgetIDs(is.ID, is.Budgets)
	for i := range is.Strategies {
		st := &is.Strategies[i]
		st.ID = u.id(planID + "/strategy/" + st.Code)
		for j := range st.Initiatives {
			in := &st.Initiatives[j]
			in.ID = u.id(planID + "/initiative/" + in.Code)
			assignBudgetIDs(in.ID, in.Budgets)
		}
	}
}

func assignBudgetIDs(owner string, lines []Budget) {
	for i := range lines {
		lines[i].ID = fmt.Sprintf("%s/budget/%d", owner, i+1)
	}
}

// uniq hands out ids, suffixing ones already handed out.
type uniq map[string]int

func (u uniq) id(base string) string {
	u[base]++
	if n := u[base]; n > 1 {
		return fmt.Sprintf("%s~%d", base, n)
	}
	return base
}
