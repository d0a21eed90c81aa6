// Helpers for walking renderer tokens with source line numbers.
import type { MarkdownToken } from '../../.vitepress/markdown/types'
import { sourceLine, type Page } from '../content'

export interface LocatedToken {
  token: MarkdownToken
  line: number
}

/**
 * Every token of the page, inline children included, each with its source line. A child's
 * line is its inline parent's first line plus the line breaks that precede it.
 */
export function locatedTokens(page: Page): LocatedToken[] {
  const result: LocatedToken[] = []
  let lastLine = page.lineOffset + 1
  for (const token of page.tokens) {
    const line = token.map ? sourceLine(token, page.lineOffset) : lastLine
    lastLine = line
    result.push({ token, line })
    let breaks = 0
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') breaks++
      result.push({ token: child, line: line + breaks })
    }
  }
  return result
}

/** The tokens after a heading, up to the next heading of any level. */
export function sectionAfter(tokens: MarkdownToken[], headingOpenIndex: number): MarkdownToken[] {
  let end = headingOpenIndex + 1
  while (end < tokens.length && tokens[end].type !== 'heading_close') end++
  const start = end + 1
  let stop = start
  while (stop < tokens.length && tokens[stop].type !== 'heading_open') stop++
  return tokens.slice(start, stop)
}

/** Readable text of a run of block tokens: inline content, code and TeX as written. */
export function textOf(tokens: MarkdownToken[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'inline' || token.type === 'fence' || token.type === 'code_block') return token.content
      if (token.type.startsWith('math')) return token.content
      return ''
    })
    .filter(Boolean)
    .join('\n')
}
