// Vocabulary of attribution in English news and NGO writing (codebook, "statement"): the verbs and phrases
// that introduce what someone said, the words that name people by role, and the words that are not names.
// General language knowledge only; no name of any source's speaker belongs here.

/**
 * Finite attribution verbs, every inflection written out. `object` verbs take the addressee or the thing
 * described before their content ("urged X to", "described X as", "accused X of"); their quote starts
 * right after the verb.
 */
export interface CueVerb {
  readonly forms: ReadonlyArray<string>
  /** The content follows the verb directly (object + complement) rather than as a clause. */
  readonly object: boolean
  /** What must follow the verb in its clause for it to report speech ("found that", "defended X as"). */
  readonly needs: RegExp | null
  /** Present-tense forms state a standing position, not one occasion ("the ministry denies that …"). */
  readonly habitualPresent: boolean
}

const THAT = /^[^.;:◊]{0,40}?(?:\bthat\b|:)/
const AS = /^[^.;:◊]{0,60}?\bas\b/

/** A promise or pledge reports speech when an infinitive or a that-clause follows ("promised to reopen …"). */
const TO_OR_THAT = /^\s+(?:(?:on|again|publicly)\s+[^.;:◊]{0,30}?)?(?:to|that)\b/

/** Confirming a law or an appointment is an official act, not speech ("the president confirmed the Act"). */
const NOT_AN_ACT = /^(?!\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[Aa]ct|[Ll]aw|[Bb]ill|[Aa]mendments?|[Dd]ecree|[Rr]egulation|[Oo]rdinance|[Tt]reaty|[Aa]ppointment|[Nn]omination)s?\b)/u

const verb = (forms: string, object = false, needs: RegExp | null = null, habitualPresent = false): CueVerb => ({
  forms: forms.split(" "),
  object,
  needs,
  habitualPresent
})

/** "◊" marks a blanked quotation in the text these patterns test (see the statement extractor). */
export const cueVerbs: ReadonlyArray<CueVerb> = [
  verb("said says say"),
  verb("told tells tell"),
  verb("stated states", false, THAT),
  verb("warned warns warn"),
  verb("recalled recalls"),
  verb("claimed claims claim"),
  verb("added adds"),
  verb("insisted insists insist"),
  verb("argued argues argue"),
  verb("alleged alleges allege"),
  verb("submit submits submitted"),
  verb("announced announces announce", true),
  verb("reported reports", false, THAT),
  verb("explained explains explain"),
  verb("stressed stresses stress", false, THAT),
  verb("emphasised emphasized emphasises emphasizes emphasise emphasize"),
  verb("acknowledged acknowledges acknowledge"),
  verb("admitted admits admit"),
  verb("complained complains complain"),
  verb("remarked remarks", false, THAT),
  verb("noted notes note", false, THAT),
  verb("observed observes", false, THAT),
  verb("maintained maintains maintain", false, THAT),
  verb("asserted asserts assert"),
  verb("declared declares", false, THAT),
  verb("conceded concedes concede"),
  verb("replied replies responded responds", false, THAT),
  verb("reiterated reiterates", false, THAT),
  verb("pointed out points out", false, THAT),
  verb("wrote writes write"),
  verb("tweeted tweets"),
  verb("posted posts", false, THAT),
  verb("confirmed confirms confirm", false, NOT_AN_ACT),
  verb("promised promises promise", false, TO_OR_THAT),
  verb("pledged pledges pledge", false, TO_OR_THAT),
  verb("vowed vows vow", false, TO_OR_THAT),
  verb("denied denies deny", true, null, true),
  verb("cited cites", true),
  verb("urged urges urge", true),
  verb("described describes", true),
  verb("called calls", true),
  verb("accused accuses accuse", true),
  verb("blamed blames blame", true),
  verb("condemned condemns condemn", true),
  verb("criticised criticized criticises criticizes", true),
  verb("interpreted interprets", true, AS),
  verb("justified justifies", true, /^[^.;:◊]{0,60}?\b(?:as|by saying|saying|because)\b/),
  verb("defended defends", true, AS),
  verb("found finds", false, THAT),
  verb("agree agrees agreed", false, THAT),
  verb("shouted shouting shouts", false, THAT),
  verb("chanted chanting", false, THAT),
  verb("published publishes", true)
]

/** Attribution verbs that follow a quotation or a reported clause: "…,” said X" / "…, X added." */
export const trailingVerbs: ReadonlyArray<string> = [
  "said", "says", "told", "added", "adds", "recalled", "recalls", "warned", "warns", "explained", "explains",
  "wrote", "writes", "stated", "insisted", "argued", "claimed", "remarked", "noted", "stressed", "continued",
  "asked", "replied", "tweeted", "concluded", "chanted", "shouted"
]

/** Nouns of spoken or written acts that carry a speaker's claim: "X's public remark that …". */
export const speechNouns: ReadonlyArray<string> = ["remark", "statement", "comment", "claim", "warning", "assertion", "announcement"]

/** Where or through what something was said; the phrase after "in a"/"at a" is the `medium`. */
export const mediumNouns: ReadonlyArray<string> = [
  "statement", "joint statement", "report", "speech", "interview", "voice message", "video message", "video",
  "letter", "open letter", "joint appeal", "appeal", "press release", "post", "tweet", "blog post", "message",
  "podcast", "broadcast", "press conference", "news conference", "briefing", "press briefing", "hearing",
  "televised address", "address"
]

/** Channels written with "on": "said on Twitter". */
export const mediumChannels: ReadonlyArray<string> = [
  "Twitter", "X", "Facebook", "Telegram", "Instagram", "YouTube", "TikTok", "LinkedIn", "Bluesky", "Mastodon",
  "social media", "television", "state television", "national television", "radio", "the radio"
]

/** Head nouns of a role: the office a person holds ("Interior Minister", "programme director of …"). */
export const roleNouns: ReadonlyArray<string> = [
  "minister", "president", "prime minister", "premier", "chancellor", "secretary", "spokesman", "spokeswoman",
  "spokesperson", "director", "chief", "head", "chair", "chairman", "chairwoman", "chairperson", "commissioner",
  "ombudsman", "ombudsperson", "ambassador", "envoy", "mayor", "governor", "commander", "officer", "official",
  "coordinator", "manager", "founder", "co-founder", "leader", "member", "lawyer", "attorney", "researcher",
  "journalist", "expert", "analyst", "adviser", "advisor", "representative", "rapporteur", "deputy", "mp",
  "senator", "prosecutor", "advocate", "activist", "volunteer", "doctor", "professor", "editor", "correspondent",
  "general secretary", "secretary-general", "secretary general", "king", "queen", "speaker"
]

/** Roles of state officials: a person in one of them speaks for a state (codebook: statement `countries`). */
export const officialRoleNouns: ReadonlyArray<string> = [
  "minister", "president", "prime minister", "premier", "chancellor", "secretary of state", "ombudsman",
  "ombudsperson", "ambassador", "envoy", "mayor", "governor", "police", "border guard", "deputy head of the government",
  "head of government", "head of state", "king", "queen", "prosecutor", "mp", "senator", "government spokesman",
  "government spokeswoman", "government spokesperson", "ministry spokesman", "ministry spokeswoman",
  "ministry spokesperson", "interior", "foreign affairs", "border guard service", "coast guard", "coastguard",
  "fire service", "fire brigade", "civil protection", "army", "navy", "military", "armed forces"
]

/**
 * Nouns of state bodies: a state named right before one ("Danish police", "Norway's interior ministry",
 * "the Estonian authorities") is named as a government, not as a place.
 */
export const stateBodyNouns: ReadonlyArray<string> = [
  "police", "authorities", "government", "ministry", "ministries", "guard", "guards", "border guard", "border guards",
  "border police", "coast guard", "coastguard", "forces", "soldiers", "troops", "army", "navy", "officials",
  "officers", "minister", "ministers", "prime minister", "president", "parliament", "ombudsman", "ombudsperson",
  "embassy", "ambassador", "interior ministry", "foreign ministry", "cabinet", "gendarmerie", "security forces"
]

/** Honorifics dropped from a name ("Mr. Holm" is Holm). */
export const honorifics: ReadonlyArray<string> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame"]

/** Lower-case particles inside personal names ("Pieter van Loon"). */
export const nameParticles: ReadonlyArray<string> = ["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "ter"]

/**
 * Capitalised words that are not personal names: sentence openers, titles, parts of institutions' names,
 * calendar words. A run of capitalised words containing one of them is not a person's name.
 */
export const notNameWords: ReadonlySet<string> = new Set([
  // function words and openers
  "The", "A", "An", "In", "On", "At", "After", "Before", "This", "That", "These", "Those", "It", "He", "She", "They",
  "We", "I", "You", "Our", "His", "Her", "Their", "Its", "My", "But", "And", "Or", "If", "When", "While", "Since",
  "According", "Among", "One", "Two", "Three", "Another", "Some", "Many", "Most", "Several", "Both", "Each", "Every",
  "No", "None", "Not", "Only", "Under", "Over", "Between", "From", "To", "For", "With", "Without", "By", "Of", "As",
  "Also", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Then", "There", "Here", "What",
  "Why", "How", "Who", "Where", "Which", "Whether", "Yet", "So", "Still", "Even", "All", "Any", "Such", "Other",
  "Nobody", "Everyone", "Somewhere", "Now", "Less", "More", "Had", "Has", "Have", "Was", "Were", "Is", "Are", "Do",
  "Does", "Did", "Will", "Would", "Can", "Could", "May", "Might", "Must", "Should", "Verdict", "Claim", "Read",
  "Q", "Question", "Answer", "Interview", "Explainer", "Background", "Update", "Editor", "Note",
  // titles and offices
  "Minister", "Ministers", "Prime", "President", "Deputy", "Vice", "Interior", "Foreign", "Secretary", "State",
  "Chief", "Director", "Chair", "Chairman", "Chairwoman", "Commissioner", "Ombudsman", "Ombudsperson", "Spokesman",
  "Spokeswoman", "Spokesperson", "Head", "General", "Ambassador", "Mayor", "Governor", "King", "Queen", "Pope",
  "Chancellor", "Senator", "Judge", "Judges", "Justice", "Officer", "Colonel", "Captain", "Lieutenant", "Sergeant",
  "Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame", "Saint", "St", "Premier", "Envoy", "Rapporteur", "Special",
  // institutions and law
  "Court", "Courts", "Chamber", "Grand", "Committee", "Council", "Commission", "Government", "Ministry",
  "Department", "Service", "Guard", "Guards", "Border", "Borders", "Coast", "Police", "Office", "Agency", "Union",
  "Nations", "United", "European", "International", "Human", "Rights", "Watch", "Network", "Foundation", "Center",
  "Centre", "Institute", "Organization", "Organisation", "Red", "Cross", "Crescent", "Parliament", "Assembly",
  "Cabinet", "Republic", "Democratic", "Federation", "Kingdom", "Reports", "Group", "Law", "Convention", "Article",
  "Articles", "Protocol", "Charter", "Directive", "Regulation", "Affairs", "Home", "Security", "Defence", "Defense",
  "National", "Migration", "Refugee", "Refugees", "Fundamental", "Relations", "Communication", "Global", "South",
  "North", "East", "West", "Eastern", "Western", "Northern", "Southern", "Central", "Upper", "Lower", "Islands",
  "Island", "River", "Sea", "Europe", "Africa", "Asia", "America", "Americas", "Middle", "Region", "Province", "Optional", "Covenant", "Rule", "Rules", "Case", "Cases",
  "Application", "Applications", "Press", "Release", "Summary", "Digest",
  // calendar
  "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
  "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
  "Easter", "Spring", "Summer", "Autumn", "Winter"
])

/** Unnamed groups and descriptions that speak: with no name they are `anonymous` speakers. */
export const groupNouns: ReadonlyArray<string> = [
  "applicant", "applicants", "survivor", "survivors", "detainee", "detainees", "migrant", "migrants", "refugee",
  "refugees", "asylum seeker", "asylum seekers", "witness", "witnesses", "resident", "residents", "local",
  "locals", "volunteer", "volunteers", "activist", "activists", "man", "men", "woman", "women", "child", "children",
  "people", "family", "families", "source", "sources", "defenders", "expert", "experts", "academics", "NGOs",
  "interviewees", "victim", "victims", "relative", "relatives", "doctor", "doctors", "lawyer", "lawyers", "guard",
  "officer", "officers", "soldier", "soldiers", "driver", "drivers", "passenger", "passengers", "teenager", "boy",
  "girl", "mother", "father", "parents", "journalists", "researchers", "monitors", "group", "groups", "critics",
  "opponents", "supporters", "observers", "campaigners", "protesters", "demonstrators", "eyewitnesses",
  "aid workers", "rescuers", "neighbours", "neighbors", "villagers", "smugglers", "crew"
]

/**
 * A committee or commission of a legislature ("the parliamentary committee", "the Senate inquiry commission"):
 * a state body, so a `government` speaker.
 */
export const legislativeCommittee =
  /^(?:(?:\p{Lu}[\p{L}’'-]*\s+)*(?:parliamentary|parliament['’]s|legislative|Senate|Sejm|Seimas|Saeima|Riigikogu|Bundestag|Storting|Folketing|Riksdag|Eduskunta|House|Congressional|inquiry|investigative|select|standing)\s+(?:[\p{L}-]+\s+){0,2}?(?:[Cc]ommittee|[Cc]ommission)|(?:[\p{L}-]+\s+)?(?:[Cc]ommittee|[Cc]ommission)\b.*\bof (?:the )?(?:\p{Lu}[\p{L}-]+\s+)?(?:Parliament|Senate|Sejm|Seimas|Saeima|Bundestag|House))\b/u

/** Words that make a speaker a court: its words are the ruling's reasoning, not a statement. */
export const courtWords: ReadonlyArray<string> = [
  "Court", "court", "Chamber", "judges", "judge", "Tribunal", "tribunal", "judgment", "ruling", "Committee found",
  "decision"
]

/** Adverbs that make a claim habitual ("has long denied"): not a specific statement. */
export const habitualAdverbs: ReadonlyArray<string> = [
  "long", "consistently", "repeatedly", "always", "routinely", "regularly", "often", "frequently", "never", "usually"
]

/**
 * Singular nouns for one unnamed person ("a farmer in the valley", "a 30-year-old man from Chad"): such a
 * description can speak (an `anonymous` speaker) and be the antecedent of "he"/"she". The gender is the
 * noun's own, where English marks it.
 */
export const personNouns: ReadonlyMap<string, "male" | "female" | null> = new Map<string, "male" | "female" | null>([
  ...["man", "boy", "father", "husband", "son", "brother", "grandfather", "uncle", "fisherman", "policeman", "spokesman", "chairman", "businessman"].map((w) => [w, "male"] as const),
  ...["woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "aunt", "policewoman", "spokeswoman", "chairwoman", "businesswoman"].map((w) => [w, "female"] as const),
  ...[
    "person", "farmer", "shepherd", "villager", "resident", "local", "witness", "eyewitness", "survivor", "migrant",
    "refugee", "asylum seeker", "detainee", "applicant", "teenager", "student", "teacher", "nurse", "doctor", "driver",
    "passenger", "worker", "aid worker", "volunteer", "activist", "official", "officer", "guard", "border guard",
    "soldier", "source", "smuggler", "priest", "journalist", "lawyer", "relative", "neighbour", "neighbor", "owner",
    "shopkeeper", "taxi driver", "interpreter", "medic", "paramedic", "rescuer", "victim", "citizen", "national",
    "pensioner", "labourer", "laborer", "engineer", "mechanic", "baker", "cook", "waiter", "trader", "vendor",
    "employee", "staff member", "staffer", "insider", "contractor"
  ].map((w) => [w, null] as const)
])
