// KaTeX at build time. @vscode/markdown-it-katex supplies the $...$ / $$...$$ parsing;
// rendering is ours so that a TeX error stops the build (the plugin would emit a
// .katex-error span instead) and so that the output is wrapped in v-pre: Vue must never
// compile KaTeX HTML, where a "{{" in a formula's text would be read as interpolation and
// MathML tags as unknown components.
import type { MarkdownRenderer, MarkdownToken } from './types'
import katexPluginModule from '@vscode/markdown-it-katex'
import katex from 'katex'
import { isKnownHtmlAttr, isKnownMathMLAttr } from '@vue/shared'

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

// KaTeX's render tree (the same tree renderToString serialises), as far as we touch it.
interface KatexNode {
  type?: string
  attributes?: Record<string, string>
  classes?: string[]
  children?: KatexNode[]
  toMarkup(): string
}
const renderToDomTree = (katex as unknown as {
  __renderToDomTree(tex: string, options: katex.KatexOptions): KatexNode
}).__renderToDomTree

const VUE_ALWAYS_HOISTABLE = /^(?:data|aria)-/
// Per the HTML parsing rules Vue follows, elements inside these MathML "text integration
// points" are HTML elements (KaTeX's \bmod nests an mrow inside an mo).
const MATHML_TEXT_INTEGRATION_POINTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext'])

type Namespace = 'html' | 'mathml' | 'html-in-mathml'

/**
 * Vue compiles every page to a render function. It turns a run of static markup into one
 * HTML string (dropped from the hydration chunk and adopted as-is on load) only when every
 * attribute in it is one Vue knows for its namespace; one unknown attribute keeps the whole
 * paragraph or list as element-by-element virtual nodes that ship as JavaScript and are
 * hydrated one by one. KaTeX's MathML carries a few such attributes (columnalign,
 * rowspacing, columnspacing, minsize, movablelimits, class). The MathML is visually hidden
 * and only read by assistive technology, for which these layout hints mean nothing, so
 * they go.
 */
function dropMathmlAttributesVueCannotHoist(node: KatexNode, ns: Namespace = 'html'): void {
  const here: Namespace = ns === 'html' && node.type === 'math' ? 'mathml' : ns
  if (here !== 'html') {
    const known = here === 'mathml' ? isKnownMathMLAttr : isKnownHtmlAttr
    for (const name of Object.keys(node.attributes ?? {})) {
      if (!known(name) && !VUE_ALWAYS_HOISTABLE.test(name)) delete node.attributes![name]
    }
    if (node.classes?.length) node.classes = []
  }
  const below: Namespace =
    here === 'mathml' && MATHML_TEXT_INTEGRATION_POINTS.has(node.type ?? '') ? 'html-in-mathml' : here
  for (const child of node.children ?? []) dropMathmlAttributesVueCannotHoist(child, below)
}

/**
 * KaTeX repeats each formula's TeX source inside its MathML (<annotation>). Nothing here
 * reads it (screen readers read the MathML itself, and copying takes the rendered text),
 * and on the formula chapter it is 412 elements and about 4 KB of gzip in the page.
 */
function dropTexAnnotations(node: KatexNode): void {
  if (node.type === 'semantics') node.children = node.children?.filter((child) => child.type !== 'annotation')
  for (const child of node.children ?? []) dropTexAnnotations(child)
}

/** Renders TeX to KaTeX HTML+MathML; throws KaTeX's ParseError on invalid input. */
export function renderTex({ tex, displayMode }: TexSource): string {
  const tree = renderToDomTree(tex, { ...KATEX_OPTIONS, displayMode })
  dropMathmlAttributesVueCannotHoist(tree)
  dropTexAnnotations(tree)
  return tree.toMarkup()
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
