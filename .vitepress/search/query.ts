/**
 * Turns what the reader typed into query slots. Every slot should be matched; a slot is
 * satisfied by any of its alternatives (exact spelling, glued spelling, two words written
 * as one, the completions of the word still being typed, or near spellings of a word the
 * index does not contain).
 */
import { conceptOfWord, extractConcepts, type Concept } from './concepts'
import { normalizeText } from './normalize'
import { cjkBigrams, gluedWord, scanTokens } from './tokenize'

/** Longer queries are cut here: nobody types more, and the cost stays bounded. */
export const MAX_QUERY_CHARS = 200
export const MAX_SLOTS = 24

export interface QueryAlternative {
  term: string
  /** 1 for the spelling typed; less for completions and corrections. */
  factor: number
}

export interface QuerySlot {
  alternatives: QueryAlternative[]
  /** For a concept slot: its forms, to highlight whichever the record uses. */
  concept?: Concept
}

/** What the query parser needs to know about the indexed words. */
export interface TermStats {
  documentFrequency(term: string): number
  /** Indexed Latin words starting with `prefix`, most frequent first. */
  completions(prefix: string, limit: number): string[]
  /** Indexed Latin words within a small edit distance of `word`, most frequent first. */
  corrections(word: string, limit: number): string[]
}

/**
 * Question words, particles and filler ("原理", "介绍") readers add to a query ("数量怎么选",
 * "LoRA 是什么", "KV cache 原理").
 * They carry no topic, and the bigrams they form with their neighbours ("量怎", "么选")
 * are rare strings that reward unrelated headings, so a CJK run is cut at them. Only
 * phrases that are not part of content words are listed.
 */
const QUESTION_WORDS = /为什么|为何|怎么样|怎么|怎样|如何|什么|哪些|哪个|哪里|是否|有没有|是不是|能不能|原理|介绍|详解|吗|呢|吧|的/g
const PREFIX_FACTOR = 0.8
const CORRECTION_FACTOR = 0.6
const MIN_PREFIX_LENGTH = 2

export function parseQuery(query: string, stats: TermStats): QuerySlot[] {
  const slots = buildSlots(query, stats, true)
  // A query made only of question words ("什么是") is searched as typed.
  return slots.length ? slots : buildSlots(query, stats, false)
}

function buildSlots(query: string, stats: TermStats, dropQuestionWords: boolean): QuerySlot[] {
  const text = normalizeText(query.slice(0, MAX_QUERY_CHARS))
  const stillTyping = !/\s$/.test(text)
  const { rest, found } = extractConcepts(text)
  const tokens = scanTokens(rest)
  const slots: QuerySlot[] = found.map(({ concept }) => ({
    alternatives: [{ term: concept.token, factor: 1 }],
    concept
  }))
  const seen = new Set<string>(found.map(({ concept }) => concept.token))
  let previousWordSlot: { slot: QuerySlot; glued: string } | null = null

  tokens.forEach((token, position) => {
    if (token.kind === 'cjk') {
      previousWordSlot = null
      const pieces = dropQuestionWords ? token.text.split(QUESTION_WORDS).filter(Boolean) : [token.text]
      for (const piece of pieces) {
        for (const gram of cjkBigrams(piece)) {
          if (seen.has(gram)) continue
          seen.add(gram)
          slots.push({ alternatives: [{ term: gram, factor: 1 }] })
        }
      }
      return
    }
    const word = token.text
    const glued = gluedWord(word)
    const slot: QuerySlot = { alternatives: [{ term: word, factor: 1 }] }
    if (glued && glued !== word) slot.alternatives.push({ term: glued, factor: 1 })
    const concept = conceptOfWord(glued)
    if (concept) {
      slot.alternatives.push({ term: concept.token, factor: 1 })
      slot.concept = concept
    }
    if (token.joinsPrevious && previousWordSlot) {
      const compound = previousWordSlot.glued + glued
      slot.alternatives.push({ term: compound, factor: 1 })
      previousWordSlot.slot.alternatives.push({ term: compound, factor: 1 })
    }
    const isLast = position === tokens.length - 1 && token.start + word.length === rest.trimEnd().length
    if (isLast && stillTyping && word.length >= MIN_PREFIX_LENGTH) {
      for (const completion of stats.completions(word, 12)) {
        if (completion !== word && completion !== glued) {
          slot.alternatives.push({ term: completion, factor: PREFIX_FACTOR })
        }
      }
    }
    const known = slot.alternatives.some((a) => stats.documentFrequency(a.term) > 0)
    if (!known) {
      for (const correction of stats.corrections(glued || word, 6)) {
        slot.alternatives.push({ term: correction, factor: CORRECTION_FACTOR })
      }
    }
    previousWordSlot = { slot, glued }
    if (seen.has(word)) return
    seen.add(word)
    slots.push(slot)
  })
  return slots.slice(0, MAX_SLOTS)
}
