// Land borders between states (ISO 3166-1 alpha-2 pairs) in Europe and its neighbourhood, plus the sea
// crossings that migration routes use. General geography: it tells which state a crossing came from when
// a text names only one side of the border.

const pairs: ReadonlyArray<readonly [string, string]> = [
  // Eastern EU border
  ["BY", "LT"], ["BY", "LV"], ["BY", "PL"], ["BY", "UA"], ["BY", "RU"], ["RU", "LT"], ["RU", "LV"], ["RU", "EE"],
  ["RU", "FI"], ["RU", "NO"], ["RU", "PL"], ["RU", "UA"], ["RU", "GE"], ["RU", "AZ"], ["RU", "KZ"], ["RU", "MN"],
  ["RU", "CN"], ["UA", "PL"], ["UA", "SK"], ["UA", "HU"], ["UA", "RO"], ["UA", "MD"], ["MD", "RO"],
  ["LT", "LV"], ["LT", "PL"], ["LV", "EE"],
  // Balkans and central Europe
  ["RS", "HU"], ["RS", "HR"], ["RS", "BA"], ["RS", "ME"], ["RS", "MK"], ["RS", "BG"], ["RS", "RO"], ["RS", "XK"],
  ["HR", "BA"], ["HR", "ME"], ["HR", "SI"], ["HR", "HU"], ["SI", "AT"], ["SI", "IT"], ["SI", "HU"], ["AT", "HU"],
  ["AT", "DE"], ["AT", "CZ"], ["AT", "SK"], ["AT", "IT"], ["AT", "CH"], ["AT", "LI"], ["HU", "SK"], ["HU", "RO"],
  ["BA", "ME"], ["ME", "AL"], ["ME", "XK"], ["AL", "GR"], ["AL", "MK"], ["AL", "XK"], ["MK", "GR"], ["MK", "BG"],
  ["MK", "XK"], ["BG", "GR"], ["BG", "TR"], ["BG", "RO"], ["GR", "TR"], ["CY", "TR"],
  // Western Europe
  ["FR", "ES"], ["FR", "IT"], ["FR", "CH"], ["FR", "DE"], ["FR", "BE"], ["FR", "LU"], ["FR", "GB"], ["ES", "PT"],
  ["ES", "MA"], ["ES", "AD"], ["FR", "AD"], ["IT", "CH"], ["DE", "CH"], ["DE", "PL"], ["DE", "CZ"], ["DE", "DK"],
  ["DE", "NL"], ["DE", "BE"], ["DE", "LU"], ["PL", "CZ"], ["PL", "SK"], ["CZ", "SK"], ["NL", "BE"], ["GB", "IE"],
  ["FI", "SE"], ["FI", "NO"], ["SE", "NO"],
  // Caucasus, Middle East, North Africa and the sea routes
  ["GE", "AM"], ["GE", "AZ"], ["GE", "TR"], ["AM", "TR"], ["AM", "AZ"], ["AM", "IR"], ["AZ", "IR"], ["TR", "IR"],
  ["TR", "IQ"], ["TR", "SY"], ["SY", "IQ"], ["SY", "LB"], ["SY", "JO"], ["IR", "IQ"], ["IR", "AF"], ["AF", "PK"],
  ["KZ", "KG"], ["KZ", "UZ"], ["KZ", "CN"], ["LY", "IT"], ["LY", "MT"], ["TN", "IT"], ["LY", "GR"], ["MA", "DZ"],
  ["EG", "LY"], ["TN", "LY"], ["TN", "DZ"], ["DZ", "ES"]
]

const neighbours = new Map<string, Set<string>>()
for (const [a, b] of pairs) {
  neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b))
  neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a))
}

/** True when two states share a border or a usual sea crossing. */
export const borders = (a: string, b: string): boolean => neighbours.get(a)?.has(b) ?? false

/** States inside the Schengen area or the EU: the side of an external border that people try to enter. */
const schengenOrEu = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
  "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "CH", "LI"
])

export const insideEu = (state: string): boolean => schengenOrEu.has(state)

/**
 * Well-known places where people cross into Europe, with the usual direction of the crossing (general
 * geography): a sea or river crossing gives both sides, an enclave, island or port the side it belongs to.
 */
export interface BorderPlace {
  readonly pattern: RegExp
  readonly from: string | null
  readonly to: string | null
}

export const borderPlaces: ReadonlyArray<BorderPlace> = [
  { pattern: /\b(?:English\s+)?Channel\b/, from: "FR", to: "GB" },
  { pattern: /\b(?:Calais|Dunkirk|Boulogne|Gravelines)\b/, from: "FR", to: "GB" },
  { pattern: /\b(?:Dover|Kent|Folkestone)\b/, from: "FR", to: "GB" },
  { pattern: /\bStrait\s+of\s+Gibraltar\b/, from: "MA", to: "ES" },
  { pattern: /\b(?:Ceuta|Melilla)\b/, from: "MA", to: "ES" },
  { pattern: /\b(?:Canary\s+Islands|Canaries|Lanzarote|Fuerteventura|Gran\s+Canaria|El\s+Hierro)\b/, from: null, to: "ES" },
  { pattern: /\b(?:Evros|Maritsa|Meriç)\b/, from: "TR", to: "GR" },
  { pattern: /\b(?:Lesbos|Lesvos|Samos|Chios|Kos|Leros|Aegean)\b/, from: "TR", to: "GR" },
  { pattern: /\b(?:Lampedusa|Sicily|Calabria|Apulia)\b/, from: null, to: "IT" },
  { pattern: /\b(?:Ventimiglia)\b/, from: "IT", to: "FR" },
  { pattern: /\b(?:Bihać|Velika\s+Kladuša)\b/, from: "BA", to: "HR" }
]

/** Any of the places (patterns of one kind of flags): one pass over a text that names none of them, as most do. */
const placeFlags = [...new Set(borderPlaces.map((p) => p.pattern.flags.replace(/[gy]/g, "")))]
const anyPlace = placeFlags.length === 1 ? new RegExp(borderPlaces.map((p) => `(?:${p.pattern.source})`).join("|"), placeFlags[0]) : null

/** The first well-known border place a text names. */
export const borderPlaceIn = (text: string): BorderPlace | null =>
  anyPlace === null || anyPlace.test(text) ? (borderPlaces.find((p) => p.pattern.test(text)) ?? null) : null
