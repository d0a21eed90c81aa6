/**
 * Glossary entries as concepts. A section mentioning any form of an entry is indexed
 * under the entry's concept token (`§12`); a query naming any form asks for that token
 * as one slot. So `层归一化`, `LayerNorm` and `layer norm` find the same sections, and a
 * section that names the concept is not outranked by one that merely shares its
 * characters.
 */
import { GLOSSARY } from './glossary'
import { normalizeText } from './normalize'
import { cjkBigrams, gluedWord, isCjkTerm } from './tokenize'

export interface ConceptForm {
  /** Normalised spelling. */
  text: string
  isCjk: boolean
  /** Latin forms: the spelling without spaces and joiners (`kv cache` -> `kvcache`). */
  key: string
  /** Highlighted as an indexed term (single Latin words) or as a phrase (the rest). */
  highlightAsPhrase: boolean
  /** A term every text containing the form also has: a cheap test before the substring search. */
  witness: string
}

export interface Concept {
  token: string
  forms: ConceptForm[]
}

export const CONCEPT_PREFIX = '§'

export const CONCEPTS: Concept[] = GLOSSARY.map((entry, index) => ({
  token: `${CONCEPT_PREFIX}${index}`,
  forms: entry.map((form) => {
    const text = normalizeText(form)
    const isCjk = isCjkTerm(text)
    const key = isCjk ? text : text.split(/\s+/).map(gluedWord).join('')
    const witness = isCjk ? cjkBigrams(text)[0] : text.split(/\s+/)[0]
    return { text, isCjk, key, highlightAsPhrase: isCjk || /\s/.test(text), witness }
  })
}))

const CONCEPT_BY_KEY = new Map<string, Concept>()
for (const concept of CONCEPTS) for (const form of concept.forms) CONCEPT_BY_KEY.set(form.key, concept)

/** Forms found by substring: every CJK form and multi-word Latin forms, longest first. */
const SUBSTRING_FORMS = CONCEPTS.flatMap((concept) =>
  concept.forms.filter((form) => form.isCjk || /\s/.test(form.text)).map((form) => ({ concept, form }))
).sort((a, b) => b.form.text.length - a.form.text.length)

const LATIN_EDGE = /[\p{L}\p{N}]/u

function isWholeWord(text: string, start: number, end: number, form: ConceptForm): boolean {
  if (form.isCjk) return true
  return !(start > 0 && LATIN_EDGE.test(text[start - 1])) && !(end < text.length && LATIN_EDGE.test(text[end]))
}

/** Concept tokens for a field, given its normalised text and its terms. */
export function conceptTokens(text: string, terms: Set<string>): string[] {
  const found = new Set<string>()
  for (const concept of CONCEPTS) {
    for (const form of concept.forms) {
      const present = form.isCjk
        ? terms.has(form.witness) && text.includes(form.text)
        : terms.has(form.key) || (form.highlightAsPhrase && terms.has(form.witness) && text.includes(form.text))
      if (present) {
        found.add(concept.token)
        break
      }
    }
  }
  return [...found]
}

export interface QueryConcept {
  concept: Concept
  form: ConceptForm
}

/**
 * Cuts the concepts written as CJK phrases or several Latin words out of a normalised
 * query; the rest is left (with spaces where the forms were) for ordinary tokenizing.
 */
export function extractConcepts(query: string): { rest: string; found: QueryConcept[] } {
  let rest = query
  const found: QueryConcept[] = []
  for (const { concept, form } of SUBSTRING_FORMS) {
    let at = rest.indexOf(form.text)
    while (at !== -1) {
      const end = at + form.text.length
      if (isWholeWord(rest, at, end, form)) {
        if (!found.some((f) => f.concept === concept)) found.push({ concept, form })
        rest = `${rest.slice(0, at)} ${' '.repeat(form.text.length - 1)}${rest.slice(end)}`
      }
      at = rest.indexOf(form.text, at + 1)
    }
  }
  return { rest, found }
}

/** The concept a single Latin word names (`layernorm`, `kv-cache` -> glued `kvcache`). */
export function conceptOfWord(gluedWordText: string): Concept | undefined {
  return CONCEPT_BY_KEY.get(gluedWordText)
}

export function isConceptToken(term: string): boolean {
  return term.startsWith(CONCEPT_PREFIX)
}
