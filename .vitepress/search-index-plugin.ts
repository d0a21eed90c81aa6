/**
 * Ships the search index file as a hashed static asset. The theme imports
 * `virtual:search-index-url` (only from the lazily loaded search modal), which resolves to
 * the asset's URL under the site's base: in a build the file is emitted by Rollup with a
 * content hash; in dev it is served fresh from the markdown on every request.
 */
import type { Page } from '../scripts/content'
import { docsHash, ensureIndexFile, indexFileJson, writeIndexFile } from '../scripts/search/index-file'
import { virtualAssetModule } from './virtual-asset-module'

const DEV_FILE = '__search-index.json'

export function searchIndexPlugin(pages: Page[]) {
  return virtualAssetModule({
    name: 'llm-interview:search-index',
    id: 'virtual:search-index-url',
    build(emit) {
      const json = indexFileJson(pages, docsHash())
      // The CLI, tests and benchmark read these same bytes.
      writeIndexFile(json)
      return `export default ${emit('search-index.json', json)}`
    },
    dev: (base) => `export default ${JSON.stringify(base + DEV_FILE)}`,
    // The server render never opens the search box.
    ssr: `export default ''`,
    devPrefix: DEV_FILE,
    devJson: async () => (await ensureIndexFile()).json
  })
}
