// memoise: a bounded cache for pure functions of a string. Extraction asks about the same strings (a sentence,
// its phrases, a word) again and again, and each answer depends on the string alone. A leaf module (no
// imports), so any module may use it at load time without an import cycle.

/**
 * `f`, remembered for up to `limit` strings: the cache is emptied when full, which bounds its size. An undefined
 * result is remembered too.
 */
export const memoiseString = <T>(f: (text: string) => T, limit: number): ((text: string) => T) => {
  const known = new Map<string, T>()
  return (text) => {
    // one lookup when the value is there (`has` only for an undefined value)
    const cached = known.get(text)
    if (cached !== undefined || known.has(text)) return cached as T
    const fresh = f(text)
    if (known.size >= limit) known.clear()
    known.set(text, fresh)
    return fresh
  }
}
