import { describe, expect, it } from "@effect/vitest"
import { analyse, people } from "../../pipeline/extract/analysis.ts"
import {
  cueFilter,
  lazy,
  onceByIndex,
  memoryBefore,
  memoryView,
  namesIn,
  onceBy
} from "../../pipeline/extract/memo.ts"
import { authorities, emptyMemory, peoplePhrases, pronouns, remember } from "../../pipeline/extract/people.ts"
import { segment } from "../../pipeline/segment.ts"
import { devDoc, sourceOf } from "../helpers.ts"

describe("onceBy", () => {
  it("computes once per object, again for another object", () => {
    let calls = 0
    const size = onceBy((xs: ReadonlyArray<number>) => {
      calls++
      return xs.length
    })
    const a = [1, 2, 3]
    expect([size(a), size(a), size([4])]).toEqual([3, 3, 1])
    expect(calls).toBe(2)
  })

  it("remembers an undefined result too", () => {
    let calls = 0
    const nothing = onceBy((_: object): undefined => {
      calls++
      return undefined
    })
    const key = {}
    nothing(key)
    nothing(key)
    expect(calls).toBe(1)
  })
})

describe("cueFilter", () => {
  const cues = [
    { name: "cat", re: /(?<![\p{L}])cats?(?![\p{L}])/giu, bare: /cats?/iu },
    { name: "dog", re: /(?<![\p{L}])dog(?![\p{L}])/giu, bare: /dog/iu }
  ]
  const worth = cueFilter(cues)

  it("keeps the cues whose pattern matches, in their order", () => {
    expect(worth("a dog and cats").map((c) => c.name)).toEqual(["cat", "dog"])
    expect(worth("Dogs and cats").map((c) => c.name)).toEqual(["cat"])
    expect(worth("a catalogue").map((c) => c.name)).toEqual([])
    expect(worth("a bird")).toEqual([])
  })

  it("tries the bare pattern where a cue has no global one", () => {
    const bare = cueFilter(cues.map(({ name, bare }) => ({ name, bare })))
    expect(bare("Dogs and a catalogue").map((c) => c.name)).toEqual(["cat", "dog"])
    expect(bare("a hotdog").map((c) => c.name)).toEqual([])
  })

  it("drops a cue whose words occur only inside another word, where no cue may start", () => {
    expect(worth("a hotdog").map((c) => c.name)).toEqual([])
    expect(worth("the hot-dog").map((c) => c.name)).toEqual(["dog"])
  })

  it("reads the characters the iu flags fold to ASCII letters (long s, Kelvin sign)", () => {
    const folded = cueFilter([{ name: "ask", bare: /ask/iu }])
    expect(folded("they aſk").length).toBe(1)
    expect(folded("they as\u212A").length).toBe(1)
    expect(folded("they asc").length).toBe(0)
  })

  it("keeps a cue whose pattern has no leading words when its bare pattern matches", () => {
    const digits = cueFilter([{ name: "n", bare: /\d+\s+days/iu }])
    expect(digits("held 12 days").length).toBe(1)
    expect(digits("held for days").length).toBe(0)
  })

  it("never drops a cue that matches", () => {
    for (const text of ["the cat", "CATS!", "a dog barked", "hotdog", "cat-dog", "2cats", "éCat", "ſcat"]) {
      for (const c of cues) {
        c.re.lastIndex = 0
        if (c.re.test(text)) expect(worth(text)).toContain(c)
      }
    }
  })
})

describe("onceByIndex and lazy", () => {
  it("computes once per index", () => {
    const asked: Array<number> = []
    const square = onceByIndex((i) => {
      asked.push(i)
      return i * i
    })
    expect([square(3), square(0), square(3)]).toEqual([9, 0, 9])
    expect(asked).toEqual([3, 0])
  })

  it("computes a value on first use only, null included", () => {
    let calls = 0
    const value = lazy(() => {
      calls++
      return null
    })
    expect(calls).toBe(0)
    expect([value(), value()]).toEqual([null, null])
    expect(calls).toBe(1)
  })
})

describe("per-document facts", () => {
  const doc = devDoc("wire-lithuania-pushbacks-2021")
  const analysis = analyse(doc)

  it("computes a sentence's people phrases, pronouns and authorities once: the extractors share the answers", () => {
    const found = analysis.sentences.filter((a) => peoplePhrases(a.sentence.text, a.countries).length > 0)
    expect(found.length).toBeGreaterThan(0)
    for (const a of analysis.sentences) {
      expect(peoplePhrases(a.sentence.text, a.countries)).toBe(peoplePhrases(a.sentence.text, a.countries))
      expect(pronouns(a.sentence.text)).toBe(pronouns(a.sentence.text))
      expect(authorities(a.sentence.text, a.countries)).toBe(authorities(a.sentence.text, a.countries))
    }
  })

  it("groups the named persons by sentence, in text order", () => {
    const named = people(doc)
    expect(named.length).toBeGreaterThan(0)
    for (const s of doc.sentences) expect(namesIn(doc, s.index)).toEqual(named.filter((p) => p.sentence === s.index))
    expect(namesIn(doc, doc.sentences.length + 5)).toEqual([])
  })

  it("gives the memory before each sentence, as remembering sentence by sentence does", () => {
    const fresh = devDoc("wire-lithuania-pushbacks-2021")
    // asked out of order: a later sentence first, then an earlier one
    const last = fresh.sentences.length - 1
    const late = memoryBefore(fresh, last)
    expect(memoryBefore(fresh, 0)).toBe(emptyMemory)
    let memory = emptyMemory
    const expected = analyse(fresh).sentences.map((a) => {
      const before = memory
      memory = remember(memory, a, people(fresh).filter((p) => p.sentence === a.sentence.index))
      return before
    })
    for (const s of fresh.sentences) expect(memoryBefore(fresh, s.index)).toEqual(expected[s.index])
    expect(memoryBefore(fresh, last)).toBe(late)
    // past the end: the memory after the whole text
    expect(memoryBefore(fresh, last + 10)).toEqual(memory)
    // the text speaks of a group, so some memory is not empty
    expect(expected.some((m) => m.group !== null)).toBe(true)
  })

  it("reads the memory through a view only when a part of it is used", () => {
    const fresh = devDoc("wire-lithuania-pushbacks-2021")
    const last = fresh.sentences.length - 1
    const view = memoryView(fresh, last)
    const memory = memoryBefore(fresh, last)
    expect(view.group).toBe(memory.group)
    expect(view.person).toBe(memory.person)
    expect(view.byHead).toBe(memory.byHead)
  })

  it("keeps the facts of two documents apart", () => {
    const other = segment(sourceOf("Polish border guards detained 12 migrants near the village of Usnarz Górny."))
    const a = analyse(other).sentences[0]
    if (a === undefined) throw new Error("no sentence")
    expect(authorities(a.sentence.text, a.countries).map((x) => x.country)).toEqual(["PL"])
    expect(memoryBefore(other, 0)).toBe(emptyMemory)
  })
})
