// Heading structure: one H1 "N. 标题" / "N.M 标题", no skipped levels, unique anchors,
// questions numbered 1..n, a question count in the range the content standard sets, and a
// closing "参考文献" section.
import type { Page } from '../content'
import type { Problem } from './problem'

export const REFERENCES_HEADING = '参考文献'

/** Questions per page from the content standard; overview pages have no minimum. */
export const QUESTION_RANGE = {
  chapter: { min: 15, max: 35 },
  subPage: { min: 8, max: 20 }
} as const

export function checkHeadings(page: Page, pages: Page[]): Problem[] {
  const problems: Problem[] = []
  const report = (line: number, message: string) => problems.push({ file: page.relativePath, line, message })
  const { headings } = page

  const h1s = headings.filter((h) => h.level === 1)
  if (page.chapter) {
    if (h1s.length === 0) report(page.lineOffset + 1, `page has no H1; expected "# ${page.chapter.label}"`)
    else if (h1s[0].text !== page.chapter.label)
      report(h1s[0].line, `H1 is "${h1s[0].text}" but frontmatter makes it "${page.chapter.label}"`)
  }
  for (const extra of h1s.slice(1)) report(extra.line, 'page has more than one H1')
  if (headings.length > 0 && headings[0].level !== 1 && page.chapter) {
    report(headings[0].line, 'the first heading must be the H1')
  }

  headings.forEach((heading, i) => {
    const previous = headings[i - 1]
    if (previous && heading.level > previous.level + 1) {
      report(heading.line, `heading level skipped: H${previous.level} is followed by H${heading.level}`)
    }
  })

  const byAnchor = new Map(headings.map((h) => [h.anchor, h]))
  for (const heading of headings) {
    // markdown-it-anchor de-duplicates "x" as "x-1", "x-2": such an id means a clash.
    const clash = /^(.*)-(\d+)$/.exec(heading.anchor)
    const first = clash ? byAnchor.get(clash[1]) : undefined
    if (first && first !== heading && first.line < heading.line) {
      report(heading.line, `duplicate anchor "#${clash![1]}" (same heading as line ${first.line})`)
    }
  }

  if (!page.chapter) return problems
  const questions = headings.filter((h) => h.questionNumber !== null)
  questions.forEach((question, i) => {
    if (question.questionNumber !== i + 1) {
      report(question.line, `question numbered ${question.questionNumber} but it is question ${i + 1} of the page`)
    }
  })
  const range = questionRange(page, pages)
  if (range && (questions.length < range.min || questions.length > range.max)) {
    report(h1s[0]?.line ?? 1, `page has ${questions.length} questions; ${range.min}–${range.max} expected`)
  }
  const lastH2 = [...headings].reverse().find((h) => h.level === 2)
  if (!lastH2 || lastH2.text !== REFERENCES_HEADING) {
    report(lastH2?.line ?? 1, `the last H2 must be "## ${REFERENCES_HEADING}" listing the sources`)
  }
  return problems
}

function questionRange(page: Page, pages: Page[]): { min: number; max: number } | null {
  const number = page.placeNumber!
  if (number.length === 2) return QUESTION_RANGE.subPage
  const isOverview = pages.some((p) => p.placeNumber?.length === 2 && p.placeNumber[0] === number[0])
  return isOverview ? null : QUESTION_RANGE.chapter
}
