// npm run audit [-- --site dir --base /path/ --port 4179 --runs 3]  (a prebuilt --site should have been
// built with SITE_HOSTNAME=http://127.0.0.1:<port>, or Lighthouse flags its canonical URLs)
// Lighthouse (mobile emulation, its default) on the built site served locally with gzip, in
// the same Debian Chromium as the tests: the home page, the chapter page with the most
// formulas and the one with the most diagrams. Prints the four category scores and LCP,
// TBT, CLS and transferred bytes, and whether each page meets the targets. Each page is
// audited --runs times and the run with the median performance score is reported, as
// Lighthouse's own guidance on variance suggests; the spread is printed next to it.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type RunnerResult } from 'lighthouse'
import { siteFromArgs } from './build-site'
import { findChromium } from './chromium'
import { chapterPageWithMost, loadPages, ROOT_DIR } from './content'
import { startStaticServer } from './static-server'

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const
type Category = keyof typeof TARGETS

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4179' },
    runs: { type: 'string', default: '3' }
  }
})
const port = Number(values.port)
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive whole number, not ${values.runs}`)
  process.exit(1)
}
const origin = `http://127.0.0.1:${port}`
// Canonical URLs and the sitemap must name the origin being audited.
const { siteDir, base } = siteFromArgs(values, join(ROOT_DIR, '.vitepress', 'dist-audit'), origin)

const pages = await loadPages()
const mostFormulas = chapterPageWithMost(pages, 'mathCount')
const mostDiagrams = chapterPageWithMost(pages, 'diagramCount')
const targets = [
  { label: 'home', route: '/' },
  { label: `most formulas (${mostFormulas.mathCount})`, route: mostFormulas.route },
  { label: `most diagrams (${mostDiagrams.diagramCount})`, route: mostDiagrams.route }
]

const server = await startStaticServer(siteDir, base, { compress: true, port })
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
})
// A metric Lighthouse could not measure (e.g. no LCP element) has no numeric value.
const seconds = (audit: { numericValue?: number }) =>
  audit.numericValue === undefined ? '–' : `${(audit.numericValue / 1000).toFixed(2)} s`
const rows: string[][] = [['page', 'perf', 'runs', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred', 'targets']]
const problems: string[] = []
try {
  for (const target of targets) {
    const url = `${server.origin}${base}${target.route.replace(/^\//, '')}`
    const results: RunnerResult[] = []
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      results.push(result)
    }
    const performanceOf = (result: RunnerResult) => result.lhr.categories.performance?.score ?? 0
    results.sort((a, b) => performanceOf(a) - performanceOf(b))
    const median = results[Math.floor((results.length - 1) / 2)]
    const spread = results.map((result) => Math.round(performanceOf(result) * 100)).join('/')
    const { categories, audits } = median.lhr
    const score = (category: Category) => Math.round((categories[category]?.score ?? 0) * 100)
    const missed = (Object.keys(TARGETS) as Category[]).filter((category) => score(category) < TARGETS[category])
    for (const category of missed) {
      const failing = Object.values(audits)
        .filter((audit) => categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`)
      problems.push(`${target.route} ${category} ${score(category)}: ${failing.join(', ')}`)
    }
    rows.push([
      `${target.label} ${target.route}`,
      String(score('performance')),
      spread,
      String(score('accessibility')),
      String(score('best-practices')),
      String(score('seo')),
      seconds(audits['first-contentful-paint']),
      seconds(audits['largest-contentful-paint']),
      `${Math.round(audits['total-blocking-time'].numericValue ?? 0)} ms`,
      (audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3),
      `${((audits['total-byte-weight'].numericValue ?? 0) / 1024).toFixed(0)} KB`,
      missed.length ? `MISS ${missed.join(', ')}` : 'met'
    ])
  }
} finally {
  await chrome.kill()
  await server.close()
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)))
console.log(`\nLighthouse 12 (mobile), median of ${runs} run(s) per page, targets: performance >= 95, accessibility 100, best practices 100, SEO 100\n`)
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
if (problems.length) {
  console.log('\nBelow target:')
  for (const problem of problems) console.log(`  ${problem}`)
}
