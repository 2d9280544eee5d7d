// generate: a seed and a count → raw documents for the benchmark, each 1–5 KB of Markdown with valid front matter,
// written from this file's own sentence patterns (crossings, detentions, rulings, statements and the background
// around them) with varied names, places, dates and numbers. Document i depends only on (seed, i, revision), so
// a corpus is streamed to disk one document at a time and one document can be regenerated as "changed".
import { FileSystem, Path } from "@effect/platform"
import { createHash } from "node:crypto"
import { Effect } from "effect"

// ---- randomness ---------------------------------------------------------------------------------------------

/** A seeded pseudo-random source (sfc32): the same seed gives the same sequence on every machine. */
export interface Rng {
  /** A float in [0, 1). */
  readonly next: () => number
}

export const makeRng = (seed: string): Rng => {
  const h = createHash("sha256").update(seed).digest()
  let a = h.readUInt32LE(0)
  let b = h.readUInt32LE(4)
  let c = h.readUInt32LE(8)
  let d = h.readUInt32LE(12)
  return {
    next: () => {
      const t = (((a + b) | 0) + d) | 0
      d = (d + 1) | 0
      a = b ^ (b >>> 9)
      b = (c + (c << 3)) | 0
      c = (c << 21) | (c >>> 11)
      c = (c + t) | 0
      return (t >>> 0) / 4294967296
    }
  }
}

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng.next() * (max - min + 1))
const pick = <A>(rng: Rng, items: ReadonlyArray<A>): A => items[Math.floor(rng.next() * items.length)] as A
const chance = (rng: Rng, p: number): boolean => rng.next() < p

// ---- vocabulary ---------------------------------------------------------------------------------------------

interface Border {
  /** The state guarding the border, and the state on the other side. */
  readonly inside: string
  readonly insideAdj: string
  readonly outside: string
  readonly outsideAdj: string
  readonly capital: string
  readonly places: ReadonlyArray<string>
  readonly guards: ReadonlyArray<string>
  readonly facilities: ReadonlyArray<string>
  readonly names: Names
}

interface Names {
  readonly first: ReadonlyArray<string>
  readonly last: ReadonlyArray<string>
}

const names = {
  pl: { first: ["Anna", "Piotr", "Marta", "Tomasz", "Katarzyna", "Michał", "Żaneta", "Łukasz"], last: ["Nowak", "Kowalczyk", "Zielińska", "Wiśniewski", "Dąbrowska", "Lewandowski", "Szymańska", "Wójcik"] },
  lt: { first: ["Agnė", "Tomas", "Rūta", "Mindaugas", "Eglė", "Darius", "Jurgita", "Vytautas"], last: ["Petrauskienė", "Kazlauskas", "Vaitkutė", "Jonaitis", "Šimkus", "Paulauskaitė", "Žukauskas", "Balčiūnas"] },
  lv: { first: ["Ilze", "Jānis", "Līga", "Andris", "Dace", "Mārtiņš"], last: ["Bērziņa", "Ozols", "Kalniņa", "Liepiņš", "Krūmiņa", "Vītols"] },
  gr: { first: ["Eleni", "Nikos", "Dimitra", "Giorgos", "Katerina", "Yannis", "Sofia"], last: ["Papadopoulou", "Georgiou", "Kostopoulou", "Alexiou", "Nikolaidis", "Vlachos", "Economou"] },
  hr: { first: ["Ivana", "Marko", "Petra", "Luka", "Maja", "Ante"], last: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak"] },
  hu: { first: ["Zsófia", "Gábor", "Eszter", "Bence", "Réka", "László"], last: ["Nagy", "Tóth", "Szabó", "Kovács", "Varga", "Farkas"] },
  es: { first: ["Lucía", "Javier", "Carmen", "Álvaro", "Nuria", "José"], last: ["Fernández", "Ortega", "Morales", "Castillo", "Navarro", "Gil"] },
  fi: { first: ["Aino", "Mikko", "Laura", "Juha", "Satu", "Antti"], last: ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laine"] },
  bg: { first: ["Desislava", "Georgi", "Mariya", "Ivan", "Radostina", "Nikolay"], last: ["Ivanova", "Petrov", "Dimitrova", "Georgiev", "Stoyanova", "Todorov"] },
  it: { first: ["Chiara", "Giovanni", "Francesca", "Matteo", "Giulia", "Alessandro"], last: ["Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marino"] },
  ee: { first: ["Kadri", "Marko", "Liis", "Tanel", "Kristi"], last: ["Tamm", "Saar", "Sepp", "Mägi", "Kask"] },
  fr: { first: ["Camille", "Julien", "Élodie", "Mathieu", "Inès"], last: ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau"] }
} satisfies Record<string, Names>

const borders: ReadonlyArray<Border> = [
  {
    inside: "Poland", insideAdj: "Polish", outside: "Belarus", outsideAdj: "Belarusian", capital: "Warsaw",
    places: ["Kuźnica", "Terespol", "Białowieża", "Michałowo", "Hajnówka", "Usnarz Górny"],
    guards: ["Polish border guards", "the Polish Border Guard", "Polish soldiers"],
    facilities: ["the guarded centre in Wędrzyn", "the guarded centre for foreigners in Lesznowola", "the guarded centre in Krosno Odrzańskie"],
    names: names.pl
  },
  {
    inside: "Lithuania", insideAdj: "Lithuanian", outside: "Belarus", outsideAdj: "Belarusian", capital: "Vilnius",
    places: ["Medininkai", "Druskininkai", "Kapčiamiestis", "Šalčininkai", "Adutiškis"],
    guards: ["Lithuanian border guards", "the State Border Guard Service", "officers of the State Border Guard Service"],
    facilities: ["the Foreigners' Registration Centre in Pabradė", "the camp in Kybartai", "the Medininkai border guard school"],
    names: names.lt
  },
  {
    inside: "Latvia", insideAdj: "Latvian", outside: "Belarus", outsideAdj: "Belarusian", capital: "Riga",
    places: ["Silene", "Krāslava", "Paternieki", "Daugavpils"],
    guards: ["Latvian border guards", "the State Border Guard", "Latvian soldiers"],
    facilities: ["the Daugavpils detention centre", "a tent camp in the forest near Lūdza", "the Mucenieki centre"],
    names: names.lv
  },
  {
    inside: "Greece", insideAdj: "Greek", outside: "Turkey", outsideAdj: "Turkish", capital: "Athens",
    places: ["the Evros river", "Kastanies", "Feres", "Lesvos", "Samos", "Kos", "Soufli"],
    guards: ["the Greek coast guard", "Greek police", "the Hellenic Coast Guard", "men in black uniforms"],
    facilities: ["the pre-removal centre in Fylakio", "the closed centre on Samos", "the Feres police station"],
    names: names.gr
  },
  {
    inside: "Croatia", insideAdj: "Croatian", outside: "Bosnia and Herzegovina", outsideAdj: "Bosnian", capital: "Zagreb",
    places: ["Velika Kladuša", "Bihać", "Cetingrad", "Maljevac", "the Korana river"],
    guards: ["Croatian police", "the Croatian border police", "masked Croatian officers"],
    facilities: ["the reception centre in Ježevo", "the Tovarnik transit centre", "a police station in Korenica"],
    names: names.hr
  },
  {
    inside: "Hungary", insideAdj: "Hungarian", outside: "Serbia", outsideAdj: "Serbian", capital: "Budapest",
    places: ["Röszke", "Tompa", "Ásotthalom", "Kelebija", "Horgoš"],
    guards: ["Hungarian police", "the Hungarian border police", "Hungarian soldiers"],
    facilities: ["the Röszke transit zone", "the Tompa transit zone", "the Nyírbátor detention centre"],
    names: names.hu
  },
  {
    inside: "Spain", insideAdj: "Spanish", outside: "Morocco", outsideAdj: "Moroccan", capital: "Madrid",
    places: ["Melilla", "Ceuta", "Tarajal beach", "Barrio Chino", "the Canary Islands"],
    guards: ["the Guardia Civil", "Spanish police", "Moroccan and Spanish security forces"],
    facilities: ["the temporary stay centre in Melilla", "the Aluche detention centre", "the holding centre in Arrecife"],
    names: names.es
  },
  {
    inside: "Finland", insideAdj: "Finnish", outside: "Russia", outsideAdj: "Russian", capital: "Helsinki",
    places: ["Vaalimaa", "Nuijamaa", "Salla", "Vartius", "Raja-Jooseppi"],
    guards: ["the Finnish Border Guard", "Finnish border guards", "the Finnish police"],
    facilities: ["the Metsälä detention unit", "the Joutseno reception centre", "the Konnunsuo detention unit"],
    names: names.fi
  },
  {
    inside: "Bulgaria", insideAdj: "Bulgarian", outside: "Turkey", outsideAdj: "Turkish", capital: "Sofia",
    places: ["Kapitan Andreevo", "Malko Tarnovo", "Svilengrad", "the Strandzha mountains"],
    guards: ["Bulgarian border police", "the Bulgarian border police", "Bulgarian officers"],
    facilities: ["the Busmantsi detention centre", "the Lyubimets centre", "the Harmanli reception centre"],
    names: names.bg
  },
  {
    inside: "Italy", insideAdj: "Italian", outside: "Libya", outsideAdj: "Libyan", capital: "Rome",
    places: ["Lampedusa", "Pozzallo", "Crotone", "the central Mediterranean", "Trapani"],
    guards: ["the Italian coast guard", "the Libyan coast guard", "Italian police"],
    facilities: ["the hotspot on Lampedusa", "the repatriation centre in Gradisca", "the Ponte Galeria centre"],
    names: names.it
  },
  {
    inside: "Estonia", insideAdj: "Estonian", outside: "Russia", outsideAdj: "Russian", capital: "Tallinn",
    places: ["Narva", "Koidula", "Luhamaa", "the Narva river"],
    guards: ["the Police and Border Guard Board", "Estonian border guards"],
    facilities: ["the Harku detention centre", "the Vao accommodation centre"],
    names: names.ee
  },
  {
    inside: "France", insideAdj: "French", outside: "Italy", outsideAdj: "Italian", capital: "Paris",
    places: ["Ventimiglia", "Menton", "the Roya valley", "Montgenèvre", "Briançon"],
    guards: ["French border police", "the French police aux frontières", "French gendarmes"],
    facilities: ["the holding facility at the Menton border post", "the Nice administrative detention centre"],
    names: names.fr
  }
]

/** People on the move: adjective and the state it names. */
const nationalities: ReadonlyArray<readonly [adjective: string, country: string]> = [
  ["Syrian", "Syria"], ["Iraqi", "Iraq"], ["Afghan", "Afghanistan"], ["Yemeni", "Yemen"], ["Eritrean", "Eritrea"],
  ["Somali", "Somalia"], ["Sudanese", "Sudan"], ["Congolese", "the Democratic Republic of Congo"], ["Cameroonian", "Cameroon"],
  ["Pakistani", "Pakistan"], ["Iranian", "Iran"], ["Moroccan", "Morocco"], ["Guinean", "Guinea"], ["Malian", "Mali"],
  ["Belarusian", "Belarus"], ["Russian", "Russia"], ["Chechen", "Russia"], ["Tajik", "Tajikistan"], ["Cuban", "Cuba"],
  ["Sri Lankan", "Sri Lanka"], ["Bangladeshi", "Bangladesh"], ["Nigerian", "Nigeria"], ["Kurdish", "Iraq"], ["Ivorian", "Côte d'Ivoire"]
]

/** First names of people on the move, with the pronoun the text uses for them. */
const migrants: ReadonlyArray<readonly [name: string, he: "he" | "she"]> = [
  ["Ahmad", "he"], ["Samira", "she"], ["Hassan", "he"], ["Leila", "she"], ["Omar", "he"], ["Zahra", "she"], ["Abdullah", "he"],
  ["Faisal", "he"], ["Amina", "she"], ["Yusuf", "he"], ["Mariam", "she"], ["Karim", "he"], ["Nour", "she"], ["Bilal", "he"],
  ["Aliaksandr", "he"], ["Volha", "she"], ["Ruslan", "he"], ["Daniyar", "he"], ["Fatima", "she"], ["Idris", "he"]
]

const organisations = [
  "Amnesty International", "Human Rights Watch", "UNHCR", "the Red Cross", "Médecins Sans Frontières", "the Council of Europe's Commissioner for Human Rights",
  "the Border Violence Monitoring Network", "Open Borders Legal Aid", "the Northern Shelter Alliance", "Safe Passage Forum", "the Refugee Law Clinic",
  "the Helsinki Committee", "the Centre for Legal Aid at the Border", "Forest Watch Volunteers"
]

const orgRoles = ["programme director of", "a lawyer with", "a researcher at", "head of advocacy at", "a spokesperson for", "the director of", "a volunteer with"]
const officialRoles = ["Interior Minister", "Deputy Interior Minister", "the head of the border guard", "the government spokesperson", "Prime Minister", "the ombudsman"]
const media = ["reporters", "the Associated Press", "Reuters", "public radio", "a press conference", "local television", "the newspaper", "a parliamentary committee"]

const groups = ["migrants", "asylum seekers", "people", "refugees", "men", "women and children", "families", "young men", "Kurdish families"]
const numberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"]
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

const articles = [
  "Article 3 of the European Convention on Human Rights", "Article 13 of the Convention", "Article 5 of the Convention",
  "Article 4 of Protocol No. 4 to the Convention", "Article 18 of the EU Charter of Fundamental Rights",
  "Article 33 of the Refugee Convention", "Articles 3 and 13 of the Convention"
]

// ---- pieces of sentences -------------------------------------------------------------------------------------

/** What a sentence is written about: a border, a publication date, and the people and numbers of the story. */
interface Scene {
  readonly rng: Rng
  readonly border: Border
  /** Days since 1970-01-01 of the publication date. */
  readonly published: number
  readonly names: Names
}

const DAY = 86_400_000

const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10)
const dayParts = (day: number) => {
  const d = new Date(day * DAY)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), w: (d.getUTCDay() + 6) % 7 }
}

const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")

const person = (s: Scene): string => `${pick(s.rng, s.names.first)} ${pick(s.rng, s.names.last)}`
const migrant = (s: Scene) => {
  const [name, he] = pick(s.rng, migrants)
  return { name, he, his: he === "he" ? "his" : "her", noun: he === "he" ? pick(s.rng, ["man", "student", "farmer"]) : pick(s.rng, ["woman", "nurse", "student"]) }
}
const nationality = (s: Scene) => pick(s.rng, nationalities)

/** A date phrase for something that happened before publication: a day, a weekday, a month, a season, a year. */
const when = (s: Scene): string => {
  const back = int(s.rng, 1, 400)
  const p = dayParts(s.published - back)
  switch (int(s.rng, 0, 11)) {
    case 0:
    case 1:
      return `on ${p.d} ${months[p.m]}`
    case 2:
      return `on ${months[p.m]} ${p.d}, ${p.y}`
    case 3:
      return `on ${weekdays[dayParts(s.published - int(s.rng, 1, 6)).w]}`
    case 4:
      return `in ${months[p.m]} ${p.y}`
    case 5:
      return `in ${p.y}`
    case 6:
      return "last week"
    case 7:
      return "earlier this month"
    case 8:
      return `between ${Math.min(p.d, 20)} and ${Math.min(p.d, 20) + int(s.rng, 1, 8)} ${months[p.m]}`
    case 9:
      return `in the ${pick(s.rng, ["first", "second"])} half of ${p.y}`
    case 10:
      return pick(s.rng, ["that summer", "that winter", "overnight", "in the early hours of the morning"])
    default:
      return `on ${p.d} ${months[p.m]} ${p.y}`
  }
}

/** A quantity of people, as news text words it. */
const count = (s: Scene): string => {
  const n = int(s.rng, 3, 400)
  switch (int(s.rng, 0, 9)) {
    case 0:
      return withCommas(n)
    case 1:
      return `about ${withCommas(n)}`
    case 2:
      return `some ${withCommas(n * 10)}`
    case 3:
      return `more than ${withCommas(n * 10)}`
    case 4:
      return `at least ${n}`
    case 5:
      return `up to ${n}`
    case 6:
      return pick(s.rng, ["dozens of", "hundreds of", "several hundred", "thousands of", "several"])
    case 7:
      return pick(s.rng, numberWords)
    default:
      return withCommas(int(s.rng, 12, 90))
  }
}

const group = (s: Scene): string => {
  const [adj] = nationality(s)
  return chance(s.rng, 0.5) ? `${adj} ${pick(s.rng, groups.slice(0, 4))}` : pick(s.rng, groups)
}

const place = (s: Scene): string => pick(s.rng, s.border.places)
const guards = (s: Scene): string => pick(s.rng, s.border.guards)
const capitalised = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1)
const caseName = (s: Scene): string =>
  chance(s.rng, 0.5)
    ? `${pick(s.rng, s.names.last)} and Others v. ${s.border.inside}`
    : `${String.fromCharCode(65 + int(s.rng, 0, 25))}.${String.fromCharCode(65 + int(s.rng, 0, 25))}. v. ${s.border.inside}`
const application = (s: Scene): string => `${int(s.rng, 1000, 99999)}/${String(int(s.rng, 15, 24))}`

// ---- sentences ---------------------------------------------------------------------------------------------

type Pattern = (s: Scene) => string

const crossings: ReadonlyArray<Pattern> = [
  (s) => `${capitalised(guards(s))} turned back ${count(s)} ${group(s)} at the border with ${s.border.outside} ${when(s)}.`,
  (s) => `${capitalised(count(s))} ${group(s)} crossed into ${s.border.inside} from ${s.border.outside} ${when(s)}, according to the border service.`,
  (s) => `A group of ${count(s)} ${nationality(s)[0]} nationals, including ${pick(s.rng, numberWords)} children, tried to enter ${s.border.inside} near ${place(s)} ${when(s)} but was pushed back into ${s.border.outside}.`,
  (s) => {
    const m = migrant(s)
    return `${m.name}, a ${int(s.rng, 17, 58)}-year-old ${nationality(s)[0]} ${m.noun}, said ${m.he} had been sent back across the border ${pick(s.rng, ["three", "five", "eleven", "more than 20"])} times.`
  },
  (s) => `The coast guard intercepted a boat carrying ${count(s)} people off ${place(s)} ${when(s)} and towed it back towards ${s.border.outsideAdj} waters.`,
  (s) => {
    const [adjective, country] = nationality(s)
    return `${s.border.inside} deported ${count(s)} ${adjective} citizens to ${country} on a charter flight ${when(s)}.`
  },
  (s) => `${capitalised(when(s))}, ${count(s)} ${group(s)} reached ${place(s)} after walking for ${pick(s.rng, numberWords)} days through the forest.`,
  (s) => `Officers stopped ${count(s)} people at the ${place(s)} crossing point ${when(s)} and refused their applications for asylum.`,
  (s) => `${migrant(s).name} and ${pick(s.rng, ["his", "her"])} ${pick(s.rng, ["two", "three", "four"])} children were granted refugee status in ${s.border.inside} ${when(s)}, after crossing from ${s.border.outside} outside an official checkpoint.`,
  (s) => `The ${s.border.insideAdj} authorities said ${count(s)} attempts to cross the border illegally had been prevented ${when(s)}.`,
  (s) => `${capitalised(count(s))} people drowned when their dinghy capsized near ${place(s)} ${when(s)}; ${pick(s.rng, numberWords)} survivors were brought ashore.`
]

const detentions: ReadonlyArray<Pattern> = [
  (s) => `${capitalised(guards(s))} detained ${count(s)} ${group(s)} near ${place(s)} ${when(s)} and took them to ${pick(s.rng, s.border.facilities)}.`,
  (s) => `${migrant(s).name} was held for ${pick(s.rng, ["three months", "six weeks", "more than a year", "eleven days", "months"])} at ${pick(s.rng, s.border.facilities)}, in what ${pick(s.rng, organisations)} called prison-like conditions.`,
  (s) => `Police arrested ${count(s)} suspected smugglers and ${count(s)} ${group(s)} ${when(s)} on the road from ${place(s)}.`,
  (s) => `${capitalised(count(s))} ${group(s)} remain locked up at ${pick(s.rng, s.border.facilities)}, where lawyers say the detention is arbitrary.`,
  (s) => `The families were placed in ${pick(s.rng, s.border.facilities)} ${when(s)} and were not allowed to leave for ${pick(s.rng, ["weeks", "four months", "half a year"])}.`,
  (s) => `${capitalised(when(s))}, ${guards(s)} apprehended ${count(s)} ${group(s)} who had crossed near ${place(s)} and took them to a police station.`
]

const rulings: ReadonlyArray<Pattern> = [
  (s) => `The European Court of Human Rights ruled ${when(s)} that ${s.border.inside} had violated ${pick(s.rng, articles)} in the case of ${caseName(s)} (application no. ${application(s)}).`,
  (s) => `In ${caseName(s)}, the Strasbourg court found ${pick(s.rng, ["a violation of", "no violation of"])} ${pick(s.rng, articles)}.`,
  (s) => `The Court of Justice of the European Union held ${when(s)} that ${s.border.insideAdj} law on the detention of asylum seekers was incompatible with EU law (case C-${int(s.rng, 10, 900)}/${int(s.rng, 15, 24)}).`,
  (s) => `The Court indicated interim measures ${when(s)}, asking ${s.border.inside} not to remove the applicants to ${s.border.outside}.`,
  (s) => `A ${s.border.insideAdj} administrative court ordered the release of ${pick(s.rng, numberWords)} ${group(s)} held at ${pick(s.rng, s.border.facilities)} ${when(s)}, finding their detention unlawful.`,
  (s) => `The Supreme Administrative Court dismissed the appeal of ${migrant(s).name} ${when(s)} and declared the complaint inadmissible.`,
  (s) => `The UN Human Rights Committee found ${when(s)} that ${s.border.inside} had breached Article 7 of the International Covenant on Civil and Political Rights.`
]

const quotes = [
  "We were beaten and told to walk back into the forest",
  "Nobody asked us whether we wanted to apply for asylum",
  "The border is protected and will remain protected",
  "These people are being used as a weapon against the European Union",
  "Pushing people back without examining their claims is illegal",
  "We found a family of seven sleeping in the swamp",
  "The law allows us to return people who cross outside official checkpoints",
  "Children should never be held in detention",
  "They took our phones and broke them",
  "We will not accept a second wave of arrivals",
  "Our volunteers are not smugglers; we bring water and blankets"
]

const claims = [
  "the pushbacks were carried out systematically",
  "the number of arrivals had fallen sharply since the fence was completed",
  "people were left without food or water for days",
  "the detention conditions breached international standards",
  "the border guards had acted within the law",
  "several of the returned people had asked for asylum",
  "the emergency law should not be extended"
]

const statements: ReadonlyArray<Pattern> = [
  (s) => `“${pick(s.rng, quotes)},” ${person(s)}, ${pick(s.rng, orgRoles)} ${pick(s.rng, organisations)}, said ${when(s)}.`,
  (s) => `${person(s)}, ${pick(s.rng, orgRoles)} ${pick(s.rng, organisations)}, told ${pick(s.rng, media)} that ${pick(s.rng, claims)}.`,
  (s) => `${s.border.insideAdj} ${pick(s.rng, officialRoles)} ${person(s)} said ${when(s)} that ${pick(s.rng, claims)}.`,
  (s) => `According to ${pick(s.rng, organisations)}, ${pick(s.rng, claims)}.`,
  (s) => {
    const m = migrant(s)
    return `“${pick(s.rng, quotes)}. ${pick(s.rng, quotes)},” said ${m.name}, who asked that ${m.his} surname not be used.`
  },
  (s) => `${capitalised(pick(s.rng, organisations))} called the returns “${pick(s.rng, ["illegal", "inhumane", "a disgrace", "a violation of European law"])}” in a report published ${when(s)}.`,
  (s) => `${s.border.capital} accused ${s.border.outsideAdj} authorities of pushing migrants towards the border, saying ${pick(s.rng, claims)}.`,
  (s) => `${person(s)} added that ${pick(s.rng, claims)}.`
]

const background: ReadonlyArray<Pattern> = [
  (s) => `The ${s.border.insideAdj} parliament is expected to vote on an extension of the state of emergency next month.`,
  (s) => `Pushbacks have long been documented along the border with ${s.border.outside}, but the authorities deny that they take place.`,
  (s) => `The fence along the border with ${s.border.outside} is ${int(s.rng, 100, 400)} kilometres long and ${pick(s.rng, ["five", "four", "six"])} metres high.`,
  () => `If the law is adopted, people who cross irregularly could be returned without an individual assessment.`,
  (s) => `The area around ${place(s)} has been closed to journalists and aid workers since ${dayParts(s.published).y - int(s.rng, 0, 3)}.`,
  () => `Temperatures in the forest drop well below freezing at night in winter.`,
  (s) => `The European Commission has allocated €${int(s.rng, 10, 300)} million for border management in ${s.border.inside}.`,
  (s) => `Lawyers say it is almost impossible to lodge an asylum claim at the border crossing in ${place(s)}.`,
  (s) => `The government plans to build ${pick(s.rng, numberWords)} new reception centres by the end of the year.`,
  () => `Neither the ministry nor the border service replied to a request for comment.`,
  () => `Similar accounts have been collected by volunteers for years.`
]

const eventPatterns = [crossings, detentions, rulings, statements] as const

/**
 * One sentence: a little over half report an event, which gives about as many events per KB as the pipeline
 * finds in the dev corpus (4–5).
 */
const sentence = (s: Scene): string => {
  if (chance(s.rng, 0.45)) return pick(s.rng, background)(s)
  const weights = [0.3, 0.17, 0.13, 0.4]
  let r = s.rng.next()
  for (const [i, w] of weights.entries()) {
    r -= w
    if (r < 0) return pick(s.rng, eventPatterns[i]!)(s)
  }
  return pick(s.rng, statements)(s)
}

const paragraph = (s: Scene): string => Array.from({ length: int(s.rng, 1, 4) }, () => sentence(s)).join(" ")

// ---- documents ---------------------------------------------------------------------------------------------

type Kind = "wire" | "court" | "ngo" | "interview" | "digest" | "explainer"
const kinds: ReadonlyArray<Kind> = ["wire", "wire", "court", "ngo", "interview", "digest", "explainer", "explainer"]

const titleOf = (s: Scene, kind: Kind): string => {
  const b = s.border
  switch (kind) {
    case "wire":
      return pick(s.rng, [`${b.inside} turns migrants back to ${b.outside}`, `Dozens stranded at the ${b.insideAdj}-${b.outsideAdj} border`, `${b.insideAdj} guards accused of violent returns`])
    case "court":
      return `Judgment in ${caseName(s)}: the Court rules on returns to ${b.outside}`
    case "ngo":
      return pick(s.rng, [`Report: pushbacks and detention at the ${b.insideAdj} border`, `Testimonies from ${place(s)}`])
    case "interview":
      return `“They sent us back every night”: an interview about ${place(s)}`
    case "digest":
      return `Borders digest: ${months[dayParts(s.published).m]} ${dayParts(s.published).y}`
    case "explainer":
      return `Explainer: what the law allows at the border with ${b.outside}`
  }
}

const slug = (t: string): string =>
  t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48).replace(/-$/, "")

/** The paragraphs of a body of one kind, drawn until the document reaches `target` bytes. */
const bodyOf = (s: Scene, kind: Kind, title: string, target: number, headBytes: number): string => {
  const parts: Array<string> = [title]
  const sizes: Array<number> = [Buffer.byteLength(title)]
  const push = (p: string) => {
    parts.push(p)
    sizes.push(Buffer.byteLength(p) + 2)
  }
  const pop = () => {
    parts.pop()
    sizes.pop()
  }
  const size = () => headBytes + sizes.reduce((a, b) => a + b, 0) + 1
  if (kind === "wire") push(`${s.border.capital.toUpperCase()}, ${months[dayParts(s.published).m]!.slice(0, 3)} ${dayParts(s.published).d} – ${paragraph(s)}`)
  while (size() < target) {
    const before = parts.length
    if ((kind === "digest" || kind === "explainer") && chance(s.rng, 0.2)) push(pick(s.rng, [s.border.inside, `The situation at ${place(s)}`, "What the courts said", "Detention"]))
    if (kind === "interview" && chance(s.rng, 0.5)) {
      push(`Q: ${pick(s.rng, ["What happened at the border?", "How were you treated?", "Did anyone ask about asylum?", "Where were you held?"])}`)
      push(`${migrant(s).name}: ${paragraph(s)}`)
    } else push(chance(s.rng, 0.01) ? `${paragraph(s)} The last message from the group was a single emoji — 🙏 — and a location pin.` : paragraph(s))
    // A body never goes beyond 5 KB: take back the last paragraphs when they overshoot.
    while (size() > 5000 && parts.length > before) pop()
    if (parts.length === before) break
  }
  return `${parts.join("\n\n")}\n`
}

export interface GeneratedDoc {
  readonly sourceId: string
  /** The whole raw file: front matter and body. */
  readonly text: string
}

/**
 * Document `index` of the corpus of `seed`. A later `revision` keeps the source id and front matter and
 * rewrites the body, as an edited source would.
 */
export const generateDocument = (seed: string, index: number, revision = 0): GeneratedDoc => {
  const rng = makeRng(`${seed}/${index}`)
  const border = pick(rng, borders)
  const published = Math.floor(Date.UTC(2015, 0, 1) / DAY) + int(rng, 0, 3800)
  const scene: Scene = { rng, border, published, names: border.names }
  const kind = pick(rng, kinds)
  const title = titleOf(scene, kind)
  const name = slug(title)
  const sourceId = `${name.startsWith(kind) ? "" : `${kind}-`}${name}-${String(index).padStart(6, "0")}`
  const meta = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `publisher: ${pick(rng, ["Benchmark Wire", "Border Monitor", "Test corpus", "Court Reporter"])}`,
    ...(chance(rng, 0.9) ? [`published: ${isoDay(published)}`] : []),
    "language: en",
    "license: CC0-1.0",
    `retrieved: ${isoDay(published + int(rng, 1, 900))}`,
    "---",
    ""
  ].join("\n")
  const target = int(rng, 1100, 4900)
  const bodyScene = revision === 0 ? scene : { ...scene, rng: makeRng(`${seed}/${index}/r${revision}`) }
  const body = bodyOf(bodyScene, kind, title, target, Buffer.byteLength(meta))
  // A few raw files come with Windows line ends or decomposed accents, as files from other tools do.
  const crlf = chance(rng, 0.02)
  const text = meta + (chance(rng, 0.02) ? body.normalize("NFD") : body)
  return { sourceId, text: crlf ? text.replace(/\n/g, "\r\n") : text }
}

/** The documents 0 … n-1 of a seed, one at a time. */
export function* generateCorpus(n: number, seed: string): Generator<GeneratedDoc> {
  for (let i = 0; i < n; i++) yield generateDocument(seed, i)
}

/** Writes `n` documents into `dir` (created if missing) as `<source_id>.md`; returns their total bytes. */
export const writeCorpus = (dir: string, n: number, seed: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    yield* fs.makeDirectory(dir, { recursive: true })
    let bytes = 0
    for (const doc of generateCorpus(n, seed)) {
      const content = new TextEncoder().encode(doc.text)
      bytes += content.length
      yield* fs.writeFile(path.join(dir, `${doc.sourceId}.md`), content)
    }
    return bytes
  })
