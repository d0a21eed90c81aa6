// Off-screen answers are not laid out until they come near the viewport (content-visibility,
// styles.css); any jump to an anchor lays out the whole page first so it lands on its
// heading (.vitepress/head/render-all.ts, theme/answer-layout.ts).
import type { Browser, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RENDER_ALL_CLASS } from '../../.vitepress/head/render-all'
import { launchChromium } from '../../scripts/chromium'
import { chapterPageWithMost, loadPages, type Page } from '../../scripts/content'
import { layOutEverything, openPage } from './visit'

let browser: Browser
let longest: Page

beforeAll(async () => {
  const [launched, pages] = await Promise.all([launchChromium(), loadPages()])
  browser = launched
  longest = chapterPageWithMost(pages, 'mathCount')
})
afterAll(async () => browser?.close())

const skippedAnswers = (page: BrowserPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.vp-doc [data-answer]')].filter((answer) => {
      const content = answer.firstElementChild ?? answer
      return !content.checkVisibility({ contentVisibilityAuto: true })
    }).length
  )

/**
 * Where the heading sits over several frames, and where VitePress's router puts a heading it
 * jumps to (its scrollOffset below the top, less the heading's top padding). A landing
 * computed from estimated heights ends up elsewhere (58 px instead of 134 on the permalink
 * case without html.render-all), or drifts as the answers around it are laid out.
 */
async function landing(page: BrowserPage, id: string): Promise<{ tops: number[]; expected: number }> {
  return page.evaluate(async (id) => {
    const heading = document.getElementById(id)!
    const tops: number[] = []
    for (let frame = 0; frame < 8; frame++) {
      tops.push(Math.round(heading.getBoundingClientRect().top))
      await new Promise(requestAnimationFrame)
    }
    const { scrollOffset } = (window as unknown as { __VP_SITE_DATA__: { scrollOffset: number } }).__VP_SITE_DATA__
    return { tops, expected: scrollOffset - parseInt(getComputedStyle(heading).paddingTop, 10) }
  }, id)
}

describe('answers off screen', () => {
  it('are skipped until they come near the viewport, and scroll regions in them are measured then', async () => {
    // A phone, where wide formulas and tables scroll sideways.
    const visit = await openPage(browser, longest.route, { settleDiagrams: false, viewport: { width: 390, height: 844 } })
    const { page } = visit
    const answers = await page.locator('.vp-doc [data-answer]').count()
    expect(answers).toBeGreaterThan(50)
    // Most of a long chapter is far below the first screen.
    expect(await skippedAnswers(page)).toBeGreaterThan(answers / 2)
    expect(await page.evaluate(() => document.documentElement.dataset.scrollRegions)).toBe('partial')
    // Scrolled into view, the last answer is laid out (its neighbours change size as they
    // are laid out too, so it may take a second scroll to stay in view).
    await expect.poll(() => page.evaluate(() => {
      const answers = document.querySelectorAll('.vp-doc [data-answer]')
      const last = answers[answers.length - 1]
      last.scrollIntoView()
      return (last.firstElementChild ?? last).checkVisibility({ contentVisibilityAuto: true })
    })).toBe(true)
    expect(await skippedAnswers(page)).toBeGreaterThan(answers / 2)
    // Laid out all at once, every scroll region gets measured (wide ones become focusable).
    await layOutEverything(page)
    expect(await skippedAnswers(page)).toBe(0)
    expect(await page.locator('.vp-doc [data-scroll-region="true"]').count()).toBeGreaterThan(0)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('do not stop a permalink from landing on its heading', async () => {
    const deep = longest.headings.filter((heading) => heading.questionNumber !== null).at(-1)!
    const visit = await openPage(browser, `${longest.route}#${deep.anchor}`, {
      settleDiagrams: false,
      waitUntil: 'load'
    })
    const { page } = visit
    expect(await page.evaluate((name) => document.documentElement.classList.contains(name), RENDER_ALL_CLASS)).toBe(true)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const { tops, expected } = await landing(page, deep.anchor)
    expect(tops).toEqual(tops.map(() => expected))
    await visit.close()
  })

  it('do not stop an outline link from landing on its heading', async () => {
    const visit = await openPage(browser, longest.route, {
      settleDiagrams: false,
      waitUntil: 'load',
      viewport: { width: 1440, height: 900 }
    })
    const { page } = visit
    expect(await skippedAnswers(page)).toBeGreaterThan(0)
    const link = page.locator('.VPDocAsideOutline a.outline-link').last()
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1))
    await link.click()
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${id}`)
    // Smooth scrolling is skipped for long distances: the jump is immediate.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const { tops, expected } = await landing(page, id)
    expect(tops).toEqual(tops.map(() => expected))
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})
