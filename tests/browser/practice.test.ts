// Practice mode and reading features in Chromium: folding and revealing answers, grades that
// survive a reload, keyboard shortcuts, progress on the home grid / sidebar / progress page,
// export and import (and rejection of bad files), reset, the random drill, question
// permalinks and the reading-time line.
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inlineText } from '../../.vitepress/markdown/plain-text'
import { isMermaidFence } from '../../.vitepress/markdown/mermaid'
import { questionRanges } from '../../.vitepress/markdown/question'
import { loadPages, type Page } from '../../scripts/content'
import { practiceManifest, type PracticeManifest } from '../../scripts/practice/data'
import { launchChromium } from '../../scripts/chromium'
import { layOutEverything, openPage, siteUrl, waitForDiagrams } from './visit'

let browser: Browser
let pages: Page[]
let manifest: PracticeManifest

beforeAll(async () => {
  ;[browser, pages] = await Promise.all([launchChromium(), loadPages()])
  manifest = practiceManifest(pages)
})
afterAll(async () => browser?.close())

const PRACTICE_ON = () => localStorage.setItem('llm-interview:practice-mode', '1')
const chapterEntry = (number: string) => manifest.pages.find((p) => p.chapter === number && p.questions.length > 0)!
// A question's controls and the first block of its answer (the page marks answer blocks
// with data-answer="<anchor>" rather than wrapping them).
const controlsOf = (page: BrowserPage, id: string) => page.locator(`.practice-reveal[data-qid="${id}"]`)
const gradesOf = (page: BrowserPage, id: string) => page.locator(`.practice-grades[data-qid="${id}"]`)
const bodyOf = (page: BrowserPage, anchor: string) => page.locator(`[data-answer="${anchor}"]`).first()

async function gradesIn(page: BrowserPage): Promise<Record<string, { grade: string }>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('llm-interview:practice-grades') ?? '{}'))
}

describe('practice mode on a chapter page', () => {
  it('folds answers behind 显示答案, reveals, grades, and keeps grades and the mode across pages and reloads', async () => {
    const entry = chapterEntry('17')
    const [first, second] = entry.questions
    const visit = await openPage(browser, entry.route)
    const { page } = visit
    // Reading mode: answers visible, no reveal buttons.
    expect(await bodyOf(page, first.anchor).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: '显示答案' }).first().isVisible()).toBe(false)

    await page.getByRole('switch', { name: '练习模式' }).click()
    expect(await page.getByRole('switch', { name: '练习模式' }).getAttribute('aria-checked')).toBe('true')
    expect(await bodyOf(page, first.anchor).isVisible()).toBe(false)
    expect(await bodyOf(page, second.anchor).isVisible()).toBe(false)

    await controlsOf(page, first.id).getByRole('button', { name: '显示答案' }).click()
    expect(await bodyOf(page, first.anchor).isVisible()).toBe(true)
    expect(await page.locator(`[data-answer="${first.anchor}"]`).evaluateAll((els) => els.every((el) => getComputedStyle(el).display !== 'none'))).toBe(true)
    expect(await bodyOf(page, second.anchor).isVisible()).toBe(false)
    const grades = gradesOf(page, first.id)
    expect(await grades.evaluate((el) => el.tagName)).toBe('FIELDSET')
    expect(await grades.getAttribute('aria-label')).toBe('自评这道题')
    expect(await grades.getByRole('button').allTextContents()).toEqual(['掌握', '模糊', '不会', '收起答案'])
    await grades.getByRole('button', { name: '不会' }).click()
    expect(await grades.getByRole('button', { name: '不会' }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId('page-progress').textContent()).toMatch(
      new RegExp(`已自评 1 / ${entry.questions.length} 题\\s*· 不会 1`)
    )

    // Reload: the mode and the grade are remembered; the answer is folded again.
    await page.reload({ waitUntil: 'networkidle' })
    expect(await bodyOf(page, first.anchor).isVisible()).toBe(false)
    expect(await controlsOf(page, first.id).locator('.practice-badge').textContent()).toContain('不会')
    expect((await gradesIn(page))[first.id].grade).toBe('unknown')

    // Another chapter page opens in practice mode too.
    const other = chapterEntry('16')
    await page.goto(siteUrl(other.route), { waitUntil: 'networkidle' })
    expect(await bodyOf(page, other.questions[0].anchor).isVisible()).toBe(false)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('answers J/K, Space and 1/2/3 from the keyboard', async () => {
    const entry = chapterEntry('18')
    const [first, second] = entry.questions
    const visit = await openPage(browser, entry.route, { prepare: (page) => page.addInitScript(PRACTICE_ON) })
    const { page } = visit
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(first.anchor)
    await page.keyboard.press(' ')
    expect(await bodyOf(page, first.anchor).isVisible()).toBe(true)
    await page.keyboard.press('2')
    expect((await gradesIn(page))[first.id].grade).toBe('fuzzy')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(second.anchor)
    // A grade key does nothing before the answer is revealed.
    await page.keyboard.press('1')
    expect((await gradesIn(page))[second.id]).toBeUndefined()
    await page.keyboard.press('k')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(first.anchor)
    // Keys typed into the search box are not shortcuts.
    await page.keyboard.press('/')
    await page.keyboard.type('j 1')
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe(second.anchor)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('shows the word count and reading time under the title', async () => {
    const entry = chapterEntry('17')
    const visit = await openPage(browser, entry.route)
    const meta = visit.page.locator('.vp-doc h1 + .page-meta')
    expect(await meta.textContent()).toMatch(/^约 [\d,]+ 字 · 阅读约 \d+ 分钟$/)
    await visit.close()
  })
})

describe('question permalinks', () => {
  it('copies the question URL from the heading, and the URL opens that question revealed in practice mode', async () => {
    const entry = chapterEntry('19')
    const target = entry.questions[2]
    const visit = await openPage(browser, entry.route, {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] }
    })
    const { page } = visit
    // Scrolling the heading into view lays out the answers around it, which moves it from
    // under the pointer: lay everything out first, as a jump to the heading would.
    await layOutEverything(page)
    const heading = page.locator(`[id="${target.anchor}"]`)
    const button = heading.getByRole('button', { name: '复制本题链接' })
    await heading.hover()
    await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    await button.click()
    await heading.getByRole('button', { name: '已复制本题链接' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(decodeURIComponent(copied)).toBe(`${siteUrl(entry.route)}#${target.anchor}`)
    // The outline does not pick up the button's text.
    expect(await page.locator('.VPDocAsideOutline').textContent()).not.toContain('复制本题链接')

    await page.evaluate(PRACTICE_ON)
    await page.goto(copied, { waitUntil: 'networkidle' })
    await page.reload({ waitUntil: 'networkidle' })
    expect(await bodyOf(page, target.anchor).isVisible()).toBe(true)
    expect(await bodyOf(page, entry.questions[1].anchor).isVisible()).toBe(false)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})

describe('progress', () => {
  it('counts grades on the home grid, the sidebar and the progress page; exports, resets, imports and rejects bad files', async () => {
    const a = chapterEntry('17')
    const b = chapterEntry('21')
    const seeded = {
      [a.questions[0].id]: { grade: 'unknown', at: 1 },
      [a.questions[1].id]: { grade: 'known', at: 2 },
      [b.questions[0].id]: { grade: 'fuzzy', at: 3 }
    }
    const visit = await openPage(browser, '/', {
      contextOptions: { acceptDownloads: true },
      prepare: (page) =>
        page.addInitScript((grades) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem('llm-interview:practice-grades', grades)
            sessionStorage.setItem('seeded', '1')
          }
        }, JSON.stringify(seeded))
    })
    const { page } = visit
    const card = page.locator('.HomeChapters .card', { hasText: '第 17 章' })
    expect(await card.getByTestId('chapter-progress').textContent()).toMatch(new RegExp(`已自评 2 / ${a.questions.length}\\s*· 不会 1`))

    await page.goto(siteUrl(a.route), { waitUntil: 'networkidle' })
    const mark = page.locator('.VPSidebar .progress-mark[data-routes="/17-position-encoding/"]')
    expect(await mark.textContent()).toBe(`2/${a.questions.length} 不会1`)
    expect(await mark.getAttribute('title')).toBe(`已自评 2 题，共 ${a.questions.length} 题，不会 1 题`)

    await page.goto(siteUrl('/progress'), { waitUntil: 'networkidle' })
    const summary = page.getByTestId('progress-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/已自评 3 \/ \d+ 题.*模糊 1 题、不会 1 题/)
    expect(await page.locator('.review-list[data-grade="unknown"] a').allTextContents()).toEqual([a.questions[0].heading])
    expect(await page.locator('.review-list[data-grade="fuzzy"] a').allTextContents()).toEqual([b.questions[0].heading])
    expect(await page.locator('.progress-table tr[data-chapter="17"] td').first().textContent()).toContain(`2 / ${a.questions.length}`)

    // Export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度' }).click()])
    const exported = join(tmpdir(), `progress-${process.pid}.json`)
    await download.saveAs(exported)
    const file = JSON.parse(await readFile(exported, 'utf8'))
    expect(file.format).toBe('llm-interview-progress')
    expect(Object.keys(file.grades).sort()).toEqual(Object.keys(seeded).sort())

    // Reset asks first.
    await page.getByRole('button', { name: '清空进度…' }).click()
    await page.getByRole('button', { name: '取消' }).click()
    expect(Object.keys(await gradesIn(page))).toHaveLength(3)
    await page.getByRole('button', { name: '清空进度…' }).click()
    await page.getByRole('button', { name: '确认清空' }).click()
    expect(await gradesIn(page)).toEqual({})
    expect(await summary.textContent()).toMatch(/已自评 0 \//)

    // Bad files are rejected with a message and change nothing.
    const input = page.locator('input[type="file"]')
    const bad = join(tmpdir(), `bad-${process.pid}.json`)
    for (const [content, message] of [
      ['{ not json', '不是有效的 JSON'],
      ['{"hello": "world"}', '不是本站导出的学习进度文件'],
      [JSON.stringify({ ...file, grades: { '/17-position-encoding/#x': { grade: 'great', at: 1 } } }), '格式不对']
    ]) {
      await writeFile(bad, content)
      await input.setInputFiles(bad)
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(message)
      expect(await gradesIn(page)).toEqual({})
    }

    // Importing the export restores everything.
    await input.setInputFiles(exported)
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('已导入 3 条')
    expect(await gradesIn(page)).toEqual(seeded)
    expect(await summary.textContent()).toMatch(/已自评 3 \//)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})

describe('random drill', () => {
  it('draws only from the chosen chapters and renders the answer as on its page', async () => {
    // A question whose answer has a formula and a diagram, to see both render in the drill.
    const chosen = pages.find((p) => {
      if (!p.chapter || p.chapter.number.length !== 1) return false
      return questionRanges(p.tokens, inlineText).some((r) => p.tokens.slice(r.start, r.end).some((t) => t.type === 'fence' && isMermaidFence(t.info)))
    })!
    const chapter = String(chosen.chapter!.number[0])
    const pool = manifest.pages.filter((p) => p.chapter === chapter).flatMap((p) => p.questions)
    const ranges = questionRanges(chosen.tokens, inlineText)
    const withDiagram = ranges.findIndex((r) => chosen.tokens.slice(r.start, r.end).some((t) => t.type === 'fence' && isMermaidFence(t.info)))
    const index = pool.findIndex((q) => q.id === manifest.pages.find((p) => p.route === chosen.route)!.questions[withDiagram].id)
    // With every question ungraded all weights are equal, so this value draws pool[index].
    const pick = (index + 0.5) / pool.length

    const visit = await openPage(browser, '/drill', {
      prepare: (page) => page.addInitScript((value) => (Math.random = () => value), pick)
    })
    const { page } = visit
    await page.getByRole('button', { name: '全不选' }).click()
    expect(await page.getByRole('button', { name: '开始抽题' }).isDisabled()).toBe(true)
    await page.getByRole('checkbox', { name: new RegExp(`^${chapter}\\. `) }).check()
    await page.getByRole('button', { name: '开始抽题' }).click()
    const question = page.locator('.drill-question')
    expect(await question.getAttribute('data-qid')).toBe(pool[index].id)
    expect(await question.locator('.drill-answer').count()).toBe(0)
    await question.getByRole('button', { name: '显示答案' }).click()
    await question.locator('.drill-answer .MermaidDiagram').first().waitFor()
    await waitForDiagrams(page)
    expect(await question.locator('.MermaidDiagram[data-state="rendered"] svg').count()).toBeGreaterThan(0)
    await question.getByRole('button', { name: '不会' }).click()
    expect((await gradesIn(page))[pool[index].id].grade).toBe('unknown')

    // Further draws (random now varies) stay inside the chosen chapter.
    await page.evaluate(() => {
      let seed = 7
      Math.random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    })
    const ids = new Set(pool.map((q) => q.id))
    for (let i = 0; i < 12; i++) {
      const id = await question.getAttribute('data-qid')
      expect(ids.has(id!), `${id} is outside chapter ${chapter}`).toBe(true)
      await page.getByRole('button', { name: '跳过，下一题' }).click()
    }
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})
