// Abbreviations after which a full stop does not end a sentence (English news, legal and court usage).

/** Always followed by more of the same sentence: titles, "v." of case names, "e.g.". */
export const neverFinal: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "sen", "rep", "gov",
  "pres", "amb", "insp", "supt", "v", "vs", "e.g", "i.e", "cf", "approx", "ca", "mt"
])

/** Final only when no number follows: "No. 4", "Art. 3", "Oct. 8" — but the answer "No." ends a sentence. */
export const beforeNumber: ReadonlySet<string> = new Set([
  "no", "nos", "art", "arts", "para", "paras", "p", "pp", "ch", "sec", "fig", "vol", "op", "ref", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])

/** Words that commonly open a sentence: after an initialism ("U.S.") they show that the sentence did end. */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "In",
  "On", "At", "But", "And", "So", "Yet", "However", "Meanwhile", "Then", "After", "Before", "When", "While", "If",
  "As", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "All", "No", "Since", "According"
])
