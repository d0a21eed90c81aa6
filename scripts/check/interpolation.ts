// No "{{" in plain text: VitePress compiles page markdown as a Vue template, so it would
// be evaluated as interpolation. Code spans and math are protected with v-pre.
import type { Page } from '../content'
import type { Problem } from './problem'
import { locatedTokens } from './tokens'

export function checkInterpolation(page: Page): Problem[] {
  return locatedTokens(page)
    .filter(({ token }) => token.type === 'text' && token.content.includes('{{'))
    .map(({ line }) => ({
      file: page.relativePath,
      line,
      message: '"{{" in text is Vue interpolation in VitePress: put it in `code` or in math'
    }))
}
