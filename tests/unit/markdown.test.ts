import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import katex from 'katex'
import { createMarkdownRenderer, disposeMdItInstance, type MarkdownRenderer } from 'vitepress'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { markdownOptions } from '../../.vitepress/markdown/index'
import { DOCS_DIR } from '../../scripts/content'

let md: MarkdownRenderer
beforeAll(async () => {
  md = await createMarkdownRenderer(DOCS_DIR, markdownOptions, '/')
})
afterAll(() => disposeMdItInstance())

/** Compiles HTML the way VitePress does with page markdown (as a Vue template) and SSR-renders it. */
async function renderAsVueTemplate(html: string): Promise<{ output: string; warnings: string[] }> {
  const warnings: string[] = []
  const app = createSSRApp({ template: `<div>${html}</div>` })
  app.config.warnHandler = (message) => warnings.push(message)
  const output = await renderToString(app)
  return { output, warnings }
}

describe('.vitepress/markdown: KaTeX', () => {
  it('renders inline and display math at build time, with MathML', () => {
    const html = md.render('质能方程 $E=mc^2$。\n\n$$\n\\sum_{i=1}^{n} x_i\n$$\n', { relativePath: 't.md' })
    expect(html).toContain('<span class="vp-math" v-pre><span class="katex">')
    expect(html).toContain('<div class="vp-math-block" v-pre>')
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"')
    expect(html).not.toContain('katex-error')
  })

  it('keeps "{{" in a formula\'s text and MathML away from the Vue compiler', async () => {
    const html = md.render('双花括号 $\\text{\\{\\{x\\}\\}}$ 与：\n\n$$\n\\hat{a} + \\text{\\{\\{b\\}\\}}\n$$\n', { relativePath: 't.md' })
    const { output, warnings } = await renderAsVueTemplate(html)
    expect(warnings).toEqual([])
    expect(output).toContain('<mtext>{{x}}</mtext>')
    expect(output).toContain('<mtext>{{b}}</mtext>')
    expect(output).toContain('<semantics><mrow>')
  })

  it('leaves out the TeX source KaTeX repeats inside the MathML', () => {
    const html = md.render('$E=mc^2$\n', { relativePath: 't.md' })
    expect(html).toContain('<semantics><mrow>')
    expect(html).not.toContain('<annotation')
  })

  it('would break without v-pre (control: the test above can fail)', async () => {
    const raw = katex.renderToString('{{a}}')
    const { output, warnings } = await renderAsVueTemplate(raw)
    expect(output).not.toContain('{{a}}')
    expect(warnings.some((w) => w.includes('Property "a" was accessed'))).toBe(true)
  })

  it('fails the build on invalid TeX instead of emitting .katex-error', () => {
    expect(() => md.render('坏公式 $\\frac{a$\n', { relativePath: 'bad.md' })).toThrow(
      /^bad\.md: KaTeX: .*\\frac\{a/
    )
    expect(() => md.render('$$\n\\begin{x}\n$$\n', { relativePath: 'bad.md' })).toThrow(/KaTeX/)
  })
})

describe('.vitepress/markdown: inline code', () => {
  it('shows "{{" in code spans as written', async () => {
    const html = md.render('模板写法 `{{ messages }}` 原样显示。\n', { relativePath: 't.md' })
    const { output, warnings } = await renderAsVueTemplate(html)
    expect(warnings).toEqual([])
    expect(output).toContain('<code>{{ messages }}</code>')
  })
})

describe('.vitepress/markdown: mermaid', () => {
  it('turns mermaid fences into the lazy component with the source URI-encoded', () => {
    const source = 'flowchart LR\n  A["{{x}} <b>"] --> B\n'
    const html = md.render('```mermaid\n' + source + '```\n', { relativePath: 't.md' })
    expect(html).toBe(`<MermaidDiagram code="${encodeURIComponent(source)}" />\n`)
  })

  it('leaves other fences to the default highlighter', () => {
    const html = md.render('```python\nprint(1)\n```\n', { relativePath: 't.md' })
    expect(html).toContain('class="language-python')
    expect(html).not.toContain('MermaidDiagram')
  })
})
