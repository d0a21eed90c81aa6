/** Document frequencies, prefix completion and typo correction over the indexed terms. */
import type { TermStats } from './query'
import { isConceptToken } from './concepts'
import { isCjkTerm } from './tokenize'

export class Vocabulary implements TermStats {
  private readonly frequency: Map<string, number>
  /** Latin words, sorted, for prefix search by binary search. */
  private readonly words: string[]
  /** Latin words grouped by length, for typo correction. */
  private readonly wordsByLength = new Map<number, string[]>()

  constructor(frequency: Map<string, number>) {
    this.frequency = frequency
    this.words = [...frequency.keys()].filter((term) => !isCjkTerm(term) && !isConceptToken(term)).sort()
    for (const word of this.words) {
      const bucket = this.wordsByLength.get(word.length)
      if (bucket) bucket.push(word)
      else this.wordsByLength.set(word.length, [word])
    }
  }

  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0
  }

  completions(prefix: string, limit: number): string[] {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.words[middle] < prefix) low = middle + 1
      else high = middle
    }
    const found: string[] = []
    for (let i = low; i < this.words.length && this.words[i].startsWith(prefix); i++) {
      found.push(this.words[i])
    }
    return this.mostFrequent(found, limit)
  }

  corrections(word: string, limit: number): string[] {
    if (word.length < 4) return []
    const maxDistance = word.length >= 8 ? 2 : 1
    const found: string[] = []
    for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
      for (const candidate of this.wordsByLength.get(length) ?? []) {
        if (editDistanceAtMost(word, candidate, maxDistance)) found.push(candidate)
      }
    }
    return this.mostFrequent(found, limit)
  }

  private mostFrequent(terms: string[], limit: number): string[] {
    return terms
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a) || (a < b ? -1 : 1))
      .slice(0, limit)
  }
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit) <= max. */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1)
      }
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > max) return false
    beforePrevious = previous
    previous = current
  }
  return previous[b.length] <= max
}
