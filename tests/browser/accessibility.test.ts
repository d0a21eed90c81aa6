// axe-core on every page, in light and in dark mode: no serious or critical violations of
// WCAG 2.x A/AA rules. Diagrams are drawn first, so their SVGs are checked too.
import { createRequire } from 'node:module'
import type { Browser, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/chromium'
import { loadPages, type Page } from '../../scripts/content'
import { layOutEverything, siteUrl, waitForDiagrams } from './visit'

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let browser: Browser
let pages: Page[]

beforeAll(async () => {
  ;[browser, pages] = await Promise.all([launchChromium(), loadPages()])
})
afterAll(async () => browser?.close())

interface Finding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

async function audit(page: BrowserPage): Promise<Finding[]> {
  await layOutEverything(page)
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    // KaTeX's visual HTML is aria-hidden and its MathML copy is visually hidden (it is what
    // screen readers read); skipping formulas keeps the run fast on formula-heavy pages.
    const result = await axe.run({ exclude: [['.katex']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations']
    })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
}

describe('accessibility', () => {
  it('has no serious or critical axe violations on any page, in light and in dark mode', async () => {
    const problems: string[] = []
    const checked = { light: 0, dark: 0 }
    // Two tabs share the pages; each audits a page in its current scheme, flips the theme's
    // own switch and audits again. The choice is remembered, so the first scheme alternates.
    const queue = [...pages]
    const worker = async () => {
      const context = await browser.newContext({ colorScheme: 'light' })
      const page = await context.newPage()
      for (let content = queue.shift(); content; content = queue.shift()) {
        await page.goto(siteUrl(content.route), { waitUntil: 'networkidle' })
        for (let pass = 0; pass < 2; pass++) {
          const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
          await waitForDiagrams(page)
          for (const finding of await audit(page)) {
            problems.push(`${content.relativePath} (${dark ? 'dark' : 'light'}): ${finding.id} [${finding.impact}] ${finding.help} at ${finding.targets.join(' | ')}`)
          }
          checked[dark ? 'dark' : 'light']++
          if (pass === 0) {
            await page.locator('.VPNavBar .VPSwitchAppearance:visible').first().click()
            await page.waitForFunction((was) => document.documentElement.classList.contains('dark') !== was, dark)
            // The theme's colours fade over a fraction of a second; judge contrast after it.
            await page.waitForFunction(() =>
              document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running')
            )
            // Diagrams redraw in the new theme.
            await page.waitForFunction(
              (theme) => [...document.querySelectorAll<HTMLElement>('.MermaidDiagram[data-state="rendered"]')].every((el) => el.dataset.theme === theme),
              dark ? 'default' : 'dark'
            )
          }
        }
      }
      await context.close()
    }
    await Promise.all([worker(), worker()])
    expect(checked).toEqual({ light: pages.length, dark: pages.length })
    expect(problems).toEqual([])
  }, 600_000)
})
