// Word lists for the date normaliser (pipeline/normalise/dates.ts): general English calendar vocabulary.

/** Month names and their accepted abbreviations, 1-based month number. */
export const monthNames: ReadonlyArray<readonly [string, number]> = [
  ["January", 1], ["February", 2], ["March", 3], ["April", 4], ["May", 5], ["June", 6],
  ["July", 7], ["August", 8], ["September", 9], ["October", 10], ["November", 11], ["December", 12],
  ["Jan.", 1], ["Feb.", 2], ["Mar.", 3], ["Apr.", 4], ["Jun.", 6], ["Jul.", 7], ["Aug.", 8],
  ["Sept.", 9], ["Sep.", 9], ["Oct.", 10], ["Nov.", 11], ["Dec.", 12]
]

/** Weekday names, numbered as `Date.prototype.getUTCDay` does (Sunday = 0). */
export const weekdayNames: ReadonlyArray<readonly [string, number]> = [
  ["Sunday", 0], ["Monday", 1], ["Tuesday", 2], ["Wednesday", 3], ["Thursday", 4], ["Friday", 5], ["Saturday", 6]
]

/** Meteorological seasons of the northern hemisphere: first month and number of months. */
export const seasons: ReadonlyArray<readonly [string, number]> = [
  ["spring", 3], ["summer", 6], ["autumn", 9], ["fall", 9], ["winter", 12]
]

/** Small counts written as words ("Two days later", "a week ago"). */
export const numberWords: ReadonlyArray<readonly [string, number]> = [
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["a couple of", 2]
]

/**
 * Word stems of the ordinal numbers of days ("first", "twenty-second", "thirteenth"): a day written in words
 * contains one of them.
 */
export const ordinalWords: ReadonlyArray<string> = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
  "twelfth", "teenth", "twentieth", "thirtieth"
]

/** Parts of a day that may follow a weekday or "the same" ("on Tuesday morning", "the same evening"). */
export const dayParts: ReadonlyArray<string> = ["morning", "afternoon", "evening", "night"]

/**
 * Nouns for occurrences that a text dates other things by ("After the vote", "since the announcement",
 * "before the war"). The date of such an occurrence is not fixed by the phrase itself.
 */
export const occurrenceNouns: ReadonlyArray<string> = [
  "war", "vote", "election", "elections", "referendum", "ruling", "judgment", "judgement", "decision",
  "verdict", "hearing", "announcement", "invasion", "coup", "pandemic", "crisis", "attack", "attacks",
  "incident", "protests", "uprising", "revolution", "agreement", "deal", "summit", "meeting", "visit",
  "order", "decree", "law", "amendments", "closure", "shipwreck", "sinking", "return", "arrest",
  "release", "mobilisation", "mobilization", "report", "statement", "operation", "raid", "crossing"
]

/** Prepositions kept in `date_text` before a date ("in 2016", "on Monday", "at the end of 2020", "of 2 March 2019"). */
export const datePrepositions: ReadonlyArray<string> = ["in", "on", "at", "of", "during", "throughout"]
