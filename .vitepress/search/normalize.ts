/**
 * Text normalisation shared by the index and the query: NFKC (full-width letters and
 * digits become ASCII) and lower case. It works one code point at a time and keeps a map
 * from normalised offsets back to the original, so snippets can highlight the original
 * text (which keeps its case and its full-width punctuation).
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string
  /** For every UTF-16 index of `text`, the UTF-16 index in the original it came from. */
  origin: Uint32Array
}

const ASCII_UPPER = /[A-Z]/

/** Per-character results: a text uses few distinct characters, and normalize() is slow. */
const memo = new Map<string, string>()

function normalizeCodePoint(ch: string): string {
  const code = ch.codePointAt(0)!
  if (code < 0x80) return ASCII_UPPER.test(ch) ? ch.toLowerCase() : ch
  // CJK Unified Ideographs are already in NFKC form and have no case.
  if (code >= 0x4e00 && code <= 0x9fff) return ch
  let normalized = memo.get(ch)
  if (normalized === undefined) {
    normalized = ch.normalize('NFKC').toLowerCase()
    if (memo.size < 10_000) memo.set(ch, normalized)
  }
  return normalized
}

/**
 * Whole-string form for indexing and queries (native, fast). It equals the per-character
 * form used for highlighting except around combining sequences and Greek final sigma,
 * which this book does not contain in searchable text.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

export function normalizeWithOrigin(text: string): NormalizedText {
  let out = ''
  const origin: number[] = []
  let offset = 0
  for (const ch of text) {
    const piece = normalizeCodePoint(ch)
    for (let i = 0; i < piece.length; i++) origin.push(offset)
    out += piece
    offset += ch.length
  }
  origin.push(offset)
  return { text: out, origin: Uint32Array.from(origin) }
}
