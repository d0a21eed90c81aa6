// VitePress compiles each page's markdown into a Vue render function. Runs of static markup
// become one HTML string, which the page's hydration chunk leaves out and the browser adopts
// as-is; any element Vue cannot stringify stays a virtual node that ships as JavaScript and
// is hydrated element by element. These tests hold the book's pages to the first kind.
import { readFileSync } from 'node:fs'
import { compile } from '@vue/compiler-dom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMarkdownRenderer, disposeMdItInstance, type MarkdownRenderer } from 'vitepress'
import { markdownOptions } from '../../.vitepress/markdown/index'
import { renderTex } from '../../.vitepress/markdown/math'
import { DOCS_DIR, loadPages, splitFrontmatter, type Page } from '../../scripts/content'

// Element virtual nodes a chapter page may compile to. What legitimately remains: the wrapper
// of each diagram component, and the rare KaTeX delimiter drawn as an SVG with a style
// attribute. Before formulas and practice controls were made hoistable the formula-heaviest
// page compiled to about 3,500.
const MAX_ELEMENT_VNODES_PER_PAGE = 60

/** Element vnodes in the compiled render function, by tag. */
function elementVnodes(template: string): string[] {
  const { code } = compile(template, { hoistStatic: true, mode: 'module', prefixIdentifiers: true })
  return [...code.matchAll(/_createElement(?:VNode|Block)\("([\w-]+)"/g)].map((match) => match[1])
}

let md: MarkdownRenderer
let pages: Page[]
beforeAll(async () => {
  pages = (await loadPages()).filter((page) => page.chapter)
  md = await createMarkdownRenderer(DOCS_DIR, markdownOptions, '/')
})
afterAll(() => disposeMdItInstance())

describe('hydration: static content stays static HTML', () => {
  it('typesets formulas into markup Vue hoists as a string (MathML attributes Vue does not know are dropped)', () => {
    // aligned/pmatrix carry columnalign and rowspacing, \left( minsize, \bmod an mrow inside an mo.
    const formulas = ['\\begin{aligned}a&=b\\\\c&=d\\end{aligned}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', '\\left(\\frac{a}{b}\\right)', 'i \\bmod W', '\\sum_{i=1}^{n} x_i', '\\operatorname{softmax}(x)']
    for (const tex of formulas) {
      const html = renderTex({ tex, displayMode: true })
      // Enough static siblings to pass Vue's threshold for stringifying a run.
      const template = `<div><p><span class="vp-math" v-pre>${html}</span></p>${'<p>x</p>'.repeat(20)}</div>`
      expect(elementVnodes(template), tex).toEqual(['div'])
      expect(html).toContain('<math')
    }
  })

  it(`compiles every chapter page to at most ${MAX_ELEMENT_VNODES_PER_PAGE} element vnodes, none of them practice controls`, () => {
    const report: string[] = []
    for (const page of pages) {
      const { frontmatter, body } = splitFrontmatter(readFileSync(page.file, 'utf8'))
      const html = md.render(body, { relativePath: page.docPath, path: page.file, frontmatter, cleanUrls: true })
      const tags = elementVnodes(`<div>${html}</div>`)
      if (tags.length > MAX_ELEMENT_VNODES_PER_PAGE || tags.some((tag) => tag === 'button' || tag === 'fieldset')) {
        report.push(`${page.relativePath}: ${tags.length} element vnodes (${[...new Set(tags)].join(', ')})`)
      }
    }
    expect(report).toEqual([])
  }, 120_000)
})
