/**
 * Ships the practice data (question manifest and rendered answers per page) as hashed
 * static assets. `virtual:practice-data` resolves to their URLs; only the progress and
 * drill pages import it, and they fetch the files on demand (the drill fetches only the
 * answers of the chapters the reader picked). In dev the data follows the markdown: it is
 * rebuilt when the docs change, not on every request.
 */
import { loadPages, type Page } from '../scripts/content'
import { practiceManifest, renderAnswers } from '../scripts/practice/data'
import { docsHash } from '../scripts/search/index-file'
import { virtualAssetModule } from './virtual-asset-module'

const DEV_PREFIX = '__practice/'

function assetName(route: string): string {
  return `practice-${route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`
}

export function practiceDataPlugin(pages: Page[]) {
  let devData: { hash: string; manifest: string; answers: Map<string, unknown> } | null = null
  async function currentDevData(base: string) {
    const hash = docsHash()
    if (devData?.hash !== hash) {
      const fresh = await loadPages()
      devData = { hash, manifest: JSON.stringify(practiceManifest(fresh)), answers: await renderAnswers(fresh, base) }
    }
    return devData
  }

  return virtualAssetModule({
    name: 'llm-interview:practice-data',
    id: 'virtual:practice-data',
    async build(emit, base) {
      const manifest = emit('practice-manifest.json', JSON.stringify(practiceManifest(pages)))
      const entries: string[] = []
      for (const [route, answers] of await renderAnswers(pages, base)) {
        entries.push(`${JSON.stringify(route)}: ${emit(assetName(route), JSON.stringify(answers))}`)
      }
      return `export default { manifest: ${manifest}, answers: { ${entries.join(', ')} } }`
    },
    dev(base) {
      const answers = Object.fromEntries(
        practiceManifest(pages).pages.map((page) => [page.route, `${base}${DEV_PREFIX}answers?route=${encodeURIComponent(page.route)}`])
      )
      return `export default ${JSON.stringify({ manifest: `${base}${DEV_PREFIX}manifest.json`, answers })}`
    },
    // The server render never fetches practice data.
    ssr: `export default { manifest: '', answers: {} }`,
    devPrefix: DEV_PREFIX,
    async devJson(path, query, base) {
      const data = await currentDevData(base)
      if (path === 'manifest.json') return data.manifest
      return JSON.stringify(data.answers.get(query.get('route') ?? '') ?? {})
    }
  })
}
