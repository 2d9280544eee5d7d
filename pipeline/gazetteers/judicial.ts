// Words of judicial decisions (codebook, "ruling"): the verbs a court or quasi-judicial body decides with, the
// nouns that name its decisions, the adverbs that make a claim habitual, and the phrases that fix an outcome.
// General legal-English knowledge only; the matching lives in pipeline/extract/ruling.ts. Regular-expression
// sources, case-insensitive unless said otherwise.

/** Verbs (past or perfect participle) with which a court decides a specific case: "ruled", "found", "barred". */
export const decisionVerbs: ReadonlyArray<string> = [
  "ruled",
  "held",
  "found",
  "decided",
  "concluded",
  "declared",
  "ordered",
  "barred",
  "banned",
  "prohibited",
  "forbade",
  "forbidden",
  "dismissed",
  "rejected",
  "upheld",
  "quashed",
  "annulled",
  "overturned",
  "overruled",
  "set aside",
  "granted",
  "indicated",
  "told",
  "instructed",
  "required",
  "adopted",
  "delivered",
  "issued",
  "handed down",
  "referred",
  "relinquished",
  "struck out",
  "awarded",
  "condemned",
  "acquitted",
  "convicted",
  "sentenced",
  "fined",
  "suspended",
  "halted",
  "blocked",
  "stopped",
  "sided with",
  "reversed",
  "refused",
  // a referral: "asked Luxembourg whether …" (the extractor needs a court as the object)
  "asked",
  // present tense, as press releases report a judgment of the day: "the Court rules", "the Court holds, unanimously, that"
  "rules",
  "finds",
  "holds",
  "orders",
  "decides",
  "declares",
  "concludes",
  "dismisses",
  "rejects",
  "upholds",
  "quashes",
  "annuls",
  "overturns",
  "reverses",
  "grants",
  "refuses",
]

/** Verbs that undo an earlier decision ("overturned that ruling"): the outcome turns the earlier one round. */
export const reversalVerbs: ReadonlyArray<string> = ["reversed", "overturned", "overruled", "quashed", "set aside", "annulled", "reverses", "overturns", "quashes", "annuls"]

/** Verbs of a criminal court's decision on a person: outcome `other`, no respondent state. */
export const criminalVerbs: ReadonlyArray<string> = ["sentenced", "convicted", "acquitted", "fined", "sentences", "convicts", "acquits", "fines"]

/** Verbs with which a court orders the authorities (release, halt a removal): the court's own state is the respondent. */
export const orderVerbs: ReadonlyArray<string> = ["ordered", "barred", "banned", "prohibited", "forbade", "halted", "blocked", "suspended", "stopped", "orders"]

/** Nouns for a decision an appeal court may reduce, quash or uphold ("the sentence was reduced on appeal"). */
export const appealableNouns: ReadonlyArray<string> = ["sentences?", "convictions?", "verdicts?", "acquittals?", "rulings?", "judgments?", "decisions?"]

/** What an appeal court does to an earlier decision, in the passive ("was reduced on appeal", "were quashed"). */
export const appealOutcomes: ReadonlyArray<string> = ["reduced", "quashed", "overturned", "upheld", "annulled", "set aside", "reversed", "increased", "confirmed"]

/**
 * Verbs of the judges' reasoning ("the Court considered", "it noted"): part of a ruling already reported
 * (codebook: "the Court noted" is part of the ruling), never a ruling of their own.
 */
export const reasoningVerbs: ReadonlyArray<string> = [
  "considered",
  "noted",
  "reasoned",
  "observed",
  "stressed",
  "emphasi[sz]ed",
  "recalled",
  "pointed out",
  "accepted",
  "acknowledged",
  "recogni[sz]ed",
  "critici[sz]ed",
  "said",
  "stated",
  "explained",
  "added",
  "agreed",
]

/** Adverbs between a court and its verb that leave the finding where it was ("unanimously", "also", "by a majority"). */
export const verbAdverbs: ReadonlyArray<string> = [
  "also",
  "already",
  "unanimously",
  "then",
  "later",
  "subsequently",
  "finally",
  "eventually",
  "nevertheless",
  "however",
  "again",
  "further",
  "first",
  "ultimately",
  "recently",
  "previously",
  "since",
  "today",
  "yesterday",
  "effectively",
  "explicitly",
  "by a majority",
  "by \\w+ votes to \\w+",
]

/** Adverbs that make a court's finding habitual, not one case (codebook: "the Court has repeatedly ruled that …"). */
export const habitualMarkers: ReadonlyArray<string> = [
  "repeatedly",
  "consistently",
  "long",
  "always",
  "often",
  "frequently",
  "regularly",
  "constantly",
  "routinely",
  "generally",
  "traditionally",
  "many times",
  "on (?:several|many|numerous) occasions",
  "in (?:the past|its case[- ]law|the case[- ]law|a series of)",
  "time and again",
]

/** Words before a verb that make it future, hypothetical or negated: no ruling (yet). */
export const unrealMarkers: ReadonlyArray<string> = [
  "will",
  "would",
  "could",
  "may",
  "might",
  "can",
  "should",
  "must",
  "shall",
  "to",
  "not",
  "never",
  "yet to",
  "(?:is|are|was|were) (?:expected|due|set|likely|about|scheduled) to",
]

/** Nouns naming a decision, for mentions such as "the judgment", "today's ruling", "its views". */
export const decisionNouns: ReadonlyArray<string> = ["judgment", "ruling", "decision", "verdict", "views", "order", "interim measures?"]

/** Participles dating a decision: "published on 2 March", "delivered today", "adopted in May". */
export const datingParticiples: ReadonlyArray<string> = ["delivered", "published", "adopted", "handed down", "given", "issued", "announced", "dated", "decided"]

/** Words that introduce another decision than the one just reported ("a similar order", "a parallel complaint"). */
export const otherDecisionMarkers: ReadonlyArray<string> = [
  "similar",
  "another",
  "parallel",
  "separate",
  "second",
  "further",
  "such",
  "earlier",
  "previous",
  "later",
]

/** What the case is called when a sentence goes on about the same case ("the applicants", "the case"). */
export const sameCaseAnaphora: ReadonlyArray<string> = ["the applicants?", "the case", "the application", "the complaint", "these", "the same case"]

/** Outcome phrases, checked in this order by the extractor (codebook, "ruling": `outcome`). */
export const outcomeCues = {
  /** "no violation", "did not violate": found, but nothing violated. */
  noViolation:
    "\\b(?:no|not an?|neither an?)\\s+violations?\\b|\\b(?:did|does|had|has|have) not (?:violate|breach|infringe)\\w*|\\bnot (?:been )?(?:violated|breached|infringed)\\b|(?<!\\bnot (?:been |be )?)\\blawful\\b|(?<!\\bnot (?:been |be )?)\\bcompatible with\\b",
  /** A finding against the state: the codebook's `violation`, also for EU law and national law. */
  violation:
    "\\bviolat(?:ed|ion|ions|ing)\\b|\\bbreach(?:ed|es|ing)?\\b|\\bfailed to (?:fulfil|fulfill|meet|comply|respect|protect|honou?r|observe)|\\bunlawful(?:ly)?\\b|\\billegal(?:ly)?\\b|\\bincompatible with\\b|\\bcontrary to\\b|\\binfring(?:ed|ement|es)\\b|\\bbroke (?:\\w+ )?law\\b|\\barbitrary\\b|\\bin disregard of\\b",
  inadmissible: "\\binadmissib(?:le|ility)\\b|\\bstruck (?:it |the \\w+ )?out\\b",
  /** Interim measures (Rule 39 of the ECtHR, provisional measures of the UN committees). */
  interim:
    "\\binterim measures?\\b|\\bRule 39\\b|\\bprovisional measures?\\b|\\binterim (?:order|relief|injunction)\\b|\\bindicat\\w* to the [\\p{L} ]{0,30}(?:Government|authorities)\\b",
  /** A refused interim measure is a decision, but not an interim measure. */
  interimRefused:
    "\\b(?:refused|rejected|declined|dismissed|lifted)\\b[^.;]{0,40}\\binterim\\b|\\binterim measures?\\b[^.;]{0,40}\\b(?:refused|rejected|declined|dismissed|lifted)\\b",
  /** Procedural decisions: referral, relinquishment, dismissal (not of an appeal: that is a judgment), striking out, criminal judgments. */
  procedural:
    "\\brelinquish\\w*|\\basked\\s+(?:the\\s+)?(?:Luxembourg|CJEU|ECJ|Court of Justice|(?:EU|European Union)(?:['’]s)? (?:top |highest )?court)\\b|\\brefer(?:red|ral)\\b[^.;]{0,60}\\b(?:Grand Chamber|Court of Justice|preliminary)|\\bhand\\w*\\b[^.;]{0,120}\\bover to the Grand Chamber\\b|\\bdismissed\\b(?![^.;]{0,40}\\bappeal)|\\bacquitted\\b|\\bconvicted\\b|\\bsentenced\\b|\\bstruck\\b|\\blacked jurisdiction\\b",
} as const

/** Nouns that make "X, which the court found …" a prosecutor's act, not a court's (codebook: prosecutors do not rule). */
export const prosecutors = "\\bprosecut(?:or|ors|ion|ing)(?:['’]s)?\\b"

/**
 * Nouns for a government as a party to a case ("the Italian government", "Utopia's interior ministry", "the
 * minister"): with a state before them they give the respondent; bare, they name the court's own state.
 */
export const governmentNouns: ReadonlyArray<string> = [
  "government",
  "authorities",
  "state",
  "(?:interior |home |foreign |justice )?ministry",
  "ministry of (?:the )?interior",
  "(?:interior |home |foreign |justice |prime )?minister",
  "(?:interior |home |foreign |justice )?secretary",
  "police",
  "border guards?",
  "border police",
]

/** Government bodies that name their state without a country word (general knowledge of public bodies). */
export const governmentBodies: ReadonlyArray<{ readonly pattern: string; readonly code: string }> = [
  { pattern: "Home Office|Home Secretary|Secretary of State for the Home Department", code: "GB" },
  { pattern: "Federal Office for Migration and Refugees|BAMF", code: "DE" },
  { pattern: "OFPRA", code: "FR" },
  { pattern: "Migrationsverket", code: "SE" },
]
