// npm run pdf [-- --out file.pdf] [--site dir --base /path/]
// Builds the site (unless --site names an existing build), serves it locally and prints the
// whole handbook to one PDF with Chromium (the same browser as the tests; see chromium.ts).
import { mkdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { siteTitle } from '../.vitepress/site'
import { siteFromArgs } from './build-site'
import { launchChromium } from './chromium'
import { loadPages, ROOT_DIR } from './content'
import { writeBook } from './pdf/book'
import { startStaticServer } from './static-server'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT_DIR, '.vitepress', 'pdf', 'llm-interview.pdf') },
    site: { type: 'string' },
    base: { type: 'string', default: '/' }
  }
})

const output = resolve(values.out!)
const { siteDir, base } = siteFromArgs(values, join(ROOT_DIR, '.vitepress', 'dist-pdf'))

const started = Date.now()
const [pages, server, browser] = await Promise.all([loadPages(), startStaticServer(siteDir, base), launchChromium()])
try {
  mkdirSync(dirname(output), { recursive: true })
  const result = await writeBook({ browser, siteUrl: `${server.origin}${base}`, pages, output, title: siteTitle })
  const size = statSync(output).size
  console.log(
    `Wrote ${output}: ${result.sections} pages of the site, ${(size / 1024 / 1024).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s (printing ${result.printSeconds.toFixed(0)} s).`
  )
} finally {
  await Promise.all([browser.close(), server.close()])
}
