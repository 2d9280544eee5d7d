// Courts, quasi-judicial bodies and the legal instruments whose articles the dataset keeps
// (codebook, "ruling": `court`, `articles`). General legal knowledge only; the matching lives in
// pipeline/normalise/legal.ts. Patterns are case-sensitive regular-expression sources.

/** Instrument prefixes kept in `articles`; anything else is left out. */
export type Instrument = "ECHR" | "CFR" | "RC1951" | "ICCPR"

export interface InternationalCourt {
  readonly name: string
  readonly patterns: ReadonlyArray<string>
  /** The instrument a bare "Article N" refers to in this body's decisions; null for instruments not kept. */
  readonly instrument: Instrument | null
  /** Whether "the Committee" (rather than "the Court") refers back to it. */
  readonly committee: boolean
}

export const ECTHR = "European Court of Human Rights"
export const CJEU = "Court of Justice of the European Union"

const apostrophe = "['’]"

export const internationalCourts: ReadonlyArray<InternationalCourt> = [
  {
    name: ECTHR,
    instrument: "ECHR",
    committee: false,
    patterns: [
      "European Court of Human Rights",
      "ECtHR",
      // "ECHR" usually names the Convention; only as the subject of a judicial verb is it the Court.
      "ECHR(?= (?:ruled|found|held|ordered|decided|granted|judges?|judgment|ruling)\\b)",
      "European Court(?! of (?:Justice|Auditors))",
      "Strasbourg(?:-based)? [Cc]ourt",
      "[Cc]ourt in Strasbourg",
      "Strasbourg judges",
      "European [Hh]uman [Rr]ights [Cc]ourt",
      `Europe${apostrophe}s (?:top |highest )?[Hh]uman [Rr]ights [Cc]ourt`,
      "European rights court",
      "(?<=\\b(?:[Rr]uling|[Jj]udgment|[Jj]udges|[Dd]ecision)s? (?:from|in) )Strasbourg",
    ],
  },
  {
    name: CJEU,
    instrument: "CFR",
    committee: false,
    patterns: [
      "Court of Justice of the European Union",
      "CJEU",
      "European Court of Justice",
      "ECJ",
      `(?:EU|European Union)(?:${apostrophe}s)? Court of Justice`,
      `(?:top )?(?:EU|European Union)(?:${apostrophe}s)? (?:top |highest )?[Cc]ourt`,
      "Luxembourg(?:-based)? [Cc]ourt",
      "[Cc]ourt in Luxembourg",
      "Luxembourg judges",
      "(?<!International )Court of Justice",
      "(?<=\\b(?:[Rr]uling|[Jj]udgment|[Jj]udges|[Dd]ecision)s? (?:from|in) )Luxembourg",
    ],
  },
  {
    name: "General Court of the European Union",
    instrument: "CFR",
    committee: false,
    patterns: ["General Court of the European Union", "EU General Court", "(?<=\\bthe )General Court"],
  },
  {
    name: "United Nations Human Rights Committee",
    instrument: "ICCPR",
    committee: true,
    // A bare "Human Rights Committee" needs "the" right before it, so a parliament's committee is not taken.
    patterns: ["(?:UN|U\\.N\\.|United Nations) Human Rights Committee", "(?<=\\b[Tt]he )Human Rights Committee"],
  },
  {
    name: "United Nations Committee against Torture",
    instrument: null,
    committee: true,
    patterns: ["(?:(?:UN|U\\.N\\.|United Nations) )?Committee [Aa]gainst Torture"],
  },
  {
    name: "United Nations Committee on the Rights of the Child",
    instrument: null,
    committee: true,
    patterns: ["(?:(?:UN|U\\.N\\.|United Nations) )?Committee on the Rights of the Child"],
  },
  {
    name: "United Nations Working Group on Arbitrary Detention",
    instrument: null,
    committee: true,
    patterns: ["(?:(?:UN|U\\.N\\.|United Nations) )?Working Group on Arbitrary Detention"],
  },
  {
    name: "European Committee of Social Rights",
    instrument: null,
    committee: true,
    patterns: ["European Committee of Social Rights"],
  },
  {
    name: "International Court of Justice",
    instrument: null,
    committee: false,
    patterns: ["International Court of Justice", "ICJ"],
  },
  {
    name: "International Criminal Court",
    instrument: null,
    committee: false,
    patterns: ["International Criminal Court"],
  },
]

/**
 * Words that refer back to the last court named: "the Court", "the judges", "the Grand Chamber".
 * A `court` reference resolves only to a court, a `committee` one only to a committee, a `chamber`
 * one only to a court that sits in chambers (the European courts).
 */
export const courtReferences: ReadonlyArray<{ readonly pattern: string; readonly refersTo: "court" | "committee" | "chamber" }> = [
  { pattern: "\\b[Tt]he [Cc]ourt(?! of\\b)", refersTo: "court" },
  { pattern: "\\b[Tt]he judges\\b", refersTo: "court" },
  { pattern: "\\bpanel of (?:\\w+ )?judges\\b", refersTo: "chamber" },
  { pattern: "\\bGrand Chamber\\b(?! of\\b)", refersTo: "chamber" },
  { pattern: "\\b[Tt]he Committee\\b(?! (?:on|of|for|against)\\b)", refersTo: "committee" },
]

/** Courts that sit in chambers, the only ones "the Grand Chamber" or "a panel of judges" refer to. */
export const chamberCourts: ReadonlyArray<string> = [ECTHR, CJEU, "General Court of the European Union"]

/**
 * The apex court types: one per state, so a bare "Supreme Court" whose state the text settles is named
 * "<type> of <State>" as "the Polish Supreme Court" is. "High Court" and "National Court" are left as
 * written: several states have more than one court of that name or level.
 */
export const apexCourtTypes: ReadonlyArray<string> = [
  "Supreme Administrative Court",
  "Supreme Court",
  "Constitutional Court",
  "Constitutional Tribunal",
  "Federal Constitutional Court",
  "Federal Administrative Court",
  "Council of State",
  "Court of Cassation",
  "Supreme Court of Cassation",
]

/** Names of the highest national courts: with a state they normalise to "<type> of <State>". */
export const nationalCourtTypes: ReadonlyArray<string> = [...apexCourtTypes, "High Court", "National Court"]

/** Courts named by their level alone ("the Court of Appeal", "an Administrative Court of Appeal"), as written. */
export const courtLevels: ReadonlyArray<string> = ["Court of Appeals?", "Court of Cassation", "Court of First Instance", "Tribunal of First Instance", "Council of State"]

/**
 * Head words of courts named in their own language ("Tribunale", "Sąd", "Verwaltungsgericht"): a capitalised
 * name built on one is a national court, kept as written. German compounds end in "-gericht" or "-gerichtshof".
 */
export const foreignCourtHeads: ReadonlyArray<string> = [
  "Tribunale",
  "Tribunal",
  "Tribunalul",
  "Cour",
  "Corte",
  "Curtea",
  "Audiencia",
  "Sąd",
  "Trybunał",
  "Soud",
  "Súd",
  "Sud",
  "Sodišče",
  "Teismas",
  "Rechtbank",
  "Gerechtshof",
  "Hoge Raad",
  "Areios Pagos",
  "Kúria",
  "Højesteret",
  "Högsta domstolen",
  "Migrationsöverdomstolen",
  "\\p{Lu}\\p{Ll}*gericht(?:shof)?",
  "\\p{Lu}\\p{Ll}*domstol(?:en)?",
]

/** Connecting words inside a court's foreign name ("Tribunale di Roma", "Sąd Okręgowy w Lublinie", "Cour d'appel de Paris"). */
export const foreignCourtJoins: ReadonlyArray<string> = ["de", "di", "del", "della", "du", "des", "d['’]", "w", "we", "van", "für", "na", "pentru", "la", "da"]

/**
 * Lower-case words inside a foreign court's name, by the endings of Romance and Slavic adjectives
 * ("administratif", "amministrativo", "constitucional", "okręgowy", "najwyższy"); English words do not end so.
 */
export const foreignCourtAdjective = "\\p{Ll}+(?:if|ive|ivo|iva|ale|ali|elle|ionnel|ional|ionale|onal|ico|ica|ny|owy|owa|ski|ský|ní|ný|ė|inis|ême|emo|ema|ore)|appel|cassation|cassazione|casación|asile|asilo|droit"

/** The Council of State in the languages that name it so, normalised to its English name. */
export const councilOfStateNames = "Conseil d['’][ÉE]tat|Consiglio di Stato|Consejo de Estado|Raad van State|Conselho de Estado"

/** Capitalised words that are not a place in "the <Place> court" ("the European court", "the Supreme court"). */
export const notCourtPlaces: ReadonlyArray<string> = [
  "European",
  "EU",
  "UN",
  "International",
  "Supreme",
  "Constitutional",
  "High",
  "Federal",
  "National",
  "Administrative",
  "Criminal",
  "Appeals?",
  "Grand",
  "General",
  "Human",
  "The",
  "This",
  "That",
]

/** Lower-case words that make a generic court ("a district court in …", "the regional administrative court"). */
export const genericCourtModifiers: ReadonlyArray<string> = [
  "regional",
  "district",
  "provincial",
  "county",
  "local",
  "municipal",
  "city",
  "lower",
  "higher",
  "appeals?",
  "appellate",
  "administrative",
  "criminal",
  "civil",
  "family",
  "military",
  "maritime",
  "migration",
  "asylum",
  "immigration",
  "supreme",
  "constitutional",
  "federal",
  "national",
  "first-instance",
  "magistrates[’']?",
]

/** Capitalised words that are not a place in "Court of <Place>". */
export const notPlaces: ReadonlyArray<string> = [
  "Justice",
  "Human",
  "Appeal",
  "Appeals",
  "Cassation",
  "First",
  "Auditors",
  "Arbitration",
  "Session",
  "Protection",
  "Claims",
  "Auditor",
  "Honour",
  "Chancery",
]

export interface InstrumentName {
  readonly instrument: Instrument | "CONVENTION" | "OTHER"
  readonly pattern: string
}

/**
 * What may follow "Article N of …". "the Convention" is resolved from the context (ECHR or the
 * Refugee Convention); "OTHER" names an instrument the dataset does not keep, so the article is dropped.
 */
export const instrumentNames: ReadonlyArray<InstrumentName> = [
  { instrument: "ECHR", pattern: "European Convention (?:on|for the Protection of) Human Rights(?: and Fundamental Freedoms)?" },
  { instrument: "ECHR", pattern: "European Convention(?! (?:on|for) (?!(?:the Protection of )?Human Rights))" },
  { instrument: "ECHR", pattern: "ECHR" },
  { instrument: "CFR", pattern: "(?:EU |European Union )?Charter of Fundamental Rights(?: of the European Union)?" },
  { instrument: "CFR", pattern: "(?:EU |European Union )?Charter(?! of the United Nations)" },
  { instrument: "CFR", pattern: "CFR" },
  { instrument: "RC1951", pattern: "(?:1951 )?(?:Refugee|Refugees) Convention" },
  { instrument: "RC1951", pattern: "1951 Convention" },
  {
    instrument: "RC1951",
    pattern: "(?:Geneva )?Convention (?:relating to|on) the (?:Legal )?Status of Refugees",
  },
  { instrument: "RC1951", pattern: "Geneva Convention(?: on Refugee Status)?" },
  { instrument: "ICCPR", pattern: "International Covenant on Civil and Political Rights" },
  { instrument: "ICCPR", pattern: "ICCPR" },
  { instrument: "ICCPR", pattern: "[Cc]ovenant\\b" },
  { instrument: "CONVENTION", pattern: "[Cc]onvention(?! (?:on|against|for|relating)\\b)" },
  { instrument: "OTHER", pattern: "\\S+" },
]

/**
 * ECHR articles about the Court's own procedure (just satisfaction, referral, finality, execution):
 * a judgment cites them but no one is found to violate them.
 */
export const proceduralEchrArticles: ReadonlyArray<string> = ["41", "43", "44", "46"]

/**
 * Rights named without an article number ("the right to life"), mapped per instrument. They are read
 * only when the instrument is known from the context or the text, because the same right sits in
 * different articles of different instruments. "collective expulsion" needs the ECHR context too: the
 * EU Charter (Article 19) bans it as well.
 */
export const namedRights: ReadonlyArray<{ readonly instrument: Instrument; readonly pattern: string; readonly article: string }> = [
  { instrument: "ECHR", pattern: "\\bright to life\\b", article: "ECHR:2" },
  { instrument: "ECHR", pattern: "\\bprohibition of torture\\b", article: "ECHR:3" },
  { instrument: "ECHR", pattern: "\\b(?:inhuman|degrading|inhuman or degrading) treatment\\b", article: "ECHR:3" },
  { instrument: "ECHR", pattern: "\\bright to liberty\\b", article: "ECHR:5" },
  { instrument: "ECHR", pattern: "\\bright to a fair trial\\b", article: "ECHR:6" },
  { instrument: "ECHR", pattern: "\\bright to respect for (?:(?:his|her|their) )?(?:private and )?family life\\b", article: "ECHR:8" },
  { instrument: "ECHR", pattern: "\\bright to an effective remedy\\b", article: "ECHR:13" },
  { instrument: "ECHR", pattern: "\\bcollective expulsions?\\b", article: "ECHR-P4:4" },
  { instrument: "ICCPR", pattern: "\\bright to life\\b", article: "ICCPR:6" },
  { instrument: "ICCPR", pattern: "\\b(?:torture|(?:inhuman|degrading|inhuman or degrading) treatment)\\b", article: "ICCPR:7" },
  { instrument: "ICCPR", pattern: "\\b(?:right to liberty|arbitrary detention|detention (?:had been|was) arbitrary)\\b", article: "ICCPR:9" },
]
