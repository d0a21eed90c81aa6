// KaTeX at build time. @vscode/markdown-it-katex supplies the $...$ / $$...$$ parsing;
// rendering is ours so that a TeX error stops the build (the plugin would emit a
// .katex-error span instead) and so that the output is wrapped in v-pre: Vue must never
// compile KaTeX HTML, where a "{{" in the TeX annotation would be read as interpolation
// and MathML tags as unknown components.
import type { MarkdownRenderer, MarkdownToken } from './types'
import katexPluginModule from '@vscode/markdown-it-katex'
import katex from 'katex'

// The package is CommonJS with an ES-style default export; unwrap it under either loader.
// Its types target @types/markdown-it, which differ slightly from VitePress's bundled ones.
type KatexPlugin = (md: MarkdownRenderer, options: { katex: typeof katex }) => void
const katexPlugin = ((katexPluginModule as unknown as { default?: unknown }).default ??
  katexPluginModule) as KatexPlugin

export const MATH_TOKEN_TYPES = [
  'math_inline',
  'math_inline_block',
  'math_inline_bare_block',
  'math_block'
] as const

const KATEX_OPTIONS = {
  throwOnError: true,
  // Strict mode turns questionable input (e.g. Chinese outside \text{}) into errors.
  strict: 'error',
  output: 'htmlAndMathml'
} as const

export interface TexSource {
  tex: string
  displayMode: boolean
}

/** The TeX a math token holds and whether it is typeset in display mode. */
export function texOfToken(token: MarkdownToken): TexSource {
  if (token.type !== 'math_inline') return { tex: token.content, displayMode: true }
  const content = token.content
  // The plugin allows $`...`$ to protect TeX from markdown.
  const tex =
    content.length > 2 && content.startsWith('`') && content.endsWith('`')
      ? content.slice(1, -1)
      : content
  // Same rule as the plugin: environments such as align force display mode.
  const displayMode = /\\begin\{(align|equation|gather|cd|alignat)\}/i.test(tex)
  return { tex, displayMode }
}

/** Renders TeX to KaTeX HTML+MathML; throws KaTeX's ParseError on invalid input. */
export function renderTex({ tex, displayMode }: TexSource): string {
  return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode })
}

export function mathPlugin(md: MarkdownRenderer): void {
  md.use(katexPlugin, { katex })
  for (const type of MATH_TOKEN_TYPES) {
    md.renderer.rules[type] = (tokens, idx, _options, env: { relativePath?: string }) => {
      const source = texOfToken(tokens[idx])
      let html: string
      try {
        html = renderTex(source)
      } catch (error) {
        const where = env?.relativePath ?? 'markdown'
        throw new Error(`${where}: KaTeX: ${(error as Error).message} in "${source.tex}"`)
      }
      return type === 'math_inline'
        ? `<span class="vp-math" v-pre>${html}</span>`
        : `<div class="vp-math-block" v-pre>${html}</div>\n`
    }
  }
}
