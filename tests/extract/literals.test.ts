import { describe, expect, it } from "@effect/vitest"
import { literalGate, requiredLiterals } from "../../pipeline/extract/literals.ts"

const literals = (source: string, caseless = false) => requiredLiterals(source, { caseless })

describe("requiredLiterals", () => {
  it("takes the longest literal run of a sequence", () => {
    expect(literals("[Cc]ourt of (?:Appeal|Cassation)")).toEqual(["ourt of "])
    expect(literals("\\b[Tt]he [Cc]ourt(?! of\\b)")).toEqual(["ourt"])
    expect(literals("Court of Appeals?")).toEqual(["Court of Appeal"])
  })

  it("gives one literal per alternative, from a mandatory group when it is the better choice", () => {
    expect(literals("[Cc]ourt|[Tt]ribunal")).toEqual(["ourt", "ribunal"])
    expect(literals("\\b(?:the|its)\\s+(?:judgment|ruling)\\b")).toEqual(["judgment", "ruling"])
    expect(literals("(?:the\\s+)?arrest\\s+of")).toEqual(["arrest"])
  })

  it("reads escaped punctuation as literal, classes and class escapes as no literal", () => {
    expect(literals("U\\.N\\. [Cc]o")).toEqual(["U.N. "])
    expect(literals("\\d+\\s+days")).toEqual(["days"])
    expect(literals("\\p{Lu}\\p{Ll}*gericht(?:shof)?")).toEqual(["gericht"])
  })

  it("holds a repeated character once and breaks the run after it", () => {
    expect(literals("ab+cd")).toEqual(["ab"])
    expect(literals("xa{2}yyy")).toEqual(["yyy"])
  })

  it("reads what a positive lookaround needs, not a negative one", () => {
    expect(literals("(?<=conditions\\s+as\\s+)[\\p{L}\\s-]+?")).toEqual(["conditions"])
    expect(literals("(?<!not )x")).toEqual(["x"])
  })

  it("gives null when an alternative holds no literal, or the source is not read", () => {
    expect(literals("\\p{Lu}+|abc")).toBeNull()
    expect(literals("(?:abc)?")).toBeNull()
    expect(literals("a(b")).toBeNull()
  })

  it("keeps letters outside ASCII out of caseless literals", () => {
    expect(literals("Sąd Okręgowy", true)).toEqual(["d Okr"])
    expect(literals("Sąd Okręgowy")).toEqual(["Sąd Okręgowy"])
  })
})

describe("literalGate", () => {
  it("is true wherever the pattern matches", () => {
    const patterns = [/\b(?:the|its)\s+(?:judgment|ruling)\b/iu, /[Cc]ourt|[Tt]ribunal/u, /(?:hundreds|\d+)\s+(?:of\s+)?pushbacks/iu]
    const texts = ["The JUDGMENT was read", "its ruling", "a court", "the Tribunal", "12 pushbacks", "hundreds of PUSHBACKS", "no match", "the judge"]
    for (const re of patterns) {
      const gate = literalGate(re)
      for (const text of texts) if (re.test(text)) expect(gate(text)).toBe(true)
    }
  })

  it("is false where no literal occurs, and always true for a pattern without literals", () => {
    expect(literalGate(/\b(?:the|its)\s+(?:judgment|ruling)\b/iu)("the decision")).toBe(false)
    expect(literalGate(/\p{Lu}+/u)("anything")).toBe(true)
  })
})
