/**
 * Tokenizer for mixed Chinese/English technical text. Input must already be normalised
 * (normalize.ts).
 *
 * - Chinese has no spaces, so a CJK run is indexed as unigrams plus overlapping bigrams
 *   and queried with bigrams only (a one-character query uses its unigram): the bigram
 *   chain rewards the reader's exact phrase instead of sections that merely share common
 *   characters. Bigrams are deterministic, so index and query always agree (a dictionary
 *   segmenter such as Intl.Segmenter splits the same word differently in different
 *   contexts and ICU versions).
 * - Latin words keep identifiers whole (`zero-3`, `top-p`, `fp16`, `qwen2.5`, `zero++`) and
 *   also index their parts, the parts glued together (`zero3`), the letter head of a
 *   letter+digit word (`qwen2` -> `qwen`), and two adjacent words glued together
 *   (`kv cache` -> `kvcache`, `rms norm` -> `rmsnorm`), so spacing variants meet.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}'
// Letters that are not CJK (double negation: not a non-letter and not CJK), or digits.
const WORD_CHAR = `(?:[^\\P{L}${CJK}]|\\p{N})`
// Joiners inside an identifier; "/" only before a digit, for series like `ZeRO-1/2/3`.
const TOKEN = new RegExp(
  `([${CJK}]+)|(${WORD_CHAR}+(?:(?:[-_.'+]|/(?=\\p{N}))${WORD_CHAR}+)*\\+*)`,
  'gu'
)
const SERIES = /^(.*?)(\d+)((?:\/\d+)+)$/
const JOINERS = /[-_.'+]+/
const LETTER_HEAD = /^(\p{L}{2,})\p{N}/u
// Spaces, or brackets with nothing else: `kv cache`, `(IA)³` -> `kvcache`, `ia3`.
const SPACES_ONLY = /^(?:[ \t\n\r]+|[()]+)$/

export type TokenKind = 'cjk' | 'word'

export interface Token {
  kind: TokenKind
  text: string
  /** Offset in the normalised text. */
  start: number
  /** True when only spaces (or only brackets) separate this word from the previous word. */
  joinsPrevious: boolean
}

export function scanTokens(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  let previousKind: TokenKind | null = null
  for (const match of text.matchAll(TOKEN)) {
    const kind: TokenKind = match[1] ? 'cjk' : 'word'
    const start = match.index!
    const joinsPrevious =
      kind === 'word' &&
      previousKind === 'word' &&
      SPACES_ONLY.test(text.slice(previousEnd, start))
    tokens.push({ kind, text: match[0], start, joinsPrevious })
    previousEnd = start + match[0].length
    previousKind = kind
  }
  return tokens
}

export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run)
  if (chars.length === 1) return chars
  const grams: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1])
  return grams
}

export function cjkIndexTerms(run: string): string[] {
  const chars = Array.from(run)
  return chars.length === 1 ? chars : [...chars, ...cjkBigrams(run)]
}

export function wordParts(word: string): string[] {
  return word.split(JOINERS).filter(Boolean)
}

/** The spelling without joiners: `zero-3` -> `zero3`, `top-p` -> `topp`. */
export function gluedWord(word: string): string {
  return wordParts(word).join('')
}

export function wordIndexTerms(word: string): string[] {
  // `zero-1/2/3` is `zero-1`, `zero-2` and `zero-3`.
  const series = SERIES.exec(word)
  if (series) {
    const [, stem, first, rest] = series
    const members = [first, ...rest.split('/').filter(Boolean)].map((n) => stem + n)
    return [word, ...members.flatMap(wordIndexTerms)]
  }
  const terms = [word]
  const parts = wordParts(word)
  if (parts.length > 1 || parts[0] !== word) {
    terms.push(...parts, parts.join(''))
  }
  for (const part of parts) {
    const head = LETTER_HEAD.exec(part)
    if (head) terms.push(head[1])
  }
  return terms
}

/** Every term a piece of normalised text is indexed under (duplicates removed). */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>()
  let previousWord: string | null = null
  for (const token of scanTokens(text)) {
    if (token.kind === 'cjk') {
      for (const term of cjkIndexTerms(token.text)) terms.add(term)
      previousWord = null
      continue
    }
    for (const term of wordIndexTerms(token.text)) terms.add(term)
    if (token.joinsPrevious && previousWord) terms.add(previousWord + gluedWord(token.text))
    previousWord = gluedWord(token.text)
  }
  return [...terms]
}

export function isCjkTerm(term: string): boolean {
  return new RegExp(`^[${CJK}]`, 'u').test(term)
}
