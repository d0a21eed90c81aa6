// All TeX compiles with the same KaTeX call the build uses.
import { MATH_TOKEN_TYPES, renderTex, texOfToken } from '../../.vitepress/markdown/math'
import type { Page } from '../content'
import type { Problem } from './problem'
import { locatedTokens } from './tokens'

const MATH_TYPES: ReadonlySet<string> = new Set(MATH_TOKEN_TYPES)

export function checkMath(page: Page): Problem[] {
  const problems: Problem[] = []
  for (const { token, line } of locatedTokens(page)) {
    if (!MATH_TYPES.has(token.type)) continue
    const source = texOfToken(token)
    try {
      renderTex(source)
    } catch (error) {
      const message = oneLine((error as Error).message.replace(/^KaTeX parse error: /, ''))
      problems.push({ file: page.relativePath, line, message: `TeX error: ${message} in $${oneLine(source.tex)}$` })
    }
  }
  return problems
}

/** Messages are one line each; long TeX is shortened. */
function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
