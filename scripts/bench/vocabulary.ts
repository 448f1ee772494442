/**
 * Word lists for synthetic releases. Plain English from the newsroom's field (inspection,
 * schools, children's services, skills) plus general words, so that a Pagefind index built over
 * the fixtures has a realistic, varied vocabulary rather than lorem ipsum repeated. Lists are
 * roughly in order of how common the word is: fixtures draw from them with Zipf weights.
 * Nouns are singular and regular unless listed in IRREGULAR_PLURALS.
 */

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

/**
 * Words to search for in a benchmark: common enough in the fixtures to return results at any N,
 * different from one another, and deterministic. Taken from the head of the noun list, which the
 * generator draws from most often.
 */
export function searchWords(count: number): string[] {
  const step = 3;
  const words: string[] = [];
  for (let i = 0; words.length < count && i < NOUNS.length; i += step) words.push(NOUNS[i]!);
  return words;
}
