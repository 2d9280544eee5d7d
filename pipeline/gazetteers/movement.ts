// Cue words for crossings and detentions (codebook: crossing, detention): verbs and phrases in the forms
// that report a past occurrence, the outcome each implies, and the words for people, authorities,
// facilities and border points. General English; no name of any source.

export type CueOutcome = "entered" | "protection_granted" | "refused_entry" | "pushed_back" | "deported" | "prevented" | "attempted"

/**
 * How the states named after a cue read: `forward` — "from X" is the origin, "to/into X" the destination
 * ("crossed from Ukraine into Slovakia"); `return` — the people are sent back, so "to/into X" is the state
 * they came from and "from X" the state that returned them ("pushed back from Slovenia into Croatia"); `host` — the
 * state that is the subject of the cue is the destination ("Ruritania has taken in 5,000 more"); `exit` — the state
 * that is the subject of the cue is the one people could not leave ("Ruritania stopped 900 people from leaving").
 */
export type CueDirection = "forward" | "return" | "host" | "exit"

export interface CrossingCue {
  readonly name: string
  /** Regular-expression source, matched case-insensitively on word boundaries. */
  readonly pattern: string
  readonly outcome: CueOutcome
  readonly direction: CueDirection
  /** The cue reports a crossing only when a state is named right after it ("left Chad", "returned them to Serbia"). */
  readonly needsState?: boolean
  /**
   * The cue reports a crossing only when its subject is people (a people phrase, a pronoun or a count right
   * before it) and its object a place ("40 people reached Malta", not "the minister reached an agreement").
   */
  readonly needsPeopleAndPlace?: boolean
}

// Up to n words between a verb and its particle ("turned about 70 migrants back").
const gap = (n: number): string => `(?:[\\p{L}\\p{N}_’'.,-]+\\s+){0,${n}}?`

/** Crossing cues, strongest outcome first: a sentence takes the strongest outcome its cues imply. */
export const crossingCues: ReadonlyArray<CrossingCue> = [
  { name: "protection", outcome: "protection_granted", direction: "forward",
    pattern: `(?:granted|gave|given|received|obtained)\\s+${gap(4)}(?:asylum|protection|refugee\\s+status|humanitarian\\s+visas?|temporary\\s+protection)` },
  { name: "deportation", outcome: "deported", direction: "forward",
    pattern: `(?:deported|extradited|expelled|repatriated|readmitted|handed\\s+${gap(3)}over\\s+to|removed\\s+${gap(3)}to|(?:sent|taken|transferred|passed)\\s+on\\s+to|flown\\s+${gap(3)}back|flew\\s+${gap(3)}back)` },
  { name: "pushback", outcome: "pushed_back", direction: "return",
    pattern: `(?:pushed|forced|sent|turned|driven|drove|escorted|taken|took|marched|pulled|pulling|forcing|pushing|sending|handed|put|carried|towed|shipped|bused|bussed)\\s+${gap(8)}(?:back|away)(?!\\s+(?:home|then|in\\s+\\d))|forced\\s+${gap(2)}onto\\s+(?:an?\\s+)?(?:inflatable|life\\s+raft|raft|dinghy)|drove\\s+${gap(10)}into|(?:forced|pushed|forcing|pushing|made)\\s+(?:him|her|them|us|me)\\s+(?:to\\s+cross\\b|across|over(?!\\s+to\\b))` },
  { name: "pushback-noun", outcome: "pushed_back", direction: "return",
    pattern: `(?:hundreds|thousands|dozens|\\d[\\d,]*)\\s+(?:of\\s+)?(?:pushbacks|push-backs|forced\\s+returns)` },
  { name: "detain-return", outcome: "pushed_back", direction: "return",
    pattern: `(?:detained|arrested|apprehended|caught)\\s+and\\s+(?:returned|expelled|removed)` },
  { name: "return", outcome: "pushed_back", direction: "return", needsState: true,
    pattern: `(?:returned|sent(?!\\s+on\\s+to\\b))\\s+${gap(6)}(?:to|into|on\\s+to)` },
  { name: "refusal", outcome: "refused_entry", direction: "forward",
    // entry "to the zone" or "to the courtroom" is a place inside a state, not a border
    pattern: `(?:refused|denied)\\s+(?:${gap(3)})?(?:entry|admission)(?!\\s+(?:to|into)\\s+(?:the\\s+|a\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:zone|area|site|camp|building|premises|court(?:room)?|hearing|hall|parliament|stadium|hospital|centre|center))|refusing\\s+${gap(2)}entry|refused\\s+to\\s+accept\\s+their\\s+applications` },
  { name: "prevention", outcome: "prevented", direction: "forward",
    pattern: `(?:blocked\\s+their\\s+(?:way|path)|(?:keep|kept|keeping)\\s+(?:them|him|her|the\\s+\\p{L}+|people|migrants|refugees)\\s+out|(?:prevented|stopped|foiled|thwarted)\\s+${gap(4)}(?:attempts|crossings|entries)|stopped\\s+${gap(3)}(?:at|near|on|close\\s+to)\\s+the\\s+(?:\\p{L}+\\s+)?border|(?:stopped|prevented)\\s+(?:them|him|her)|were\\s+stopped|was\\s+stopped|prevented\\s+from\\s+(?:crossing|entering|leaving)|(?:were|was|been)\\s+(?:intercepted|blocked)|intercepted\\s+${gap(3)}(?:people|migrants|refugees|boats?|dinghies|\\d[\\d,]*)|(?:refused|denied)\\s+(?:${gap(2)})?exit)` },
  { name: "exit-prevention", outcome: "prevented", direction: "exit",
    pattern: `(?:stopped|prevented|blocked|kept)\\s+${gap(4)}from\\s+(?:leaving|departing|setting\\s+off|sailing)` },
  { name: "entry", outcome: "entered", direction: "forward",
    pattern: `(?:crossed|entered|arrived|fled|swam|waded|scaled|climbed\\s+over|disembarked|made\\s+(?:their|his|her|its)\\s+way\\s+(?:to|into|across)|(?:slipped|sneaked|snuck|crept|(?:were|was)\\s+smuggled)\\s+(?:across|into)|got\\s+(?:over|across|into)|made\\s+it\\s+(?:across|over|to)|came\\s+in|had\\s+come|have\\s+come|made\\s+it\\s+into|took\\s+refuge|take\\s+refuge|walked\\s+${gap(3)}into|have\\s+left|has\\s+left|kept\\s+(?:crossing|arriving)|continued\\s+to\\s+(?:cross|arrive)|after\\s+(?:entering|crossing)|registered\\s+${gap(2)}\\d[\\d,]*\\s+(?:irregular\\s+)?(?:migrants|arrivals|crossings)|(?:managed|able)\\s+to\\s+(?:flee|cross|enter|reach))` },
  // landing or reaching a place by a people subject; "reached" alone is common ("reached an agreement")
  { name: "arrival", outcome: "entered", direction: "forward", needsPeopleAndPlace: true,
    pattern: `(?:landed|reached|reaching|came\\s+ashore|brought\\s+ashore|were\\s+brought\\s+(?:to|into)|was\\s+brought\\s+(?:to|into)|(?:were|was)\\s+taken\\s+by\\s+${gap(3)}(?:vessel|ship|boat|ferry|trawler|tanker)\\s+to)` },
  { name: "intake", outcome: "entered", direction: "host",
    pattern: `(?:taken|took|has\\s+received|have\\s+received|welcomed|admitted)\\s+in(?=\\s+(?:some|about|around|over|more|nearly|almost|tens|hundreds|thousands|dozens|\\d))|(?:has|have|had)\\s+(?:welcomed|admitted)(?=\\s+(?:some|about|around|over|more|nearly|almost|tens|hundreds|thousands|dozens|\\d))` },
  { name: "crossing-for", outcome: "entered", direction: "forward", needsState: true,
    pattern: `for\\s+(?:entering|crossing)(?:\\s+(?:from|into))?` },
  { name: "travel", outcome: "entered", direction: "forward", needsState: true,
    pattern: `(?:travell?ed(?:\\s+on)?\\s+to|went\\s+(?:on\\s+)?to|flew\\s+to|took\\s+the\\s+(?:bus|train|ferry)\\s+to|flight\\s+carried\\s+${gap(4)}from|left)` },
  // a boat setting off or wrecked on the way: the crossing was attempted, its end not (yet) told
  { name: "voyage", outcome: "attempted", direction: "forward",
    pattern: `(?:boat|dinghy|vessel|ship|trawler|raft|inflatable|yacht|sailboat)\\s+${gap(6)}(?:broke\\s+(?:apart|up)|capsized|sank|deflated|ran\\s+aground|foundered|went\\s+down|left|set\\s+(?:off|out|sail)|departed)(?![\\p{L}])(?!\\s+(?:behind|unattended))` },
  { name: "attempt", outcome: "attempted", direction: "forward",
    pattern: `(?:tried|attempted|attempting|trying)\\s+${gap(3)}to\\s+(?:cross|enter|climb|reach|swim|jump|scale|get\\s+(?:into|over|across|through|past)|push\\s+through|break\\s+through|cut\\s+through|tear\\s+down)|attempting\\s+to\\s+cross|waiting\\s+to\\s+(?:leave|cross|enter)|bound\\s+for|presented\\s+themselves\\s+at` }
]

/**
 * Words that make a cue not an event of its own when they precede it in the same clause: modals and
 * conditionals (hypotheticals, future plans), negation, and policy wording ("lets them refuse entry").
 */
export const blockingBefore: ReadonlyArray<string> = [
  "would", "could", "might", "may", "can", "cannot", "will", "shall", "should", "must", "if", "unless",
  "not", "never", "no one", "nobody", "lets", "let", "allow", "allows", "allowed", "allowing",
  "permit", "permits", "permitted", "authorise", "authorises", "authorize", "authorizes", "due",
  "barred", "banned", "prohibited", "refusal", "risk", "threat", "threatened", "planned", "plans", "intends", "intending",
  "want", "wants", "wanted", "afraid", "to be", "going to", "kept", "keep", "keeps",
  // frequency adverbs make a claim habitual ("people often try to cross the river at night")
  "regularly", "routinely", "often", "usually", "always", "habitually", "typically", "commonly", "frequently",
  "every day", "every night", "every week", "each day", "each night", "daily", "nightly"
]

/** Blocking words that may open a sentence, and so also count capitalised ("If …", "Nobody …"). */
export const blockingOpeners: ReadonlyArray<string> = ["if", "unless", "never", "nobody", "no one", "not", "every day", "every night", "each day", "each night"]

/** Words after a cue that make it generic ("return anyone who enters"). */
export const blockingAfter: ReadonlyArray<string> = [
  "anyone", "everyone", "any person", "whoever",
  // a repeated practice is habitual ("turned back every day")
  "every day", "every night", "every week", "each day", "each night", "daily", "nightly", "day after day"
]

/** Wording that places a crossing away from a checkpoint. */
export const irregularWords =
  "irregularly|illegally|illegal(?:\\s+crossings?)?|green\\s+border|(?:away\\s+from|outside)\\s+(?:an?\\s+|the\\s+)?(?:official|checkpoints?|border\\s+crossing\\s+points?|crossing\\s+points?)|on\\s+foot|through\\s+(?:the\\s+)?(?:forest|woods)|fence|razor\\s+wire|boat|trawler|dinghy|rubber\\s+boats?|inflatable|river|swam|climb"

/** Wording that places a crossing at an official crossing point. */
export const checkpointWords =
  "checkpoints?|border\\s+crossing(?:\\s+points?)?|crossing\\s+points?|border\\s+posts?|airport|flight|flew|visas?|passport|by\\s+bus|the\\s+bus|by\\s+train"

/** Detention cues: verbs and phrases that report that an authority held people. */
export interface DetentionCue {
  readonly name: string
  readonly pattern: string
}

export const detentionCues: ReadonlyArray<DetentionCue> = [
  { name: "detained", pattern: `(?:detained|arrested|apprehended|locked\\s+up|imprisoned|jailed|incarcerated|interned|confined|rounded\\s+up|locked\\s+${gap(3)}(?:in|inside)\\s+(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:containers?|rooms?|cells?|vans?|trucks?|tents?|buildings?|warehouses?|cages?|barns?|garages?|sheds?|huts?|basements?))` },
  { name: "arrest-noun", pattern: `(?:the\\s+)?arrest\\s+of` },
  { name: "custody", pattern: `(?:into|in)\\s+(?:police\\s+)?custody|pre-trial\\s+detention|behind\\s+bars|\\d+\\s+(?:days|weeks|months|years)\\s+in\\s+(?:prison|jail|detention)` },
  { name: "held", pattern: `(?:held|holding|kept(?!\\s+\\p{L}+ing\\b)|keeping)\\s+${gap(8)}(?:in|at)\\s+(?:${gap(6)})?(?:custody|detention|prison|jail|cells?|centres?|centers?|camps?|police\\s+stations?|transit\\s+zones?|tents|undisclosed\\s+sites|buildings|barracks|hotspots?|warehouses?|cages?|containers?|facilit(?:y|ies)|(?:border\\s+|police\\s+|guard\\s+)?posts?|checkpoints?|(?:border\\s+|guard\\s+)?stations?|bases?)` },
  // "held at the border for two days" (codebook: held at the border); "kept … at the border" may be kept out
  { name: "held-border", pattern: `(?:held|holding)\\s+${gap(6)}at\\s+the\\s+(?:\\p{L}+\\s+)?border(?!\\s+(?:crossing|post|checkpoint))` },
  { name: "held-for", pattern: `(?:were|was|been|being)\\s+held\\s+(?:for|without|incommunicado|there|by)` },
  { name: "centre-held", pattern: `(?:centres?|centers?|camps?|prisons?|facilit(?:y|ies))\\s+${gap(8)}(?:then\\s+)?held\\s+(?:about|some|around|nearly|more\\s+than|over|\\d)` },
  // the object may be a list set off by dashes ("brought the family – parents and four sons – into a camp")
  { name: "placed", pattern: `(?:placed|put|taken|took|brought|transferred)\\s+(?:${gap(8)}|[^.;–—]{0,40}?\\s[–—]\\s[^.;–—]{1,120}?\\s[–—]\\s)(?:in|into|to)\\s+(?:${gap(6)})?(?:detention|custody|(?:closed|detention|reception|guarded|asylum|identification|transit|immigration)\\s+${gap(4)}(?:centres?|centers?|camps?)|centres?\\s+for|a\\s+centre|the\\s+centre|police\\s+stations?|prison|jail|hotspots?|(?:\\p{L}+\\s+){0,2}(?:warehouses?|cages?|containers?|hangars?|barracks))` },
  { name: "amounted", pattern: `amounted\\s+to\\s+(?:unlawful\\s+)?detention|deprived\\s+of\\s+(?:their|his|her)\\s+liberty` }
]

/** Words that call a detention unlawful (codebook: `arbitrary` true). */
export const arbitraryWords =
  "arbitrar(?:y|ily)|unlawful(?:ly)?|illegal(?:ly)?|unlawful\\s+detention|without\\s+(?:any\\s+|a\\s+)?(?:legal|lawful)\\s+basis|no\\s+legal\\s+basis"

/** Words that call it lawful (`arbitrary` false). */
export const lawfulWords = "lawfully\\s+detained|detention\\s+was\\s+lawful|lawful\\s+detention"

/** Nouns for places of detention, heads of a `facility` phrase. */
export const facilityHeads =
  "processing\\s+centre|hotspot|warehouses?|(?:metal\\s+)?cage|detention\\s+centre|detention\\s+center|police\\s+station|border\\s+post|guard\\s+post|checkpoint|transit\\s+zones?|transit\\s+immigration\\s+centre|reception\\s+and\\s+identification\\s+centre|reception\\s+centre|identification\\s+centre|centre|center|camp|prison|jail|facility"

/** Nouns for authorities that detain or return people, heads of an `authority` phrase. */
export const authorityHeads =
  "home\\s+office|guardia\\s+civil|border\\s+guard\\s+service|border\\s+service|(?:interior\\s+)?ministry|border\\s+guards?|border\\s+police|coast\\s*guards?|coastguard\\s+officers|police(?:\\s+officers)?|officers|authorities|soldiers|forces|army|military|guards|gendarmerie|officials|agents"

/** Authorities whose name does not say their state (general knowledge): name → alpha-2. */
export const authorityStates: ReadonlyArray<readonly [RegExp, string]> = [
  [/^home\s+office$/i, "GB"], [/^guardia\s+civil$/i, "ES"], [/^carabinieri$/i, "IT"], [/^gendarmerie\s+nationale$/i, "FR"],
  [/^bundespolizei$/i, "DE"], [/^straż\s+graniczna$/i, "PL"], [/^hellenic\s+(?:coast\s+guard|police)$/i, "GR"]
]

/** Head nouns of people phrases: who crossed or was held. */
export const peopleHeads = [
  "people", "persons", "individuals", "migrants", "refugees", "asylum seekers", "asylum-seekers", "applicants",
  "men", "women", "children", "families", "family", "group", "groups", "party", "column", "citizens", "nationals",
  "survivors", "protesters", "detainees", "travellers", "passengers", "foreigners", "campers", "crowd",
  "man", "woman", "boy", "girl", "child", "journalist", "colleague", "activist", "activists", "interviewees",
  "asylum seeker", "migrant", "refugee", "applicant", "national", "citizen", "defendant", "companions",
  "mother", "father", "wife", "husband", "daughter", "son", "sister", "brother",
  "arrivals", "new arrivals", "minors", "victims", "claimants", "teenagers", "newcomers", "youths", "exiles", "evacuees",
  "minor", "victim", "claimant", "teenager"
]
