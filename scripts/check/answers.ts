// Every question heading is followed by a real answer: a first paragraph that opens with
// "**答：**" and says something, and no placeholder text anywhere in the section.
import type { Page } from '../content'
import type { Problem } from './problem'
import { sectionAfter, textOf } from './tokens'

export const ANSWER_PREFIX = '**答：**'
const MIN_DIRECT_ANSWER_CHARS = 10
const PLACEHOLDERS = /\b(TODO|TBD|FIXME|XXX)\b|待补充|待完善|待填写|占位|（略）|\(略\)|此处省略/i

export function checkAnswers(page: Page): Problem[] {
  if (!page.chapter) return []
  const problems: Problem[] = []
  const questions = page.headings.filter((h) => h.questionNumber !== null)
  questions.forEach((heading, i) => {
    const questionIndex = i + 1
    const section = sectionAfter(page.tokens, heading.tokenIndex)
    const report = (message: string) => problems.push({ file: page.relativePath, line: heading.line, message })
    const first = section.find((t) => t.type !== 'paragraph_open')
    if (!first || first.type !== 'inline' || !first.content.startsWith(ANSWER_PREFIX)) {
      report(`question ${questionIndex} has no answer: its first paragraph must start with ${ANSWER_PREFIX}`)
      return
    }
    const direct = first.content.slice(ANSWER_PREFIX.length).trim()
    if ([...direct].length < MIN_DIRECT_ANSWER_CHARS) {
      report(`question ${questionIndex}: the direct answer after ${ANSWER_PREFIX} is too short to be an answer`)
    }
    const placeholder = PLACEHOLDERS.exec(textOf(section))
    if (placeholder) report(`question ${questionIndex}: answer contains placeholder text "${placeholder[0]}"`)
  })
  return problems
}
