/**
 * Highlighting and excerpts. Matches are found on the normalised text and mapped back to
 * the original, which is returned as parts ({text, hit}); the UI renders each part as a
 * text node (never as HTML), so a heading or query holding markup stays text.
 */
import { normalizeWithOrigin } from './normalize'
import { gluedWord, scanTokens, wordIndexTerms } from './tokenize'

export interface TextPart {
  text: string
  hit: boolean
}

/** What to mark: indexed terms, and whole phrases (glossary forms) found as substrings. */
export interface HighlightTerms {
  terms: Map<string, number>
  phrases: Map<string, number>
}

interface Hit {
  start: number
  end: number
  /** Which query slot the hit satisfies: the excerpt prefers windows with many slots. */
  slot: number
}

/** Width of an excerpt in characters, and how much context is kept before the first hit. */
export const EXCERPT_CHARS = 110
const LEAD_CHARS = 24
const MAX_HITS = 400
const SENTENCE_END = /[。！？；.!?;\n]/

function findHits(text: string, { terms: slotOfTerm, phrases }: HighlightTerms): Hit[] {
  const hits: Hit[] = []
  for (const [phrase, slot] of phrases) {
    for (let at = text.indexOf(phrase); at !== -1 && hits.length < MAX_HITS; at = text.indexOf(phrase, at + phrase.length)) {
      hits.push({ start: at, end: at + phrase.length, slot })
    }
  }
  let previousWord: { glued: string; start: number; end: number } | null = null
  for (const token of scanTokens(text)) {
    if (hits.length >= MAX_HITS) break
    const end = token.start + token.text.length
    if (token.kind === 'cjk') {
      previousWord = null
      const chars = Array.from(token.text)
      let offset = token.start
      for (let i = 0; i < chars.length; i++) {
        const next = offset + chars[i].length
        const unigram = slotOfTerm.get(chars[i])
        if (unigram !== undefined) hits.push({ start: offset, end: next, slot: unigram })
        if (i + 1 < chars.length) {
          const bigram = slotOfTerm.get(chars[i] + chars[i + 1])
          if (bigram !== undefined) hits.push({ start: offset, end: next + chars[i + 1].length, slot: bigram })
        }
        offset = next
      }
      continue
    }
    const glued = gluedWord(token.text)
    for (const term of wordIndexTerms(token.text)) {
      const slot = slotOfTerm.get(term)
      if (slot !== undefined) {
        hits.push({ start: token.start, end, slot })
        break
      }
    }
    if (token.joinsPrevious && previousWord) {
      const slot = slotOfTerm.get(previousWord.glued + glued)
      if (slot !== undefined) hits.push({ start: previousWord.start, end, slot })
    }
    previousWord = { glued, start: token.start, end }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The window of EXCERPT_CHARS that covers the most distinct slots (earliest on ties). */
function bestWindow(hits: Hit[]): { start: number; count: number } | null {
  let best: { start: number; count: number } | null = null
  for (let i = 0; i < hits.length; i++) {
    const slots = new Set<number>()
    for (let j = i; j < hits.length && hits[j].end <= hits[i].start + EXCERPT_CHARS; j++) {
      slots.add(hits[j].slot)
    }
    if (!best || slots.size > best.count) best = { start: hits[i].start, count: slots.size }
  }
  return best
}

function toParts(original: string, from: number, to: number, spans: { start: number; end: number }[]): TextPart[] {
  const parts: TextPart[] = []
  let cursor = from
  for (const span of spans) {
    const start = Math.max(span.start, cursor)
    const end = Math.min(span.end, to)
    if (end <= start) continue
    if (start > cursor) parts.push({ text: original.slice(cursor, start), hit: false })
    const last = parts[parts.length - 1]
    if (last?.hit && start === cursor) last.text += original.slice(start, end)
    else parts.push({ text: original.slice(start, end), hit: true })
    cursor = end
  }
  if (cursor < to) parts.push({ text: original.slice(cursor, to), hit: false })
  return parts
}

function originalSpans(hits: Hit[], origin: Uint32Array) {
  return hits.map((hit) => ({ start: origin[hit.start], end: origin[hit.end] }))
}

/** The whole string, with the matched terms marked. */
export function highlight(original: string, slotOfTerm: HighlightTerms): TextPart[] {
  const { text, origin } = normalizeWithOrigin(original)
  return toParts(original, 0, original.length, originalSpans(findHits(text, slotOfTerm), origin))
}

/**
 * An excerpt of about EXCERPT_CHARS around the densest cluster of matches, starting at a
 * sentence boundary when one is close; the start of the text when nothing matches.
 */
export function excerpt(original: string, slotOfTerm: HighlightTerms): TextPart[] {
  const { text, origin } = normalizeWithOrigin(original)
  const hits = findHits(text, slotOfTerm)
  const window = bestWindow(hits)
  let start = 0
  if (window) {
    start = Math.max(0, window.start - LEAD_CHARS)
    for (let i = window.start - 1; i >= start; i--) {
      if (SENTENCE_END.test(text[i])) {
        start = i + 1
        break
      }
    }
    while (start < window.start && /\s/.test(text[start])) start++
  }
  const end = Math.min(text.length, start + EXCERPT_CHARS)
  const from = origin[start]
  const to = origin[end]
  const parts = toParts(original, from, to, originalSpans(hits, origin))
  if (from > 0) parts.unshift({ text: '…', hit: false })
  if (to < original.length) parts.push({ text: '…', hit: false })
  return parts
}

export function partsToText(parts: TextPart[]): string {
  return parts.map((part) => part.text).join('')
}
