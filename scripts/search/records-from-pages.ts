/**
 * Page[] -> search records: one per H2/H3 heading (the questions and their groups) and
 * one per page (title and introduction). Text is plain: markup dropped, TeX kept as its
 * source, code kept, mermaid sources left out (they are diagram syntax, not prose).
 */
import { MATH_TOKEN_TYPES } from '../../.vitepress/markdown/math'
import { isMermaidFence } from '../../.vitepress/markdown/mermaid'
import type { SearchRecord } from '../../.vitepress/search/records'
import type { MarkdownToken } from '../../.vitepress/markdown/types'
import { inlineText, type Heading, type Page } from '../content'

/**
 * Characters of section text shipped per record. Most answers state their key terms in
 * the direct answer and the first paragraph of explanation; the rest of a section
 * contributes its identifiers and bold phrases through `keywords`. The cap keeps the index
 * file well under half the size of the markdown (measured by `npm run bench`).
 */
export const TEXT_CAP = 220
const RECORD_LEVELS = new Set([2, 3])
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*\+*/g

interface SectionText {
  text: string
  /** The prose only: no code blocks, no formulas (their words are not search terms). */
  prose: string
  /** Bold phrases with their offset in `text`. */
  bold: { offset: number; phrase: string }[]
}

function isMath(type: string): boolean {
  return (MATH_TOKEN_TYPES as readonly string[]).includes(type)
}

function boldPhrases(inline: MarkdownToken): string[] {
  const phrases: string[] = []
  let current: string[] | null = null
  for (const child of inline.children ?? []) {
    if (child.type === 'strong_open') current = []
    else if (child.type === 'strong_close' && current) {
      phrases.push(current.join('').trim())
      current = null
    } else if (current && (child.type === 'text' || child.type === 'code_inline')) current.push(child.content)
  }
  return phrases.filter((phrase) => phrase && phrase !== '答：')
}

function sectionText(tokens: MarkdownToken[], from: number, to: number): SectionText {
  const pieces: string[] = []
  const prose: string[] = []
  const bold: SectionText['bold'] = []
  let length = 0
  const push = (piece: string, isProse: boolean) => {
    const clean = piece.replace(/\s+/g, ' ').trim()
    if (!clean) return
    pieces.push(clean)
    if (isProse) prose.push(clean.replace(/\$[^$]*\$/g, ' '))
    length += clean.length + 1
  }
  for (let i = from; i < to; i++) {
    const token = tokens[i]
    if (token.type === 'inline') {
      for (const phrase of boldPhrases(token)) bold.push({ offset: length, phrase })
      push(inlineText(token), true)
    } else if (token.type === 'fence' && !isMermaidFence(token.info)) push(token.content, false)
    else if (token.type === 'code_block' || isMath(token.type)) push(token.content, false)
  }
  // The page already shows "答：" before every answer; in an excerpt it is noise.
  return { text: pieces.join(' ').replace(/^答：\s*/, ''), prose: prose.join(' '), bold }
}

/**
 * Latin terms of the prose (formulas and code blocks left out: `\frac` and `import` are not
 * what readers search for) and bold phrases, when the shipped text lacks them.
 */
function keywordsBeyondCap({ prose, bold }: SectionText, shipped: string): string {
  const kept = new Set<string>()
  const seen = new Set(shipped.match(LATIN_WORD)?.map((word) => word.toLowerCase()) ?? [])
  for (const word of prose.match(LATIN_WORD) ?? []) {
    const key = word.toLowerCase()
    if (word.length < 2 || seen.has(key)) continue
    seen.add(key)
    kept.add(word)
  }
  for (const { offset, phrase } of bold) {
    if (offset + phrase.length > TEXT_CAP && !shipped.includes(phrase)) kept.add(phrase)
  }
  return [...kept].join(' ')
}

function capText(text: string): string {
  if (text.length <= TEXT_CAP) return text
  const cut = Array.from(text.slice(0, TEXT_CAP + 1)).slice(0, -1).join('')
  return `${cut}…`
}

function record(url: string, heading: string, breadcrumb: string[], section: SectionText): SearchRecord {
  const text = capText(section.text)
  return { url, heading, breadcrumb, text, keywords: keywordsBeyondCap(section, text) }
}

function groupLabel(page: Page): string | null {
  const chapter = page.chapter
  if (!chapter || chapter.number.length < 2 || !chapter.parent) return null
  return `${chapter.number[0]}. ${chapter.parent}`
}

export function recordsFromPage(page: Page): SearchRecord[] {
  const chapter = page.chapter
  if (!chapter) return []
  const { tokens, route } = page
  const sections = page.headings.filter((heading) => RECORD_LEVELS.has(heading.level))
  const group = groupLabel(page)
  const pageTrail = group ? [group] : []
  const records: SearchRecord[] = []

  const firstSection = sections[0]?.tokenIndex ?? tokens.length
  const h1 = page.headings.find((heading) => heading.level === 1)
  const intro = sectionText(tokens, h1 ? h1.tokenIndex + 3 : 0, firstSection)
  records.push(record(route, chapter.label, pageTrail, intro))

  let currentGroup: Heading | null = null
  sections.forEach((heading, index) => {
    if (heading.level === 2) currentGroup = heading
    const end = sections[index + 1]?.tokenIndex ?? tokens.length
    const trail = [...pageTrail, chapter.label]
    if (heading.level === 3 && currentGroup) trail.push(currentGroup.text)
    records.push(record(`${route}#${heading.anchor}`, heading.text, trail, sectionText(tokens, heading.tokenIndex + 3, end)))
  })
  return records
}

export function recordsFromPages(pages: Page[]): SearchRecord[] {
  return pages.flatMap(recordsFromPage)
}
