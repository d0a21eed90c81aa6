// `npm run pdf` on the test build: one PDF, an outline entry per chapter (sub-pages under
// their chapter), the table of contents linking inside the document, formulas and diagrams
// printed (their text is in the PDF).
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadPages, ROOT_DIR, type Page } from '../../scripts/content'
import { groupChapters } from '../../scripts/sidebar'

let pages: Page[]
const output = join(tmpdir(), `llm-interview-test-${process.pid}.pdf`)

beforeAll(async () => {
  pages = await loadPages()
  execFileSync('npx', ['tsx', 'scripts/pdf.ts', '--site', inject('siteDir'), '--base', inject('siteBase'), '--out', output], {
    cwd: ROOT_DIR,
    stdio: 'inherit'
  })
}, 600_000)

describe('whole-book PDF', () => {
  it('has one top-level outline entry per chapter, sub-pages nested, and linked contents', async () => {
    expect(statSync(output).size).toBeGreaterThan(1_000_000)
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(output)), useSystemFonts: true }).promise
    const outline = (await pdf.getOutline()) ?? []
    const groups = groupChapters(pages)
    expect(outline.map((item) => item.title.trim())).toEqual(groups.map((group) => group.label))
    for (const group of groups.filter((g) => g.subPages.length > 0)) {
      const entry = outline.find((item) => item.title.trim() === group.label)!
      const children = entry.items.map((item) => item.title.trim())
      for (const sub of group.subPages) expect(children, group.label).toContain(sub.chapter.label)
    }
    // Page count: every chapter starts on a new page, and the book is long.
    expect(pdf.numPages).toBeGreaterThan(groups.length * 5)

    // The contents (right after the introduction) links to the start of every section.
    const targets = new Set<string>()
    for (let n = 1; n <= 5; n++) {
      for (const a of await (await pdf.getPage(n)).getAnnotations()) {
        if (a.subtype === 'Link' && typeof a.dest === 'string' && /^s\d+-top$/.test(a.dest)) targets.add(a.dest)
      }
    }
    expect(targets.size).toBe(pages.filter((p) => p.chapter).length)

    // Formulas and diagram labels are printed as text, not missing.
    const text = async (n: number) => ((await (await pdf.getPage(n)).getTextContent()).items as { str: string }[]).map((i) => i.str).join('')
    let sample = ''
    for (let n = 3; n <= Math.min(pdf.numPages, 40); n++) sample += await text(n)
    expect(sample).toContain('答：')
    expect(sample).not.toContain('显示答案')
    expect(sample).not.toContain('练习模式')
    await pdf.destroy()
  })
})
