// Word count and reading time of a page, from its tokens, for Chinese technical prose.
// Chinese is counted by character (the usual 字数), other scripts by word. Reading speed
// is set for study rather than skimming: about 300 characters a minute, and formulas and
// code lines take extra time.
import type { MarkdownToken } from './types'

const CHARS_PER_MINUTE = 300
const SECONDS_PER_FORMULA = 4
const SECONDS_PER_CODE_LINE = 3

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

export interface ReadingStats {
  /** Chinese characters plus words of other scripts. */
  words: number
  formulas: number
  codeLines: number
  minutes: number
}

export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0
  const rest = text.replace(HAN, ' ').match(WORD)?.length ?? 0
  return han + rest
}

export function readingStats(tokens: MarkdownToken[]): ReadingStats {
  let words = 0
  let formulas = 0
  let codeLines = 0
  const visit = (token: MarkdownToken) => {
    if (token.type === 'text' || token.type === 'code_inline') words += countWords(token.content)
    else if (token.type.startsWith('math_')) formulas++
    else if (token.type === 'fence' || token.type === 'code_block') {
      codeLines += token.content.split('\n').filter((line) => line.trim() !== '').length
    }
    token.children?.forEach(visit)
  }
  tokens.forEach(visit)
  const seconds =
    (words / CHARS_PER_MINUTE) * 60 + formulas * SECONDS_PER_FORMULA + codeLines * SECONDS_PER_CODE_LINE
  return { words, formulas, codeLines, minutes: Math.max(1, Math.round(seconds / 60)) }
}
