// What counts as a question on a chapter page, and where its answer ends. Shared by the
// content model (scripts/content.ts), the render-time practice wrappers and the practice
// data, so all three agree on the same questions.
import type { MarkdownToken } from './types'

const QUESTION_PATTERN = /^(\d+)\.\s/

/** N for a question heading "N. ..." at level 2 or 3, otherwise null. */
export function questionNumberOf(level: number, text: string): number | null {
  if (level !== 2 && level !== 3) return null
  const match = QUESTION_PATTERN.exec(text)
  return match ? Number(match[1]) : null
}

export interface QuestionRange {
  number: number
  /** Index of the heading_open token. */
  headingIndex: number
  /** Index of the first answer token (just after heading_close). */
  start: number
  /** Index one past the last answer token. */
  end: number
}

/**
 * The answer of a question runs from its heading to the next heading of the same or a
 * higher level (the next question, the next themed group, or the references).
 * Only top-level headings count: a heading inside a container is part of an answer.
 */
export function questionRanges(
  tokens: MarkdownToken[],
  headingText: (inline: MarkdownToken | undefined) => string
): QuestionRange[] {
  const ranges: QuestionRange[] = []
  let open: (QuestionRange & { level: number }) | null = null
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.level !== 0) return
    const level = Number(token.tag.slice(1))
    if (open && level <= open.level) {
      open.end = i
      ranges.push(withoutLevel(open))
      open = null
    }
    const number = questionNumberOf(level, headingText(tokens[i + 1]))
    if (number !== null) {
      open = { number, headingIndex: i, start: i + 3, end: tokens.length, level }
    }
  })
  if (open) ranges.push(withoutLevel(open))
  return ranges
}

function withoutLevel(range: QuestionRange & { level: number }): QuestionRange {
  const { level: _level, ...rest } = range
  return rest
}

/** Site route of a page from its path under docs/: "13-x/03-y.md" -> "/13-x/03-y". */
export function routeOf(docPath: string): string {
  if (docPath === 'index.md') return '/'
  if (docPath.endsWith('/index.md')) return `/${docPath.slice(0, -'index.md'.length)}`
  return `/${docPath.replace(/\.md$/, '')}`
}

/** The stable id of a question: page route plus heading anchor. */
export function questionId(route: string, anchor: string): string {
  return `${route}#${anchor}`
}
