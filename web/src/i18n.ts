// Japanese first, with an English switch; the choice is remembered.

export type Lang = 'ja' | 'en';

const strings = {
  search: ['検索', 'Search'],
  plan: ['方針を読む', 'Read a plan'],
  graph: ['グラフ', 'Graph'],
  compare: ['比較', 'Compare'],
  crosscut: ['横断', 'Cross-cutting'],
  budgets: ['予算', 'Budgets'],
  openGraphiql: ['GraphiQLでこのクエリを開く', 'Open this query in GraphiQL'],
  lang: ['English', '日本語'],
  searchLabel: ['検索語', 'Search words'],
  searchPlaceholder: ['例: 民生委員', 'e.g. 民生委員'],
  ward: ['区', 'Ward'],
  year: ['年度', 'Fiscal year'],
  any: ['すべて', 'Any'],
  go: ['検索する', 'Search'],
  show: ['表示', 'Show'],
  hits: ['件', 'hits'],
  noHits: ['該当なし', 'No hits'],
  shared: ['共通ノード', 'shared node'],
  goal: ['区の目標', 'Goal'],
  slogan: ['スローガン', 'Slogan'],
  missions: ['区の使命', 'Missions'],
  policy: ['区長の方針', "Ward head's policy"],
  issues: ['経営課題', 'Management issues'],
  issue: ['経営課題', 'Issue '],
  strategy: ['主な戦略', 'Strategy'],
  initiative: ['具体的取組', 'Initiative'],
  budgetLines: ['予算', 'Budget lines'],
  noAmount: ['金額なし', 'no amount'],
  partners: ['連携先', 'Partners'],
  topics: ['テーマ', 'Topics'],
  targets: ['対象', 'Target groups'],
  evidence: ['根拠', 'Evidence'],
  line: ['行', 'line'],
  cityPage: ['大阪市のページ', "The city's page"],
  reform: ['市政改革', 'Reform items'],
  contact: ['問合せ先', 'Contact'],
  warnings: ['読み取りの警告', 'Loader warnings'],
  neighbourhood: ['近傍グラフ', 'Neighbourhood'],
  depth: ['深さ', 'Depth'],
  nodeId: ['ノードID', 'Node id'],
  pathTo: ['経路の行き先', 'Paths to'],
  findPaths: ['経路を探す', 'Find paths'],
  expand: ['隣接を展開', 'Expand neighbours'],
  open: ['開く', 'Open'],
  selected: ['選択中', 'Selected'],
  truncated: ['500ノードで打ち切り', 'cut at 500 nodes'],
  nodes: ['ノード', 'nodes'],
  edges: ['リンク', 'links'],
  paths: ['経路', 'Paths'],
  noPaths: ['経路なし', 'No paths'],
  compareWards: ['区を比較(同じ年度)', 'Wards in one year'],
  compareYears: ['年度を比較(同じ区)', 'Years of one ward'],
  wards: ['区(カンマ区切り)', 'Wards (comma-separated)'],
  years: ['年度(カンマ区切り)', 'Fiscal years (comma-separated)'],
  topic: ['テーマ', 'Topic'],
  issueCount: ['課題数', 'issues'],
  initiativeCount: ['取組数', 'initiatives'],
  budget: ['予算額', 'budget'],
  sharedPartners: ['共通の連携先', 'Shared partners'],
  none: ['なし', 'none'],
  minIssues: ['最少の課題数', 'Fewest issues'],
  minWards: ['最少の区数', 'Fewest wards'],
  via: ['ノード', 'Node'],
  kind: ['種類', 'Kind'],
  groupBy: ['集計単位', 'Group by'],
  budgetKind: ['予算の種類', 'Budget kind'],
  label: ['項目', 'Group'],
  amount: ['金額(円)', 'Amount (yen)'],
  downloadCSV: ['CSVをダウンロード', 'Download CSV'],
  loading: ['読み込み中…', 'Loading…'],
  error: ['エラー', 'Error'],
  notFound: ['見つかりません', 'Not found'],
  planList: ['方針の一覧', 'Plans'],
  draft: ['案', 'draft'],
  chart: ['予算のグラフ', 'Budget chart'],
  table: ['表', 'Table'],
  raw: ['原文', 'As printed'],
} satisfies Record<string, [string, string]>;

/** Key names one translatable string. */
export type Key = keyof typeof strings;

let lang: Lang = localStorage.getItem('wardgraph.lang') === 'en' ? 'en' : 'ja';

/** t returns the string in the current language. */
export function t(key: Key): string {
  return strings[key][lang === 'ja' ? 0 : 1];
}

/** currentLang is the chosen language. */
export function currentLang(): Lang {
  return lang;
}

/** setLang switches the language and remembers it. */
export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem('wardgraph.lang', l);
  document.documentElement.lang = l;
}

/** yearLabel shows 西暦 with 和暦 beside it, e.g. 2017(平成29年度). */
export function yearLabel(fy: number, wareki?: string | null): string {
  return wareki ? `${fy}(${wareki})` : String(fy);
}

const kinds: Record<string, string> = {
  Municipality: '市', Ward: '区', Plan: '運営方針', Goal: '区の目標', Mission: '区の使命', Policy: '区長の方針',
  Issue: '経営課題', Strategy: '主な戦略', Initiative: '具体的取組', Budget: '予算', Partner: '連携先',
  Topic: 'テーマ', TargetGroup: '対象', Program: '市の計画', ReformItem: '改革項目', Department: '担当',
};

/** kindName names a node kind (GraphQL type) in the current language. */
export function kindName(kind: string): string {
  return lang === 'ja' ? (kinds[kind] ?? kind) : kind;
}
