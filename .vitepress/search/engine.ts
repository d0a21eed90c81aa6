/**
 * The search engine used everywhere (browser, CLI, tests, benchmark): a FlexSearch 0.8
 * Document index over three fields of each record (heading, breadcrumb, text), fed with
 * our own terms (tokenize.ts, concepts.ts), plus the ranking:
 *
 * 1. Records matching every query slot come before partial matches.
 * 2. Within a tier, a slot counts its inverse document frequency (a rare term such as
 *    `前缀` outweighs a common one such as `模型`) times the weight of the best field it
 *    was found in: heading 2, text 1, breadcrumb 0.5, with a small bonus when a heading
 *    term is also discussed in the text. Partial matches are scaled by the share of the
 *    query they cover.
 */
import { Document } from 'flexsearch'
import { conceptTokens } from './concepts'
import { normalizeText } from './normalize'
import { parseQuery, type QuerySlot } from './query'
import type { SearchRecord } from './records'
import { excerpt, highlight, partsToText, type HighlightTerms, type TextPart } from './snippet'
import { indexTerms } from './tokenize'
import { Vocabulary } from './vocabulary'

const FIELDS = ['heading', 'breadcrumb', 'text'] as const
type Field = (typeof FIELDS)[number]
const FIELD_BIT: Record<Field, number> = { heading: 1, breadcrumb: 2, text: 4 }
export const FIELD_WEIGHT: Record<Field, number> = { heading: 2, breadcrumb: 0.5, text: 1 }
const HEADING_AND_TEXT_BONUS = 0.3
/**
 * A reference list names many terms (paper titles) without explaining any: it stays
 * findable, but below the answers that discuss the same terms.
 */
const REFERENCE_HEADING = '参考文献'
const REFERENCE_FACTOR = 0.5

export interface SearchResult {
  url: string
  heading: string
  breadcrumb: string[]
  /** The excerpt as plain text. */
  excerpt: string
  score: number
  /** True when every query slot matched. */
  complete: boolean
  headingParts: TextPart[]
  excerptParts: TextPart[]
}

export interface SearchOptions {
  limit?: number
}

type IndexedRecord = { id: number } & Record<Field, string>

/** Question and chapter numbers ("12. ", "5.4 ") are shown, not searched for. */
const QUESTION_NUMBER = /^\d+(?:\.\d+)?\.?\s+/
const encodeTerms = (value: string) => (value ? value.split(' ') : [])

/** A field's terms, including the concept tokens of the glossary entries it mentions. */
export function fieldTerms(value: string): string[] {
  const text = normalizeText(value)
  const terms = new Set(indexTerms(text))
  return [...terms, ...conceptTokens(text, terms)]
}

function createDocumentIndex(): Document<IndexedRecord> {
  return new Document<IndexedRecord>({
    document: {
      id: 'id',
      // Ranking is ours, so FlexSearch needs no positional score slots (resolution 1).
      index: FIELDS.map((field) => ({ field, tokenize: 'strict' as const, resolution: 1, encode: encodeTerms }))
    }
  })
}

export class SearchEngine {
  private readonly index = createDocumentIndex()
  private readonly frequency = new Map<string, number>()
  private vocabulary = new Vocabulary(this.frequency)
  private readonly hitCache = new Map<string, Map<number, number>>()

  /** Builds the whole index at once (Node: CLI, tests, benchmark). */
  constructor(
    readonly records: readonly SearchRecord[],
    buildNow = true
  ) {
    if (!buildNow) return
    records.forEach((record, id) => this.add(record, id))
    this.finish()
  }

  /**
   * Builds the same index in slices, pausing between them, so the page stays responsive
   * while a large index is built in the browser.
   */
  static async build(records: readonly SearchRecord[], pause: () => Promise<void>, slice = 200): Promise<SearchEngine> {
    const engine = new SearchEngine(records, false)
    for (let start = 0; start < records.length; start += slice) {
      records.slice(start, start + slice).forEach((record, offset) => engine.add(record, start + offset))
      await pause()
    }
    engine.finish()
    return engine
  }

  private finish(): void {
    this.vocabulary = new Vocabulary(this.frequency)
  }

  private add(record: SearchRecord, id: number): void {
    const fields: Record<Field, string[]> = {
      heading: fieldTerms(record.heading.replace(QUESTION_NUMBER, '')),
      breadcrumb: fieldTerms(record.breadcrumb.join(' ')),
      text: fieldTerms(`${record.text}\n${record.keywords}`)
    }
    this.index.add({ id, heading: fields.heading.join(' '), breadcrumb: fields.breadcrumb.join(' '), text: fields.text.join(' ') })
    for (const term of new Set([...fields.heading, ...fields.breadcrumb, ...fields.text])) {
      this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1)
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10
    const slots = parseQuery(query, this.vocabulary)
    if (slots.length === 0 || limit <= 0) return []
    const weights = slots.map((slot) => this.slotWeight(slot))
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0)

    const candidates = new Map<number, { score: number; matched: number; coverage: number }>()
    slots.forEach((slot, slotIndex) => {
      const best = new Map<number, number>()
      for (const { term, factor } of slot.alternatives) {
        for (const [id, fields] of this.hits(term)) {
          const value = factor * fieldWeight(fields)
          if (value > (best.get(id) ?? 0)) best.set(id, value)
        }
      }
      for (const [id, value] of best) {
        const candidate = candidates.get(id) ?? { score: 0, matched: 0, coverage: 0 }
        candidate.score += weights[slotIndex] * value
        candidate.matched++
        candidate.coverage += weights[slotIndex]
        candidates.set(id, candidate)
      }
    })

    // Ties (common for one-term queries) go to the heading that names the term first: a
    // question is usually about what it starts with ("DeepNorm 是怎么做的" before
    // "GLM-130B 为什么选择 DeepNorm"), then to the shorter heading.
    const positions = new Map<number, number>()
    const position = (id: number) => {
      let value = positions.get(id)
      if (value === undefined) positions.set(id, (value = this.headingPosition(id, slots)))
      return value
    }
    const ranked = [...candidates]
      .map(([id, { score, matched, coverage }]) => ({
        id,
        complete: matched === slots.length,
        score: score * (coverage / totalWeight) * (this.records[id].heading === REFERENCE_HEADING ? REFERENCE_FACTOR : 1)
      }))
      .sort(
        (a, b) =>
          Number(b.complete) - Number(a.complete) ||
          b.score - a.score ||
          position(a.id) - position(b.id) ||
          this.records[a.id].heading.length - this.records[b.id].heading.length ||
          a.id - b.id
      )
      .slice(0, limit)

    return ranked.map(({ id, complete, score }) => this.result(id, slots, complete, score))
  }

  /** Where the query first shows up in a record's heading (Infinity when it does not). */
  private headingPosition(id: number, slots: QuerySlot[]): number {
    const heading = normalizeText(this.records[id].heading.replace(QUESTION_NUMBER, ''))
    let first = Infinity
    for (const slot of slots) {
      const spellings = slot.concept ? slot.concept.forms.map((form) => form.text) : slot.alternatives.map((a) => a.term)
      for (const spelling of spellings) {
        const at = heading.indexOf(spelling)
        if (at !== -1 && at < first) first = at
      }
    }
    return first
  }

  private slotWeight(slot: QuerySlot): number {
    const count = this.records.length
    const frequencies = slot.alternatives.map((a) => this.vocabulary.documentFrequency(a.term))
    // The slot is as rare as its rarest known spelling; an unknown slot counts as rarest.
    const known = frequencies.filter((f) => f > 0)
    const frequency = known.length ? Math.max(...known) : 0
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))
  }

  /** Record id -> bit set of the fields holding `term`. */
  private hits(term: string): Map<number, number> {
    const cached = this.hitCache.get(term)
    if (cached) return cached
    const found = new Map<number, number>()
    const results = this.index.search({ query: term, index: [...FIELDS], limit: this.records.length })
    for (const { field, result } of results as { field: Field; result: number[] }[]) {
      for (const id of result) found.set(id, (found.get(id) ?? 0) | FIELD_BIT[field])
    }
    if (this.hitCache.size > 5000) this.hitCache.clear()
    this.hitCache.set(term, found)
    return found
  }

  private result(id: number, slots: QuerySlot[], complete: boolean, score: number): SearchResult {
    const record = this.records[id]
    const slotOfTerm: HighlightTerms = { terms: new Map(), phrases: new Map() }
    slots.forEach((slot, index) => {
      const matched = slot.alternatives.filter(({ term }) => this.hits(term).has(id)).map(({ term }) => term)
      if (matched.length === 0) return
      const forms = slot.concept?.forms ?? []
      const words = forms.filter((form) => !form.highlightAsPhrase).map((form) => form.key)
      for (const term of [...matched, ...words]) {
        if (!slotOfTerm.terms.has(term)) slotOfTerm.terms.set(term, index)
      }
      for (const form of forms) if (form.highlightAsPhrase) slotOfTerm.phrases.set(form.text, index)
    })
    const excerptParts = excerpt(record.text, slotOfTerm)
    return {
      url: record.url,
      heading: record.heading,
      breadcrumb: record.breadcrumb,
      excerpt: partsToText(excerptParts),
      score: Math.round(score * 1000) / 1000,
      complete,
      headingParts: highlight(record.heading, slotOfTerm),
      excerptParts
    }
  }
}

function fieldWeight(fields: number): number {
  let weight = 0
  for (const field of FIELDS) {
    if (fields & FIELD_BIT[field]) weight = Math.max(weight, FIELD_WEIGHT[field])
  }
  const both = fields & FIELD_BIT.heading && fields & FIELD_BIT.text
  return both ? weight + HEADING_AND_TEXT_BONUS : weight
}
