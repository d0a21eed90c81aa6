// All TeX compiles with the same KaTeX call the build uses; no stray "$$" in text, which
// would show as broken math.
import { MATH_TOKEN_TYPES, renderTex, texOfToken } from '../../.vitepress/markdown/math'
import type { Page } from '../content'
import type { Problem } from './problem'
import { locatedTokens } from './tokens'

const MATH_TYPES: ReadonlySet<string> = new Set(MATH_TOKEN_TYPES)

export function checkMath(page: Page): Problem[] {
  const problems: Problem[] = []
  for (const { token, line } of locatedTokens(page)) {
    const report = (message: string) => problems.push({ file: page.relativePath, line, message })
    if (token.type === 'text' && token.content.includes('$$')) {
      report('unmatched "$$": display math must open and close with $$ on lines of their own')
      continue
    }
    if (!MATH_TYPES.has(token.type)) continue
    if (token.content.trim() === '') {
      report('empty formula: a "$$" without matching content (check the display-math delimiters)')
      continue
    }
    const source = texOfToken(token)
    try {
      renderTex(source)
    } catch (error) {
      const message = oneLine((error as Error).message.replace(/^KaTeX parse error: /, ''))
      report(`TeX error: ${message} in $${oneLine(source.tex)}$`)
    }
  }
  return problems
}

/** Messages are one line each; long TeX is shortened. */
function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
