// Well-known organisations and state bodies that speak in the sources (codebook, "statement":
// `speaker_type`, `speaker_affiliation`). NGOs, EU and UN bodies are "organization"; ministries, police,
// border guards, governments, ombudsman offices and capitals standing for governments are "government".
import { memoiseString } from "../memoise.ts"
import { countryCode } from "../normalise/countries.ts"
import { matchAllAnchored, matchAllFrom, spacesBack } from "../normalise/anchored.ts"
import { countryNamePattern, countryNameReach, demonymPattern, demonymReach } from "../normalise/legal.ts"
import { COUNTRIES } from "./countries.ts"
import { escapeRegExp } from "../regex-source.ts"

export type SpeakerKind = "organization" | "government"

export interface Institution {
  readonly name: string
  readonly aliases: ReadonlyArray<string>
  readonly kind: SpeakerKind
  readonly country: string | null
}

const org = (name: string, aliases: ReadonlyArray<string> = [], country: string | null = null): Institution => ({
  name,
  aliases,
  kind: "organization",
  country,
})
const gov = (name: string, country: string | null, aliases: ReadonlyArray<string> = []): Institution => ({
  name,
  aliases,
  kind: "government",
  country,
})

/** Named institutions; aliases are matched as written (case-sensitive, either apostrophe). */
export const institutions: ReadonlyArray<Institution> = [
  // NGOs
  org("Amnesty International", ["Amnesty"]),
  org("Human Rights Watch", ["HRW"]),
  org("Médecins Sans Frontières", ["MSF", "Doctors Without Borders", "Medecins Sans Frontieres", "Médecins sans frontières"]),
  org("Médecins du Monde", ["Doctors of the World", "Medecins du Monde"]),
  org("International Committee of the Red Cross", ["ICRC"]),
  org("International Federation of Red Cross and Red Crescent Societies", ["IFRC"]),
  org("Border Violence Monitoring Network", ["BVMN"]),
  org("Refugee Rights Europe"),
  org("Oxfam", ["Oxfam International"]),
  org("Save the Children"),
  org("European Council on Refugees and Exiles", ["ECRE"]),
  org("PICUM", ["Platform for International Cooperation on Undocumented Migrants"]),
  org("Grupa Granica", ["Granica Group"], "PL"),
  org("Sienos Grupė", ["Sienos Grupe", "Sienos grupė"], "LT"),
  org("Ocalenie Foundation", ["Fundacja Ocalenie"], "PL"),
  org("Memorial", ["Memorial Human Rights Centre", "Human Rights Centre Memorial", "Memorial International"], "RU"),
  org("Memorial Anti-Discrimination Center", ["Memorial Anti-Discrimination Centre", "ADC Memorial", "Anti-Discrimination Centre Memorial"]),
  org("Hungarian Helsinki Committee", [], "HU"),
  org("Helsinki Foundation for Human Rights", [], "PL"),
  org("Bulgarian Helsinki Committee", [], "BG"),
  org("Greek Helsinki Monitor", [], "GR"),
  org("Norwegian Helsinki Committee", [], "NO"),
  org("Netherlands Helsinki Committee", [], "NL"),
  org("Belarusian Helsinki Committee", [], "BY"),
  org("Moscow Helsinki Group", [], "RU"),
  org("Ukrainian Helsinki Human Rights Union", [], "UA"),
  org("Jesuit Refugee Service", ["JRS"]),
  org("Jesuit Refugee Service Europe", ["JRS Europe"]),
  org("European Center for Constitutional and Human Rights", ["ECCHR", "European Centre for Constitutional and Human Rights"]),
  org("Danish Refugee Council", [], "DK"),
  org("Norwegian Refugee Council", ["NRC"], "NO"),
  org("International Rescue Committee", ["IRC"]),
  org("Greek Council for Refugees", [], "GR"),
  org("Refugee Support Aegean", [], "GR"),
  org("Legal Centre Lesvos", [], "GR"),
  org("Pro Asyl", ["PRO ASYL"], "DE"),
  org("Sea-Watch", [], "DE"),
  org("SOS Méditerranée", ["SOS Mediterranee"]),
  org("Alarm Phone", ["Watch the Med Alarm Phone"]),
  org("Mare Liberum", [], "DE"),
  org("Aegean Boat Report", [], "NO"),
  org("Lighthouse Reports"),
  org("Are You Syrious", [], "HR"),
  org("Centre for Peace Studies", [], "HR"),
  org("No Name Kitchen"),
  org("Caritas"),
  org("Viasna", ["Human Rights Centre Viasna", "Viasna Human Rights Centre"], "BY"),
  org("OVD-Info", [], "RU"),
  org("Civic Assistance Committee", [], "RU"),
  // EU, UN and other international bodies ("EU and UN bodies" are organisations, Frontex included)
  org("UNHCR", [
    "UN Refugee Agency",
    "UN refugee agency",
    "United Nations High Commissioner for Refugees",
    "UN High Commissioner for Refugees",
    "Office of the United Nations High Commissioner for Refugees",
  ]),
  org("International Organization for Migration", ["IOM", "International Organisation for Migration", "UN migration agency", "UN Migration Agency"]),
  org("OHCHR", [
    "UN Human Rights Office",
    "UN human rights office",
    "Office of the United Nations High Commissioner for Human Rights",
    "Office of the High Commissioner for Human Rights",
    "UN High Commissioner for Human Rights",
    "UN human rights chief",
  ]),
  org("United Nations", ["UN", "U.N."]),
  org("Frontex", ["European Border and Coast Guard Agency"]),
  // A Commissioner speaks for the Commission; the title names the affiliation.
  org("European Commission", ["EU Commission", "European Commissioner", "EU Commissioner"]),
  org("European Parliament"),
  org("European Council"),
  org("European Union"),
  org("Council of Europe", ["CoE"]),
  org("European Committee for the Prevention of Torture", ["CPT"]),
  org("European Union Agency for Fundamental Rights", ["EU Agency for Fundamental Rights", "Fundamental Rights Agency", "EU Fundamental Rights Agency", "FRA"]),
  org("European Union Agency for Asylum", ["EUAA", "EASO", "European Asylum Support Office"]),
  org("European Anti-Fraud Office", ["OLAF"]),
  org("European Ombudsman"),
  org("OSCE", ["Organization for Security and Co-operation in Europe"]),
  org("ODIHR", ["OSCE Office for Democratic Institutions and Human Rights"]),
  // Named state bodies
  gov("State Department", "US", ["U.S. State Department", "US State Department", "Department of State"]),
  gov("Home Office", "GB"),
  gov("Kremlin", "RU"),
  gov("White House", "US"),
  gov("Downing Street", "GB"),
  gov("Seimas", "LT"),
  gov("Seimas Ombudspersons’ Office", "LT", ["Seimas Ombudsperson", "Seimas Ombudsman", "Seimas Ombudsmen"]),
  gov("Sejm", "PL"),
  gov("Saeima", "LV"),
  gov("Riigikogu", "EE"),
  gov("Eduskunta", "FI"),
  gov("Bundestag", "DE"),
  gov("Straż Graniczna", "PL"),
  gov("Hellenic Coast Guard", "GR"),
  gov("Hellenic Police", "GR"),
  gov("Bundespolizei", "DE"),
  gov("Guardia Civil", "ES"),
]

/** Generic state bodies, as regex sources; a state comes from a demonym, a possessive or "of <State>". */
export const governmentBodies: ReadonlyArray<string> = [
  "[Mm]inistry of (?:the )?\\p{Lu}\\p{L}+(?:(?:,| and| of| for)? \\p{Lu}\\p{L}+)*",
  "(?:[Ii]nterior|[Ff]oreign|[Dd]efen[cs]e|[Jj]ustice|[Mm]igration|[Hh]ome|[Ii]nternal [Aa]ffairs|[Ff]oreign [Aa]ffairs) [Mm]inistry",
  "[Mm]inistry",
  "State Border Guard Service",
  "State Border (?:Guard|Service|Committee)",
  "[Bb]order [Gg]uard [Ss]ervice",
  "[Bb]order [Gg]uards?",
  "[Bb]order [Pp]olice",
  "[Bb]order [Ss]ervice",
  "[Bb]order [Ff]orce",
  "[Cc]oast ?[Gg]uard",
  "[Pp]olice(?: [Ff]orce)?",
  "[Gg]overnment",
  "[Aa]uthorities",
  "[Oo]fficials",
  "Prime Minister['’]s [Oo]ffice",
  "Chancellery",
  "[Oo]mbuds(?:man|person|men)(?:['’]s? [Oo]ffice)?",
  "[Mm]igration (?:[Dd]epartment|[Ss]ervice|[Aa]gency|[Bb]oard)",
  "[Ii]mmigration [Ss]ervice",
]

/** Named NGO families whose national branches carry the state's adjective ("Lithuanian Red Cross"). */
const nationalBranches = ["Red Cross(?: Society)?", "Red Crescent(?: Society)?", "Helsinki (?:Committee|Foundation|Group|Monitor)"]

/** Words before a capital that make it a place rather than a government ("in Minsk", "to Moscow"). */
const placePrepositions =
  /(?:\b(?:in|to|from|near|at|via|of|outside|around|towards|toward|between|through|into|over|across|and|or|for)\s+)$/u

export interface InstitutionMention {
  readonly institution: Institution
  readonly index: number
  readonly length: number
  readonly surface: string
}

interface Candidate extends InstitutionMention {
  readonly rank: number
}

const bounded = (source: string) => `(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`
const aliasSource = (alias: string) => escapeRegExp(alias).replace(/['’]/g, "['’]")

/** Names that are also common words ("a Memorial service"): bare, they count only when they act or stand apart. */
const actorOnly: ReadonlySet<string> = new Set(["Memorial"])
const actorCue = "(?=[,;:)’”]| (?:said|says|has|had|was|is|reported|documented|warned|stated|called)\\b)"

const namedPatterns = institutions.map((institution) => {
  const surfaces = [...(actorOnly.has(institution.name) ? [] : [institution.name]), ...institution.aliases].map(aliasSource)
  const bare = actorOnly.has(institution.name) ? [`${aliasSource(institution.name)}${actorCue}`] : []
  // A match starts with one of the names' text up to its first apostrophe: where none occurs, the regex is skipped.
  const needles = [institution.name, ...institution.aliases].map((a) => a.split(/['’]/)[0] ?? "")
  return {
    institution,
    needles: needles.some((n) => n.length < 2) ? null : needles,
    pattern: new RegExp(bounded([...surfaces, ...bare].join("|")), "gu"),
  }
})

/** The needles by their first UTF-16 code unit, so one pass over a text finds every institution that may occur. */
const needlesByFirst = new Map<number, Array<{ readonly needle: string; readonly named: number }>>()
/** Whether a needle starts with a code unit: most characters of a text start none. */
const startsNeedle = new Uint8Array(0x10000)
namedPatterns.forEach(({ needles }, named) => {
  for (const needle of needles ?? []) {
    const first = needle.charCodeAt(0)
    needlesByFirst.set(first, [...(needlesByFirst.get(first) ?? []), { needle, named }])
    startsNeedle[first] = 1
  }
})

const withoutNeedles = namedPatterns.flatMap(({ needles }, named) => (needles === null ? [named] : []))

/** The named institutions that may occur in `text`, in gazetteer order, with where the first needle is (no match starts before). */
const firstNeedles = (text: string): ReadonlyArray<readonly [named: number, from: number]> => {
  const first = new Map<number, number>(withoutNeedles.map((named) => [named, 0]))
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (startsNeedle[code] === 0) continue
    for (const { needle, named } of needlesByFirst.get(code) ?? []) {
      if (!first.has(named) && text.startsWith(needle, i)) first.set(named, i)
    }
  }
  return [...first].sort((a, b) => a[0] - b[0])
}

const unknownAdjective = "(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) )?\\p{Lu}\\p{Ll}+(?:ian|ean|ese)"
const governmentPattern = new RegExp(
  bounded(
    `(?:(?<adj>${demonymPattern}|${unknownAdjective}) |(?<poss>${countryNamePattern})['’]s )?` +
      `(?<body>${governmentBodies.join("|")})` +
      `(?: (?:of|in) (?:the )?(?<of>${countryNamePattern})(?: and (?:the )?(?<of2>${countryNamePattern}))?)?`
  ),
  "gu"
)
// The large patterns run only near their anchor (see normalise/anchored.ts): a body, a branch, a capital's name.
const government = {
  pattern: governmentPattern,
  anchor: new RegExp(governmentBodies.join("|"), "gu"),
  // Before the body: a known adjective or a possessive (bounded length), or an unknown adjective (two words, two spaces).
  back: (text: string, at: number) =>
    Math.min(at - Math.max(demonymReach.length + 1, countryNameReach.length + 3), spacesBack(text, at, 2)),
}
const branchPattern = new RegExp(bounded(`(?:(?<adj>${demonymPattern}) )?(?:${nationalBranches.join("|")})`), "gu")
const branch = {
  pattern: branchPattern,
  anchor: new RegExp(nationalBranches.join("|"), "gu"),
  back: (_: string, at: number) => at - demonymReach.length - 1,
}
// Brussels and Luxembourg stand for EU institutions more often than for their states.
const governmentSeats = COUNTRIES.flatMap((c) => c.capitals ?? []).filter((c) => c !== "Brussels" && c !== "Luxembourg")
const capitalPattern = new RegExp(bounded(governmentSeats.map(escapeRegExp).join("|")) + "(?! \\p{Lu}|-)", "gu")
const capital = { pattern: capitalPattern, anchor: new RegExp(governmentSeats.map(escapeRegExp).join("|"), "gu"), back: (_: string, at: number) => at }

const stateOf = (groups: Record<string, string | undefined>): string | null => {
  if (groups["of2"] !== undefined) return null
  // A ministry's name may end in its state: "Ministry of the Interior of Lithuania".
  const ofInBody = /\bof (?:the )?([^]*?)$/u.exec(groups["body"]?.replace(/^[Mm]inistry of /u, "") ?? "")?.[1]
  const source = groups["adj"] ?? groups["poss"] ?? groups["of"] ?? ofInBody
  if (source === undefined) return null
  return countryCode(source) ?? countryCode(source.split(" ").at(-1) ?? source)
}

const candidates = (text: string): ReadonlyArray<Candidate> => {
  const found: Array<Candidate> = []
  for (const [named, from] of firstNeedles(text)) {
    const { institution, pattern } = namedPatterns[named] ?? { institution: null, pattern: null }
    if (institution === null) continue
    for (const m of matchAllFrom(pattern, text, from)) found.push({ institution, index: m.index, length: m[0].length, surface: m[0], rank: 0 })
  }
  for (const m of matchAllAnchored(branch, text)) {
    found.push({ institution: org(m[0], [], stateOf(m.groups ?? {})), index: m.index, length: m[0].length, surface: m[0], rank: 1 })
  }
  for (const m of matchAllAnchored(government, text)) {
    found.push({ institution: gov(m[0], stateOf(m.groups ?? {})), index: m.index, length: m[0].length, surface: m[0], rank: 2 })
  }
  for (const m of matchAllAnchored(capital, text)) {
    if (placePrepositions.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    found.push({ institution: gov(m[0], countryCode(m[0])), index: m.index, length: m[0].length, surface: m[0], rank: 3 })
  }
  return found
}

/**
 * Institutions mentioned in `text`, longest match first: named ones keep their canonical entry (the surface
 * may be an alias); generic state bodies ("the Lithuanian border guard", "Poland's Interior Ministry") and
 * national Red Cross or Helsinki groups get an entry named as written, without a leading article, with
 * the state their adjective, possessive or "of <State>" gives. A capital counts as its government unless
 * a preposition makes it a place ("in Minsk").
 */
export const findInstitutions: (text: string) => ReadonlyArray<InstitutionMention> = memoiseString((text) => {
  const taken: Array<Candidate> = []
  const ordered = [...candidates(text)].sort((a, b) => b.length - a.length || a.rank - b.rank || a.index - b.index)
  for (const c of ordered) {
    if (taken.every((t) => c.index + c.length <= t.index || t.index + t.length <= c.index)) taken.push(c)
  }
  return taken.sort((a, b) => a.index - b.index).map(({ institution, index, length, surface }) => ({ institution, index, length, surface }))
}, 4096)
