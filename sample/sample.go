// Package sample bundles the real Osaka ward policy page texts that
// wardgraph serves when started without --data: the whole 平成29年度 西区運営方針
// page and the beginnings of 52 other pages (23 wards, fiscal years
// 2013–2026, drafts and final plans, every layout family known).
// 出典: 大阪市ホームページ (see osaka/SOURCE.md).
package sample

import "embed"

// FS holds osaka/*.txt and osaka/index.json (each file's source URL, ward,
// fiscal year and draft flag; also the index of known pages that
// `wardgraph fetch` uses).
//
//go:embed osaka/*.txt osaka/index.json
var FS embed.FS

// Dir is the folder inside FS that holds the texts.
const Dir = "osaka"
